// Words that mark a capitalized sequence as an organization's name.

/** Legal forms, matched without a trailing period, lower-cased. Kept in the canonical name. */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'cos', 'company', 'companies', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'l.p',
  'ag', 'sa', 's.a', 'nv', 'n.v', 'bv', 'b.v', 'gmbh', 'spa', 's.p.a', 'oyj', 'oy', 'ab', 'asa', 'as', 'kk', 'k.k', 'pty', 'bhd', 'berhad',
  'sarl', 'srl', 'se', 'kgaa', 'pte', 'tbk', 'cv', 'cie', 'nl',
]);

/** Last words of organization names that are not legal forms ("Four Seasons Hotels", "Senior Engineering Group"). */
export const ORG_HEAD_WORDS = new Set([
  'group', 'holdings', 'holding', 'partners', 'partnership', 'associates', 'brothers', 'industries', 'enterprises', 'international', 'bank', 'bancorp',
  'bancshares', 'bankshares', 'banks', 'trust', 'fund', 'funds', 'capital', 'securities', 'financial', 'insurance', 'assurance', 'investments',
  'investors', 'ventures', 'systems', 'technologies', 'technology', 'communications', 'telecom', 'telecommunications', 'network', 'networks', 'software',
  'electronics', 'motors', 'airlines', 'airways', 'petroleum', 'oil', 'gas', 'energy', 'resources', 'mining', 'minerals', 'chemicals',
  'chemical', 'pharmaceuticals', 'pharmaceutical', 'laboratories', 'labs', 'foods', 'brands', 'products', 'stores', 'hotels', 'resorts',
  'properties', 'realty', 'airline', 'railroad', 'railway', 'railways', 'steel', 'mills', 'manufacturing', 'services', 'solutions',
  'media', 'publishing', 'entertainment', 'studios', 'pictures', 'records', 'broadcasting', 'newspapers', 'association', 'exchange',
  'commission', 'agency', 'authority', 'ministry', 'department', 'council', 'institute', 'university', 'college', 'federation', 'union',
  'society', 'board', 'bureau', 'reserve', 'court', 'parliament', 'congress', 'senate', 'cooperative', 'cooperatives', 'utilities', 'power',
  'electric', 'airport', 'shipping', 'lines', 'logistics', 'motor', 'automotive', 'semiconductor', 'semiconductors', 'devices', 'instruments',
  'microsystems', 'dynamics', 'aerospace', 'industrial', 'mines', 'refining', 'healthcare', 'health', 'medical', 'biotech', 'computer',
  'computers', 'airways', 'savings', 'loan', 'bancorporation', 'trustco', 'mortgage', 'credit', 'finance', 'leasing', 'fashions', 'apparel',
  'textiles', 'paper', 'packaging', 'construction', 'engineering', 'builders', 'homes', 'restaurants', 'markets', 'supermarkets',
  'organization', 'organisation', 'foundation', 'committee', 'subcommittee', 'movement', 'alliance', 'league', 'administration', 'institution', 'centre',
  'center', 'party', 'consortium', 'syndicate', 'air', 'aviation', 'express', 'transport', 'tours', 'travel', 'telegraph', 'times', 'post',
  'journal', 'herald', 'tribune', 'gazette', 'press', 'news', 'radio', 'television', 'tv', 'wireless', 'mobile', 'online', 'labs',
  'chamber', 'chambers', 'community', 'unit', 'coalition', 'guaranty',
  // (the trades an industry pair joins: "Refining and Marketing Co", "Exploration and Production")
  'marketing', 'exploration', 'production', 'distribution', 'trading',
]);

/** Last words of public bodies: they regulate, rule and approve deals, never buy or sell in them. */
export const AUTHORITY_HEADS = new Set([
  'commission', 'court', 'department', 'ministry', 'agency', 'authority', 'bureau', 'parliament', 'congress', 'senate', 'government',
  'administration', 'tribunal', 'office', 'regulator', 'committee', 'board', 'reserve', 'council', 'service',
]);

