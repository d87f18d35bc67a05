// Bytes to text, the way the contract says: UTF-8, else Latin-1; no BOM.
// A UTF-16 byte-order mark is honoured too: Windows tools write such files,
// and without it their NUL bytes would make them look binary.

export type Encoding = 'utf-8' | 'latin1' | 'utf-16le' | 'utf-16be';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Latin-1 as browsers read it (WHATWG "latin1" = Windows-1252): bytes 0x80–0x9F
// are the curly quotes and dashes such files mean, not control characters.
// Done by hand: Node's own TextDecoder('latin1') gives the control characters
// in some versions, and the same bytes must give the same text everywhere.
// Still one character per byte.
export const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const latin1 = {
  decode: (bytes: Uint8Array) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!),
};
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

/** A NUL byte: binary, as git and ripgrep decide it (a text encoding we read never has one). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The encoding a byte-order mark announces, and the mark's length; null when there is none. */
export function byteOrderMark(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** true when the bytes were not valid UTF-8 and were read as Latin-1 */
  latin1: boolean;
}

/** Text of bytes that `looksBinary` let through, or of any bytes with a UTF-16 mark. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (bom?.encoding === 'utf-16le') return { text: utf16le.decode(body), encoding: 'utf-16le', latin1: false };
  if (bom?.encoding === 'utf-16be') return { text: utf16be.decode(body), encoding: 'utf-16be', latin1: false };
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', latin1: false };
  } catch {
    return { text: latin1.decode(body), encoding: 'latin1', latin1: true };
  }
}
