/**
 * Data a host page cannot change or reach into. A page with a prototype-pollution bug
 * (`Object.prototype.url = 'javascript:...'`, from a careless deep merge) makes every plain
 * object seem to have that field: a source without an address would get one, a rule without a
 * `pattern` would seem to set one, a question never answered would seem answered. So the
 * library's tables and texts are frozen and cut off from `Object.prototype` (`frozen`), the
 * visitor's answers are objects without a prototype (`own`), optional fields of objects made in
 * code are read with `ownField`, and events carry frozen copies (`emit`).
 */

type Plain = Record<PropertyKey, unknown>;

/**
 * The prototype of frozen plain objects: an empty, frozen object whose own prototype is null, so
 * nothing on Object.prototype is reached. (A prototype of null itself would do, but engines keep
 * such objects in a slow dictionary mode, and the rule tables are read in hot loops.)
 */
const NO_FIELDS = Object.freeze(Object.create(null));

/**
 * Freezes `value` deeply, in place, and gives every plain object in it a prototype with no fields
 * (`NO_FIELDS`), unless `keepPrototypes`; arrays keep theirs, for `map` and the like, and functions
 * are left as they are. For data defined once: content, rule tables, the source list. Returns
 * `value`.
 */
export function frozen<T>(value: T, keepPrototypes?: boolean): T {
  if (value && typeof value == 'object' && !Object.isFrozen(value)) {
    if (!keepPrototypes && Object.getPrototypeOf(value) == Object.prototype) Object.setPrototypeOf(value, NO_FIELDS);
    for (const key of Object.keys(value)) frozen((value as Plain)[key], keepPrototypes);
    Object.freeze(value);
  }
  return value;
}

/** `object[key]` if it is the object's own field, else undefined: never one from Object.prototype. */
export const ownField = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/**
 * A new object without a prototype holding the own fields of `base` and then of `changes`, later
 * ones winning: the visitor's answers.
 */
export const own = <T extends object>(base?: T, ...changes: readonly (Partial<T> | undefined)[]): T =>
  Object.assign(Object.create(null), base, ...changes);

/** The `detail` an event of the element event map carries. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches `type` from `target`, out of its shadow root, with a deep, frozen copy of `detail`
 * (own fields only, ordinary objects as host code expects): host code that edits or deletes from
 * it changes nothing in the widget. Every event of every widget goes through here
 * (`LhwElement.emit`, and the summary panel's).
 */
export function emit<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K, detail: EventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail: frozen(structuredClone(detail), true), bubbles: true, composed: true }));
}
