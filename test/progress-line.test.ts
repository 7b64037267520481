// The progress line: files and bytes done of the planned totals, the rate,
// an ETA only once the listing has ended, retries; on a terminal one line
// redrawn in place that never runs into an error, a warning or the summary.
// The terminal is a fake that renders what was written the way a terminal
// does (\r returns, \n starts a line, a line wider than the window wraps),
// so "glued" is checked on the screen a user would see, not on the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEta, progressLine, rateAndEta, RateMeter } from '../src/job/evidence/progress-line.ts';
import { progressLine as ciProgressLine } from '../src/hosts/ci/progress.ts';
import { LiveLine } from '../src/hosts/cli/live-line.ts';
import { TextSink } from '../src/hosts/cli/output.ts';
import type { Progress } from '../src/job/types.ts';

const MiB = 1024 * 1024;
const snap = (over: Partial<Progress> = {}): Progress => ({
  phase: 'transferring',
  scanned: 40,
  transferred: 10,
  skipped: 2,
  failed: 0,
  deleted: 0,
  bytes: 3 * MiB,
  bytesPlanned: 10 * MiB,
  elapsedMs: 2000,
  total: 40,
  retries: 0,
  listingComplete: true,
  ...over,
});

test('the line: done/total files, bytes of planned, percent, rate, ETA, skipped, retries', () => {
  assert.equal(progressLine(snap({ retries: 2 })), '[transferring] 12/40 files · 3.00 MiB/10.0 MiB 30.0% · 1.50 MiB/s · ETA 0:05 · 2 skipped · 2 retries');
  assert.equal(progressLine(snap({ skipped: 0, transferred: 12, failed: 1, retries: 1 })), '[transferring] 13/40 files · 3.00 MiB/10.0 MiB 30.0% · 1.50 MiB/s · ETA 0:05 · 1 failed · 1 retry');
});

test('while the listing runs the totals are marked as growing and there is no ETA', () => {
  const line = progressLine(snap({ listingComplete: false }));
  assert.equal(line, '[transferring] 12/40+ files · 3.00 MiB/10.0 MiB+ 30.0% · 1.50 MiB/s · 2 skipped · 0 retries');
  assert.equal(rateAndEta(snap({ listingComplete: false })).etaSeconds, undefined);
});

test('ETA: from the bytes left at the average rate; none before any byte moved; 0 when all is sent', () => {
  assert.equal(rateAndEta(snap()).etaSeconds, 5);
  assert.equal(rateAndEta(snap({ bytes: 0 })).etaSeconds, undefined);
  assert.equal(rateAndEta(snap({ bytes: 10 * MiB })).etaSeconds, 0);
  assert.match(progressLine(snap({ bytes: 0 })), /· —\/s · 2 skipped/);
  assert.equal(formatEta(75), '1:15');
  assert.equal(formatEta(3725), '1:02:05');
  assert.equal(formatEta(0), '0:00');
});

test('the rate is that of the last 10 s, not an average dragged down by the listing before the first byte', () => {
  const m = new RateMeter();
  // 20 s of listing, nothing sent; then 1 MiB/s.
  assert.equal(m.add(snap({ elapsedMs: 20_000, bytes: 0 })), 0);
  m.add(snap({ elapsedMs: 25_000, bytes: 5 * MiB }));
  const now = m.add(snap({ elapsedMs: 30_000, bytes: 10 * MiB, bytesPlanned: 40 * MiB }));
  assert.equal(now, MiB);
  assert.equal(rateAndEta(snap({ elapsedMs: 30_000, bytes: 10 * MiB, bytesPlanned: 40 * MiB }), now).etaSeconds, 30);
  // The average since the start (10 MiB in 30 s) would say 90 s.
  assert.equal(rateAndEta(snap({ elapsedMs: 30_000, bytes: 10 * MiB, bytesPlanned: 40 * MiB })).etaSeconds, 90);
  // Older samples leave the window.
  m.add(snap({ elapsedMs: 40_000, bytes: 30 * MiB }));
  assert.equal(m.add(snap({ elapsedMs: 45_000, bytes: 35 * MiB })), (25 * MiB) / 15);
});

test('CI logs print the same line, marked as azcp\'s', () => {
  assert.equal(ciProgressLine(snap()), `[azcp] ${progressLine(snap())}`);
});

