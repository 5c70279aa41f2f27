import type { SpasmContent } from '../../spasm-relief-steps/spasm-content.js';

/**
 * English text for `<spasm-relief-steps>`. Every fact rests on the clinical brief (section C);
 * each part names the sources it draws on. Pain relief is shown only as a way to ease soreness
 * after a cramp, never as a way to stop one. Written for a US grade 6-8 reading level.
 */
export const spasm: SpasmContent = {
  title: 'Ease a leg cramp',
  intro: [
    {
      paragraph:
        'A leg cramp, or spasm, is a painful tightening of a leg muscle. ' +
        'It lasts seconds to about 10 minutes. The muscle may be sore for up to a day.',
    },
  ],
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
        thigh: [
          { paragraph: 'For the thigh:' },
          { list: ['Gently stretch the tight muscle.', 'Hold until the cramp eases. Stop if it hurts more.'] },
        ],
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
              'Diabetes or poor blood flow? Ask a clinician first.',
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
            { paragraph: 'Ask a pharmacist or clinician first if you:' },
            {
              list: [
                'are pregnant (from 20 weeks, take it only if a clinician says so)',
                'have asthma',
                'have had a stomach ulcer or bleeding',
                'have heart, liver or kidney disease',
                'take a blood thinner or a steroid',
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
            { paragraph: 'Ask a pharmacist or clinician first if you:' },
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
                'Never take more than the daily limit on the label (4 grams for adults). ' +
                'Took too much? Get medical help now, even if you feel fine.',
            },
          ],
        },
      ],
    },
  },
  guided: {
    stepCount: (step, total) => `Step ${step} of ${total}`,
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
    heading: (minutes) => `Heat or ice timer (${minutes} minutes)`,
    start: 'Start timer',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    timeLeft: (clock) => `${clock} left`,
    ended: 'Time is up. Take the pack off.',
  },
  help: {
    heading: 'When to get help',
    sources: ['nhs-leg-cramps', 'nhs-dvt'],
    urgent: {
      label: 'Urgent:',
      heading: 'Get medical help today if:',
      items: [
        'one leg is swollen, warm, red or darker (it could be a blood clot)',
        'a cramp lasts over 10 minutes',
        'cramps follow a wound that could have tetanus germs',
      ],
      emergencyNote: ({ emergency }) =>
        `Call ${emergency} now if a swollen leg comes with chest pain or trouble breathing, ` +
        `or a stiff jaw or spasms all over follow a wound.`,
    },
    soon: {
      label: 'Non-urgent:',
      heading: 'Book an appointment if:',
      items: [
        'you get cramps often',
        'cramps keep you from sleeping well',
        'cramps come with numbness, swelling or weakness',
      ],
    },
  },
  prevention: {
    heading: 'Preventing cramps',
    sources: ['nhs-leg-cramps', 'coppin-2005'],
    body: [
      {
        paragraph:
          'Calf stretches in the day and before bed may help prevent night cramps, but studies differ.',
      },
    ],
  },
  twitching: {
    text: 'A twitching or flickering muscle is not a cramp.',
    goToCheck: 'Go to the twitching check',
    askClinician: 'Twitching is often harmless. See a clinician if it lasts or comes with weakness.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
