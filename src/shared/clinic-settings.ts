import { parseEnum, parseIntegerInRange, parseLinkUrl, parsePhoneNumber, type AttributeSite, type PhoneNumber } from './attributes.js';
import type { CareContext, SharedContent } from './text-types.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** A number a link can dial. */
export type DialableNumber = PhoneNumber & { readonly href: string };

const DEFAULT_EMERGENCY: DialableNumber = { text: '911', href: 'tel:911' };
/** The US Suicide & Crisis Lifeline. */
const DEFAULT_CRISIS: DialableNumber = { text: '988', href: 'tel:988' };

/** A number the widget dials: the page's, else `fallback` (the parser falls back for any number it cannot dial). */
function dialable(number: PhoneNumber | undefined, fallback: DialableNumber): DialableNumber {
  return number?.href ? { text: number.text, href: number.href } : fallback;
}
const DEFAULT_HEADING_LEVEL = 2;

/** The clinic settings after validation: what the widget may safely show. */
export interface ClinicSettings {
  /** The clinic's name, or undefined when the page gives none. */
  readonly name?: string;
  /** The clinic's phone: with a `tel:` link, or as text only when it is spelled with letters. */
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

/** Validates the shared attributes, warning once for each value it had to replace. */
export function readClinicSettings(site: AttributeSite, attributes: ClinicAttributes): ClinicSettings {
  const name = (attributes.clinicName ?? '').trim();
  return {
    name: name || undefined,
    phone: parsePhoneNumber(site, 'clinic-phone', attributes.clinicPhone, { keepLettersAsText: true }),
    bookingHref: parseLinkUrl(site, 'booking-url', attributes.bookingUrl),
    emergency: dialable(parsePhoneNumber(site, 'emergency-number', attributes.emergencyNumber, { fallback: DEFAULT_EMERGENCY }), DEFAULT_EMERGENCY),
    // A removed attribute (null) means the default; an empty one hides the line.
    crisis:
      attributes.crisisNumber?.trim() === ''
        ? undefined
        : dialable(parsePhoneNumber(site, 'crisis-number', attributes.crisisNumber, { fallback: DEFAULT_CRISIS }), DEFAULT_CRISIS),
    headingLevel: parseIntegerInRange(site, 'heading-level', attributes.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL),
    theme: parseEnum(site, 'theme', attributes.theme, themes, 'auto'),
  };
}

/** The clinic and emergency number as care messages name them. */
export function careContextOf(clinic: ClinicSettings, text: SharedContent): CareContext {
  return { clinic: clinic.name ?? text.yourClinic, emergency: clinic.emergency.text };
}
