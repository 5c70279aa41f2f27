import type { RlsContent } from '../../rls-symptom-card/rls-content.js';

/**
 * Spanish text for `<rls-symptom-card>`: the same facts, rules, sources and review dates as the
 * English text, written for patients in the US and Latin America (neutral Spanish, "usted").
 * Every fact rests on the clinical brief (section A).
 */
export const rls: RlsContent = {
  title: 'Síndrome de piernas inquietas (SPI)',
  summary: 'Unas ganas muy fuertes de mover las piernas, casi siempre en la tarde o en la noche, cuando usted descansa.',
  sections: {
    overview: {
      heading: 'Qué es el SPI',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'El síndrome de piernas inquietas (SPI) le da unas ganas muy fuertes de mover las piernas. ' +
            'Es difícil aguantar esas ganas. ' +
            'Casi siempre vienen con una sensación rara y molesta en las piernas.',
        },
        {
          paragraph:
            'Suele aparecer en la tarde o en la noche, cuando usted se sienta o se acuesta. ' +
            'Mover las piernas alivia la molestia, pero solo por un rato.',
        },
        { paragraph: 'El SPI también tiene otro nombre: enfermedad de Willis-Ekbom.' },
        {
          paragraph:
            'El SPI puede empezar a cualquier edad. Casi siempre empeora con los años. ' +
            'Puede interrumpir su sueño. Y dormir mal puede hacer que sus días sean más difíciles.',
        },
        {
          paragraph:
            'Algunos cuidados sencillos en casa y cambios en los hábitos de cada día pueden aliviar los síntomas. ' +
            'Los medicamentos también ayudan a muchas personas con SPI.',
        },
      ],
    },
    symptoms: {
      heading: 'Señales comunes',
      sources: ['mayo-rls'],
      body: [
        { paragraph: 'La señal principal son las ganas de mover las piernas. Hay otras cuatro cosas que son comunes:' },
        {
          terms: [
            {
              term: 'Empieza cuando usted descansa',
              text:
                'La sensación suele empezar tras un rato largo sin moverse, en una silla o en la cama. ' +
                'Por ejemplo, en un viaje largo por carretera, en un avión o en el cine.',
            },
            {
              term: 'Moverse la alivia',
              text: 'Estirar las piernas, sacudirlas, caminar de un lado a otro o salir a caminar ayuda a calmarla.',
            },
            {
              term: 'Es peor en la tarde o en la noche',
              text: 'Los síntomas aparecen sobre todo de noche.',
            },
            {
              term: 'Sus piernas se sacuden de noche',
              text:
                'Sus piernas pueden dar tirones o patadas mientras usted duerme, a veces toda la noche. ' +
                'Este es otro problema. Se llama movimientos periódicos de las piernas durante el sueño. ' +
                'Es más común que el SPI. De cada 10 personas con SPI, unas 8 también tienen estos movimientos de noche.',
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
            'La gente dice que la sensación es fuerte y molesta. Se nota en las piernas o en los pies. ' +
            'Casi siempre está en los dos lados del cuerpo. Es menos común que esté en los brazos. ' +
            'Por lo general se siente muy adentro de la pierna, no en la piel.',
        },
        { paragraph: 'Para describirla, la gente usa palabras como estas:' },
        {
          list: [
            'Como hormigas que caminan',
            'Como algo que se arrastra por dentro',
            'Tirones',
            'Como latidos',
            'Dolor',
            'Picazón',
            'Como corriente eléctrica',
          ],
        },
        {
          paragraph:
            'A algunas personas les cuesta poner la sensación en palabras. ' +
            'La mayoría no dice que sea un calambre. Y la mayoría tampoco dice que sienta las piernas dormidas. ' +
            'De lo que sí habla la gente, una y otra vez, es de la necesidad de mover las piernas.',
        },
        {
          paragraph:
            'Los síntomas pueden ser leves unos días y fuertes otros. ' +
            'Pueden irse por un tiempo y luego volver.',
        },
      ],
    },
    'when-to-see': {
      heading: 'Cuándo consultar a un profesional de salud',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Si cree que puede tener SPI, hable con un profesional de salud, como un médico o una enfermera. ' +
            'Algunas personas nunca piden ayuda. Temen que nadie las tome en serio. ' +
            'Pero el SPI puede hacer que duerma mal y que tenga sueño durante el día. ' +
            'También puede bajar su calidad de vida.',
        },
        { paragraph: 'Es buena idea consultar a un profesional de salud si:' },
        {
          list: [
            'no le deja dormir',
            'afecta su estado de ánimo o su salud mental',
            'lo que ha probado por su cuenta no ha dado resultado',
          ],
        },
        { paragraph: 'Pregunte a su profesional de salud si debe hacerse análisis de sangre para ver su nivel de hierro.' },
        {
          paragraph:
            '¿Ya toma medicamentos para el SPI? Entonces fíjese si hay cambios. ' +
            'Sus síntomas podrían empezar más temprano en el día, llegar más rápido, ser más fuertes o pasar a los brazos. ' +
            'Si es así, hable con el profesional de salud que le recetó el medicamento.',
        },
      ],
    },
    causes: {
      heading: 'Qué lo causa',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Muchas veces no se encuentra la causa. Los investigadores creen que el SPI puede venir de un desequilibrio de dopamina. ' +
            'La dopamina es una sustancia química del cerebro. Lleva mensajes que ayudan a controlar cómo se mueven sus músculos.',
        },
        {
          paragraph:
            'A veces el SPI se da en varias personas de una misma familia. Esto es más probable cuando empieza antes de los 40 años. ' +
            'Nuestros genes están en unos hilos muy pequeños llamados cromosomas. ' +
            'Los investigadores han encontrado en ellos lugares donde podría haber genes del SPI.',
        },
        {
          paragraph:
            'El embarazo o los cambios de hormonas pueden causar el SPI o empeorarlo por un tiempo. ' +
            'A algunas mujeres les da por primera vez durante el embarazo. ' +
            'Esto pasa sobre todo en los últimos 3 meses del embarazo, es decir, el último trimestre. ' +
            'Los síntomas suelen irse después de que nace el bebé.',
        },
      ],
    },
    'risk-factors': {
      heading: 'A quién le puede dar',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'El SPI puede empezar a cualquier edad, incluso en la niñez. Se vuelve más común con la edad. ' +
            'Les da más a las mujeres que a los hombres.',
        },
        {
          paragraph:
            'Casi siempre, el SPI no es señal de un problema de salud grave. ' +
            'Pero a veces va junto con otros problemas de salud, como estos:',
        },
        {
          terms: [
            {
              term: 'Neuropatía periférica',
              text:
                'Quiere decir que los nervios de las manos y los pies están dañados. ' +
                'A veces la causa una enfermedad que dura mucho tiempo, como la diabetes o el trastorno por consumo de alcohol.',
            },
            {
              term: 'Falta de hierro (deficiencia de hierro)',
              text:
                'Tener muy poco hierro en el cuerpo puede causar el SPI o empeorarlo. ' +
                'Esto pasa incluso sin anemia. La anemia es tener muy pocos glóbulos rojos en la sangre. ' +
                'Su hierro puede estar bajo si alguna vez tuvo sangrado en el estómago o en los intestinos. ' +
                'También puede estar bajo si sus menstruaciones son muy abundantes o si dona sangre a menudo.',
            },
            {
              term: 'Insuficiencia renal',
              text:
                'Quiere decir que los riñones no funcionan bien. Cuando pasa, el hierro que se guarda en la sangre puede bajar. ' +
                'Por eso, las personas con insuficiencia renal pueden tener poco hierro, muchas veces con anemia. ' +
                'La falta de hierro y otros cambios en el cuerpo pueden causar el SPI o empeorarlo.',
            },
            {
              term: 'Problemas de la médula espinal',
              text:
                'La médula espinal es el grupo de nervios que baja por dentro de la columna. ' +
                'Los daños o lesiones en la médula espinal se han relacionado con el SPI. ' +
                'También la anestesia raquídea, que es una medicina para adormecer que se inyecta en la columna. ' +
                'Haber tenido una de estas cosas hace que el SPI sea más probable.',
            },
            {
              term: 'Enfermedad de Parkinson',
              text:
                'Algunas personas con enfermedad de Parkinson toman ciertos medicamentos que actúan como la dopamina. ' +
                'A estas personas les da SPI con más facilidad.',
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
            'El SPI no lleva a otras enfermedades graves. Pero afecta a cada persona de forma muy distinta. ' +
            'A algunas casi no les molesta. A otras les molesta tanto que no pueden hacer sus cosas de siempre.',
        },
        {
          paragraph:
            'A muchas personas con SPI les cuesta dormirse o dormir sin despertarse. ' +
            'Dormir poco puede hacer que tenga mucho sueño de día. ' +
            'Aun así, el SPI también puede hacer que le cueste tomar una siesta.',
        },
        {
          paragraph:
            'Cuando el SPI es grave, puede hacer que sea mucho más difícil disfrutar la vida. También puede llevar a la depresión.',
        },
      ],
    },
    'self-help': {
      heading: 'Lo que puede probar',
      sources: ['nhs-rls'],
      body: [
        { paragraph: 'Estas cosas pueden ayudar a calmar sus síntomas. No le sirven a todo el mundo.' },
        {
          list: [
            'Haga ejercicio de forma regular durante el día.',
            'Dese un baño de agua tibia.',
            'Tome menos cafeína, y nada de cafeína después del mediodía.',
            'No tome alcohol en las 2 horas antes de acostarse.',
          ],
        },
        { paragraph: 'Si estas cosas no le ayudan, hable con un profesional de salud.' },
      ],
    },
  },
  selfCheck: {
    heading: 'Revise sus síntomas',
    intro:
      'Este cuestionario compara sus respuestas con el patrón típico del SPI. ' +
      'No es un diagnóstico: solo un profesional de salud puede saber qué causa sus síntomas.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: '¿Siente ganas de mover las piernas?',
        hint: 'Por lo general vienen con una sensación molesta en las piernas, como hormigas que caminan, tirones o dolor.',
      },
      startsAtRest: {
        legend: '¿Esa sensación empieza o empeora cuando usted se sienta o se acuesta sin moverse?',
        hint: 'Por ejemplo, en un viaje largo por carretera o mientras ve una película.',
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
        hint: 'Responda “Sí” si pasa cualquiera de las dos cosas. Los calambres y otros problemas se pueden sentir un poco como el SPI.',
      },
      frequency: {
        legend: '¿Con qué frecuencia tiene estas sensaciones?',
        hint: 'Piense en el último año, en promedio.',
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
        text:
          'Sus respuestas coinciden con las cuatro señales típicas del SPI. ' +
          'Esto no es un diagnóstico. Otros problemas se pueden sentir igual, y solo un profesional de salud puede revisarlos.',
      },
      partial: {
        heading: 'Sus respuestas coinciden con una parte del patrón del SPI',
        text:
          'Algunas de sus respuestas coinciden con el SPI, pero no todas. ' +
          'Otros problemas también se pueden sentir así. Un profesional de salud puede ayudar a encontrar la causa.',
      },
      unlikely: {
        heading: 'Sus respuestas no coinciden con el patrón del SPI',
        text:
          'Pocas de las señales típicas del SPI coinciden con sus respuestas. ' +
          'Este cuestionario no puede descartar el SPI ni otro problema. ' +
          'Si algo de sus piernas le preocupa, hable con un profesional de salud.',
      },
    },
    courses: {
      'chronic-persistent':
        'Los profesionales de salud llaman a este patrón “crónico-persistente”. Quiere decir que los síntomas aparecen dos veces ' +
        'por semana o más, en promedio, durante el último año. Crónico quiere decir que dura mucho tiempo.',
      intermittent:
        'Los profesionales de salud llaman a este patrón “intermitente”. Quiere decir que los síntomas aparecen menos de dos veces ' +
        'por semana, en promedio. Usan esta palabra cuando los síntomas ya han aparecido al menos 5 veces en total.',
    },
    reasons: {
      'all-criteria':
        'Usted dijo que sí a las cuatro señales típicas: ganas de moverse, que empieza al descansar, que se alivia al moverse ' +
        'y que es peor en la tarde o en la noche. También dijo que no es un calambre y que no se quita solo con cambiar de posición.',
      'some-criteria': 'Puede que coincidan dos o más de las cuatro señales típicas, pero no todo el patrón.',
      'few-criteria': 'Menos de dos de las cuatro señales típicas coinciden con sus respuestas.',
      'other-cause-possible':
        'Usted dijo que puede ser un calambre que duele y pone duro el músculo, o que se quita solo con cambiar de posición, ' +
        'o respondió “No lo sé”. Otros problemas, como los calambres en las piernas, se pueden parecer al SPI.',
      'course-chronic-persistent': 'Usted dijo que las sensaciones aparecen dos veces por semana o más.',
      'course-intermittent': 'Usted dijo que las sensaciones aparecen menos de dos veces por semana.',
      'pattern-needs-check':
        'Sus respuestas coinciden con todo el patrón o con una parte. Un profesional de salud debe ver si hay otras causas.',
      'sleep-affected':
        'Usted dijo que las sensaciones no le dejan dormir bien, o respondió “No lo sé”. Dormir mal es una buena razón para pedir ayuda.',
      'medicine-worsening':
        'Usted dijo que sus síntomas pueden estar cambiando mientras toma medicamentos para el SPI. ' +
        'Hable con el profesional de salud que se los recetó.',
    },
    reasonsLabel: 'Por qué este resultado',
    seeClinician:
      'Hable de sus síntomas con un profesional de salud, como un médico o una enfermera. ' +
      'Pregunte si debe hacerse análisis de sangre para ver su nivel de hierro.',
    noVisitNeeded:
      'Por ahora, sus respuestas no indican que deba ir a consulta por SPI. ' +
      'Pero hable con un profesional de salud si sus piernas no le dejan dormir, si afectan su estado de ánimo ' +
      'o si lo que prueba por su cuenta no da resultado. También puede pedir ayuda siempre que algo le preocupe.',
  },
  showMore: 'Ver todas las secciones',
  showLess: 'Ver menos secciones',
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
