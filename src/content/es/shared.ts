import type { SharedContent } from '../types.js';

export const shared: SharedContent = {
  notDiagnosis: 'Esta es información general de salud, no un diagnóstico. Solo un médico o una enfermera puede decirle qué le pasa.',
  aboutHeading: 'Sobre esta información',
  sourcesLabel: 'Fuentes',
  lastReviewedLabel: 'Última revisión',
  nextReviewLabel: 'Próxima revisión',
  callEmergency: (number) => `Llame al ${number}`,
  callClinic: (clinic, phone) => `Llame a ${clinic} al ${phone}`,
  bookAppointment: (clinic) => `Pida una cita con ${clinic}`,
  yourClinic: 'su clínica',
  contactLabel: 'Contacto',
  answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
  startAgain: 'Empezar de nuevo',
};
