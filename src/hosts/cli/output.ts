// Where a job's messages go on the terminal: the job speaks through its
// hooks (log, progress, onStart, onDryRun, onListEntry) and one sink per
// --output-type turns them into text or into JSON lines. A new message in
// job/ (ctx.log, ctx.warn) reaches both without a change here.
import type { JobOptions, LogLevel } from '../../contract/options.ts';
import type { JobHooks, JobReport } from '../../job/types.ts';
import { printable } from '../../job/printable.ts';
import { envNumber, progressIntervalMs } from '../../contract/env.ts';
import type { LiveLine } from './live-line.ts';
import { progressLine, RateMeter } from '../../job/evidence/progress-line.ts';
import { dryrunContent, endOfJobContent, initContent, jsonLine, listObjectContent, progressContent, type MessageType } from './json-lines.ts';
import type { CliIo } from './io.ts';
import { summaryText } from './summary.ts';

type SinkHooks = Pick<JobHooks, 'log' | 'progress' | 'progressIntervalMs' | 'onListEntry' | 'onStart' | 'onDryRun' | 'onFatal'>;

export interface OutputSink {
  /** The hooks the job calls; `quiet` is true once a listing's reader went away. */
  hooks(quiet: () => boolean): SinkHooks;
  /** The job's end: the summary, or the EndOfJob line. */
  end(report: JobReport): void;
}

/** --output-type text: progress and log lines on stderr, the summary and listings on stdout. */
export class TextSink implements OutputSink {
  constructor(
    private readonly io: CliIo,
    private readonly term: LiveLine,
    private readonly command: JobOptions['command'],
    private readonly outputGone: () => boolean,
  ) {}

  hooks(quiet: () => boolean): SinkHooks {
    const { io, term } = this;
    const meter = new RateMeter();
    return {
      log: (level, message) => {
        if (!quiet()) term.err(`${level === 'info' ? '' : `${level}: `}${message}\n`);
      },
      // A terminal redraws often; a log (stderr to a file or a CI step) gets a line every AZCP_PROGRESS_INTERVAL_MS.
      progressIntervalMs: io.isTTY ? 500 : progressIntervalMs(io.env),
      progress: (p) => {
        if (this.command === 'list' || this.command === 'make' || p.phase === 'done') return;
        const line = progressLine(p, meter.add(p));
        if (io.isTTY) term.draw(line);
        else term.err(line + '\n');
      },
      onListEntry: (e) => {
        if (!this.outputGone()) term.out(`${printable(e.name)}\t${e.size}\t${e.lastModified}\t${e.tier ?? ''}\t${e.md5 ?? ''}\n`);
      },
    };
  }

  end(report: JobReport): void {
    printReport(report, this.command, this.io);
  }
}

// AzCopy's Error line is a fatal error: the job ends with it. A failed
// transfer is not one (AzCopy counts it in the summary and carries on), so
// the job's error-level messages while it runs are Info lines here, their
// reasons also in EndOfJob's FailedTransfers; a tool that stops at the first
// Error still reads the EndOfJob of a job whose transfers failed.
const TYPE_OF_LEVEL: Record<LogLevel, MessageType> = { error: 'Info', warning: 'Warning', info: 'Info', debug: 'Info' };

/**
 * --output-type json: AzCopy's JSON lines on stdout, and nothing else there.
 * Init first, then Info/Warning as the job logs (at --log-level; the
 * same lines as text on stderr, no progress there), failed transfers as Info,
 * one Error line only for a fatal error (just before EndOfJob),
 * Progress every AZCP_PROGRESS_INTERVAL_MS (default 2 s, as AzCopy), Dryrun
 * and ListObject lines as they come, EndOfJob with the report last.
 */
export class JsonLinesSink implements OutputSink {
  private jobId = '';
  private fatal: string | undefined;
  constructor(
    private readonly io: CliIo,
    private readonly options: JobOptions,
  ) {}

  private write(type: MessageType, content: string | object): void {
    this.io.out(jsonLine(type, content));
  }

  hooks(quiet: () => boolean): SinkHooks {
    const o = this.options;
    const every = this.io.env.AZCP_PROGRESS_INTERVAL_MS ? envNumber('AZCP_PROGRESS_INTERVAL_MS', this.io.env) : 2000;
    const meter = new RateMeter();
    return {
      onStart: (s) => {
        this.jobId = s.jobId;
        this.write('Init', initContent(s, o.merge));
      },
      log: (level, message) => {
        if (quiet()) return;
        this.write(TYPE_OF_LEVEL[level], message);
        // The same words on stderr, for the person at the terminal: stdout
        // stays JSON lines only, which is what a tool reads.
        this.io.err(`${level === 'info' ? '' : `${level}: `}${message}\n`);
      },
      progressIntervalMs: every,
      progress: (p) => {
        // The last snapshot (phase done) is printed too: the final tally, as
        // AzCopy prints one before its EndOfJob. list and make have no progress to speak of.
        if (o.command === 'list' || o.command === 'make') return;
        this.write('Progress', progressContent(this.jobId, p, meter.add(p)));
      },
      onDryRun: (rec) => this.write('Dryrun', dryrunContent(rec, o.source, o.destination)),
      onFatal: (message) => (this.fatal = message),
      onListEntry: (e) => {
        if (!quiet()) this.write('ListObject', listObjectContent(e));
      },
    };
  }

  end(report: JobReport): void {
    // A fatal error: one Error line, as AzCopy ends such a job; the EndOfJob
    // with the report still follows it, for a tool that reads on.
    if (this.fatal !== undefined) this.write('Error', this.fatal);
    this.write('EndOfJob', endOfJobContent(report, this.options.merge));
  }
}

/** A failure before or outside any job (bad input): one Error line. */
export function jsonErrorLine(message: string): string {
  return jsonLine('Error', message);
}

/** Whether these arguments ask for JSON output (read before they are parsed, so that a usage error is a JSON line too). */
export function wantsJson(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--output-type' && argv[i + 1] === 'json') return true;
    if (argv[i] === '--output-type=json') return true;
  }
  return false;
}

/** The end of a job in text: the summary on stdout (list: the count on stderr). */
export function printReport(report: JobReport, command: string, io: Pick<CliIo, 'out' | 'err'>): void {
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
