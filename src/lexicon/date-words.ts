// Temporal words whose meaning is fixed: deictic days, vague references,
// frequencies, seasons, parts of the day, holidays.

/** day offset from the reference date */
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1], ['today', 0], ['tomorrow', 1], ['tonight', 0],
]);

/** TimeML's vague points: now → PRESENT_REF, recently → PAST_REF, soon → FUTURE_REF */
export const VAGUE_REFS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['now', 'PRESENT_REF'], ['right now', 'PRESENT_REF'], ['just now', 'PAST_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['these days', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'], ['the moment', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['more recently', 'PAST_REF'], ['most recently', 'PAST_REF'], ['until recently', 'PAST_REF'], ['recent', 'PAST_REF'],
  ['lately', 'PAST_REF'], ['previously', 'PAST_REF'], ['formerly', 'PAST_REF'], ['the past', 'PAST_REF'], ['the recent past', 'PAST_REF'],
  ['once', 'PAST_REF'], ['earlier', 'PAST_REF'], ['the time', 'PAST_REF'],
  ['soon', 'FUTURE_REF'], ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'], ['the distant future', 'FUTURE_REF'],
  ['the foreseeable future', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
  ['the longer term', 'FUTURE_REF'], ['the medium term', 'FUTURE_REF'], ['the long run', 'FUTURE_REF'], ['the short run', 'FUTURE_REF'],
  ['future', 'FUTURE_REF'], ['a later date', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'], ['later', 'FUTURE_REF'],
]);

/** adverbs of frequency → TimeML SET value */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['fortnightly', 'P2W'],
  ['monthly', 'P1M'], ['bimonthly', 'P2M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['biannually', 'P6M'],
  ['semiannually', 'P6M'], ['semi-annually', 'P6M'], ['biennially', 'P2Y'], ['per annum', 'P1Y'],
]);

/** season → TimeML season code */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** the month each season starts in (northern hemisphere), for "last winter" */
export const SEASON_START_MONTH: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** part of the day → TimeML time code */
export const DAY_PARTS: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'> = new Map([
  ['morning', 'MO'], ['mornings', 'MO'], ['afternoon', 'AF'], ['afternoons', 'AF'], ['mid-afternoon', 'AF'], ['midafternoon', 'AF'],
  ['evening', 'EV'], ['evenings', 'EV'], ['night', 'NI'], ['nights', 'NI'], ['overnight', 'NI'], ['daytime', 'DT'],
]);

/** clock words → hh:mm */
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map([
  ['noon', '12:00'], ['midday', '12:00'], ['mid-day', '12:00'], ['midnight', '24:00'],
]);

/** holidays on a fixed day → MM-DD */
export const FIXED_HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ["new year's day", '01-01'], ["new year's eve", '12-31'], ['christmas', '12-25'], ['christmas day', '12-25'], ['christmas eve', '12-24'],
  ['boxing day', '12-26'], ['independence day', '07-04'], ['the fourth of july', '07-04'], ['july fourth', '07-04'], ['halloween', '10-31'],
  ["valentine's day", '02-14'], ['veterans day', '11-11'], ["veterans' day", '11-11'], ['armistice day', '11-11'], ['bastille day', '07-14'],
  ["st. patrick's day", '03-17'], ['may day', '05-01'], ['labour day', '05-01'], ['cinco de mayo', '05-05'], ["new year's", '01-01'],
]);

/** holidays on the nth weekday of a month: [month, weekday (0 = Monday), n (-1 = last)] */
export const NTH_WEEKDAY_HOLIDAYS: ReadonlyMap<string, readonly [number, number, number]> = new Map([
  ['thanksgiving', [11, 3, 4]], ['thanksgiving day', [11, 3, 4]], ['labor day', [9, 0, 1]], ['memorial day', [5, 0, -1]],
  ['martin luther king day', [1, 0, 3]], ["presidents' day", [2, 0, 3]], ['presidents day', [2, 0, 3]], ['columbus day', [10, 0, 2]],
  ["mother's day", [5, 6, 2]], ["father's day", [6, 6, 3]],
]);

/** What a trade ships or delivers in a month or a window of days: "for May delivery", "for June 20/30 shipment". */
export const SHIPPING_NOUNS = ['shipment', 'delivery', 'arrival', 'loading'] as const;
/** ... and the same in the plural, as a purchase may be for ("for shipments from May through September"). */
export const SHIPPING_PLURALS = ['shipments', 'deliveries', 'arrivals', 'loadings'] as const;
