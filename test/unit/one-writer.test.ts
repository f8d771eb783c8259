// One writer for the counter's records: the sales journal and the audit trail are written only through
// SaleRecords (src/main/core/journal/sale-records.ts), by the app's console and by the CLI alike. This
// reads the sources, so a new caller that writes around it fails here rather than in a review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const WRITER = 'src/main/core/journal/sale-records.ts';
/** Who may append to the journal or the trail: the writer, and the two files that define those appends. */
const DEFINERS = new Set([WRITER, 'src/main/core/journal/sales-journal.ts', 'src/main/core/journal/audit-trail.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Calls that append a record: `<something>journal.record(`, `audit.record(`, `trail.record(`, `.append(`. */
const WRITES = /\b(?:journal|audit|trail)\??\.record\(|\bfile\.append\(/i;

function writersIn(files: Array<{ path: string; text: string }>): string[] {
  return files.filter(({ path, text }) => !DEFINERS.has(path) && WRITES.test(text)).map(({ path }) => path);
}

describe('one writer for the journal and the audit trail', () => {
  const files = sources(join(ROOT, 'src')).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('nothing outside SaleRecords appends a sale record or an audit entry', () => {
    expect(writersIn(files)).toEqual([]);
  });

  it('the check catches a writer around it (a probe file)', () => {
    const probe = { path: 'src/main/core/console/probe.ts', text: "journal.record({ type: 'state' });" };
    expect(writersIn([...files, probe])).toEqual(['src/main/core/console/probe.ts']);
  });

  it('the console and the CLI both write through it', () => {
    const usesWriter = (path: string) => /SaleRecords/.test(files.find((file) => file.path === path)?.text ?? '');
    expect(usesWriter('src/main/core/console.ts')).toBe(true);
    expect(usesWriter('src/main/cli/sales-commands.ts')).toBe(true);
  });
});
