// ISO 8601 durations as TimeML writes them: P3Y, P2Y6M, PT2H, PT1H30M, P9M,
// and PXY when the count is vague ("several years", "decades").
import type { TimeUnit } from '../../lexicon/date-units.js';

/** the smaller unit a fraction of a unit is written in */
const SPLIT: Record<string, { code: TimeUnit['code']; time: boolean; factor: number } | undefined> = {
  Y: { code: 'M', time: false, factor: 12 },
  Q: { code: 'M', time: false, factor: 3 },
  M: { code: 'D', time: false, factor: 30 },
  W: { code: 'D', time: false, factor: 7 },
  D: { code: 'H', time: true, factor: 24 },
  H: { code: 'M', time: true, factor: 60 },
  'TM': { code: 'S', time: true, factor: 60 },
};

export function durationValue(count: number | 'X', unit: TimeUnit): string {
  const prefix = unit.time ? 'PT' : 'P';
  // "decades", "decades-long": a count of years as "two decades" (P20Y) is, so PXY; centuries keep their unit
  if (count === 'X') return `${prefix}X${unit.size === 10 ? 'Y' : unit.size === 100 ? 'CE' : unit.code}`;
  const total = count * unit.size;
  if (Number.isInteger(total)) return `${prefix}${total}${unit.code}`;
  const whole = Math.floor(total);
  const split = SPLIT[unit.time && unit.code === 'M' ? 'TM' : unit.code];
  if (!split) return `${prefix}${total}${unit.code}`;
  const rest = Math.round((total - whole) * split.factor);
  const head = whole ? `${whole}${unit.code}` : '';
  // a fraction of a day moves into the time part: P1DT12H
  if (!unit.time && split.time) return `P${head}T${rest}${split.code}`;
  return `${prefix}${head}${rest}${split.code}`;
}
