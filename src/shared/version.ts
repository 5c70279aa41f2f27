/**
 * The library's version, kept equal to package.json by `npm version` (scripts/sync-version.mjs)
 * and checked by a test. Registration compares it when two copies meet on one page.
 */
export const VERSION = '0.1.0';
