import type { RlsContent } from '../../rls-symptom-card/rls-content.js';

/**
 * English text for `<rls-symptom-card>`. Every fact rests on the clinical brief (section A);
 * each section names the sources it draws on. Written for a US grade 6-8 reading level.
 */
export const rls: RlsContent = {
  title: 'Restless legs syndrome (RLS)',
  summary: 'A strong urge to move your legs, mostly in the evening or at night when you rest.',
  sections: {
    overview: {
      heading: 'What RLS is',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Its other name is Willis-Ekbom disease. ' +
            'The urge usually comes with an odd, unpleasant feeling in the legs.',
        },
        {
          paragraph:
            'It often gets worse with age. Self-care and new habits can ease it, and medicines help many people.',
        },
      ],
    },
    symptoms: {
      heading: 'Common signs',
      sources: ['mayo-rls'],
      body: [
        { paragraph: 'Besides the urge to move, four signs are common:' },
        {
          terms: [
            {
              term: 'It starts at rest',
              text: 'After you sit or lie down a long time, such as on a long drive or at the movies.',
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
              term: 'Your legs twitch in sleep',
              text:
                'They may twitch or kick in your sleep, maybe all night (periodic limb movements of sleep). ' +
                'About 8 in 10 people with RLS have this.',
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
            'It is usually felt deep inside both legs, not on the skin, and less often in the arms. People describe it as:',
        },
        { list: ['Crawling', 'Creeping', 'Pulling', 'Throbbing', 'Aching', 'Itching', 'Electric'] },
        {
          paragraph:
            'It can be hard to describe, but is usually not a cramp or numbness. ' +
            'It may be mild one day and strong the next, or stop for a while and come back.',
        },
      ],
    },
    'when-to-see': {
      heading: 'When to see a clinician',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'If you think you have RLS, talk to a clinician, such as a doctor or nurse. ' +
            'Do not let fear of not being taken seriously stop you.',
        },
        { paragraph: 'This matters most if:' },
        {
          list: ['it keeps you from sleeping', 'it affects your mood or mental health', 'self-help has not worked'],
        },
        { paragraph: 'Ask whether you should have blood tests to check your iron.' },
        {
          paragraph:
            'Do you take medicine for RLS? Talk to the clinician who prescribed it if your symptoms start earlier in the day, ' +
            'come on faster, get stronger or spread to your arms.',
        },
      ],
    },
    causes: {
      heading: 'What causes it',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Often no cause is found. An imbalance of dopamine, a brain chemical that helps control movement, may play a part.',
        },
        {
          paragraph:
            'RLS can run in families, mostly when it starts before age 40. ' +
            'Some genes have been linked to it.',
        },
        {
          paragraph:
            'Pregnancy or shifts in hormones can start it or make it worse for a time, ' +
            'mostly in the last 3 months of pregnancy. It usually ends after birth.',
        },
      ],
    },
    'risk-factors': {
      heading: 'Who gets it',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'It can start at any age, even in childhood, and is more common with age and in women. ' +
            'It is usually not a sign of serious illness, but it can come with:',
        },
        {
          terms: [
            {
              term: 'Peripheral neuropathy',
              text: 'Nerve damage in the hands and feet, such as from diabetes or alcohol use disorder.',
            },
            {
              term: 'Low iron (iron deficiency)',
              text:
                'It can cause or worsen RLS, even without anemia. ' +
                'Stomach or bowel bleeding, heavy periods and giving blood often can lower iron.',
            },
            {
              term: 'Kidney failure',
              text: 'People with it often have low iron, too.',
            },
            {
              term: 'Spinal cord problems',
              text: 'Spinal cord damage, or a past spinal block (numbing medicine given into the spine).',
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
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'RLS does not lead to other serious diseases. For some it is a small bother; for others it is disabling.',
        },
        {
          paragraph:
            'It can make it hard to fall or stay asleep, so you may be sleepy by day, yet find naps hard. ' +
            'Severe RLS can make life hard to enjoy and lead to depression.',
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
            'Exercise regularly during the day.',
            'Take a warm bath.',
            'Have less caffeine, and none after midday.',
            'Skip alcohol in the 2 hours before bed.',
          ],
        },
      ],
    },
  },
  selfCheck: {
    heading: 'Check your symptoms',
    intro:
      'This check compares your answers with the usual pattern of RLS. ' +
      'It is not a diagnosis.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: 'Do you feel an urge to move your legs?',
        hint: 'Usually with an unpleasant feeling, like crawling or pulling.',
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
      explainedByOther: {
        legend: 'Is it really a hard, painful cramp? Or does just changing position make it go away?',
        hint: 'Answer Yes if either one is true.',
      },
      frequency: {
        legend: 'How often do these feelings come?',
        hint: 'On average, over the past year.',
      },
      sleepAffected: {
        legend: 'Do these feelings make it hard to fall asleep or stay asleep?',
      },
      onRlsMedicineWorsening: {
        legend:
          'Do you take medicine for RLS, and do your symptoms now start earlier in the day, ' +
          'come on faster, get stronger or spread to your arms?',
        hint: 'If you do not take medicine for RLS, answer No.',
      },
    },
    frequencies: {
      'twice-weekly-or-more': 'Twice a week or more',
      'less-often': 'Less often than twice a week',
    },
    submit: 'See my result',
    unanswered: (count) =>
      count === 1 ? '1 question still needs an answer.' : `${count} questions still need an answer.`,
    resultLabel: 'Your result',
    results: {
      matches: {
        heading: 'Your answers match the pattern of RLS',
        text: 'This is not a diagnosis: other problems can feel the same.',
      },
      partial: {
        heading: 'Your answers match part of the pattern of RLS',
        text: 'Other problems can feel like this, too.',
      },
      unlikely: {
        heading: 'Your answers do not match the pattern of RLS',
        text:
          'This check cannot rule out RLS or any other problem. If your legs worry you, talk to a clinician.',
      },
    },
    courses: {
      'chronic-persistent': 'Clinicians call this pattern "chronic-persistent," which means long-lasting.',
      intermittent: 'Clinicians call this pattern "intermittent" once symptoms have come at least 5 times in all.',
    },
    reasons: {
      'all-criteria':
        'You said yes to all four usual signs, and that it is not a cramp or eased just by changing position.',
      'some-criteria': 'Two or more of the four usual signs may fit, but not all.',
      'few-criteria': 'Fewer than two of the four usual signs fit.',
      'other-cause-possible':
        'You said it may be a cramp or eased just by changing position. Such problems can look like RLS.',
      'course-chronic-persistent': 'You said the feelings come twice a week or more.',
      'course-intermittent': 'You said the feelings come less often than twice a week.',
      'pattern-needs-check': 'Only a clinician can check for other causes.',
      'sleep-affected': 'You said it may make it hard to sleep. Poor sleep is a good reason to get help.',
      'medicine-worsening':
        'You said your symptoms may be changing on RLS medicine. Talk to the clinician who prescribed it.',
    },
    reasonsLabel: 'Why this result',
    seeClinician:
      'Talk to a clinician, such as a doctor or nurse, about your symptoms. ' +
      'Ask whether you should have blood tests to check your iron.',
    noVisitNeeded:
      'Your answers do not point to a visit for RLS now. ' +
      'But see a clinician if it harms your sleep or mood, if self-help fails, or any time you are worried.',
  },
  showMore: 'Show all sections',
  showLess: 'Show fewer sections',
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
