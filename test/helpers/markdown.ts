/**
 * Reads the first Markdown table that follows the line `heading` (for example `### The rules`),
 * before any other heading: its body rows (the header and `---` rows left out), each as trimmed
 * cell texts. Throws when there is no such heading or table, so a renamed heading fails loudly.
 */
export function markdownTableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no line ${JSON.stringify(heading)} in the Markdown`);
  let index = start + 1;
  while (index < lines.length && !lines[index].trim().startsWith('|')) {
    if (/^#{1,6}\s/.test(lines[index])) throw new Error(`no table between ${JSON.stringify(heading)} and the next heading`);
    index += 1;
  }
  const rows: string[][] = [];
  for (; index < lines.length && lines[index].trim().startsWith('|'); index += 1) {
    const cells = lines[index]
      .trim()
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    rows.push(cells);
  }
  if (rows.length < 2 || !rows[1].every((cell) => /^:?-+:?$/.test(cell))) {
    throw new Error(`the table after ${JSON.stringify(heading)} has no header and separator rows`);
  }
  return rows.slice(2);
}

/**
 * The text of the first fenced code block in `language` (```css) that follows the line `heading`
 * (for example `### Match your brand`), before any other heading. Throws when there is no such
 * heading or block, so a renamed heading or a removed example fails loudly.
 */
export function markdownCodeAfter(markdown: string, heading: string, language: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no line ${JSON.stringify(heading)} in the Markdown`);
  let index = start + 1;
  while (index < lines.length && lines[index].trim() !== `\`\`\`${language}`) {
    if (/^#{1,6}\s/.test(lines[index])) throw new Error(`no \`\`\`${language} block between ${JSON.stringify(heading)} and the next heading`);
    index += 1;
  }
  const end = lines.findIndex((line, at) => at > index && line.trim() === '```');
  if (index >= lines.length || end < 0) throw new Error(`no closed \`\`\`${language} block after ${JSON.stringify(heading)}`);
  return lines.slice(index + 1, end).join('\n');
}
