/**
 * leg-health-widgets: the element classes and the pure logic, with no side effects. Import a
 * define module (e.g. `leg-health-widgets/rls-symptom-card.js`) to register an element.
 */
export { LhwElement, themes, type ClinicSettings, type Theme } from './shared/lhw-element.js';
export { defineElement, type ElementRegistry, type VersionedElement } from './shared/registration.js';
export { VERSION } from './shared/version.js';
export { packs, languages, defaultLanguage, type Language } from './content/packs.js';
export { sources, type Source, type SourceId } from './content/sources.js';
export type * from './content/types.js';

export { RlsSymptomCard, rlsVariants, type RlsVariant } from './rls-symptom-card/rls-symptom-card.js';
export * from './rls-symptom-card/rls-pattern.js';
export { rlsSectionIds, rlsCompactSectionIds, type RlsSectionId } from './rls-symptom-card/rls-content.js';
export type * from './rls-symptom-card/rls-content.js';
