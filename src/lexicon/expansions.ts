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
  /** the market may stand before the noun ("its European expansion"); not for "launch", which is mostly a product's ("its US launch") */
  prenominal?: boolean;
  /** the market must be named as one ("returned to the Iranian market", not "returned to the United States") */
  marketNoun?: boolean;
  /** a noun that only means expansion after one of these verbs ("increased its presence in", not "has a presence in") */
  verbs?: ReadonlySet<string>;
}

const FACILITIES = new Set([
  'plant', 'plants', 'factory', 'factories', 'store', 'stores', 'shop', 'shops', 'office', 'offices', 'branch', 'branches', 'outlet', 'outlets',
  'subsidiary', 'subsidiaries', 'unit', 'operations', 'operation', 'business', 'businesses', 'presence', 'hub', 'base', 'centre',
  'center', 'facility', 'facilities', 'venture', 'restaurant', 'restaurants', 'hotel', 'hotels', 'network', 'service', 'services', 'products',
  'product', 'brand', 'brands', 'phones', 'smartphones', 'devices', 'stations', 'mill', 'mine', 'refinery', 'showroom', 'showrooms', 'dealership',
  'dealerships', 'website', 'site', 'sites', 'platform', 'app', 'franchise', 'franchises', 'division', 'arm', 'company', 'firm', 'bank',
  'cars', 'car', 'vehicles', 'phone', 'handsets', 'models', 'goods', 'line', 'range', 'chain', 'stations', 'production', 'manufacturing',
  'handset', 'smartphone', 'device', 'model', 'vehicle', 'console', 'consoles', 'apps', 'stores', 'centres', 'centers', 'campus', 'warehouse',
  'warehouses', 'lab', 'laboratory', 'studio', 'mall', 'supermarket', 'supermarkets', 'dealers', 'agency', 'representative', 'doors', 'sales',
  'flights', 'flight', 'routes', 'route',
]);

/** What grows in "the expansion of its activities in": the business, not a plant. */
export const GROWTH_OBJECTS_OF: ReadonlySet<string> = new Set(['activities', 'business', 'businesses', 'operations', 'presence', 'network', 'services', 'sales', 'retail', 'franchise', 'distribution']);

/** What a company expands into a market ("its business", "operations"), as opposed to a plant it enlarges. */
const GROWTH_OBJECTS = new Set([
  'business', 'businesses', 'operations', 'operation', 'presence', 'service', 'services', 'network', 'reach', 'footprint', 'activities',
  'sales', 'products', 'brand', 'brands', 'retail', 'franchise', 'distribution', 'portfolio', 'offering', 'offerings', 'coverage',
]);

/** What a company forms somewhere to do business there ("formed a joint venture in China"). */
const VENTURES = new Set(['venture', 'ventures', 'subsidiary', 'subsidiaries', 'company', 'unit', 'arm', 'division', 'firm', 'bank', 'branch', 'office']);

