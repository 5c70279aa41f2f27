/**
 * The cramp widget's clinical decisions, as data with no DOM, so a clinician can read them here
 * and the review pack can print them: which steps there are and in what order, how long heat or
 * cold may stay on, and when a leg cramp needs more than self-care. Ground: the clinical brief version 2, section C (the NHS
 * pages on leg cramps, DVT, tetanus and statins; NHS inform and Mayo Clinic on cramps that last
 * over ten minutes; Mayo Clinic on rhabdomyolysis).
 *
 * Check first: before any step, in list and guided mode, the widget asks the visitor to rule out
 * a blood clot, which can feel like a cramp: a single swollen leg, or one that hurts and has warm,
 * red or darker skin. Such a leg must not be massaged or warmed; it needs care the same day, and
 * chest pain or breathlessness with it means dialling the emergency number.
 *
 * "Swelling" sits in one level only: one leg is urgent (a possible clot); both legs or ankles is
 * a reason to book.
 *
 * | level     | sign id                       | when                                                                  |
 * | --------- | ----------------------------- | --------------------------------------------------------------------- |
 * | emergency | `clot-with-chest-or-breathing` | chest pain or breathlessness with a leg that could hold a clot      |
 * | emergency | `tetanus-signs`               | after an injury: jaw stiffness, or spasms that spread               |
 * | urgent    | `one-leg-swollen`             | a single swollen leg, or one that hurts with warm, red or dark skin  |
 * | urgent    | `longer-than-ten-minutes`     | a cramp lasts longer than 10 minutes                                  |
 * | urgent    | `after-wound`                 | cramps after a dirty cut or puncture, tetanus shot not sure to be up to date |
 * | urgent    | `statin-muscle-symptoms`      | muscle pain, soreness or weakness while taking a statin               |
 * | urgent    | `dark-urine`                  | sore or weak muscles with dark (tea- or cola-coloured) urine          |
 * | soon      | `frequent`                    | cramps come often                                                     |
 * | soon      | `disturb-sleep`               | cramps keep the visitor from sleeping well                            |
 * | soon      | `both-legs-numb-or-weak`      | both legs or ankles swollen, or cramps with numbness or weakness      |
 * | soon      | `new-water-pill`              | cramps started after a new water pill (keep taking it)                |
 *
 * Cramp diary: the visitor may note where a cramp was, how long it lasted, what helped and which
 * of the signs above they had. The diary asks the duration as its own question, so "longer than
 * 10 minutes" counts as `longer-than-ten-minutes`; every other sign is a box. The diary's advice
 * is the highest level among what was ticked (`diaryLevel`), shown at once, before its summary.
 */
import type { CareLevel } from '../shared/care-level.js';
import { frozen, ownField } from '../shared/frozen.js';

/**
 * The relief steps from the seed article, in their default order: stretch, rub, stand and walk,
 * heat or cold, then pain relief.
 */
export const spasmStepIds = frozen(['stretch', 'massage', 'walk', 'heat-ice', 'pain-relief'] as const);
export type SpasmStepId = (typeof spasmStepIds)[number];

/** The muscles the stretch step has instructions for. */
export const spasmMuscles = frozen(['calf', 'thigh', 'foot'] as const);
export type SpasmMuscle = (typeof spasmMuscles)[number];

/** The brief's limit for heat or cold at one time is 15 to 20 minutes: the timer takes the lower. */
export const HEAT_ICE_MINUTES = 15;

/**
 * The steps in the order they show. Pain relief is for soreness after the cramp, never a way to
 * stop one (it acts too slowly), so wherever a page lists it, it comes last; `moved` says whether
 * that changed the page's order.
 */
export function orderSteps(chosen: readonly SpasmStepId[]): { steps: SpasmStepId[]; moved: boolean } {
  const others = chosen.filter((step) => step !== 'pain-relief');
  const steps = others.length === chosen.length ? [...others] : [...others, 'pain-relief' as const];
  return { steps, moved: steps.some((step, index) => step !== chosen[index]) };
}

/** The levels the "When to get help" cards show, highest first. */
export const spasmHelpLevels = frozen(['emergency', 'urgent', 'soon'] as const satisfies readonly CareLevel[]);
export type SpasmHelpLevel = (typeof spasmHelpLevels)[number];

/** Every reason to get help, with its level, in table order (highest level first). */
export const spasmHelpSigns = frozen([
  { id: 'clot-with-chest-or-breathing', level: 'emergency' },
  { id: 'tetanus-signs', level: 'emergency' },
  { id: 'one-leg-swollen', level: 'urgent' },
  { id: 'longer-than-ten-minutes', level: 'urgent' },
  { id: 'after-wound', level: 'urgent' },
  { id: 'statin-muscle-symptoms', level: 'urgent' },
  { id: 'dark-urine', level: 'urgent' },
  { id: 'frequent', level: 'soon' },
  { id: 'disturb-sleep', level: 'soon' },
  { id: 'both-legs-numb-or-weak', level: 'soon' },
  { id: 'new-water-pill', level: 'soon' },
] as const satisfies readonly { id: string; level: SpasmHelpLevel }[]);

export type SpasmHelpSignId = (typeof spasmHelpSigns)[number]['id'];

/** The signs of one level, in table order. */
export function helpSignsAt(level: SpasmHelpLevel): SpasmHelpSignId[] {
  return spasmHelpSigns.filter((sign) => sign.level === level).map((sign) => sign.id);
}

/** US Poison Control (Poison Help line), named only on a page for the US: see `overdoseCall`. */
export const US_POISON_CONTROL = '1-800-222-1222';

/** Whom the acetaminophen caution tells a visitor to call after taking too much. */
export type OverdoseCall = 'poison-control' | 'emergency';

/**
 * After too much acetaminophen (paracetamol), a visitor needs help at once, even when they feel
 * fine (brief version 2, section C). US Poison Control is named on US pages alone; the widget
 * knows a page's country only by its `emergency-number`, so 911 counts as the US. The number is
 * read by its digits alone (`911`, `9-1-1`).
 *
 * | emergency number | call                                                            |
 * | ---------------- | --------------------------------------------------------------- |
 * | 911              | `poison-control`: US Poison Control, 1-800-222-1222, now; 911 if very unwell |
 * | any other        | `emergency`: the page's emergency number, now                   |
 */
export function overdoseCall(emergency: string): OverdoseCall {
  return emergency.replace(/\D/g, '') === '911' ? 'poison-control' : 'emergency';
}

/** How long a cramp lasted, as the diary asks it. */
export const crampDurations = frozen(['under-a-minute', 'up-to-ten-minutes', 'over-ten-minutes'] as const);
export type CrampDuration = (typeof crampDurations)[number];

/** The signs the diary offers as boxes: all but the duration, which is its own question. */
export const diarySigns: readonly SpasmHelpSignId[] = frozen(spasmHelpSigns.map((sign) => sign.id).filter((id) => id !== 'longer-than-ten-minutes'));

/**
 * The diary's advice: the highest level among the signs ticked, with a cramp over ten minutes as
 * `longer-than-ten-minutes`; `self-care` when none is.
 */
export function diaryLevel(diary: { readonly duration?: CrampDuration; readonly signs: readonly SpasmHelpSignId[] }): SpasmHelpLevel | 'self-care' {
  const had = ownField(diary, 'duration') === 'over-ten-minutes' ? [...diary.signs, 'longer-than-ten-minutes'] : diary.signs;
  return spasmHelpLevels.find((level) => spasmHelpSigns.some((sign) => sign.level === level && had.includes(sign.id))) ?? 'self-care';
}
