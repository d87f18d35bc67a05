// Lengths of time the text does not count: "for years", "in recent months",
// "the coming weeks", "the weeks ahead", "hundreds of years" (PXY, PXM …).
import { TIME_UNITS } from '../../../lexicon/date-units.js';
import type { Rule } from '../../rule.js';
import { eachMatch, emit, fields, isCapitalized } from '../context.js';
import { durationValue } from '../duration-value.js';
import { has, T_PLURAL_UNIT } from '../triggers.js';

const PLURAL = '(years|months|weeks|days|quarters|decades|centuries|hours|minutes)';

const VAGUE_LENGTH = new RegExp(
  `\\b(?:the\\s+)?(?:recent|coming|past|previous|following|ensuing|intervening|early|final|closing|last)\\s+${PLURAL}\\b(?!\\s+(?:of|ago|earlier|later|before|after|when|that)\\b)` +
    `|\\b(?:the\\s+)?${PLURAL}\\s+(?:ahead|to\\s+come)\\b` +
    `|(?<=\\b(?:for|in|within|over|after|during|from|takes?|took|last(?:s|ed)?)\\s+)${PLURAL}\\b(?!\\s+(?:of|ago|earlier|later|before|after|when|past|old|that|in\\s+which)\\b|['’-])`,
  'gi',
);

export const vagueLength: Rule<'date'> = {
  id: 'date/vague-length',
  kind: 'date',
  description: 'A length of time without a count: "for years", "recent months", "the weeks ahead".',
  run(ctx) {
    if (!has(ctx, T_PLURAL_UNIT)) return;
    eachMatch(ctx, VAGUE_LENGTH, (m) => {
      const word = (m[1] ?? m[2] ?? m[3])!;
      // "Days of Our Lives", "60 Minutes": a capitalized unit inside a sentence is a title
      const wordStart = m.index + m[0].lastIndexOf(word);
      if (isCapitalized(word) && wordStart > 0) return;
      const unit = TIME_UNITS.get(word.toLowerCase())!;
      emit(ctx, m.index, m.index + m[0].length, fields('DURATION', durationValue('X', unit), null), 0.6);
    });
  },
};
