// Job titles and the roles they stand for. A title is matched as written; its
// parts are canonicalized so that "CEO", "chief executive" and "chief
// executive officer" are one role.

/**
 * Title words and phrases → canonical role. Longer phrases are matched first. Only abbreviations and the
 * gendered, neutral or hyphenated spellings of one post are merged ("chair", "chairwoman"); a post spelled
 * otherwise ("advisor", "undersecretary") keeps its own word, as the story chose it.
 */
export const ROLE_CANON: Record<string, string> = {
  ceo: 'chief executive officer',
  'chief executive': 'chief executive officer',
  'chief executive officer': 'chief executive officer',
  'chief exec': 'chief executive officer',
  cfo: 'chief financial officer',
  'chief financial officer': 'chief financial officer',
  'chief finance officer': 'chief financial officer',
  'finance director': 'finance director',
  // a legislature committee's senior member of the minority or majority party: "ranking Republican on the Senate
  // Banking Committee"
  'ranking republican': 'ranking republican',
  'ranking democrat': 'ranking democrat',
  'ranking member': 'ranking member',
  'ranking minority member': 'ranking minority member',
  coo: 'chief operating officer',
  'chief operating officer': 'chief operating officer',
  'chief operations officer': 'chief operating officer',
  cto: 'chief technology officer',
  'chief technology officer': 'chief technology officer',
  'chief technical officer': 'chief technology officer',
  cio: 'chief information officer',
  'chief information officer': 'chief information officer',
  'chief investment officer': 'chief investment officer',
  cmo: 'chief marketing officer',
  'chief marketing officer': 'chief marketing officer',
  'chief economist': 'chief economist',
  'chief strategist': 'chief strategist',
  'chief scientist': 'chief scientist',
  'chief analyst': 'chief analyst',
  'chief operating': 'chief operating officer',
  'chief accounting officer': 'chief accounting officer',
  'general counsel': 'general counsel',
  'chief counsel': 'chief counsel',
  'chief of staff': 'chief of staff',
  'national security adviser': 'national security adviser',
  'national security advisor': 'national security advisor',
  evp: 'executive vice president',
  svp: 'senior vice president',
  banker: 'banker',
  'investment banker': 'investment banker',
  'co-chairman': 'co-chairman',
  'co-chairwoman': 'co-chairman',
  'co-chair': 'co-chairman',
  'chief dealer': 'chief dealer',
  adviser: 'adviser',
  advisor: 'advisor',
  'vice-chairman': 'vice chairman',
  // a post one is elected to and does not yet hold
  'chairman-elect': 'chairman-elect',
  'president-elect': 'president-elect',
  'deputy director': 'deputy director',
  meteorologist: 'meteorologist',
  'chief meteorologist': 'chief meteorologist',
  president: 'president',
  'vice president': 'vice president',
  'vice-president': 'vice president',
  vp: 'vice president',
  'executive vice president': 'executive vice president',
  'senior vice president': 'senior vice president',
  'senior executive vice president': 'senior executive vice president',
  'group vice president': 'group vice president',
  chairman: 'chairman',
  // (the same post, its board named: "elected chairman of the board, president and chief executive officer")
  'chairman of the board': 'chairman',
  chairwoman: 'chairman',
  chairperson: 'chairman',
  chair: 'chairman',
  'vice chairman': 'vice chairman',
  'deputy chairman': 'deputy chairman',
  'executive chairman': 'executive chairman',
  'non-executive chairman': 'non-executive chairman',
  director: 'director',
  'managing director': 'managing director',
  'executive director': 'executive director',
  'non-executive director': 'non-executive director',
  'finance minister': 'finance minister',
  'general manager': 'general manager',
  manager: 'manager',
  'fund manager': 'fund manager',
  'portfolio manager': 'portfolio manager',
  treasurer: 'treasurer',
  secretary: 'secretary',
  'general secretary': 'general secretary',
  'secretary general': 'secretary general',
  'secretary-general': 'secretary-general',
  'company secretary': 'company secretary',
  founder: 'founder',
  'co-founder': 'co-founder',
  cofounder: 'co-founder',
  owner: 'owner',
  partner: 'partner',
  'limited partner': 'limited partner',
  'general partner': 'general partner',
  'managing partner': 'managing partner',
  'senior partner': 'senior partner',
  principal: 'principal',
  head: 'head',
  chief: 'chief',
  spokesman: 'spokesman',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  analyst: 'analyst',
  'senior analyst': 'senior analyst',
  // "official" alone is as often an adjective ("the official Communist Party"); these say it is a post
  'senior official': 'senior official',
  // "Italy's central bank governor": a country's, not a state's
  'central bank governor': 'central bank governor',
  'union official': 'union official',
  'company official': 'company official',
  'trade official': 'trade official',
  economist: 'economist',
  'senior economist': 'senior economist',
  strategist: 'strategist',
  editor: 'editor',
  'editor-in-chief': 'editor-in-chief',
  'editor in chief': 'editor in chief',
  correspondent: 'correspondent',
  reporter: 'reporter',
  governor: 'governor',
  'deputy governor': 'deputy governor',
  minister: 'minister',
  'vice-minister': 'vice-minister',
  'undersecretary of state': 'undersecretary of state',
  'vice minister': 'vice minister',
  // a legislature's presiding officer ("House Speaker Jim Wright", "Commons Speaker")
  speaker: 'speaker',
  'prime minister': 'prime minister',
  'deputy prime minister': 'deputy prime minister',
  premier: 'premier',
  chancellor: 'chancellor',
  'chancellor of the exchequer': 'chancellor of the exchequer',
  'foreign minister': 'foreign minister',
  'trade minister': 'trade minister',
  'oil minister': 'oil minister',
  'economy minister': 'economy minister',
  'agriculture minister': 'agriculture minister',
  'energy minister': 'energy minister',
  'industry minister': 'industry minister',
  'treasury secretary': 'treasury secretary',
  'secretary of state': 'secretary of state',
  'minister of state': 'minister of state',
  'under secretary': 'under secretary',
  // (Britain's Treasury ministers, whose title names the department after "to")
  'chief secretary to the treasury': 'chief secretary to the treasury',
  'financial secretary to the treasury': 'financial secretary to the treasury',
  'economic secretary to the treasury': 'economic secretary to the treasury',
  undersecretary: 'undersecretary',
  'under-secretary': 'under-secretary',
  'commerce secretary': 'commerce secretary',
  'agriculture secretary': 'agriculture secretary',
  'trade representative': 'trade representative',
  'home secretary': 'home secretary',
  'foreign secretary': 'foreign secretary',
  'culture secretary': 'culture secretary',
  ambassador: 'ambassador',
  // (a Commonwealth country's envoy to another: "High Commissioner Rod Gates")
  'high commissioner': 'high commissioner',
  senator: 'senator',
  // "Rep. Glenn English (D-Okla.)", "Sen. Bob Dole": the abbreviations news writes before a legislator's name
  'sen.': 'senator',
  sen: 'senator',
  'rep.': 'representative',
  rep: 'representative',
  // ("Nebraska Gov. Kay Orr")
  'gov.': 'governor',
  gov: 'governor',
  representative: 'representative',
  congressman: 'congressman',
  // ("Legislator Hui Yin-fat": a member of a legislature whose members have no style of their own; not "lawmakers", which
  // news writes of congressmen it then styles "Reps.")
  legislator: 'legislator',
  mayor: 'mayor',
  commissioner: 'commissioner',
  regulator: 'regulator',
  administrator: 'administrator',
  professor: 'professor',
  lawyer: 'lawyer',
  attorney: 'attorney',
  'attorney general': 'attorney general',
  executive: 'executive',
  'senior executive': 'senior executive',
  officer: 'officer',
  'chief officer': 'chief officer',
  leader: 'leader',
  whip: 'whip',
  coach: 'coach',
  trustee: 'trustee',
  consultant: 'consultant',
  designer: 'designer',
  engineer: 'engineer',
  researcher: 'researcher',
  'research director': 'research director',
  'head of research': 'head of research',
  'marketing director': 'marketing director',
  'sales director': 'sales director',
  'technical director': 'technical director',
  'creative director': 'creative director',
  'operations director': 'operations director',
  'executive officer': 'executive officer',
  'country manager': 'country manager',
  'board member': 'board member',
  // ("Bundesbank council member Lothar Mueller": a seat on a bank's or a city's council)
  'council member': 'council member',
  'minister without portfolio': 'minister without portfolio',
  // (an honour kept after the post: "will become chairman emeritus of the subsidiary")
  'chairman emeritus': 'chairman emeritus',
  'president emeritus': 'president emeritus',
  'professor emeritus': 'professor emeritus',
  // ("Norbert Reithofer, a member of the management board": the seat, named as the company names its boards)
  'member of the management board': 'member of the management board',
  'member of the supervisory board': 'member of the supervisory board',
  'member of the executive board': 'member of the executive board',
  superintendent: 'superintendent',
  'chief superintendent': 'chief superintendent',
  // a British police force's head and deputies ("assistant chief constable of Gloucestershire Police")
  constable: 'constable',
  'chief constable': 'chief constable',
  inspector: 'inspector',
  'chief inspector': 'chief inspector',
  detective: 'detective',
  sergeant: 'sergeant',
  supt: 'superintendent',
  'director general': 'director general',
  'director-general': 'director-general',
  'executive assistant': 'executive assistant',
  'writer-director': 'writer-director',
  member: 'member',
  // the press, the courts, the services and the campus: posts news names as often as a firm's
  // (not "dean", "broker" or "auditor": as often a given name or a firm's part in a deal, "Dean Witter", "broker Marsh & McLennan")
  publisher: 'publisher',
  journalist: 'journalist',
  presenter: 'presenter',
  // (not "producer" or "host": as often a firm, "liquor producer Hiram Walker", or a verb, "will host Mr Brown")
  dj: 'dj',
  critic: 'critic',
  organiser: 'organiser',
  organizer: 'organizer',
  'co-ordinator': 'co-ordinator',
  coordinator: 'coordinator',
  specialist: 'specialist',
  mediator: 'mediator',
  barrister: 'barrister',
  solicitor: 'solicitor',
  'senior fellow': 'senior fellow',
  'research fellow': 'research fellow',
  'visiting fellow': 'visiting fellow',
  // (a think tank's or a campaign's staff: "staff associate at the Government Accountability Project"; not "an associate
  // of Marcos", a friend)
  'research associate': 'research associate',
  'staff associate': 'staff associate',
  geologist: 'geologist',
  chemist: 'chemist',
  biochemist: 'biochemist',
  physicist: 'physicist',
  biologist: 'biologist',
  ecologist: 'ecologist',
  entomologist: 'entomologist',
  physiologist: 'physiologist',
  epidemiologist: 'epidemiologist',
  virologist: 'virologist',
  psychologist: 'psychologist',
  sociologist: 'sociologist',
  criminologist: 'criminologist',
  climatologist: 'climatologist',
  anthropologist: 'anthropologist',
  archaeologist: 'archaeologist',
  linguist: 'linguist',
  historian: 'historian',
  // who forecasts a firm's technology ("Ian Pearson, BT's futurologist")
  futurologist: 'futurologist',
  futurist: 'futurist',
  technologist: 'technologist',
  statistician: 'statistician',
  demographer: 'demographer',
  lobbyist: 'lobbyist',
  employee: 'employee',
  anchorman: 'anchorman',
  columnist: 'columnist',
  judge: 'judge',
  // a supreme court's judges ("Justice John Paul Stevens", "Chief Justice William Rehnquist")
  justice: 'justice',
  'chief justice': 'chief justice',
  'chief judge': 'chief judge',
  magistrate: 'magistrate',
  prosecutor: 'prosecutor',
  'district attorney': 'district attorney',
  sheriff: 'sheriff',
  'police chief': 'police chief',
  ombudsman: 'ombudsman',
  controller: 'controller',
  comptroller: 'comptroller',
  envoy: 'envoy',
  // an embassy's posts ("China's commercial counsellor in its Washington embassy")
  counsellor: 'counsellor',
  counselor: 'counselor',
  attache: 'attache',
  delegate: 'delegate',
  'chief delegate': 'chief delegate',
  official: 'official',
  negotiator: 'negotiator',
  'chief negotiator': 'chief negotiator',
  // (a bank's trader ranked as news names one, as "chief dealer" is; "dealer" alone is as often a car dealer or a firm)
  'senior dealer': 'senior dealer',
  diplomat: 'diplomat',
  // a party's candidate in an election ("Labour candidate John King")
  candidate: 'candidate',
  aide: 'aide',
  lecturer: 'lecturer',
  scientist: 'scientist',
  physician: 'physician',
  surgeon: 'surgeon',
  lieutenant: 'lieutenant',
  'lt.': 'lieutenant',
  colonel: 'colonel',
  'col.': 'colonel',
  // (two ranks written as one: "Lt. Col. Oliver North")
  'lieutenant colonel': 'lieutenant colonel',
  'lt. col.': 'lieutenant colonel',
  // (the wire's abbreviation: "Atty. Gen. Edwin Meese")
  'atty. gen.': 'attorney general',
  'gen.': 'general',
  admiral: 'admiral',
  commander: 'commander',
  // a legislator's seat: news readers and the sets' annotators keep "MP" and "MSP" as written (19 times in 20) but
  // spell out "MEP" (2 in 2)
  mp: 'mp',
  msp: 'msp',
  mep: 'member of the european parliament',
  mla: 'member of the legislative assembly',
  // a seat in the House of Lords, and on a council ("Labour peer Lord Dubs", "Lord Bingham, a senior law lord",
  // "Labour councillor Muhammad Afzal")
  peer: 'peer',
  'law lord': 'law lord',
  councillor: 'councillor',
  // (a city's: "Amsterdam's financial alderman Walter Etty", "City Councilman Tom Roe")
  alderman: 'alderman',
  councilman: 'councilman',
  councilwoman: 'councilwoman',
  // a ministry's senior civil servant, and a country's envoy to a body ("Home Office permanent secretary John Gieve")
  'permanent secretary': 'permanent secretary',
  'permanent under-secretary': 'permanent under-secretary',
  'permanent representative': 'permanent representative',
  // who audits a government's books ("Auditor General Sir John Bourn")
  'auditor general': 'auditor general',
  'comptroller and auditor general': 'comptroller and auditor general',
  boss: 'boss',
  // occupations news gives a person as a title ("US tycoon Malcolm Glazer", "Indian writer Rohit Gupta", "singer Gwen
  // Stefani"), which every annotator of real news wrote as one (not "farmer" or "driver": family names as often)
  accountant: 'accountant',
  'chief accountant': 'chief accountant',
  tycoon: 'tycoon',
  financier: 'financier',
  entrepreneur: 'entrepreneur',
  businessman: 'businessman',
  businesswoman: 'businesswoman',
  writer: 'writer',
  author: 'author',
  novelist: 'novelist',
  blogger: 'blogger',
  singer: 'singer',
  actor: 'actor',
  actress: 'actress',
  teacher: 'teacher',
  expert: 'expert',
  racer: 'racer',
  comedian: 'comedian',
  comedienne: 'comedienne',
  billionaire: 'billionaire',
  magnate: 'magnate',
  industrialist: 'industrialist',
  oilman: 'oilman',
  arbitrager: 'arbitrager',
  arbitrageur: 'arbitrageur',
  investor: 'investor',
  photographer: 'photographer',
  artist: 'artist',
  // ... and in the arts, which entertainment news gives as a post as often ("playwrights David Eldridge and ...",
  // "rapper Kanye West", "Portishead guitarist Adrian Utley")
  playwright: 'playwright',
  screenwriter: 'screenwriter',
  songwriter: 'songwriter',
  poet: 'poet',
  composer: 'composer',
  rapper: 'rapper',
  musician: 'musician',
  guitarist: 'guitarist',
  bassist: 'bassist',
  drummer: 'drummer',
  vocalist: 'vocalist',
  frontman: 'frontman',
  pianist: 'pianist',
  conductor: 'conductor',
  choreographer: 'choreographer',
  filmmaker: 'filmmaker',
  'film-maker': 'film-maker',
  // (a producer alone is as often a company or a country: "sugar producer Beghin-Say", "cocoa producer Ghana")
  'film producer': 'film producer',
  'record producer': 'record producer',
  'executive producer': 'executive producer',
  'co-producer': 'co-producer',
  // who acts for an artist or a firm ("agent Simon Beresford", "Ariadne's Philippine agent Domingo Panganiban")
  agent: 'agent',
  agronomist: 'agronomist',
  'property developer': 'property developer',
  'real estate developer': 'real estate developer',
  // a dealer in a market ("sugar trader Antonio Chan", "a trader at Shearson"), whose firm is an employer
  trader: 'trader',
  // who designs a firm's systems ("chief security architect at Cisco")
  architect: 'architect',
  // a church's head, a post news names as any other ("an audience with Pope John Paul II")
  pope: 'pope',
  // ... and a diocese's ("Cardinal Jaime Sin, the archbishop of Manila"; not "bishop", as often a family name)
  archbishop: 'archbishop',
};

