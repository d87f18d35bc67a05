// Gives each deal and expansion the date the text ties to it: a date of the
// same sentence, the nearest one to the event's evidence, that is a point in
// time (not a duration or a vague "now").
import type { Doc } from '../document/document.js';
import type { DateFact, Fact } from '../types.js';

const isPointInTime = (d: DateFact) => (d.type === 'DATE' || d.type === 'TIME') && /^\d{3}/.test(d.value);

/** How far into a story its dateline reaches ("PARIS, June 11 (Reuters) - "). */
const DATELINE_REACH = 80;
const DATELINE_CLOSE = /^[^\n.]{0,6}(?:\((?:Reuters|Bloomberg|AP|AFP|Dow Jones|IANS|PTI)\)\s*)?(?:--|[-–—])\s/;

/** "PARIS, June 11 (Reuters) - ...": the date a story was filed, not the date of anything it tells. */
function inDateline(text: string, date: DateFact): boolean {
  return date.start < DATELINE_REACH && !text.slice(0, date.start).includes('\n') && DATELINE_CLOSE.test(text.slice(date.end, date.end + 40));
}

export function attachDates(doc: Doc, facts: Fact[]): void {
  const datesBySentence = new Map<number, DateFact[]>();
  for (const f of facts) {
    if (f.kind !== 'date' || !isPointInTime(f) || inDateline(doc.text, f)) continue;
    const list = datesBySentence.get(f.sentence) ?? [];
    list.push(f);
    datesBySentence.set(f.sentence, list);
  }
  for (const f of facts) {
    if ((f.kind !== 'deal' && f.kind !== 'expansion') || f.date) continue;
    const candidates = datesBySentence.get(f.sentence);
    if (!candidates) continue;
    let best: DateFact | undefined;
    let bestDistance = Infinity;
    // an expansion's evidence runs from the company to the market, and the
    // date belongs to the market's end of it ("…, and plans to enter Poland in 2017")
    const from = f.kind === 'expansion' ? f.end : f.start;
    for (const d of candidates) {
      const distance = d.start >= f.end ? d.start - f.end : d.end <= from ? from - d.end : f.kind === 'expansion' ? from - d.end : 0;
      if (distance < bestDistance && !crossesClauseAway(doc.text, f, d) && !setOffInside(doc.text, f, d)) {
        best = d;
        bestDistance = distance;
      }
    }
    if (best) f.date = { value: best.value, text: best.text };
  }
}

/**
 * A date after the event but beyond a clause that reports speech ("..., X told
 * CNET this April") is when it was said, not when it happens.
 */
function crossesClauseAway(text: string, event: Fact, date: DateFact): boolean {
  if (date.start < event.end) return false;
  const between = text.slice(event.end, date.start);
  return /,[^,]*\b(said|says|told|reported|according)\b/i.test(between);
}

/** An aside about a company that opens after its name: ", which", ", who", ", set up in", ", founded in". */
const ASIDE_OPENING = /,\s*(?:which|who|whose|once|formerly|founded|set up|created|established|listed)\b/i;

/**
 * A date inside the event's evidence but set off by commas ("Spotify, which
 * launched in the United States in 2011, plans to expand into India") belongs
 * to the aside, not to the event.
 */
function setOffInside(text: string, event: Fact, date: DateFact): boolean {
  if (date.start < event.start || date.end > event.end) return false;
  return ASIDE_OPENING.test(text.slice(event.start, date.start)) && text.slice(date.end, event.end).includes(',');
}
