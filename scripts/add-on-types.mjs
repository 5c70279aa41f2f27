// The shipped types of each language add-on. `dist/lang/<code>.js` is a classic script that only
// registers its language and exports nothing, but tsc declares what `src/lang/<code>.ts` exports
// (the pack, which tests and the review pack import from src/). Shipping that declaration would
// let `import { vi } from 'leg-health-widgets/lang/vi.js'` type-check and then fail at run time,
// so the add-on's declaration says what the file is: a side-effect import.
import { writeFileSync } from 'node:fs';
import { languageAddOns } from '../rollup.config.mjs';

for (const code of languageAddOns) {
  writeFileSync(
    `dist/types/lang/${code}.d.ts`,
    `// Side effects only: adds the "${code}" language to every widget on the page. It exports nothing.\nexport {};\n`,
  );
}
