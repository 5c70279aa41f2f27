// Config of the Custom Elements Manifest analyzer (`cem analyze`, found here by its file name).
// It writes, into dist/:
//   custom-elements.json            the manifest (package.json "customElements"; Storybook reads it)
//   vscode.html-custom-data.json    VS Code: tags, attributes and their values (`html.customData`)
//   vscode.css-custom-data.json     VS Code: the --lhw-* properties and ::part() names (`css.customData`)
//   web-types.json                  JetBrains IDEs (package.json "web-types")
//   types/jsx.d.ts                  React 19 JSX types (package.json "./react"; the build checks it)
// The project's own plugins are in scripts/cem/, each with a test in test/node/.
import path from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { expandTypesPlugin } from './scripts/cem/expand-types.mjs';
import { internalStatePlugin } from './scripts/cem/internal-state.mjs';
import { mergeDuplicateCssEntriesPlugin } from './scripts/cem/merge-duplicate-css-entries.mjs';
import { reactJsxTypesPlugin } from './scripts/cem/react-jsx-types.mjs';

const outdir = 'dist';
const files = { vscodeHtml: 'vscode.html-custom-data.json', vscodeCss: 'vscode.css-custom-data.json', webTypes: 'web-types.json' };
const editorOptions = { outdir, descriptionSrc: 'description', typesSrc: 'expandedType', hideMethodDocs: true, hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir,
  litelement: true,
  // package.json already points "customElements" at dist/custom-elements.json: never rewrite it.
  packagejson: false,
  plugins: [
    internalStatePlugin(),
    // `heading-level` is a string attribute: its values are in prose. Keep them in step with README.
    expandTypesPlugin({ valuesFromProse: { 'heading-level': ['2', '3', '4', '5', '6'] } }),
    // After expand-types, whose literal unions type the attributes.
    reactJsxTypesPlugin({ outFile: path.join(outdir, 'types', 'jsx.d.ts') }),
    customElementVsCodePlugin({ ...editorOptions, htmlFileName: files.vscodeHtml, cssFileName: files.vscodeCss }),
    // packageJson: false, the "web-types" field is written by hand
    customElementJetBrainsPlugin({ ...editorOptions, webTypesFileName: files.webTypes, packageJson: false }),
    mergeDuplicateCssEntriesPlugin({
      vscodeCssFile: path.join(outdir, files.vscodeCss),
      webTypesFile: path.join(outdir, files.webTypes),
    }), // after the two above: it edits their files
  ],
};
