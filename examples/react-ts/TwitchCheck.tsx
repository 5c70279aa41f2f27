import { useState } from 'react';
import type { CareLevel } from 'leg-health-widgets';
import type {} from 'leg-health-widgets/react'; // the widgets in React's JSX types (once per project)
import 'leg-health-widgets/twitch-redflag-check.js'; // registers <twitch-redflag-check>

export function TwitchCheck() {
  const [level, setLevel] = useState<CareLevel | null>(null);
  return (
    <>
      <twitch-redflag-check
        clinic-name="Lakeside Family Clinic"
        clinic-phone="555 0100"
        onlhw-twitch-result={(event) => setLevel(event.detail.level)}
      />
      <p>
        Result: <output id="twitch-level">{level ?? 'none yet'}</output>
      </p>
    </>
  );
}
