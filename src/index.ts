/**
 * leg-health-widgets: the element classes and the pure logic, with no side effects. Import a
 * define module (e.g. `leg-health-widgets/rls-symptom-card.js`) to register an element.
 */
export { LhwElement, themes, type ClinicSettings, type Theme } from './shared/lhw-element.js';
export { defineElement, type ElementRegistry, type VersionedElement } from './shared/registration.js';
export { VERSION } from './shared/version.js';
export { answerValues, countsAsYes, type Answer } from './shared/answer.js';
export { packs, languages, defaultLanguage, type Language } from './content/packs.js';
export { sources, type Source, type SourceId } from './content/sources.js';
export type * from './content/types.js';

export { RlsSymptomCard, rlsVariants, type RlsVariant } from './rls-symptom-card/rls-symptom-card.js';
export * from './rls-symptom-card/rls-pattern.js';
export { rlsSectionIds, rlsCompactSectionIds, type RlsSectionId } from './rls-symptom-card/rls-content.js';
export type * from './rls-symptom-card/rls-content.js';

export { TwitchRedflagCheck } from './twitch-redflag-check/twitch-redflag-check.js';
export * from './twitch-redflag-check/twitch-rules.js';
export type * from './twitch-redflag-check/twitch-content.js';

export {
  SpasmReliefSteps,
  spasmModes,
  HEAT_ICE_MINUTES,
  type SpasmMode,
  type SpasmStepChange,
  type SpasmStepsComplete,
} from './spasm-relief-steps/spasm-relief-steps.js';
export { CountdownController, formatClock } from './spasm-relief-steps/countdown.js';
export { spasmStepIds, spasmMuscles, type SpasmStepId, type SpasmMuscle } from './spasm-relief-steps/spasm-content.js';
export type * from './spasm-relief-steps/spasm-content.js';
