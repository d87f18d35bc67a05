// How big a document factx can take on. The pipeline keeps every token of a
// document in memory at once, so a document of tens of megabytes can fill the
// JavaScript heap, and running out of heap kills the process: every document
// after it lost, and a temporary output file left behind. A document that
// would not fit is skipped with a message instead, before any work is done.
import v8 from 'node:v8';

/**
 * Heap bytes the pipeline needs per token. Measured as the smallest
 * --max-old-space-size with which a document still goes through: about 180
 * bytes a token, for news text and for runs of punctuation alike (3 MB of
 * news, 1 MB of "a,a,a"); 250 leaves room for the facts and the output.
 */
const BYTES_PER_TOKEN = 250;
/** What the heap must keep free for the output and what else is alive. */
const HEADROOM = 0.9;

const isSpace = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000) || (c >= 0x3040 && c < 0xd800) || c >= 0xe000;

/**
 * An upper estimate of the tokens in a text: every run of letters and digits
 * (any script), and every other visible character on its own (punctuation,
 * symbols, emoji). Linear, and cheap next to tokenizing.
 */
export function estimateTokens(text: string): number {
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) inWord = false;
    else if (isWordChar(c)) {
      if (!inWord) tokens++;
      inWord = true;
    } else if (c < 0xdc00 || c > 0xdfff) {
      // the low half of a surrogate pair was counted with its high half
      tokens++;
      inWord = false;
    }
  }
  return tokens;
}

export interface MemoryCheck {
  neededBytes: number;
  availableBytes: number;
}

/** Heap bytes this text would need and the bytes free now; `fits` says whether to go on. */
export function memoryFor(text: string, heap = v8.getHeapStatistics()): MemoryCheck & { fits: boolean } {
  const neededBytes = estimateTokens(text) * BYTES_PER_TOKEN + text.length * 2;
  const availableBytes = Math.max(0, heap.heap_size_limit * HEADROOM - heap.used_heap_size);
  return { neededBytes, availableBytes, fits: neededBytes <= availableBytes };
}

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} MB`;

/** The message for a document that does not fit, with the way out. */
export function tooLargeMessage(check: MemoryCheck): string {
  const suggested = Math.ceil((check.neededBytes / HEADROOM + 256 * 1048576) / 1048576 / 1024) * 1024;
  return (
    `too large to process in the memory available (needs about ${mb(check.neededBytes)}, ${mb(check.availableBytes)} free); skipped. ` +
    `Split it into smaller documents, or give Node more heap: NODE_OPTIONS=--max-old-space-size=${suggested}`
  );
}
