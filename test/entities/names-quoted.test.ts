// A title and a word set in quotation marks of their own are a nickname for a post, not a name after a title.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

describe('a nickname for a post in quotation marks', () => {
  it('makes no person of the word after the title', () => {
    const text = 'Zoomly, one of the web\'s best known companies, is ten. Jerry Lang, who remains the firm\'s "Chief Zoomly", is proud of it.';
    const people = extractDocument({ id: 'x', text }).filter((f) => f.kind === 'person');
    expect(people.map((p) => (p as { name: string }).name)).not.toContain('Zoomly');
  });
  it('leaves a title and a name in a quotation that goes on', () => {
    const text = '"We agree with Chief Executive Jerry Lang," the board said.';
    const people = extractDocument({ id: 'x', text }).filter((f) => f.kind === 'person');
    expect(people.map((p) => (p as { name: string }).name)).toContain('Jerry Lang');
  });
});
