import type { TwitchContent } from '../../twitch-redflag-check/twitch-content.js';

/**
 * Spanish text for `<twitch-redflag-check>`: the same facts, rules, sources and review dates as
 * `../en/twitch.ts`, written in plain, neutral Latin American Spanish ("usted") rather than
 * translated word for word, and kept as short as the English. Every fact rests on the clinical
 * brief (section B).
 */
export const twitch: TwitchContent = {
  title: 'Tics en la pierna: revise sus síntomas',
  safetyNote: ({ emergency }) =>
    `Estas preguntas no dan un diagnóstico. En una emergencia, no las conteste: llame al ${emergency} ahora.`,
  about: {
    heading: 'Sobre los tics en la pierna',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'Un tic (fasciculación) es un pequeño movimiento que un músculo hace solo. A casi todos les dan. ' +
          'Los inofensivos suelen dar en un párpado, la pantorrilla o el pulgar, y se van en días.',
      },
      {
        paragraph:
          'Suelen causarlos el estrés o la preocupación, dormir poco, el ejercicio fuerte, la cafeína y otros estimulantes, ' +
          'y algunas medicinas, como diuréticos (pastillas para orinar), esteroides o estrógeno.',
      },
      {
        paragraph:
          'Rara vez son una emergencia, pero pueden tener una causa grave. ' +
          'Preocupan más si empiezan más bien de repente, con un músculo débil, flojo o más pequeño. ' +
          'Consulte a un profesional de salud si duran o vuelven. Los tics que duran pueden venir de:',
      },
      {
        terms: [
          { term: 'Síndrome de fasciculación benigna', text: 'tics inofensivos que vuelven una y otra vez' },
          { term: 'Distonía', text: 'los músculos se tensan o se mueven solos' },
          {
            term: 'Enfermedad de la neurona motora o ELA',
            text: 'una enfermedad rara de los nervios que controlan los músculos',
          },
        ],
      },
    ],
  },
  check: {
    heading: 'Preguntas sobre sus tics',
    sources: [
      'nhs-stroke',
      'nhs-dvt',
      'nhs-mnd',
      'nhs-twitching',
      'medlineplus-fasciculations',
      'houston-methodist-twitching',
    ],
    stepCount: (step, total) => `Paso ${step} de ${total}`,
    back: 'Atrás',
    next: 'Siguiente',
    showResult: 'Ver mi resultado',
    unanswered: (count) =>
      count === 1 ? 'Falta 1 pregunta por responder.' : `Faltan ${count} preguntas por responder.`,
  },
  emergencyScreen: {
    heading: 'Primero, las señales de emergencia',
    legend: '¿Tiene alguna de estas señales ahora mismo?',
    hint: 'Marque todas las que tenga.',
    signs: {
      breathingTrouble: 'Le cuesta respirar o le falta el aire',
      chestPain: 'Dolor en el pecho',
      suddenOneSidedWeakness:
        'Señales repentinas de derrame cerebral: se le cae un lado de la cara, ' +
        'siente débil o dormido un lado del cuerpo, o le cuesta hablar',
      cannotSwallow: 'No puede tragar',
      seizureOrCollapse: 'Una convulsión o un desmayo',
    },
    unsure: 'No sé si tengo alguna de estas',
    none: 'Ninguna de estas',
    chooseOne: 'Marque una o más, o “Ninguna de estas”.',
  },
  steps: {
    muscles: 'Su pierna y sus músculos',
    course: 'Cómo empezaron y cambiaron',
    causes: 'Posibles causas',
  },
  questions: {
    legSwollenWarmRed: {
      legend: '¿Le duele una pierna y además está hinchada, caliente, roja o más oscura de lo normal?',
    },
    weakness: {
      legend: '¿Siente débil o rígida la zona de los tics?',
      hint: 'Por ejemplo, tropieza más, le cuestan las escaleras o la mano tiene poca fuerza.',
    },
    weaknessWorsening: {
      legend: '¿La debilidad está empeorando?',
      hint: 'Si no siente debilidad, responda No.',
    },
    lossOfTone: {
      legend: '¿Siente el músculo flojo o más blando de lo normal?',
    },
    muscleShrinking: {
      legend: '¿El músculo se ve más delgado o más pequeño que antes?',
      hint: 'Por ejemplo, una pantorrilla es más delgada que la otra.',
    },
    suddenOnset: {
      legend: '¿Los tics empezaron más bien de repente, en unas horas o unos días?',
      hint: 'Si empezaron poco a poco, responda No.',
    },
    longerThanTwoWeeks: {
      legend: '¿Tiene los tics hace más de 2 semanas, aunque vayan y vengan?',
    },
    spreading: {
      legend: '¿Tiene tics en más de un lugar, o se pasan a otras partes?',
    },
    gradualSpeechOrSwallowChange: {
      legend: '¿Poco a poco ha empezado a arrastrar las palabras, o le cuesta más tragar?',
      hint: 'Si de repente le cuesta hablar, llame ya para pedir ayuda.',
    },
    newMedicine: {
      legend: '¿Hace poco empezó o cambió una medicina que puede causar tics?',
      hint: 'Como diuréticos (pastillas para orinar), esteroides o estrógeno. No deje una medicina recetada por su cuenta.',
    },
  },
  triggers: {
    legend: '¿Alguna de estas cosas puede tener algo que ver?',
    hint: 'Marque todas las que tenga. Esto solo cambia los consejos.',
    options: {
      caffeine: 'La cafeína del café, el té o las bebidas de energía',
      stress: 'El estrés o la preocupación',
      poorSleep: 'Dormir poco',
      hardExercise: 'Hacer ejercicio fuerte',
      none: 'Ninguna de estas',
    },
  },
  results: {
    emergency: {
      label: 'Emergencia:',
      heading: ({ emergency }) => `Llame al ${emergency} ahora`,
      whatToDo: ({ emergency }) => `Llame al ${emergency} ahora. Tiene una señal que necesita ayuda de inmediato.`,
      watchFor: ({ emergency }) =>
        `No espere. Si empeora antes de que llegue la ayuda, vuelva a llamar al ${emergency}.`,
    },
    urgent: {
      label: 'Urgente:',
      heading: () => 'Busque atención médica hoy',
      whatToDo: ({ clinic }) =>
        `Pida a ${clinic} que le atiendan hoy, o vaya a un centro de atención urgente (urgent care) si está cerrado.`,
      watchFor: ({ emergency }) =>
        `Llame al ${emergency} ahora si le falta el aire, le duele el pecho, tiene una convulsión o un desmayo, no puede tragar, ` +
        'o tiene señales repentinas de derrame cerebral: se le cae un lado de la cara, ' +
        'siente débil o dormido un lado del cuerpo, o le cuesta hablar.',
    },
    soon: {
      label: 'No urgente:',
      heading: () => 'Pida una cita',
      whatToDo: ({ clinic }) => `Pida una cita con ${clinic} para los próximos días.`,
      watchFor: ({ clinic, emergency }) =>
        `Si la debilidad empeora, o una pierna le duele y está hinchada, caliente, roja o más oscura, pida a ${clinic} ` +
        'que le atiendan hoy, o vaya a un centro de atención urgente si está cerrado. ' +
        'Si algo más cambia, vuelva a responder estas preguntas. ' +
        `Llame al ${emergency} ahora si le falta el aire, le duele el pecho, tiene una convulsión o un desmayo, no puede tragar, ` +
        'o tiene señales repentinas de derrame cerebral: se le cae un lado de la cara, ' +
        'siente débil o dormido un lado del cuerpo, o le cuesta hablar.',
    },
    'self-care': {
      label: 'Cuidado en casa:',
      heading: () => 'Quizás baste con cuidarse en casa',
      whatToDo: () =>
        'Suelen ser inofensivos. Puede ayudar reducir la cafeína, el estrés, la falta de sueño o el ejercicio fuerte.',
      watchFor: ({ clinic, emergency }) =>
        `Pida una cita con ${clinic} si los tics duran más de 2 semanas o se pasan a otras partes, ` +
        'o si el músculo se pone débil, rígido, flojo o más delgado. Si algo más cambia, vuelva a responder estas preguntas. ' +
        `Llame al ${emergency} ahora si le falta el aire, le duele el pecho, tiene una convulsión o un desmayo, no puede tragar, ` +
        'o tiene señales repentinas de derrame cerebral: se le cae un lado de la cara, ' +
        'siente débil o dormido un lado del cuerpo, o le cuesta hablar.',
    },
  },
  whatToDoLabel: 'Qué hacer',
  watchForLabel: 'Cuándo pedir más ayuda',
  reasonsLabel: 'Por qué este resultado',
  reasons: {
    'breathing-trouble':
      'Si le cuesta respirar, necesita ayuda de inmediato, más aún con una pierna hinchada (puede ser un coágulo).',
    'chest-pain': 'El dolor de pecho necesita ayuda de inmediato, más aún con una pierna hinchada (puede ser un coágulo).',
    'sudden-one-sided-weakness': 'Las señales repentinas de derrame cerebral necesitan ayuda de inmediato.',
    'cannot-swallow': 'Si no puede tragar, necesita ayuda de inmediato.',
    'seizure-or-collapse': 'Una convulsión o un desmayo necesita ayuda de inmediato.',
    'leg-swollen-warm-red':
      'Una pierna que duele y está hinchada, caliente, roja o más oscura puede ser un coágulo. Se debe revisar hoy mismo.',
    'weakness-worsening': 'Si la debilidad empeora, se debe revisar hoy mismo.',
    'sudden-onset-with-weakness':
      'Los tics que empiezan más bien de repente, con un músculo débil, flojo o más pequeño, se deben revisar hoy mismo.',
    weakness: 'Hay que revisar un músculo débil o rígido.',
    'loss-of-tone': 'Hay que revisar un músculo flojo o blando.',
    'muscle-shrinking': 'Hay que revisar un músculo que se ve más delgado que antes.',
    'gradual-speech-swallow-change': 'Hay que revisar si arrastra las palabras o le cuesta más tragar, aunque sea poco a poco.',
    'longer-than-two-weeks': 'Hay que revisar los tics que duran más de 2 semanas.',
    spreading: 'Hay que revisar los tics en más de un lugar o que se pasan a otras partes.',
    'new-medicine': 'Un profesional de salud puede ver si una medicina es la causa. No deje una medicina recetada por su cuenta.',
    'no-warning-signs': 'No tiene ninguna de las señales de alarma de estas preguntas.',
  },
  triggerAdviceLabel: 'Lo que le puede ayudar',
  triggerAdvice: {
    caffeine: 'Puede ayudar tomar menos café, té, cola o bebidas de energía.',
    stress: 'Puede ayudar relajarse un rato al día; un profesional de salud le puede ayudar con el estrés.',
    poorSleep: 'Puede ayudar acostarse a la misma hora y dormir lo suficiente.',
    hardExercise: 'Puede ayudar descansar entre sesiones fuertes.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