/**
 * What a person does rather than a post they hold ("US tycoon Malcolm Glazer", "blogger Curt Hopkins"): the
 * employer is only one named right with it, and beside a post the story gives the same person it is no fact.
 */
export const OCCUPATION_ROLES = /(?:^| )(?:tycoon|financier|entrepreneur|businessman|businesswoman|writer|co-writer|author|co-author|novelist|blogger|singer|actor|actress|playwright|screenwriter|songwriter|poet|composer|rapper|musician|guitarist|bassist|drummer|vocalist|frontman|pianist|conductor|choreographer|filmmaker|film-maker|teacher|expert|racer|comedian|comedienne|billionaire|magnate|industrialist|oilman|arbitrager|arbitrageur|developer|investor|photographer|artist)$/;
/** Words that praise a post's holder and are no part of the post ("a widely respected leader", "famed director"). */
export const PRAISING_WORDS = new Set([
  'famous', 'famed', 'great', 'well-known', 'award-winning', 'acclaimed', 'renowned', 'respected', 'regarded', 'unconventional', 'prominent',
  'influential', 'distinguished', 'noted', 'popular', 'outspoken', 'powerful',
  // ("a superb chairman of the Federal Reserve Board"; not the years of "a seasoned envoy", which describe a career)
  'superb', 'excellent', 'outstanding', 'brilliant', 'capable', 'effective', 'successful', 'talented', 'skilled',
  'charismatic', 'controversial', 'flamboyant', 'colourful', 'colorful',
]);

