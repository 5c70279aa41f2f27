import type { SpasmContent } from '../../spasm-relief-steps/spasm-content.js';

/**
 * Spanish text for `<spasm-relief-steps>`: the same facts, sources and review dates as the
 * English, written anew in plain, neutral Latin American Spanish with "usted". Pain relief is
 * shown only as a way to ease soreness after a cramp, never as a way to stop one. Every section
 * scores 70 or more on the Fernández-Huerta readability formula.
 */
export const spasm: SpasmContent = {
  title: 'Alivie un calambre en la pierna',
  intro: [
    {
      paragraph:
        'Un calambre, o espasmo, es cuando un músculo de la pierna se tensa solo y duele. ' +
        'Dura de segundos a unos 10 minutos. El músculo le puede doler hasta un día.',
    },
  ],
  stepsHeading: 'Pasos para aliviar un calambre',
  steps: {
    stretch: {
      heading: 'Estire el músculo',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: 'Para la pantorrilla (atrás, bajo la rodilla):' },
          {
            list: [
              'Ponga la pierna recta.',
              'Jale con suavidad los dedos del pie hacia la espinilla.',
              'Siga así hasta que el calambre se calme. Pare si le duele más.',
            ],
          },
        ],
        thigh: [
          { paragraph: 'Para el muslo:' },
          { list: ['Estire con suavidad el músculo tenso.', 'Siga así hasta que el calambre se calme. Pare si le duele más.'] },
        ],
        foot: [
          { paragraph: 'Para el pie:' },
          {
            list: [
              'Jale con suavidad los dedos del pie hacia la espinilla.',
              'Siga así hasta que el calambre se calme. Pare si le duele más.',
            ],
          },
        ],
      },
    },
    massage: {
      heading: 'Frote el músculo',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Frótelo con las manos o un rodillo de masaje.' }],
    },
    walk: {
      heading: 'Póngase de pie y camine',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Párese sobre la pierna del calambre y luego camine.' }],
    },
    'heat-ice': {
      heading: 'Use calor o frío',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            { term: 'Calor', text: 'Una compresa caliente o almohadilla térmica mientras el músculo esté tenso.' },
            { term: 'Frío', text: 'Una bolsa de hielo después, cuando el músculo duela.' },
          ],
        },
      ],
      cautions: {
        heading: 'Calor y frío sin riesgos',
        body: [
          {
            list: [
              'Ponga un paño entre la piel y la bolsa o compresa.',
              'Úsela 15 a 20 minutos como máximo.',
              'Nunca se duerma con ella puesta.',
              'Ponga la almohadilla térmica en nivel medio o bajo.',
              'Nunca la use sobre piel dormida o con hormigueo.',
              '¿Tiene diabetes o mala circulación? Pregunte antes a un profesional de salud.',
            ],
          },
        ],
      },
    },
    'pain-relief': {
      heading: 'Después del calambre: alivie el dolor',
      sources: ['nhs-leg-cramps', 'dailymed-otc-labels', 'fda-nsaid-pregnancy'],
      body: [
        {
          paragraph:
            'Las medicinas para el dolor son muy lentas para quitar un calambre, pero luego el ibuprofeno ' +
            'o el acetaminofén (paracetamol) pueden calmar el dolor. Siga la etiqueta.',
        },
      ],
      cautions: [
        {
          heading: 'Ibuprofeno: pregunte antes',
          body: [
            { paragraph: 'Pregunte antes a un farmacéutico o a un profesional de salud si:' },
            {
              list: [
                'está embarazada (desde la semana 20, tómelo solo si un profesional de salud se lo dice)',
                'tiene asma',
                'ha tenido úlcera o sangrado en el estómago',
                'tiene una enfermedad del corazón, el hígado o los riñones',
                'toma un anticoagulante (para diluir la sangre) o un esteroide',
                'tiene 60 años o más',
                'toma 3 o más bebidas con alcohol al día',
              ],
            },
          ],
        },
        {
          heading: 'Acetaminofén: pregunte antes',
          body: [
            { paragraph: 'Lea las etiquetas: nunca tome dos productos que lo tengan.' },
            { paragraph: 'Pregunte antes a un farmacéutico o a un profesional de salud si:' },
            {
              list: [
                'tiene una enfermedad del hígado',
                'toma mucho alcohol',
                'toma warfarina, un anticoagulante',
                'pesa menos de 50 kg (110 libras)',
              ],
            },
            {
              paragraph:
                'Nunca tome más del límite diario de la etiqueta (4 gramos para un adulto). ' +
                'Si tomó de más, busque ayuda médica ya, aunque se sienta bien.',
            },
          ],
        },
      ],
    },
  },
  guided: {
    stepCount: (step, total) => `Paso ${step} de ${total}`,
    back: 'Atrás',
    next: 'Siguiente',
    finish: 'Terminar',
    eased: 'Listo, ya se calmó',
    aftercareHeading: 'Cuidados después de un calambre',
    // Shown both after "Listo, ya se calmó" and after "Terminar", so it must not assume the
    // cramp has stopped.
    aftercareIntro:
      'El músculo le puede doler hasta un día. Si un calambre dura más de 10 minutos, busque atención médica hoy.',
    startOver: 'Volver a empezar',
  },
  timer: {
    heading: (minutes) => `Temporizador de calor o frío (${minutes} minutos)`,
    start: 'Iniciar temporizador',
    pause: 'Pausar',
    resume: 'Continuar',
    reset: 'Reiniciar',
    timeLeft: (clock) => `Quedan ${clock}`,
    ended: 'Se acabó el tiempo. Quítese la compresa.',
  },
  help: {
    heading: 'Cuándo buscar ayuda',
    sources: ['nhs-leg-cramps', 'nhs-dvt'],
    urgent: {
      label: 'Urgente:',
      heading: 'Busque atención médica hoy si:',
      items: [
        'una pierna está hinchada, caliente, roja o más oscura (podría ser un coágulo de sangre)',
        'un calambre dura más de 10 minutos',
        'le dan calambres tras una herida que pudo tener gérmenes del tétanos',
      ],
      emergencyNote: ({ emergency }) =>
        `Llame al ${emergency} ya si tiene una pierna hinchada con dolor de pecho o falta de aire, ` +
        `o si tras una herida tiene la mandíbula rígida o espasmos en todo el cuerpo.`,
    },
    soon: {
      label: 'No urgente:',
      heading: 'Pida una cita si:',
      items: [
        'le dan calambres a menudo',
        'los calambres no le dejan dormir bien',
        'los calambres vienen con hinchazón, debilidad o falta de sensación',
      ],
    },
  },
  prevention: {
    heading: 'Cómo evitar los calambres',
    sources: ['nhs-leg-cramps', 'coppin-2005'],
    body: [
      {
        paragraph:
          'Estirar las pantorrillas de día y antes de acostarse puede ayudar a evitar calambres de noche, ' +
          'pero los estudios no coinciden.',
      },
    ],
  },
  twitching: {
    text: 'Un músculo que tiembla o da saltitos (tics) no tiene un calambre.',
    goToCheck: 'Ir a las preguntas sobre tics',
    askClinician: 'Los tics suelen ser inofensivos. Consulte a un profesional de salud si duran o vienen con debilidad.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
