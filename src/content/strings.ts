import type { ContentPack } from './types.js';

/** One string a pack can show, found by walking the pack. */
export interface PackString {
  /** Where it sits, e.g. `rls.sections.overview.body.0.paragraph`. */
  readonly path: string;
  /** The nearest part that names its sources, else the element's top-level key ("labels" for loose strings). */
  readonly section: string;
  /** False for headings, labels and other strings that are not running text. */
  readonly body: boolean;
  readonly text: string;
}

/** Sample values for content functions' parameters, by parameter name, as a page would pass them. */
const sampleByName: Record<string, unknown> = {
  clinic: 'Lakeside Clinic',
  emergency: '911',
  phone: '555 0100',
  number: '911',
  sign: 'Chest pain',
  step: 2,
  total: 4,
  count: 3,
  minutes: 15,
  clock: '14:05',
};

/**
 * Calls a content function with samples for its parameters, read from its source: a named
 * parameter gets its sample above, and so does each name of a destructured one.
 */
function callWithSamples(fn: (...args: unknown[]) => unknown): unknown {
  const parameters = /^(?:function\s*\w*)?\s*\(([^)]*)\)/.exec(String(fn))?.[1] ?? '';
  const names = (list: string) =>
    list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
  const args = parameters.trim().startsWith('{')
    ? [Object.fromEntries(names(parameters.replace(/[{}]/g, '')).map((name) => [name, sampleByName[name]]))]
    : names(parameters).map((name) => sampleByName[name]);
  return fn(...args);
}

/** Keys whose strings are headings, labels or data rather than running text. */
const notBodyText = /(heading|label|^language|^sources|^lastReviewed|^nextReview)$/i;

/**
 * Every string a pack can show (content functions are called with sample values), for the
 * content checks, the Spanish completeness test and the clinical review pack. Not shipped.
 */
export function collectStrings(pack: ContentPack): PackString[] {
  const found: PackString[] = [];
  const walk = (node: unknown, path: string[], sourced: string | undefined, body: boolean): void => {
    if (typeof node === 'function') return walk(callWithSamples(node as (...args: unknown[]) => unknown), path, sourced, body);
    if (typeof node === 'string') {
      const section = sourced ?? (path.length <= 2 ? `${path[0]}.labels` : path.slice(0, 2).join('.'));
      found.push({ path: path.join('.'), section, body, text: node });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const here = Array.isArray((node as { sources?: unknown }).sources) ? path.join('.') : sourced;
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], here, body && !notBodyText.test(key));
  };
  for (const [element, content] of Object.entries(pack)) {
    if (element !== 'language') walk(content, [element], undefined, true);
  }
  return found;
}
