// HTML character references, decoded the way browsers show them, so that the
// text factx reads is the text a person read on the page.
import { WINDOWS_1252_C1 } from './decode.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '\u00ad',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″', dagger: '†', Dagger: '‡', permil: '‰', sect: '§', para: '¶', deg: '°',
  euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', plusmn: '±', minus: '−',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', micro: 'µ',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê',
  euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ', szlig: 'ß', oelig: 'œ',
  scaron: 'š', zcaron: 'ž', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó',
  Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', OElig: 'Œ',
  Scaron: 'Š', Zcaron: 'Ž', Yuml: 'Ÿ',
};

/** References that browsers still decode without the closing ";" (the old HTML 2 set, the common ones). */
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** &#128;–&#159; mean Windows-1252 characters in real pages (HTML standard, "numeric character reference end state"). */

// Bounded repetitions only: linear on any input.
const ENTITY = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const out: string[] = [];
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    const decoded = decodeOne(m, text);
    if (decoded === undefined) continue;
    out.push(text.slice(last, m.index), decoded);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.join('');
}

function decodeOne(m: RegExpExecArray, text: string): string | undefined {
  const [whole, dec, hex, name, semicolon] = m;
  if (dec !== undefined || hex !== undefined) return fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
  const named = NAMED[name!] ?? NAMED[name!.toLowerCase()];
  if (named === undefined) return undefined;
  if (semicolon) return named;
  // "AT&amp T" decodes in browsers; "?a=1&lt=2" (a URL's query) does not
  const inQuery = text.charCodeAt(m.index + whole.length) === 61; /* = */
  return LEGACY_WITHOUT_SEMICOLON.has(name!.toLowerCase()) && !inQuery ? named : undefined;
}