/** Fields a post may name right after it, without "of" ("Gary Hunt, vice president sales,"). */
export const POST_FIELDS_AFTER = new Set([
  'sales', 'marketing', 'finance', 'operations', 'research', 'production', 'engineering', 'planning', 'administration', 'manufacturing',
  'personnel', 'development', 'treasury', 'legal', 'communications',
]);

/** Posts whose "to" names the body they serve ("adviser to the Central Bank"), not a place they are sent to. */
export const ADVISING_POSTS = new Set(['adviser', 'advisor', 'aide', 'consultant', 'assistant', 'counsel', 'counsellor', 'counselor']);

/** Words after a name that say the post after them was held before: "had been", "was previously". */
export const PAST_POST_PHRASES: ReadonlyArray<readonly string[]> = [
  ['had', 'been'], ['had', 'previously', 'been'], ['had', 'earlier', 'been'], ['had', 'formerly', 'been'],
  ['was', 'previously'], ['was', 'formerly'], ['was', 'earlier'], ['previously', 'was'], ['formerly', 'was'],
];

/** Words that put a post in the past before it: "former chief executive", "ex Tory minister". */
export const FORMER_WORDS = new Set(['former', 'ex']);

/** Posts whose holders news often leaves unnamed ("a company spokesman said ... The spokesman"): a description of one is no named person's. */
export const UNNAMED_POSTS = /(?:^| )(?:spokes(?:man|woman|person)|official|aide|source|analyst|economist|trader|dealer|lawyer|attorney|judge|trustee|executive|correspondent|strategist|negotiator|diplomat|banker|manager|boss)$/;

