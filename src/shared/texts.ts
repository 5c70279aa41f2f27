/**
 * Where a widget's text comes from, by language. Each element ships its English and Spanish text
 * itself (`TextSource`); any further language is an add-on that registers its text for every
 * element (`registerLanguage`), as a classic script pasted before or after the main one, or as an
 * npm import. Add-ons write into one store on `globalThis` under a registered symbol, so every copy
 * of the library on the page (the script tag, an npm build) sees them, whichever loaded first. A
 * symbol, unlike a named global, cannot be clobbered by an element id on the page.
 *
 * Every text is frozen (`frozen`) when it comes in, its objects cut off from `Object.prototype`: a
 * page cannot edit it, and a polluted `Object.prototype` cannot add a field it leaves out (a
 * hint, a citation, a paragraph in place of a list).
 */
import { frozen } from './frozen.js';

/** The store's shape: it is shared across library versions, so it changes only with a new key. */
interface TextStore {
  /** Language code -> part ("shared", "twitch", ...) -> that part's text. */
  readonly texts: Map<string, Map<string, object>>;
  /** Called when a language is added, so widgets waiting for it re-render. */
  readonly listeners: Set<() => void>;
}

const STORE_KEY = Symbol.for('leg-health-widgets/texts@1');

function store(): TextStore {
  const global = globalThis as typeof globalThis & { [STORE_KEY]?: TextStore };
  global[STORE_KEY] ??= { texts: new Map(), listeners: new Set() };
  return global[STORE_KEY];
}

/**
 * Adds one language's text, part by part (`shared` and each element's). Loading the same add-on
 * twice is harmless: the second copy replaces the same parts with the same text.
 */
export function registerLanguage(language: string, parts: Readonly<Record<string, object>>): void {
  const { texts, listeners } = store();
  const known = texts.get(language) ?? new Map<string, object>();
  for (const [part, text] of Object.entries(parts)) known.set(part, frozen(text));
  texts.set(language, known);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language is added; returns the function that stops it. */
export function onLanguageAdded(listener: () => void): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * One part's text (the shared strings, or one element's) in every language it has: the text it
 * ships with, then what add-ons registered. English is always there and is the fallback.
 */
export class TextSource<T extends object> {
  readonly #part: string;
  readonly #builtIn: ReadonlyMap<string, T>;
  readonly #english: T;

  constructor(part: string, builtIn: { readonly en: T } & Readonly<Record<string, T>>) {
    this.#part = part;
    this.#builtIn = new Map(Object.entries(frozen(builtIn)));
    this.#english = builtIn.en;
  }

  /** The languages this part can show. */
  get languages(): string[] {
    const added = [...store().texts].filter(([, parts]) => parts.has(this.#part)).map(([language]) => language);
    return [...new Set([...this.#builtIn.keys(), ...added])];
  }

  /** The text in `language`, or in English when this part has none in it. */
  in(language: string): T {
    // An add-on registers the same shape as the built-in texts; the type is checked where it is
    // written. One registered by another copy of the library may not be frozen yet.
    const added = frozen(store().texts.get(language)?.get(this.#part) as T | undefined);
    return this.#builtIn.get(language) ?? added ?? this.#english;
  }
}
