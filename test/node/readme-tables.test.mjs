// scripts/lib/readme-tables.mjs: README's generated tables from a manifest and from a rule
// module's doc comment, and how they are put between their markers. Node test, no build.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cssFallbacks, docCommentTable, manifestBlocks, replaceBlocks } from '../../scripts/lib/readme-tables.mjs';

const base = { name: 'Base', module: 'src/base.ts' };
const inherited = (items) => items.map((item) => ({ ...item, inheritedFrom: base }));
const shared = {
  attributes: inherited([{ name: 'theme', default: "'auto'", expandedType: { text: "'auto' | 'light'" }, description: 'Falls back to `auto`.' }]),
  cssParts: inherited([{ name: 'base', description: 'The outer box.' }]),
  cssProperties: inherited([
    { name: '--x-color', description: 'Text colour.' },
    { name: '--x-space', description: 'Spacing.', default: '1em' },
  ]),
};
const element = (tagName, own) => ({
  kind: 'class',
  customElement: true,
  tagName,
  attributes: [...(own.attributes ?? []), ...shared.attributes],
  cssParts: [...(own.cssParts ?? []), ...shared.cssParts],
  cssProperties: shared.cssProperties,
  events: own.events,
});
const manifest = {
  modules: [
    {
      declarations: [
        element('b-card', { attributes: [{ name: 'note', default: "''", description: 'Any | text,\nshown plainly.' }], cssParts: [{ name: 'result', description: 'The result.' }] }),
        element('a-check', { events: [{ name: 'a-result', type: { text: 'CustomEvent<AResult>' }, description: 'It gave a result.' }] }),
      ],
    },
  ],
};
const blocks = manifestBlocks(manifest, new Map([['--x-color', 'light-dark(#111, #eee)']]));

describe('README tables', () => {
  test('shared attributes: values from expandedType, the default as a reader says it', () => {
    assert.equal(
      blocks['attributes:shared'],
      '| attribute | values | default | what it does, and a bad value |\n| --- | --- | --- | --- |\n| `theme` | `auto`, `light` | `auto` | Falls back to `auto`. |',
    );
  });

  test("an element's own attributes, with pipes escaped and lines joined", () => {
    assert.match(blocks['attributes:b-card'], /\| `note` \| text \| empty \| Any \\\| text, shown plainly\. \|$/);
    assert.match(blocks['attributes:a-check'], /^It has only the shared attributes/);
  });

  test('theming: defaults from the manifest, else from the styles, light / dark', () => {
    assert.match(blocks.theming, /\| `--x-color` \| Text colour \| `#111` \/ `#eee` \|/);
    assert.match(blocks.theming, /\| `--x-space` \| Spacing \| `1em` \|/);
  });

  test('parts: a sentence naming them, then a table', () => {
    assert.match(blocks['parts:shared'], /with `::part\(\)`: `base`, plus its own parts/);
    assert.match(blocks['parts:b-card'], /^Parts: `result`, besides the shared ones/);
    assert.equal(blocks['parts:a-check'], 'Parts: only the shared ones (see [Theming](#theming)).');
  });

  test("events: the detail's type", () => {
    assert.match(blocks['events:a-check'], /\| `a-result` \| `AResult` \| It gave a result\. \|/);
    assert.equal(blocks['events:b-card'], 'It sends no events.');
  });

  test("the rule table of a module's doc comment, with the care levels named for readers", () => {
    const source = `/** Not this one. */\n/**\n * Rules.\n *\n * | level  | rule id |\n * | ------ | ------- |\n * | urgent | \`a\`     |\n * | soon   | \`b\`     |\n */\nexport const x = 1;`;
    assert.equal(docCommentTable(source), '| level | rule id |\n| --- | --- |\n| urgent (today) | `a` |\n| soon (book) | `b` |');
    assert.throws(() => docCommentTable('/** No table. */', 'm.ts'), /m\.ts: no table/);
  });

  test('CSS fallbacks: the whole fallback, and one default per property', () => {
    assert.deepEqual([...cssFallbacks(['a { color: var(--lhw-a, light-dark(#000, #fff)); margin: var(--lhw-b, 1em) }'])], [
      ['--lhw-a', 'light-dark(#000, #fff)'],
      ['--lhw-b', '1em'],
    ]);
    assert.throws(() => cssFallbacks(['var(--lhw-a, 1em)', 'var(--lhw-a, 2em)']), /two defaults/);
  });

  test('blocks go between their markers; missing, unknown and changed ones are named', () => {
    const readme = 'A\n<!-- generated:one:start -->\nold\n<!-- generated:one:end -->\n<!-- generated:gone:start -->\n<!-- generated:gone:end -->\nB\n';
    const { text, missing, unknown, changed } = replaceBlocks(readme, { one: 'new', two: 'x' });
    assert.equal(text, readme.replace('old', 'new'));
    assert.deepEqual({ missing, unknown, changed }, { missing: ['two'], unknown: ['gone'], changed: ['one'] });
    assert.deepEqual(replaceBlocks(text, { one: 'new' }).changed, []);
  });
});