/** Verbs that grow a company's presence somewhere ("increased its presence in", "established a foothold in"). */
const GROWTH_VERBS = new Set([
  'increase', 'increases', 'increased', 'increasing', 'boost', 'boosts', 'boosted', 'boosting', 'expand', 'expands', 'expanded', 'expanding',
  'establish', 'establishes', 'established', 'establishing', 'build', 'builds', 'built', 'building', 'strengthen', 'strengthens', 'strengthened',
  'strengthening', 'extend', 'extends', 'extended', 'extending', 'bolster', 'bolsters', 'bolstered', 'bolstering', 'enhance', 'enhances',
  'enhanced', 'enhancing', 'widen', 'widened', 'widening', 'broaden', 'broadened', 'broadening', 'grow', 'grows', 'grew', 'growing', 'deepen',
  'deepened', 'deepening', 'set', 'setting', 'reinforce', 'reinforced', 'reinforcing', 'consolidate', 'consolidated', 'consolidating',
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
  ...verb({ base: ['foray', 'forays', 'foraying'], past: ['forayed'] }, { preps: ['into'], direct: false, intransitive: true }),
  ...verb({ base: ['break', 'breaks', 'breaking'], past: ['broke', 'broken'] }, { preps: ['into'], direct: false, intransitive: true }),
  ...verb({ base: ['crack', 'cracks', 'cracking', 'penetrate', 'penetrates', 'penetrating', 'tap', 'taps', 'tapping'], past: ['cracked', 'penetrated', 'tapped'] }, { preps: ['into'], direct: true, intransitive: true }),
  // "launch flights to Hungary": an airline's market follows "to"
  ...verb({ base: ['launch', 'launches', 'launching', 'debut', 'debuts', 'debuting', 'roll', 'rolls', 'rolling'], past: ['launched', 'debuted', 'rolled'] }, { preps: ['in', 'to'], direct: false, intransitive: true, objects: FACILITIES }),
  // "opened a plant near Zaragoza, Spain"
  ...verb({ base: ['open', 'opens', 'opening', 'build', 'builds', 'building', 'establish', 'establishes', 'establishing'], past: ['opened', 'built', 'established'] }, { preps: ['in', 'near'], direct: false, objects: FACILITIES }),
  ...verb({ base: ['set', 'sets', 'setting'], past: [] }, { preps: ['in', 'near'], direct: false, objects: FACILITIES, particle: 'up' }),
  ...verb({ base: ['bring', 'brings', 'bringing', 'take', 'takes', 'taking'], past: ['brought', 'took'] }, { preps: ['to', 'into'], direct: false, objects: FACILITIES }),
  ...verb({ base: ['form', 'forms', 'forming'], past: ['formed'] }, { preps: ['in'], direct: false, objects: VENTURES }),
  ...verb({ base: ['go', 'goes', 'going'], past: ['went', 'gone'] }, { preps: ['in'], direct: false, particle: 'live', intransitive: true }),
  ...verb({ base: ['return', 'returns', 'returning'], past: ['returned'] }, { preps: ['to'], direct: false, intransitive: true, objects: new Set(), marketNoun: true }),
  // "began flying to Poland", "start services to Singapore"
  ...verb({ base: ['start', 'starts', 'starting', 'begin', 'begins', 'beginning'], past: ['started', 'began', 'begun'] }, { preps: ['in', 'to'], direct: false, objects: new Set(['selling', 'operations', 'operating', 'business', 'sales', 'production', 'services', 'service', 'manufacturing', 'producing', 'making', 'offering', 'marketing', 'distributing', 'assembling', 'flights', 'flying', 'routes']) }),
]);

/** Nouns: "its entry into India", "Acme's expansion into Africa". */
export const EXPANSION_NOUNS: ReadonlyMap<string, ExpansionTrigger> = new Map<string, ExpansionTrigger>([
  ['entry', { prenominal: true, preps: ['into', 'to', 'in'], direct: false, past: false, noun: true, intransitive: true }],
  ['expansion', { prenominal: true, preps: ['into', 'to', 'in'], direct: false, past: false, noun: true, intransitive: true }],
  ['foothold', { preps: ['in', 'into'], direct: false, past: false, noun: true, intransitive: true }],
  ['debut', { prenominal: true, preps: ['in'], direct: false, past: false, noun: true, intransitive: true }],
  ['push', { preps: ['into'], direct: false, past: false, noun: true, intransitive: true }],
  ['launch', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true }],
  ['arrival', { prenominal: true, preps: ['in'], direct: false, past: false, noun: true, intransitive: true }],
  ['inroads', { preps: ['into', 'in'], direct: false, past: false, noun: true, intransitive: true }],
  ['foray', { prenominal: true, preps: ['into'], direct: false, past: false, noun: true, intransitive: true }],
  ['return', { preps: ['to'], direct: false, past: false, noun: true, intransitive: true, marketNoun: true }],
  ['presence', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true, verbs: GROWTH_VERBS }],
  ['footprint', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true, verbs: GROWTH_VERBS }],
  ['activities', { preps: ['in'], direct: false, past: false, noun: true, intransitive: true, verbs: GROWTH_VERBS }],
]);

