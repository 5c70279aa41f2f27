import type { TwitchContent } from '../twitch-content.js';

/**
 * Spanish text for `<twitch-redflag-check>`: the same facts, rules, sources and review dates as
 * `./en.ts`, written in plain, neutral Latin American Spanish ("usted") rather than
 * translated word for word, and kept as short as the English. Every fact rests on the clinical
 * brief (version 2, section B). A twitch is a "contracción muscular" (patients say the muscle
 * "brinca"), never a "tic", which in medical Spanish names a tic disorder.
 */
export const es: TwitchContent = {
  title: 'Contracciones musculares en la pierna: revise sus síntomas',
  safetyNote: 'Estas preguntas no dan un diagnóstico. En una emergencia, no las conteste.',
  appointmentSummary: {
    fileName: 'resumen-contracciones-pierna',
    ask: [
      '¿Con qué señales debo pedir ayuda ya mismo?',
      '¿Qué me puede causar esto? ¿Necesito una prueba?',
      '¿Puede alguna de mis medicinas ser la causa?',
    ],
  },
  about: {
    heading: 'Sobre las contracciones en la pierna',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'Una contracción muscular (fasciculación) es un pequeño brinco que un músculo hace solo. A casi todos les pasa. ' +
          'Las inofensivas suelen dar en un párpado, la pantorrilla o el pulgar, y se van en días.',
      },
      {
        paragraph:
          'Suelen causarlas el estrés o la preocupación, dormir poco, el ejercicio fuerte, la cafeína y otros estimulantes, ' +
          'y algunas medicinas, como diuréticos (pastillas para orinar), esteroides o estrógeno.',
      },
      {
        paragraph:
          'Rara vez son una emergencia, pero pueden tener una causa grave. ' +
          'Preocupan más si empiezan bastante de repente, con un músculo débil, flojo o más pequeño. ' +
          'Vea a un médico o una enfermera si duran o vuelven. Las que duran pueden venir de:',
      },
      {
        terms: [
          { term: 'Síndrome de fasciculaciones benignas', text: 'contracciones inofensivas que vuelven una y otra vez' },
          { term: 'Distonía', text: 'los músculos se tensan o se mueven solos' },
          {
            term: 'ELA (esclerosis lateral amiotrófica)',
            text: 'una enfermedad rara de la neurona motora, que daña los nervios que mueven los músculos',
          },
        ],
      },
    ],
  },
  check: {
    heading: 'Preguntas sobre sus contracciones',
    sources: [
      'nhs-stroke',
      'nhs-tia',
      'nhs-dvt',
      'nhs-gbs',
      'cauda-equina-leaflets',
      'nhs-tetanus',
      'nhs-statins',
      'mayo-rhabdomyolysis',
      'nhs-mnd',
      'nhs-twitching',
      'medlineplus-fasciculations',
      'houston-methodist-twitching',
    ],
    stepCount: ({ step, total }) => `Paso ${step} de ${total}`,
    back: 'Atrás',
    next: 'Siguiente',
    showResult: 'Ver mi resultado',
    unanswered: ({ count }) =>
      count === 1 ? 'Falta 1 pregunta por responder.' : `Faltan ${count} preguntas por responder.`,
  },
  emergencyScreen: {
    legend: '¿Tiene alguna de estas señales ahora, o la tuvo en las últimas 24 horas, aunque se le haya quitado?',
    summaryLabel: 'Señales de emergencia, ahora o en las últimas 24 horas',
    hint: 'Marque todas las que tenga.',
    signs: {
      breathingTrouble: {
        label: 'Le cuesta respirar',
        hint: 'No puede recuperar el aire, aunque esté quieto.',
      },
      chestPain: {
        label: 'Dolor, presión u opresión en el pecho',
        hint: 'Cualquier dolor o apretón en el pecho, aunque vaya y venga.',
      },
      suddenOneSidedWeakness: {
        label:
          'De repente siente débil o adormecido (dormido) la cara, un brazo, una pierna o un lado del cuerpo, o le cuesta hablar',
        hint: 'Por ejemplo, se le cae un lado de la cara o las palabras le salen mal. Aunque ya esté mejor.',
      },
      cannotSwallow: {
        label: 'No puede tragar',
        hint: 'La comida, la bebida o la saliva no le pasan.',
      },
      seizureOrCollapse: {
        label: 'Una convulsión (ataque), o se desmayó o se desplomó',
        hint: 'Temblores que no podía parar, perder el sentido o caerse.',
      },
      cannotMoveLeg: {
        label: 'De repente no puede mover una pierna ni pararse sobre ella',
        hint: 'No es solo dolor: la pierna no se mueve o no lo sostiene.',
      },
      bladderBowelOrSaddleNumbness: {
        label:
          'Ya no controla la orina o el excremento, o siente adormecido entre las piernas o alrededor de las nalgas',
        hint: 'Por ejemplo, no puede aguantar u orinar, o no siente el papel al limpiarse.',
      },
      tetanusSigns: {
        label: 'Después de una cortada, un pinchazo o una quemadura: la mandíbula rígida, o espasmos que se extienden por el cuerpo',
        hint: 'Sobre todo tras una herida sucia (tierra, un clavo oxidado).',
      },
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
      legend: '¿Tiene una pierna (no las dos) hinchada, o con dolor y la piel caliente, roja o más oscura de lo normal?',
    },
    weakness: {
      legend: '¿Siente débil la pierna, u otro músculo?',
      hint: 'Por ejemplo, tropieza, le cuestan las escaleras o la mano tiene poca fuerza.',
    },
    weaknessWorsening: {
      legend: '¿La debilidad está empeorando?',
    },
    lossOfTone: {
      legend: '¿Siente el músculo flojo o más blando de lo normal?',
    },
    muscleShrinking: {
      legend: '¿El músculo se ve más delgado o más pequeño que antes?',
      hint: 'Por ejemplo, una pantorrilla es más delgada que la otra.',
    },
    stiffness: {
      legend: '¿Siente el músculo rígido o tenso casi todo el tiempo?',
    },
    numbnessOrTingling: {
      legend: '¿Siente adormecida la pierna o el pie, o con hormigueo?',
      hint: 'Como alfileres, o siente menos que antes.',
    },
    suddenOnset: {
      legend: '¿Las contracciones empezaron de forma rápida, en unas horas o unos días?',
      hint: ({ emergency }) =>
        `Si empezaron poco a poco, responda No. Si una pierna se puso débil en minutos u horas, llame al ${emergency} ahora.`,
    },
    spreadingWeaknessOrNumbness: {
      legend: '¿La debilidad, el adormecimiento o el hormigueo se extienden en horas o días?',
      hint: 'Por ejemplo, suben desde los pies. Si no tiene nada de eso, responda No.',
    },
    longerThanTwoWeeks: {
      legend: '¿Hace más de 2 semanas que las tiene, aunque vayan y vengan?',
    },
    spreading: {
      legend: '¿Tiene contracciones en más de un lugar, o se pasan a otras partes?',
    },
    gradualSpeechOrSwallowChange: {
      legend: '¿Poco a poco ha empezado a arrastrar las palabras, o le cuesta más tragar?',
      hint: ({ emergency }) => `Si de repente le cuesta hablar, llame al ${emergency} ahora.`,
    },
    statinMuscleSymptoms: {
      legend: '¿Toma una medicina para el colesterol (estatina), y tiene dolor, sensibilidad, debilidad o calambres en los músculos?',
      hint: 'Si no toma una, responda No.',
    },
    darkUrine: {
      legend: '¿Tiene dolor o debilidad en los músculos, y la orina oscura como té o refresco de cola?',
      hint: 'Puede pasar tras ejercicio muy fuerte, mucho calor o una medicina nueva. Responda Sí también si orina muy poco.',
    },
    newMedicine: {
      legend: '¿Hace poco empezó o cambió una medicina que puede causar contracciones?',
      hint: 'Como diuréticos (pastillas para orinar), esteroides o estrógeno. No deje de tomar una medicina recetada por su cuenta.',
    },
  },
  triggers: {
    legend: '¿Alguna de estas cosas puede tener algo que ver?',
    hint: 'Marque todas las que tenga. Esto solo cambia los consejos.',
    options: {
      caffeine: 'La cafeína del café, el té o las bebidas energéticas',
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
      whatToDo: ({ emergency }) =>
        `Llame al ${emergency} ahora. No maneje usted mismo. Anote la hora en que empezaron las señales y dígala al llamar.`,
      whileWaiting: ({ emergency }) =>
        `No espere. Si empeora antes de que llegue la ayuda, vuelva a llamar al ${emergency}.`,
    },
    urgent: {
      label: 'Urgente:',
      heading: () => 'Busque atención médica hoy',
      whatToDo: ({ clinic }) =>
        `Llame a ${clinic} para que lo atiendan hoy. Si la clínica está cerrada, vaya a un centro de atención urgente (urgent care) o a una sala de emergencias.`,
    },
    soon: {
      label: 'No urgente:',
      heading: () => 'Pida una cita',
      whatToDo: ({ clinic }) => `Pida una cita con ${clinic} para los próximos días.`,
    },
    'self-care': {
      label: 'Cuidado en casa:',
      heading: () => 'Quizás baste con cuidarse en casa',
      whatToDo: () => 'Suelen ser inofensivas, y a menudo se quitan en unos días.',
    },
  },
  whatToDoLabel: 'Qué hacer',
  moreHelp: {
    label: 'Cuándo pedir más ayuda',
    headings: {
      soon: ({ clinic }) => `Pida una cita con ${clinic} si tiene:`,
      urgent: () => 'Busque atención médica hoy si tiene:',
      emergency: ({ emergency }) => `Llame al ${emergency} ahora si tiene:`,
    },
    soonIf: [
      'contracciones que duran más de 2 semanas o se pasan a otras partes',
      'un músculo que se pone débil, rígido, flojo o más delgado',
      'adormecimiento u hormigueo',
    ],
    urgentIf: [
      'una pierna que se hincha, o que duele con la piel caliente, roja o más oscura',
      'debilidad que empeora, o debilidad, adormecimiento u hormigueo que se extiende',
      'músculos adoloridos o débiles con la orina oscura, como té o refresco de cola',
      'contracciones con el corazón muy rápido o irregular, tras vomitar mucho o tener mucha diarrea, o si toma diuréticos (pastillas para orinar)',
    ],
    checkAgain: 'Si algo más cambia, vuelva a responder estas preguntas.',
  },
  reasonsLabel: 'Por qué este resultado',
  reasons: {
    'emergency-sign-unsure': 'No sabía si tenía una de las señales de emergencia. Por seguridad, trátela como si la tuviera.',
    'leg-swollen-warm-red':
      'Una pierna hinchada, o con dolor y la piel caliente, roja o más oscura, puede ser un coágulo. Se debe revisar hoy mismo. En un centro de atención urgente quizás no puedan buscar un coágulo.',
    'weakness-worsening': 'Si la debilidad empeora, se debe revisar hoy mismo.',
    'spreading-weakness-or-numbness':
      'La debilidad, el adormecimiento o el hormigueo que se extienden en horas o días se deben revisar hoy mismo.',
    'sudden-onset-with-weakness':
      'Las contracciones que empiezan de forma rápida, con un músculo débil, flojo o más pequeño, se deben revisar hoy mismo.',
    'statin-muscle-symptoms':
      'El dolor, la sensibilidad o la debilidad en los músculos con una medicina para el colesterol se deben revisar hoy mismo. Pregunte antes de tomar la próxima dosis.',
    'dark-urine': ({ emergency }) =>
      `Los músculos adoloridos o débiles con la orina oscura pueden ser daño en los músculos. Se debe revisar hoy mismo. Llame al ${emergency} si se siente muy mal.`,
    weakness: 'Hay que revisar un músculo débil.',
    'loss-of-tone': 'Hay que revisar un músculo flojo o blando.',
    'muscle-shrinking': 'Hay que revisar un músculo que se ve más delgado que antes.',
    stiffness: 'Hay que revisar un músculo rígido o tenso casi todo el tiempo.',
    'numbness-or-tingling': 'Hay que revisar el adormecimiento o el hormigueo.',
    'gradual-speech-swallow-change': 'Hay que revisar si arrastra las palabras o le cuesta más tragar, aunque sea poco a poco.',
    'longer-than-two-weeks': 'Hay que revisar las contracciones que duran más de 2 semanas.',
    spreading: 'Hay que revisar las contracciones en más de un lugar o que se pasan a otras partes.',
    'new-medicine':
      'Un médico o una enfermera puede ver si una medicina es la causa. No deje de tomar una medicina recetada por su cuenta.',
    'sudden-onset-alone':
      'Que empiecen de repente no suele ser grave si el músculo no está débil, flojo ni más delgado.',
    'no-warning-signs': 'Ninguna de sus respuestas indica una señal de alarma.',
  },
  signReason: ({ sign }) => `Marcó “${sign}”.`,
  triggerAdviceLabel: 'Lo que le puede ayudar',
  triggerAdvice: {
    caffeine: 'Puede ayudar tomar menos café, té, cola y otras bebidas con cafeína.',
    stress: 'Puede ayudar relajarse un rato al día; un médico o una enfermera le puede ayudar con el estrés.',
    poorSleep: 'Puede ayudar acostarse a la misma hora y dormir lo suficiente.',
    hardExercise: 'Puede ayudar descansar entre sesiones fuertes.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
