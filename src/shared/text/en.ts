import type { SharedContent } from '../text-types.js';

/** English strings every element shares. */
export const en: SharedContent = {
  notDiagnosis: 'This is general health information, not a diagnosis. Only a doctor or nurse can tell you what is wrong.',
  aboutHeading: 'About this information',
  sourcesLabel: 'Sources',
  lastReviewedLabel: 'Last reviewed',
  nextReviewLabel: 'Next review due',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  date: ({ day, month, year }) => `${month} ${day}, ${year}`,
  callNumber: ({ number }) => `Call ${number}`,
  callClinic: ({ clinic, phone }) => `Call ${clinic} at ${phone}`,
  bookAppointment: ({ clinic }) => `Book an appointment with ${clinic}`,
  yourClinic: 'your clinic',
  contactLabel: 'Contact',
  answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  startAgain: 'Start again',
};
