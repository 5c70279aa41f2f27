/**
 * The Traditional Chinese (`zh-Hant`) language add-on. It is built to `dist/lang/zh-Hant.js`, a
 * classic script to paste before or after the main script, and imported from npm as
 * `leg-health-widgets/lang/zh-Hant.js`. Traditional script, for pages in zh-Hant, zh-TW or zh-HK.
 * Its review status is `draft` until a clinician who reads Chinese checks it against the English
 * (facts, rules, plain words).
 */
import { zhHant as rls } from '../rls-symptom-card/text/zh-Hant.js';
import { zhHant as shared } from '../shared/text/zh-Hant.js';
import { zhHant as spasm } from '../spasm-relief-steps/text/zh-Hant.js';
import { zhHant as twitch } from '../twitch-redflag-check/text/zh-Hant.js';
import { frozen } from '../shared/frozen.js';
import { registerLanguagePack, type LanguagePack } from './language-pack.js';

export const zhHant: LanguagePack = frozen({ language: 'zh-Hant', review: { status: 'draft' }, shared, rls, twitch, spasm });

registerLanguagePack(zhHant);
