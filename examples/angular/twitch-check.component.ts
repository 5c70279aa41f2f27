import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { CareLevel } from 'leg-health-widgets';
import 'leg-health-widgets/twitch-redflag-check.js';

@Component({
  selector: 'app-twitch-check',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <twitch-redflag-check
      [attr.clinic-name]="clinicName"
      clinic-phone="555 0100"
      (lhw-twitch-result)="onResult($event)"
    ></twitch-redflag-check>
    <p>Result: {{ level ?? 'none yet' }}</p>
  `,
})
export class TwitchCheckComponent {
  clinicName = 'Lakeside Family Clinic';
  level: CareLevel | null = null;

  // The define module adds the widget's events to the DOM's HTMLElementEventMap, where Angular's
  // template type check (strictTemplates) finds the type of $event.
  onResult(event: HTMLElementEventMap['lhw-twitch-result']) {
    this.level = event.detail.level;
  }
}
