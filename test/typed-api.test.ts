// The typed API a TypeScript page gets from the `declare global` blocks of the elements:
// `HTMLElementTagNameMap` types `querySelector`/`createElement` by tag, and `HTMLElementEventMap`
// types `addEventListener` by event name, `detail` included.
//
// Most of this file is checked by the compiler, not run: `tsc --noEmit` (the first step of
// `npm test`) fails when a type below is wrong, and also when a line marked `@ts-expect-error`
// compiles, so the wrong uses are proven to fail. The functions holding those checks are never
// called. The one browser test at the end checks that the tag map matches the registry at runtime.
import { expect } from '@open-wc/testing';
import {
  packs,
  registerLanguagePack,
  RlsSymptomCard,
  SpasmReliefSteps,
  TwitchRedflagCheck,
  twitchTexts,
  type CareLevel,
  type LanguagePack,
  type RlsAssessment,
  type RlsPattern,
  type SpasmStepChange,
  type SpasmStepId,
  type SpasmStepsComplete,
  type TwitchAssessment,
  type TwitchRuleId,
} from '../src/index.js';
import '../src/leg-health-widgets.js';

/** True when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `exactly<T>()(value)` compiles only when `value` has exactly the type T (else it wants a 2nd argument). */
function exactly<T>() {
  return <V extends T>(value: V, ...notExactly: Equal<V, T> extends true ? [] : [never]): V => notExactly && value;
}

export function tagMapTypes(): void {
  exactly<TwitchRedflagCheck | null>()(document.querySelector('twitch-redflag-check'));
  exactly<RlsSymptomCard | null>()(document.querySelector('rls-symptom-card'));
  exactly<SpasmReliefSteps | null>()(document.querySelector('spasm-relief-steps'));
  exactly<RlsSymptomCard>()(document.createElement('rls-symptom-card'));
  exactly<NodeListOf<SpasmReliefSteps>>()(document.querySelectorAll('spasm-relief-steps'));
  exactly<HTMLCollectionOf<TwitchRedflagCheck>>()(document.getElementsByTagName('twitch-redflag-check'));
  // Inside another element (or a shadow root) too.
  exactly<TwitchRedflagCheck | null>()(document.body.querySelector('twitch-redflag-check'));
  // A plain string gives a plain Element: this is what the tag map adds.
  const tag: string = 'twitch-redflag-check';
  exactly<Element | null>()(document.querySelector(tag));

  // Properties of the elements, with their allowed values.
  const card = document.createElement('rls-symptom-card');
  card.variant = 'compact';
  card.clinicPhone = '555 0100';
  card.theme = 'dark';
  // @ts-expect-error: `variant` is 'full' or 'compact'
  card.variant = 'tiny';
  // @ts-expect-error: `theme` is 'auto', 'light' or 'dark'
  card.theme = 'blue';
  const steps = document.createElement('spasm-relief-steps');
  steps.mode = 'guided';
  steps.muscle = 'foot';
  // @ts-expect-error: `mode` is 'list' or 'guided'
  steps.mode = 'slideshow';
  // @ts-expect-error: `muscle` is 'calf', 'thigh' or 'foot'
  steps.muscle = 'arm';
  // @ts-expect-error: only <rls-symptom-card> has `variant`
  document.createElement('twitch-redflag-check').variant = 'full';
  // @ts-expect-error: the language is set with the `lang` attribute; the field is protected
  void card.ownLang;
}

