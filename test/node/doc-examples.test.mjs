// Code in the docs that is a checked file: a fenced block right after `<!-- example:<path> -->` in
// README.md or docs/*.md must be that file, byte for byte. The files are type-checked and built
// by examples/build.mjs (README's React component is examples/react-ts/TwitchCheck.tsx; the
// Angular one is compiled by ngc), so the code a reader copies is the code the tests compile.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const documents = ['README.md', ...readdirSync(path.join(repo, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Every `<!-- example:<path> -->` block of `document`: the file it names and the code shown. */
function examplesIn(document) {
  const text = readFileSync(path.join(repo, document), 'utf8');
  return [...text.matchAll(/<!-- example:(\S+) -->\n```[a-z]*\n([\s\S]*?)```\n/g)].map(([, file, code]) => ({ file, code }));
}

describe('code in the docs that is an example file', () => {
  const found = documents.flatMap((document) => examplesIn(document).map((example) => ({ document, ...example })));

  test('README shows the React component of examples/react-ts, and docs/frameworks.md the Next.js and Angular ones', () => {
    const shown = found.map(({ document, file }) => `${document} ${file}`);
    assert.ok(shown.includes('README.md examples/react-ts/TwitchCheck.tsx'), shown.join('\n'));
    assert.ok(shown.includes('docs/frameworks.md examples/react-ts/NextClientComponent.tsx'), shown.join('\n'));
    assert.ok(shown.includes('docs/frameworks.md examples/angular/twitch-check.component.ts'), shown.join('\n'));
  });

  for (const { document, file, code } of found) {
    test(`${document} shows ${file} as it is`, () => {
      assert.equal(code, readFileSync(path.join(repo, file), 'utf8'));
    });
  }

  test('every example marker is followed by a fenced block', () => {
    for (const document of documents) {
      const markers = readFileSync(path.join(repo, document), 'utf8').match(/<!-- example:\S+ -->/g) ?? [];
      assert.equal(markers.length, examplesIn(document).length, `${document}: a marker without a fenced block right after it`);
    }
  });
});
