// Places: countries from the world-countries package (names, official names,
// alternative spellings, demonyms, capitals; kept up to date upstream, so this
// project does not maintain its own list of 250 countries), plus what news
// says that the package does not: historic names, "U.S.", and regions.
// The package's fields that are read here are copied into countries.data.ts
// by scripts/countries.mjs, so a run does not parse the whole package.
import { WORLD_COUNTRIES } from './countries.data.js';

export interface Place {
  /** canonical name: "United States", "Middle East" */
  name: string;
  /** ISO 3166-1 alpha-2 for a country, null for a region or a city */
  code: string | null;
  kind: 'country' | 'region' | 'city' | 'state';
  /** the country a city or state lies in */
  country?: string | null;
}

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  unMember: boolean;
  demonyms: { eng?: { m: string; f: string } };
}

/** Names news uses that world-countries does not list (or lists under another common name). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['US', 'USA', 'U.S.', 'U.S', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  DE: ['West Germany', 'W. Germany'],
  KR: ['Korea'],
  CN: ['mainland China', 'P.R.C.', 'PRC'],
  AE: ['U.A.E.'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  CD: ['Zaire'],
  MM: ['Burma'],
  LK: ['Ceylon'],
  VN: ['Viet Nam'],
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.'],
};
/**
 * States of 1987 news that no longer exist, under the ISO codes they had:
 * the country data lists only today's. (The Soviet Union stays Russia's
 * alias, and West Germany Germany's: their successors kept the seat.)
 */
const FORMER_STATES: Record<string, [name: string, adjectives: string[]]> = {
  YU: ['Yugoslavia', ['Yugoslav', 'Yugoslavian']],
  CS: ['Czechoslovakia', ['Czechoslovak', 'Czechoslovakian']],
  DD: ['East Germany', ['East German']],
};
/** Nations within a state, which news names for the state's government too ("England's Transport Secretary"). */
const PARTS_OF_STATES: Record<string, string[]> = {
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
};
const PART_NAMES = new Set(Object.values(PARTS_OF_STATES).flat());
/**
 * Whether `name` is one of a state's own names ("UAE", "U.S.", "Britain"),
 * as news writes them, though some are also its adjective ("U.S. officials");
 * not an adjective alone ("Saudi") nor a nation within the state ("Wales").
 */
export function isWrittenStateName(name: string): boolean {
  const lexicon = places();
  return lexicon.byName.get(name)?.kind === 'country' && (ALIAS_NAMES.has(name) || !lexicon.byAdjective.has(name)) && !PART_NAMES.has(name);
}
const ALIAS_NAMES = new Set(Object.values(COUNTRY_ALIASES).flat());

/**
 * The name an organization takes from a state's name or adjective as
 * written: the name itself ("U.S."), or the state as it then was ("West
 * German" → West Germany, "British" → Britain); undefined for another adjective.
 */
export const writtenStateName = (text: string): string | undefined => WRITTEN_STATE_NAMES[text] ?? (isWrittenStateName(text) ? text : undefined);

/** The names news writes a state by, short forms first ("U.S.", "US", ..., "United States"). */
export function namesOfState(code: string): string[] {
  const own = places().countryName.get(code);
  return [...(COUNTRY_ALIASES[code] ?? []), ...(own ? [own] : [])];
}

/** Events a country's name describes by where they took place ("the Iraq war", "the Asian tsunami"). */
export const EVENT_NOUNS = new Set(['war', 'wars', 'invasion', 'conflict', 'occupation', 'crisis', 'attacks', 'bombings', 'tsunami', 'earthquake', 'disaster', 'scandal', 'affair', 'controversy', 'row']);

/** Endings of English towns' names, for a town no gazetteer knows ("Brightling", "Wokingham"). */
export const TOWN_ENDING = /(?:ton|ham|ford|ley|ling|bury|borough|worth|field|by|wick|mouth|chester|cester|caster|stead|well|shire|dale|pool|port|minster|bridge|combe|hurst|land|ington)$/;

/**
 * Seats of government known by their own names, by the ISO code of the
 * country they stand for: a story about "Congress" and "the White House" is
 * about the United States' government, as one that names Washington is.
 */
export const GOVERNMENT_SEATS: Record<string, string> = {
  Congress: 'US', 'White House': 'US', Pentagon: 'US', 'Capitol Hill': 'US', 'State Department': 'US', 'Federal Reserve': 'US',
  Kremlin: 'RU', Duma: 'RU', 'Downing Street': 'GB', Whitehall: 'GB', Westminster: 'GB', 'Bank of England': 'GB', Bundestag: 'DE',
  Bundesbank: 'DE', Elysee: 'FR', Knesset: 'IL', 'Bank of Japan': 'JP',
};

