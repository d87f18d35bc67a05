// Words of money as news wires write them: currency names, symbols and
// abbreviations ("dlrs", "stg", "lire"), and scale words ("mln", "bn").

/** Lower-case currency word or symbol → ISO 4217. Multi-word names are keyed by their last word with the qualifier in QUALIFIED_CURRENCIES. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['dlr', 'USD'], ['dlrs', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'],
  ['£', 'GBP'], ['stg', 'GBP'], ['sterling', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'], ['gbp', 'GBP'], ['p', 'GBP'], ['pence', 'GBP'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['¥', 'JPY'], ['yen', 'JPY'], ['jpy', 'JPY'],
  ['lire', 'ITL'], ['lira', 'ITL'],
  ['marks', 'DEM'], ['mark', 'DEM'], ['dm', 'DEM'], ['guilders', 'NLG'], ['guilder', 'NLG'], ['pesetas', 'ESP'], ['peseta', 'ESP'],
  ['francs', 'FRF'], ['franc', 'FRF'], ['crowns', 'SEK'], ['kronor', 'SEK'], ['kroner', 'NOK'], ['schillings', 'ATS'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupees', 'INR'], ['rupee', 'INR'], ['won', 'KRW'], ['rand', 'ZAR'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['reais', 'BRL'], ['real', 'BRL'], ['pesos', 'MXN'], ['peso', 'MXN'],
]);

/** Currency prefixes that name a dollar or franc of another country: "Canadian dlrs", "A$", "Swiss francs". */
export const QUALIFIED_CURRENCIES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['USD', new Map([['canadian', 'CAD'], ['australian', 'AUD'], ['new zealand', 'NZD'], ['zealand', 'NZD'], ['hong kong', 'HKD'], ['kong', 'HKD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['u.s.', 'USD'], ['us', 'USD'], ['american', 'USD']])],
  ['FRF', new Map([['swiss', 'CHF'], ['belgian', 'BEF'], ['french', 'FRF'], ['luxembourg', 'LUF']])],
  ['SEK', new Map([['swedish', 'SEK'], ['danish', 'DKK'], ['norwegian', 'NOK']])],
  ['DEM', new Map([['german', 'DEM'], ['west', 'DEM'], ['finnish', 'FIM']])],
  ['GBP', new Map([['irish', 'IEP']])],
]);

/**
 * The country of a currency only one country had ("marks", "yen", "lire"); not the dollar the wire counts everything
 * in, the euro, or a peso; a franc is France's unless its country is written ("Swiss francs").
 */
export const CURRENCY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['GBP', 'GB'], ['JPY', 'JP'], ['ITL', 'IT'], ['FRF', 'FR'], ['DEM', 'DE'], ['NLG', 'NL'], ['ESP', 'ES'], ['SEK', 'SE'], ['NOK', 'NO'], ['DKK', 'DK'],
  ['ATS', 'AT'], ['CHF', 'CH'], ['BEF', 'BE'], ['FIM', 'FI'], ['IEP', 'IE'], ['CNY', 'CN'], ['INR', 'IN'], ['KRW', 'KR'], ['ZAR', 'ZA'],
  ['RUB', 'RU'], ['BRL', 'BR'], ['CAD', 'CA'], ['AUD', 'AU'], ['NZD', 'NZ'], ['SGD', 'SG'], ['TWD', 'TW'],
]);

/** Symbols written glued before the number: "C$", "A$", "HK$". */
export const PREFIX_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['c$', 'CAD'], ['a$', 'AUD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'],
]);

/** Scale words, lower case, with and without a period. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3],
  ['million', 1e6], ['mln', 1e6], ['mn', 1e6], ['m', 1e6], ['mil', 1e6], ['mill', 1e6],
  ['billion', 1e9], ['bln', 1e9], ['bn', 1e9], ['b', 1e9], ['billions', 1e9],
  ['trillion', 1e12], ['tln', 1e12], ['trn', 1e12],
]);

/** Numbers written as words in wire copy: "one billion stg", "a billion dlrs". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);

/** After an amount, these make it a price per unit rather than the deal's value ("22 dlrs a share"). */
export const PER_UNIT_WORDS = new Set(['share', 'shares', 'unit', 'ounce', 'tonne', 'ton', 'barrel', 'acre']);

/**
 * What a story withholds when it withholds a deal's price: "for undisclosed
 * terms", "Terms of the acquisition were not disclosed", "did not disclose the
 * purchase price". Other things left undisclosed ("undisclosed liabilities",
 * "did not disclose the identity of the buyer") are not the price.
 */
export const WITHHELD_PRICE_NOUNS = new Set(['terms', 'term', 'price', 'sum', 'amount', 'value', 'consideration', 'fee', 'figure', 'figures', 'details', 'cost', 'cash']);
/** Verbs that, negated or refused, withhold: "not disclosed", "declined to reveal". */
export const DISCLOSE_VERBS = new Set(['disclose', 'disclosed', 'reveal', 'revealed', 'release', 'released', 'divulge', 'divulged']);
