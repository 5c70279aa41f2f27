// The rule modules: each element's clinical rules as data with no DOM, documented by a table in
// the module's doc comment. README shows those tables (scripts/update-readme-tables.mjs) and the
// review pack prints the rules (scripts/review-pack/load.mjs). A renamed module is one line here.
import { existsSync } from 'node:fs';

/** By element: the module's path from the repository root. */
export const ruleModules = {
  'twitch-redflag-check': 'src/twitch-redflag-check/twitch-rules.ts',
  'rls-symptom-card': 'src/rls-symptom-card/rls-pattern.ts',
  'spasm-relief-steps': 'src/spasm-relief-steps/spasm-care.ts',
};

/** The path of an element's rule module. */
export function ruleModulePath(tag) {
  const path = ruleModules[tag];
  if (!path || !existsSync(path)) throw new Error(`the rule module of <${tag}> is missing: ${path} (scripts/lib/rule-modules.mjs)`);
  return path;
}
