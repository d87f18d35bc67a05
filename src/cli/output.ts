// Where facts go: standard output, or a file that appears only when complete
// (written beside it under a temporary name, then renamed), so an interrupted
// run never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Sink } from '../format/index.js';

export interface Output extends Sink {
  /** flushes and, for a file, moves it into place */
  close(): Promise<void>;
  /** removes a temporary file after a failure */
  abort(): void;
}

/** A sink over a stream that buffers small writes and respects back-pressure. */
function streamSink(stream: Writable): Output & { drained(): Promise<void> } {
  let buffer = '';
  const flush = () => {
    if (buffer) {
      stream.write(buffer);
      buffer = '';
    }
  };
  return {
    write(chunk: string) {
      buffer += chunk;
      if (buffer.length > 1 << 16) flush();
    },
    drained() {
      flush();
      return stream.writableNeedDrain ? new Promise((resolve) => stream.once('drain', resolve)) : Promise.resolve();
    },
    async close() {
      flush();
    },
    abort() {},
  };
}

export function stdoutOutput(stdout: Writable): Output & { drained(): Promise<void> } {
  return streamSink(stdout);
}

export function fileOutput(target: string): Output & { drained(): Promise<void> } {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const stream = fs.createWriteStream(temp);
  let failure: Error | undefined;
  stream.on('error', (err) => (failure ??= err));
  const sink = streamSink(stream);
  let removeOnExit: (() => void) | undefined = () => fs.rmSync(temp, { force: true });
  process.once('exit', removeOnExit);
  const forget = () => {
    if (removeOnExit) process.removeListener('exit', removeOnExit);
    removeOnExit = undefined;
  };
  return {
    ...sink,
    async close() {
      await sink.close();
      if (!failure) await new Promise<void>((resolve) => stream.end(() => resolve()));
      if (failure) {
        this.abort();
        throw failure;
      }
      await fs.promises.rename(temp, target);
      forget();
    },
    abort() {
      stream.destroy();
      fs.rmSync(temp, { force: true });
      forget();
    },
  };
}
