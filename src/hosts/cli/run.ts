// Runs one job for the terminal: options from raw inputs, Ctrl-C as a
// graceful stop, the job's messages through one sink (text: progress on
// stderr, the summary on stdout; json: AzCopy's JSON lines on stdout), and
// the exit status. Used by a command line and by `jobs resume`.
import { parseJobOptions } from '../../job/options.ts';
import { mergeOptions } from '../../job/merge-options.ts';
import type { RawInputs } from '../../contract/options.ts';
import { runJob } from '../../job/run.ts';
import { flagOf } from '../../contract/inputs.ts';
import { LiveLine } from './live-line.ts';
import { JsonLinesSink, TextSink } from './output.ts';
import type { CliIo } from './io.ts';

export type { CliIo } from './io.ts';

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
  const sink = json ? new JsonLinesSink(io, options) : new TextSink(io, term, options.command, () => outputGone);
  try {
    const report = await runJob(options, {
      signal: controller.signal,
      jobId,
      ...sink.hooks(quiet),
    });
    term.end();
    if (quiet()) return EXIT_OUTPUT_CLOSED;
    sink.end(report);
    return report.exitCode;
  } finally {
    // Before any error reaches the terminal: it starts on a line of its own.
    term.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    io.outputClosed?.removeEventListener('abort', onOutputClosed);
  }
}
