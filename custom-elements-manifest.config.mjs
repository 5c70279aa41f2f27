// Config of the Custom Elements Manifest analyzer (`cem analyze`, found here by its file name).
// It writes, into dist/:
//   custom-elements.json            the manifest (package.json "customElements"; Storybook reads it)
//   vscode.html-custom-data.json    VS Code: tags, attributes and their values (`html.customData`)
//   vscode.css-custom-data.json     VS Code: the --lhw-* properties and ::part() names (`css.customData`)
//   web-types.json                  JetBrains IDEs (package.json "web-types")
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'dist';

/**
 * Values of attributes that their TypeScript type cannot tell (it is `string`), shown as choices
 * in editors. Keep in step with the README's attribute tables.
 */
const valuesFromProse = new Map([['heading-level', ['2', '3', '4', '5', '6']]]);

/**
 * Gives the editor plugins the values of enum-like attributes, and events their `detail` type.
 *
 * The analyzer records a property's type as written (`variant: RlsVariant`), and the editor
 * plugins read values only from a union of string literals. So this plugin finds, in the sources,
 * every `const x = ['a', 'b'] as const`, every type alias (`type T = (typeof x)[number]`, or a
 * union of string literals) and the `HTMLElementEventMap` entries of the `declare global` blocks;
 * then it adds `expandedType` (`'a' | 'b'`, what `typesSrc: 'expandedType'` makes the editor
 * plugins read) to each attribute and field whose type resolves to string literals, and sets each
 * event's type from the event map (`CustomEvent<TwitchAssessment>` rather than `CustomEvent`).
 * Names are looked up across the whole project (they are unique in src/), and a type it cannot
 * resolve to string literals is left alone.
 */
function expandTypesPlugin() {
  let ts;
  const constArrays = new Map(); // name -> string[]
  const aliases = new Map(); // name -> TypeNode
  const eventTypes = new Map(); // event name -> type text

  /** Strips parentheses, `as` and `satisfies` around a type or an expression. */
  const unwrap = (node) => {
    for (;;) {
      if (node && ts.isParenthesizedTypeNode(node)) node = node.type;
      else if (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))) node = node.expression;
      else return node;
    }
  };

  /** The string literals a type node stands for, or undefined when it is not only those. */
  const literalsOf = (node, seen = new Set()) => {
    node = unwrap(node);
    if (!node) return undefined;
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map((t) => literalsOf(t, seen));
      return parts.every(Boolean) ? parts.flat() : undefined;
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
      const name = node.typeName.text;
      if (seen.has(name) || !aliases.has(name)) return undefined;
      return literalsOf(aliases.get(name), new Set([...seen, name]));
    }
    // (typeof list)[number], for `const list = [...] as const`
    if (ts.isIndexedAccessTypeNode(node) && node.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      const object = unwrap(node.objectType);
      if (object && ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) return constArrays.get(object.exprName.text);
    }
    return undefined;
  };

  /** Resolves a manifest type text such as `RlsVariant` or `Theme | undefined`. */
  const literalsOfText = (text) => {
    const file = ts.createSourceFile('type.ts', `type T = ${text};`, ts.ScriptTarget.Latest, true);
    const [statement] = file.statements;
    if (!statement || !ts.isTypeAliasDeclaration(statement)) return undefined;
    const type = unwrap(statement.type);
    // `T | undefined` or `T | null`: the values of T (an attribute is never undefined in markup).
    const members = ts.isUnionTypeNode(type) ? type.types : [type];
    const kept = members.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
    const parts = kept.map((t) => literalsOf(t));
    return kept.length > 0 && parts.every(Boolean) ? [...new Set(parts.flat())] : undefined;
  };

  const union = (values) => values.map((value) => `'${value}'`).join(' | ');

  return {
    name: 'lhw-expand-types',
    initialize({ ts: typescript }) {
      ts = typescript;
    },
    collectPhase({ node }) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const init = node.initializer;
        const isConst = ts.isAsExpression(init) && ts.isTypeReferenceNode(init.type) && init.type.typeName.getText() === 'const';
        const array = unwrap(init);
        if (isConst && array && ts.isArrayLiteralExpression(array) && array.elements.every((e) => ts.isStringLiteral(e))) {
          constArrays.set(node.name.text, array.elements.map((e) => e.text));
        }
      }
      if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) aliases.set(node.name.text, node.type);
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name)) {
            eventTypes.set(member.name.text, member.type.getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const fromProse = valuesFromProse.get(item.name);
          const values = fromProse ?? (item.type?.text ? literalsOfText(item.type.text) : undefined);
          if (values) item.expandedType = { text: union(values) };
        }
        for (const event of declaration.events ?? []) {
          const type = eventTypes.get(event.name);
          if (type) event.type = { text: type };
        }
      }
    },
  };
}

/**
 * The editor plugins list a shared part or CSS property once per element (`::part(base)` three
 * times). This merges them into one entry per name, joining the different descriptions.
 */
function mergeDuplicateCssEntriesPlugin() {
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
      rewrite(path.join(outdir, 'vscode.css-custom-data.json'), (data) => {
        data.properties = merge(data.properties);
        data.pseudoElements = merge(data.pseudoElements);
      });
      rewrite(path.join(outdir, 'web-types.json'), ({ contributions: { css } }) => {
        css.properties = merge(css.properties);
        css['pseudo-elements'] = merge(css['pseudo-elements']);
      });
    },
  };
}

/**
 * The analyzer reads `static properties` but not its `state: true`: it lists internal state as
 * public attributes. Private and protected fields are never attributes a page can set, except the
 * ones that name an attribute on purpose (`ownLang` is `lang`); this puts the manifest right, and
 * drops `privacy: "public"`, which is the default.
 */
function internalStatePlugin() {
  return {
    name: 'lhw-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const hidden = new Set();
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          if (member.privacy === 'private' && member.attribute === member.name) {
            delete member.attribute;
            hidden.add(member.name);
          }
        }
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir,
  litelement: true,
  // package.json already points "customElements" at dist/custom-elements.json: never rewrite it.
  packagejson: false,
  plugins: [
    internalStatePlugin(),
    expandTypesPlugin(),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      typesSrc: 'expandedType',
      hideMethodDocs: true,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir,
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      typesSrc: 'expandedType',
      hideMethodDocs: true,
      hideLogs: true,
      packageJson: false, // the "web-types" field is written by hand
    }),
    mergeDuplicateCssEntriesPlugin(), // after the two above: it edits their files
  ],
};
