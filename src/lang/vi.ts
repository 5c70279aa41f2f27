/**
 * The Vietnamese (`vi`) language add-on: every element's text in Vietnamese, registered for every
 * widget on the page. The build makes it `dist/lang/vi.js`, a classic script that imports nothing,
 * to paste before or after the main script; from npm it is imported as
 * `leg-health-widgets/lang/vi.js`.
 *
 * Status: draft, until a clinician who reads Vietnamese has checked it against the English text
 * (facts, rules, plain words). A clinic should not turn it on before that review.
 */
import { vi as rls } from '../rls-symptom-card/text/vi.js';
import { vi as shared } from '../shared/text/vi.js';
import { vi as spasm } from '../spasm-relief-steps/text/vi.js';
import { vi as twitch } from '../twitch-redflag-check/text/vi.js';
import { frozen } from '../shared/frozen.js';
import { registerLanguagePack, type LanguagePack } from './language-pack.js';

export const vi: LanguagePack = frozen({ language: 'vi', review: { status: 'draft' }, shared, rls, twitch, spasm });

registerLanguagePack(vi);
