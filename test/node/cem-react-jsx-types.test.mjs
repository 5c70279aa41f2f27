// scripts/cem/react-jsx-types.mjs: React 19 JSX types from the manifest. Node test on
// test/node/fixtures/fixture-card.ts (analyzed with the project's plugins, as in
// custom-elements-manifest.config.mjs) and a second element written here. The generated text is
// checked line by line, then compiled by TypeScript against the repository's @types/react with a
// .tsx file that uses it: right uses compile, and every `@ts-expect-error` must meet an error.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expandTypesPlugin } from '../../scripts/cem/expand-types.mjs';
import { internalStatePlugin } from '../../scripts/cem/internal-state.mjs';
import { reactJsxTypes } from '../../scripts/cem/react-jsx-types.mjs';
import { analyzeFixture } from './fixtures/analyze-fixture.mjs';

const card = analyzeFixture([internalStatePlugin(), expandTypesPlugin({ valuesFromProse: { 'heading-level': ['2', '3'] } })]);
/** An element with a boolean attribute and no event, sorted before fixture-card by its tag. */
const toggle = {
  kind: 'class',
  name: 'AnotherToggle',
  tagName: 'another-toggle',
  customElement: true,
  summary: 'A toggle.',
  attributes: [{ name: 'open', type: { text: 'boolean' }, description: 'Open or not. A comment cannot end here: */' }],
};
const manifestOf = (...declarations) => ({
  schemaVersion: '2.1.0',
  modules: declarations.map((declaration) => ({ kind: 'javascript-module', path: `${declaration.tagName}.ts`, declarations: [declaration] })),
});
const manifest = manifestOf(card, toggle);
const generated = reactJsxTypes(manifest, { typesModule: './fixture.js' });

describe('cem plugin: React JSX types', () => {
  test('types each attribute as written in markup: literal unions where known, else string or boolean', () => {
    for (const line of [
      "  tone?: 'calm' | 'loud' | undefined;",
      "  size?: 'small' | 'large' | undefined;",
      "  'heading-level'?: '2' | '3' | undefined;",
      '  note?: string | undefined;',
      '  lang?: string | undefined;',
      '  open?: boolean | undefined;',
    ]) {
      assert.ok(generated.includes(`\n${line}\n`), `missing: ${line}`);
    }
  });

  test('types each event as on + its exact name, with its detail, and imports what it names', () => {
    assert.ok(generated.includes("\n  'onfixture-result'?: ((event: CustomEvent<FixtureResult>) => void) | undefined;\n"));
    assert.ok(generated.includes("import type {\n  AnotherToggle,\n  FixtureCard,\n  FixtureResult,\n} from './fixture.js';"));
    assert.ok(generated.includes("import type { DetailedHTMLProps, HTMLAttributes } from 'react';"));
  });

  test('merges every tag into React.JSX.IntrinsicElements, in tag order', () => {
    assert.match(generated, /export interface LegHealthWidgetsElements \{[\s\S]*'another-toggle': AnotherToggleProps;[\s\S]*'fixture-card': FixtureCardProps;\n\}/);
    assert.match(generated, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements extends LegHealthWidgetsElements \{\}/);
  });

  test('gives the same bytes for the same manifest, whatever the order of its modules', () => {
    assert.equal(reactJsxTypes(manifestOf(toggle, card), { typesModule: './fixture.js' }), generated);
    assert.equal(reactJsxTypes(structuredClone(manifest), { typesModule: './fixture.js' }), generated);
  });

  test('keeps descriptions inside their comments', () => {
    assert.ok(generated.includes('/** Open or not. A comment cannot end here: *\\/ */'));
  });

  test('refuses an event type it cannot name, and a manifest without elements', () => {
    const odd = { ...card, events: [{ name: 'odd', type: { text: 'CustomEvent<{ a: 1 }>' } }] };
    assert.throws(() => reactJsxTypes(manifestOf(odd)), /event "odd": type "CustomEvent<\{ a: 1 \}>"/);
    assert.throws(() => reactJsxTypes({ modules: [] }), /no custom element/);
  });

  describe('compiled by TypeScript with @types/react 19', () => {
    // Virtual files in a folder of this repository, so `react` resolves to its node_modules.
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'react-jsx-virtual');
    const fixtureTypes = `export declare class FixtureCard extends HTMLElement { tone: 'calm' | 'loud'; }
export declare class AnotherToggle extends HTMLElement { open: boolean; }
export interface FixtureResult { readonly tone: 'calm' | 'loud'; }
`;
    const app = (withTypes) => `${withTypes ? "import type {} from './jsx.js';\n" : ''}import type { FixtureResult } from './fixture.js';
let seen: FixtureResult['tone'] = 'calm';
export const right = (
  <div>
    <fixture-card tone="loud" size="small" heading-level="3" note="any text" lang="es" className="x" id="card"
      onfixture-result={(event) => { seen = event.detail.tone; }}
      ref={(element) => { if (element) seen = element.tone; }}>
      <p>Fallback content</p>
    </fixture-card>
    <another-toggle open onClick={() => undefined} />
    <fixture-card tone={undefined} />
  </div>
);
export const wrong = (
  <div>
    {/* @ts-expect-error: not one of the values */}
    <fixture-card tone="bright" />
    {/* @ts-expect-error: heading-level takes the attribute's text */}
    <fixture-card heading-level={3} />
    {/* @ts-expect-error: attributes are strings */}
    <fixture-card note={1} />
    {/* @ts-expect-error: the detail has no such field */}
    <fixture-card onfixture-result={(event) => event.detail.level} />
    {/* @ts-expect-error: a handler for another detail */}
    <fixture-card onfixture-result={(event: CustomEvent<number>) => event.detail} />
    {/* @ts-expect-error: a boolean attribute */}
    <another-toggle open="yes" />
    {/* @ts-expect-error: no such prop */}
    <another-toggle tone="calm" />
  </div>
);
export { seen };
`;

    /** Parsed files from disk (the DOM lib, React's types), shared by the programs below. */
    const parsed = new Map();

    function diagnostics(files) {
      const options = {
        strict: true,
        exactOptionalPropertyTypes: true,
        jsx: ts.JsxEmit.ReactJSX,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
        noEmit: true,
      };
      const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(dir, name), text]));
      const host = ts.createCompilerHost(options);
      const { fileExists, readFile, getSourceFile, directoryExists } = host;
      host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
      host.directoryExists = (folder) => folder === dir || directoryExists.call(host, folder);
      host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
      host.getSourceFile = (file, version, ...rest) => {
        if (virtual.has(file)) return ts.createSourceFile(file, virtual.get(file), version, true);
        if (!parsed.has(file)) parsed.set(file, getSourceFile.call(host, file, version, ...rest));
        return parsed.get(file);
      };
      const program = ts.createProgram([path.join(dir, 'app.tsx')], options, host);
      return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }

    test('right uses compile and wrong ones do not', () => {
      assert.deepEqual(diagnostics({ 'jsx.d.ts': generated, 'fixture.d.ts': fixtureTypes, 'app.tsx': app(true) }), []);
    });

    test('is needed: without it, React does not know the tags', () => {
      const found = diagnostics({ 'jsx.d.ts': generated, 'fixture.d.ts': fixtureTypes, 'app.tsx': app(false) });
      assert.ok(found.some((message) => message.includes("Property 'fixture-card' does not exist on type 'JSX.IntrinsicElements'")), found.join('\n'));
    });
  });
});
