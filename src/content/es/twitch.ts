import type { TwitchContent } from '../../twitch-redflag-check/twitch-content.js';

/**
 * Spanish text for `<twitch-redflag-check>`: the same facts, rules, sources and review dates as
 * `../en/twitch.ts`, written in plain, neutral Latin American Spanish ("usted") rather than
 * translated word for word. Every fact rests on the clinical brief (section B).
 */
export const twitch: TwitchContent = {
  title: 'Tics en los músculos de la pierna: revise sus síntomas',
  safetyNote: ({ emergency }) =>
    `Estas preguntas no le dan un diagnóstico. Si es una emergencia, no las conteste: llame al ${emergency} ahora.`,
  about: {
    heading: 'Sobre los tics en la pierna',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'Un tic muscular es un pequeño movimiento de un músculo que pasa por sí solo. ' +
          'Usted no lo hace a propósito. Por eso también se le dice contracción involuntaria o espasmo. ' +
          'Los médicos lo llaman fasciculación.',
      },
      {
        paragraph:
          'A la mayoría de las personas les dan tics alguna vez. ' +
          'Los tics que no hacen daño suelen salir en un párpado, en la pantorrilla o en el dedo pulgar. ' +
          'Por lo general, se van en pocos días.',
      },
      { paragraph: 'Estas son algunas cosas comunes que pueden causar un tic:' },
      {
        list: [
          'el estrés o la preocupación (ansiedad)',
          'dormir poco',
          'el ejercicio muy fuerte',
          'la cafeína y otros estimulantes, que son cosas que le dan energía',
          'algunas medicinas, como los diuréticos (pastillas para orinar), los esteroides o el estrógeno',
        ],
      },
      {
        paragraph:
          'La mayoría de las veces, los tics no son una emergencia. ' +
          'Pero a veces hay un problema de salud grave detrás de ellos.',
      },
      {
        paragraph:
          'Un neurólogo es un médico que trata los nervios y el cerebro. ' +
          'Un neurólogo explica que los tics preocupan más si empiezan más bien de repente y, además, hay alguna de estas cosas:',
      },
      {
        list: [
          'debilidad',
          'pérdida del tono muscular: el músculo se siente flojo o blando',
          'el músculo se hace más pequeño o más delgado',
        ],
      },
      {
        paragraph:
          'Si los tics no se quitan o vuelven una y otra vez, pida una cita con un profesional de salud, como un médico o una enfermera. ' +
          'También es buena idea ir a consulta si:',
      },
      {
        list: [
          'los tics duran más de 2 semanas',
          'los tiene en más de un lugar, o se pasan a otras partes',
          'la zona se siente débil o rígida',
          'usted cree que una medicina se los puede estar causando',
        ],
      },
      {
        paragraph:
          'No deje de tomar por su cuenta una medicina que le recetaron. Primero hable con un profesional de salud.',
      },
      {
        paragraph:
          'Cuando los tics duran mucho tiempo, un profesional de salud puede buscar la causa. Hay algunas causas posibles:',
      },
      {
        terms: [
          {
            term: 'Síndrome de fasciculación benigna',
            text: 'Benigna quiere decir que no hace daño. Con este problema, los tics vuelven una y otra vez.',
          },
          {
            term: 'Distonía',
            text: 'Es un problema que hace que los músculos se tensen o se muevan sin que usted quiera.',
          },
          {
            term: 'Enfermedad de la neurona motora, también llamada esclerosis lateral amiotrófica (ELA)',
            text: 'Esta enfermedad daña los nervios que controlan los músculos. Es una causa poco común de tics.',
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
        'Señales de un derrame cerebral que empezaron de repente: se le cae un lado de la cara, ' +
        'siente débil o dormido un lado del cuerpo, o le cuesta hablar',
      cannotSwallow: 'No puede tragar',
      seizureOrCollapse: 'Una convulsión o un desmayo',
    },
    unsure: 'No sé si tengo alguna de estas',
    none: 'Ninguna de estas',
    chooseOne: 'Elija al menos una respuesta. Si no tiene ninguna de estas señales, marque “Ninguna de estas”.',
  },
  steps: {
    muscles: 'Su pierna y sus músculos',
    course: 'Cómo empezaron y cambiaron los tics',
    causes: 'Qué los podría causar',
  },
  questions: {
    legSwollenWarmRed: {
      legend: '¿Le duele una pierna y, además, está hinchada, caliente, roja o más oscura de lo normal?',
      hint: 'Esto puede ser señal de un coágulo de sangre en una vena.',
    },
    weakness: {
      legend: '¿Siente débil o rígida la zona donde le dan los tics?',
      hint: 'Por ejemplo, se tropieza más que antes, le cuesta más subir escaleras o tiene poca fuerza para agarrar cosas.',
    },
    weaknessWorsening: {
      legend: 'Si siente debilidad, ¿se está poniendo peor?',
      hint: 'Si no siente debilidad, responda No.',
    },
    lossOfTone: {
      legend: '¿Siente el músculo flojo o más blando de lo normal?',
      hint: 'Los médicos llaman a esto pérdida del tono muscular.',
    },
    muscleShrinking: {
      legend: '¿El músculo se ve más delgado o más pequeño que antes?',
      hint: 'Por ejemplo, una pantorrilla se ve más delgada que la otra.',
    },
    suddenOnset: {
      legend: '¿Los tics empezaron más bien de repente, en unas horas o unos días?',
      hint: 'Si empezaron poco a poco, responda No.',
    },
    longerThanTwoWeeks: {
      legend: '¿Hace más de 2 semanas que tiene los tics?',
      hint: 'Cuente todo ese tiempo, aunque los tics vayan y vengan.',
    },
    spreading: {
      legend: '¿Tiene tics en más de un lugar, o se están pasando a otras partes?',
    },
    gradualSpeechOrSwallowChange: {
      legend: '¿Poco a poco ha empezado a arrastrar las palabras al hablar, o le cuesta más tragar?',
      hint: 'Esta pregunta es sobre cambios lentos. Si de repente le cuesta hablar, es una emergencia: llame ya para pedir ayuda.',
    },
    newMedicine: {
      legend: '¿Hace poco empezó o cambió alguna medicina que podría causar tics?',
      hint:
        'Por ejemplo, diuréticos (pastillas para orinar), esteroides o estrógeno. ' +
        'Siga tomando sus medicinas recetadas hasta que hable con un profesional de salud.',
    },
  },
  triggers: {
    legend: '¿Cree que alguna de estas cosas puede tener algo que ver?',
    hint: 'Marque todas las que tenga. Lo que marque aquí no cambia su resultado, solo nos dice qué consejos le vamos a dar.',
    options: {
      caffeine: 'Cafeína, como la del café, el té o las bebidas energéticas',
      stress: 'Estrés o preocupación',
      poorSleep: 'Dormir poco',
      hardExercise: 'Hacer ejercicio muy fuerte',
      none: 'Ninguna de estas',
    },
  },
  results: {
    emergency: {
      label: 'Emergencia:',
      heading: ({ emergency }) => `Llame al ${emergency} ahora`,
      whatToDo: ({ emergency }) =>
        `Llame al ${emergency} ahora. En sus respuestas hay una señal que podría ser grave. Necesita ayuda de inmediato.`,
      watchFor: ({ emergency }) =>
        `No espere a ver si las señales se le quitan. Si algo cambia o se pone peor antes de que llegue la ayuda, vuelva a llamar al ${emergency}.`,
    },
    urgent: {
      label: 'Urgente:',
      heading: () => 'Busque atención médica hoy',
      whatToDo: ({ clinic }) =>
        `Llame o escriba a ${clinic} y pida una consulta para hoy. Si no están abiertos, vaya a un centro de atención urgente (urgent care).`,
      watchFor: ({ emergency }) =>
        `Llame al ${emergency} ahora si empieza alguna de estas cosas: le falta el aire, le duele el pecho, tiene una convulsión o se desmaya. ` +
        'Llame también si no puede tragar. ' +
        'Y llame si ve señales de un derrame cerebral: se le cae un lado de la cara, siente débil o dormido un lado del cuerpo, o de repente le cuesta hablar.',
    },
    soon: {
      label: 'No urgente:',
      heading: () => 'Pida una cita',
      whatToDo: ({ clinic }) =>
        `Pida una cita con ${clinic} para los próximos días. En la cita, cuente lo que notó y cuándo empezó.`,
      watchFor: ({ clinic, emergency }) =>
        `Llame o escriba a ${clinic} ese mismo día si la debilidad se pone peor. Haga lo mismo si le empieza a doler una pierna y está hinchada, caliente, roja o más oscura. ` +
        'Si no están abiertos, vaya a un centro de atención urgente. Si algo más cambia, vuelva a responder estas preguntas. ' +
        `Llame al ${emergency} ahora si le falta el aire, le duele el pecho, tiene una convulsión, se desmaya o no puede tragar. ` +
        'Llame también si ve señales de un derrame cerebral: se le cae un lado de la cara, siente débil o dormido un lado del cuerpo, o de repente le cuesta hablar.',
    },
    'self-care': {
      label: 'Cuidado en casa:',
      heading: () => 'Lo más probable es que pueda cuidarse en casa',
      whatToDo: () =>
        'En sus respuestas no hay ninguna de las señales de alarma que buscan estas preguntas. ' +
        'La mayoría de las veces, los tics como estos no hacen daño. ' +
        'Puede ayudar hacer cambios en las cosas que los pueden causar, como la cafeína, el estrés, dormir poco y el ejercicio muy fuerte.',
      watchFor: ({ clinic, emergency }) =>
        `Pida una cita con ${clinic} si los tics duran más de 2 semanas o se pasan a otras partes. ` +
        'Pida una cita también si la zona se empieza a sentir débil, rígida o floja, o si el músculo se ve más delgado. ' +
        'Si algo cambia, vuelva a responder estas preguntas. ' +
        `Llame al ${emergency} ahora si le falta el aire, le duele el pecho, tiene una convulsión, se desmaya, no puede tragar o ve señales de un derrame cerebral. ` +
        `Puede llamar o escribir a ${clinic} cada vez que algo le preocupe.`,
    },
  },
  whatToDoLabel: 'Qué hacer',
  watchForLabel: 'Cuándo pedir más ayuda',
  reasonsLabel: 'Por qué este resultado',
  reasons: {
    'breathing-trouble':
      'Si le cuesta respirar, necesita ayuda de inmediato. ' +
      'Es aún más serio si además tiene una pierna hinchada, porque eso puede ser señal de un coágulo de sangre.',
    'chest-pain':
      'El dolor de pecho necesita ayuda de inmediato. ' +
      'Es aún más serio si además tiene una pierna hinchada, porque eso puede ser señal de un coágulo de sangre.',
    'sudden-one-sided-weakness':
      'Estas pueden ser señales de un derrame cerebral: se le cae un lado de la cara, siente débil o dormido un lado del cuerpo, ' +
      'o de repente le cuesta hablar. Un derrame cerebral necesita ayuda de inmediato.',
    'cannot-swallow': 'Si no puede tragar, necesita ayuda de inmediato.',
    'seizure-or-collapse': 'Una convulsión o un desmayo necesita ayuda de inmediato.',
    'leg-swollen-warm-red':
      'Si le duele una pierna y está hinchada, caliente, roja o más oscura, puede ser señal de un coágulo de sangre. ' +
      'Un profesional de salud la debe revisar hoy mismo.',
    'weakness-worsening': 'Si la debilidad se pone peor, se la deben revisar hoy mismo.',
    'sudden-onset-with-weakness':
      'Hay que revisar hoy mismo los tics que empiezan más bien de repente y vienen con debilidad, con un músculo flojo o con un músculo que se hace más pequeño.',
    weakness: 'Un profesional de salud debe revisar un músculo que se siente débil o rígido.',
    'loss-of-tone': 'Un profesional de salud debe revisar un músculo que se siente flojo o blando.',
    'muscle-shrinking': 'Un profesional de salud debe revisar un músculo que se ve más delgado que antes.',
    'gradual-speech-swallow-change':
      'Si arrastra las palabras al hablar o le cuesta más tragar, un profesional de salud lo debe revisar. Esto vale aunque el cambio llegue poco a poco.',
    'longer-than-two-weeks': 'Un profesional de salud debe revisar los tics que duran más de 2 semanas.',
    spreading: 'Un profesional de salud debe revisar los tics que salen en más de un lugar o que se pasan a otras partes.',
    'new-medicine':
      'Puede ser que una medicina le esté causando los tics, y un profesional de salud lo puede revisar. ' +
      'Siga tomando sus medicinas recetadas hasta que hable con esa persona.',
    'no-warning-signs': 'Sus respuestas no muestran ninguna de las señales de alarma que buscan estas preguntas.',
  },
  triggerAdviceLabel: 'Lo que le puede ayudar',
  triggerAdvice: {
    caffeine: 'La cafeína puede causar tics. Puede ayudar tomar menos café, té, refrescos de cola o bebidas energéticas.',
    stress:
      'El estrés y la preocupación pueden causar tics. Puede ayudar tomarse un rato cada día para relajarse. ' +
      'Si siente que no puede con el estrés, un profesional de salud le puede ayudar.',
    poorSleep:
      'Dormir poco puede causar tics. Puede ayudar acostarse a la misma hora cada noche y dormir las horas que necesita.',
    hardExercise:
      'El ejercicio muy fuerte puede causar tics. Puede ayudar dejar que sus músculos descansen entre una sesión fuerte y la próxima.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
