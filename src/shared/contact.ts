import { html, nothing, type TemplateResult } from 'lit';
import type { ClinicSettings, DialableNumber } from './clinic-settings.js';
import type { SharedContent } from './text-types.js';

/** The clinic's phone and booking links, or nothing when the page set neither (validly). */
export function contactLinks(clinic: ClinicSettings, text: SharedContent): TemplateResult | typeof nothing {
  const { phone, bookingHref } = clinic;
  if (!phone && !bookingHref) return nothing;
  const name = clinic.name ?? text.yourClinic;
  return html`<ul part="contact" class="contact" aria-label=${text.contactLabel}>
    ${phone
      ? html`<li>
          ${phone.href
            ? html`<a href=${phone.href}>${text.callClinic({ clinic: name, phone: phone.text })}</a>`
            : // Spelled with letters: readable, not dialable from a link.
              text.callClinic({ clinic: name, phone: phone.text })}
        </li>`
      : nothing}
    ${bookingHref ? html`<li><a href=${bookingHref}>${text.bookAppointment({ clinic: name })}</a></li>` : nothing}
  </ul>`;
}

/**
 * A link that dials `number` ("Call 911", or `label` when given): a large `button`-like link where
 * calling is the one thing to do, or a `plain` link inside running text.
 */
export function callLink(number: DialableNumber, text: SharedContent, look: 'button' | 'plain' = 'plain', label?: string): TemplateResult {
  return html`<a class=${look === 'button' ? 'emergency-call' : nothing} href=${number.href}>${label ?? text.callNumber({ number: number.text })}</a>`;
}