/** Words that can stand between capitalized words of one organization's name after one of these heads ("Bank of America"). */
export const OF_HEADS = new Set([
  'bank', 'university', 'association', 'ministry', 'department', 'institute', 'society', 'federation', 'commission', 'council', 'board',
  'chamber', 'chambers', 'bureau', 'college', 'school', 'office', 'house', 'church', 'league', 'academy', 'museum', 'union', 'court', 'exchange', 'trust', 'congress', 'confederation', 'brotherhood',
  // ("Tourism Authority of Thailand", "Economic Planning Agency of Japan")
  'authority', 'agency',
  'organisation', 'organization', 'republic', 'kingdom', 'states', 'state', 'city', 'port', 'government', 'party', 'corporation', 'company',
]);

/**
 * Heads after which "for" joins one organization's name ("Bank for International
 * Settlements", "Institute for Fiscal Studies", "Office for National Statistics").
 * After a bank or a fund, not before a place ("the World Bank for Brazil").
 */
export const FOR_HEADS = new Set([
  'organisation', 'organization', 'office', 'department', 'commission', 'institute', 'society', 'council', 'agency', 'centre', 'center',
  'campaign', 'ministry', 'foundation', 'bank', 'fund', 'union', 'association', 'coalition', 'alliance', 'committee',
  // ("Public Authority for Investment", "Forum for the Future", "Partnership for a Drug-Free America")
  'authority', 'forum', 'partnership', 'network',
  // ("U.S. District Court for the Northern District of Illinois", "Court of Appeals for the Ninth Circuit")
  'court', 'appeals',
  // charities named for their cause: "Action for Africa", "Action for Children"
  'action',
]);
/** Bodies named for what they are set up to do: "Committee to Protect Journalists", "Campaign to Protect Rural England". */
export const TO_HEADS = new Set(['committee', 'campaign', 'coalition', 'alliance', 'league', 'society', 'council', 'foundation', 'fund', 'movement', 'project']);
const PLACE_SENSITIVE_FOR_HEADS = new Set(['bank', 'fund']);
export const forNeedsNoPlace = (head: string): boolean => PLACE_SENSITIVE_FOR_HEADS.has(head);

/**
 * Nouns that describe an organization ("the Chinese smartphone maker", "the company",
 * "the two tech giants"): a definite noun phrase ending in one of them refers to an organization.
 */
export const ORG_DESCRIPTOR_NOUNS = new Set([
  'company', 'companies', 'firm', 'firms', 'group', 'groups', 'maker', 'makers', 'manufacturer', 'manufacturers', 'giant', 'giants', 'producer',
  'producers', 'supplier', 'suppliers', 'retailer', 'retailers', 'carrier', 'carriers', 'operator', 'operators', 'provider', 'providers',
  'bank', 'banks', 'insurer', 'insurers', 'lender', 'lenders', 'conglomerate', 'concern', 'corporation', 'subsidiary', 'unit', 'airline',
  'airlines', 'automaker', 'carmaker', 'chipmaker', 'vendor', 'vendors', 'developer', 'developers', 'startup', 'start-up', 'brand',
  'distributor', 'publisher', 'broadcaster', 'utility', 'refiner', 'miner', 'builder', 'partner', 'rival', 'rivals', 'competitor', 'competitors', 'buyer', 'seller',
  'acquirer', 'outfit', 'business', 'enterprise', 'chain', 'holding', 'parent', 'network', 'studio', 'exchange', 'fund', 'union', 'charity',
]);

/**
 * Nouns for bodies that are no companies, owning a post in "the federation's executive vice president", "the gallery's
 * director", "the regulator's chairman" (with ORG_DESCRIPTOR_NOUNS and BODY_WORDS).
 */
export const OWNER_BODY_NOUNS = new Set([
  'gallery', 'government', 'administration', 'ministry', 'team', 'newspaper', 'paper', 'magazine', 'orchestra', 'theatre', 'theater',
  'festival', 'academy', 'regulator', 'watchdog', 'federation', 'association', 'institute',
]);
/** Words for any body, which say nothing of its kind ("the organisation's president"): the story's own body is meant. */
export const GENERIC_BODY_NOUNS = new Set(['body', 'organisation', 'organization']);
/** Words for a firm that point back to the one named just before ("the company's founder"). */
export const FIRM_NOUNS = new Set(['company', 'firm', 'group', 'business']);
/** Bodies a story names several of, so that "the party's" or "the government's" points back to none by its word. */
export const BODIES_OF_MANY = new Set(['party', 'government', 'administration']);

