import type { Block } from '../../shared/text-types.js';
import type { SpasmContent } from '../spasm-content.js';

/** The two thigh stretches: in the stretch step, and again under prevention. */
const thighStretches: readonly Block[] = [
  { paragraph: 'For the back of the thigh:' },
  { list: ['Sit with your leg straight out in front of you.', 'Gently lean forward until you feel the stretch.'] },
  { paragraph: 'For the front of the thigh:' },
  { list: ['Hold on to a chair.', 'Bend your knee and pull your foot up toward your bottom.'] },
];

/**
 * English text for `<spasm-relief-steps>`. Every fact rests on the clinical brief (section C);
 * each part names the sources it draws on. Pain relief is shown only as a way to ease soreness
 * after a cramp, never as a way to stop one. Written for a US grade 6-8 reading level.
 */
export const en: SpasmContent = {
  title: 'Ease a leg cramp',
  intro: [
    {
      paragraph:
        'A leg cramp, or spasm, is a painful tightening of a leg muscle (some call it a charley horse). ' +
        'It lasts seconds to about 10 minutes. The muscle may be sore for up to a day.',
    },
  ],
  checkFirst: {
    heading: 'Check first: could it be a blood clot?',
    sources: ['nhs-dvt'],
    text:
      'Is one leg (not both) swollen, or does it hurt with skin that is warm, red or darker? A clot can feel like a cramp. ' +
      'If so, do not rub or heat it, and get medical help today.',
    emergency: ({ emergency }) => `Call ${emergency} now if you also have chest pain or trouble breathing.`,
  },
  stepsHeading: 'Steps to ease a cramp',
  steps: {
    stretch: {
      heading: 'Stretch the muscle',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: 'For the calf (back of the lower leg):' },
          {
            list: [
              'Straighten your leg.',
              'Gently pull your toes up toward your shin.',
              'Hold until the cramp eases. Stop if it hurts more.',
            ],
          },
        ],
        thigh: [...thighStretches, { paragraph: 'Hold until the cramp eases. Stop if it hurts more.' }],
        foot: [
          { paragraph: 'For the foot:' },
          { list: ['Gently pull your toes up toward your shin.', 'Hold until the cramp eases. Stop if it hurts more.'] },
        ],
      },
    },
    massage: {
      heading: 'Rub the muscle',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Rub it with your hands or a massage roller.' }],
    },
    walk: {
      heading: 'Stand up and walk',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Stand on the cramped leg, then walk around.' }],
    },
    'heat-ice': {
      heading: 'Use heat or ice',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            { term: 'Heat', text: 'A warm pack or heating pad while the muscle is tight.' },
            { term: 'Cold', text: 'An ice pack later, once the muscle is sore.' },
          ],
        },
      ],
      cautions: {
        heading: 'Heat and cold safety',
        body: [
          {
            list: [
              'Put a cloth between the pack and your skin.',
              'Use it 15 to 20 minutes at most.',
              'Never sleep with it on.',
              'Set a heating pad to medium or low.',
              'Never use it on numb or tingly skin.',
              'Diabetes or poor blood flow? Ask a doctor or nurse first.',
            ],
          },
        ],
      },
    },
    'pain-relief': {
      heading: 'After the cramp: ease soreness',
      sources: ['nhs-leg-cramps', 'dailymed-otc-labels', 'fda-nsaid-pregnancy'],
      body: [
        {
          paragraph:
            'Pain relievers act too slowly to stop a cramp, but afterwards ibuprofen or acetaminophen (paracetamol) ' +
            'may ease soreness. Follow the label.',
        },
      ],
      cautions: [
        {
          heading: 'Ibuprofen: check first',
          body: [
            { paragraph: 'Do not take it with other pain relievers like naproxen or aspirin.' },
            { paragraph: 'Ask a pharmacist or doctor first if you:' },
            {
              list: [
                'are pregnant (from 20 weeks, take it only if a doctor says so)',
                'have asthma',
                'have had a stomach ulcer or bleeding',
                'have heart, liver or kidney disease, or high blood pressure',
                'have had a stroke',
                'take a blood thinner, a steroid or a water pill (diuretic)',
                'take aspirin for your heart',
                'are 60 or older',
                'have 3 or more alcoholic drinks a day',
              ],
            },
          ],
        },
        {
          heading: 'Acetaminophen: check first',
          body: [
            { paragraph: 'Check labels: never take two products that have it.' },
            { paragraph: 'Ask a pharmacist or doctor first if you:' },
            {
              list: [
                'have liver disease',
                'drink a lot of alcohol',
                'take warfarin, a blood thinner',
                'weigh under 50 kg (110 lb)',
              ],
            },
            {
              paragraph:
                'Never go over the limit on the label for one day (24 hours). Count the milligrams (mg), not the pills.',
            },
          ],
          overdose: {
            'poison-control': ({ poisonControl, emergency }) =>
              `Took too much? Call Poison Control at ${poisonControl} now, even if you feel fine. If you feel very unwell, call ${emergency}.`,
            emergency: ({ emergency }) => `Took too much? Call ${emergency} now, even if you feel fine.`,
          },
        },
      ],
    },
  },
  guided: {
    stepCount: ({ step, total }) => `Step ${step} of ${total}`,
    back: 'Back',
    next: 'Next',
    finish: 'Finish',
    eased: 'Done, it eased',
    aftercareHeading: 'Care after a cramp',
    // Shown both after "Done, it eased" and after "Finish", so it must not assume the cramp
    // has stopped.
    aftercareIntro:
      'The muscle may be sore for up to a day. If a cramp lasts over 10 minutes, get medical help today.',
    startOver: 'Start over',
  },
  timer: {
    heading: ({ minutes }) => `Heat or ice timer (${minutes} minutes)`,
    start: 'Start timer',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    timeLeft: ({ clock }) => `${clock} left`,
    ended: 'Time is up. Take the pack off.',
  },
  help: {
    heading: 'When to get help',
    sources: ['nhs-leg-cramps', 'nhs-inform-leg-cramps', 'nhs-dvt', 'nhs-tetanus', 'nhs-statins', 'mayo-rhabdomyolysis'],
    urgent: { label: 'Urgent:', heading: 'Get medical help today if:' },
    soon: { label: 'Non-urgent:', heading: 'Book an appointment if:' },
    emergencyHeading: ({ emergency }) => `Call ${emergency} now if:`,
    signs: {
      'clot-with-chest-or-breathing': 'chest pain or trouble breathing comes with a leg that could have a blood clot',
      'tetanus-signs': 'after a wound, your jaw gets stiff or spasms spread over your body',
      'one-leg-swollen': 'one leg (not both) is swollen, or hurts with skin that is warm, red or darker (it could be a blood clot)',
      'longer-than-ten-minutes': 'a cramp lasts over 10 minutes',
      'after-wound': 'cramps follow a dirty cut or puncture (soil, a rusty nail) and your tetanus shot may not be up to date',
      'statin-muscle-symptoms': 'you have muscle pain, soreness or weakness on a cholesterol medicine (statin): ask before the next dose',
      'dark-urine': 'sore or weak muscles come with dark urine, like tea or cola',
      frequent: 'you get cramps often',
      'disturb-sleep': 'cramps keep you from sleeping well',
      'both-legs-numb-or-weak': 'both legs or ankles are swollen, or cramps come with numbness or weakness',
      'new-water-pill': 'cramps started after a new water pill (diuretic): keep taking it until you ask',
    },
  },
  diary: {
    heading: 'Keep a cramp diary',
    intro: 'Do cramps come often? Note this one to show your doctor or nurse. Answer only what you want to.',
    title: 'Leg cramp diary',
    muscleLegend: 'Where was the cramp?',
    muscles: { calf: 'Calf', thigh: 'Thigh', foot: 'Foot' },
    durationLegend: 'How long did it last?',
    durations: { 'under-a-minute': 'Less than a minute', 'up-to-ten-minutes': '1 to 10 minutes', 'over-ten-minutes': 'More than 10 minutes' },
    helpedLegend: 'What helped?',
    nothingHelped: 'Nothing helped',
    signsLegend: 'Did you have any of these?',
    notNoted: 'Not noted',
    none: 'None',
    advice: {
      emergency: ({ emergency }) => `Call ${emergency} now.`,
      urgent: ({ clinic }) => `Get medical help today. Contact ${clinic}; if they are closed, go to an urgent care center or an emergency room.`,
      soon: ({ clinic }) => `Book an appointment with ${clinic}.`,
      'self-care': () => 'No sign that needs a visit. Bring this diary if cramps keep coming.',
    },
  },
  appointmentSummary: {
    fileName: 'leg-cramp-diary',
    ask: [
      'What could be causing my cramps?',
      'Could one of my medicines cause them?',
      'Which stretches would help me most?',
    ],
  },
  prevention: {
    heading: 'Preventing cramps',
    sources: ['nhs-leg-cramps', 'coppin-2005', 'hallegraeff-2012', 'medlineplus-cramps', 'fda-quinine'],
    body: [
      {
        paragraph:
          'Calf stretches in the day and before bed may help prevent night cramps, but studies differ. To stretch a calf:',
      },
      {
        list: [
          'Face a wall and put your hands on it.',
          'Step one foot back and keep that heel on the floor.',
          'Lean forward until you feel a stretch in the calf.',
          'Hold for 10 to 30 seconds. Do it a few times on each leg.',
        ],
      },
      { paragraph: 'Thigh stretches may help too.' },
      ...thighStretches,
      {
        paragraph:
          'Do not use quinine pills or tonic water for cramps. The FDA warns they can cause serious bleeding and heart rhythm problems.',
      },
    ],
  },
  twitching: {
    text: 'A twitching or flickering muscle is not a cramp.',
    goToCheck: 'Go to the twitching check',
    askClinician: 'Twitching is often harmless. See a doctor or nurse if it lasts or comes with weakness.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
