import { quoted, warnOnce } from './warn.js';

/**
 * Validation of attribute text. Attributes are the source of truth; each parser returns the safe
 * value to use and warns once when it had to fall back, naming the element, attribute and value.
 */

function warnFallback(tag: string, attribute: string, value: string, outcome: string): void {
  warnOnce(`<${tag}> ${attribute}=${quoted(value)} is not valid; ${outcome}.`);
}

/** An enum attribute: one of `allowed`, else `fallback` (missing or empty means `fallback` quietly). */
export function parseEnum<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const normalized = (value ?? '').trim().toLowerCase();
  if (!normalized) return fallback;
  const match = allowed.find((option) => option === normalized);
  if (match) return match;
  warnFallback(tag, attribute, value ?? '', `use one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}

/** A whole number between `min` and `max`, else `fallback`. */
export function parseIntegerInRange(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const text = (value ?? '').trim();
  if (!text) return fallback;
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    if (number >= min && number <= max) return number;
  }
  warnFallback(tag, attribute, text, `use a whole number from ${min} to ${max}; using ${fallback}`);
  return fallback;
}

/** A phone number as written on the page and the `tel:` address that dials it. */
export interface PhoneNumber {
  readonly text: string;
  readonly href: string;
}

const PHONE_PATTERN = /^\+?[\d ().-]{1,30}$/;

/**
 * A phone number made only of digits, spaces and `+-().`, with at least one digit. Anything else
 * falls back to `fallback` (undefined means "show no phone link").
 */
export function parsePhoneNumber(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  fallback?: PhoneNumber,
): PhoneNumber | undefined {
  const text = (value ?? '').trim();
  if (!text) return fallback;
  if (PHONE_PATTERN.test(text) && /\d/.test(text)) {
    return { text, href: `tel:${text.replace(/[^\d+]/g, '')}` };
  }
  const outcome = fallback ? `using ${fallback.text}` : 'no phone link is shown';
  warnFallback(tag, attribute, text, `use only digits, spaces and + - ( ) .; ${outcome}`);
  return fallback;
}

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * A link address the widget may render: `https:`, `http:`, `tel:` or `mailto:`. A relative address
 * resolves against the page, as a link in the page itself would. Anything else (`javascript:`,
 * `data:`, malformed) is dropped with a warning and the link is not shown.
 */
export function parseLinkUrl(
  tag: string,
  attribute: string,
  value: string | null | undefined,
): string | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    // Browsers differ on inner spaces and control characters (some percent-encode them): reject.
    url = /[\s\p{Cc}]/u.test(text) ? undefined : new URL(text, document.baseURI);
  } catch {
    url = undefined;
  }
  if (url && LINK_PROTOCOLS.has(url.protocol)) return url.href;
  warnFallback(tag, attribute, text, 'only https:, http:, tel: and mailto: addresses are allowed; the link is not shown');
  return undefined;
}

/** Parses a comma list of names, keeping known ones in the given order, without repeats. */
export function parseNameList<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  known: readonly T[],
): T[] {
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
    warnOnce(
      `<${tag}> ${attribute} has unknown names ${quoted(unknown.join(', '))} (ignored); known: ${known.join(', ')}.`,
    );
  }
  return chosen.length > 0 ? chosen : [...known];
}
