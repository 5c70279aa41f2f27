import { warnOnce } from './warn.js';

/** What registration needs from a registry: the global one or a scoped one. */
export type ElementRegistry = Pick<CustomElementRegistry, 'get' | 'define'> &
  Partial<Pick<CustomElementRegistry, 'getName'>>;

/** An element class that knows its library version. */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Registers `element` as `tag` without ever throwing on a second registration: a clinic may paste
 * the script twice, or two versions of the library may meet on one page. The first definition
 * wins; a different version gets one warning naming both. The same class can be registered
 * under several tags (a registry accepts a constructor once, so later tags get a subclass).
 */
export function defineElement(
  tag: string,
  element: VersionedElement,
  registry: ElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing) {
    if (existing !== element && existing.version !== element.version) {
      warnOnce(
        `<${tag}> is already defined by leg-health-widgets ${existing.version ?? '(unknown version)'}; ` +
          `version ${element.version} on this page will use that definition.`,
      );
    }
    return;
  }
  const usedElsewhere = registry.getName?.(element) != null;
  registry.define(tag, usedElsewhere ? class extends element {} : element);
}
