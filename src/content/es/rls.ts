import type { RlsContent } from '../../rls-symptom-card/rls-content.js';

/**
 * Spanish text for `<rls-symptom-card>`: the same facts, rules, sources and review dates as the
 * English text, written for patients in the US and Latin America (neutral Spanish, "usted").
 * Every fact rests on the clinical brief (section A).
 */
export const rls: RlsContent = {
  title: 'Síndrome de piernas inquietas (SPI)',
  summary: 'Unas ganas muy fuertes de mover las piernas, sobre todo en la tarde o en la noche, cuando usted descansa.',
  sections: {
    overview: {
      heading: 'Qué es el SPI',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Su otro nombre es enfermedad de Willis-Ekbom. ' +
            'Las ganas de moverse casi siempre vienen con una sensación rara y molesta en las piernas.',
        },
        {
          paragraph:
            'Suele empeorar con los años. Los cuidados en casa y los cambios de hábitos pueden aliviarlo, ' +
            'y los medicamentos ayudan a muchas personas.',
        },
      ],
    },
    symptoms: {
      heading: 'Señales comunes',
      sources: ['mayo-rls'],
      body: [
        { paragraph: 'Además de las ganas de moverse, hay cuatro señales comunes:' },
        {
          terms: [
            {
              term: 'Empieza al descansar',
              text: 'Tras un rato largo sin moverse, como en un viaje largo o en el cine.',
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
              text:
                'Pueden dar tirones o patadas mientras duerme, a veces toda la noche ' +
                '(movimientos periódicos de las piernas durante el sueño). Unas 8 de cada 10 personas con SPI los tienen.',
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
            'Casi siempre se siente muy adentro de las dos piernas, no en la piel, y menos veces en los brazos. ' +
            'La gente la describe así:',
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
            'Puede costar describirla, pero por lo general no es un calambre ni las piernas dormidas. ' +
            'Puede ser leve un día y fuerte al otro, o irse por un tiempo y volver.',
        },
      ],
    },
    'when-to-see': {
      heading: 'Cuándo consultar a un profesional de salud',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Si cree que tiene SPI, hable con un profesional de salud, como un médico o una enfermera. ' +
            'No deje que el miedo a que no le den importancia le impida consultar.',
        },
        { paragraph: 'Es aún más importante si:' },
        {
          list: ['no le deja dormir', 'afecta su estado de ánimo o su salud mental', 'lo que probó por su cuenta no funcionó'],
        },
        { paragraph: 'Pregunte si debe hacerse análisis de sangre para ver su nivel de hierro.' },
        {
          paragraph:
            '¿Toma medicamentos para el SPI? Hable con el profesional de salud que se los recetó si sus síntomas ' +
            'empiezan más temprano en el día, llegan más rápido, son más fuertes o pasan a los brazos.',
        },
      ],
    },
    causes: {
      heading: 'Qué lo causa',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Muchas veces no se encuentra la causa. Puede influir un desequilibrio de dopamina, ' +
            'una sustancia del cerebro que ayuda a controlar el movimiento.',
        },
        {
          paragraph:
            'Puede venir de familia, sobre todo si empieza antes de los 40 años. Se han encontrado genes relacionados con él.',
        },
        {
          paragraph:
            'El embarazo o los cambios de hormonas pueden hacerlo aparecer o empeorarlo por un tiempo, ' +
            'sobre todo en los últimos 3 meses del embarazo. Suele irse después del parto.',
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
            'Por lo general no es señal de una enfermedad grave, pero puede venir con:',
        },
        {
          terms: [
            {
              term: 'Neuropatía periférica',
              text: 'Daño en los nervios de las manos y los pies, por ejemplo por diabetes o trastorno por consumo de alcohol.',
            },
            {
              term: 'Falta de hierro (deficiencia de hierro)',
              text:
                'Puede causar el SPI o empeorarlo, aun sin anemia. ' +
                'El sangrado en el estómago o los intestinos, las menstruaciones abundantes y donar sangre a menudo bajan el hierro.',
            },
            {
              term: 'Insuficiencia renal',
              text: 'Quienes la tienen a menudo tienen también poco hierro.',
            },
            {
              term: 'Problemas de la médula espinal',
              text: 'Daño en la médula espinal, o una anestesia raquídea previa (medicina para adormecer inyectada en la columna).',
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
            'El SPI no lleva a otras enfermedades graves. A algunas personas casi no les molesta; a otras no las deja hacer su vida.',
        },
        {
          paragraph:
            'Puede costarle dormirse o dormir sin despertarse, y tener sueño de día, pero también costarle tomar una siesta. ' +
            'Si es grave, puede quitarle el gusto por la vida y llevar a la depresión.',
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
            'Haga ejercicio de forma regular durante el día.',
            'Dese un baño de agua tibia.',
            'Tome menos cafeína, y nada después del mediodía.',
            'No tome alcohol en las 2 horas antes de ir a la cama.',
          ],
        },
      ],
    },
  },
  selfCheck: {
    heading: 'Revise sus síntomas',
    intro: 'Este cuestionario compara sus respuestas con el patrón típico del SPI. No es un diagnóstico.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: '¿Siente ganas de mover las piernas?',
        hint: 'Casi siempre con una sensación molesta, como hormigas que caminan o tirones.',
      },
      startsAtRest: {
        legend: '¿Esa sensación empieza o empeora cuando usted se sienta o se acuesta sin moverse?',
        hint: 'Por ejemplo, en un viaje largo o en el cine.',
      },
      reliefWithMovement: {
        legend: '¿Se alivia al moverse, al menos mientras se sigue moviendo?',
        hint: 'Por ejemplo, al caminar, estirarse o sacudir las piernas.',
      },
      worseEvening: {
        legend: '¿Le pasa solo en la tarde o en la noche, o es peor a esas horas?',
      },
      explainedByOther: {
        legend: '¿En realidad es un calambre que duele y pone duro el músculo? ¿O se le quita con solo cambiar de posición?',
        hint: 'Responda “Sí” si pasa cualquiera de las dos cosas.',
      },
      frequency: {
        legend: '¿Con qué frecuencia tiene estas sensaciones?',
        hint: 'En promedio, durante el último año.',
      },
      sleepAffected: {
        legend: '¿Por estas sensaciones le cuesta dormirse o dormir sin despertarse?',
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
        text: 'Otros problemas también se pueden sentir así.',
      },
      unlikely: {
        heading: 'Sus respuestas no coinciden con el patrón del SPI',
        text:
          'Este cuestionario no puede descartar el SPI ni otro problema. ' +
          'Si sus piernas le preocupan, hable con un profesional de salud.',
      },
    },
    courses: {
      'chronic-persistent': 'Los profesionales de salud llaman a este patrón “crónico-persistente”, es decir, que dura mucho tiempo.',
      intermittent:
        'Los profesionales de salud llaman a este patrón “intermitente” cuando los síntomas ya han aparecido al menos 5 veces en total.',
    },
    reasons: {
      'all-criteria':
        'Usted dijo que sí a las cuatro señales típicas, y que no es un calambre ni se quita solo con cambiar de posición.',
      'some-criteria': 'Puede que coincidan dos o más de las cuatro señales típicas, pero no todas.',
      'few-criteria': 'Coinciden menos de dos de las cuatro señales típicas.',
      'other-cause-possible':
        'Usted dijo que puede ser un calambre o que se quita solo con cambiar de posición. Esos problemas se pueden parecer al SPI.',
      'course-chronic-persistent': 'Usted dijo que las sensaciones aparecen dos veces por semana o más.',
      'course-intermittent': 'Usted dijo que las sensaciones aparecen menos de dos veces por semana.',
      'pattern-needs-check': 'Solo un profesional de salud puede ver si hay otras causas.',
      'sleep-affected': 'Usted dijo que puede costarle dormir. Dormir mal es una buena razón para pedir ayuda.',
      'medicine-worsening':
        'Usted dijo que sus síntomas pueden estar cambiando con los medicamentos para el SPI. ' +
        'Hable con el profesional de salud que se los recetó.',
    },
    reasonsLabel: 'Por qué este resultado',
    seeClinician:
      'Hable de sus síntomas con un profesional de salud, como un médico o una enfermera. ' +
      'Pregunte si debe hacerse análisis de sangre para ver su nivel de hierro.',
    noVisitNeeded:
      'Por ahora, sus respuestas no indican una consulta por SPI. ' +
      'Pero consulte a un profesional de salud si le afecta el sueño o el ánimo, si lo que probó por su cuenta no funcionó, ' +
      'o siempre que algo le preocupe.',
  },
  showMore: 'Ver todas las secciones',
  showLess: 'Ver menos secciones',
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
