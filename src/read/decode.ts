// Bytes to text, the way the contract says: UTF-8, else Latin-1; no BOM.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** A NUL byte in the first 8 KB: binary, as git and ripgrep decide it. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export interface Decoded {
  text: string;
  /** true when the bytes were not valid UTF-8 and were read as Latin-1 */
  latin1: boolean;
}

export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let fellBack = false;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = latin1.decode(bytes);
    fellBack = true;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, latin1: fellBack };
}
