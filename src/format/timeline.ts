// The timeline: one row per dated event, oldest first. Deals and expansions
// carry their own dates; a date fact is an event of its own unless a deal or
// expansion of the same sentence already took it as its date.
import type { Fact } from '../types.js';
import { csvRow } from './csv.js';
import { summarize } from './summary.js';
import type { Sink } from './writer.js';

export const TIMELINE_COLUMNS = ['date', 'granularity', 'kind', 'summary', 'doc', 'sentence', 'evidence'] as const;

export interface TimelineRow {
  date: string;
  granularity: string;
  kind: string;
  summary: string;
  doc: string;
  sentence: number;
  evidence: string;
  /** sortable key of the date, and the input order for ties */
  key: string;
  order: number;
}

const SEASON_MONTH: Record<string, string> = { WI: '01', SP: '04', SU: '07', FA: '10' };

/** A key that sorts TIMEX3 values in time: "2017-Q3" with July, "198" (the 1980s) with 1980. */
export function sortKey(value: string): string | null {
  const m = /^(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2})|-(WI|SP|SU|FA))?/.exec(value);
  if (!m) return null;
  const year = m[1]!.padEnd(4, '0');
  let month = m[2];
  if (m[4]) month = String((Number(m[4]) - 1) * 3 + 1).padStart(2, '0');
  if (m[5]) month = m[5] === '1' ? '01' : '07';
  if (m[6]) month = String(Math.min(12, Math.floor((Number(m[6]) - 1) / 4.35) + 1)).padStart(2, '0');
  if (m[7]) month = SEASON_MONTH[m[7]];
  return `${year}-${month ?? '00'}-${m[3] ?? '00'}${value.slice(m[0].length)}`;
}

function granularityOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W/.test(value)) return 'week';
  if (/^\d{4}-\d{2}/.test(value)) return 'month';
  if (/^\d{4}-Q/.test(value)) return 'quarter';
  if (/^\d{4}-H/.test(value)) return 'half';
  if (/^\d{4}-(WI|SP|SU|FA)/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return '';
}

/** The rows one document's facts give to the timeline. */
export function timelineRows(facts: readonly Fact[], firstOrder: number): TimelineRow[] {
  const taken = new Set<string>();
  for (const f of facts) if ((f.kind === 'deal' || f.kind === 'expansion') && f.date) taken.add(`${f.sentence}\u0000${f.date.text}`);
  const rows: TimelineRow[] = [];
  for (const f of facts) {
    let value: string | undefined;
    let granularity = '';
    if (f.kind === 'deal' || f.kind === 'expansion') value = f.date?.value;
    else if (f.kind === 'date' && (f.type === 'DATE' || f.type === 'TIME') && !taken.has(`${f.sentence}\u0000${f.text}`)) {
      value = f.value;
      granularity = f.granularity ?? '';
    }
    const key = value ? sortKey(value) : null;
    if (!value || !key) continue;
    rows.push({ date: value, granularity: granularity || granularityOf(value), kind: f.kind, summary: summarize(f), doc: f.doc, sentence: f.sentence, evidence: f.text, key, order: firstOrder + rows.length });
  }
  return rows;
}

/**
 * Adds the rows of facts read back (`factx extract | factx timeline`): a document's facts are taken together,
 * as one extraction gives them, so that the rows are those of the articles.
 */
export async function addTimelineRowsOf(facts: AsyncIterable<Fact>, rows: TimelineRow[]): Promise<{ documents: number; facts: number }> {
  const documents = new Set<string>();
  let count = 0;
  let group: Fact[] = [];
  const flush = () => {
    for (const row of timelineRows(group, rows.length)) rows.push(row);
    group = [];
  };
  for await (const fact of facts) {
    if (group.length && group[0]!.doc !== fact.doc) flush();
    group.push(fact);
    documents.add(fact.doc);
    count++;
  }
  flush();
  return { documents: documents.size, facts: count };
}

export function writeTimeline(out: Sink, rows: TimelineRow[]): void {
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  out.write(csvRow(TIMELINE_COLUMNS));
  for (const r of rows) out.write(csvRow([r.date, r.granularity, r.kind, r.summary, r.doc, r.sentence, r.evidence]));
}
