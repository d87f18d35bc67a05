// The words of deals, apart from the rules that read them: which verbs and
// nouns announce which kind of deal, and which words around them say how far
// the deal has got.
import type { DealType } from '../types.js';

/** Verbs whose subject takes something over: "X acquired Y", "Y was bought by X". Inflected forms, lower case. */
export const ACQUIRE_VERBS = new Set([
  'acquire', 'acquires', 'acquired', 'acquiring',
  'buy', 'buys', 'bought', 'buying',
  'purchase', 'purchases', 'purchased', 'purchasing',
]);
/** "X will pay 630 mln dlrs for Y": paying for something is buying it. */
export const PAY_VERBS = new Set(['pay', 'pays', 'paid', 'paying']);
/** Phrasal: "take over", "took over". The particle must follow. */
export const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Words right after "take over" that make it a succession in a post: "took over from X", "takes over as chairman", "took over at the Home Office". */
export const SUCCESSION_WORDS = new Set(['from', 'as', 'at', 'in', 'on', 'when', 'after']);

/** Verbs of coming to own a company by its control: "X won control of Y", "took control of Y" (not "acquire", read as buying). */
export const CONTROL_VERBS = new Set([
  'take', 'takes', 'took', 'taken', 'taking', 'win', 'wins', 'won', 'winning', 'gain', 'gains', 'gained', 'gaining',
  'assume', 'assumes', 'assumed', 'assuming', 'obtain', 'obtains', 'obtained', 'obtaining', 'seize', 'seizes', 'seized', 'seizing',
]);
/** Words between such a verb and "control" that keep it an owner's: "took full control of" ("management control" is a manager's). */
export const CONTROL_MODIFIERS = new Set(['full', 'majority', 'effective', 'outright', 'voting', 'total', 'complete', 'sole']);

/** Last words of a competition's or a security's name, which a bid is for but no deal buys: "the Davis Cup", "the Champions League", "the 2012 Games", "the Third Series". */
export const COMPETITION_WORDS = new Set(['cup', 'league', 'championship', 'championships', 'trophy', 'games', 'olympics', 'tournament', 'series']);

/** Verbs whose subject gives something up: "X sold Y to Z". */
export const SELL_VERBS = new Set([
  'sell', 'sells', 'sold', 'selling',
  'divest', 'divests', 'divested', 'divesting',
  'dispose', 'disposes', 'disposed', 'disposing', // + "of"
]);

export const MERGE_VERBS = new Set(['merge', 'merges', 'merged', 'merging', 'combine', 'combines', 'combined', 'combining']);

/** Verbs that only make a deal with a stake-like object: "took a 15 pct stake in", "raised its stake in". */
export const STAKE_GAIN_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking', 'raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing', 'boost', 'boosted', 'boosts', 'lift', 'lifted', 'lifts', 'build', 'built', 'builds']);
export const STAKE_LOSS_VERBS = new Set(['lower', 'lowered', 'lowers', 'reduce', 'reduced', 'reduces', 'reducing', 'cut', 'cuts', 'trim', 'trimmed', 'trims', 'pare', 'pared']);
export const STAKE_NOUNS = new Set(['stake', 'stakes', 'holding', 'holdings', 'interest', 'interests', 'shareholding', 'position']);

export const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "'s"]);

/** Nouns of an acquisition: "X's purchase of Y", "the acquisition of Y by X". */
export const ACQUISITION_NOUNS = new Set(['acquisition', 'acquisitions', 'purchase', 'takeover', 'take-over', 'buyout', 'buy-out']);
export const SALE_NOUNS = new Set(['sale', 'divestiture', 'divestment', 'disposal', 'disposition', 'spinoff', 'spin-off']);
/** Nouns of an offer to buy: "X's bid for Y", "a tender offer for Y". */
export const OFFER_NOUNS = new Set(['bid', 'offer', 'proposal']);
/** Words that make an offer a takeover offer even without "for Y": "tender offer", "takeover bid". */
export const OFFER_MODIFIERS = new Set(['tender', 'takeover', 'take-over', 'acquisition', 'buyout', 'merger', 'exchange', 'cash']);
export const MERGER_NOUNS = new Set(['merger', 'merge']);

