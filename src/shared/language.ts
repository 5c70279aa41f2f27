import { quoted, warnOnce } from './warn.js';

/**
 * The `lang` that applies to an element: its own, else the nearest ancestor's (crossing shadow
 * roots, so a widget inside another component still follows the page), else `<html lang>`.
 * An empty `lang=""` means "unknown" in HTML, so it is passed over.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const owner: Element | null = node.closest('[lang]:not([lang=""])');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

/** Regions whose Chinese is written in the Traditional script when a tag names no script. */
const TRADITIONAL_CHINESE_REGIONS = ['tw', 'hk', 'mo'];

/**
 * The languages a BCP 47 tag can mean, most specific first: its language and script (`zh-Hant`,
 * also implied by `zh-TW`, `zh-HK` and `zh-MO`), then its language alone (`es-MX` -> `es`).
 * A script-specific language is never reached from the bare language: `zh` and `zh-CN` are
 * Simplified Chinese, which a Traditional pack must not answer for.
 */
function candidatesFor(tag: string): string[] {
  const [primary, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  const region = rest.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag));
  const impliedScript = primary === 'zh' && !script && region && TRADITIONAL_CHINESE_REGIONS.includes(region) ? 'hant' : script;
  return impliedScript ? [`${primary}-${impliedScript}`, primary] : [primary];
}

/**
 * Picks the supported language for a BCP 47 tag (see `candidatesFor`). An unsupported tag falls
 * back to `fallback` with one warning that names it, once for the page: not again when a language
 * add-on arrives and the list of supported languages in the words grows. No tag at all falls
 * back quietly.
 */
export function matchLanguage<L extends string>(
  tag: string,
  supported: readonly L[],
  fallback: L,
): L {
  for (const candidate of candidatesFor(tag)) {
    const match = supported.find((language) => language.toLowerCase() === candidate);
    if (match) return match;
  }
  if (tag.trim()) {
    warnOnce(`lang=${quoted(tag)} is not supported (supported: ${supported.join(', ')}); showing "${fallback}".`, `lang ${tag}`);
  }
  return fallback;
}
