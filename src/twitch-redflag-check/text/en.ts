import type { TwitchContent } from '../twitch-content.js';

/**
 * English text for `<twitch-redflag-check>`. Every fact rests on the clinical brief (version 2,
 * section B); each part names the sources it draws on. Written for a US grade 6-8 reading level,
 * and kept short: each thing is said once (the bundle carries every language).
 */
export const en: TwitchContent = {
  title: 'Leg twitching: check your symptoms',
  safetyNote: 'This check is not a diagnosis. In an emergency, skip it.',
  appointmentSummary: {
    fileName: 'leg-twitching-summary',
    ask: [
      'Which warning signs mean I should get help right away?',
      'What could be causing my twitching? Do I need any tests?',
      'Could one of my medicines be the cause?',
    ],
  },
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
          'See a doctor or nurse if it lasts or keeps coming back. Lasting twitching can come from:',
      },
      {
        terms: [
          { term: 'Benign fasciculation syndrome', text: 'harmless twitches that keep coming back' },
          { term: 'Dystonia', text: 'muscles that tighten or move on their own' },
          {
            term: "ALS (Lou Gehrig's disease)",
            text: 'a rare kind of motor neuron disease, which harms the nerves that control muscles',
          },
        ],
      },
    ],
  },
  check: {
    heading: 'Check your twitching',
    sources: [
      'nhs-stroke',
      'nhs-tia',
      'nhs-dvt',
      'nhs-gbs',
      'cauda-equina-leaflets',
      'nhs-tetanus',
      'nhs-statins',
      'mayo-rhabdomyolysis',
      'nhs-mnd',
      'nhs-twitching',
      'medlineplus-fasciculations',
      'houston-methodist-twitching',
    ],
    stepCount: ({ step, total }) => `Step ${step} of ${total}`,
    back: 'Back',
    next: 'Next',
    showResult: 'See my result',
    unanswered: ({ count }) =>
      count === 1 ? '1 question still needs an answer.' : `${count} questions still need an answer.`,
  },
  emergencyScreen: {
    legend: 'Do you have any of these now, or have you had any in the past 24 hours, even if it has gone away?',
    summaryLabel: 'Emergency signs, now or in the past 24 hours',
    hint: 'Select all that apply.',
    signs: {
      breathingTrouble: {
        label: 'Trouble breathing',
        hint: 'You cannot catch your breath, even at rest.',
      },
      chestPain: {
        label: 'Chest pain, pressure or tightness',
        hint: 'Any pain or squeezing in the chest, even if it comes and goes.',
      },
      suddenOneSidedWeakness: {
        label: 'Sudden weakness or numbness in your face, in one arm or leg, or down one side; or sudden trouble speaking',
        hint: 'Such as a face that droops on one side, or words that come out wrong. Even if it is better now.',
      },
      cannotSwallow: {
        label: 'Not able to swallow',
        hint: 'Food, drink or spit will not go down.',
      },
      seizureOrCollapse: {
        label: 'A seizure, fainting or collapsing',
        hint: 'Shaking you could not stop, or passing out.',
      },
      cannotMoveLeg: {
        label: 'Suddenly not able to move a leg or stand on it',
        hint: 'Not just sore: the leg will not move or hold you up.',
      },
      bladderBowelOrSaddleNumbness: {
        label: 'New loss of control of your bladder or bowels, or numbness between your legs or around your bottom',
        hint: 'Such as not being able to hold or pass urine, or not feeling toilet paper when you wipe.',
      },
      tetanusSigns: {
        label: 'After a cut, puncture or burn: a stiff jaw, or spasms spreading over your body',
        hint: 'Most of all after a dirty wound (soil, a rusty nail).',
      },
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
      legend: 'Is one leg (not both) swollen, or painful with skin that is warm, red or darker than usual?',
    },
    weakness: {
      legend: 'Does your leg, or another muscle, feel weak?',
      hint: 'Such as tripping, trouble with stairs or a weak grip.',
    },
    weaknessWorsening: {
      legend: 'Is the weakness getting worse?',
    },
    lossOfTone: {
      legend: 'Does the muscle feel floppy or softer than usual?',
    },
    muscleShrinking: {
      legend: 'Does the muscle look thinner or smaller than before?',
      hint: 'For example, one calf is thinner than the other.',
    },
    stiffness: {
      legend: 'Does the muscle feel stiff or tight most of the time?',
    },
    numbnessOrTingling: {
      legend: 'Is your leg or foot numb, or does it tingle?',
      hint: 'Such as pins and needles, or less feeling than usual.',
    },
    suddenOnset: {
      legend: 'Did the twitching start fairly suddenly, over a few hours or days?',
      hint: ({ emergency }) => `If it built up slowly, answer No. If a leg got weak within minutes or hours, call ${emergency} now.`,
    },
    spreadingWeaknessOrNumbness: {
      legend: 'Is weakness, numbness or tingling spreading over hours or days?',
      hint: 'For example, moving up from your feet. If you have none, answer No.',
    },
    longerThanTwoWeeks: {
      legend: 'Has the twitching lasted more than 2 weeks, even if it comes and goes?',
    },
    spreading: {
      legend: 'Is the twitching in more than one place, or spreading?',
    },
    gradualSpeechOrSwallowChange: {
      legend: 'Little by little, has your speech become slurred or swallowing harder?',
      hint: ({ emergency }) => `Sudden trouble speaking: call ${emergency} now.`,
    },
    statinMuscleSymptoms: {
      legend: 'Do you take a medicine for cholesterol (a statin), and have muscle pain, soreness, weakness or cramps?',
      hint: 'If you do not take one, answer No.',
    },
    darkUrine: {
      legend: 'Do you have muscle pain or weakness, and urine that is dark like tea or cola?',
      hint: 'It can follow very hard exercise, great heat or a new medicine. Also answer Yes if you pass very little urine.',
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
      whatToDo: ({ emergency }) =>
        `Call ${emergency} now. Do not drive yourself. Note the time the signs started, and tell the person who answers.`,
      whileWaiting: ({ emergency }) => `Do not wait. If it gets worse before help comes, call ${emergency} again.`,
    },
    urgent: {
      label: 'Urgent:',
      heading: () => 'Get medical help today',
      whatToDo: ({ clinic }) =>
        `Contact ${clinic} to be seen today. If they are closed, go to an urgent care center or an emergency room.`,
    },
    soon: {
      label: 'Non-urgent:',
      heading: () => 'Book an appointment',
      whatToDo: ({ clinic }) => `Book an appointment with ${clinic} in the next few days.`,
    },
    'self-care': {
      label: 'Self-care:',
      heading: () => 'Home care is likely enough',
      whatToDo: () => 'This is most often harmless, and often goes away within days.',
    },
  },
  whatToDoLabel: 'What to do',
  moreHelp: {
    label: 'When to get more help',
    headings: {
      soon: ({ clinic }) => `Book an appointment with ${clinic} if you have:`,
      urgent: () => 'Get medical help today if you have:',
      emergency: ({ emergency }) => `Call ${emergency} now if you have:`,
    },
    soonIf: [
      'twitching that lasts more than 2 weeks or spreads',
      'a muscle that gets weak, stiff, floppy or thinner',
      'numbness or tingling',
    ],
    urgentIf: [
      'one swollen leg, or one painful leg with warm, red or darker skin',
      'weakness that gets worse, or weakness, numbness or tingling that spreads',
      'sore or weak muscles with dark urine, like tea or cola',
      'twitching with a racing or uneven heartbeat after much vomiting or diarrhea, or while taking water pills (diuretics)',
    ],
    checkAgain: 'Do this check again if anything else changes.',
  },
  reasonsLabel: 'Why this result',
  reasons: {
    'emergency-sign-unsure': 'You were not sure about one of the emergency signs. To be safe, treat it as one.',
    'leg-swollen-warm-red':
      'One swollen leg, or a painful leg with warm, red or darker skin, may be a blood clot. It needs a check today; some urgent care centers cannot scan for clots.',
    'weakness-worsening': 'Weakness that is getting worse needs a check today.',
    'spreading-weakness-or-numbness': 'Weakness, numbness or tingling that spreads needs a check today.',
    'sudden-onset-with-weakness':
      'Twitching that starts fairly suddenly with a weak, floppy or shrinking muscle needs a check today.',
    'statin-muscle-symptoms': 'Muscle pain or weakness on a cholesterol medicine needs a check today. Ask before the next dose.',
    'dark-urine': ({ emergency }) =>
      `Sore or weak muscles with dark urine can mean muscle damage. It needs a check today. Call ${emergency} if you feel very unwell.`,
    weakness: 'A weak muscle needs a check.',
    'loss-of-tone': 'A floppy or soft muscle needs a check.',
    'muscle-shrinking': 'A muscle that looks thinner than before needs a check.',
    stiffness: 'A muscle that is stiff or tight most of the time needs a check.',
    'numbness-or-tingling': 'Numbness or tingling needs a check.',
    'gradual-speech-swallow-change': 'Slurred speech or harder swallowing needs a check, even if it came on slowly.',
    'longer-than-two-weeks': 'Twitching that lasts more than 2 weeks needs a check.',
    spreading: 'Twitching that spreads or is in more than one place needs a check.',
    'new-medicine': 'A doctor or nurse can check if a medicine is to blame. Do not stop a prescribed medicine on your own.',
    'sudden-onset-alone':
      'A sudden start on its own is usually harmless when the muscle is not weak, floppy or thinner.',
    'no-warning-signs': 'None of your answers point to a warning sign.',
  },
  signReason: ({ sign }) => `You selected “${sign}”.`,
  triggerAdviceLabel: 'Things that may help',
  triggerAdvice: {
    caffeine: 'Less coffee, tea, cola or energy drinks may help.',
    stress: 'Daily time to relax may help; a doctor or nurse can help with stress.',
    poorSleep: 'A set bedtime and enough sleep may help.',
    hardExercise: 'Rest between hard workouts may help.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
