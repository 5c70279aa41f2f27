import { frozen } from './frozen.js';

/** A version of a source in another language, from the same publisher. */
export interface SourceTranslation {
  readonly title: string;
  readonly url: string;
}

/**
 * A document the widgets' text rests on. Sources are in English (widgets mark them `lang="en"`)
 * unless the publisher has a version in the widget's language, which is linked instead; titles
 * stay in the source's own words.
 *
 * Only Spanish has such versions today: MedlinePlus publishes its encyclopedia and health-topic
 * pages in English and Spanish, and Mayo Clinic its restless legs page (same article number,
 * under `/es-es/`). MedlinePlus's "health information in other languages" collection
 * (Vietnamese, Chinese) holds partner handouts, and we found none matching these sources, so the
 * Vietnamese and Chinese widgets link the English ones (marked `lang="en"`).
 * Add a translation here only for the same publisher's own page on the same topic.
 */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** Web address, when the source has a stable public one. */
  readonly url?: string;
  /** Journal citation or other identifying details. */
  readonly citation?: string;
  /** The publisher's own versions in other languages, by language code. */
  readonly translations?: Readonly<Record<string, SourceTranslation>>;
}

/**
 * Every source the widgets may cite, by stable id. Content names these ids, so the compiler
 * rejects a reference to a source that is not listed here. Frozen and cut off from
 * `Object.prototype` (`frozen`): a source without a `url` has none, whatever a polluted
 * `Object.prototype` says; and the footer checks each address as it checks `booking-url`.
 */
export const sources = frozen({
  'mayo-rls': {
    title: 'Restless legs syndrome: symptoms and causes',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/restless-legs-syndrome/symptoms-causes/syc-20377168',
    translations: {
      es: {
        title: 'Síndrome de las piernas inquietas: síntomas y causas',
        url: 'https://www.mayoclinic.org/es-es/diseases-conditions/restless-legs-syndrome/symptoms-causes/syc-20377168',
      },
    },
  },
  'irlssg-2014': {
    title: 'Restless legs syndrome/Willis-Ekbom disease diagnostic criteria: updated IRLSSG consensus criteria',
    publisher: 'Sleep Medicine',
    citation: 'Allen RP et al. Sleep Medicine, volume 15 (2014), pages 860-873',
    url: 'https://doi.org/10.1016/j.sleep.2014.03.025',
  },
  'aasm-2024': {
    title: 'The treatment of restless legs syndrome and periodic limb movement disorder: an AASM clinical practice guideline',
    publisher: 'Journal of Clinical Sleep Medicine',
    citation: 'Winkelman JW et al. J Clin Sleep Med. 2024',
    url: 'https://doi.org/10.5664/jcsm.11390',
  },
  'hening-mimics': {
    title: 'The four diagnostic criteria for restless legs syndrome are unable to exclude confounding conditions ("mimics")',
    publisher: 'Sleep Medicine',
    citation: 'Hening WA et al. Sleep Med. 2009 (PMC2769267)',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2769267/',
  },
  'montplaisir-1997': {
    title: 'Clinical, polysomnographic, and genetic characteristics of restless legs syndrome: a study of 133 patients diagnosed with new standard criteria',
    publisher: 'Movement Disorders',
    citation: 'Montplaisir J et al. Mov Disord. 1997;12(1):61-65',
  },
  'zhuang-2019': {
    title: 'Association of restless legs syndrome with risk of suicide and self-harm',
    publisher: 'JAMA Network Open',
    citation: 'Zhuang S, et al. JAMA Network Open. 2019;2(8):e199966',
    url: 'https://doi.org/10.1001/jamanetworkopen.2019.9966',
  },
  'nhs-rls': {
    title: 'Restless legs syndrome',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/restless-legs-syndrome/',
  },
  'nhs-twitching': {
    title: 'Twitching eyes and muscles',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/symptoms/twitching-eyes-and-muscles/',
  },
  'nhs-mnd': {
    title: 'Motor neurone disease',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/motor-neurone-disease/',
  },
  'nhs-stroke': {
    title: 'Stroke: symptoms',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/stroke/symptoms/',
  },
  'nhs-tia': {
    title: 'Transient ischaemic attack (TIA)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/transient-ischaemic-attack-tia/',
  },
  'nhs-dvt': {
    title: 'Deep vein thrombosis (DVT)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  'nhs-gbs': {
    title: 'Guillain-Barré syndrome',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/guillain-barre-syndrome/',
  },
  'cauda-equina-leaflets': {
    title: 'Cauda equina syndrome: patient information',
    publisher: 'NHS hospital trusts',
    citation: 'Patient leaflets of the Royal Free London and Chesterfield Royal Hospital NHS trusts',
  },
  'nhs-tetanus': {
    title: 'Tetanus',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/tetanus/',
  },
  'nhs-statins': {
    title: 'Statin medicine pages',
    publisher: 'NHS',
    citation: 'NHS medicine pages for each statin (side effects)',
  },
  'mayo-rhabdomyolysis': {
    title: 'Rhabdomyolysis',
    publisher: 'Mayo Clinic',
    citation: 'Symptoms and causes page',
  },
  'medlineplus-fasciculations': {
    title: 'Muscle twitching (fasciculations)',
    publisher: 'MedlinePlus, US National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/003296.htm',
    translations: {
      es: { title: 'Fasciculaciones musculares', url: 'https://medlineplus.gov/spanish/ency/article/003296.htm' },
    },
  },
  'houston-methodist-twitching': {
    title: 'When should I be worried about muscle twitching?',
    publisher: 'Houston Methodist',
    citation: 'Interview with a Houston Methodist neurologist, 2021',
  },
  'nhs-leg-cramps': {
    title: 'Leg cramps',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
  },
  'medlineplus-cramps': {
    title: 'Muscle cramps',
    publisher: 'MedlinePlus, US National Library of Medicine',
    url: 'https://medlineplus.gov/musclecramps.html',
    translations: {
      es: { title: 'Calambres musculares', url: 'https://medlineplus.gov/spanish/musclecramps.html' },
    },
  },
  'coppin-2005': {
    title: 'Managing nocturnal leg cramps: calf-stretching exercises and cessation of quinine treatment',
    publisher: 'British Journal of General Practice',
    citation: 'Coppin RJ et al. Br J Gen Pract. 2005;55(512):186-191 (PMC1463088)',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1463088/',
  },
  'nhs-inform-leg-cramps': {
    title: 'Leg cramps',
    publisher: 'NHS inform (Scotland)',
    citation: 'When to see a GP about leg cramps',
  },
  'hallegraeff-2012': {
    title: 'Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial',
    publisher: 'Journal of Physiotherapy',
    citation: 'Hallegraeff JM et al. J Physiother. 2012;58(1):17-22',
  },
  'fda-quinine': {
    title: 'Quinine for night-time leg cramps: serious side effects',
    publisher: 'US Food and Drug Administration',
    citation: 'Safety warnings, 2006 and 2010',
  },
  'fda-nsaid-pregnancy': {
    title: 'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later',
    publisher: 'US Food and Drug Administration',
    citation: 'Drug safety communication, October 2020',
  },
  'dailymed-otc-labels': {
    title: 'Drug Facts labels for over-the-counter ibuprofen and acetaminophen',
    publisher: 'DailyMed, US National Library of Medicine',
    url: 'https://dailymed.nlm.nih.gov/dailymed/',
  },
} as const satisfies Record<string, Source>);

export type SourceId = keyof typeof sources;
