/**
 * A document the widgets' text rests on. Every source is in English (widgets mark the list
 * `lang="en"`); titles stay in the source's own words.
 */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** Web address, when the source has a stable public one. */
  readonly url?: string;
  /** Journal citation or other identifying details. */
  readonly citation?: string;
}

/**
 * Every source the widgets may cite, by stable id. Content names these ids, so the compiler
 * rejects a reference to a source that is not listed here.
 */
export const sources = {
  'mayo-rls': {
    title: 'Restless legs syndrome: symptoms and causes',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/restless-legs-syndrome/symptoms-causes/syc-20377168',
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
  'nhs-dvt': {
    title: 'Deep vein thrombosis (DVT)',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  'medlineplus-fasciculations': {
    title: 'Muscle twitching (fasciculations)',
    publisher: 'MedlinePlus, US National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/003296.htm',
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
  },
  'coppin-2005': {
    title: 'Managing nocturnal leg cramps: calf-stretching exercises and cessation of quinine treatment',
    publisher: 'British Journal of General Practice',
    citation: 'Coppin RJ et al. Br J Gen Pract. 2005;55(512):186-191 (PMC1463088)',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1463088/',
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
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