/** Words between a possessor and its entry noun that the tagger may call nouns ("its official entry into"). */
export const ENTRY_MODIFIERS = new Set(['first', 'official', 'formal', 'initial', 'planned', 'proposed', 'overseas', 'international', 'global', 'retail', 'long-awaited', 'maiden']);

/** Words that may come between a verb and its market without being its object ("expand further in", "expand this year in"). */
export const ADVERBIAL_WORDS = new Set(['today', 'tomorrow', 'further', 'also', 'first', 'initially', 'eventually', 'soon', 'rapidly', 'quickly', 'aggressively', 'gradually', 'directly', 'officially', 'formally', 'now', 'again', 'later']);
/** "this year", "next month": a time phrase between a verb and its market. */
export const TIME_PHRASE_STARTS = new Set(['this', 'next', 'later', 'early', 'late', 'last']);
export const TIME_NOUNS = new Set(['year', 'month', 'week', 'quarter', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'decade']);

/** After an object, words that place it ("a marketing division based in Hong Kong"). */
export const PLACEMENT_WORDS = new Set(['based', 'located', 'headquartered', 'situated']);

/** A gerund object that makes "began" an expansion whatever is sold ("began selling the car in the U.S."); not "trading", which is a listing or a futures contract ("began trading in New York"). */
export const ACTIVITY_GERUNDS = new Set(['selling', 'operating', 'producing', 'manufacturing', 'making', 'offering', 'marketing', 'distributing', 'building', 'assembling']);

/**
 * Verbs an entry noun is the object of when its company is their subject
 * ("gained a foothold in", "is considering expansion in", "made inroads into");
 * not "refused entry to", "blocked the expansion".
 */
export const ENTRY_NOUN_VERBS = new Set([
  'gain', 'gains', 'gained', 'gaining', 'make', 'makes', 'made', 'making', 'seek', 'seeks', 'sought', 'seeking', 'plan', 'plans', 'planned',
  'planning', 'consider', 'considers', 'considered', 'considering', 'announce', 'announces', 'announced', 'announcing', 'begin', 'begins',
  'began', 'beginning', 'start', 'starts', 'started', 'starting', 'establish', 'establishes', 'established', 'establishing', 'get', 'gets',
  'got', 'win', 'wins', 'won', 'secure', 'secures', 'secured', 'securing', 'pursue', 'pursues', 'pursued', 'pursuing', 'prepare', 'prepares',
  'prepared', 'preparing', 'mark', 'marks', 'marked', 'marking', 'complete', 'completes', 'completed', 'completing', 'continue', 'continues',
  'continued', 'continuing', 'accelerate', 'accelerates', 'accelerated', 'accelerating', 'eye', 'eyes', 'eyed', 'eyeing', 'mull', 'mulls',
  'mulled', 'mulling', 'explore', 'explores', 'explored', 'exploring', 'target', 'targets', 'targeted', 'targeting', 'want', 'wants', 'wanted',
  'need', 'needs', 'needed', 'build', 'builds', 'built', 'building', 'stage', 'staged', 'staging', 'launch', 'launches', 'launched', 'launching',
  'carve', 'carved', 'carving', 'step', 'stepped', 'stepping', 'intend', 'intends', 'intended', 'weigh', 'weighs', 'weighed', 'weighing', 'study',
  'studies', 'studying', 'finalise', 'finalize', 'finalised', 'finalized', 'evaluate', 'evaluates', 'evaluated', 'evaluating', 'assess', 'assesses',
  'assessed', 'assessing',
]);

/** Verbs that hand an entry to the organization after them ("the deal gives Acme an entry into"). */
export const GIVING_VERBS = new Set(['give', 'gives', 'gave', 'giving', 'given', 'offer', 'offers', 'offered', 'provide', 'provides', 'provided', 'providing', 'allow', 'allows', 'allowed']);

/**
 * Words between the company and the trigger that deny it ("without managing
 * to make inroads in", "has not entered"), plans given up included ("shelved
 * plans to open a branch in Lisbon", "scrapped plans to enter").
 */