/** Occupations in the arts: the name before one is as often a work's ("Harry Potter author", "Holby City actor") as an employer's. */
export const CREATIVE_ROLES = /(?:^| )(?:author|co-author|writer|co-writer|novelist|singer|actor|actress|playwright|screenwriter|songwriter|poet|composer|rapper|musician|choreographer|filmmaker|film-maker|comedian|comedienne)$/;

/**
 * Modifiers that can stand before a role word and belong to the title
 * ("senior vice president", "deputy finance minister", "acting chairman").
 */
export const TITLE_MODIFIERS = new Set([
  'senior', 'resident', 'executive', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'deposed', 'ousted', 'parliamentary', 'joint', 'group', 'global', 'regional',
  'general', 'managing', 'chief', 'vice', 'first', 'second', 'honorary', 'non-executive', 'lead', 'principal', 'corporate', 'international',
  'european', 'national', 'area', 'division', 'divisional', 'marketing', 'sales', 'finance', 'financial', 'foreign', 'trade', 'oil', 'economy',
  'economic', 'energy', 'industry', 'agriculture', 'agricultural', 'defence', 'defense', 'interior', 'health', 'education', 'treasury',
  'commerce', 'culture', 'arts', 'heritage', 'home', 'transport', 'labour', 'labor', 'justice', 'environment', 'technology', 'technical', 'research', 'product',
  'operations', 'communications', 'investment', 'investor', 'strategy', 'business', 'development', 'brand', 'country', 'portfolio',
  'equity', 'credit', 'debt', 'market', 'markets', 'currency', 'bond', 'oil', 'retail', 'media', 'telecoms', 'telecom', 'industry', 'prime',
  'shadow', 'pensions', 'planning', 'housing', 'welfare', 'fiscal', 'monetary', 'tourism', 'mines', 'petroleum', 'economics', 'cabinet',
  'share', 'stock', 'banking', 'aviation', 'motor', 'political', 'diplomatic', 'production', 'programme', 'program', 'federal', 'transportation',
  'commercial', 'elect', 'designate', 'legal',
  // ("U.S. arms control negotiator Max Kampelman")
  'arms', 'control',
  // (a state's own officers: "State Comptroller", "State Treasurer", and Germany's "State Secretary")
  'state',
  // ("special counsel", "special envoy", "special adviser")
  'special',
  // a legislature's party leaders ("Senate majority leader", "House minority whip")
  'majority', 'minority',
  // ("a retired vice chairman of ...", "Sotheby's worldwide head of ...")
  'retired', 'worldwide',
  // ("Labour opposition leader Neil Kinnock", "opposition spokesman")
  'opposition',
]);

