// The terminal host: argv in; progress on stderr, the summary (or JSON) on
// stdout; the exit status out. It only translates — the job does the work.
import { UsageError } from '../../contract/errors.ts';
import { redact } from '../../auth/redact.ts';
import type { RawInputs } from '../../contract/options.ts';
import { VERSION } from '../../version.ts';
import { COMMANDS, TOOL_COMMANDS } from './commands.ts';
import { completionScript } from './completion.ts';
import { envText } from './env-command.ts';
import { loginCommand, logoutCommand, LOGIN_HELP } from './login.ts';
import { parseFlags } from './args.ts';
import { commandHelp, mainHelp, COMPLETION_HELP, ENV_HELP, JOBS_HELP } from './help.ts';
import { jobsCommand } from './jobs.ts';
import { runWithInputs, type CliIo } from './run.ts';
import { jsonErrorLine, wantsJson } from './output.ts';

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
    // A getter: a window resized while a job runs gets a line of its new width.
    get columns() {
      return process.stderr.isTTY ? process.stderr.columns : undefined;
    },
    outputClosed: outClosed.signal,
  };
};

export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const code = err instanceof UsageError ? 2 : 1;
    const message = redact((err as Error).message ?? String(err));
    // JSON output: the error is a line of it, and stdout carries nothing else.
    // (Only for the commands that print JSON lines: a job, jobs list, show,
    // resume and merge, login status.)
    const jobCommand = !!COMMANDS[argv[0]] || (argv[0] === 'jobs' && ['list', 'show', 'resume', 'merge'].includes(argv[1])) || (argv[0] === 'login' && argv[1] === 'status');
    if (jobCommand && wantsJson(argv)) io.out(jsonErrorLine(message));
    else io.err(`azcp: ${message}\n`);
    return code;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    const tools: Record<string, string> = { jobs: JOBS_HELP, login: LOGIN_HELP, logout: LOGIN_HELP, completion: COMPLETION_HELP, env: ENV_HELP };
    io.out((topic && COMMANDS[topic] ? commandHelp(COMMANDS[topic]) : topic && tools[topic] ? tools[topic] : mainHelp(VERSION)) + '\n');
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`azcp ${VERSION}\n`);
    return 0;
  }
  if (command === 'jobs') return jobsCommand(rest, io);
  if (command === 'login') return loginCommand(rest, io);
  if (command === 'logout') return logoutCommand(rest, io);
  if (command === 'completion') {
    if (rest[0] === '--help' || rest[0] === '-h') {
      io.out(COMPLETION_HELP + '\n');
      return 0;
    }
    io.out(completionScript(rest[0]));
    return 0;
  }
  if (command === 'env') {
    if (rest.length) {
      if (rest[0] === '--help' || rest[0] === '-h') {
        io.out(ENV_HELP + '\n');
        return 0;
      }
      throw new UsageError(`env takes no arguments (azcp env --help)`);
    }
    io.out(envText(io.env));
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    throw new UsageError(`unknown command "${command}"; commands are ${[...Object.keys(COMMANDS), ...TOOL_COMMANDS.map((c) => c.name)].join(', ')} (azcp --help)`);
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
