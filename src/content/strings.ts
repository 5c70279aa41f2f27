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

/**
 * Stands in for any argument a content function takes: a number (counts, steps, minutes) that
 * also carries a care context's fields. Plural forms are the ones exercised.
 */
const sampleArgument = Object.assign(new Number(3), { clinic: 'Lakeside Clinic', emergency: '911' });

/** Keys whose strings are headings, labels or data rather than running text. */
const notBodyText = /(heading|label|^language|^sources|^lastReviewed|^nextReview)$/i;

/**
 * Every string a pack can show (content functions are called with a sample argument), for the
 * content checks, the Spanish completeness test and the clinical review pack. Not shipped.
 */
export function collectStrings(pack: ContentPack): PackString[] {
  const found: PackString[] = [];
  const walk = (node: unknown, path: string[], sourced: string | undefined, body: boolean): void => {
    if (typeof node === 'function') return walk(node(sampleArgument, sampleArgument), path, sourced, body);
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
