// scripts/cem/merge-duplicate-css-entries.mjs: one entry per CSS property and part in the editor
// files, with the different descriptions joined. Node test: the plugin's hook on two small files.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { mergeDuplicateCssEntriesPlugin } from '../../scripts/cem/merge-duplicate-css-entries.mjs';

// As the VS Code and JetBrains plugins write them for two elements that share a part.
const entries = [
  { name: 'base', description: 'The outer box.' },
  { name: 'result', description: 'The result.' },
  { name: 'base', description: 'The outer box.' },
  { name: 'result', description: 'The care card.' },
];
const merged = [
  { name: 'base', description: 'The outer box.' },
  { name: 'result', description: 'The result.\nThe care card.' },
];

const dir = mkdtempSync(path.join(tmpdir(), 'lhw-cem-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const vscodeCssFile = path.join(dir, 'vscode.css-custom-data.json');
const webTypesFile = path.join(dir, 'web-types.json');
writeFileSync(vscodeCssFile, JSON.stringify({ version: 1.1, properties: entries.slice(0, 2), pseudoElements: entries }));
writeFileSync(webTypesFile, JSON.stringify({ contributions: { html: { elements: [] }, css: { properties: entries, 'pseudo-elements': entries } } }));
mergeDuplicateCssEntriesPlugin({ vscodeCssFile, webTypesFile }).packageLinkPhase();
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

describe('cem plugin: merge duplicate CSS entries', () => {
  test('VS Code: one property and one part per name', () => {
    assert.deepEqual(read(vscodeCssFile), { version: 1.1, properties: entries.slice(0, 2), pseudoElements: merged });
  });

  test('JetBrains: one property and one pseudo-element per name, the rest untouched', () => {
    assert.deepEqual(read(webTypesFile), { contributions: { html: { elements: [] }, css: { properties: merged, 'pseudo-elements': merged } } });
  });
});
