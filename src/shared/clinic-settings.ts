import { parseEnum, parseIntegerInRange, parseLinkUrl, parsePhoneNumber, type PhoneNumber } from './attributes.js';
import type { CareContext, SharedContent } from './text-types.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const DEFAULT_EMERGENCY: PhoneNumber = { text: '911', href: 'tel:911' };
/** The US Suicide & Crisis Lifeline. */
const DEFAULT_CRISIS: PhoneNumber = { text: '988', href: 'tel:988' };
const DEFAULT_HEADING_LEVEL = 2;

/** The clinic settings after validation: what the widget may safely show. */
export interface ClinicSettings {
  /** The clinic's name, or undefined when the page gives none. */
  readonly name?: string;
  readonly phone?: PhoneNumber;
  readonly bookingHref?: string;
  readonly emergency: PhoneNumber;
  /** The crisis line, or undefined when the page hides it. */
  readonly crisis?: PhoneNumber;
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

/** Validates the shared attributes of `<tag>`, warning once for each value it had to replace. */
export function readClinicSettings(tag: string, attributes: ClinicAttributes): ClinicSettings {
  const name = (attributes.clinicName ?? '').trim();
  return {
    name: name || undefined,
    phone: parsePhoneNumber(tag, 'clinic-phone', attributes.clinicPhone),
    bookingHref: parseLinkUrl(tag, 'booking-url', attributes.bookingUrl),
    emergency: parsePhoneNumber(tag, 'emergency-number', attributes.emergencyNumber, DEFAULT_EMERGENCY) ?? DEFAULT_EMERGENCY,
    // A removed attribute (null) means the default; an empty one hides the line.
    crisis:
      attributes.crisisNumber?.trim() === ''
        ? undefined
        : parsePhoneNumber(tag, 'crisis-number', attributes.crisisNumber, DEFAULT_CRISIS),
    headingLevel: parseIntegerInRange(tag, 'heading-level', attributes.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL),
    theme: parseEnum(tag, 'theme', attributes.theme, themes, 'auto'),
  };
}

/** The clinic and emergency number as care messages name them. */
export function careContextOf(clinic: ClinicSettings, text: SharedContent): CareContext {
  return { clinic: clinic.name ?? text.yourClinic, emergency: clinic.emergency.text };
}