/** The words that head a title: a run of modifiers must end in one of these. */
export const ROLE_HEADS = new Set(
  Object.keys(ROLE_CANON)
    .filter((k) => !k.includes(' '))
    .concat(['officer', 'minister', 'secretary', 'director', 'manager', 'president', 'chairman', 'economist', 'analyst', 'counsel', 'head', 'governor', 'strategist']),
);

/** A word that can be part of a title, in lower case: a role, a role's head or a modifier ("senior", "deputy"). */
const isOneTitleWord = (lower: string): boolean => ROLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || lower in ROLE_CANON;
// ("Vice-Premier", "Deputy-Governor": a hyphenated word is a title's where each part is)
export const isTitleWord = (lower: string): boolean => isOneTitleWord(lower) || (lower.includes('-') && lower.split('-').every(isOneTitleWord));

/**
 * The singular of a post in the plural ("directors", "chairmen", "justices"), where it is a post;
 * not "members": "band members", "shadow cabinet members" say less than the posts stories give them one by one.
 */
export function singularPost(lower: string): string | undefined {
  // "Sens. Alan Cranston and Daniel Evans", "Reps. ...": legislators' abbreviated styles in the plural
  if (lower in PLURAL_STYLES) return PLURAL_STYLES[lower];
  // "three other ex-managers": a post held before, glued to its "ex-"
  if (lower.startsWith('ex-')) {
    const post = singularPost(lower.slice(3));
    return post && `ex-${post}`;
  }
  const one = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : undefined;
  return one && isTitleWord(one) && (!TITLE_MODIFIERS.has(one) || ROLE_HEADS.has(one)) && one !== 'member' ? one : undefined;
}

const PLURAL_STYLES: Record<string, string> = { 'sens.': 'senator', sens: 'senator', 'reps.': 'representative', reps: 'representative' };

/** Modifiers that rank a post rather than name a field: they stay in the title whatever stands before them. */
export const RANK_WORDS = new Set(['senior', 'executive', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'joint', 'group', 'global', 'regional', 'general', 'managing', 'chief', 'vice', 'first', 'second', 'honorary', 'non-executive', 'lead', 'principal', 'corporate', 'international', 'national', 'prime', 'shadow']);

/** Ranks of a person's own, never part of a company's name as "International" or "Group" may be. */
export const PERSONAL_RANKS = new Set(['senior', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'chief', 'vice', 'principal', 'joint']);

