/// <reference types="vite/client" />
import readme from '../README.md?raw';

/**
 * The script-tag snippet exactly as the README shows it: `npm run build` stamps the current
 * version and SRI hash into it (scripts/update-snippet.mjs) and CI fails when the committed one
 * is stale, so the Introduction never shows a hand-copied hash.
 */
const stamped = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme);
if (!stamped) throw new Error('README.md has no <!-- snippet:start --> ```html ... ``` <!-- snippet:end --> block.');

export const scriptSnippet = stamped[1].trim();
