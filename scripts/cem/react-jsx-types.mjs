// React 19 JSX types for the package's elements, generated from the custom elements manifest:
// `reactJsxTypes(manifest)` returns the declaration file's text; `reactJsxTypesPlugin()` writes it
// during `cem analyze` (custom-elements-manifest.config.mjs) to dist/types/jsx.d.ts, the
// `leg-health-widgets/react` entry of package.json. scripts/check-package.mjs regenerates it from
// dist/custom-elements.json and fails when the two differ. Test: test/node/cem-react-jsx-types.test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Event types the generator can name without an import. */
const GLOBAL_EVENT_TYPES = new Set(['Event', 'CustomEvent']);

/** A JSDoc block at `indent`, or nothing for empty text. `*\/` inside the text cannot end it. */
function doc(text, indent = '') {
  const lines = (text ?? '')
    .replace(/\*\//g, '*\\/')
    .trim()
    .split('\n')
    .map((line) => line.trimEnd());
  if (lines.length === 1 && lines[0] === '') return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * An attribute's prop type, as markup would give it: the literal union the manifest knows
 * (`expandedType`, from scripts/cem/expand-types.mjs), `boolean` for a boolean attribute (React 19
 * writes `true` as an empty attribute and removes it for `false`), else `string`.
 */
function attributeType(attribute) {
  if (attribute.expandedType?.text) return attribute.expandedType.text;
  if (attribute.type?.text === 'boolean') return 'boolean';
  return 'string';
}

/** `CustomEvent<Detail>` and the names it needs imported; throws on a type it cannot name. */
function eventType(element, event) {
  const text = event.type?.text ?? 'CustomEvent';
  if (GLOBAL_EVENT_TYPES.has(text)) return { type: text, names: [] };
  const detail = /^CustomEvent<([A-Za-z_$][\w$]*)>$/.exec(text)?.[1];
  if (!detail) {
    throw new Error(`<${element.tagName}> event "${event.name}": type "${text}" is not CustomEvent<Name>; give it one in HTMLElementEventMap`);
  }
  return { type: text, names: [detail] };
}

/** The manifest's custom elements with a tag, by tag. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
}

/**
 * The declaration file that types the manifest's elements in React 19's JSX.
 *
 * Each element gets an interface `<Class>OwnProps`: each attribute as a prop named as in markup
 * (`'clinic-name'`), and each event as `on` + its exact name (`'onlhw-twitch-result'`), typed
 * with its `detail`; and `<Class>Props`, those with React's props for any HTML element
 * (`className`, `ref` typed with the element's class, `children`, `key`, ...). React 19 sets a
 * prop as a property when the element has one by that name and as an attribute otherwise, and
 * adds `on<event-name>` props with addEventListener. Then `declare module 'react'` merges them
 * into `JSX.IntrinsicElements`.
 *
 * `typesModule` is where the element classes and the events' detail types are imported from,
 * relative to the generated file (the package's main type entry). Output is sorted by tag and
 * follows the manifest's attribute and event order, so the same manifest gives the same bytes.
 */
export function reactJsxTypes(manifest, { typesModule = './index.js', packageName = 'leg-health-widgets' } = {}) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('the manifest declares no custom element with a tag');
  const imports = new Set();
  const interfaces = [];
  const tags = [];

  for (const element of elements) {
    const props = `${element.name}Props`;
    imports.add(element.name);
    const attributes = element.attributes ?? [];
    const events = element.events ?? [];
    const own = `${element.name}OwnProps`;
    const members = [];
    for (const attribute of attributes) {
      members.push(`${doc(attribute.description, '  ')}  ${quote(attribute.name)}?: ${attributeType(attribute)} | undefined;`);
    }
    for (const event of events) {
      const { type, names } = eventType(element, event);
      names.forEach((name) => imports.add(name));
      const text = `\`${event.name}\`${event.description ? `: ${event.description}` : ''}`;
      members.push(`${doc(text, '  ')}  ${quote(`on${event.name}`)}?: ((event: ${type}) => void) | undefined;`);
    }
    interfaces.push(
      `${doc(`\`<${element.tagName}>\`'s own attributes and events, as React 19 props.`)}` +
        `export interface ${own} {\n${members.join('\n')}\n}\n\n` +
        `${doc(`Props of \`<${element.tagName}>\`: its own, and React's for any HTML element.`)}` +
        `export type ${props} = WithElementProps<${element.name}, ${own}>;\n`,
    );
    const summary = [element.summary, element.description].filter(Boolean).join('\n\n');
    tags.push(`${doc(summary, '  ')}  '${element.tagName}': ${props};`);
  }

  const sortedImports = [...imports].sort();
  return `// Generated by scripts/cem/react-jsx-types.mjs from custom-elements.json (\`cem analyze\`): do not edit.
//
// React 19 JSX types for ${packageName}. Load them once in a project, in any .ts or .tsx module:
//   import type {} from '${packageName}/react';
// They need @types/react 19 (React 19 sets unknown props on custom elements and adds
// \`on<event-name>\` props as event listeners). Registering an element is still the define
// module's job: import '${packageName}/<tag>.js'.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
${sortedImports.map((name) => `  ${name},`).join('\n')}
} from '${typesModule}';

/** An element's own props, then React's for any HTML element (\`className\`, \`ref\`, \`children\`, ...) not named the same. */
type WithElementProps<E extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;

${interfaces.join('\n')}
/** Every element of ${packageName}, by tag, as React's \`JSX.IntrinsicElements\` sees it. */
export interface LegHealthWidgetsElements {
${tags.join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends LegHealthWidgetsElements {}
  }
}
`;
}

/**
 * Writes `reactJsxTypes(manifest)` to `outFile` once the analyzer has linked the manifest. List it
 * after the plugins that change the manifest (expand-types gives the literal unions).
 */
export function reactJsxTypesPlugin({ outFile = 'dist/types/jsx.d.ts', ...options } = {}) {
  return {
    name: 'lhw-react-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      mkdirSync(path.dirname(outFile), { recursive: true });
      writeFileSync(outFile, reactJsxTypes(customElementsManifest, options));
    },
  };
}
