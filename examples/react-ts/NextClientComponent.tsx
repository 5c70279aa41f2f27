'use client';

import { useEffect, useState } from 'react';
import type { CareLevel } from 'leg-health-widgets';
import type {} from 'leg-health-widgets/react';

export function TwitchCheck() {
  const [level, setLevel] = useState<CareLevel | null>(null);
  useEffect(() => {
    // Registers <twitch-redflag-check> in the browser only (the server never loads the widget).
    void import('leg-health-widgets/twitch-redflag-check.js');
  }, []);
  return (
    <>
      <twitch-redflag-check
        clinic-name="Lakeside Family Clinic"
        clinic-phone="555 0100"
        onlhw-twitch-result={(event) => setLevel(event.detail.level)}
      >
        <h2>Leg twitching: check your symptoms</h2>
        <p>
          Most leg twitches are harmless. Call 911 now if you have chest pain, trouble breathing,
          a drooping face, or sudden weakness or numbness in an arm or a leg, even if it went away.
        </p>
      </twitch-redflag-check>
      <p>Result: {level ?? 'none yet'}</p>
    </>
  );
}