export const NEGATIONS = new Set(['not', "n't", 'never', 'without', 'failed', 'fails', 'no', 'nor', 'unable', 'declined', 'refused', 'shelved', 'shelves', 'scrapped', 'scraps', 'abandoned', 'abandons', 'dropped', 'drops', 'cancelled', 'canceled', 'ditched', 'axed']);

/**
 * Verbs whose object does what the infinitive after it says ("helped X to
 * enter", "allows X to open"); after other verbs the object is not the one
 * that goes ("acquired X to enter the Indian market").
 */
export const OBJECT_CONTROL_VERBS = new Set([
  'help', 'helps', 'helped', 'helping', 'allow', 'allows', 'allowed', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'permit',
  'permits', 'permitted', 'want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'invite', 'invites', 'invited', 'ask', 'asks', 'asked',
  'encourage', 'encourages', 'encouraged', 'persuade', 'persuaded', 'urge', 'urged', 'force', 'forced', 'authorize', 'authorized', 'authorise',
  'authorised', 'approve', 'approved', 'license', 'licensed', 'choose', 'chose', 'chosen', 'select', 'selected', 'pick', 'picked', 'hire', 'hired',
]);

/** Verbs of saying that name who states a sentence ("..., the company said"). */
export const SAYING_VERBS = new Set(['said', 'says', 'announced', 'stated', 'added', 'confirmed']);

/** Relative pronouns: "Blackwatch, which entered Iraq in 2003". */
export const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);

/** Prepositions that put an organization out of the subject ("signed a contract with X to set up"). */
export const NON_SUBJECT_PREPOSITIONS = new Set(['with', 'from', 'by', 'for', 'against', 'to']);

/** Words between the subject and the verb that make the expansion a plan. */
export const PLAN_CUES = new Set([
  'will', "'ll", 'shall', 'would', 'plans', 'plan', 'planning', 'planned', 'aims', 'aim', 'aiming', 'intends', 'intend', 'intending', 'hopes',
  'hope', 'hoping', 'wants', 'want', 'expects', 'expect', 'expected', 'seeks', 'seek', 'seeking', 'looking', 'considering', 'considers',
  'mulling', 'eyeing', 'preparing', 'prepares', 'set', 'poised', 'going', 'could', 'may', 'might', 'ready', 'targets', 'targeting', 'about',
  'exploring', 'explores', 'weighing', 'studying', 'next', 'evaluating', 'evaluates', 'assessing', 'assesses',
]);

/** Nouns after a place that name its market ("the US market", "some Middle Eastern countries"). */
export const MARKET_NOUNS = new Set(['market', 'markets', 'countries', 'country', 'nations', 'region', 'regions', 'economy', 'industry', 'sector']);

/** Nouns that count markets without naming them ("10 new markets, including Brazil"). */
export const COUNTED_MARKET_NOUNS = new Set(['markets', 'countries', 'nations', 'territories']);

/** Words that make "the U.S. government securities market" a financial market, not a country to enter. */
export const FINANCIAL_MARKET_WORDS = new Set([
  'bond', 'bonds', 'debt', 'money', 'stock', 'stocks', 'equity', 'equities', 'futures', 'options', 'currency', 'exchange',
  'capital', 'credit', 'interbank', 'treasury', 'government', 'commercial', 'paper', 'eurobond', 'mortgage', 'loan', 'loans', 'swap', 'forex',
]);

/** Words that may stand before a place in a list of markets. */
export const MARKET_DETERMINERS = new Set(['the', 'some', 'several', 'other', 'many', 'various', 'a', 'an', 'few', 'more', 'new', 'neighbouring', 'neighboring', 'emerging', 'key', 'major', 'both', 'continental', 'mainland']);

/** Nouns that refer back to a country already named ("the south Asian country"). */
export const COUNTRY_REFERENCE_NOUNS = new Set(['country', 'nation']);

/** How many words before a name, or into its apposition, may tell where it is at home ("U.S.-based insurance and investment broker X"). */
export const HOME_DESCRIPTOR_WINDOW = 6;
