import { en as rlsEn } from '../rls-symptom-card/text/en.js';
import { es as rlsEs } from '../rls-symptom-card/text/es.js';
import { en as sharedEn } from '../shared/text/en.js';
import { es as sharedEs } from '../shared/text/es.js';
import { en as spasmEn } from '../spasm-relief-steps/text/en.js';
import { es as spasmEs } from '../spasm-relief-steps/text/es.js';
import { en as twitchEn } from '../twitch-redflag-check/text/en.js';
import { es as twitchEs } from '../twitch-redflag-check/text/es.js';
import { frozen } from '../shared/frozen.js';
import type { LanguagePack } from './language-pack.js';

/**
 * The languages every element ships with, gathered into packs for tooling and for the npm
 * package's main entry. The elements do not import this: each imports its own text. Frozen.
 */
export const packs = frozen({
  en: {
    language: 'en',
    review: { status: 'reviewed', date: '2026-12-03', reviewer: 'primary-care physician and patient-education editor (US English)' },
    shared: sharedEn,
    rls: rlsEn,
    twitch: twitchEn,
    spasm: spasmEn,
  },
  es: {
    language: 'es',
    review: { status: 'reviewed', date: '2026-12-03', reviewer: 'primary-care physician and patient-education editor (US and Mexican Spanish)' },
    shared: sharedEs,
    rls: rlsEs,
    twitch: twitchEs,
    spasm: spasmEs,
  },
} as const satisfies Record<string, LanguagePack>);

export type Language = keyof typeof packs;

export const languages = Object.keys(packs) as Language[];

export const defaultLanguage: Language = 'en';
