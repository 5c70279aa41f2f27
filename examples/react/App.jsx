// React 19 renders custom elements natively: no wrapper component is needed.
// - A prop whose name is a property of the element (`theme`, `clinicPhone`) is set as that
//   property; any other prop (`clinic-name`) is set as an attribute. Kebab-case attribute names
//   work exactly as in HTML.
// - A function prop named `on` + the exact event name (`onlhw-twitch-result`) is added with
//   addEventListener, so custom events need no ref and no useEffect.
import { useState } from 'react';
// Registers <twitch-redflag-check> (the npm package's ES module; Lit is shared with your app).
import 'leg-health-widgets/twitch-redflag-check.js';

const clinic = { name: 'Lakeside Family Clinic', phone: '555 0100', booking: 'https://example.org/book' };

export function App() {
  // `detail` is `{ level, reasons }`; it carries none of the visitor's answers.
  const [result, setResult] = useState(null);

  return (
    <main>
      <h1>Leg health</h1>
      <twitch-redflag-check
        clinic-name={clinic.name}
        clinic-phone={clinic.phone}
        booking-url={clinic.booking}
        emergency-number="911"
        onlhw-twitch-result={(event) => setResult(event.detail)}
      />
      <p>
        Result seen by React:{' '}
        <output id="react-result" data-level={result?.level ?? ''}>
          {result ? `${result.level} (${result.reasons.join(', ')})` : 'none yet'}
        </output>
      </p>
    </main>
  );
}