/**
 * A government's own bodies, by the names only that government's bear ("the FBI", "the Commerce Department", as the
 * U.S. writes its departments): a story that names one is told among that government's officers, where it names no
 * country ("Transportation Secretary Elizabeth Dole said the Senate would sustain President Reagan's veto"). (Not the
 * regulators a company's story names for its filings: they say nothing of whose officers it names.)
 */
export const NATIONAL_BODIES: Record<string, string> = {
  FBI: 'US', 'Federal Bureau of Investigation': 'US', CIA: 'US', 'Central Intelligence Agency': 'US', 'Federal Reserve Board': 'US',
  'Justice Department': 'US', 'Defense Department': 'US', 'Commerce Department': 'US',
  'Agriculture Department': 'US', 'Energy Department': 'US', 'Labor Department': 'US', 'Treasury Department': 'US',
  'Interior Department': 'US', 'Transportation Department': 'US', Senate: 'US', 'House of Representatives': 'US',
};

/** Seats of a head of government whose staff news names by the seat: "White House chief of staff", "Downing Street aide"
 * (not the Kremlin: a story about it names a U.S. chief of staff as often as its own). */
export const STAFF_SEATS = new Set(['White House', 'Downing Street']);

/**
 * States by the names news writes where the country data gives another:
 * states that no longer exist (an officer of "West German" government served
 * West Germany, not today's Germany), and Britain, which news calls so
 * unless it writes "UK". Only the person extractor reads this; markets keep
 * the country code.
 */
export const WRITTEN_STATE_NAMES: Record<string, string> = {
  'West Germany': 'West Germany', 'West German': 'West Germany', 'W. Germany': 'West Germany',
  'East Germany': 'East Germany', 'East German': 'East Germany',
  'Soviet Union': 'Soviet Union', Soviet: 'Soviet Union', USSR: 'Soviet Union', 'U.S.S.R.': 'Soviet Union',
  Yugoslavia: 'Yugoslavia', Yugoslav: 'Yugoslavia', Czechoslovakia: 'Czechoslovakia', Czechoslovak: 'Czechoslovakia',
  Britain: 'Britain', 'Great Britain': 'Britain', British: 'Britain',
};

/** States the wire's headlines name in short ("N.Z. PLANS EIGHT BOND TENDERS", "S.AFRICA"), by ISO code. */
export const HEADLINE_SHORT_FORMS: Readonly<Record<string, string>> = { 'N.Z.': 'NZ', 'N.ZEALAND': 'NZ', 'S.AFRICA': 'ZA', 'S.AFRICAN': 'ZA', 'W.GERMANY': 'DE', 'W.GERMAN': 'DE' };

/**
 * The name news gives a state where a story writes it by no name at all (an
 * officer of "the White House", a President of "Congress"): "U.S.", as the
 * wire and the BBC ("US") both write it, not the country data's "United States".
 */
export const NEWS_STATE_NAMES: Record<string, string> = { US: 'U.S.', GB: 'Britain' };

/** Germany before unification (3 October 1990) is the Federal Republic, which news then called West Germany. */
export const GERMAN_UNIFICATION = '1990-10-03';
/** The day the Soviet Union ended: before it, Russia's government was the Soviet Union's. */
export const SOVIET_DISSOLUTION = '1991-12-26';

/** Canonical names as English-language news writes them, where the package has since adopted another ("Türkiye"). */
const NEWS_NAMES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic' };

/** Demonyms the package spells differently or misses. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['U.S.', 'US'],
  GB: ['English', 'Scottish', 'Welsh'],
  NL: ['Netherlands'],
  PH: ['Philippine'],
  NZ: ['New Zealand'],
  RU: ['Soviet'],
  DE: ['West German'],
  KR: ['Korean'],
  // the adjectives news uses where the data has an older demonym ("Kirghiz") or none
  KG: ['Kyrgyz'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  SA: ['Saudi'],
  EC: ['Ecuadorian'],
};

/** Regions: names, then the adjectives that stand for them ("some Middle Eastern countries"). */
const REGIONS: Record<string, [names: string[], adjectives: string[]]> = {
  'Middle East': [['Middle East', 'Mideast'], ['Middle Eastern', 'Mideast']],
  // (the Palestinian territories, named apart)
  'West Bank': [['West Bank'], []],
  Gaza: [['Gaza', 'Gaza Strip'], []],
  'Southeast Asia': [['Southeast Asia', 'South-East Asia', 'South East Asia'], ['Southeast Asian', 'South-East Asian']],
  'South Asia': [['South Asia'], ['South Asian']],
  'East Asia': [['East Asia'], ['East Asian']],
  'Central Asia': [['Central Asia'], ['Central Asian']],
  Asia: [['Asia'], ['Asian']],
  'Asia-Pacific': [['Asia-Pacific', 'Asia Pacific'], ['Asia-Pacific', 'Asia Pacific']],
  Europe: [['Europe', 'continental Europe'], ['European']],
  'Eastern Europe': [['Eastern Europe'], ['Eastern European', 'East European']],
  'Western Europe': [['Western Europe'], ['Western European', 'West European']],
  'Central Europe': [['Central Europe'], ['Central European']],
  Scandinavia: [['Scandinavia', 'Nordics'], ['Scandinavian', 'Nordic']],
  Africa: [['Africa'], ['African']],
  'North Africa': [['North Africa'], ['North African']],
  'Sub-Saharan Africa': [['Sub-Saharan Africa', 'sub-Saharan Africa'], ['Sub-Saharan', 'sub-Saharan']],
  'West Africa': [['West Africa'], ['West African']],
  'East Africa': [['East Africa'], ['East African']],
  'Latin America': [['Latin America'], ['Latin American']],
  'South America': [['South America'], ['South American']],
  'North America': [['North America'], ['North American']],
  'Central America': [['Central America'], ['Central American']],
  Caribbean: [['Caribbean'], ['Caribbean']],
  'Persian Gulf': [['Persian Gulf', 'Gulf region'], ['Gulf']],
  Americas: [['Americas'], []],
  Oceania: [['Oceania'], []],
  'Far East': [['Far East'], ['Far Eastern']],
  Balkans: [['Balkans'], ['Balkan']],
  Baltics: [['Baltics', 'Baltic states'], ['Baltic']],
};

