// README's generated tables, as text: from the manifest (dist/custom-elements.json) and from the
// tables in the rule modules' doc comments. scripts/update-readme-tables.mjs writes them between
// their markers; test/node/readme-tables.test.mjs checks these functions.
//
// Blocks, each between `<!-- generated:<name>:start -->` and `<!-- generated:<name>:end -->`:
//   attributes:shared, theming, parts:shared        what every element has (from its base class)
//   attributes:<tag>, events:<tag>, parts:<tag>     each element's own
//   rules:<tag>                                     the table of the element's rule module

/** A table cell: one line, with the pipes that would end the cell escaped. */
const cell = (text) => String(text).replace(/\s*\n\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|').trim();

/** A Markdown table; `rows` are arrays of cell texts. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const code = (text) => `\`${text}\``;

/** `'a' | 'b'` as "`a`, `b`". */
const literals = (union) => [...union.matchAll(/'([^']*)'/g)].map(([, value]) => code(value)).join(', ');

/** A default as the analyzer writes it (`'full'`, `''`, `null`, `1em`), as a reader would say it. */
function defaultText(value) {
  if (value === undefined || value === 'null' || value === 'undefined') return 'not set';
  const quoted = /^(['"`])(.*)\1$/s.exec(value);
  if (quoted) return quoted[2] === '' ? 'empty' : code(quoted[2]);
  return code(value);
}

/** A CSS default; `light-dark(a, b)` (the theme picks one) as "`a` / `b`". */
function cssDefaultText(value) {
  if (value === undefined) return 'none';
  const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(value.trim());
  return pair ? `${code(pair[1].trim())} / ${code(pair[2].trim())}` : code(value.trim());
}

/** A part's or property's description, to follow its name: "the widget's outer box". */
const phrase = (description = '') => cell(description).replace(/\.$/, '');

/**
 * The elements of a manifest, each with what it shares with all others (from their common base
 * class) and what is its own.
 */
export function manifestElements(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  if (!elements.length) throw new Error('the manifest declares no custom element');
  const split = (element, key) => ({
    own: (element[key] ?? []).filter((item) => !item.inheritedFrom),
    shared: (element[key] ?? []).filter((item) => item.inheritedFrom),
  });
  const shared = {};
  for (const key of ['attributes', 'cssParts', 'cssProperties']) {
    shared[key] = split(elements[0], key).shared;
    const names = JSON.stringify(shared[key].map((item) => item.name));
    for (const element of elements) {
      if (JSON.stringify(split(element, key).shared.map((item) => item.name)) !== names) {
        throw new Error(`<${element.tagName}> does not share the ${key} of <${elements[0].tagName}>: README lists them once for all`);
      }
    }
  }
  return {
    shared,
    elements: elements.map((element) => ({
      tag: element.tagName,
      attributes: split(element, 'attributes').own,
      events: element.events ?? [],
      cssParts: split(element, 'cssParts').own,
    })),
  };
}

function attributeTable(attributes) {
  return markdownTable(
    ['attribute', 'values', 'default', 'what it does, and a bad value'],
    attributes.map((attribute) => [
      code(attribute.name),
      attribute.expandedType ? literals(attribute.expandedType.text) : 'text',
      defaultText(attribute.default),
      attribute.description ?? '',
    ]),
  );
}

function eventTable(events) {
  return markdownTable(
    ['event', '`detail`', 'when, and what it carries'],
    events.map((event) => [code(event.name), code(/^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? 'none'), event.description ?? '']),
  );
}

const partTable = (parts) => markdownTable(['part', 'what it is'], parts.map((part) => [code(part.name), part.description ?? '']));

/** "`a`, `b` and `c`". */
function names(items) {
  const list = items.map((item) => code(item.name));
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list.join('');
}

/**
 * The blocks made from the manifest, by name. `cssDefaults` maps a CSS property to its default
 * where the manifest has none (the fallback of its `var()` in the styles).
 */
export function manifestBlocks(manifest, cssDefaults = new Map()) {
  const { shared, elements } = manifestElements(manifest);
  const blocks = {
    'attributes:shared': attributeTable(shared.attributes),
    theming: markdownTable(
      ['property', 'used for', 'default (light / dark)'],
      shared.cssProperties.map((property) => [
        code(property.name),
        phrase(property.description),
        cssDefaultText(property.default ?? cssDefaults.get(property.name)),
      ]),
    ),
    'parts:shared': [
      `Every element also exposes these parts for deeper styling with \`::part()\`: ${names(shared.cssParts)}, plus its own parts listed with each element.`,
      '',
      partTable(shared.cssParts),
    ].join('\n'),
  };
  for (const { tag, attributes, events, cssParts } of elements) {
    blocks[`attributes:${tag}`] = attributes.length
      ? attributeTable(attributes)
      : 'It has only the shared attributes (see [Settings every element shares](#settings-every-element-shares)).';
    blocks[`events:${tag}`] = events.length ? eventTable(events) : 'It sends no events.';
    blocks[`parts:${tag}`] = cssParts.length
      ? [`Parts: ${names(cssParts)}, besides the shared ones (see [Theming](#theming)).`, '', partTable(cssParts)].join('\n')
      : 'Parts: only the shared ones (see [Theming](#theming)).';
  }
  return blocks;
}

/**
 * The fallback of each `--lhw-*` property in `var(--lhw-x, fallback)` in some CSS or TypeScript
 * sources. Two different fallbacks for one property are an error: README names one default.
 */
export function cssFallbacks(sources) {
  const found = new Map();
  for (const source of sources) {
    for (const match of source.matchAll(/var\((--lhw-[\w-]+),\s*/g)) {
      // The fallback runs to the parenthesis that closes var(.
      let depth = 0;
      let end = match.index + match[0].length;
      for (; end < source.length; end += 1) {
        if (source[end] === '(') depth += 1;
        else if (source[end] === ')' && depth-- === 0) break;
      }
      const fallback = source.slice(match.index + match[0].length, end).trim();
      if (found.has(match[1]) && found.get(match[1]) !== fallback) {
        throw new Error(`${match[1]} has two defaults in the styles: ${found.get(match[1])} and ${fallback}`);
      }
      found.set(match[1], fallback);
    }
  }
  return found;
}

/** Friendlier names of the care levels in the rule tables' `level` column. */
const levelNames = { urgent: 'urgent (today)', soon: 'soon (book)' };

/**
 * The first Markdown table in a module's doc comments (` * | a | b |` lines), rewritten for
 * README: cells trimmed, and care levels named as a visitor would read them.
 */
export function docCommentTable(source, file = 'the module') {
  for (const [comment] of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim());
    const start = lines.findIndex((line) => line.startsWith('|'));
    if (start < 0) continue;
    const table = [];
    for (let i = start; i < lines.length && lines[i].startsWith('|'); i += 1) {
      table.push(lines[i].replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((text) => text.trim()));
    }
    const [header, separator, ...rows] = table;
    if (!separator?.every((text) => /^:?-+:?$/.test(text)) || !rows.length) throw new Error(`${file}: the doc comment's table has no header, separator or rows`);
    const level = header.indexOf('level');
    if (level >= 0) for (const row of rows) row[level] = levelNames[row[level]] ?? row[level];
    return markdownTable(header, rows);
  }
  throw new Error(`${file}: no table in its doc comments`);
}

const marker = (name, end) => `<!-- generated:${name}:${end ? 'end' : 'start'} -->`;

/**
 * README with every block between its markers. Returns the text, the blocks whose markers are
 * missing, the generated blocks README has but nothing makes, and the blocks that changed.
 */
export function replaceBlocks(readme, blocks) {
  const present = [...readme.matchAll(/<!-- generated:([\w:-]+):start -->/g)].map(([, name]) => name);
  const missing = Object.keys(blocks).filter((name) => !present.includes(name) || !readme.includes(marker(name, true)));
  const unknown = present.filter((name) => !(name in blocks));
  const changed = [];
  let text = readme;
  for (const [name, content] of Object.entries(blocks)) {
    if (missing.includes(name)) continue;
    const from = text.indexOf(marker(name)) + marker(name).length;
    const to = text.indexOf(marker(name, true), from);
    if (to < 0) {
      missing.push(name);
      continue;
    }
    const body = `\n${content}\n`;
    if (text.slice(from, to) !== body) changed.push(name);
    text = text.slice(0, from) + body + text.slice(to);
  }
  return { text, missing, unknown, changed };
}
