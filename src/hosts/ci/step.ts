// The flow both CI hosts (GitHub Actions, Azure Pipelines) share: inputs →
// options → credential → job → publish. No CI library is imported here: each
// host passes its own input reader, logger and publisher in (StepHost).
import type { TokenCredential } from '@azure/core-auth';
import type { JobOptions } from '../../contract/options.ts';
import { parseJobOptions } from '../../job/options.ts';
import { mergeOptions } from '../../job/merge-options.ts';
import type { JobReport, Progress } from '../../job/types.ts';
import type { LogLevel } from '../../contract/options.ts';
import { redact, describeError } from '../../auth/redact.ts';
import { UsageError } from '../../contract/errors.ts';
import { runJob } from '../../job/run.ts';
import type { StepInputs } from './inputs.ts';
import { listPrinter } from './progress.ts';
import { progressIntervalMs } from '../../contract/env.ts';

/**
 * An AbortSignal that fires on SIGINT or SIGTERM (a cancelled CI job), so the
 * job stops its transfers and still writes its report.
 */
export function cancellationSignal(onCancel?: (signal: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handlers: Array<[NodeJS.Signals, () => void]> = [];
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      if (!controller.signal.aborted) {
        onCancel?.(sig);
        controller.abort(new Error(`cancelled by ${sig}`));
      }
    };
    process.on(sig, handler);
    handlers.push([sig, handler]);
  }
  return {
    signal: controller.signal,
    dispose: () => {
      for (const [sig, handler] of handlers) process.off(sig, handler);
    },
  };
}

/** What each CI host supplies to the one step flow in runCiStep(). */
export interface StepHost {
  /** Reads and masks the inputs; throws UsageError on bad input. */
  readInputs(): StepInputs;
  /** The credential the host lends the job (OIDC, service connection), if any. */
  credential(inputs: StepInputs, options: JobOptions): Promise<TokenCredential | undefined>;
  log(level: LogLevel, message: string): void;
  progress(p: Progress): void;
  /** One plain line of output (listings). */
  print(line: string): void;
  warn(message: string): void;
  /** Fails the step with one line. */
  fail(message: string): void;
  /** mode merge: make inputs.raw.shardsFrom name local folders (download the shards' artifacts). */
  prepareMerge?(inputs: StepInputs): Promise<void>;
  /** Outputs, summary, artifact and the step's result. */
  publish(inputs: StepInputs, options: JobOptions, report: JobReport): Promise<void> | void;
}

/** The step's one line for an error that ended it before a report existed. */
export function failureMessage(err: unknown): string {
  // A UsageError's message is already the one line users need.
  return err instanceof UsageError ? redact(err.message) : describeError(err);
}

/** The flow both CI hosts share: inputs → options → credential → job → publish. */
export async function runCiStep(host: StepHost): Promise<void> {
  let inputs: StepInputs;
  let options: JobOptions;
  try {
    inputs = host.readInputs();
    // mode merge: the host first brings the shards' folders (GitHub downloads their artifacts).
    if (inputs.raw.mode === 'merge') {
      await host.prepareMerge?.(inputs);
      options = mergeOptions(inputs.raw);
    } else options = parseJobOptions(inputs.raw);
  } catch (err) {
    host.fail(failureMessage(err));
    return;
  }
  const cancel = cancellationSignal((sig) => host.warn(`azcp: ${sig} received, cancelling the job`));
  const listing = listPrinter((line) => host.print(redact(line)));
  let report: JobReport;
  try {
    const credential = await host.credential(inputs, options);
    report = await runJob(options, {
      credential,
      // ctx.log hands hosts text it has already redacted.
      log: (level, message) => host.log(level, message),
      progress: (p) => host.progress(p),
      progressIntervalMs: progressIntervalMs(),
      signal: cancel.signal,
      onListEntry: listing.onListEntry,
    });
    listing.finish();
  } catch (err) {
    host.fail(failureMessage(err));
    return;
  } finally {
    cancel.dispose();
  }
  await host.publish(inputs, options, report);
}