/** A US state as the wire abbreviates it after a town ("Englewood, Colo.", "High Point, N.C."). */
export const US_STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2})$/u;

/** US states: Reuters datelines and company addresses ("Bluffton, Ohio"). */
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Large business cities that are not capitals (capitals come from the package). */
const CITIES: Record<string, string[]> = {
  US: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'San Francisco', 'Boston', 'Dallas', 'Detroit', 'Seattle', 'Atlanta', 'Miami', 'Philadelphia', 'Pittsburgh', 'Denver', 'Silicon Valley', 'Wall Street', 'Las Vegas', 'Atlantic City', 'Minneapolis', 'St. Louis', 'Cleveland', 'Cincinnati', 'Phoenix', 'San Diego', 'San Jose', 'Palo Alto', 'Stamford', 'Greenwich'],
  GB: ['Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Liverpool', 'Leeds', 'Bristol'],
  CN: ['Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Tianjin', 'Chongqing', 'Wuhan', 'Chengdu', 'Suzhou', 'Nanjing'],
  IN: ['Mumbai', 'Bombay', 'Bangalore', 'Bengaluru', 'Calcutta', 'Kolkata', 'Chennai', 'Madras', 'Hyderabad', 'Pune', 'Ahmedabad'],
  JP: ['Osaka', 'Yokohama', 'Nagoya', 'Kyoto'],
  DE: ['Frankfurt', 'Munich', 'Hamburg', 'Bonn', 'Dusseldorf', 'Cologne', 'Stuttgart'],
  CA: ['Toronto', 'Montreal', 'Vancouver', 'Calgary'],
  AU: ['Sydney', 'Melbourne', 'Perth', 'Brisbane'],
  FR: ['Lyon', 'Marseille'],
  IT: ['Milan', 'Turin', 'Naples'],
  CH: ['Zurich', 'Geneva', 'Basel'],
  BR: ['Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Rio'],
  FI: ['Espoo'],
  ES: ['Barcelona', 'Bilbao', 'Seville'],
  NL: ['Rotterdam'],
  RU: ['St Petersburg', 'St. Petersburg'],
  TR: ['Istanbul'],
  AE: ['Dubai'],
  ZA: ['Johannesburg', 'Cape Town', 'Durban'],
  // business centres the capitals leave out
  NG: ['Lagos'],
  PK: ['Karachi', 'Lahore'],
  NZ: ['Auckland'],
  KR: ['Busan'],
  VN: ['Ho Chi Minh City'],
  MA: ['Casablanca'],
  SA: ['Jeddah'],
  IL: ['Tel Aviv'],
  TW: ['Taipei', 'Hsinchu', 'Kaohsiung'],
  MX: ['Monterrey', 'Guadalajara'],
  CO: ['Bogota', 'Medellin'],
  BE: ['Antwerp'],
  SE: ['Gothenburg'],
  PL: ['Krakow', 'Gdansk', 'Wroclaw'],
  EG: ['Alexandria'],
  KE: ['Mombasa'],
}

export interface PlaceLexicon {
  /** exact surface forms of place names → place */
  byName: Map<string, Place>;
  /** adjectives: "Chinese" → China, "Middle Eastern" → Middle East */
  byAdjective: Map<string, Place>;
  /** ISO alpha-2 → canonical country name */
  countryName: Map<string, string>;
  /** the longest name in tokens, to bound the matcher */
  maxWords: number;
}

