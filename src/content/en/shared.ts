import type { SharedContent } from '../types.js';

export const shared: SharedContent = {
  notDiagnosis: 'This is general health information, not a diagnosis. Only a doctor or nurse can tell you what is wrong.',
  aboutHeading: 'About this information',
  sourcesLabel: 'Sources',
  lastReviewedLabel: 'Last reviewed',
  nextReviewLabel: 'Next review due',
  callEmergency: (number) => `Call ${number}`,
  callClinic: (clinic, phone) => `Call ${clinic} at ${phone}`,
  bookAppointment: (clinic) => `Book an appointment with ${clinic}`,
  yourClinic: 'your clinic',
  contactLabel: 'Contact',
  answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  startAgain: 'Start again',
};