/** Nouns that hold a stake-like part of a company: the company after "of"/"in" is the target ("5 pct of Y", "shares in Y"). */
export const PART_NOUNS = new Set([
  'stake', 'stakes', 'interest', 'interests', 'holding', 'holdings', 'shareholding', 'shares', 'share', 'stock', 'stocks', 'capital', 'pct', '%',
  'percent', 'control', 'assets', 'asset', 'majority', 'all', 'rest', 'remainder', 'part', 'portion', 'units', 'equity', 'ownership',
  'parts', 'most', 'much', 'some', 'none', 'bulk', 'balance', 'remaining', 'outstanding', 'common', 'preferred', 'ordinary', 'ordinaries',
  'securities', 'debentures', 'notes', 'warrants', 'business', 'businesses', 'operations', 'properties', 'assets', 'inventories', 'inventory',
  'liabilities', 'assumption', 'certain', 'equivalent',
]);

/** Words an object phrase may open with and that are not part of a target's name. */
export const OBJECT_OPENERS = new Set([
  '<', 'the', 'a', 'an', 'all', 'its', 'their', 'his', 'her', 'our', 'certain', 'some', 'substantially', 'about', 'approximately', 'around',
  'nearly', 'almost', 'roughly', 'up', 'to', 'another', 'additional', 'any', 'both', 'remaining', 'entire', 'whole', 'existing', 'two',
  'three', 'four', 'five', 'privately-held', 'privately', 'held', 'publicly', 'closely', 'over', 'more', 'than', 'less', 'further',
  'part', 'control', 'majority', 'minority', 'outstanding', 'issued', 'of', 'in', 'pct', 'percent', '%', 'most', 'each', 'those', 'net', 'such',
]);

/** Heads of a piece of a company's equity: "unissued shares", "a voting interest" are never the thing bought by name. */
export const EQUITY_NOUNS = new Set([
  'shares', 'share', 'stock', 'stocks', 'interest', 'interests', 'stake', 'stakes', 'holding', 'holdings', 'shareholding', 'equity',
  'capital', 'securities', 'debentures', 'notes', 'warrants', 'units', 'pct', 'percent', '%', 'position', 'common', 'preferred', 'ordinaries',
  'ordinary', 'stocks', 'bonds', 'options', 'rights', 'majority', 'control', 'amount', 'number', 'portion', 'part',
]);

/** Heads of the things companies buy and sell when the thing is not a company by name. */
export const BUSINESS_HEADS = new Set([
  'business', 'businesses', 'division', 'divisions', 'unit', 'units', 'operation', 'operations', 'assets', 'asset', 'plant', 'plants', 'mill',
  'mills', 'store', 'stores', 'chain', 'chains', 'property', 'properties', 'station', 'stations', 'rights', 'patents', 'patent', 'portfolio',
  'network', 'networks', 'hotel', 'hotels', 'company', 'companies', 'firm', 'firms', 'maker', 'manufacturer', 'producer', 'distributor',
  'subsidiary', 'subsidiaries', 'affiliate', 'facility', 'facilities', 'branch', 'branches', 'office', 'offices', 'field', 'fields', 'mine',
  'mines', 'refinery', 'refineries', 'brand', 'brands', 'line', 'lines', 'group', 'concern', 'bank', 'banks', 'newspaper', 'newspapers',
  'magazine', 'magazines', 'franchise', 'franchises', 'restaurant', 'restaurants', 'outlets', 'routes', 'fleet', 'vessels', 'ships',
  'aircraft', 'accounts', 'deposits', 'technology', 'technologies', 'product', 'products', 'interests', 'holdings', 'venture', 'operator',
  'retailer', 'supplier', 'provider', 'developer', 'publisher', 'carrier', 'airline', 'insurer', 'lender', 'brokerage', 'dealer', 'utility',
  'building', 'buildings', 'tower', 'center', 'centre', 'complex', 'site', 'land', 'acreage', 'leases', 'reserves', 'terminal', 'terminals',
  'pipeline', 'pipelines', 'shipyard', 'factory', 'factories', 'works', 'studio', 'studios', 'casino', 'casinos', 'resort', 'resorts',
  'theaters', 'theatres', 'hospital', 'hospitals', 'homes', 'institution', 'association', 'partnership', 'trust', 'fund', 'funds', 'agency',
  'centers', 'centres', 'contracts', 'licenses', 'licences', 'catalog', 'titles', 'library', 'software', 'system', 'systems', 'equipment', 'fleet', 'base', 'list', 'lists',
]);