/** Posts of those a country or body sends elsewhere, whose post may say where to ("ambassador to the U.S."). */
export const ENVOYS = new Set(['ambassador', 'envoy', 'consul', 'representative', 'delegate']);

/** Bumped whenever titles are added, so that indexes built from this lexicon know to rebuild. */
export let titlesVersion = 0;

/**
 * Adds a title (from a rule pack): "chief people officer" → its canonical role.
 * Its last word becomes a role head and the words before it title modifiers.
 */
export function addTitle(phrase: string, role: string): void {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  ROLE_CANON[words.join(' ')] = role.toLowerCase().trim();
  ROLE_HEADS.add(words[words.length - 1]!);
  for (const w of words.slice(0, -1)) TITLE_MODIFIERS.add(w);
  titlesVersion++;
}

/**
 * Lower-case words that describe the employer between a title's preposition
 * and its name: "analyst with stockbroker Kleinwort Benson", "economist at
 * the investment bank Acme Securities". Read by the person rules only.
 */
export const EMPLOYER_DESCRIPTORS = new Set([
  'organisation', 'organization', 'broker', 'brokers', 'stockbroker', 'stockbrokers', 'brokerage', 'brokerage house', 'investment', 'bank', 'banks', 'merchant', 'securities',
  'house', 'firm', 'company', 'group', 'consultancy', 'consultants', 'consulting', 'research', 'fund', 'agency', 'trade', 'union', 'charity',
  'pressure', 'lobby', 'think-tank', 'think', 'tank', 'institute', 'law', 'accountancy', 'accountants', 'auditors', 'dealers', 'dealer',
  'trading', 'market', 'industry', 'business', 'campaign', 'watchdog', 'regulator', 'body', 'newspaper', 'magazine', 'paper', 'website',
  'analysts', 'economic', 'financial', 'insurer', 'insurance', 'japanese', 'british', 'american', 'u.s.', 'us', 'uk', 'london-based',
  'new', 'york-based', 'major', 'leading', 'independent', 'private', 'state-owned', 'giant', 'retailer', 'airline', 'carrier', 'club', 'team',
  'top', 'gadget', 'music', 'film', 'television', 'tv', 'radio', 'technology', 'software', 'internet', 'online', 'group', 'association',
  // modern business news: "chief executive of chip designer Arm", "a partner at venture capital firm Sequoia"
  'chip', 'chipmaker', 'semiconductor', 'designer', 'maker', 'carmaker', 'automaker', 'drugmaker', 'startup', 'start-up', 'tech',
  'e-commerce', 'social', 'streaming', 'ride-hailing', 'payments', 'payment', 'crypto', 'cryptocurrency', 'exchange', 'lender', 'asset',
  'manager', 'hedge', 'equity', 'venture', 'capital', 'biotech', 'pharmaceutical', 'pharmaceuticals', 'oil', 'energy', 'mining',
  'telecoms', 'telecom', 'operator', 'conglomerate', 'platform', 'manufacturer', 'publisher', 'broadcaster', 'developer', 'video', 'game',
  'games', 'corporate', 'electric', 'vehicle', 'battery', 'search', 'cloud', 'fintech', 'utility', 'asset-management', 'wealth', 'management', 'network', 'unit', 'subsidiary', 'arm', 'division', 'site', 'news',
  // what a firm makes or sells ("an official at French sugar producer Beghin-Say", "of net provider Pipex")
  'producer', 'provider', 'refiner', 'supplier', 'distributor', 'chain', 'processor', 'exporter',
  // ... or an agency's ("a partner of land agent Vigers Hong Kong")
  'agent', 'agents',
  // a publication by how often it comes out ("news editor of trade weekly Screen International")
  'weekly', 'daily', 'monthly', 'journal', 'tabloid',
  // those who wind up or rescue a failed firm ("said David Rubin of administrators David Rubin & Partners")
  'administrators', 'administrator', 'receivers', 'receiver', 'liquidators', 'liquidator',
  // experts a firm is known as ("said Daan Kaakebeen of Dutch salvage experts Smit Tak"), or what it watches ("of box
  // office tracker Exhibitor Relations")
  'experts', 'specialists', 'tracker',
]);

/**
 * Offices only one country has, by the country's ISO code: the country a
 * "Chancellor of the Exchequer" serves when the text names none.
 */
export const ROLE_COUNTRY: Record<string, string> = {
  'chancellor of the exchequer': 'GB',
  'home secretary': 'GB',
  'foreign secretary': 'GB',
  'culture secretary': 'GB',
  'chief secretary to the treasury': 'GB',
  'chief treasury secretary': 'GB',
  'treasury secretary': 'US',
  'secretary of state': 'US',
  'trade representative': 'US',
  congressman: 'US',
  // (Japan's cabinet's spokesman and its chief: other cabinets have a "cabinet secretary" alone)
  'chief cabinet secretary': 'JP',
};

/** Titles that name a firm's part in a deal, not a person's job: "lead manager Morgan Stanley and Co". */
/**
 * Words of a government portfolio written in capitals after "Minister of":
 * "Minister of International Trade and Industry", "Minister of Communications
 * and Digital Economy". Only these are read as the title's, so that the name
 * after them ("... Industry Mustapa Mohamed") is not.
 */
