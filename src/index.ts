/**
 * leg-health-widgets: the element classes and the pure logic, with no side effects. Import a
 * define module (e.g. `leg-health-widgets/rls-symptom-card.js`) to register an element.
 */
export { LhwElement, sharedTexts } from './shared/lhw-element.js';
export { themes, type ClinicSettings, type Theme } from './shared/clinic-settings.js';
export { defineElement, type ElementRegistry, type VersionedElement } from './shared/registration.js';
export { VERSION } from './shared/version.js';
export { summaryModes, type SummaryMode } from './shared/summary.js';
export type { SummaryAction, SummaryActionDetail } from './shared/summary-panel.js';
export { answerValues, countsAsYes, type Answer } from './shared/answer.js';
export { registerLanguage, TextSource } from './shared/texts.js';
export { packs, languages, defaultLanguage, type Language } from './lang/built-in.js';
export { registerLanguagePack, type LanguagePack, type LanguageReview, type LanguageTexts, type ContentPack } from './lang/language-pack.js';
export { sources, type Source, type SourceId, type SourceTranslation } from './shared/sources.js';
export type * from './shared/text-types.js';

export { RlsSymptomCard, rlsTexts, rlsVariants, type RlsVariant } from './rls-symptom-card/rls-symptom-card.js';
export * from './rls-symptom-card/rls-pattern.js';
export { rlsSectionIds, rlsCompactSectionIds, type RlsSectionId } from './rls-symptom-card/rls-content.js';
export type * from './rls-symptom-card/rls-content.js';

export { TwitchRedflagCheck, twitchTexts } from './twitch-redflag-check/twitch-redflag-check.js';
export * from './twitch-redflag-check/twitch-rules.js';
export { reasonTexts } from './twitch-redflag-check/twitch-content.js';
export type * from './twitch-redflag-check/twitch-content.js';

export {
  SpasmReliefSteps,
  spasmModes,
  spasmTexts,
  type SpasmMode,
  type SpasmStepChange,
  type SpasmStepsComplete,
} from './spasm-relief-steps/spasm-relief-steps.js';
export { CountdownController, formatClock } from './spasm-relief-steps/countdown.js';
export * from './spasm-relief-steps/spasm-care.js';
export type * from './spasm-relief-steps/spasm-content.js';
