import type { RlsContent } from '../rls-symptom-card/rls-content.js';
import type { IsoDate, SharedContent } from '../shared/text-types.js';
import { registerLanguage } from '../shared/texts.js';
import type { SpasmContent } from '../spasm-relief-steps/spasm-content.js';
import type { TwitchContent } from '../twitch-redflag-check/twitch-content.js';

/**
 * Everything one language says, for every element. A language add-on is one file that writes one
 * of these (the compiler refuses a pack that misses any string) and registers it.
 */
/**
 * Whether a clinician who reads the language has checked its text against the English (facts,
 * rules, plain words). A `draft` language should be reviewed that way before a clinic enables it.
 */
export type LanguageReview =
  | {
      readonly status: 'reviewed';
      /** The day of the review. */
      readonly date: IsoDate;
      /** Who reviewed it, by role, e.g. "primary-care physician and patient-education editor (US English)". */
      readonly reviewer: string;
    }
  | { readonly status: 'draft' };

/** What one language says, for every element. */
export interface LanguageTexts {
  /** The language's code, e.g. `vi`. */
  readonly language: string;
  readonly shared: SharedContent;
  readonly rls: RlsContent;
  readonly twitch: TwitchContent;
  readonly spasm: SpasmContent;
}

export interface LanguagePack extends LanguageTexts {
  /** Its clinical review status: printed by the review pack and README, not shown to visitors. */
  readonly review: LanguageReview;
}

/** Everything one language says: the former name of `LanguagePack`. */
export type ContentPack = LanguagePack;

/** Makes a language add-on's text available to every widget on the page, loaded before or after them. */
export function registerLanguagePack({ language, shared, rls, twitch, spasm }: LanguagePack): void {
  registerLanguage(language, { shared, rls, twitch, spasm });
}
