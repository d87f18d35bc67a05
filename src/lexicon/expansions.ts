// Words news uses for a company going into a market. Each trigger says how
// its market follows: directly ("entered India") or after a preposition
// ("expanded its business into Russia", "opened a plant in Mexico").

export interface ExpansionTrigger {
  /** prepositions that introduce the market; empty when the market is the direct object */
  preps: readonly string[];
  /** the market may be the direct object ("entered India", "cracked the Chinese market") */
  direct: boolean;
  /** the verb only means expansion with one of these objects before the preposition ("opened a plant in") */
  objects?: ReadonlySet<string>;
  /** the form states a finished event (past tense or participle) */
  past: boolean;
  /** without an object the verb alone means expansion ("expanded into Russia", "launched in India") */
  intransitive?: boolean;
  /** a particle that must follow the verb ("set up") */
  particle?: string;
  /** a noun ("its entry into India") rather than a verb */
  noun?: boolean;
}

const FACILITIES = new Set([
  'plant', 'plants', 'factory', 'factories', 'store', 'stores', 'shop', 'shops', 'office', 'offices', 'branch', 'branches', 'outlet', 'outlets',
  'subsidiary', 'subsidiaries', 'unit', 'operations', 'operation', 'business', 'businesses', 'presence', 'hub', 'base', 'centre',
  'center', 'facility', 'facilities', 'venture', 'restaurant', 'restaurants', 'hotel', 'hotels', 'network', 'service', 'services', 'products',
  'product', 'brand', 'brands', 'phones', 'smartphones', 'devices', 'stations', 'mill', 'mine', 'refinery', 'showroom', 'showrooms', 'dealership',
  'dealerships', 'website', 'site', 'sites', 'platform', 'app', 'franchise', 'franchises', 'division', 'arm', 'company', 'firm', 'bank',
  'cars', 'car', 'vehicles', 'phone', 'handsets', 'models', 'goods', 'line', 'range', 'chain', 'stations', 'production', 'manufacturing',
]);

/** What a company expands into a market ("its business", "operations"), as opposed to a plant it enlarges. */
const GROWTH_OBJECTS = new Set([
  'business', 'businesses', 'operations', 'operation', 'presence', 'service', 'services', 'network', 'reach', 'footprint', 'activities',
  'sales', 'products', 'brand', 'brands', 'retail', 'franchise', 'distribution', 'portfolio', 'offering', 'offerings', 'coverage',
]);

const verb = (forms: { base: string[]; past: string[] }, t: Omit<ExpansionTrigger, 'past'>): Array<[string, ExpansionTrigger]> => [
  ...forms.base.map((f) => [f, { ...t, past: false }] as [string, ExpansionTrigger]),
  ...forms.past.map((f) => [f, { ...t, past: true }] as [string, ExpansionTrigger]),
];