/** Words opening a sentence before a post held before, never a name's first word ("Former WorldCom chief ..."). */
export const PAST_POST_WORDS = new Set(['former']);

/** The wire's abbreviations in earnings reports, a name's word nowhere ("in the 3rd Qtr of 1985"). */
export const EARNINGS_ABBREVIATIONS = new Set(['qtr', 'qtrs', 'shr', 'shrs', 'mths', 'revs', 'avg']);

/** Adverbs that open a sentence and no company's name, however it ends ("Now Chrysler Corp is saying"). */
export const OPENING_ADVERBS = new Set([
  'now', 'meanwhile', 'today', 'yesterday', 'tomorrow', 'also', 'then', 'still', 'however', 'separately', 'currently', 'previously', 'recently',
  'finally', 'initially', 'earlier', 'later', 'instead', 'thus', 'so', 'yet', 'even', 'only', 'just', 'once', 'but', 'and',
]);

/** Capitalized words that begin a sentence or name but are not names themselves. */
export const NOT_NAME_WORDS = new Set([
  ...OPENING_ADVERBS,
  ...EARNINGS_ABBREVIATIONS,
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'in', 'on', 'at', 'for', 'by', 'with', 'from', 'to', 'of', 'or', 'if', 'as', 'after', 'before', 'when', 'while', 'under', 'besides', 'although',
  'though', 'whilst', 'whereas', 'because', 'since', 'until', 'both', 'each', 'all', 'some', 'many', 'most', 'other', 'another', 'such', 'no', 'not',
  'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'analysts', 'shares', 'sources', 'officials', 'company',
  'reuters', 'total', 'net', 'profit', 'revenue', 'revenues', 'sales', 'earnings', 'last', 'next', 'first', 'second', 'third', 'fourth', 'one',
  'two', 'three', 'four', 'five', 'mr', 'mrs', 'ms', 'dr', 'new', 'according', 'despite', 'during', 'against', 'among', 'between', 'about', 'above',
  'below', 'following', 'including', 'vs', 'oper', 'nine', 'six', 'seven', 'eight', 'ten', 'year', 'note', 'tonnes', 'price', 'prices', 'trade',
]);

/** Acronyms for things, not for anyone: "builds AI tools", "GDP growth", "an IPO". */
export const TERM_ACRONYMS = new Set([
  'AI', 'GDP', 'GNP', 'IPO', 'IPOs', 'TV', 'TVs', 'PC', 'PCs', 'DVD', 'DVDs', 'CD', 'CDs', 'SMS', 'VAT', 'ATM', 'ATMs', 'SUV', 'SUVs', 'EV',
  'EVs', 'LCD', 'LED', 'GPS', 'API', 'APIs', 'MP3', '3G', '4G', '5G', 'M&A', 'R&D', 'VR', 'AR', 'ETF', 'ETFs', 'LNG', 'OTC', 'URL', 'CPU', 'GPU', 'GPUs',
]);

/**
 * Names a rule pack declares: an alias ("Big Blue") or a canonical name
 * ("IBM") → the canonical name. Such names are always organizations.
 */
export const KNOWN_ORGANIZATIONS = new Map<string, string>();

export function addOrganization(alias: string, canonical: string): void {
  KNOWN_ORGANIZATIONS.set(alias, canonical);
  KNOWN_ORGANIZATIONS.set(canonical, canonical);
}

/**
 * The United Kingdom's devolved governments by the names news gives them: a
 * "First Minister" heads one of them, not the country.
 */
export const DEVOLVED_GOVERNMENTS = new Set(['Scottish Executive', 'Scottish Government', 'Welsh Assembly Government', 'Welsh Government', 'Northern Ireland Executive']);

/**
 * Political parties as news names them before a title ("Tory leader", "Labour
 * MP", "Liberal Democrat spokesman"). The word is the party's name as the text
 * writes it: readers and annotators write "Tory", not "Conservative Party".
 * Before a government office ("Socialist President", "Labour Chancellor") the
 * word says which party the officer belongs to, not whom they serve.
 */
