// React 19 with TypeScript: the three widgets, with typed attributes and typed event props.
// - `import type {} from 'leg-health-widgets/react'` (in TwitchCheck.tsx: once per project is
//   enough) adds the widgets to React's JSX.IntrinsicElements, from the package's
//   custom-elements.json: attributes as written in markup (`clinic-name`, kebab-case), their
//   allowed values (`variant`, `mode`, `muscle`, `theme`, `heading-level`), and each event as
//   `on` + its exact name, typed with its `detail`.
// - React 19 sets a prop as a property when the element has one by that name and as an attribute
//   otherwise, and adds `on<event-name>` props with addEventListener: no wrapper, no ref.
// examples/build.mjs type-checks this folder with `tsc` against the package's built types, then
// builds it with Vite; test/examples.test.ts runs the page.
import { useState } from 'react';
import type { RlsAssessment, SpasmStepChange } from 'leg-health-widgets';
import 'leg-health-widgets/rls-symptom-card.js';
import 'leg-health-widgets/spasm-relief-steps.js';
import { TwitchCheck } from './TwitchCheck.js';

const clinic = { name: 'Lakeside Family Clinic', phone: '555 0100', booking: 'https://example.org/book' };

export function App() {
  // The events carry results only, never the visitor's answers.
  const [rls, setRls] = useState<RlsAssessment | null>(null);
  const [step, setStep] = useState<SpasmStepChange | null>(null);
  const [eased, setEased] = useState<boolean | null>(null);

  return (
    <main>
      <h1>Leg health</h1>

      <TwitchCheck />

      <rls-symptom-card
        clinic-name={clinic.name}
        clinic-phone={clinic.phone}
        booking-url={clinic.booking}
        variant="compact"
        heading-level="2"
        onlhw-rls-result={(event) => setRls(event.detail)}
      />
      <p>
        RLS self-check:{' '}
        <output id="rls-result" data-pattern={rls?.pattern ?? ''}>
          {rls ? `${rls.pattern}${rls.seeClinician ? ', see a clinician' : ''}` : 'none yet'}
        </output>
      </p>

      <spasm-relief-steps
        mode="guided"
        muscle="calf"
        clinic-phone={clinic.phone}
        theme="auto"
        onlhw-step-change={(event) => setStep(event.detail)}
        onlhw-steps-complete={(event) => setEased(event.detail.eased)}
      />
      <p>
        Cramp steps:{' '}
        <output id="steps-result" data-step={step?.step ?? ''} data-eased={eased === null ? '' : String(eased)}>
          {eased !== null ? (eased ? 'the cramp eased' : 'all steps done') : step ? `step ${step.index + 1}: ${step.step}` : 'not started'}
        </output>
      </p>
    </main>
  );
}
