import { quoted, warnOnce } from './warn.js';

/**
 * Validation of attribute text. Attributes are the source of truth; each parser returns the safe
 * value to use and, when it had to fall back, warns once (naming the element, attribute and value)
 * and records the problem where the element keeps them, for its setup notice.
 */

/** Where an attribute is read: the element's tag, and where that element keeps its attribute problems. */
export interface AttributeSite {
  readonly tag: string;
  /** By attribute name: what was wrong with its value. Cleared when the attribute is read again. */
  readonly problems?: Map<string, string>;
}

function problem(site: AttributeSite, attribute: string, value: string, outcome: string): void {
  const message = `<${site.tag}> ${attribute}=${quoted(value)} is not valid; ${outcome}.`;
  warnOnce(message);
  site.problems?.set(attribute, message);
}

/** An enum attribute: one of `allowed`, else `fallback` (missing or empty means `fallback` quietly). */
export function parseEnum<T extends string>(
  site: AttributeSite,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  site.problems?.delete(attribute);
  const normalized = (value ?? '').trim().toLowerCase();
  if (!normalized) return fallback;
  const match = allowed.find((option) => option === normalized);
  if (match) return match;
  problem(site, attribute, value ?? '', `use one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}

/** A whole number between `min` and `max`, else `fallback`. */
export function parseIntegerInRange(
  site: AttributeSite,
  attribute: string,
  value: string | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  site.problems?.delete(attribute);
  const text = (value ?? '').trim();
  if (!text) return fallback;
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    if (number >= min && number <= max) return number;
  }
  problem(site, attribute, text, `use a whole number from ${min} to ${max}; using ${fallback}`);
  return fallback;
}

/** A phone number as written on the page, and the `tel:` address that dials it (none for a number with letters). */
export interface PhoneNumber {
  readonly text: string;
  readonly href?: string;
}

const DIALABLE = /^\+?[\d ().-]{1,30}$/;
/** A dialable number followed by an extension: "555 0100 ext. 2", "555 0100 x2", "555 0100, extension 2". */
const WITH_EXTENSION = /^(\+?[\d ().-]{1,30}?)[\s,;]*(?:ext\.?|extension|x)\s*(\d{1,6})$/i;
/** A number spelled partly in letters, as on a sign: "1-800-LAKESIDE". */
const WITH_LETTERS = /^\+?[\d ().A-Za-z-]{1,30}$/;

const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/**
 * The controls that open or close a bidirectional embedding, override or isolate (U+202A-U+202E,
 * U+2066-U+2069). Invisible, pasted along with a value, they turn round the text that follows
 * them; the values the widgets show are read without them (see clinic-settings.ts).
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A phone number made of digits, spaces and `+-().`, with at least one digit, and maybe an
 * extension (dialled as `tel:…;ext=2`), read without bidi controls (`BIDI_CONTROLS`). With
 * `keepLettersAsText`, a number spelled with letters is kept as text to read, with no link, and
 * one warning. Anything else falls back to `fallback` (undefined means "show no phone").
 */
export function parsePhoneNumber(
  site: AttributeSite,
  attribute: string,
  value: string | null | undefined,
  { fallback, keepLettersAsText = false }: { fallback?: PhoneNumber; keepLettersAsText?: boolean } = {},
): PhoneNumber | undefined {
  site.problems?.delete(attribute);
  const text = (value ?? '').replace(BIDI_CONTROLS, '').trim();
  if (!text) return fallback;
  if (DIALABLE.test(text) && /\d/.test(text)) return { text, href: `tel:${digitsOf(text)}` };
  const extension = WITH_EXTENSION.exec(text);
  if (extension && /\d/.test(extension[1])) return { text, href: `tel:${digitsOf(extension[1])};ext=${extension[2]}` };
  if (keepLettersAsText && WITH_LETTERS.test(text) && /\d/.test(text)) {
    problem(site, attribute, text, 'a number with letters cannot be dialled from a link; it is shown as text');
    return { text };
  }
  const outcome = fallback ? `using ${fallback.text}` : 'no phone link is shown';
  problem(site, attribute, text, `use only digits, spaces and + - ( ) ., and maybe "ext. 2"; ${outcome}`);
  return fallback;
}

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * An address without a scheme that is clearly a web address: it starts with `www.`, or its host
 * ends in a common domain (`lakesideclinic.com/book`). A page-relative address such as
 * `book.html` or `/book` is not one.
 */
const BARE_WEB_ADDRESS = /^(?:www\.[^\s/]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|us|ca|mx|uk|health|care|clinic|info|biz|co|io))(?::\d+)?(?:[/?#]|$)/i;

/**
 * A link address the widget may render: `https:`, `http:`, `tel:` or `mailto:`. A relative address
 * resolves against the page, as a link in the page itself would; a bare web address
 * (`www.lakesideclinic.com/book`) is read as `https://`. Anything else (`javascript:`, `data:`,
 * malformed) is dropped with a warning and the link is not shown.
 */
export function parseLinkUrl(site: AttributeSite, attribute: string, value: string | null | undefined): string | undefined {
  site.problems?.delete(attribute);
  const text = (value ?? '').trim();
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    // Browsers differ on inner spaces and control characters (some percent-encode them): reject.
    url = /[\s\p{Cc}]/u.test(text) ? undefined : new URL(BARE_WEB_ADDRESS.test(text) ? `https://${text}` : text, document.baseURI);
  } catch {
    url = undefined;
  }
  if (url && LINK_PROTOCOLS.has(url.protocol)) return url.href;
  problem(site, attribute, text, 'only https:, http:, tel: and mailto: addresses are allowed; the link is not shown');
  return undefined;
}

/** Parses a comma list of names, keeping known ones in the given order, without repeats. */
export function parseNameList<T extends string>(
  site: AttributeSite,
  attribute: string,
  value: string | null | undefined,
  known: readonly T[],
): T[] {
  site.problems?.delete(attribute);
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...known];
  const chosen: T[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const match = known.find((option) => option === name);
    if (!match) unknown.push(name);
    else if (!chosen.includes(match)) chosen.push(match);
  }
  if (unknown.length > 0) {
    const message = `<${site.tag}> ${attribute} has unknown names ${quoted(unknown.join(', '))} (ignored); known: ${known.join(', ')}.`;
    warnOnce(message);
    site.problems?.set(attribute, message);
  }
  return chosen.length > 0 ? chosen : [...known];
}
