// `npm run check:sizes`, a step of `npm test`: the byte budgets. Needs dist/leg-health-widgets.js
// (`npm run bundle` first).
// Prints what each part weighs, so whoever breaks a budget sees where the bytes went.
import { addOnSizes, budgets, elementCodeSizes, kilobytes, scriptSizes, textSizes } from './lib/sizes.mjs';

const problems = [];
const row = (name, { raw, gzip, brotli }, budget) => {
  const verdict = budget === undefined ? '' : gzip <= budget ? `  ok (budget ${kilobytes(budget)})` : `  OVER BUDGET (${kilobytes(budget)})`;
  console.log(`  ${name.padEnd(34)} ${kilobytes(raw).padStart(9)} raw ${kilobytes(gzip).padStart(8)} gzip ${kilobytes(brotli).padStart(8)} brotli${verdict}`);
  if (budget !== undefined && gzip > budget) problems.push(`${name} is ${kilobytes(gzip)} gzip, over its budget of ${kilobytes(budget)}`);
};

console.log('Sizes (minified; gzip level 9, brotli quality 11):');
row('dist/leg-health-widgets.js', scriptSizes(), budgets.scriptGzip);
for (const [tag, sizes] of Object.entries(await elementCodeSizes())) row(`<${tag}> own code, no Lit or text`, sizes, budgets.elementCodeGzip);
for (const { file, sizes } of addOnSizes()) row(file, sizes, budgets.addOnGzip);
for (const { label, sizes } of await textSizes()) row(`text: ${label}`, sizes);

if (problems.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${problems.join('\n- ')}\nMake the bytes smaller (see docs/size-and-speed.md); do not raise the budget.`);
  process.exit(1);
}
console.log('Size budgets: ok');
