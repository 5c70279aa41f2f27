import type { SharedContent } from '../text-types.js';

/** Spanish strings every element shares (neutral Latin American Spanish, "usted"). */
export const es: SharedContent = {
  notDiagnosis: 'Esta es información general de salud, no un diagnóstico. Solo un médico o una enfermera puede decirle qué le pasa.',
  aboutHeading: 'Sobre esta información',
  sourcesLabel: 'Fuentes',
  lastReviewedLabel: 'Última revisión',
  nextReviewLabel: 'Próxima revisión',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  date: ({ day, month, year }) => `${day} de ${month} de ${year}`,
  callNumber: ({ number }) => `Llame al ${number}`,
  callClinic: ({ clinic, phone }) => `Llame a ${clinic} al ${phone}`,
  bookAppointment: ({ clinic }) => `Pida una cita con ${clinic}`,
  yourClinic: 'su clínica',
  contactLabel: 'Contacto',
  answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
  startAgain: 'Empezar de nuevo',
};
