import type { RlsContent } from '../rls-symptom-card/rls-content.js';
import type { SharedContent } from '../shared/text-types.js';
import { registerLanguage } from '../shared/texts.js';
import type { SpasmContent } from '../spasm-relief-steps/spasm-content.js';
import type { TwitchContent } from '../twitch-redflag-check/twitch-content.js';

/**
 * Everything one language says, for every element. A language add-on is one file that writes one
 * of these (the compiler refuses a pack that misses any string) and registers it.
 */
export interface LanguagePack {
  /** The language's code, e.g. `vi`. */
  readonly language: string;
  readonly shared: SharedContent;
  readonly rls: RlsContent;
  readonly twitch: TwitchContent;
  readonly spasm: SpasmContent;
}

/** Everything one language says: the former name of `LanguagePack`. */
export type ContentPack = LanguagePack;

/** Makes a language add-on's text available to every widget on the page, loaded before or after them. */
export function registerLanguagePack({ language, shared, rls, twitch, spasm }: LanguagePack): void {
  registerLanguage(language, { shared, rls, twitch, spasm });
}
