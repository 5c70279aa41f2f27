import type { Block } from '../../shared/text-types.js';
import type { SpasmContent } from '../spasm-content.js';

/** The two thigh stretches: in the stretch step, and again under prevention. */
const thighStretches: readonly Block[] = [
  { paragraph: 'Para la parte de atrás del muslo:' },
  { list: ['Siéntese con la pierna estirada al frente.', 'Inclínese hacia adelante con suavidad hasta sentir el estiramiento.'] },
  { paragraph: 'Para la parte de adelante del muslo:' },
  { list: ['Agárrese de una silla.', 'Doble la rodilla y jale el pie hacia las nalgas.'] },
];

/**
 * Spanish text for `<spasm-relief-steps>`: the same facts, sources and review dates as the
 * English, written anew in plain, neutral Latin American Spanish with "usted". Pain relief is
 * shown only as a way to ease soreness after a cramp, never as a way to stop one. Every section
 * scores 70 or more on the Fernández-Huerta readability formula.
 */
export const es: SpasmContent = {
  title: 'Alivie un calambre en la pierna',
  intro: [
    {
      paragraph:
        'Un calambre, o espasmo, es cuando un músculo de la pierna se tensa solo y duele. ' +
        'Dura de segundos a unos 10 minutos. El músculo le puede doler hasta un día.',
    },
  ],
  checkFirst: {
    heading: 'Antes de empezar: ¿podría ser un coágulo?',
    sources: ['nhs-dvt'],
    text:
      '¿Tiene una pierna (no las dos) hinchada, o con dolor y la piel caliente, roja o más oscura? Un coágulo se puede sentir como un calambre. ' +
      'Si es así, no la frote ni le ponga calor, y busque atención médica hoy.',
    emergency: ({ emergency }) => `Llame al ${emergency} ahora si además le duele el pecho o le falta el aire.`,
  },
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
              'Jale con suavidad los dedos del pie hacia usted, hacia la espinilla.',
              'Siga así hasta que el calambre se calme. Pare si le duele más.',
            ],
          },
        ],
        thigh: [...thighStretches, { paragraph: 'Siga así hasta que el calambre se calme. Pare si le duele más.' }],
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
              'Nunca la use sobre piel adormecida o con hormigueo.',
              '¿Tiene diabetes o mala circulación? Pregunte antes a un médico o una enfermera.',
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
            { paragraph: 'No lo tome junto con otras medicinas para el dolor como el naproxeno o la aspirina.' },
            { paragraph: 'Pregunte antes a un farmacéutico o a un médico si:' },
            {
              list: [
                'está embarazada (desde la semana 20, tómelo solo si un médico se lo dice)',
                'tiene asma',
                'ha tenido úlcera o sangrado en el estómago',
                'tiene una enfermedad del corazón, el hígado o los riñones, o la presión alta',
                'ha tenido un derrame cerebral',
                'toma un anticoagulante (para diluir la sangre), un esteroide o un diurético (pastilla para orinar)',
                'toma aspirina para el corazón',
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
            { paragraph: 'Pregunte antes a un farmacéutico o a un médico si:' },
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
                'Nunca tome más de lo que dice la etiqueta en 24 horas. Cuente los miligramos (mg), no las pastillas.',
            },
          ],
          overdose: {
            'poison-control': ({ poisonControl, emergency }) =>
              `¿Tomó más de lo indicado? Llame ya a Control de Envenenamientos al ${poisonControl}, aunque se sienta bien. ` +
              `Si se siente muy mal, llame al ${emergency}.`,
            emergency: ({ emergency }) => `¿Tomó más de lo indicado? Llame ya al ${emergency}, aunque se sienta bien.`,
          },
        },
      ],
    },
  },
  guided: {
    stepCount: ({ step, total }) => `Paso ${step} de ${total}`,
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
    heading: ({ minutes }) => `Temporizador de calor o frío (${minutes} minutos)`,
    start: 'Iniciar temporizador',
    pause: 'Pausar',
    resume: 'Continuar',
    reset: 'Reiniciar',
    timeLeft: ({ clock }) => `Quedan ${clock}`,
    ended: 'Se acabó el tiempo. Quítese la compresa.',
  },
  help: {
    heading: 'Cuándo buscar ayuda',
    sources: ['nhs-leg-cramps', 'nhs-inform-leg-cramps', 'nhs-dvt', 'nhs-tetanus', 'nhs-statins', 'mayo-rhabdomyolysis'],
    urgent: { label: 'Urgente:', heading: 'Busque atención médica hoy si:' },
    soon: { label: 'No urgente:', heading: 'Pida una cita si:' },
    emergencyHeading: ({ emergency }) => `Llame al ${emergency} ahora si:`,
    signs: {
      'clot-with-chest-or-breathing': 'le duele el pecho o le falta el aire, y una pierna podría tener un coágulo',
      'tetanus-signs': 'tras una herida, se le pone rígida la mandíbula o tiene espasmos que se extienden por el cuerpo',
      'one-leg-swollen':
        'tiene una pierna (no las dos) hinchada, o con dolor y la piel caliente, roja o más oscura (podría ser un coágulo de sangre)',
      'longer-than-ten-minutes': 'un calambre dura más de 10 minutos',
      'after-wound': 'le dan calambres tras una herida sucia (tierra, un clavo oxidado) y quizás no tenga al día la vacuna del tétanos',
      'statin-muscle-symptoms':
        'tiene dolor, sensibilidad o debilidad en los músculos con una medicina para el colesterol (estatina): pregunte antes de la próxima dosis',
      'dark-urine': 'tiene los músculos adoloridos o débiles y la orina oscura, como té o refresco de cola',
      frequent: 'le dan calambres a menudo',
      'disturb-sleep': 'los calambres no le dejan dormir bien',
      'both-legs-numb-or-weak': 'tiene las dos piernas o los tobillos hinchados, o los calambres vienen con adormecimiento o debilidad',
      'new-water-pill':
        'los calambres empezaron tras un diurético nuevo (pastilla para orinar): siga tomándolo hasta que pregunte',
    },
  },
  diary: {
    heading: 'Lleve un diario de calambres',
    intro: '¿Le dan calambres a menudo? Anote este para mostrarlo a su médico o enfermera. Conteste solo lo que quiera.',
    title: 'Diario de calambres en la pierna',
    muscleLegend: '¿Dónde fue el calambre?',
    muscles: { calf: 'Pantorrilla', thigh: 'Muslo', foot: 'Pie' },
    durationLegend: '¿Cuánto duró?',
    durations: { 'under-a-minute': 'Menos de un minuto', 'up-to-ten-minutes': 'De 1 a 10 minutos', 'over-ten-minutes': 'Más de 10 minutos' },
    helpedLegend: '¿Qué le ayudó?',
    nothingHelped: 'Nada le ayudó',
    signsLegend: '¿Tuvo alguna de estas cosas?',
    notNoted: 'Sin anotar',
    none: 'Ninguna',
    advice: {
      emergency: ({ emergency }) => `Llame al ${emergency} ahora.`,
      urgent: ({ clinic }) =>
        `Busque atención médica hoy. Llame a ${clinic}; si está cerrada, vaya a un centro de atención urgente (urgent care) o a una sala de emergencias.`,
      soon: ({ clinic }) => `Pida una cita con ${clinic}.`,
      'self-care': () => 'Nada indica que deba ir al médico. Traiga este diario si los calambres siguen.',
    },
  },
  appointmentSummary: {
    fileName: 'diario-calambres',
    ask: [
      '¿Qué puede causar mis calambres?',
      '¿Puede alguna de mis medicinas causarlos?',
      '¿Qué estiramientos me ayudarían más?',
    ],
  },
  prevention: {
    heading: 'Cómo evitar los calambres',
    sources: ['nhs-leg-cramps', 'coppin-2005', 'hallegraeff-2012', 'medlineplus-cramps', 'fda-quinine'],
    body: [
      {
        paragraph:
          'Estirar las pantorrillas de día y antes de acostarse puede ayudar a evitar calambres de noche, ' +
          'pero los estudios no coinciden. Para estirar una pantorrilla:',
      },
      {
        list: [
          'Párese frente a una pared y apoye las manos en ella.',
          'Dé un paso atrás con un pie y deje ese talón en el suelo.',
          'Inclínese hacia adelante hasta sentir que se estira la pantorrilla.',
          'Aguante de 10 a 30 segundos. Hágalo unas veces con cada pierna.',
        ],
      },
      { paragraph: 'Estirar los muslos también puede ayudar.' },
      ...thighStretches,
      {
        paragraph:
          'No use pastillas de quinina ni agua tónica para los calambres. La FDA advierte que pueden causar sangrados graves y problemas del ritmo del corazón.',
      },
    ],
  },
  twitching: {
    text: 'Un músculo que brinca o tiembla solo no es un calambre.',
    goToCheck: 'Ir a las preguntas sobre contracciones musculares',
    askClinician: 'Esas contracciones suelen ser inofensivas. Vea a un médico o una enfermera si duran o vienen con debilidad.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
