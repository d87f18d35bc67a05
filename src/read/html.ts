// HTML to text: scripts, styles, comments and tags removed, entities decoded,
// block elements turned into line breaks so that paragraphs stay sentences.
//
// A single left-to-right scan instead of regular expressions: web pages are
// untrusted input, and patterns such as /<script>[\s\S]*?<\/script>/ rescan to
// the end of the text for every unclosed tag, which is quadratic on a page of
// many "<script" or "<!--" without their ends. Every search below starts where
// the previous one stopped or remembers that nothing is left to find.
import { decodeEntities } from './entities.js';

export { decodeEntities } from './entities.js';

/** Elements whose content is not text, read up to their end tag as browsers do. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'svg', 'math']);

/** Elements that begin a new line of text: paragraphs, headings, list items, cells. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'section', 'article', 'aside', 'nav', 'main', 'header', 'footer', 'blockquote', 'title', 'pre', 'hr', 'figure', 'figcaption', 'address', 'details',
  'summary', 'form', 'fieldset', 'legend', 'option', 'body', 'head', 'html',
]);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 /* - */ || c === 58; /* : */

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Where the end tag `</name` (name in lower case) begins at or after `from`,
 * in any case and followed by a character that ends a tag name; -1 when absent.
 * Linear: the needle is a few characters long.
 */
function findEndTag(html: string, name: string, from: number): number {
  const needle = `</${name}`;
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    let j = 2;
    while (j < needle.length && lowerAscii(html.charCodeAt(i + j)) === needle.charCodeAt(j)) j++;
    if (j === needle.length && !isNameChar(html.charCodeAt(i + j))) return i;
  }
  return -1;
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let textStart = 0;
  let i = 0;
  // where the next ">" is; -1 once none is left, so an unclosed "<a" costs one search, not one per tag
  let nextGt = html.indexOf('>');
  const gtFrom = (from: number) => {
    if (nextGt !== -1 && nextGt < from) nextGt = html.indexOf('>', from);
    return nextGt;
  };
  // positions after which a quote character no longer occurs (searched once)
  const quoteAbsentFrom: Record<string, number> = { '"': Infinity, "'": Infinity };
  // end tags already searched for and found absent
  const absentEndTags = new Set<string>();

  /** The ">" that ends a tag whose name ends at `from`, skipping ">" inside quoted attribute values; -1 when none. */
  const tagEnd = (from: number): number => {
    let k = from;
    let afterEquals = false;
    for (let gt = gtFrom(k); gt >= 0; gt = gtFrom(k)) {
      for (; k < gt; k++) {
        const c = html[k]!;
        if ((c === '"' || c === "'") && afterEquals) break;
        if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = c === '=';
      }
      if (k === gt) return gt;
      const quote = html[k]!;
      const close = k + 1 >= quoteAbsentFrom[quote]! ? -1 : html.indexOf(quote, k + 1);
      if (close < 0) {
        // an unclosed quote: the tag ends at the first ">", as if the quote were text
        quoteAbsentFrom[quote] = Math.min(quoteAbsentFrom[quote]!, k + 1);
        return gtFrom(from);
      }
      k = close + 1;
      afterEquals = false;
    }
    return -1;
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    let end: number; // index after the markup that starts at lt
    let replacement = '';

    if (html.startsWith('!--', lt + 1)) {
      // an unclosed comment runs to the end of the page, as in a browser
      const close = html.indexOf('-->', lt + 4);
      end = close < 0 ? html.length : close + 3;
      replacement = ' ';
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      // <!DOCTYPE ...>, <![CDATA[...]]>, <?xml ...?>
      const gt = gtFrom(lt);
      if (gt < 0) {
        i = lt + 1;
        continue;
      }
      end = gt + 1;
    } else if (isAsciiLetter(next) || (next === 47 /* / */ && isAsciiLetter(html.charCodeAt(lt + 2)))) {
      const closing = next === 47;
      let nameEnd = lt + (closing ? 2 : 1);
      while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
      const gt = tagEnd(nameEnd);
      if (gt < 0) {
        // no ">" anywhere after: a lone "<" in text, not a tag
        i = lt + 1;
        continue;
      }
      const name = html.slice(lt + (closing ? 2 : 1), nameEnd).toLowerCase();
      end = gt + 1;
      if (!closing && RAW_TEXT.has(name)) {
        const close = absentEndTags.has(name) ? -1 : findEndTag(html, name, end);
        if (close < 0) {
          // unclosed: its content is not text, up to the end of the page
          absentEndTags.add(name);
          end = html.length;
        } else {
          const closeGt = gtFrom(close);
          end = closeGt < 0 ? html.length : closeGt + 1;
        }
        replacement = ' ';
      } else if (BLOCK.has(name)) {
        replacement = '\n';
      }
    } else {
      i = lt + 1;
      continue;
    }

    parts.push(html.slice(textStart, lt), replacement);
    textStart = end;
    i = end;
  }
  parts.push(html.slice(textStart));
  return tidyLines(decodeEntities(parts.join('')));
}

/** Spaces collapsed within lines, lines trimmed, no more than one blank line in a row. */
function tidyLines(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
