// A month named alone: "in April", "last April", "this April", "early
// December", "mid-November", "the end of October". "this April" is the
// reference year's; "last" and "next" the nearest one before or after the
// reference month; a bare month the nearest one in the tense's direction.
// Capital letters are required, so "march into the US market" and "may"
// never match; "May" and "March" still need a date-like neighbour.
import { MONTH_NUMBER } from '../../../lexicon/calendar.js';
import type { Rule } from '../../rule.js';
import { fmtMonth, pad } from '../calendar-math.js';
import { beforeNoun, eachMatch, emit, endsPeriodBefore, fields, isCapitalized, previousWord, refDay, tokenAfter, wordAfter, wordBefore } from '../context.js';
import { alternation, MONTH_ANY, MONTH_NAME, POINT_MODIFIER } from '../patterns.js';
import { SHIPPING_NOUNS, SHIPPING_PLURALS } from '../../../lexicon/date-words.js';
import { periodEndYear, resolveMonth } from '../resolve.js';
import { firmlyAheadAt, tenseAt } from '../tense.js';
import { has, T_MONTH } from '../triggers.js';

const MONTH_ALONE = new RegExp(
  `(?:\\b${POINT_MODIFIER})?(?:\\b(this\\s+past|this\\s+coming|this|last|next|past|coming)\\s+)?\\b(${MONTH_NAME})\\b(?!-)`,
  'gi',
);

/** words before a month that make it a date even when the month word is also a verb or a name */
const DATE_CUES = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'during', 'before', 'after', 'early', 'late', 'mid', 'mid-', 'of', 'last', 'next', 'this', 'between', 'and', 'or', 'each', 'every', 'for', 'around', 'on', 'throughout', 'the', 'past', 'coming']);
/** words before a month that leave no other reading: "in March for health reasons" */
const STRONG_CUES = new Set(['in', 'since', 'until', 'till', 'through', 'during', 'early', 'late', 'mid', 'mid-', 'throughout']);
/** "March on Washington", "March for Life", "May I" */
const NOT_AFTER_MONTH = new Set(['for', 'of', 'on', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'be', 'have', 'not', 'also', 'well', 'yet', 'still', 'never', 'even', 'soon', 'now', 'then', 'face', 'take', 'need', 'want', 'seek', 'see', 'get', 'make', 'become', 'lose', 'win', 'come', 'go', 'prove', 'help', 'continue', 'result', 'include', 'require', 'affect', 'decide', 'do']);
const AMBIGUOUS = new Set(['may', 'march', 'june', 'april', 'august']);

/** What measures a month gone by: "the February figures", "the March data". */
const STATISTICS = new Set(['figure', 'figures', 'data', 'statistics', 'number', 'numbers', 'reading', 'readings']);

/** ... and so does a statistic said to be "for" it: "the final figure for February would be released". */
const STATISTICS_FOR = /\b(?:figures?|data|statistics|numbers?|readings?)\s+for\s+$/i;

/** What is traded for a month ahead: "May delivery", "the June contract", "July futures", "June arrival whites" (in the singular: "January shipments" were made). */
const FORWARD_NOUNS = new Set<string>([...SHIPPING_NOUNS, 'contract', 'contracts', 'futures', 'option', 'options']);
/** A contract's month is a futures market's only in a story of futures. */
const CONTRACT_WORDS = new Set(['contract', 'contracts']);
/** The end of a range of months after the first: " to September", "/early July". */
const RANGE_END = new RegExp(`^\\s*(?:to|through|and|or|/|-)\\s*(?:(?:early|late|mid)[\\s-]+)?(${MONTH_NAME})\\b`, 'i');
const FUTURES_STORY = /\bfutures\b/i;
/**
 * A market's trading period, two months joined by a slash and priced ("June/July at 2,375 dlrs", "for May/June at the
 * tender"): ahead, however past the tense of the sale (not a season's span, "the 1986/87 (October/September) year").
 */
