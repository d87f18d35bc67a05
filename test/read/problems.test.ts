import { describe, expect, it } from 'vitest';
import { describeFsError, formatProblem, printable } from '../../src/read/problems.js';

describe('problems', () => {
  it('names the file and line on one line', () => {
    expect(formatProblem({ severity: 'error', source: 'a.jsonl', line: 3, message: 'not a JSON object' })).toBe('factx: error: a.jsonl:3: not a JSON object\n');
  });
  it('shows control characters in names as escapes, so a name cannot drive the terminal', () => {
    expect(printable('a\u001b[31mb\nc\td\r\u0085\u2028')).toBe('a\\x1b[31mb\\nc\\td\\r\\x85\\u2028');
    expect(formatProblem({ severity: 'warning', source: 'x\ny', message: 'm' }).split('\n')).toHaveLength(2);
  });
  it('says what the system errors mean', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeFsError(Object.assign(new Error('raw'), { code: 'EWHATEVER' }))).toBe('raw');
  });
});
