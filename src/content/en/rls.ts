import type { RlsContent } from '../../rls-symptom-card/rls-content.js';

/**
 * English text for `<rls-symptom-card>`. Every fact rests on the clinical brief (section A);
 * each section names the sources it draws on. Written for a US grade 6-8 reading level.
 */
export const rls: RlsContent = {
  title: 'Restless legs syndrome (RLS)',
  summary: 'A strong urge to move your legs, most often in the evening or at night when you rest.',
  sections: {
    overview: {
      heading: 'What RLS is',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Restless legs syndrome (RLS) gives you a strong urge to move your legs. The urge is hard to resist. ' +
            'Most of the time, it comes with an odd, unpleasant feeling in the legs.',
        },
        {
          paragraph:
            'It tends to show up in the evening or at night, when you sit or lie down. ' +
            'Moving your legs makes the feeling better, but only for a while.',
        },
        { paragraph: 'RLS has another name: Willis-Ekbom disease.' },
        {
          paragraph:
            'RLS can start at any age. It most often gets worse as you get older. ' +
            'It can break up your sleep, and poor sleep can make your days harder.',
        },
        {
          paragraph:
            'Simple self-care and changes to daily habits can ease the symptoms. ' +
            'Medicines help many people with RLS, too.',
        },
      ],
    },
    symptoms: {
      heading: 'Common signs',
      sources: ['mayo-rls'],
      body: [
        { paragraph: 'The main sign is an urge to move your legs. Four other things are common:' },
        {
          terms: [
            {
              term: 'It starts when you rest',
              text:
                'The feeling often begins after you sit or lie down for a long time. ' +
                'This might be on a long car ride, on a plane or at the movie theater.',
            },
            {
              term: 'Moving makes it better',
              text: 'Stretching, jiggling your legs, pacing or walking helps ease it.',
            },
            {
              term: 'It is worse in the evening',
              text: 'Symptoms come mostly at night.',
            },
            {
              term: 'Your legs twitch at night',
              text:
                'Your legs may twitch or kick while you sleep, maybe all night long. ' +
                'This is a separate problem called periodic limb movements of sleep. ' +
                'It is more common than RLS. Of every 10 people with RLS, about 8 also get these night movements.',
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
            'People say the feeling is strong and unpleasant. It is felt in the legs or feet. ' +
            'Most of the time, it is on both sides of the body. Less often, it is in the arms. ' +
            'It is usually felt deep inside the leg, not on the skin.',
        },
        { paragraph: 'People use words like these for it:' },
        { list: ['Crawling', 'Creeping', 'Pulling', 'Throbbing', 'Aching', 'Itching', 'Electric'] },
        {
          paragraph:
            'Some people find the feeling hard to put into words. ' +
            'Most do not call it a cramp, and most do not say their legs feel numb. ' +
            'What they do talk about, again and again, is the need to move their legs.',
        },
        {
          paragraph:
            'Symptoms can be mild on some days and strong on others. ' +
            'They may go away for a time and then come back.',
        },
      ],
    },
    'when-to-see': {
      heading: 'When to see a clinician',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'If you think you may have RLS, talk to a clinician, such as a doctor or nurse. ' +
            'Some people never ask for help. They fear no one will take them seriously. ' +
            'But RLS can harm your sleep and make you drowsy during the day. ' +
            'It can also lower your quality of life.',
        },
        { paragraph: 'It is a good idea to see a clinician if:' },
        {
          list: [
            'it keeps you from sleeping',
            'it affects your mood or mental health',
            'self-help steps have not worked',
          ],
        },
        { paragraph: 'Ask your clinician whether you should have blood tests to check your iron.' },
        {
          paragraph:
            'Do you already take medicine for RLS? Then watch for changes. ' +
            'Your symptoms might start earlier in the day, come on faster, get stronger or spread to your arms. ' +
            'If so, talk to the clinician who prescribed the medicine.',
        },
      ],
    },
    causes: {
      heading: 'What causes it',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Often, no cause is found. Researchers think RLS may come from an imbalance of dopamine. ' +
            'Dopamine is a chemical in the brain. It carries messages that help control how your muscles move.',
        },
        {
          paragraph:
            'RLS sometimes runs in families. This is most likely when it starts before age 40. ' +
            'Our genes sit on tiny strands called chromosomes. ' +
            'Researchers have found spots on them where genes for RLS may be.',
        },
        {
          paragraph:
            'Pregnancy or changes in hormones can bring on RLS or make it worse for a time. ' +
            'Some women get it for the first time while pregnant. ' +
            'This happens most in the last 3 months, called the last trimester. ' +
            'The symptoms usually go away after the baby is born.',
        },
      ],
    },
    'risk-factors': {
      heading: 'Who gets it',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'RLS can start at any age, even in childhood. It gets more common as people get older. ' +
            'Women get it more often than men.',
        },
        {
          paragraph:
            'Most of the time, RLS is not a sign of a serious health problem. ' +
            'But it sometimes comes along with other conditions, such as these:',
        },
        {
          terms: [
            {
              term: 'Peripheral neuropathy',
              text:
                'This means the nerves in your hands and feet are damaged. ' +
                'It is sometimes caused by a long-term illness, such as diabetes or alcohol use disorder.',
            },
            {
              term: 'Low iron (iron deficiency)',
              text:
                'Too little iron in the body can cause RLS or make it worse. ' +
                'This is true even without anemia, which means too few red blood cells. ' +
                'Your iron may be low if you once had bleeding in your stomach or bowels. ' +
                'It may also be low if you get heavy periods or give blood often.',
            },
            {
              term: 'Kidney failure',
              text:
                'When the kidneys do not work well, the iron stored in the blood can drop. ' +
                'So people with kidney failure may have low iron, often with anemia. ' +
                'Low iron and other changes in the body may cause RLS or make it worse.',
            },
            {
              term: 'Spinal cord problems',
              text:
                'Damage or injury to the spinal cord has been linked to RLS. ' +
                'So has numbing medicine given into the spine, such as a spinal block. ' +
                'Having had one makes RLS more likely.',
            },
            {
              term: "Parkinson's disease",
              text:
                "Some people with Parkinson's disease take certain medicines that work like dopamine. " +
                'These people are more likely to get RLS.',
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
            'RLS does not lead to other serious diseases. But it affects people in very different ways. ' +
            'For some, it is barely a bother. For others, it is so bad that they cannot do their usual things.',
        },
        {
          paragraph:
            'Many people with RLS find it hard to fall asleep or stay asleep. ' +
            'Lack of sleep can make you very sleepy during the day. ' +
            'Yet RLS can also make it hard to take a nap.',
        },
        {
          paragraph:
            'Severe RLS can make life much harder to enjoy. It can also lead to depression.',
        },
      ],
    },
    'self-help': {
      heading: 'Things you can try',
      sources: ['nhs-rls'],
      body: [
        { paragraph: 'These steps may help ease your symptoms. They do not work for everyone.' },
        {
          list: [
            'Get regular exercise during the day.',
            'Take a warm bath.',
            'Cut down on caffeine, and have none after midday.',
            'Skip alcohol in the 2 hours before bed.',
          ],
        },
        { paragraph: 'If these steps do not help, talk to a clinician.' },
      ],
    },
  },
  selfCheck: {
    heading: 'Check your symptoms',
    intro:
      'This check compares your answers with the usual pattern of RLS. ' +
      'It is not a diagnosis: only a clinician can find out what is causing your symptoms.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: 'Do you feel an urge to move your legs?',
        hint: 'It usually comes with an unpleasant feeling in the legs, like crawling, pulling or aching.',
      },
      startsAtRest: {
        legend: 'Does it start or get worse when you sit or lie still?',
        hint: 'For example, on a long car ride or while you watch a movie.',
      },
      reliefWithMovement: {
        legend: 'Does moving ease it, at least while you keep moving?',
        hint: 'For example, walking, stretching or jiggling your legs.',
      },
      worseEvening: {
        legend: 'Does it come only in the evening or at night, or is it worse then?',
      },
      explainedByOther: {
        legend: 'Is it really a hard, painful cramp? Or does just changing position make it go away?',
        hint: 'Answer Yes if either one is true. Cramps and other problems can feel a bit like RLS.',
      },
      frequency: {
        legend: 'How often do these feelings come?',
        hint: 'Think about the past year, on average.',
      },
      sleepAffected: {
        legend: 'Do these feelings make it hard to fall asleep or stay asleep?',
      },
      onRlsMedicineWorsening: {
        legend:
          'Do you take medicine for RLS, and have your symptoms started earlier in the day, ' +
          'come on faster, gotten stronger or spread to your arms?',
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
        text:
          'Your answers fit all four usual signs of RLS. ' +
          'This is not a diagnosis. Other problems can feel the same, and only a clinician can check for them.',
      },
      partial: {
        heading: 'Your answers match part of the pattern of RLS',
        text:
          'Some of your answers fit RLS, but not all of them. ' +
          'Other problems can feel like this, too. A clinician can help find the cause.',
      },
      unlikely: {
        heading: 'Your answers do not match the pattern of RLS',
        text:
          'Few of the usual signs of RLS fit your answers. ' +
          'This check cannot rule out RLS or any other problem. ' +
          'If something about your legs worries you, talk to a clinician.',
      },
    },
    courses: {
      'chronic-persistent':
        'Clinicians call this pattern "chronic-persistent." It means the symptoms come twice a week or more, ' +
        'on average, over the past year. Chronic means long-lasting.',
      intermittent:
        'Clinicians call this pattern "intermittent." It means the symptoms come less often than twice a week, ' +
        'on average. Clinicians use this word once the symptoms have come at least 5 times in all.',
    },
    reasons: {
      'all-criteria':
        'You said yes to all four usual signs: an urge to move, starting at rest, relief from moving, ' +
        'and being worse in the evening or at night. You also said it is not a cramp and is not fixed just by changing position.',
      'some-criteria': 'Two or more of the four usual signs may fit, but not the whole pattern.',
      'few-criteria': 'Fewer than two of the four usual signs fit your answers.',
      'other-cause-possible':
        'You said it may be a hard, painful cramp, or that changing position alone fixes it, or you were not sure. ' +
        'Other problems, like leg cramps, can look like RLS.',
      'course-chronic-persistent': 'You said the feelings come twice a week or more.',
      'course-intermittent': 'You said the feelings come less often than twice a week.',
      'pattern-needs-check':
        'Your answers fit all or part of the pattern. A clinician needs to check for other causes.',
      'sleep-affected':
        'You said the feelings make it hard to sleep, or you were not sure. Poor sleep is a good reason to get help.',
      'medicine-worsening':
        'You said your symptoms may be changing while you take medicine for RLS. ' +
        'Talk to the clinician who prescribed it.',
    },
    reasonsLabel: 'Why this result',
    seeClinician:
      'Talk to a clinician, such as a doctor or nurse, about your symptoms. ' +
      'Ask whether you should have blood tests to check your iron.',
    noVisitNeeded:
      'Your answers do not point to a visit for RLS right now. ' +
      'But talk to a clinician if your legs keep you from sleeping, affect your mood, ' +
      'or self-help does not work. You can also ask for help any time you are worried.',
  },
  showMore: 'Show all sections',
  showLess: 'Show fewer sections',
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
