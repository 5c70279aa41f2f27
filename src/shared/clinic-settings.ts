import { BIDI_CONTROLS, parseEnum, parseIntegerInRange, parseLinkUrl, parsePhoneNumber, type AttributeSite, type PhoneNumber } from './attributes.js';
import type { CareContext, SharedContent } from './text-types.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** A number a link can dial. */
export type DialableNumber = PhoneNumber & { readonly href: string };

const DEFAULT_EMERGENCY: DialableNumber = { text: '911', href: 'tel:911' };
/** The US Suicide & Crisis Lifeline. */
const DEFAULT_CRISIS: DialableNumber = { text: '988', href: 'tel:988' };

/**
 * Bidirectional text. A value the page gives sits inside a sentence in the widget's language, and
 * neither may turn the other round. So each value is read without the controls that open or close
 * an embedding, override or isolate (`BIDI_CONTROLS`: an unclosed right-to-left override pasted
 * with a clinic's name turned the rest of its paragraph round, the phone after it included), and
 * the text shown is an isolate, FSI ... PDI: laid out on its own, and one neutral character to
 * the sentence around it, so a name in Arabic or Hebrew cannot swap the groups of a phone number
 * after it either. The marks U+200E, U+200F and U+061C stay: they open nothing, a name may need
 * them, and inside the isolate they reach nothing outside it. Readers and screen readers skip the
 * isolate's two characters; `tel:` links are made from the digits alone. A number that is one
 * run of digits (911, 112, 988) is left as it is: no sentence turns it round, and it turns
 * nothing round either.
 */
const isolated = (text: string): string => (/^\d+$/.test(text) ? text : `\u2068${text}\u2069`);

/**
 * A number as the page wrote it, isolated for display, with its link; or `fallback` when the page
 * gave none. The parser returns `fallback` itself for a value it cannot use, and a number without
 * a link only when it may keep letters (the clinic's phone): emergency and crisis numbers dial.
 */
function shown<N extends PhoneNumber | undefined>(number: PhoneNumber | undefined, fallback: N): N {
  return (number && number !== fallback ? { ...number, text: isolated(number.text) } : fallback) as N;
}
const DEFAULT_HEADING_LEVEL = 2;

/** The clinic settings after validation: what the widget may safely show. */
export interface ClinicSettings {
  /** The clinic's name, isolated for display, or undefined when the page gives none. */
  readonly name?: string;
  /** The clinic's phone (its text isolated): with a `tel:` link, or as text only when it is spelled with letters. */
  readonly phone?: PhoneNumber;
  readonly bookingHref?: string;
  readonly emergency: DialableNumber;
  /** The crisis line, or undefined when the page hides it. */
  readonly crisis?: DialableNumber;
  readonly headingLevel: number;
  readonly theme: Theme;
}

/** The settings before the page sets any attribute. */
export const defaultClinicSettings: ClinicSettings = {
  emergency: DEFAULT_EMERGENCY,
  crisis: DEFAULT_CRISIS,
  headingLevel: DEFAULT_HEADING_LEVEL,
  theme: 'auto',
};

/** The shared attributes as the element's properties hold them (a removed attribute is null). */
export interface ClinicAttributes {
  readonly clinicName: string | null;
  readonly clinicPhone: string | null;
  readonly bookingUrl: string | null;
  readonly emergencyNumber: string | null;
  readonly crisisNumber: string | null;
  readonly headingLevel: string | null;
  readonly theme: string | null;
}

/**
 * Validates the shared attributes, warning once for each value it had to replace. The texts it
 * returns are for display: isolated, without bidi controls (see `isolated`).
 */
export function readClinicSettings(site: AttributeSite, attributes: ClinicAttributes): ClinicSettings {
  const name = (attributes.clinicName ?? '').replace(BIDI_CONTROLS, '').trim();
  return {
    name: name ? isolated(name) : undefined,
    phone: shown(parsePhoneNumber(site, 'clinic-phone', attributes.clinicPhone, { keepLettersAsText: true }), undefined),
    bookingHref: parseLinkUrl(site, 'booking-url', attributes.bookingUrl),
    emergency: shown(parsePhoneNumber(site, 'emergency-number', attributes.emergencyNumber, { fallback: DEFAULT_EMERGENCY }), DEFAULT_EMERGENCY),
    // A removed attribute (null) means the default; an empty one hides the line.
    crisis:
      attributes.crisisNumber?.trim() === ''
        ? undefined
        : shown(parsePhoneNumber(site, 'crisis-number', attributes.crisisNumber, { fallback: DEFAULT_CRISIS }), DEFAULT_CRISIS),
    headingLevel: parseIntegerInRange(site, 'heading-level', attributes.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL),
    theme: parseEnum(site, 'theme', attributes.theme, themes, 'auto'),
  };
}

/** The clinic and emergency number as care messages name them. */
export function careContextOf(clinic: ClinicSettings, text: SharedContent): CareContext {
  return { clinic: clinic.name ?? text.yourClinic, emergency: clinic.emergency.text };
}
