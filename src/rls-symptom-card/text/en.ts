import type { RlsContent } from '../rls-content.js';

/**
 * English text for `<rls-symptom-card>`. Every fact rests on the clinical brief (section A);
 * each section names the sources it draws on. Written for a US grade 6-8 reading level.
 */
export const en: RlsContent = {
  title: 'Restless legs syndrome (RLS)',
  summary: 'A strong urge to move your legs, mostly in the evening or at night when you rest.',
  appointmentSummary: {
    fileName: 'restless-legs-summary',
    ask: [
      'Should I have a blood test to check my iron?',
      'Could any of my medicines or other health problems make it worse?',
      'What treatments could help me, and what are their risks?',
    ],
  },
  sections: {
    overview: {
      heading: 'What RLS is',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Also called Willis-Ekbom disease. The urge usually comes with an unpleasant feeling in the legs.',
        },
        {
          paragraph:
            'It often gets worse with age. Self-care can ease it, and medicines help many people.',
        },
      ],
    },
    symptoms: {
      heading: 'Common signs',
      sources: ['mayo-rls', 'montplaisir-1997'],
      body: [
        {
          terms: [
            {
              term: 'It starts at rest',
              text: 'After you sit or lie still a while, such as on a long drive or at the movies.',
            },
            {
              term: 'Moving eases it',
              text: 'Walking, pacing, stretching or jiggling your legs helps for a while.',
            },
            {
              term: 'It is worse at night',
              text: 'Mostly in the evening and at night.',
            },
            {
              term: 'Your legs may jerk or kick in your sleep',
              text: 'You may not notice, but a bed partner often does. About 8 in 10 people with RLS have these sleep movements.',
            },
          ],
        },
      ],
    },
    sensations: {
      heading: 'What it feels like',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Usually deep in both legs or feet, not on the skin; less often in the arms. It can feel like:',
        },
        { list: ['Crawling', 'Creeping', 'Pulling', 'Throbbing', 'Aching', 'Itching', 'Electric'] },
        {
          paragraph:
            'Often hard to describe, it is usually not a cramp or numbness. It can vary, or stop for a while.',
        },
      ],
    },
    'when-to-see': {
      heading: 'When to see a doctor or nurse',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Think you have RLS? See a doctor or nurse, even if you fear not being taken seriously. Most of all if:',
        },
        {
          list: ['it keeps you from sleeping', 'it harms your mood or mental health', 'self-help has not worked'],
        },
        { paragraph: 'Ask about a blood test for iron.' },
        {
          paragraph:
            'On RLS medicine? If symptoms start earlier in the day, come on faster, get stronger or spread to your arms, ' +
            'tell whoever prescribed it. Keep taking it until then: stopping suddenly can make RLS much worse.',
        },
      ],
    },
    causes: {
      heading: 'What causes it',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Often no cause is found; the brain chemical dopamine may be out of balance. ' +
            'It can run in families (some genes are known), mostly if it starts before age 40.',
        },
        {
          paragraph:
            'Pregnancy or hormone shifts can start it or make it worse for a time, mostly late in pregnancy. It usually goes after birth.',
        },
        {
          paragraph:
            'Some medicines can make it worse: drowsy "PM" sleep aids and allergy pills ' +
            '(such as diphenhydramine or doxylamine), and some medicines for depression, nausea or mental health. ' +
            'Do not stop a prescribed medicine on your own: ask first.',
        },
      ],
    },
    'risk-factors': {
      heading: 'Who gets it',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'It can start at any age, even in children, and is more common with age and in women. ' +
            'It is rarely a sign of serious illness, but can come with:',
        },
        {
          terms: [
            {
              term: 'Peripheral neuropathy',
              text: 'Nerve damage in the hands and feet, such as from diabetes or heavy drinking.',
            },
            {
              term: 'Low iron',
              text: 'Even without anemia (too few red blood cells). Causes include gut bleeding, heavy periods and giving blood often.',
            },
            {
              term: 'Kidney failure',
              text: 'Often with low iron, too.',
            },
            {
              term: 'Spinal cord problems',
              text: 'Damage to it, or past numbing medicine in the spine.',
            },
            {
              term: "Parkinson's disease",
              text: 'When treated with medicines that act like dopamine.',
            },
          ],
        },
      ],
    },
    complications: {
      heading: 'How it can affect you',
      sources: ['mayo-rls', 'zhuang-2019'],
      body: [
        {
          paragraph:
            'RLS does not harm your body by itself, but it can be a mild bother or disabling. ' +
            'It can make sleep hard, so you are sleepy by day, yet naps are hard too. ' +
            'It is linked with low mood (depression) and with thoughts of self-harm.',
        },
      ],
    },
    'self-help': {
      heading: 'Things you can try',
      sources: ['nhs-rls'],
      body: [
        { paragraph: 'These help some people:' },
        {
          list: [
            'Exercise regularly in the day.',
            'Take a warm bath.',
            'Less caffeine, and none after midday.',
            'No alcohol in the 2 hours before bed.',
          ],
        },
      ],
    },
  },
  selfCheck: {
    heading: 'Check your symptoms',
    intro: 'This check is not a diagnosis. It compares your answers with the usual RLS pattern.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: 'Do you feel an urge to move your legs?',
        hint: 'Usually with an unpleasant feeling in the legs.',
      },
      startsAtRest: {
        legend: 'Does it start or get worse when you sit or lie still?',
        hint: 'Such as on a long drive or at the movies.',
      },
      reliefWithMovement: {
        legend: 'Does moving ease it, at least while you keep moving?',
        hint: 'Such as walking, stretching or jiggling your legs.',
      },
      worseEvening: {
        legend: 'Does it come only in the evening or at night, or is it worse then?',
      },
      hardPainfulCramp: {
        legend: 'Is it a hard, painful cramp?',
        hint: 'A muscle that goes tight and hard, not an urge to move.',
      },
      goesWithPositionChange: {
        legend: 'Does it go away if you only change position, without moving around?',
      },
      frequency: {
        legend: 'How often do these feelings come?',
        hint: 'On average, over the past year (or since it started, if that is less than a year).',
      },
      sleepAffected: {
        legend: 'Do these feelings make it hard to fall or stay asleep?',
      },
      takesRlsMedicine: {
        legend: 'Do you take medicine for RLS?',
      },
      onRlsMedicineWorsening: {
        legend: 'Since taking it, do your symptoms start earlier in the day, come on faster, get stronger or spread to your arms?',
      },
    },
    frequencies: {
      'twice-weekly-or-more': 'Twice a week or more',
      'less-often': 'Less often than twice a week',
    },
    submit: 'See my result',
    unanswered: ({ count }) =>
      count === 1 ? '1 question still needs an answer.' : `${count} questions still need an answer.`,
    resultLabel: 'Your result:',
    results: {
      matches: {
        heading: 'Your answers match the pattern of RLS',
        text: 'This is not a diagnosis: other problems can feel the same.',
      },
      partial: {
        heading: 'Your answers match part of the pattern of RLS',
        text: 'Other problems can feel the same.',
      },
      unlikely: {
        heading: 'Your answers do not match the pattern of RLS',
        text:
          'This check cannot rule out RLS or other problems.',
      },
    },
    courses: {
      'chronic-persistent': 'Tell your doctor or nurse how often it happens and since when.',
      intermittent: 'Tell your doctor or nurse how often it happens and how many times it has come.',
    },
    reasons: {
      'all-criteria':
        'You said yes to all four usual signs, and no to the questions about cramps and changing position.',
      'all-criteria-other-cause':
        'You said yes to all four usual signs, but by your answer about cramps or changing position, something else may explain it.',
      'some-criteria': 'Two or more of the four usual signs may fit, but not all.',
      'few-criteria': 'Fewer than two of the four usual signs fit.',
      'other-cause-possible': 'By your answer about cramps or changing position, something else may explain it.',
      'course-chronic-persistent': 'You said the feelings come twice a week or more.',
      'course-intermittent': 'You said the feelings come less often than twice a week.',
      'pattern-needs-check': 'Only a doctor or nurse can check for other causes.',
      'sleep-affected': 'Poor sleep is a good reason to get help.',
      'medicine-worsening':
        'Your symptoms may be changing on RLS medicine. Tell whoever prescribed it, and keep taking it until then: ' +
        'stopping suddenly can make RLS much worse.',
    },
    reasonsLabel: 'Why this result',
    seeClinician: 'Talk to a doctor or nurse about your symptoms. Ask about a blood test for iron.',
    noVisitNeeded:
      'No visit for RLS seems needed now. See a doctor or nurse if sleep or mood suffers, self-help fails, or you worry. ' +
      'Frequent or painful cramps are worth a visit too.',
  },
  crisisLine: 'If you feel hopeless or think about harming yourself, get help now:',
  callOrText: ({ number }) => `Call ${number} or text ${number}`,
  showMore: 'Show all sections',
  showLess: 'Show fewer sections',
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