export const PORTFOLIO_WORDS = new Set([
  'finance', 'finances', 'livestock', 'economy', 'economic', 'economics', 'political', 'trade', 'industry', 'industries', 'primary', 'international', 'foreign', 'affairs', 'home', 'interior',
  // (the European Commission's: "External Trade Commissioner", "Farm Commissioner", "Industrial Policy Director")
  'external', 'farm', 'policy',
  // ("Minister of Heavy Industries")
  'heavy',
  'defence', 'defense', 'justice', 'health', 'education', 'agriculture', 'fisheries', 'forestry', 'food', 'transport', 'transportation',
  'communications', 'communication', 'telecommunications', 'information', 'digital', 'technology', 'technologies', 'science', 'innovation',
  'energy', 'mines', 'mining', 'mineral', 'minerals', 'resources', 'natural', 'petroleum', 'oil', 'gas', 'power', 'electricity', 'water',
  'environment', 'climate', 'change', 'labour', 'labor', 'employment', 'planning', 'development', 'commerce', 'investment', 'tourism',
  'culture', 'arts', 'heritage', 'sport', 'sports', 'youth', 'women', 'social', 'welfare', 'housing', 'public', 'works', 'infrastructure', 'state', 'national',
  'security', 'budget', 'management', 'treasury', 'revenue', 'privatisation', 'privatization', 'enterprises', 'enterprise', 'cooperation', 'integration',
  'european', 'regional', 'local', 'government', 'urban', 'rural', 'land', 'lands', 'maritime', 'aviation', 'shipping', 'ports', 'roads',
  'construction', 'industrial', 'administrative', 'reform', 'reforms', 'consumer', 'protection', 'competition', 'small', 'medium', 'community',
  'atomic', 'nuclear', 'drugs', 'constitutional', 'procurement', 'work', 'pensions', 'skills', 'schools', 'equality', 'europe', 'veterans', 'immigration', 'religious', 'minority', 'minorities', 'family', 'families', 'children', 'trade-and-industry',
  'expansion', 'parastatal', 'corporate', 'financial', 'institutions', 'consumers', 'safety', 'civil', 'overseas', 'territories', 'citizenship', 'relations', 'cooperatives', 'irrigation', 'posts', 'telegraphs', 'solidarity', 'labour-relations',
  // ("Humanitarian Aid Commissioner", "Overseas Aid Minister")
  'humanitarian', 'aid',
  // the armed services' ministers ("Navy Minister Henrique Saboya", "Air Force Minister") and a planned economy's
  // branch ministers ("Grain Products Minister", "Light Industry Minister"); not an industry's name a company's
  // division goes by too ("BHP Steel chief executive")
  'navy', 'army', 'air', 'force', 'forces', 'armed', 'military', 'war', 'grain', 'products', 'light',
  // ("chief U.S. arms control negotiator Max Kampelman")
  'arms', 'control',
]);

export const NOT_PERSON_TITLES = new Set(['active trader', 'active traders', 'lead manager', 'co-lead manager', 'co-manager', 'joint lead manager', 'lead managers', 'co-lead managers', 'sole manager', 'sole lead manager', 'joint manager',
  // a company's place in its market, not a person's post ("market leader Mengniu Dairy")
  'market leader', 'industry leader', 'world leader', 'global leader']);

/**
 * A part of an organization that a title may name before the organization itself: "analyst at the Tokyo office
 * of broker James Capel", "manager of the money market section of New Japan Securities".
 */
/** Bodies whose word opens a post and whose holder serves no state: "union president", "subcommittee chairman". */
export const NON_STATE_BODIES = new Set(['union', 'association', 'club', 'committee', 'subcommittee', 'conference', 'council', 'federation', 'company', 'board', 'division', 'unit', 'branch', 'group', 'survey', 'bid']);

/** The words a president or chairman is written after, naming the body: those, and a bank's or a division's ("central bank president", "computer systems president"). */
export const BODY_BEFORE_HEAD = new Set([...NON_STATE_BODIES, 'bank', 'central', 'commission', 'computer', 'systems', 'products', 'operations']);

/** A monarch's styles: a post only where the text ties them to a country ("King Fahd of Saudi Arabia", not "King Kong"), or the story is about a monarchy. */
export const MONARCH_STYLES = new Set(['King', 'Queen', 'Emir', 'Sultan', 'Shah', 'Crown Prince', 'Emperor']);

/** Where an emperor reigns: "Emperor Hirohito" in a story about Japan. */
export const EMPERORS = new Set(['JP']);
/**
 * The states a monarch reigns over in person, by code: a story about one of them means its king by "King Fahd".
 * (not the realms whose monarch is Britain's; an emperor reigns in Japan alone, EMPERORS)
 */
export const MONARCHIES = new Set([
  'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'LU', 'LI', 'MC', 'TH', 'MY', 'BN', 'NP', 'BT', 'SA', 'KW', 'JO', 'MA', 'BH', 'QA',
  'OM', 'AE', 'LS', 'SZ', 'TO',
]);

