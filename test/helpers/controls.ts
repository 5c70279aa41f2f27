import { describeElement, textOf } from './shadow.js';

/**
 * The text of the label that names a form control: the `<label>` around it, else the one whose
 * `for` names its id (looked up in the control's own root, so it works inside shadow roots).
 */
export function labelOf(control: Element): string {
  const wrapping = control.closest('label');
  if (wrapping) return textOf(wrapping);
  const root = control.getRootNode() as Document | ShadowRoot;
  const byFor = control.id ? root.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return textOf(byFor);
}

/**
 * Like `describeElement`, but names checkboxes and radios the way a person tells them apart, by
 * their label: `checkbox "Chest pain"`, `radio[name=weakness] "Yes"`. Assertions compare these
 * strings, never the elements themselves.
 */
export function describeControl(el: Element | null | undefined): string {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    return `${el.type}${el.name ? `[name=${el.name}]` : ''} "${labelOf(el)}"`;
  }
  return describeElement(el);
}

/** Clicks the label of a control, as a visitor does; throws when it has no wrapping label. */
export function clickLabelOf(control: Element): void {
  const label = control.closest('label');
  if (!label) throw new Error(`${describeControl(control)} has no wrapping <label>`);
  label.click();
}
