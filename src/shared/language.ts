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

/**
 * Picks the supported language for a BCP 47 tag by its primary subtag (`es-MX` -> `es`).
 * An unsupported tag falls back to `fallback` with one warning; no tag at all falls back quietly.
 */
export function matchLanguage<L extends string>(
  tag: string,
  supported: readonly L[],
  fallback: L,
): L {
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  const match = supported.find((language) => language === primary);
  if (match) return match;
  if (primary) {
    warnOnce(`lang=${quoted(tag)} is not supported (supported: ${supported.join(', ')}); showing "${fallback}".`);
  }
  return fallback;
}