const PAIRED_BEFORE = new RegExp(`(?:${MONTH_ANY})\\.?\\s*/\\s*$`, 'i');
const PAIRED_AFTER = new RegExp(`^\\.?\\s*/\\s*(?:${MONTH_ANY})\\b`, 'i');
const PRICED_AFTER = /^\.?\s*(?:\/\s*[A-Za-z]+\.?\s*)?(?:(?:going|went|sold|selling|traded|trading|offered|booked)\s+)?at\s+(?:[\d.,]+|the\b)/i;
function tradedPeriod(text: string, start: number, end: number): boolean {
  const paired = PAIRED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PAIRED_AFTER.test(text.slice(end, end + 12));
  // (a price, not "for": "a trade surplus ... for January/February" is a statistic of months gone)
  return paired && PRICED_AFTER.test(text.slice(end, end + 40));
}
/** A shipment's months written after it: "for shipment in June, July and August", "for delivery from May to" (not "shipments in January hit 1.6 mln tons"). */
const SHIPPED_IN_MONTHS = new RegExp(`\\bfor\\s+(?:${alternation([...SHIPPING_NOUNS, ...SHIPPING_PLURALS])})\\s+(?:in|during|from|between|by)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH_NAME}[.,]?\\s+(?:(?:and|or|to|through)\\s+)?(?:(?:early|late|mid)[\\s-]+)?)*$`, 'i');

/** What a futures market trades by month: "July soymeal", "June crude" (not livestock: "May cattle marketings" were counted). */
const COMMODITIES = new Set(['soymeal', 'soybeans', 'soybean', 'wheat', 'corn', 'oats', 'sugar', 'cocoa', 'coffee', 'cotton', 'gold', 'silver', 'platinum', 'copper', 'crude', 'heating', 'gasoline']);

/** What a futures report says a contract month did: "September rose to 85.25", "July was off 10 dlrs". */
const PRICE_MOVES = new Set(['rose', 'fell', 'was', 'closed', 'settled', 'eased', 'gained', 'lost', 'finished', 'ended', 'traded', 'firmed', 'slipped', 'dropped', 'climbed', 'opened']);
/** Words before a contract month in a futures report: "Near July traded at its low", "while September closed". */
const CONTRACT_MONTH_OPENERS = new Set(['', 'near', 'nearby', 'spot', 'deferred', 'distant', 'new-crop', 'old-crop', 'crop', 'while', 'and', 'but', 'the']);

/** "September rose to 85.25 from 85.12" in a futures report: a contract month as the subject of its price's move. */
function contractMonthMoves(text: string, start: number, monthEnd: number, story: string): boolean {
  if (!FUTURES_STORY.test(story) || !PRICE_MOVES.has(wordAfter(text, monthEnd))) return false;
  const before = previousWord(text, start).toLowerCase();
  return CONTRACT_MONTH_OPENERS.has(before) || /[.;,]\s*$/.test(text.slice(0, start));
}

/** Whether the words after a month (at `end`) name what is traded for it: "May delivery", "the June bond contract". */
function tradedForward(text: string, end: number, story: string): { rangeEnd?: number } | undefined {
  // (past the end of a range: "for May to September shipment", "for late April/early July shipment")
  const range = RANGE_END.exec(text.slice(end, end + 40));
  if (range) end += range[0].length;
  const rangeEnd = range ? MONTH_NUMBER.get(range[1]!.toLowerCase()) : undefined;
  const after = wordAfter(text, end);
  // (a contract only in a story of futures: "Under the January contract Aramco was to buy" was signed then)
  if (FORWARD_NOUNS.has(after)) return !CONTRACT_WORDS.has(after) || FUTURES_STORY.test(story) ? { rangeEnd } : undefined;
  // ... as is a commodity after its month ("bought July soymeal", "June crude rose")
  if (COMMODITIES.has(after) && FUTURES_STORY.test(story)) return { rangeEnd };
  // (a bond only as a futures contract: "the February bond issue" was sold)
  if (after !== 'bond' && after !== 't-bond' && after !== 't-bonds') return undefined;
  const wordStart = text.slice(end).search(/\S/);
  return FORWARD_NOUNS.has(wordAfter(text, end + wordStart + after.length)) ? { rangeEnd } : undefined;
}

/** Words that make the month after them a thing's: "the February pact", "its September meeting". */
const THING_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Whether the month at [start, end) (a bare one) modifies the noun after it, after a determiner: "the February pact". */
function datesThing(ctx: Parameters<Rule<'date'>['run']>[0], text: string, start: number, end: number): boolean {
  if (!THING_DETERMINERS.has(wordBefore(text, start))) return false;
  const next = tokenAfter(ctx, end);
  return !!next && next.text === next.lower && beforeNoun(ctx, end);
}

