// Custom Elements Manifest analyzer plugin (custom-elements-manifest.config.mjs): one entry per
// CSS part and property in the VS Code and JetBrains files. Test:
// test/node/cem-merge-duplicate-css-entries.test.mjs.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The editor plugins list a shared part or CSS property once per element (`::part(base)` three
 * times). This merges them into one entry per name, joining the different descriptions, in the
 * files they wrote: `vscodeCssFile` (VS Code's CSS custom data) and `webTypesFile` (JetBrains'
 * web-types). List it after them: it edits their files.
 */
export function mergeDuplicateCssEntriesPlugin({ vscodeCssFile, webTypesFile }) {
  const merge = (entries = []) => {
    const byName = new Map();
    for (const entry of entries) {
      const seen = byName.get(entry.name);
      if (!seen) byName.set(entry.name, { ...entry });
      else if (entry.description && !seen.description?.split('\n').includes(entry.description)) {
        seen.description = seen.description ? `${seen.description}\n${entry.description}` : entry.description;
      }
    }
    return [...byName.values()];
  };
  const rewrite = (file, edit) => {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    edit(json);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  };
  return {
    name: 'lhw-merge-duplicate-css-entries',
    packageLinkPhase() {
      rewrite(vscodeCssFile, (data) => {
        data.properties = merge(data.properties);
        data.pseudoElements = merge(data.pseudoElements);
      });
      rewrite(webTypesFile, ({ contributions: { css } }) => {
        css.properties = merge(css.properties);
        css['pseudo-elements'] = merge(css['pseudo-elements']);
      });
    },
  };
}
