// Where facts go: standard output, or a file that appears only when complete
// (written beside it under a temporary name, then renamed), so an interrupted
// run never leaves half a file, and an existing file is only replaced by a
// whole new one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Sink } from '../format/writer.js';
import { describeFsError } from '../read/problems.js';

export interface Output extends Sink {
  /** waits while the destination is behind, and fails once writing has failed */
  drained(): Promise<void>;
  /** flushes and, for a file, moves it into place */
  close(): Promise<void>;
  /** removes a temporary file after a failure */
  abort(): void;
}

/** The output file cannot be written at all: reported before any input is read. */
export class OutputError extends Error {}

/** Output held back before a write: one write per document cost a system call per document. */
const FLUSH_AT = 1 << 16;

/** A sink over a stream that buffers small writes and respects back-pressure; `name` is how failures call it. */
function streamSink(stream: Writable, name: string): Output {
  let buffer = '';
  let failure: Error | undefined;
  let flushScheduled = false;
  stream.on('error', (err) => (failure ??= new Error(`cannot write ${name}: ${describeFsError(err)}`)));
  const flush = () => {
    if (buffer && !failure && !stream.destroyed) stream.write(buffer);
    buffer = '';
  };
  // what is buffered goes out as soon as the run waits for input (a slow
  // stdin, a pipeline that streams), so holding small writes back never delays output
  const flushLater = () => {
    flushScheduled = false;
    flush();
  };
  return {
    write(chunk: string) {
      buffer += chunk;
      if (buffer.length > FLUSH_AT) flush();
    },
    async drained() {
      if (buffer.length > FLUSH_AT) flush();
      else if (buffer && !flushScheduled) {
        flushScheduled = true;
        setImmediate(flushLater);
      }
      if (!failure && stream.writableNeedDrain) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done).off('close', done).off('error', done);
            resolve();
          };
          stream.on('drain', done).on('close', done).on('error', done);
        });
      }
      if (failure) throw failure;
    },
    async close() {
      flush();
      if (failure) throw failure;
    },
    abort() {},
  };
}

export function stdoutOutput(stdout: Writable): Output {
  return streamSink(stdout, 'standard output');
}

/** Ends a stream and waits until its data is written; fails if any write failed (a full disk, /dev/full). */
async function end(stream: Writable, name: string): Promise<void> {
  stream.end();
  try {
    await finished(stream);
  } catch (err) {
    throw new Error(`cannot write ${name}: ${describeFsError(err)}`);
  }
}

/**
 * `-o FILE`. A regular file (new or existing) is written under a temporary
 * name in the same directory and renamed when complete; the temporary file is
 * removed on failure and when the process exits early (run.ts turns SIGINT,
 * SIGTERM and SIGHUP into an exit). A device or FIFO (`-o /dev/null`) is written
 * directly: renaming over it would replace the device with a file.
 */
export function fileOutput(target: string): Output {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`cannot write ${target}: ${describeFsError(err)}`);
  }
  if (existing?.isDirectory()) throw new OutputError(`cannot write ${target}: it is a directory`);
  if (existing && !existing.isFile()) return directOutput(target);

  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    // "wx": never follows a link planted at the temporary name, never reuses a file
    fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (err) {
    throw new OutputError(`cannot write ${target}: ${describeFsError(err)}`);
  }
  const removeTemp = () => fs.rmSync(temp, { force: true });
  process.once('exit', removeTemp);
  const forget = () => process.removeListener('exit', removeTemp);

  const stream = fs.createWriteStream(temp, { fd, autoClose: false });
  const sink = streamSink(stream, target);
  let closed = false;
  const closeFd = () => {
    if (closed) return;
    closed = true;
    try {
      fs.closeSync(fd);
    } catch {
      // already closed by a failed stream
    }
  };
  return {
    ...sink,
    async close() {
      try {
        await sink.close();
        await end(stream, target);
        // on disk before it takes the final name, so a crash cannot leave an empty file there
        fs.fsyncSync(fd);
        closeFd();
        await fs.promises.rename(temp, target);
      } catch (err) {
        this.abort();
        throw err;
      }
      forget();
    },
    abort() {
      stream.destroy();
      closeFd();
      removeTemp();
      forget();
    },
  };
}

function directOutput(target: string): Output {
  let stream: fs.WriteStream;
  try {
    stream = fs.createWriteStream(target, { fd: fs.openSync(target, 'w') });
  } catch (err) {
    throw new OutputError(`cannot write ${target}: ${describeFsError(err)}`);
  }
  const sink = streamSink(stream, target);
  return {
    ...sink,
    async close() {
      await sink.close();
      await end(stream, target);
    },
    abort() {
      stream.destroy();
    },
  };
}
