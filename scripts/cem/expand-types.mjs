// Custom Elements Manifest analyzer plugin (custom-elements-manifest.config.mjs): the values of
// enum-like attributes and fields, and the `detail` type of events, for the editor plugins.
// Test: test/node/cem-expand-types.test.mjs.

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
 *
 * `valuesFromProse` gives the values of attributes or fields whose type cannot tell them (it is
 * `string`), by name: `{ 'heading-level': ['2', '3'] }`.
 */
export function expandTypesPlugin({ valuesFromProse = {} } = {}) {
  const fromProse = new Map(Object.entries(valuesFromProse));
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
          const values = fromProse.get(item.name) ?? (item.type?.text ? literalsOfText(item.type.text) : undefined);
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