/** A terminal screen: what `text` written in order looks like. */
class FakeTerminal {
  lines: string[] = [''];
  private col = 0;
  constructor(readonly columns: number) {}
  write = (text: string): void => {
    for (const ch of text) {
      if (ch === '\r') this.col = 0;
      else if (ch === '\n') {
        this.lines.push('');
        this.col = 0;
      } else {
        if (this.col >= this.columns) {
          // A wrapped line: \r can only return to the start of this new row.
          this.lines.push('');
          this.col = 0;
        }
        const row = this.lines.length - 1;
        const l = this.lines[row].padEnd(this.col);
        this.lines[row] = l.slice(0, this.col) + ch + l.slice(this.col + 1);
        this.col++;
      }
    }
  };
  /** The screen without trailing spaces and the empty last row. */
  screen(): string[] {
    const rows = this.lines.map((l) => l.trimEnd());
    return rows.at(-1) === '' ? rows.slice(0, -1) : rows;
  }
}

function assertNotGlued(screen: string[], messages: string[]): void {
  for (const m of messages) {
    const row = screen.find((l) => l.includes(m));
    assert.ok(row !== undefined, `${m} is on the screen:\n${screen.join('\n')}`);
    assert.equal(row, m, `"${m}" has a row of its own, nothing of the progress line before or after it:\n${screen.join('\n')}`);
  }
}

test('on a terminal: one line redrawn in place; an error, a warning and the summary each start on a clean row', () => {
  const tty = new FakeTerminal(200);
  const term = new LiveLine({ out: tty.write, err: tty.write, columns: tty.columns });
  term.draw(progressLine(snap()));
  term.draw(progressLine(snap({ transferred: 20, bytes: 6 * MiB })));
  assert.equal(tty.screen().length, 1, 'redrawn, not appended');
  term.err('error: upload failed: a.bin: connection reset\n');
  term.draw(progressLine(snap({ transferred: 30 })));
  term.err('warning: the SAS expires in 5 minutes\n');
  term.draw(progressLine(snap({ transferred: 40, bytes: 10 * MiB })));
  term.end();
  term.out('Job X Completed in 2.0 s\n');
  const screen = tty.screen();
  assertNotGlued(screen, ['error: upload failed: a.bin: connection reset', 'warning: the SAS expires in 5 minutes', 'Job X Completed in 2.0 s']);
  assert.ok(!screen.some((l) => l.includes('[transferring]')), `the last progress line is cleared before the summary:\n${screen.join('\n')}`);
});

test('a window narrower than the line: it is cut to fit, so the redraw and the clearing still work', () => {
  const tty = new FakeTerminal(40);
  const term = new LiveLine({ out: tty.write, err: tty.write, columns: tty.columns });
  term.draw(progressLine(snap()));
  term.draw(progressLine(snap({ transferred: 20 })));
  assert.equal(tty.screen().length, 1, tty.screen().join('\n'));
  assert.ok(tty.screen()[0].length < 40);
  term.err('error: boom\n');
  assertNotGlued(tty.screen(), ['error: boom']);
});

test('the CLI text sink: on a terminal progress is redrawn and a log line lands on its own row; in a log every progress line ends with a newline', () => {
  const tty = new FakeTerminal(200);
  const io = { out: tty.write, err: tty.write, isTTY: true, env: {}, columns: 200 };
  const term = new LiveLine(io);
  const hooks = new TextSink(io, term, 'copy', () => false).hooks(() => false);
  hooks.progress!(snap());
  hooks.log!('error', 'upload failed: b.bin: 403');
  hooks.progress!(snap({ transferred: 11 }));
  hooks.log!('warning', 'slow');
  assertNotGlued(tty.screen(), ['error: upload failed: b.bin: 403', 'warning: slow']);

  let log = '';
  const ci = { out: (t: string) => (log += t), err: (t: string) => (log += t), isTTY: false, env: {} };
  const ciHooks = new TextSink(ci, new LiveLine(ci), 'copy', () => false).hooks(() => false);
  ciHooks.progress!(snap());
  ciHooks.log!('error', 'upload failed: c.bin');
  ciHooks.progress!(snap());
  assert.equal(log, `${progressLine(snap())}\nerror: upload failed: c.bin\n${progressLine(snap())}\n`);
});
