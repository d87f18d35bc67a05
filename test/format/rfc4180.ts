// A strict RFC 4180 reader for the tests: records end in CRLF, a field is
// either quoted (doubled quotes inside, commas and line breaks allowed) or
// plain (no quote, comma, CR or LF). Anything else throws, with where.

export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`not RFC 4180 at ${i}: ${why} near ${JSON.stringify(csv.slice(Math.max(0, i - 20), i + 20))}`);
  };
  if (!csv.endsWith('\r\n')) fail('the last record does not end in CRLF');
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) fail('unclosed quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') fail('a quote inside a plain field');
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    fail('a field followed by something other than a comma or CRLF');
  }
  return rows;
}
