// What went wrong with an input, said in words a user can act on.

export interface Problem {
  /** an error means an input the user pointed at could not be read (exit code 1); a warning, something skipped or guessed */
  severity: 'warning' | 'error';
  /** the file as shown to the user, "-" for standard input */
  source: string;
  /** 1-based line, for JSONL */
  line?: number;
  message: string;
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory (a part of the path is a file)';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EPIPE':
      return 'the reader closed the pipe';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large to read into memory';
    default:
      return e?.message ?? String(err);
  }
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A file name or message made safe for a terminal: a name may hold escape
 * sequences or line breaks (any byte but "/" and NUL is allowed), and printed
 * raw they would recolour the screen or forge a second message.
 */
export function printable(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `factx: error: path:line: message`, one line. */
export function formatProblem(p: Problem): string {
  return `factx: ${p.severity}: ${printable(p.source)}${p.line ? `:${p.line}` : ''}: ${printable(p.message)}\n`;
}
