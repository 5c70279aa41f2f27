import { html, nothing, type TemplateResult } from 'lit';
import { ownField } from './frozen.js';

/**
 * One question as a real fieldset: its legend, an optional hint, and one radio button per
 * answer. An unanswered question, once flagged, is marked invalid and described by the message
 * that says so (`problemId`).
 */
export function renderRadioQuestion<Value extends string>(question: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly (readonly [value: Value, label: string])[];
  selected: string | undefined;
  missing: boolean;
  problemId: string;
  onChange: (value: Value) => void;
}): TemplateResult {
  const { name, legend, options, selected, missing, problemId, onChange } = question;
  // Optional, so callers may leave it out: read as an own field, never from a polluted prototype.
  const hint = ownField(question, 'hint');
  const describedBy = [hint ? `${name}-hint` : '', missing ? problemId : ''].join(' ').trim();
  return html`<fieldset class=${missing ? 'missing' : ''} aria-describedby=${describedBy || nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
    <div class="options">
      ${options.map(
        ([value, label]) => html`<label>
          <input
            type="radio"
            name=${name}
            value=${value}
            .checked=${selected === value}
            aria-invalid=${missing ? 'true' : nothing}
            @change=${() => onChange(value)}
          />
          ${label}
        </label>`,
      )}
    </div>
  </fieldset>`;
}
