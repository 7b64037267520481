// The terminal host: argv in; progress on stderr, the summary (or JSON) on
// stdout; the exit status out. It only translates — the job does the work.
import { parseJobOptions, type RawInputs } from '../job/options.ts';
import { runJob } from '../job/run.ts';
import { UsageError } from '../job/errors.ts';
import { redact } from '../auth/redact.ts';
import { summaryText, formatBytes, throughput } from '../job/report.ts';
import type { JobReport, Progress, ListedBlob } from '../job/types.ts';
import { COMMANDS, commandHelp, mainHelp, parseFlags, kebab } from './cli-args.ts';
import { jobsCommand } from './cli-jobs.ts';
import { VERSION } from '../version.ts';

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

const defaultIo = (): CliIo => {
  // A reader that closes the pipe early (head, grep -q) makes the next write
  // fail with EPIPE, reported as an 'error' event: unhandled, Node printed a
  // stack trace. The output is simply dropped from then on.
  const outClosed = new AbortController();
  let errClosed = false;
  process.stdout.on('error', () => outClosed.abort());
  process.stderr.on('error', () => (errClosed = true));
  return {
    out: (t) => void (outClosed.signal.aborted || process.stdout.write(t)),
    err: (t) => void (errClosed || process.stderr.write(t)),
    isTTY: !!process.stderr.isTTY,
    env: process.env,
    columns: process.stderr.isTTY ? process.stderr.columns : undefined,
    outputClosed: outClosed.signal,
  };
};

/**
 * Stderr on a terminal while a job runs: one progress line redrawn in place,
 * and everything else. Anything else written (a log line, an error, the
 * summary on stdout) first clears the progress line, so it starts on a line
 * of its own; the line is cut to the terminal's width, since a wrapped line
 * cannot be redrawn or cleared with a carriage return.
 */
class LiveLine {
  private shown = 0;
  constructor(private readonly io: CliIo) {}

  draw(line: string): void {
    const fit = this.io.columns && line.length >= this.io.columns ? line.slice(0, Math.max(1, this.io.columns - 2)) + '…' : line;
    this.io.err('\r' + fit.padEnd(this.shown));
    this.shown = fit.length;
  }

  end(): void {
    if (!this.shown) return;
    this.io.err('\r' + ' '.repeat(this.shown) + '\r');
    this.shown = 0;
  }

  out(text: string): void {
    this.end();
    this.io.out(text);
  }

  err(text: string): void {
    this.end();
    this.io.err(text);
  }
}

export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const code = err instanceof UsageError ? 2 : 1;
    io.err(`azcp: ${redact((err as Error).message ?? String(err))}\n`);
    return code;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.out((topic && COMMANDS[topic] ? commandHelp(COMMANDS[topic]) : mainHelp(VERSION)) + '\n');
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`azcp ${VERSION}\n`);
    return 0;
  }
  if (command === 'jobs') return jobsCommand(rest, io);
  const spec = COMMANDS[command];
  if (!spec) {
    throw new UsageError(`unknown command "${command}"; commands are ${[...Object.keys(COMMANDS), 'jobs'].join(', ')} (azcp --help)`);
  }
  const parsed = parseFlags(rest, spec.flags, command);
  if (parsed.help) {
    io.out(commandHelp(spec) + '\n');
    return 0;
  }
  if (parsed.positionals.length > spec.positionals.length) {
    throw new UsageError(`${command} takes ${spec.positionals.length === 1 ? 'one location' : 'a source and a destination'}; unexpected "${redact(parsed.positionals[spec.positionals.length])}" (quote URLs that contain & or ?)`);
  }
  if (parsed.positionals.length < spec.positionals.length) {
    throw new UsageError(`${command} needs ${spec.positionals.join(' and ')}: ${spec.usage}`);
  }
  const raw: RawInputs = { ...parsed.raw, mode: command };
  spec.positionals.forEach((key, i) => (raw[key] = parsed.positionals[i]));
  raw.commandLine = ['azcp', ...argv].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ');
  return runWithInputs(raw, io);
}

/** Runs a job from raw inputs (also used by `jobs resume`). */
export async function runWithInputs(raw: RawInputs, io: CliIo, jobId?: string): Promise<number> {
  const options = parseJobOptions(raw, (key) => `--${kebab(key === 'authType' ? 'auth' : key)}`);
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
  const listed: ListedBlob[] = [];
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
        else if (!outputGone) term.out(`${e.name}\t${e.size}\t${e.lastModified}\t${e.tier ?? ''}\t${e.md5 ?? ''}\n`);
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

function printReport(report: JobReport, command: string, json: boolean, listed: ListedBlob[], io: CliIo): void {
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
