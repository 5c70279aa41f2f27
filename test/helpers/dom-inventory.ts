/**
 * What a widget's shadow DOM is made of, as plain strings: tag names, attribute names, link
 * addresses and the CSS it uses. The privacy and bad-input tests compare these with what the
 * widget's own templates produce, so anything an attribute value smuggled in stands out.
 */

/** Every element inside `host`'s shadow root, and inside any shadow root nested in it. */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no open shadow root`);
  visit(host.shadowRoot);
  return found;
}

/** The distinct tag names inside `host`'s shadow DOM. */
export function tagNamesIn(host: Element): Set<string> {
  return new Set(shadowElements(host).map((el) => el.localName));
}

/** The distinct attribute names inside `host`'s shadow DOM. */
export function attributeNamesIn(host: Element): Set<string> {
  const names = new Set<string>();
  for (const el of shadowElements(host)) for (const name of el.getAttributeNames()) names.add(name);
  return names;
}

/** The schemes a link in a widget may use. */
export const SAFE_LINK_SCHEMES: readonly string[] = ['https:', 'http:', 'tel:', 'mailto:'];

/**
 * Every address-carrying attribute (href, src, action, formaction, xlink:href, ...) inside
 * `host`'s shadow DOM whose scheme is not https, http, tel or mailto, as `tag attr="value"`.
 * The scheme is the one the browser would use: the value resolved against the page.
 */
export function unsafeAddresses(host: Element): string[] {
  const bad: string[] = [];
  for (const el of shadowElements(host)) {
    for (const name of el.getAttributeNames()) {
      if (!/(^|:)(href|src|srcset|action|formaction|data|poster|background|ping)$/i.test(name)) continue;
      const value = el.getAttribute(name) ?? '';
      let scheme = '(malformed)';
      try {
        scheme = new URL(value, document.baseURI).protocol;
      } catch {
        // stays "(malformed)"
      }
      if (!SAFE_LINK_SCHEMES.includes(scheme)) bad.push(`${el.localName} ${name}=${JSON.stringify(value.slice(0, 100))}`);
    }
  }
  return bad;
}

/** The `href` of every link (`a`, `area`) inside `host`'s shadow DOM, in page order. */
export function linkHrefs(host: Element): string[] {
  return shadowElements(host)
    .filter((el) => el.localName === 'a' || el.localName === 'area')
    .map((el) => el.getAttribute('href') ?? '(no href)');
}

/** The text of every CSS rule that applies inside `host`'s shadow root (adopted sheets and <style>). */
export function shadowCssTexts(host: Element): string[] {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has no open shadow root`);
  const sheets: CSSStyleSheet[] = [...(root.adoptedStyleSheets ?? []), ...[...root.styleSheets]];
  const texts: string[] = [];
  const visit = (rules: CSSRuleList): void => {
    for (const rule of rules) {
      texts.push(rule.cssText);
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules);
  return texts;
}