export const PARTY_WORDS = new Set([
  'Tory', 'Tories', 'Conservative', 'Conservatives', 'Labour', 'Liberal Democrat', 'Liberal Democrats', 'Lib Dem', 'Lib Dems',
  'Liberal', 'Democratic', 'Democrat', 'Republican', 'Socialist', 'Communist',
]);

/** Names news clips to their first syllable, by the word the full name opens with: "the Fed" for "the Federal Reserve (Board)". */
export const CLIPPED_NAMES: Record<string, string> = { Fed: 'Federal' };

/** Nouns for a company that open a sentence before its name ("Rival IKEA", "Chipmaker Nvidia"); no name begins with them. */
export const OPENING_DESCRIPTIONS = new Set([
  'rival', 'rivals', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'insurer', 'lender', 'startup', 'start-up',
  'conglomerate', 'broadcaster', 'miner', 'refiner', 'regulator', 'competitor', 'competitors', 'peer', 'shareholder', 'investor',
]);

/** Words that make a company named after another its arm: "General Motors Acceptance Corp", "Ford Credit", "Diamond Shamrock Refining and Marketing Co". */
export const SUBSIDIARY_WORD = /\b(?:Acceptance|Credit|Finance|Financial|Capital|Leasing|Securities|Insurance|Services|Bank|Trust|Foundation|Investments?|Asset|Management|Refining|Marketing|Exploration|Production|Distribution|Auto)\b/;

/** Legal forms and group words that open a company's name: "PT Nusantara Digital Tbk", "Groupe Maréchal SA". */
/** A listed company's stock code with its exchange's letters, as the wire writes it in angle brackets: "CPC.N", "VOLV.ST". */
export const STOCK_CODE = /^[A-Z0-9]{1,6}\.[A-Z]{1,3}$/;

export const LEADING_FORMS = new Set(['pt', 'groupe', 'grupo', 'gruppo', 'cv', 'pjsc', 'ooo', 'oao', 'zao', 'compagnie', 'societe', 'société', 'sociedad']);

/** Bodies named for what they are "on": "General Agreement on Tariffs and Trade", "Commission on Human Rights". */
export const ON_HEADS = new Set(['agreement', 'conference', 'commission', 'committee', 'council', 'convention', 'panel', 'forum', 'treaty', 'foundation', 'institute', 'center', 'centre', 'coalition', 'alliance', 'campaign']);

/** Last words of a society's or a movement's name, which runs through an "and" as an authority's does. */
export const BODY_HEADS = new Set(['association', 'union', 'federation', 'confederation', 'force', 'society', 'league', 'alliance', 'coalition', 'foundation', 'institute', 'institution', 'organisation', 'organization', 'exchange']);

/** German small words inside organizations' names: "Bank fuer Gemeinwirtschaft", "Berliner Handels- und Frankfurter Bank". */
export const GERMAN_JOINERS = new Set(['fuer', 'für', 'und']);

/** Words for the part of a bank or firm in a city: "Tokyo branch", "London Office". */
export const BRANCH_WORDS = new Set(['branch', 'office']);

/**
 * Lower-case words that name what kind of body the name before them is ("the Mozilla foundation", "the Senate panel"),
 * and a local government's by its kind of place ("an official of Fengbing county", "governor of Buenos Aires province").
 */
export const BODY_WORDS_AFTER = new Set([
  'bank', 'foundation', 'party', 'committee', 'subcommittee', 'panel', 'council', 'commission', 'institute', 'software', 'campaign',
  'county', 'province', 'prefecture', 'district', 'municipality', 'township', 'village',
]);

/** Last words of a body's name that make it more than a longer form of the name it starts with. */
export const BODY_WORDS = new Set([
  'association', 'union', 'foundation', 'trust', 'council', 'society', 'federation', 'institute', 'club', 'charity', 'committee', 'league',
  'college', 'university', 'school', 'museum', 'hospital', 'church', 'party', 'commission', 'authority', 'agency', 'department', 'board',
  'bureau', 'court', 'police',
  // a broadcaster's services ("BBC Radio", "BBC News" after "BBC")
  'radio', 'television', 'tv', 'news', 'service', 'channel',
]);

