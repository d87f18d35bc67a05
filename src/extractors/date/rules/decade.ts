// Decades and centuries: "the 1990s" (199), "the early '80s", "the
// eighties", "this decade", "the 20th century" (19), "the 1800s" (18),
// "this century".
import { DECADE_WORDS } from '../../../lexicon/date-numbers.js';
import type { Rule } from '../../rule.js';
import { eachMatch, emit, fields, refDay } from '../context.js';
import { parseOrdinal } from '../numbers.js';
import { alternation } from '../patterns.js';
import { has, T_DECADE, T_DECADE_WORD } from '../triggers.js';

const DECADE = new RegExp(
  `(?:\\bthe\\s+)?(?:\\b(?:early|late|mid)(?:\\s+|-)|\\bmid-?)?(?:` +
    `(?<![\\w$])(1\\d|20)(\\d)0['’]?s\\b` +
    `|['’](\\d)0['’]?s\\b` +
    `|\\b(${alternation(DECADE_WORDS.keys())})\\b` +
    `|\\b(this|last|the\\s+past|the\\s+last|the\\s+previous|the\\s+next|the\\s+coming|the\\s+current)\\s+(decade|century)\\b` +
    `|\\b(\\d{1,2}(?:st|nd|rd|th)|twenty[-\\s]first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|eleventh|twelfth)[-\\s]century\\b` +
    `)`,
  'gi',
);

export const decade: Rule<'date'> = {
  id: 'date/decade',
  kind: 'date',
  description: 'A decade or a century: "the 1990s", "the eighties", "the 20th century".',
  run(ctx) {
    if (!has(ctx, T_DECADE | T_DECADE_WORD)) return;
    const ref = refDay(ctx.doc);
    eachMatch(ctx, DECADE, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // "the 1800s", "the late 1900s": a century; "the 2000s" is the decade news means by it
      if (m[1] && m[2] === '0' && m[1] !== '20') return emit(ctx, start, end, fields('DATE', m[1], 'century'), 0.85);
      if (m[1]) return emit(ctx, start, end, fields('DATE', `${m[1]}${m[2]}`, 'decade'), 0.9);
      if (m[3] || m[4]) {
        // "the '80s", "the eighties": the decade of the reference century, or the last one that has passed
        const digit = m[3] ? Number(m[3]) : DECADE_WORDS.get(m[4]!.toLowerCase())!;
        if (m[4] && !/^the\s/i.test(m[0])) return;
        const century = ref ? Math.floor(ref.y / 100) - (digit * 10 > ref.y % 100 ? 1 : 0) : 19;
        return emit(ctx, start, end, fields('DATE', `${century}${digit}`, 'decade'), 0.85);
      }
      if (m[5]) {
        if (!ref) return;
        const which = m[5].toLowerCase().replace(/\s+/g, ' ');
        const unit = m[6]!.toLowerCase();
        const shift = /last|past|previous/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
        // "the past decade" is a stretch of time; "last decade" a point
        if (which.startsWith('the ') && shift === -1 && /past|last/.test(which)) {
          return emit(ctx, start, end, fields('DURATION', unit === 'decade' ? 'P10Y' : 'P100Y', null), 0.7);
        }
        if (unit === 'decade') return emit(ctx, start, end, fields('DATE', String(Math.floor(ref.y / 10) + shift), 'decade', ref), 0.75);
        return emit(ctx, start, end, fields('DATE', String(Math.floor(ref.y / 100) + shift).padStart(2, '0'), 'century', ref), 0.75);
      }
      const n = parseOrdinal(m[7]!.replace(/[-\s]+/g, ' '));
      if (!n || n > 30) return;
      emit(ctx, start, end, fields('DATE', String(n - 1).padStart(2, '0'), 'century'), 0.85);
    });
  },
};