/** Things bought in markets rather than in deals: "the central bank bought bank bills", "to buy four mln tonnes of wheat". */
export const MARKET_GOODS = new Set([
  'bills', 'bonds', 'bond', 'dollars', 'dollar', 'currency', 'currencies', 'yen', 'marks', 'sterling', 'tonnes', 'tons', 'tonne', 'bushels',
  'barrels', 'ounces', 'wheat', 'corn', 'maize', 'grain', 'grains', 'sugar', 'soybeans', 'soyoil', 'cocoa', 'coffee', 'cotton', 'rice',
  'gold', 'silver', 'copper', 'paper', 'treasuries', 'futures', 'contracts', 'crude', 'cargoes', 'cargo', 'bales', 'lots', 'goods',
  'copies', 'copy', 'tickets', 'ticket',
]);

/** Tokens that end an object phrase. */
export const OBJECT_ENDERS = new Set([
  'for', 'from', 'to', 'at', 'by', 'which', 'that', 'who', 'through', 'under', 'on', 'with', 'as', 'after', 'before', 'if', 'when',
  'while', 'because', 'since', 'until', 'and', 'or', 'but', 'said', 'valued', 'worth', 'totaling', 'totalling', 'pending', 'subject',
  'into', 'than', 'via', 'earlier', 'last', 'this', 'next', 'in', 'plus', 'including', 'except', 'would', 'will', 'was', 'is', 'were', 'are',
]);

/** Agreement nouns and the deal type they name. */
export const AGREEMENT_TYPES: ReadonlyMap<string, DealType> = new Map<string, DealType>([
  ['cross-license', 'cross-license'], ['cross-licence', 'cross-license'], ['cross-licensing', 'cross-license'],
  ['license', 'license'], ['licence', 'license'], ['licensing', 'license'], ['franchise', 'license'], ['franchising', 'license'],
  ['collaboration', 'collaboration'], ['cooperation', 'collaboration'], ['co-operation', 'collaboration'],
  ['partnership', 'partnership'], ['alliance', 'partnership'],
  ['joint-venture', 'joint-venture'], ['venture', 'joint-venture'],
  ['supply', 'supply'], ['distribution', 'supply'],
  ['investment', 'investment'],
]);
/** Words after the type word that make it a deal: "collaboration agreement", "license deals". */
export const AGREEMENT_HEADS = new Set(['agreement', 'agreements', 'deal', 'deals', 'pact', 'pacts', 'contract', 'contracts', 'accord', 'accords', 'arrangement', 'arrangements', 'treaty', 'partnership', 'partnerships', 'venture', 'ventures', 'alliance']);
/** Verbs of working together: "will work together on", "agreed to cooperate". */
/** Verbs of licensing: the licensee follows "to", the licensor "from". */
export const LICENSE_VERBS = new Set(['licensed', 'licenses', 'license', 'licensing', 'licenced', 'licences', 'licence']);
/** "PayNest has tied up with X", "teamed up with": verbs that, with "up with", make a partnership. */
export const TIE_UP_VERBS = new Set(['tied', 'ties', 'tie', 'tying', 'teamed', 'teams', 'team', 'teaming']);
export const COOPERATE_VERBS = new Set(['cooperate', 'co-operate', 'collaborate', 'partner', 'cooperating', 'collaborating', 'partnering', 'cooperated', 'collaborated', 'partnered']);
export const SUPPLY_VERBS = new Set(['supply', 'supplies', 'provide', 'provides', 'deliver', 'delivers', 'furnish']);
export const INVEST_VERBS = new Set(['invest', 'invests', 'invested', 'investing']);
/** Verbs that make an agreement happen: "signed a ... agreement". */
export const SIGN_VERBS = new Set(['finalised', 'closed', 'negotiated', 'approved', 'announced', 'signed', 'sign', 'signs', 'signing', 'reached', 'reach', 'reaches', 'struck', 'strike', 'entered', 'enter', 'enters', 'inked', 'concluded', 'formed', 'form', 'forms', 'announced', 'have', 'has', 'had', 'agreed', 'finalized', 'completed']);

