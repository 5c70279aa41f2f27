import type { LanguagePack } from '../../src/lang/language-pack.js';
import { US_POISON_CONTROL } from '../../src/spasm-relief-steps/spasm-care.js';

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
 * Sample values for content functions, as a page would pass them. Every content function takes
 * one object of named values (or nothing), so each is called with this one object.
 */
const samples = {
  clinic: 'Lakeside Clinic',
  emergency: '911',
  // The acetaminophen caution names it on a page for the US (spasm-care.ts `overdoseCall`).
  poisonControl: US_POISON_CONTROL,
  phone: '555 0100',
  number: '911',
  sign: 'Chest pain',
  step: 2,
  total: 4,
  count: 3,
  minutes: 15,
  clock: '14:05',
  day: 27,
  month: 'November',
  year: 2026,
  date: 'November 27, 2026, 3:42 PM',
  version: '1.0.0',
  reviewed: 'November 27, 2026',
  // Digits, not words: a list in any language's punctuation, with nothing to translate.
  items: ['1', '2'],
};

/**
 * Sample values that differ for one key: "call or text" is offered for the 988 crisis line alone
 * (rls-pattern.ts `crisisLineTakesTexts`), so a clinician must not read "Call 911 or text 911".
 */
const samplesFor: Readonly<Record<string, Partial<typeof samples>>> = {
  callOrText: { number: '988' },
};

/** Keys whose strings are headings, labels or data rather than running text. */
const notBodyText = /(heading|label|^language|^sources|^lastReviewed|^nextReview|^months|^fileName)$/i;

/**
 * Every string a pack can show (content functions are called with sample values), for the
 * content checks, the Spanish completeness test and the clinical review pack. Tooling: not part
 * of the library.
 */
export function collectStrings(pack: LanguagePack): PackString[] {
  const found: PackString[] = [];
  const walk = (node: unknown, path: string[], sourced: string | undefined, body: boolean): void => {
    if (typeof node === 'function') {
      const values = { ...samples, ...samplesFor[path[path.length - 1]] };
      return walk((node as (values: typeof samples) => unknown)(values), path, sourced, body);
    }
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
    // The language code and its review status are about the pack, not text a visitor sees.
    if (element !== 'language' && element !== 'review') walk(content, [element], undefined, true);
  }
  return found;
}
