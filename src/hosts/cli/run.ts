// Runs one job for the terminal: options from raw inputs, Ctrl-C as a
// graceful stop, progress on stderr, the summary (or JSON) on stdout, and
// the exit status. Used by a command line and by `jobs resume`.
import { parseJobOptions } from '../../job/options.ts';
import { mergeOptions } from '../../job/merge-options.ts';
import type { RawInputs } from '../../contract/options.ts';
import { runJob } from '../../job/run.ts';
import { formatBytes, throughput } from '../../job/evidence/format.ts';
import type { JobReport, Progress, ListedObject } from '../../job/types.ts';
import { flagOf } from '../../contract/inputs.ts';
import { LiveLine } from './live-line.ts';
import { summaryText } from './summary.ts';
import { printable } from '../../job/printable.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width, when stderr is one: the progress line never wraps. */
  columns?: number;
  /** Aborted when stdout's reader went away (`azcp list … | head -1`). */
  outputClosed?: AbortSignal;
}

/** Exit status when stdout's reader went away during a listing: what a
 *  process killed by SIGPIPE reports (AzCopy, ls, find), without the kill. */
export const EXIT_OUTPUT_CLOSED = 128 + 13;

/** Runs a job from raw inputs (also used by `jobs resume`). */
export async function runWithInputs(raw: RawInputs, io: CliIo, jobId?: string): Promise<number> {
  // A merge's options are those of the job its shards ran (read from their folders).
  const options = raw.mode === 'merge' ? mergeOptions(raw, flagOf) : parseJobOptions(raw, flagOf);
  const controller = new AbortController();
  const term = new LiveLine(io);
  let interrupts = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      term.err(`azcp: ${sig} again; stopping now. The job can be resumed.\n`);
      process.exit(130);
    }
    term.err(`azcp: ${sig}: finishing in-flight requests and writing the report (press again to stop at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A listing nobody reads any more stops, and says nothing (as `ls | head` does).
  let outputGone = false;
  const onOutputClosed = () => {
    outputGone = true;
    if (options.command === 'list') controller.abort();
  };
  if (io.outputClosed?.aborted) onOutputClosed();
  else io.outputClosed?.addEventListener('abort', onOutputClosed, { once: true });
  const quiet = () => outputGone && options.command === 'list';
  const json = options.outputType === 'json';
  const listed: ListedObject[] = [];
  try {
    const report = await runJob(options, {
      signal: controller.signal,
      jobId,
      log: (level, message) => {
        if (!quiet()) term.err(`${level === 'info' ? '' : `${level}: `}${message}\n`);
      },
      progressIntervalMs: io.isTTY ? 500 : 10_000,
      progress: (p) => {
        if (options.command === 'list' || options.command === 'make') return;
        const line = progressLine(p);
        if (io.isTTY && p.phase !== 'done') term.draw(line);
        else if (p.phase !== 'done') term.err(line + '\n');
      },
      onListEntry: (e) => {
        if (json) listed.push(e);
        else if (!outputGone) term.out(`${printable(e.name)}\t${e.size}\t${e.lastModified}\t${e.tier ?? ''}\t${e.md5 ?? ''}\n`);
      },
    });
    term.end();
    if (quiet()) return EXIT_OUTPUT_CLOSED;
    printReport(report, options.command, json, listed, io);
    return report.exitCode;
  } finally {
    // Before any error reaches the terminal: it starts on a line of its own.
    term.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    io.outputClosed?.removeEventListener('abort', onOutputClosed);
  }
}

function progressLine(p: Progress): string {
  const secs = Math.max(p.elapsedMs / 1000, 0.001);
  const pct = p.bytesPlanned > 0 ? ` ${Math.min(100, (p.bytes / p.bytesPlanned) * 100).toFixed(1)}%` : '';
  return `[${p.phase}] ${p.transferred} done, ${p.skipped} skipped, ${p.failed} failed, ${p.deleted} deleted of ${p.scanned} scanned · ${formatBytes(p.bytes)}${pct} · ${throughput(p.bytes, secs * 1000)} · ${Math.round(secs)} s`;
}

export function printReport(report: JobReport, command: string, json: boolean, listed: ListedObject[], io: CliIo): void {
  if (json) {
    io.out(JSON.stringify(command === 'list' ? { ...report, blobs: listed } : report, null, 2) + '\n');
    return;
  }
  if (command === 'list') {
    io.err(report.exitCode === 0 ? `${report.counts.total} blobs listed.\n` : `${report.message}\n`);
    return;
  }
  if (command === 'make') {
    io.out(`${report.exitCode === 0 ? (report.counts.transferred ? 'Created' : 'Already exists:') : report.message} ${report.source}\n`);
    return;
  }
  io.out(summaryText(report) + '\n');
}