export const month: Rule<'date'> = {
  id: 'date/month',
  kind: 'date',
  description: 'A month without a year, resolved by "this/last/next" or by the tense: "this April", "in December".',
  run(ctx) {
    if (!has(ctx, T_MONTH)) return;
    const text = ctx.sentenceText;
    eachMatch(ctx, MONTH_ALONE, (m) => {
      const name = m[2]!;
      if (!isCapitalized(name)) return;
      const lower = name.toLowerCase();
      const monthStart = m.index + m[0].length - name.length;
      const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const rawBefore = previousWord(text, monthStart);
      const before = rawBefore.toLowerCase();
      const after = wordAfter(text, monthStart + name.length);
      const cued = which !== undefined || m[0].length > name.length || DATE_CUES.has(before);
      // a capitalized word after the month without a cue before it is a name: "June Carter", "May Department Stores"
      const nextChar = text.slice(monthStart + name.length).trimStart()[0] ?? '';
      if (!cued && (AMBIGUOUS.has(lower) || (nextChar >= 'A' && nextChar <= 'Z'))) return;
      if (NOT_AFTER_MONTH.has(after) && !(which || DATE_CUES.has(before))) return;
      // "May I", "the March on Washington"; but "in March for health reasons" is the month
      if ((lower === 'may' || lower === 'march') && NOT_AFTER_MONTH.has(after) && !(which || STRONG_CUES.has(before))) return;
      // "Theresa May", "Brian May": a capitalized word before an uncued month, not at the start of the sentence
      if (!cued && isCapitalized(rawBefore) && text.lastIndexOf(rawBefore, monthStart - 1) > 0) return;
      const monthNumber = MONTH_NUMBER.get(lower)!;
      const start = m.index;
      const end = m.index + m[0].length;
      const ref = refDay(ctx.doc);
      if (!ref) {
        emit(ctx, start, end, fields('DATE', `XXXX-${pad(monthNumber)}`, 'month'), 0.75);
        return;
      }
      let ym: { y: number; m: number };
      const forward = tradedForward(text, monthStart + name.length, ctx.doc.text) ?? (!which && (contractMonthMoves(text, start, monthStart + name.length, ctx.doc.text) || SHIPPED_IN_MONTHS.test(text.slice(Math.max(0, start - 60), start)) || tradedPeriod(text, monthStart, monthStart + name.length)) ? {} : undefined);
      const ending = endsPeriodBefore(text, start);
      if (which === 'this') ym = { y: ref.y, m: monthNumber };
      // "this past February" is the latest one; "last February" said in March is a year back, as the month just gone
      // would be "last month"
      else if (which === 'this past' || which === 'past') ym = { y: monthNumber < ref.m ? ref.y : ref.y - 1, m: monthNumber };
      else if (which === 'last') ym = { y: monthNumber < ref.m - 1 ? ref.y : ref.y - 1, m: monthNumber };
      else if (which === 'next' || which === 'this coming' || which === 'coming') ym = { y: monthNumber > ref.m ? ref.y : ref.y + 1, m: monthNumber };
      // "coffee for May delivery ended lower", "the June bond contract held": a market's forward month is this one or
      // the next of that name, whatever the tense (not "the last May to September shipment")
      else if (forward && !/\blast\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, start - 40), start))) {
        // (a range's first month before its last one: "for the November to April shipment" said in March began last year)
        const last = forward.rangeEnd ?? monthNumber;
        const y = last >= ref.m ? ref.y : ref.y + 1;
        ym = { y: monthNumber > last ? y - 1 : y, m: monthNumber };
      }
      // ("the current year ending September": a period's end)
      else if (ending) ym = { y: periodEndYear(ref, monthNumber, 28, ending), m: monthNumber };
      else {
        // "January's report": a month the text names as an owner has happened
        // ... and so has a month a statistic is of ("when the March figure is released", "the February figures show")
        const gone = /^['’]s\b/.test(text.slice(end)) || STATISTICS.has(after) || STATISTICS_FOR.test(text.slice(Math.max(0, start - 24), start));
        // ("the February meeting", "its December accord", "the September deadline": a month that dates a thing the clause
        // only mentions has no tense of its own, and is the nearest one)
        const tense = gone ? 'past' : datesThing(ctx, text, start, end) ? null : tenseAt(ctx, start, end);
        ym = resolveMonth(ref, monthNumber, tense, firmlyAheadAt(ctx, start));
      }
      emit(ctx, start, end, fields('DATE', fmtMonth(ym.y, ym.m), 'month', ref), 0.8);
    });
  },
};
