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
        'A leg cramp, or spasm, is when a muscle in your leg gets tight and hard on its own. ' +
        'It stays that way for a while, and it can be painful.',
    },
    {
      paragraph:
        'A cramp can last from a few seconds up to about 10 minutes. ' +
        'Once it stops, the muscle may stay sore for up to a day.',
    },
    { paragraph: 'These steps may help the tight muscle relax.' },
  ],
  stepsHeading: 'Steps to ease a cramp',
  steps: {
    stretch: {
      heading: 'Stretch the muscle',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: 'For a cramp in the back of your lower leg (your calf):' },
          {
            list: [
              'Straighten your leg.',
              'Pull your toes up toward your shin.',
              'Hold the stretch until the cramp eases.',
            ],
          },
          { paragraph: 'Go gently. Stop if it starts to hurt more.' },
        ],
        thigh: [
          { paragraph: 'For a cramp in your thigh:' },
          {
            list: [
              'Gently stretch the tight muscle.',
              'Hold the stretch until the cramp eases.',
            ],
          },
          { paragraph: 'Do not force it. Stop if it starts to hurt more.' },
        ],
        foot: [
          { paragraph: 'For a cramp in your foot:' },
          {
            list: [
              'Pull your toes up toward your shin.',
              'This stretches the sole, the bottom of your foot, too.',
              'Hold the stretch until the cramp eases.',
            ],
          },
          { paragraph: 'Go gently. Stop if it starts to hurt more.' },
        ],
      },
    },
    massage: {
      heading: 'Rub the muscle',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [
        {
          paragraph:
            'Rub the tight muscle with your hands. ' +
            'If you have a massage roller, you can use that instead.',
        },
      ],
    },
    walk: {
      heading: 'Stand up and walk',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [
        {
          paragraph:
            'Stand up and put your weight on the leg with the cramp. ' +
            'Then walk around for a little while.',
        },
      ],
    },
    'heat-ice': {
      heading: 'Use heat or ice',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            {
              term: 'Heat',
              text: 'Use a warm pack or a heating pad while the muscle is still tight.',
            },
            {
              term: 'Cold',
              text: 'Use an ice pack once the cramp is over and the muscle feels sore.',
            },
          ],
        },
      ],
      cautions: {
        heading: 'Use heat and cold safely',
        body: [
          {
            list: [
              'Always put a cloth between your skin and the pack.',
              'Keep it on for 15 to 20 minutes at most each time.',
              'Never fall asleep with it on.',
              'Set a heating pad to medium or low, not high.',
              'Never use it on skin that feels numb or tingly.',
            ],
          },
          {
            paragraph:
              'Do you have diabetes, or poor blood flow (poor circulation)? ' +
              'Then ask a clinician before you use heat or cold.',
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
            'Pain relievers will not stop a cramp that is happening now. ' +
            'They take too long to start working.',
        },
        {
          paragraph:
            'Once the cramp is over, a pain reliever may ease the soreness. ' +
            'You can buy some without a prescription, such as ibuprofen or acetaminophen. ' +
            'Acetaminophen is also called paracetamol.',
        },
        { paragraph: 'Always follow the directions on the label.' },
      ],
      cautions: [
        {
          heading: 'Ibuprofen: check first',
          body: [
            { paragraph: 'Ask a pharmacist or clinician before you take ibuprofen if:' },
            {
              list: [
                'you are pregnant. From 20 weeks on, do not take it unless a clinician says you can.',
                'you have asthma',
                'you have had a stomach ulcer or bleeding in your stomach',
                'you have heart, liver or kidney disease',
                'you take a blood thinner or a steroid medicine',
                'you are 60 or older',
                'you have 3 or more alcoholic drinks a day',
              ],
            },
          ],
        },
        {
          heading: 'Acetaminophen (paracetamol): check first',
          body: [
            {
              paragraph:
                'Check the labels of all the medicines you take. ' +
                'Never take two products that both have acetaminophen in them.',
            },
            { paragraph: 'Ask a pharmacist or clinician before you take it if:' },
            {
              list: [
                'you have liver disease',
                'you drink a lot of alcohol',
                'you take a blood thinner called warfarin',
                'you weigh less than 50 kg (about 110 lb)',
              ],
            },
            {
              paragraph:
                'Never take more than the daily limit on the label. ' +
                'For adults, the limit is at most 4 grams (4,000 mg) a day.',
            },
            {
              paragraph:
                'If you took too much, get medical help right away. Do this even if you feel fine.',
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
      'Once the cramp is over, the muscle may feel sore for up to a day. ' +
      'Read on for how to ease soreness and help prevent the next cramp. ' +
      'If a cramp lasts longer than 10 minutes, get medical help today.',
    startOver: 'Start over',
  },
  timer: {
    heading: (minutes) => `Heat or ice timer (${minutes} minutes)`,
    start: 'Start timer',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    timeLeft: (clock) => `${clock} left`,
    ended: 'Time is up. Take the pack off now.',
  },
  help: {
    heading: 'When to get help',
    sources: ['nhs-leg-cramps', 'nhs-dvt'],
    urgent: {
      label: 'Urgent:',
      heading: 'Get medical help today if:',
      items: [
        'one leg is swollen or warm, or its skin looks red or darker than usual. This could be a blood clot.',
        'a cramp lasts longer than 10 minutes',
        'you get cramps after a cut or other wound, and tetanus germs may have gotten into it. Tetanus is an infection that can start in a wound.',
      ],
      emergencyNote: ({ emergency }) =>
        `Call ${emergency} now if a swollen leg comes with trouble breathing or chest pain. ` +
        `Also call ${emergency} if, after a wound, your jaw gets stiff or spasms spread over your body.`,
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
    heading: 'Preventing the next cramp',
    sources: ['nhs-leg-cramps', 'coppin-2005'],
    body: [
      {
        paragraph:
          'Stretching your calves during the day and again before bed may help keep cramps away. ' +
          'To stretch a calf, straighten your leg and gently pull your toes up toward your shin.',
      },
      {
        paragraph:
          'Studies do not agree on how well stretching prevents cramps at night. ' +
          'It may help you, but it may not.',
      },
    ],
  },
  twitching: {
    text:
      'Does your muscle twitch or flicker, rather than get tight and hard? ' +
      'That is not a cramp. It is something different.',
    goToCheck: 'Go to the twitching check',
    askClinician:
      'Twitching is often harmless. But talk to a clinician if it keeps happening or comes with weakness.',
  },
  review: { lastReviewed: '2026-11-27', nextReview: '2029-11-27' },
};