/**
 * News organizations stories cite ("told Reuters", "the Wall Street Journal reported"): named near an officer,
 * they are the source of the story, not the officer's employer, unless the text says so outright.
 */
export const NEWS_SOURCES = new Set([
  'Reuters', 'Reuter', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Dow Jones', 'BBC', 'BBC News', 'BBC News website',
  'Financial Times', 'FT', 'Wall Street Journal', 'WSJ', 'New York Times', 'Washington Post', 'Times', 'Sunday Times', 'Guardian', 'Observer',
  'Independent', 'Daily Telegraph', 'Telegraph', 'Economist', 'CNN', 'Kyodo', 'Xinhua', 'Tass', 'Interfax', 'Press Association',
  'BBC Radio', 'BBC Radio 4', 'BBC Radio Five Live', 'BBC World Service', 'BBC One', 'BBC Two', 'Sky News', 'ITV News',
]);

/** Wire agencies a source speaks to ("told Reuters"), named in one word before whatever the source said. */
export const WIRE_AGENCIES = new Set(['Reuters', 'Reuter', 'AP', 'UPI', 'AFP', 'Kyodo', 'Tass', 'Xinhua']);

/**
 * Unions of states a business story names beside a firm's managers ("in the EU it is more or less 1%"), and
 * legislatures ("a new partnership with Congress"): no company officer's employer unless stated.
 */
export const NOT_EMPLOYERS_NEARBY = new Set(['European Union', 'EU', 'United Nations', 'UN', 'Congress', 'Parliament', 'House', 'Senate', 'Commons']);

/** A committee's words, which end its name ("Ways and Means Committee", "Agriculture Subcommittee"). */
export const COMMITTEE_WORDS = new Set(['committee', 'subcommittee']);
/** Legislative chambers: a committee's name opens with one ("House Ways and Means Committee"), and a party's leader is named in one ("Senate Republican leader"). */
export const CHAMBERS = new Set(['House', 'Senate', 'Commons']);

/** Names central banks go by: "Federal Reserve Board", "Bank of Canada", "Reserve Bank of India", "Bundesbank". */
export const CENTRAL_BANK_NAME = /^(?:(?:U\.S\. |US )?Federal Reserve(?: Board| System| Bank of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|Bank of (?:Canada|Japan|England|France|Italy|Spain|Korea|Thailand|Israel|Greece|Portugal|Mexico|Taiwan|China)|(?:Reserve|National) Bank of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Bundesbank|Banque de France|Banca d'Italia|(?:[A-Z][a-z]+ )?Central Bank(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)$/;

/** International bodies a secretary-general heads, as news names them, and the one name each is counted under ("U.N." and "United Nations" are one). */
export const SECRETARIAT_NAME = /^(?:United Nations|U\.N\.|UN|NATO|Nato|OPEC|Opec|OECD|Arab League|Commonwealth|OAU|Organi[sz]ation of African Unity|ASEAN|Asean|Council of Europe|Interpol|Gulf Cooperation Council|Organi[sz]ation of Petroleum Exporting Countries|North Atlantic Treaty Organi[sz]ation|Organi[sz]ation for Economic Co-?operation and Development)$/;
export const SECRETARIAT_FULL_NAMES: Record<string, string> = {
  'U.N.': 'United Nations', UN: 'United Nations', Nato: 'NATO', Opec: 'OPEC', Asean: 'ASEAN',
  'North Atlantic Treaty Organization': 'NATO', 'North Atlantic Treaty Organisation': 'NATO',
  'Organization of Petroleum Exporting Countries': 'OPEC', 'Organisation of Petroleum Exporting Countries': 'OPEC',
  OAU: 'Organization of African Unity', 'Organisation of African Unity': 'Organization of African Unity',
};

/** A company's word for the one that owns it: "Yukos' main shareholder Menatep", "its parent Acme". */
export const OWNER_NOUNS = new Set(['shareholder', 'shareholders', 'owner', 'owners', 'parent']);