/** Verbs, by form. Kept apart from the nouns: "launch", "debut" and "push" are both, and one map would keep only one reading. */
export const EXPANSION_VERBS: ReadonlyMap<string, ExpansionTrigger> = new Map<string, ExpansionTrigger>([
  ...verb({ base: ['enter', 'enters', 'entering', 're-enter', 're-enters', 're-entering', 'reenter'], past: ['entered', 're-entered', 'reentered'] }, { preps: [], direct: true }),
  ...verb({ base: ['expand', 'expands', 'expanding'], past: ['expanded'] }, { preps: ['into', 'to', 'in'], direct: false, objects: GROWTH_OBJECTS, intransitive: true }),
  ...verb({ base: ['march', 'marches', 'marching', 'move', 'moves', 'moving', 'push', 'pushes', 'pushing', 'venture', 'ventures', 'venturing', 'branch', 'branching', 'diversify', 'diversifying'], past: ['marched', 'moved', 'pushed', 'ventured', 'branched', 'diversified'] }, { preps: ['into'], direct: false, intransitive: true }),
  ...verb({ base: ['break', 'breaks', 'breaking'], past: ['broke', 'broken'] }, { preps: ['into'], direct: false, intransitive: true }),
  ...verb({ base: ['crack', 'cracks', 'cracking', 'penetrate', 'penetrates', 'penetrating', 'tap', 'taps', 'tapping'], past: ['cracked', 'penetrated', 'tapped'] }, { preps: ['into'], direct: true, intransitive: true }),
  ...verb({ base: ['launch', 'launches', 'launching', 'debut', 'debuts', 'debuting', 'roll', 'rolls', 'rolling'], past: ['launched', 'debuted', 'rolled'] }, { preps: ['in'], direct: false, intransitive: true, objects: FACILITIES }),
  ...verb({ base: ['open', 'opens', 'opening', 'build', 'builds', 'building', 'establish', 'establishes', 'establishing'], past: ['opened', 'built', 'established'] }, { preps: ['in'], direct: false, objects: FACILITIES }),
  ...verb({ base: ['set', 'sets', 'setting'], past: [] }, { preps: ['in'], direct: false, objects: FACILITIES, particle: 'up' }),
  ...verb({ base: ['bring', 'brings', 'bringing', 'take', 'takes', 'taking'], past: ['brought', 'took'] }, { preps: ['to', 'into'], direct: false, objects: FACILITIES }),
  ...verb({ base: ['start', 'starts', 'starting', 'begin', 'begins', 'beginning'], past: ['started', 'began', 'begun'] }, { preps: ['in'], direct: false, objects: new Set(['selling', 'operations', 'operating', 'business', 'sales', 'production', 'services', 'service', 'manufacturing']) }),
]);

/** Nouns: "its entry into India", "Acme's expansion into Africa". */
export const EXPANSION_NOUNS: ReadonlyMap<string, ExpansionTrigger> = new Map<string, ExpansionTrigger>([
  ['entry', { preps: ['into', 'to', 'in'], direct: false, past: false, noun: true, intransitive: true }],
  ['expansion', { preps: ['into', 'to', 'in'], direct: false, past: false, noun: true, intransitive: true }],
  ['foothold', { preps: ['in', 'into'], direct: false, past: false, noun: true, intransitive: true }],
  ['debut', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true }],
  ['push', { preps: ['into'], direct: false, past: false, noun: true, intransitive: true }],
  ['launch', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true }],
]);

/** Words between the subject and the verb that make the expansion a plan. */
export const PLAN_CUES = new Set([
  'will', "'ll", 'shall', 'would', 'plans', 'plan', 'planning', 'planned', 'aims', 'aim', 'aiming', 'intends', 'intend', 'intending', 'hopes',
  'hope', 'hoping', 'wants', 'want', 'expects', 'expect', 'expected', 'seeks', 'seek', 'seeking', 'looking', 'considering', 'considers',
  'mulling', 'eyeing', 'preparing', 'prepares', 'set', 'poised', 'going', 'could', 'may', 'might', 'ready', 'targets', 'targeting', 'about',
  'exploring', 'explores', 'weighing', 'studying', 'next',
]);

/** Nouns after a place that name its market ("the US market", "some Middle Eastern countries"). */
export const MARKET_NOUNS = new Set(['market', 'markets', 'countries', 'country', 'nations', 'region', 'regions', 'economy']);

/** Words that make "the U.S. government securities market" a financial market, not a country to enter. */
export const FINANCIAL_MARKET_WORDS = new Set([
  'securities', 'bond', 'bonds', 'debt', 'money', 'stock', 'stocks', 'equity', 'equities', 'futures', 'options', 'currency', 'exchange',
  'capital', 'credit', 'interbank', 'treasury', 'government', 'commercial', 'paper', 'eurobond', 'mortgage', 'loan', 'loans', 'swap', 'forex',
]);

/** Words that may stand before a place in a list of markets. */
export const MARKET_DETERMINERS = new Set(['the', 'some', 'several', 'other', 'many', 'various', 'a', 'an', 'few', 'more', 'new', 'neighbouring', 'neighboring', 'emerging', 'key', 'major', 'both']);

/** Nouns that refer back to a country already named ("the south Asian country"). */
export const COUNTRY_REFERENCE_NOUNS = new Set(['country', 'nation']);