let lexicon: PlaceLexicon | undefined;

/** Built once, on first use. */
/** A name as one line, to look up: wire copy breaks lines inside names ("West\nGerman", "United\nStates"). */
export const oneLine = (text: string): string => (/[^\S ]|  /.test(text) ? text.replace(/\s+/g, ' ') : text);

export function places(): PlaceLexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function buildLexicon(): PlaceLexicon {
  const countries = WORLD_COUNTRIES;
  const byName = new Map<string, Place>();
  const byAdjective = new Map<string, Place>();
  const countryName = new Map<string, string>();
  const addName = (surface: string, place: Place) => {
    if (!byName.has(surface)) byName.set(surface, place);
  };
  const addAdjective = (surface: string, place: Place) => {
    if (!byAdjective.has(surface)) byAdjective.set(surface, place);
  };

  // where a country and a territory share a demonym ("French": France and the French Southern
  // and Antarctic Lands), the first one added keeps it: UN members go first
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const common = NEWS_NAMES[c.cca2] ?? c.name.common;
    const country: Place = { name: common, code: c.cca2, kind: 'country' };
    countryName.set(c.cca2, common);
    addName(common, country);
    addName(c.name.common, country);
    addName(c.name.official, country);
    // alpha-2 codes ("IN", "ID") are English words or initials far more often than countries
    for (const alt of c.altSpellings) if (alt.length > 3 || /^[A-Z]{3}$/.test(alt) || alt === 'UK') addName(alt, country);
    const d = c.demonyms.eng;
    if (d) {
      addAdjective(d.m, country);
      addAdjective(d.f, country);
    }
    // a territory's capital is too often a namesake elsewhere (Plymouth, Montserrat; Kingston, Norfolk Island)
    if (c.unMember) for (const capital of c.capital) addName(capital, { name: capital, code: null, kind: 'city', country: c.cca2 });
  }
  for (const [code, [name, adjectives]] of Object.entries(FORMER_STATES)) {
    const state: Place = { name, code, kind: 'country' };
    countryName.set(code, name);
    addName(name, state);
    for (const adjective of adjectives) addAdjective(adjective, state);
  }
  for (const [code, aliases] of [...Object.entries(COUNTRY_ALIASES), ...Object.entries(PARTS_OF_STATES)]) {
    const country = byName.get(countryName.get(code)!)!;
    for (const alias of aliases) byName.set(alias, country);
  }
  for (const [code, adjectives] of Object.entries(EXTRA_DEMONYMS)) {
    const country = byName.get(countryName.get(code)!)!;
    for (const adjective of adjectives) addAdjective(adjective, country);
  }
  for (const [name, [names, adjectives]] of Object.entries(REGIONS)) {
    const region: Place = { name, code: null, kind: 'region' };
    for (const form of names) addName(form, region);
    for (const form of adjectives) addAdjective(form, region);
  }
  for (const state of US_STATES) addName(state, { name: state, code: null, kind: 'state', country: 'US' });
  for (const [code, cities] of Object.entries(CITIES)) for (const city of cities) addName(city, { name: city, code: null, kind: 'city', country: code });

  let maxWords = 1;
  for (const name of [...byName.keys(), ...byAdjective.keys()]) maxWords = Math.max(maxWords, name.split(/\s+/).length);
  return { byName, byAdjective, countryName, maxWords: Math.min(maxWords, 6) };
}

/** A market a rule pack names: a country when it has an ISO 3166-1 alpha-2 code, else a region. */
export function addPlace(name: string, code: string | null): void {
  const lex = places();
  lex.byName.set(name, code ? { name: lex.countryName.get(code) ?? name, code, kind: 'country' } : { name, code: null, kind: 'region' });
}

/** Faiths and peoples, written with a capital as nations' adjectives are, that describe a group ("Jewish human rights group"). */
export const COMMUNITY_ADJECTIVES = new Set([
  'Jewish', 'Muslim', 'Islamic', 'Christian', 'Catholic', 'Protestant', 'Anglican', 'Evangelical', 'Hindu', 'Sikh', 'Buddhist',
  'Arab', 'Kurdish', 'Asian', 'African', 'Hispanic', 'Latino', 'Aboriginal',
]);

/**
 * Nouns for a nation's people that are no adjective of its name ("Briton John Smith", "Frenchman Jean Dupont"); not
 * those that name a newspaper or a brand too ("The Scotsman", "Kiwi").
 */
export const DEMONYM_NOUNS = new Set([
  'Briton', 'Britons', 'Englishman', 'Englishwoman', 'Scot', 'Welshman', 'Welshwoman', 'Irishman', 'Irishwoman',
  'Frenchman', 'Frenchwoman', 'Dutchman', 'Dutchwoman', 'Swede', 'Dane', 'Finn', 'Spaniard', 'Pole', 'Turk',
]);