/** Status cues read in the words before a deal's trigger (its verb chain), checked in this order. */
export const CANCEL_CUES = new Set(['terminated', 'terminate', 'terminates', 'withdrew', 'withdrawn', 'withdraw', 'withdraws', 'abandoned', 'abandon', 'dropped', 'scrapped', 'cancelled', 'canceled', 'cancel', 'rejected', 'rejects', 'blocked', 'blocks', 'broke', 'ended', 'halted', 'suspended', 'rescinded', 'collapsed', 'failed', 'declined', 'refused', 'not', 'never', 'against', 'denied', 'denies', 'deny']);
export const RUMOR_CUES = new Set(['could', 'may', 'might', 'reportedly', 'rumored', 'rumoured', 'speculation', 'interested', 'possible', 'considering', 'consider', 'weighing', 'mulling', 'believed', 'reported', 'sources']);
export const PLAN_CUES = new Set(['plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'intention', 'proposed', 'proposes', 'propose', 'seeking', 'seeks', 'seek', 'talks', 'negotiating', 'negotiations', 'negotiate', 'exploring', 'explore', 'will', 'would', 'wants', 'expects', 'expected', 'aims', 'hopes', 'discussions', 'discussing', 'studying', 'evaluating', 'shall', 'prepared', 'keep', 'looking', 'wishes', 'trying', 'attempting', 'try', 'pursue', 'pursuing']);
export const ANNOUNCE_CUES = new Set(['preliminary', 'tentative', 'agreed', 'agrees', 'agree', 'definitive', 'principle', 'intent', 'approved', 'reached', 'tentatively', 'entered', 'offered', 'offering', 'making', 'made', 'launched', 'announced', 'set']);
export const COMPLETE_CUES = new Set(['completed', 'completes', 'complete', 'closed', 'finalized', 'concluded', 'consummated', 'has', 'have', 'had', 'signed', 'formed', 'established', 'created', 'struck', 'inked']);
/** Verb forms that report a done deal when nothing else is said. */
export const PAST_FORMS = new Set(['acquired', 'bought', 'purchased', 'sold', 'divested', 'disposed', 'merged', 'combined', 'took', 'taken', 'raised', 'increased', 'lowered', 'reduced', 'cut', 'signed', 'invested', 'boosted', 'lifted', 'trimmed', 'completed', 'had', 'pared', 'built', 'formed', 'struck', 'reached', 'entered', 'inked', 'concluded', 'won', 'gained', 'assumed', 'obtained', 'seized']);

/** Last words of a named part of a company ("the Measurement Systems Division of Page Corp"): its "of" names the owner, who sells. */
export const NAMED_PART_HEADS = new Set(['division', 'divisions', 'unit', 'subsidiary', 'operations', 'business', 'businesses', 'plant', 'mill', 'mills', 'refinery', 'products', 'group']);

/**
 * Buyers of products, not of companies: "people are going to be buying a new
 * Mac", "consumers who had purchased an iPod". A company's employees and
 * managers do buy companies, so they are not here.
 */
export const CONSUMER_NOUNS = new Set([
  'people', 'consumers', 'consumer', 'customers', 'customer', 'users', 'user', 'shoppers', 'shopper', 'fans', 'fan', 'viewers', 'listeners',
  'readers', 'households', 'families', 'motorists', 'drivers', 'parents', 'travellers', 'travelers', 'passengers', 'gamers', 'visitors',
  'patients', 'homebuyers', 'voters', 'citizens', 'individuals', 'children', 'students', 'teenagers', 'americans', 'britons', 'europeans',
]);

/** Verbs before "selling" or "buying" that make it a trade carried on, not a deal: "stopped selling VHS", "began selling in India". */
export const HABIT_VERBS = new Set([
  'stop', 'stops', 'stopped', 'stopping', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'begun', 'continue', 'continues',
  'continued', 'keep', 'keeps', 'kept', 'resume', 'resumed', 'quit', 'cease', 'ceased',
]);

/** Nouns that take a "by", "from" or "to" of their own: "approval by shareholders", "clearance from regulators", "a challenge by". */
export const AGENT_NOUNS = new Set([
  'approval', 'approvals', 'consent', 'clearance', 'review', 'vote', 'votes', 'ruling', 'decision', 'investigation', 'inquiry', 'study',
  'examination', 'evaluation', 'objection', 'objections', 'opposition', 'challenge', 'lawsuit', 'suit', 'complaint', 'request', 'filing',
  'statement', 'announcement', 'report', 'comment', 'comments', 'acceptance', 'rejection', 'recommendation', 'authorization', 'permission',
]);