/** The courts a judge sits on, written before the post: "U.S. District Judge", "U.S. Bankruptcy Judge". */
export const COURTS = new Set(['district', 'circuit', 'bankruptcy', 'appeals', 'federal', 'supreme', 'magistrate', 'tax']);

export const ORG_UNIT_WORDS = new Set(['office', 'offices', 'branch', 'section', 'division', 'department', 'unit', 'arm', 'desk', 'bureau', 'subsidiary', 'wing', 'house', 'chamber']);

/** Last words of names that are documents, events or bodies, never a person's: "International Cocoa Agreement". */
export const NOT_PERSON_LAST_WORDS = new Set([
  'agreement', 'accord', 'treaty', 'act', 'pact', 'plan', 'programme', 'program', 'report', 'unit', 'index', 'conference', 'summit',
  'album', 'award', 'awards', 'prize', 'cup', 'championship', 'championships', 'league', 'festival',
  'commission', 'council', 'association', 'committee', 'federation', 'institute', 'ministry', 'department', 'agency', 'authority',
  'organization', 'organisation', 'corporation', 'company', 'university', 'parliament', 'government', 'group',
  // "investor Elliott Management", "Corvex Management": a fund's words
  'management', 'capital', 'partners', 'holdings', 'investments', 'fund', 'funds', 'trust', 'ventures', 'advisors', 'advisers', 'associates',
  // "(Chief) Medical Officer", "(Chief) Technology Officer", "Commission President": a capitalized title read as a name
  'officer', 'officers', 'president', 'chairman',
]);

/**
 * Countries (ISO 3166-1 alpha-2) that have no such office, so that a bare
 * "President Reagan" in a story about Japan and the United States is not
 * Japan's, and a "Prime Minister" in a story about Greece and the United
 * States is not America's. Kings and queens reign where there is no president;
 * a president governs where there is no prime minister; the United States has
 * secretaries, not ministers; only Germany and Austria have a chancellor (the
 * British one is of the Exchequer).
 */
export const NO_PRESIDENT = new Set([
  'GB', 'JP', 'CA', 'AU', 'NZ', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'LU', 'TH', 'MY', 'SA', 'KW', 'JO', 'MA', 'BH', 'QA', 'OM', 'BN',
  'NP', 'BT', 'JM', 'LI', 'MC', 'BS', 'BB', 'LS', 'SZ', 'TO',
]);
export const NO_PRIME_MINISTER = new Set([
  'US', 'MX', 'BR', 'AR', 'CL', 'CO', 'VE', 'ID', 'PH', 'NG', 'EC', 'BO', 'UY', 'PY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CY',
]);
export const NO_MINISTERS = new Set(['US']);
/** Governments of ministers, with no cabinet "secretary" ("Commerce Secretary", "Secretary of State") of their own. */
export const NO_SECRETARIES = new Set([
  'JP', 'DE', 'FR', 'IT', 'SU', 'RU', 'CN', 'KR', 'AU', 'CA', 'NZ', 'NL', 'BE', 'SE', 'NO', 'DK', 'FI', 'AT', 'CH', 'IE', 'IL', 'EG', 'SA', 'IR',
  'IQ', 'KW', 'ES', 'PT', 'GR', 'TR', 'PK', 'MY', 'SG', 'TH', 'ID', 'BR',
]);
export const NO_FINANCE_MINISTER = new Set(['US', 'GB']);
/** Parliaments without a senate, or whose upper house has no "senators": no officer of theirs is a senator. */
export const NO_SENATORS = new Set(['JP', 'IR', 'GB', 'DE', 'CN', 'RU', 'KR', 'IL', 'SE', 'NO', 'DK', 'FI', 'NZ', 'TW', 'SG', 'IN', 'SA', 'KW', 'IQ', 'GR', 'PT', 'TR', 'HU', 'AT', 'CH', 'LU']);
export const CHANCELLOR_COUNTRIES = new Set(['DE', 'AT', 'GB']);

/** Jobs read as a person's only after the name, where an article and the employer frame them ("a broker with Merrill Lynch", "the dean of Harvard Law School"). */
export const APPOSITION_JOBS = new Set(['broker', 'dealer', 'steward', 'auditor', 'dean']);

/** Offices whose name opens with "Lord": "Lord Chancellor", "Lord Chief Justice", "Lord Privy Seal" (the words after it). */
export const LORD_OFFICES = new Set(['chancellor', 'chief justice', 'justice', 'privy seal', 'advocate', 'provost', 'mayor', 'chamberlain', 'president of the council']);

/** The words for a post itself: "the position of president", "his role as chairman", "the duties of treasurer". */
const POST_NOUN_WORDS = 'position|post|job|role|title|duties';
export const POST_NOUN = new RegExp(`^(?:${POST_NOUN_WORDS})s?$`);
/** "assuming the role of president", "relinquished the title of president": how a firm words its officer's post. */
export const FIRMS_PRESIDENCY_WORDING = new RegExp(`\\b(?:${POST_NOUN_WORDS})s? (?:of|as) president$`);
