import type { TwitchContent } from '../../twitch-redflag-check/twitch-content.js';

/**
 * English text for `<twitch-redflag-check>`. Every fact rests on the clinical brief (section B);
 * each part names the sources it draws on. Written for a US grade 6-8 reading level, and kept
 * short: each thing is said once (the bundle carries every language).
 */
export const twitch: TwitchContent = {
  title: 'Leg twitching: check your symptoms',
  safetyNote: ({ emergency }) => `This check is not a diagnosis. In an emergency, skip it and call ${emergency} now.`,
  about: {
    heading: 'About leg twitching',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'A twitch (fasciculation) is a small muscle movement you cannot control. Most people get them. ' +
          'Harmless ones often hit an eyelid, calf or thumb and go in days.',
      },
      {
        paragraph:
          'Common triggers are stress or worry, poor sleep, hard exercise, caffeine and other stimulants, ' +
          'and some medicines, such as water pills (diuretics), steroids or estrogen.',
      },
      {
        paragraph:
          'It is rarely an emergency, but can have a serious cause. ' +
          'Worry more if it starts fairly suddenly with a weak, floppy or shrinking muscle. ' +
          'See a clinician if it lasts or keeps coming back. Lasting twitching can come from:',
      },
      {
        terms: [
          { term: 'Benign fasciculation syndrome', text: 'harmless twitches that keep coming back' },
          { term: 'Dystonia', text: 'muscles that tighten or move on their own' },
          { term: 'Motor neuron disease (MND or ALS)', text: 'a rare disease of the nerves that control muscles' },
        ],
      },
    ],
  },
  check: {
    heading: 'Check your twitching',
    sources: [
      'nhs-stroke',
      'nhs-dvt',
      'nhs-mnd',
      'nhs-twitching',
      'medlineplus-fasciculations',
      'houston-methodist-twitching',
    ],
    stepCount: (step, total) => `Step ${step} of ${total}`,
    back: 'Back',
    next: 'Next',
    showResult: 'See my result',
    unanswered: (count) =>
      count === 1 ? '1 question still needs an answer.' : `${count} questions still need an answer.`,
  },
  emergencyScreen: {
    heading: 'Emergency signs first',
    legend: 'Do you have any of these right now?',
    hint: 'Select all that apply.',
    signs: {
      breathingTrouble: 'Trouble breathing or short of breath',
      chestPain: 'Chest pain',
      suddenOneSidedWeakness:
        'Sudden stroke signs: one side of the face droops, one side of the body is weak or numb, or speaking is hard',
      cannotSwallow: 'Not able to swallow',
      seizureOrCollapse: 'A seizure or collapse',
    },
    unsure: "I'm not sure about one of these",
    none: 'None of these',
    chooseOne: 'Select one or more, or "None of these."',
  },
  steps: {
    muscles: 'Your leg and muscles',
    course: 'How it started and changed',
    causes: 'Possible causes',
  },
  questions: {
    legSwollenWarmRed: {
      legend: 'Is one leg painful and also swollen, warm, red or darker than usual?',
    },
    weakness: {
      legend: 'Does the twitching area feel weak or stiff?',
      hint: 'Such as tripping, trouble with stairs or a weak grip.',
    },
    weaknessWorsening: {
      legend: 'Is the weakness getting worse?',
      hint: 'If there is no weakness, answer No.',
    },
    lossOfTone: {
      legend: 'Does the muscle feel floppy or softer than usual?',
    },
    muscleShrinking: {
      legend: 'Does the muscle look thinner or smaller than before?',
      hint: 'For example, one calf is thinner than the other.',
    },
    suddenOnset: {
      legend: 'Did the twitching start fairly suddenly, over a few hours or days?',
      hint: 'If it built up slowly, answer No.',
    },
    longerThanTwoWeeks: {
      legend: 'Has the twitching lasted more than 2 weeks, even if it comes and goes?',
    },
    spreading: {
      legend: 'Is the twitching in more than one place, or spreading?',
    },
    gradualSpeechOrSwallowChange: {
      legend: 'Little by little, has your speech become slurred or swallowing harder?',
      hint: 'Sudden speech trouble: call for help now.',
    },
    newMedicine: {
      legend: 'Did you just start or change a medicine that may cause twitching?',
      hint: 'Such as water pills (diuretics), steroids or estrogen. Do not stop a prescribed medicine on your own.',
    },
  },
  triggers: {
    legend: 'Could any of these play a part?',
    hint: 'Select all that apply. This changes only the tips.',
    options: {
      caffeine: 'Caffeine (coffee, tea, energy drinks)',
      stress: 'Stress or worry',
      poorSleep: 'Not enough sleep',
      hardExercise: 'Hard exercise',
      none: 'None of these',
    },
  },
  results: {
    emergency: {
      label: 'Emergency:',
      heading: ({ emergency }) => `Call ${emergency} now`,
      whatToDo: ({ emergency }) => `Call ${emergency} now. You have a sign that needs help right away.`,
      watchFor: ({ emergency }) => `Do not wait. If it gets worse before help comes, call ${emergency} again.`,
    },
    urgent: {
      label: 'Urgent:',
      heading: () => 'Get medical help today',
      whatToDo: ({ clinic }) => `Contact ${clinic} to be seen today, or go to urgent care if they are closed.`,
      watchFor: ({ emergency }) =>
        `Call ${emergency} now for trouble breathing, chest pain, a seizure or collapse, not being able to swallow, ` +
        'or sudden stroke signs: one side of the face droops, one side of the body is weak or numb, or speaking is hard.',
    },
    soon: {
      label: 'Non-urgent:',
      heading: () => 'Book an appointment',
      whatToDo: ({ clinic }) => `Book an appointment with ${clinic} in the next few days.`,
      watchFor: ({ clinic, emergency }) =>
        `If weakness gets worse or one leg gets painful and swollen, warm, red or darker, contact ${clinic} to be seen today, ` +
        'or go to urgent care if they are closed. Do this check again if anything else changes. ' +
        `Call ${emergency} now for trouble breathing, chest pain, a seizure or collapse, not being able to swallow, ` +
        'or sudden stroke signs: one side of the face droops, one side of the body is weak or numb, or speaking is hard.',
    },
    'self-care': {
      label: 'Self-care:',
      heading: () => 'Home care is likely enough',
      whatToDo: () =>
        'This is most often harmless. Easing triggers like caffeine, stress, poor sleep or hard exercise may help.',
      watchFor: ({ clinic, emergency }) =>
        `Book an appointment with ${clinic} if the twitching lasts more than 2 weeks or spreads, ` +
        'or the muscle gets weak, stiff, floppy or thinner. Do this check again if anything else changes. ' +
        `Call ${emergency} now for trouble breathing, chest pain, a seizure or collapse, not being able to swallow, ` +
        'or sudden stroke signs: one side of the face droops, one side of the body is weak or numb, or speaking is hard.',
    },
  },
  whatToDoLabel: 'What to do',
  watchForLabel: 'When to get more help',
  reasonsLabel: 'Why this result',
  reasons: {
    'breathing-trouble': 'Trouble breathing needs help right away, even more so if one leg is swollen (a possible blood clot).',
    'chest-pain': 'Chest pain needs help right away, even more so if one leg is swollen (a possible blood clot).',
    'sudden-one-sided-weakness': 'Sudden stroke signs need help right away.',
    'cannot-swallow': 'Not being able to swallow needs help right away.',
    'seizure-or-collapse': 'A seizure or collapse needs help right away.',
    'leg-swollen-warm-red':
      'A painful leg that is also swollen, warm, red or darker may be a blood clot. It needs a check the same day.',
    'weakness-worsening': 'Weakness that is getting worse needs a check the same day.',
    'sudden-onset-with-weakness':
      'Twitching that starts fairly suddenly with a weak, floppy or shrinking muscle needs a check the same day.',
    weakness: 'A weak or stiff muscle needs a check.',
    'loss-of-tone': 'A floppy or soft muscle needs a check.',
    'muscle-shrinking': 'A muscle that looks thinner than before needs a check.',
    'gradual-speech-swallow-change': 'Slurred speech or harder swallowing needs a check, even if it came on slowly.',
    'longer-than-two-weeks': 'Twitching that lasts more than 2 weeks needs a check.',
    spreading: 'Twitching that spreads or is in more than one place needs a check.',
    'new-medicine': 'A clinician can check if a medicine is to blame. Do not stop a prescribed medicine on your own.',
    'no-warning-signs': 'You have none of the warning signs asked about.',
  },
  triggerAdviceLabel: 'Things that may help',
  triggerAdvice: {
    caffeine: 'Less coffee, tea, cola or energy drinks may help.',
    stress: 'Daily time to relax may help; a clinician can help with stress.',
    poorSleep: 'A set bedtime and enough sleep may help.',
    hardExercise: 'Rest between hard workouts may help.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
