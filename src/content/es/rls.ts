import type { RlsContent } from '../../rls-symptom-card/rls-content.js';

/**
 * Spanish text for `<rls-symptom-card>`: the same facts, rules, sources and review dates as the
 * English text, written for patients in the US and Latin America (neutral Spanish, "usted").
 * Every fact rests on the clinical brief (section A).
 */
export const rls: RlsContent = {
  title: 'Síndrome de piernas inquietas (SPI)',
  summary: 'Ganas fuertes de mover las piernas, sobre todo en la tarde o la noche, al descansar.',
  sections: {
    overview: {
      heading: 'Qué es el SPI',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'También se llama enfermedad de Willis-Ekbom. Las ganas suelen venir con una sensación molesta en las piernas.',
        },
        {
          paragraph:
            'Suele empeorar con los años. Los cuidados en casa lo alivian, y los medicamentos ayudan a muchos.',
        },
      ],
    },
    symptoms: {
      heading: 'Señales comunes',
      sources: ['mayo-rls'],
      body: [
        { paragraph: 'Otras señales comunes:' },
        {
          terms: [
            {
              term: 'Empieza al descansar',
              text: 'Tras un rato largo sin moverse, por ejemplo, en un viaje largo o en el cine.',
            },
            {
              term: 'Moverse la alivia',
              text: 'Caminar, ir de un lado a otro, estirarse o sacudir las piernas ayuda por un rato.',
            },
            {
              term: 'Es peor de noche',
              text: 'Sobre todo en la tarde y en la noche.',
            },
            {
              term: 'Las piernas se sacuden al dormir',
              text: 'O patadas, a veces toda la noche. Unas 8 de cada 10 personas con SPI lo tienen.',
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
            'Suele sentirse dentro de las dos piernas, no en la piel; menos veces en los brazos. La gente la describe así:',
        },
        {
          list: [
            'Como hormigas que caminan',
            'Como algo que se arrastra',
            'Tirones',
            'Como latidos',
            'Dolor',
            'Picazón',
            'Como corriente eléctrica',
          ],
        },
        {
          paragraph:
            'Puede costar describirla, pero no suele ser un calambre ni las piernas dormidas. Varía de un día a otro, o se va por un tiempo.',
        },
      ],
    },
    'when-to-see': {
      heading: 'Cuándo consultar a un profesional de salud',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Si cree que tiene SPI, hable con un profesional de salud, como un médico o una enfermera, ' +
            'aunque tema que no le den importancia. Sobre todo si:',
        },
        {
          list: ['no le deja dormir', 'afecta su ánimo o su salud mental', 'lo que probó no funcionó'],
        },
        { paragraph: 'Pregunte por un análisis de sangre para ver su hierro.' },
        {
          paragraph:
            '¿Toma medicamentos para el SPI? Si sus síntomas ahora empiezan más temprano en el día, llegan más rápido, ' +
            'son más fuertes o pasan a los brazos, hable con quien se los recetó.',
        },
      ],
    },
    causes: {
      heading: 'Qué lo causa',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Muchas veces no se halla la causa; puede haber un desequilibrio de dopamina, una sustancia del cerebro. ' +
            'Puede venir de familia, sobre todo si empieza antes de los 40 años, y hay genes ligados a él.',
        },
        {
          paragraph:
            'El embarazo o los cambios de hormonas pueden causarlo o empeorarlo, sobre todo al final del embarazo. ' +
            'Suele irse después del parto.',
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
            'Rara vez se debe a una enfermedad grave, pero puede venir con:',
        },
        {
          terms: [
            {
              term: 'Neuropatía periférica',
              text: 'Daño en los nervios de las manos y los pies, por ejemplo por diabetes o por beber mucho alcohol.',
            },
            {
              term: 'Falta de hierro',
              text: 'Aun sin anemia. La causan el sangrado en el estómago o el intestino, las reglas abundantes y donar sangre a menudo.',
            },
            {
              term: 'Insuficiencia renal',
              text: 'A menudo con poco hierro también.',
            },
            {
              term: 'Problemas de la médula espinal',
              text: 'Daño en ella, o una anestesia raquídea previa (medicina para adormecer puesta en la columna).',
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
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'No lleva a otras enfermedades graves, pero puede ir de una leve molestia a no dejarle hacer su vida. ' +
            'Puede costarle dormirse o seguir dormido, y tener sueño de día, pero sin poder tomar una siesta. ' +
            'Si es grave, puede bajar su calidad de vida y llevar a la depresión.',
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
    intro: 'Estas preguntas no dan un diagnóstico. Comparan sus respuestas con el patrón típico del SPI.',
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
      explainedByOther: {
        legend: '¿Es en realidad un calambre duro y doloroso, o se quita con solo cambiar de posición?',
        hint: 'Responda “Sí” si pasa una de las dos.',
      },
      frequency: {
        legend: '¿Con qué frecuencia tiene estas sensaciones?',
        hint: 'En promedio, durante el último año.',
      },
      sleepAffected: {
        legend: '¿Por estas sensaciones le cuesta dormirse o seguir dormido?',
      },
      onRlsMedicineWorsening: {
        legend:
          '¿Toma medicamentos para el SPI, y sus síntomas ahora empiezan más temprano en el día, ' +
          'llegan más rápido, son más fuertes o pasan a los brazos?',
        hint: 'Si no toma medicamentos para el SPI, responda “No”.',
      },
    },
    frequencies: {
      'twice-weekly-or-more': 'Dos veces por semana o más',
      'less-often': 'Menos de dos veces por semana',
    },
    submit: 'Ver mi resultado',
    unanswered: (count) =>
      count === 1 ? 'Falta responder 1 pregunta.' : `Faltan ${count} preguntas por responder.`,
    resultLabel: 'Su resultado',
    results: {
      matches: {
        heading: 'Sus respuestas coinciden con el patrón del SPI',
        text: 'Esto no es un diagnóstico: otros problemas se pueden sentir igual.',
      },
      partial: {
        heading: 'Sus respuestas coinciden con una parte del patrón del SPI',
        text: 'Otros problemas se pueden sentir igual.',
      },
      unlikely: {
        heading: 'Sus respuestas no coinciden con el patrón del SPI',
        text: 'Estas preguntas no pueden descartar el SPI ni otros problemas.',
      },
    },
    courses: {
      'chronic-persistent': 'Los profesionales de salud llaman a este patrón “crónico-persistente” (que dura mucho).',
      intermittent: 'Los profesionales de salud llaman a este patrón “intermitente” si ha aparecido al menos 5 veces.',
    },
    reasons: {
      'all-criteria':
        'Dijo que sí a las cuatro señales típicas, y que no a la pregunta del calambre.',
      'some-criteria': 'Pueden coincidir dos o más de las cuatro señales típicas, pero no todas.',
      'few-criteria': 'Coinciden menos de dos de las cuatro señales típicas.',
      'other-cause-possible':
        'Por su respuesta a la pregunta del calambre, otro problema parecido al SPI podría explicarlo.',
      'course-chronic-persistent': 'Dijo que las sensaciones aparecen dos veces por semana o más.',
      'course-intermittent': 'Dijo que las sensaciones aparecen menos de dos veces por semana.',
      'pattern-needs-check': 'Solo un profesional de salud puede ver si hay otras causas.',
      'sleep-affected': 'Dormir mal es una buena razón para pedir ayuda.',
      'medicine-worsening':
        'Sus síntomas pueden estar cambiando con los medicamentos para el SPI. Hable con quien se los recetó.',
    },
    reasonsLabel: 'Por qué este resultado',
    seeClinician:
      'Hable de sus síntomas con un profesional de salud, como un médico o una enfermera. ' +
      'Pregunte por un análisis de sangre para ver su hierro.',
    noVisitNeeded:
      'Por ahora no parece necesaria una consulta por SPI. ' +
      'Pero consulte a un profesional de salud si afecta su sueño o su ánimo, si lo que probó no funcionó, o si algo le preocupa.',
  },
  showMore: 'Ver todas las secciones',
  showLess: 'Ver menos secciones',
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
