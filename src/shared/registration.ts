import { warnOnce } from './warn.js';

/** What registration needs from a registry: the global one or a scoped one. */
export type ElementRegistry = Pick<CustomElementRegistry, 'get' | 'define'> &
  Partial<Pick<CustomElementRegistry, 'getName'>>;

/** An element class that knows its library version. */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Registers `element` as `tag` without ever throwing on a second registration: a clinic may paste
 * the script twice, or two versions of the library may meet on one page. The first definition
 * wins. Another version of the library gets one warning for the page, naming both versions (not
 * one per element, in the words the script tag uses when it meets another version); a class of
 * the page's own under the tag gets one warning per tag that says so.
 * The same class can be registered under several tags (a registry accepts a constructor once, so
 * later tags get a subclass).
 */
export function defineElement(
  tag: string,
  element: VersionedElement,
  registry: ElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing) {
    const { version } = existing;
    if (version === undefined) {
      warnOnce(`the page already defines <${tag}> with its own class; leg-health-widgets did not replace it.`);
    } else if (version !== element.version) {
      // The same words for every element: one warning for the page.
      warnOnce(`version ${version} is already on this page; version ${element.version} uses its elements.`);
    }
    return;
  }
  const usedElsewhere = registry.getName?.(element) != null;
  registry.define(tag, usedElsewhere ? class extends element {} : element);
}
