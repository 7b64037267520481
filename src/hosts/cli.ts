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
}

const defaultIo = (): CliIo => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: !!process.stderr.isTTY,
  env: process.env,
});

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
  let interrupts = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      io.err(`\nazcp: ${sig} again; stopping now. The job can be resumed.\n`);
      process.exit(130);
    }
    io.err(`\nazcp: ${sig}: finishing in-flight requests and writing the report (press again to stop at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const json = options.outputType === 'json';
  const listed: ListedBlob[] = [];
  let lastLineLength = 0;
  try {
    const report = await runJob(options, {
      signal: controller.signal,
      jobId,
      log: (level, message) => {
        if (lastLineLength) {
          io.err('\r' + ' '.repeat(lastLineLength) + '\r');
          lastLineLength = 0;
        }
        io.err(`${level === 'info' ? '' : `${level}: `}${message}\n`);
      },
      progressIntervalMs: io.isTTY ? 500 : 10_000,
      progress: (p) => {
        if (options.command === 'list' || options.command === 'make') return;
        const line = progressLine(p);
        if (io.isTTY && p.phase !== 'done') {
          io.err('\r' + line.padEnd(lastLineLength));
          lastLineLength = line.length;
        } else if (p.phase !== 'done') io.err(line + '\n');
      },
      onListEntry: (e) => {
        if (json) listed.push(e);
        else io.out(`${e.name}\t${e.size}\t${e.lastModified}\t${e.tier ?? ''}\t${e.md5 ?? ''}\n`);
      },
    });
    if (lastLineLength) io.err('\r' + ' '.repeat(lastLineLength) + '\r');
    printReport(report, options.command, json, listed, io);
    return report.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
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
