/**
 * A module's source as written, doc comments included, for tests that read a rule module's
 * documented table. The test server compiles .ts files with esbuild, which drops comments but
 * inlines a source map holding the original text (`sourcesContent`).
 */
export async function moduleSource(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const served = await response.text();
  if (served.includes('| rule id')) return served; // served as written
  const base64 = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(served)?.[1];
  if (!base64) throw new Error(`${url}: served without its doc comment and without an inline source map`);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const map = JSON.parse(new TextDecoder().decode(bytes)) as { sourcesContent?: (string | null)[] };
  const original = map.sourcesContent?.[0];
  if (typeof original !== 'string') throw new Error(`${url}: the source map has no sourcesContent`);
  return original;
}
