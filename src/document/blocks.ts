// Where a line break ends a sentence. News comes in two shapes: hard-wrapped
// wire copy (Reuters: short lines, paragraphs indented or separated by a blank
// line) and one paragraph per line (web articles, captions, the seed). wink's
// sentence splitter does not know about line breaks, so they are decided here.

export interface Block {
  start: number;
  end: number;
}

const WRAPPED_LINE_MAX = 100;
/** How a line ends that a sentence goes on from: a word, a word's hyphen, a comma. */
const MID_SENTENCE_END = /(?:\p{L}-?|,)$/u;
const LINE = /[^\n]*(?:\n|$)/g;

/**
 * True when no line is longer than a wire service's wrap width and the text
 * shows it wraps: several lines, or a line that goes on in lower case.
 */
function isHardWrapped(text: string): boolean {
  let lineStart = 0;
  let lines = 0;
  let continues = false;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i < 0 ? text.length : i;
    if (end - lineStart > WRAPPED_LINE_MAX) return false;
    lines++;
    if (i < 0) return lines >= 4 || continues;
    const next = text.charCodeAt(i + 1);
    if (next >= 97 && next <= 122) continues = true;
    lineStart = i + 1;
  }
}

/**
 * Splits text into blocks that no sentence crosses. In hard-wrapped text a
 * break is a blank line or an indented next line; otherwise every line break is.
 */
export function splitBlocks(text: string): Block[] {
  const wrapped = isHardWrapped(text);
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && m[0].length > 0; m = LINE.exec(text)) {
    const line = m[0];
    const lineStart = m.index;
    const content = line.trimEnd();
    const blank = content.trim().length === 0;
    // (a single space opening a line in mid-sentence is the wire's wrap, not an indent: "The Australian Stock\n Exchange Ltd")
    // (but the wire's sign-off is its own: "... in April\n Reuter")
    const indented = /^(?:[ \t]{2}|\t)/.test(line) || (/^ /.test(line) && (blockStart < 0 || !MID_SENTENCE_END.test(text.slice(Math.max(blockStart, blockEnd - 2), blockEnd)) || /^ REUTER\b/i.test(line)));
    const breaksBefore = !wrapped || blank || indented;
    if (breaksBefore && blockStart >= 0) {
      blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    }
    if (!blank) {
      if (blockStart < 0) blockStart = lineStart + (line.length - line.trimStart().length);
      blockEnd = lineStart + content.length;
    }
    if (LINE.lastIndex >= text.length) break;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return blocks;
}
