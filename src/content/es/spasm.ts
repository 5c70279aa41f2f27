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
        'Un calambre, o espasmo, en la pierna pasa cuando un músculo se pone tenso y duro por sí solo. ' +
        'Se queda así un rato y puede doler.',
    },
    {
      paragraph:
        'Un calambre puede durar desde unos segundos hasta unos 10 minutos. ' +
        'Cuando se le pasa, el músculo puede quedar adolorido hasta por un día.',
    },
    { paragraph: 'Estos pasos pueden ayudar a que el músculo tenso se afloje.' },
  ],
  stepsHeading: 'Pasos para aliviar un calambre',
  steps: {
    stretch: {
      heading: 'Estire el músculo',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: 'Si el calambre es en la parte de atrás de la pierna, debajo de la rodilla (la pantorrilla):' },
          {
            list: [
              'Ponga la pierna recta.',
              'Jale los dedos del pie hacia arriba, hacia la espinilla.',
              'Quédese así hasta que el calambre se calme.',
            ],
          },
          { paragraph: 'Hágalo con suavidad. Pare si le empieza a doler más.' },
        ],
        thigh: [
          { paragraph: 'Si el calambre es en el muslo:' },
          {
            list: [
              'Estire con cuidado el músculo tenso.',
              'Quédese así hasta que el calambre se calme.',
            ],
          },
          { paragraph: 'No lo fuerce. Pare si le empieza a doler más.' },
        ],
        foot: [
          { paragraph: 'Si el calambre es en el pie:' },
          {
            list: [
              'Jale los dedos del pie hacia arriba, hacia la espinilla.',
              'Así también estira la planta del pie, que es la parte de abajo del pie.',
              'Quédese así hasta que el calambre se calme.',
            ],
          },
          { paragraph: 'Hágalo con suavidad. Pare si le empieza a doler más.' },
        ],
      },
    },
    massage: {
      heading: 'Frote el músculo',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [
        {
          paragraph:
            'Frote el músculo tenso con las manos. ' +
            'Si tiene un rodillo de masaje, puede usarlo en vez de las manos.',
        },
      ],
    },
    walk: {
      heading: 'Póngase de pie y camine',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [
        {
          paragraph:
            'Póngase de pie y apoye el peso del cuerpo en la pierna que tiene el calambre. ' +
            'Luego camine un rato.',
        },
      ],
    },
    'heat-ice': {
      heading: 'Use calor o frío',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            {
              term: 'Calor',
              text: 'Use una compresa caliente o una almohadilla térmica mientras el músculo siga tenso.',
            },
            {
              term: 'Frío',
              text: 'Use una bolsa de hielo cuando el calambre ya se pasó y el músculo le duele.',
            },
          ],
        },
      ],
      cautions: {
        heading: 'Use el calor y el frío de forma segura',
        body: [
          {
            list: [
              'Ponga siempre un paño entre la piel y la compresa o la bolsa.',
              'Cada vez, úsela 15 a 20 minutos como máximo.',
              'Nunca se duerma con ella puesta.',
              'Ponga la almohadilla térmica en nivel medio o bajo, no en alto.',
              'Nunca la use sobre piel que se siente dormida o con hormigueo.',
            ],
          },
          {
            paragraph:
              '¿Tiene diabetes o mala circulación, es decir, poco flujo de sangre? ' +
              'Si es así, pregunte a un profesional de salud antes de usar calor o frío.',
          },
        ],
      },
    },
    'pain-relief': {
      heading: 'Después del calambre: para el dolor que queda',
      sources: ['nhs-leg-cramps', 'dailymed-otc-labels', 'fda-nsaid-pregnancy'],
      body: [
        {
          paragraph:
            'Las medicinas para el dolor no quitan un calambre que ya está pasando. ' +
            'Tardan mucho en hacer efecto.',
        },
        {
          paragraph:
            'Cuando el calambre se pasa, estas medicinas le pueden calmar el dolor que queda. ' +
            'Hay algunas que se compran sin receta, como el ibuprofeno o el acetaminofén. ' +
            'Al acetaminofén también se le llama paracetamol.',
        },
        { paragraph: 'Siga siempre las indicaciones de la etiqueta.' },
      ],
      cautions: [
        {
          heading: 'Ibuprofeno: pregunte antes',
          body: [
            { paragraph: 'Pregunte a un farmacéutico o a un profesional de salud antes de tomar ibuprofeno si:' },
            {
              list: [
                'está embarazada. Desde la semana 20, tómelo solo si un profesional de salud le dice que puede.',
                'tiene asma',
                'ha tenido una úlcera o un sangrado en el estómago',
                'tiene una enfermedad del corazón, el hígado o los riñones',
                'toma un esteroide o un anticoagulante (una medicina para que la sangre no forme coágulos)',
                'tiene 60 años o más',
                'toma 3 o más bebidas con alcohol al día',
              ],
            },
          ],
        },
        {
          heading: 'Acetaminofén (paracetamol): pregunte antes',
          body: [
            {
              paragraph:
                'Lea la etiqueta de cada medicina que toma. ' +
                'Nunca tome dos productos que tengan acetaminofén.',
            },
            { paragraph: 'Pregunte a un farmacéutico o a un profesional de salud antes de tomarlo si:' },
            {
              list: [
                'tiene una enfermedad del hígado',
                'toma mucho alcohol',
                'toma un anticoagulante que se llama warfarina',
                'pesa menos de 50 kg (unas 110 libras)',
              ],
            },
            {
              paragraph:
                'Nunca tome más de lo que la etiqueta permite en un día. ' +
                'Para un adulto, ese límite es de 4 gramos (4000 mg) al día como máximo.',
            },
            {
              paragraph:
                'Si tomó de más, busque ayuda médica de inmediato. Hágalo aunque se sienta bien.',
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
      'Cuando el calambre se pasa, el músculo puede quedar adolorido hasta por un día. ' +
      'Siga leyendo para saber cómo aliviar ese dolor y cómo ayudar a evitar el próximo calambre. ' +
      'Si un calambre dura más de 10 minutos, busque atención médica hoy.',
    startOver: 'Volver a empezar',
  },
  timer: {
    heading: (minutes) => `Temporizador de calor o frío (${minutes} minutos)`,
    start: 'Iniciar temporizador',
    pause: 'Pausar',
    resume: 'Continuar',
    reset: 'Reiniciar',
    timeLeft: (clock) => `Quedan ${clock}`,
    ended: 'Se acabó el tiempo. Quítese ahora la compresa o la bolsa.',
  },
  help: {
    heading: 'Cuándo buscar ayuda',
    sources: ['nhs-leg-cramps', 'nhs-dvt'],
    urgent: {
      label: 'Urgente:',
      heading: 'Busque atención médica hoy si:',
      items: [
        'una pierna está hinchada o caliente, o la piel de esa pierna se ve roja o más oscura de lo normal. Podría ser un coágulo de sangre.',
        'un calambre dura más de 10 minutos',
        'le dan calambres después de una cortada u otra herida, y puede que hayan entrado en ella gérmenes del tétanos. El tétanos es una infección que puede empezar en una herida.',
      ],
      emergencyNote: ({ emergency }) =>
        `Llame al ${emergency} ahora si tiene una pierna hinchada y además le cuesta respirar o le duele el pecho. ` +
        `Llame también al ${emergency} si, después de una herida, se le pone rígida la mandíbula o los espasmos se extienden por todo el cuerpo.`,
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
    heading: 'Cómo evitar el próximo calambre',
    sources: ['nhs-leg-cramps', 'coppin-2005'],
    body: [
      {
        paragraph:
          'Estire las pantorrillas durante el día y otra vez antes de acostarse. ' +
          'Esto puede ayudar a que no le den calambres. ' +
          'Para estirar la pantorrilla, ponga la pierna recta y jale con suavidad los dedos del pie hacia la espinilla.',
      },
      {
        paragraph:
          'Los estudios no se ponen de acuerdo en cuánto ayuda estirar contra los calambres de noche. ' +
          'A usted le puede ayudar, o tal vez no.',
      },
    ],
  },
  twitching: {
    text:
      '¿Su músculo tiembla o da pequeños saltos (tics), en vez de ponerse tenso y duro? ' +
      'Eso no es un calambre. Es algo diferente.',
    goToCheck: 'Ir a las preguntas sobre tics',
    askClinician:
      'Muchas veces, los tics no son nada grave. Pero hable con un profesional de salud si siguen pasando o si vienen con debilidad.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
