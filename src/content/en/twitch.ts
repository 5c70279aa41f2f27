import type { TwitchContent } from '../../twitch-redflag-check/twitch-content.js';

/**
 * English text for `<twitch-redflag-check>`. Every fact rests on the clinical brief (section B);
 * each part names the sources it draws on. Written for a US grade 6-8 reading level.
 */
export const twitch: TwitchContent = {
  title: 'Leg twitching: check your symptoms',
  safetyNote: ({ emergency }) =>
    `This check is not a diagnosis. In an emergency, do not fill out this form: call ${emergency} now.`,
  about: {
    heading: 'About leg twitching',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'A twitch is a small movement of a muscle that happens on its own. You do not make it happen. ' +
          'The medical word for a muscle twitch is fasciculation.',
      },
      {
        paragraph:
          'Most people get twitches at some time. Harmless twitches often show up in an eyelid, a calf or a thumb. ' +
          'They tend to go away within a few days.',
      },
      { paragraph: 'Common things that can set off a twitch include:' },
      {
        list: [
          'stress or worry (anxiety)',
          'not getting enough sleep',
          'hard exercise',
          'caffeine and other stimulants, which are things that perk you up',
          'some medicines, such as water pills (diuretics), steroids or estrogen',
        ],
      },
      {
        paragraph:
          'Twitching is most often not an emergency. But a serious health problem can sometimes be behind it.',
      },
      {
        paragraph:
          'A neurologist is a doctor who treats the nerves and brain. ' +
          'One neurologist explains that twitching is more of a worry if it begins fairly suddenly and any of these come with it:',
      },
      {
        list: [
          'weakness',
          'loss of muscle tone, which means the muscle feels floppy or soft',
          'the muscle getting smaller or thinner',
        ],
      },
      {
        paragraph:
          'If your twitching keeps going or keeps coming back, make an appointment with a clinician, such as a doctor or nurse. ' +
          'It is also a good idea to see a clinician if:',
      },
      {
        list: [
          'the twitching lasts more than 2 weeks',
          'it is in more than one place, or it is spreading',
          'the area feels weak or stiff',
          'you think a medicine may be causing it',
        ],
      },
      {
        paragraph:
          'Do not stop a prescribed medicine on your own. Talk to a clinician first.',
      },
      {
        paragraph:
          'When twitching lasts a long time, a clinician can look for the cause. There are a few possible causes:',
      },
      {
        terms: [
          {
            term: 'Benign fasciculation syndrome',
            text: 'Benign means not harmful. In this condition, the twitches keep coming back.',
          },
          {
            term: 'Dystonia',
            text: 'This is a problem that makes muscles tighten or move when you do not want them to.',
          },
          {
            term: 'Motor neuron disease (MND), also called ALS',
            text: 'This disease harms the nerves that control the muscles. It is a rare cause of twitching.',
          },
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
      breathingTrouble: 'Trouble breathing, or feeling short of breath',
      chestPain: 'Chest pain',
      suddenOneSidedWeakness:
        'Signs of a stroke that came on suddenly: one side of the face droops, ' +
        'one side of the body feels weak or numb, or it is hard to speak',
      cannotSwallow: 'Not being able to swallow',
      seizureOrCollapse: 'A seizure or a collapse',
    },
    unsure: "I'm not sure about one of these",
    none: 'None of these',
    chooseOne: 'Choose at least one answer. If none of these signs apply, select "None of these."',
  },
  steps: {
    muscles: 'Your leg and muscles',
    course: 'How the twitching started and changed',
    causes: 'What might be causing it',
  },
  questions: {
    legSwollenWarmRed: {
      legend: 'Is one of your legs painful and also swollen, warm, red or darker than usual?',
      hint: 'This can be a sign of a blood clot in a vein.',
    },
    weakness: {
      legend: 'Does the area that twitches feel weak or stiff?',
      hint: 'For example, you trip more often, stairs are harder, or your grip is weak.',
    },
    weaknessWorsening: {
      legend: 'If it feels weak, is the weakness getting worse?',
      hint: 'If there is no weakness, answer No.',
    },
    lossOfTone: {
      legend: 'Does the muscle feel floppy or softer than usual?',
      hint: 'Doctors call this loss of muscle tone.',
    },
    muscleShrinking: {
      legend: 'Does the muscle look thinner or smaller than before?',
      hint: 'For example, one calf looks thinner than the other.',
    },
    suddenOnset: {
      legend: 'Did the twitching start fairly suddenly, over a few hours or days?',
      hint: 'If it built up slowly, answer No.',
    },
    longerThanTwoWeeks: {
      legend: 'Has the twitching lasted more than 2 weeks?',
      hint: 'Count it even if it comes and goes.',
    },
    spreading: {
      legend: 'Is the twitching in more than one place, or is it spreading?',
    },
    gradualSpeechOrSwallowChange: {
      legend: 'Has your speech become slurred, or has swallowing become harder, little by little?',
      hint: 'This question is about slow changes. Speech trouble that starts suddenly is an emergency: call for help at once.',
    },
    newMedicine: {
      legend: 'Did you recently start or change a medicine that might cause twitching?',
      hint:
        'For example, water pills (diuretics), steroids or estrogen. ' +
        'Keep taking any prescribed medicine until you talk to a clinician.',
    },
  },
  triggers: {
    legend: 'Could any of these be playing a part?',
    hint: 'Select all that apply. These answers do not change your result. They only choose which tips to show you.',
    options: {
      caffeine: 'Caffeine, such as coffee, tea or energy drinks',
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
      whatToDo: ({ emergency }) =>
        `Call ${emergency} now. Your answers include a sign that could be serious and needs help right away.`,
      watchFor: ({ emergency }) =>
        `Do not wait to see if the signs go away. If things change or get worse before help comes, call ${emergency} again.`,
    },
    urgent: {
      label: 'Urgent:',
      heading: () => 'Get medical help today',
      whatToDo: ({ clinic }) =>
        `Contact ${clinic} and ask to be seen today. If they are closed, go to an urgent care center.`,
      watchFor: ({ emergency }) =>
        `Call ${emergency} now if any of these start: trouble breathing, chest pain, a seizure or a collapse. ` +
        'Also call if you cannot swallow. ' +
        'Call for stroke signs, too: one side of the face droops, one side of the body feels weak or numb, or it is suddenly hard to speak.',
    },
    soon: {
      label: 'Non-urgent:',
      heading: () => 'Book an appointment',
      whatToDo: ({ clinic }) =>
        `Book an appointment with ${clinic} within the next few days. Tell them what you noticed and when it started.`,
      watchFor: ({ clinic, emergency }) =>
        `Contact ${clinic} the same day if weakness gets worse, or if one leg becomes painful and swollen, warm, red or darker. ` +
        'If they are closed, go to urgent care. If anything else changes, do this check again. ' +
        `Call ${emergency} now for trouble breathing, chest pain, a seizure, a collapse, or not being able to swallow. ` +
        'Also call for stroke signs: one side of the face droops, one side of the body feels weak or numb, or it is suddenly hard to speak.',
    },
    'self-care': {
      label: 'Self-care:',
      heading: () => 'You can likely care for this at home',
      whatToDo: () =>
        'Your answers do not show any of the warning signs this check asks about. ' +
        'Twitches like this are most often harmless. ' +
        'Easing the things that can set them off, such as caffeine, stress, poor sleep and hard exercise, may help.',
      watchFor: ({ clinic, emergency }) =>
        `Book an appointment with ${clinic} if the twitching lasts more than 2 weeks or spreads. ` +
        'Book one, too, if the area starts to feel weak, stiff or floppy, or the muscle looks thinner. ' +
        'Do this check again if anything changes. ' +
        `Call ${emergency} now for trouble breathing, chest pain, a seizure, a collapse, not being able to swallow, or stroke signs. ` +
        `You can contact ${clinic} any time you are worried.`,
    },
  },
  whatToDoLabel: 'What to do',
  watchForLabel: 'When to get more help',
  reasonsLabel: 'Why this result',
  reasons: {
    'breathing-trouble':
      'Trouble breathing needs help right away. It matters even more if one leg is also swollen, which can be a sign of a blood clot.',
    'chest-pain':
      'Chest pain needs help right away. It matters even more if one leg is also swollen, which can be a sign of a blood clot.',
    'sudden-one-sided-weakness':
      'A drooping face, weakness or numbness on one side, or sudden trouble speaking can be signs of a stroke. ' +
      'A stroke needs help right away.',
    'cannot-swallow': 'Not being able to swallow needs help right away.',
    'seizure-or-collapse': 'A seizure or a collapse needs help right away.',
    'leg-swollen-warm-red':
      'Pain in one leg, with swelling, warmth, or skin that looks red or darker, can be a sign of a blood clot. A clinician should check it the same day.',
    'weakness-worsening': 'Weakness that is getting worse needs a check the same day.',
    'sudden-onset-with-weakness':
      'Twitching that starts fairly suddenly along with weakness, a floppy muscle or a shrinking muscle needs a check the same day.',
    weakness: 'A muscle that feels weak or stiff should be checked by a clinician.',
    'loss-of-tone': 'A muscle that feels floppy or soft should be checked by a clinician.',
    'muscle-shrinking': 'A muscle that looks thinner than before should be checked by a clinician.',
    'gradual-speech-swallow-change':
      'Slurred speech or harder swallowing should be checked by a clinician, even when it comes on slowly.',
    'longer-than-two-weeks': 'Twitching that lasts more than 2 weeks should be checked by a clinician.',
    spreading: 'Twitching in more than one place, or twitching that spreads, should be checked by a clinician.',
    'new-medicine':
      'A medicine may be causing the twitching, and a clinician can check this. ' +
      'Keep taking any prescribed medicine until you talk to them.',
    'no-warning-signs': 'None of the warning signs this check asks about fit your answers.',
  },
  triggerAdviceLabel: 'Things that may help',
  triggerAdvice: {
    caffeine: 'Caffeine can bring on twitches. Having less coffee, tea, cola or energy drinks may help.',
    stress:
      'Stress and worry can bring on twitches. Taking time each day to relax may help. ' +
      'If stress is hard to manage, a clinician can help.',
    poorSleep:
      'Lack of sleep can bring on twitches. Going to bed at the same time each night and getting enough sleep may help.',
    hardExercise:
      'Hard exercise can bring on twitches. Giving your muscles time to rest between hard workouts may help.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