export function eventMapTypes(twitch: TwitchRedflagCheck, rls: RlsSymptomCard, spasm: SpasmReliefSteps): void {
  twitch.addEventListener('lhw-twitch-result', (event) => {
    exactly<CustomEvent<TwitchAssessment>>()(event);
    exactly<CareLevel>()(event.detail.level);
    exactly<readonly TwitchRuleId[]>()(event.detail.reasons);
    const level: 'emergency' | 'urgent' | 'soon' | 'self-care' = event.detail.level;
    void level;
    // @ts-expect-error: no such level
    if (event.detail.level === 'critical') return;
    // @ts-expect-error: the twitch result has no `pattern` (that is the RLS result)
    void event.detail.pattern;
    // @ts-expect-error: `detail` is read-only, and carries no answers
    event.detail.answers = {};
  });

  rls.addEventListener('lhw-rls-result', (event) => {
    exactly<RlsAssessment>()(event.detail);
    exactly<RlsPattern>()(event.detail.pattern);
    exactly<boolean>()(event.detail.seeClinician);
    exactly<'chronic-persistent' | 'intermittent' | undefined>()(event.detail.course);
    // @ts-expect-error: the RLS result has no care `level`
    void event.detail.level;
    // @ts-expect-error: no such pattern
    if (event.detail.pattern === 'diagnosed') return;
  });

  spasm.addEventListener('lhw-step-change', (event) => {
    exactly<SpasmStepChange>()(event.detail);
    exactly<SpasmStepId>()(event.detail.step);
    exactly<number>()(event.detail.index);
    // @ts-expect-error: no such step
    if (event.detail.step === 'ice-bath') return;
  });
  spasm.addEventListener('lhw-steps-complete', (event) => {
    exactly<SpasmStepsComplete>()(event.detail);
    exactly<boolean>()(event.detail.eased);
    // @ts-expect-error: `eased` is a boolean
    const eased: string = event.detail.eased;
    void eased;
  });

  // The events bubble and are composed, so a wrapper element hears them, typed the same way.
  document.body.addEventListener('lhw-twitch-result', (event) => exactly<CareLevel>()(event.detail.level));
  // Removing a listener takes the same typed signature.
  const onResult = (event: CustomEvent<TwitchAssessment>): void => void event.detail.reasons;
  twitch.addEventListener('lhw-twitch-result', onResult);
  twitch.removeEventListener('lhw-twitch-result', onResult);

  // @ts-expect-error: a listener for another element's event detail does not fit
  twitch.addEventListener('lhw-twitch-result', (event: CustomEvent<RlsAssessment>) => event.detail.pattern);
  // A misspelt event name falls back to a plain Event, which has no `detail`.
  // @ts-expect-error: 'lhw-twitch-results' is not an event of the library
  twitch.addEventListener('lhw-twitch-results', (event) => event.detail);
}

export function languageAddOnTypes(): void {
  // A language add-on is one typed pack, for every element, registered from the main entry.
  const { shared, rls, twitch, spasm } = packs.en;
  const pack: LanguagePack = { language: 'vi', review: { status: 'draft' }, shared, rls, twitch, spasm };
  registerLanguagePack(pack);
  // @ts-expect-error: a pack says whether a clinician has reviewed it
  registerLanguagePack({ language: 'vi', shared, rls, twitch, spasm });
  // @ts-expect-error: a reviewed pack names when and by whom
  registerLanguagePack({ ...pack, review: { status: 'reviewed' } });
  // @ts-expect-error: a pack must bring every element's text (here the cramp steps' is missing)
  registerLanguagePack({ language: 'vi', review: { status: 'draft' }, shared, rls, twitch });
  // @ts-expect-error: every string is there: a pack missing one is refused
  registerLanguagePack({ ...pack, shared: { ...shared, startAgain: undefined } });
  // Content functions take one object of named values.
  exactly<string>()(shared.callNumber({ number: '911' }));
  // @ts-expect-error: not positional arguments
  shared.callNumber('911');
  // @ts-expect-error: the named value is `number`
  shared.callNumber({ phone: '911' });
  // Each element's text source gives its text in a language, typed by the element.
  exactly<string>()(twitchTexts.in('vi').title);
}

export function privateStateTypes(check: TwitchRedflagCheck, card: RlsSymptomCard, steps: SpasmReliefSteps): void {
  // A widget's state is its own (#private): the page reads results from events only.
  // @ts-expect-error: the check's answers are not reachable
  void check.answers;
  // @ts-expect-error: nor the card's assessment
  void card.assessment;
  // @ts-expect-error: nor the guided step
  void steps.position;
}

describe('typed API', () => {
  it('maps each tag to the class that the registry holds for it', () => {
    const pairs = [
      ['rls-symptom-card', RlsSymptomCard],
      ['twitch-redflag-check', TwitchRedflagCheck],
      ['spasm-relief-steps', SpasmReliefSteps],
    ] as const;
    for (const [tag, Class] of pairs) {
      expect(customElements.get(tag) === Class, `customElements.get('${tag}')`).to.equal(true);
      expect(document.createElement(tag) instanceof Class, `createElement('${tag}')`).to.equal(true);
    }
  });
});
