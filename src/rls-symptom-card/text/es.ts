import type { RlsContent } from '../rls-content.js';

/**
 * Spanish text for `<rls-symptom-card>`: the same facts, rules, sources and review dates as the
 * English text, written for patients in the US and Latin America (neutral Spanish, "usted").
 * Every fact rests on the clinical brief (section A).
 */
export const es: RlsContent = {
  title: 'Síndrome de piernas inquietas (SPI)',
  summary: 'Ganas fuertes de mover las piernas, sobre todo de tarde o de noche, al descansar.',
  appointmentSummary: {
    fileName: 'resumen-piernas-inquietas',
    ask: [
      '¿Debo hacerme un análisis de sangre para ver mi hierro?',
      '¿Alguna de mis medicinas u otro problema de salud lo puede empeorar?',
      '¿Qué tratamientos me pueden ayudar y qué riesgos tienen?',
    ],
  },
  sections: {
    overview: {
      heading: 'Qué son las piernas inquietas',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'También se llama enfermedad de Willis-Ekbom. Las ganas suelen venir con una sensación molesta en las piernas.',
        },
        {
          paragraph:
            'Suele empeorar con los años. Los cuidados en casa pueden aliviarlo, y los medicamentos ayudan a muchos.',
        },
      ],
    },
    symptoms: {
      heading: 'Señales comunes',
      sources: ['mayo-rls', 'montplaisir-1997'],
      body: [
        {
          terms: [
            {
              term: 'Empieza al descansar',
              text: 'Tras un rato sin moverse, por ejemplo, en un viaje largo o en el cine.',
            },
            {
              term: 'Moverse lo alivia',
              text: 'Caminar, ir y venir, estirarse o sacudir las piernas ayuda por un rato.',
            },
            {
              term: 'Es peor de noche',
              text: 'Sobre todo en la tarde y en la noche.',
            },
            {
              term: 'Las piernas pueden sacudirse o dar patadas al dormir',
              text: 'Quizá usted no lo note, pero su pareja sí. Unas 8 de cada 10 personas con piernas inquietas tienen estos movimientos al dormir.',
            },
          ],
        },
      ],
    },
    sensations: {
      heading: 'Cómo se siente',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Suele estar dentro de las dos piernas o los pies, no en la piel; menos veces en los brazos. Se siente así:',
        },
        {
          list: [
            'Como hormigas que caminan',
            'Como algo que se arrastra',
            'Tirones',
            'Como latidos',
            'Dolor',
            'Comezón o picazón',
            'Como corriente eléctrica',
          ],
        },
        {
          paragraph:
            'Cuesta describirla, pero no suele ser un calambre ni las piernas adormecidas. Puede variar, o irse un tiempo.',
        },
      ],
    },
    'when-to-see': {
      heading: 'Cuándo ver a un médico o una enfermera',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            '¿Cree que tiene piernas inquietas? Vea a un médico o una enfermera, aunque tema que no le hagan caso. Sobre todo si:',
        },
        {
          list: ['no le deja dormir', 'afecta su ánimo o su salud mental', 'lo que probó no sirvió'],
        },
        { paragraph: 'Pregunte por un análisis de sangre para ver su hierro.' },
        {
          paragraph:
            '¿Toma medicamentos para las piernas inquietas? Si los síntomas empiezan más temprano, llegan más rápido, ' +
            'son más fuertes o pasan a los brazos, dígaselo a quien se los recetó. ' +
            'Siga tomándolos hasta entonces: dejarlos de golpe puede empeorarlas mucho.',
        },
      ],
    },
    causes: {
      heading: 'Qué lo causa',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'A menudo no se halla la causa; puede haber un desequilibrio de dopamina, una sustancia del cerebro. ' +
            'Puede ser de familia (hay genes ligados), sobre todo si empieza antes de los 40 años.',
        },
        {
          paragraph:
            'El embarazo o los cambios de hormonas pueden causarlo o empeorarlo por un tiempo, sobre todo al final del embarazo. ' +
            'Suele irse tras el parto.',
        },
        {
          paragraph:
            'Algunas medicinas pueden empeorarlo: las pastillas "PM" para dormir y las de la alergia que dan sueño ' +
            '(como la difenhidramina o la doxilamina), y algunas medicinas para la depresión, las náuseas o la salud mental. ' +
            'No deje de tomar una medicina recetada por su cuenta: pregunte antes.',
        },
      ],
    },
    'risk-factors': {
      heading: 'A quién le puede dar',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Puede empezar a cualquier edad, incluso en la niñez, y es más común con los años y en las mujeres. ' +
            'Rara vez es señal de una enfermedad grave, pero puede venir con:',
        },
        {
          terms: [
            {
              term: 'Neuropatía periférica',
              text: 'Daño en los nervios de manos y pies, por ejemplo por diabetes o por beber mucho alcohol.',
            },
            {
              term: 'Falta de hierro',
              text: 'Aun sin anemia (pocos glóbulos rojos). Puede deberse a sangrado en el estómago o el intestino, menstruaciones (reglas) abundantes o donar sangre a menudo.',
            },
            {
              term: 'Insuficiencia renal',
              text: 'A menudo con poco hierro también.',
            },
            {
              term: 'Problemas de la médula espinal',
              text: 'Daño en ella, o haber recibido anestesia en la columna.',
            },
            {
              term: 'Enfermedad de Parkinson',
              text: 'Si se trata con medicamentos que actúan como la dopamina.',
            },
          ],
        },
      ],
    },
    complications: {
      heading: 'Cómo puede afectar su vida',
      sources: ['mayo-rls', 'zhuang-2019'],
      body: [
        {
          paragraph:
            'Las piernas inquietas en sí no dañan el cuerpo, pero puede ser una leve molestia o no dejarle hacer su vida. ' +
            'Le puede costar dormir: tendrá sueño de día, pero le cuesta dormir la siesta. ' +
            'Se asocia con el ánimo bajo (depresión) y con pensar en hacerse daño.',
        },
      ],
    },
    'self-help': {
      heading: 'Lo que puede probar',
      sources: ['nhs-rls'],
      body: [
        { paragraph: 'Esto ayuda a algunas personas:' },
        {
          list: [
            'Haga ejercicio de día, a menudo.',
            'Dese un baño de agua tibia.',
            'Menos cafeína, y nada después del mediodía.',
            'Nada de alcohol en las 2 horas antes de acostarse.',
          ],
        },
      ],
    },
  },
  selfCheck: {
    heading: 'Revise sus síntomas',
    intro: 'Estas preguntas no dan un diagnóstico. Comparan sus respuestas con el patrón típico de las piernas inquietas.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: '¿Siente ganas de mover las piernas?',
        hint: 'Suele venir con una sensación molesta en las piernas.',
      },
      startsAtRest: {
        legend: '¿Empieza o empeora cuando se sienta o se acuesta sin moverse?',
        hint: 'Por ejemplo, en un viaje largo o en el cine.',
      },
      reliefWithMovement: {
        legend: '¿Moverse lo alivia, al menos mientras se mueve?',
        hint: 'Por ejemplo, al caminar, estirarse o sacudir las piernas.',
      },
      worseEvening: {
        legend: '¿Le pasa solo en la tarde o en la noche, o es peor a esas horas?',
      },
      hardPainfulCramp: {
        legend: '¿Es un calambre duro y doloroso?',
        hint: 'Un músculo que se pone tenso y duro, no unas ganas de moverse.',
      },
      goesWithPositionChange: {
        legend: '¿Se le quita con solo cambiar de postura, sin moverse más?',
      },
      frequency: {
        legend: '¿Con qué frecuencia tiene estas sensaciones?',
        hint: 'En promedio, durante el último año (o desde que empezó, si hace menos de un año).',
      },
      sleepAffected: {
        legend: '¿Por estas sensaciones le cuesta dormirse o seguir durmiendo?',
      },
      takesRlsMedicine: {
        legend: '¿Toma medicamentos para las piernas inquietas?',
      },
      onRlsMedicineWorsening: {
        legend: 'Desde que lo toma, ¿los síntomas empiezan más temprano en el día, llegan más rápido, son más fuertes o pasan a los brazos?',
      },
    },
    frequencies: {
      'twice-weekly-or-more': 'Dos veces por semana o más',
      'less-often': 'Menos de dos veces por semana',
    },
    submit: 'Ver mi resultado',
    unanswered: ({ count }) =>
      count === 1 ? 'Falta responder 1 pregunta.' : `Faltan ${count} preguntas por responder.`,
    resultLabel: 'Su resultado:',
    results: {
      matches: {
        heading: 'Sus respuestas coinciden con el patrón de las piernas inquietas',
        text: 'Esto no es un diagnóstico: otros problemas se pueden sentir igual.',
      },
      partial: {
        heading: 'Sus respuestas coinciden con parte del patrón de las piernas inquietas',
        text: 'Otros problemas se pueden sentir igual.',
      },
      unlikely: {
        heading: 'Sus respuestas no coinciden con el patrón de las piernas inquietas',
        text: 'Estas preguntas no descartan las piernas inquietas ni otros problemas.',
      },
    },
    courses: {
      'chronic-persistent': 'Dígale a su médico o enfermera con qué frecuencia le pasa y desde cuándo.',
      intermittent: 'Dígale a su médico o enfermera con qué frecuencia le pasa y cuántas veces le ha pasado.',
    },
    reasons: {
      'all-criteria': 'Dijo que sí a las cuatro señales típicas, y no a las preguntas sobre calambres y cambiar de postura.',
      'all-criteria-other-cause':
        'Dijo que sí a las cuatro señales típicas, pero por su respuesta sobre calambres o cambiar de postura, otra cosa podría explicarlo.',
      'some-criteria': 'Puede haber dos o más de las cuatro señales típicas, pero no todas.',
      'few-criteria': 'Coinciden menos de dos de las cuatro señales típicas.',
      'other-cause-possible': 'Por su respuesta sobre calambres o cambiar de postura, otra cosa podría explicarlo.',
      'course-chronic-persistent': 'Dijo que las sensaciones aparecen dos veces por semana o más.',
      'course-intermittent': 'Dijo que las sensaciones aparecen menos de dos veces por semana.',
      'pattern-needs-check': 'Solo un médico o una enfermera puede ver si hay otras causas.',
      'sleep-affected': 'Dormir mal es una buena razón para pedir ayuda.',
      'medicine-worsening':
        'Sus síntomas pueden estar cambiando con el medicamento para las piernas inquietas. Dígaselo a quien se lo recetó, y siga tomándolo hasta entonces: ' +
        'dejarlo de golpe puede empeorarlas mucho.',
    },
    reasonsLabel: 'Por qué este resultado',
    seeClinician:
      'Hable de sus síntomas con un médico o una enfermera. Pregunte por un análisis de sangre para ver su hierro.',
    noVisitNeeded:
      'Por ahora no parece necesaria una consulta por piernas inquietas. ' +
      'Vea a un médico o una enfermera si afecta su sueño o su ánimo, si lo que probó no sirvió, o si le preocupa. ' +
      'Los calambres frecuentes o dolorosos también merecen una consulta.',
  },
  crisisLine: 'Si se siente sin esperanza o piensa en hacerse daño, busque ayuda ahora:',
  callOrText: ({ number }) => `Llame al ${number} o envíe un texto al ${number}`,
  showMore: 'Ver todas las secciones',
  showLess: 'Ver menos secciones',
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
