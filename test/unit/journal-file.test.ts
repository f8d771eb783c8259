import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalFile } from '../../src/main/core/journal/journal-file';
import { checksumMatches, JSON_START } from '../../src/main/core/journal/journal-line';
import { tempDir } from '../support/console';

const journalIn = (dir: string) => join(dir, 'sales.journal');

/** Opens the journal file and parses its intact lines. */
function open(path: string) {
  const { file, bytes, lines, problems } = JournalFile.open(path);
  const entries = Array.from({ length: lines.count }, (_, line) => {
    const [start, end] = [lines.starts[line]!, lines.ends[line]!];
    expect(checksumMatches(bytes, start, end)).toBe(true);
    return JSON.parse(bytes.toString('utf8', start + JSON_START, end)) as Record<string, unknown>;
  });
  return { file, entries, problems };
}

function writeEntries(path: string, count: number): void {
  const { file } = JournalFile.open(path);
  for (let seq = 0; seq < count; seq++) file.append({ seq, note: `sale ${seq}` });
  file.close();
}

describe('the journal file', () => {
  it('gives back every appended entry, in order, after reopening', () => {
    const path = journalIn(tempDir());
    writeEntries(path, 50);
    const { entries, problems, file } = open(path);
    file.close();
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(50);
    expect(entries.map((entry) => entry.seq)).toEqual([...Array(50).keys()]);
  });

  it('detects a record cut off mid-write, keeps its bytes aside, reports it, and loses nothing before it', () => {
    const dir = tempDir();
    const path = journalIn(dir);
    writeEntries(path, 10);
    const whole = readFileSync(path);
    const lastLineStart = whole.lastIndexOf(0x0a, whole.length - 2) + 1;
    truncateSync(path, lastLineStart + 20);

    const { entries, problems, file } = open(path);
    expect(entries).toHaveLength(9);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^The journal's last record was cut off .* kept in .*sales\.journal\.damaged-.*, and every earlier sale is intact\.$/,
    );
    const aside = readdirSync(dir).find((name) => name.startsWith('sales.journal.damaged-'))!;
    expect(readFileSync(join(dir, aside))).toEqual(whole.subarray(lastLineStart, lastLineStart + 20));

    // New entries follow the last good one.
    file.append({ seq: 'after' });
    file.close();
    const reopened = open(path);
    reopened.file.close();
    expect(reopened.problems).toEqual([]);
    expect(reopened.entries.at(-1)).toEqual({ seq: 'after' });
    expect(reopened.entries).toHaveLength(10);
  });

  it('detects a last line whose checksum does not match', () => {
    const path = journalIn(tempDir());
    writeEntries(path, 3);
    const text = readFileSync(path, 'utf8').replace('"sale 2"', '"sale X"');
    writeFileSync(path, text);
    const { entries, problems, file } = open(path);
    file.close();
    expect(entries).toHaveLength(2);
    expect(problems[0]).toContain('cut off');
  });

  it('survives SIGKILL at random instants: every record reported durable is there, at most one torn tail', async () => {
    for (let round = 0; round < 5; round++) {
      const path = journalIn(tempDir());
      const child = spawn(process.execPath, [join(__dirname, '../support/journal-writer.cjs'), path], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let durable = -1;
      child.stdout.on('data', (chunk: Buffer) => {
        const last = chunk.toString().trim().split('\n').at(-1);
        if (last) durable = Number(last);
      });
      await new Promise((resolve) => setTimeout(resolve, 80 + Math.random() * 200));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      const { entries, problems, file } = open(path);
      file.close();
      const seqs = entries.map((entry) => entry.seq);
      expect(seqs).toEqual([...Array(seqs.length).keys()]);
      expect(seqs.length).toBeGreaterThanOrEqual(durable + 1);
      expect(problems.length).toBeLessThanOrEqual(1);
      expect(statSync(path).size).toBe(readFileSync(path).lastIndexOf(0x0a) + 1);
      expect(existsSync(path)).toBe(true);
    }
  });
});
