// What earlier runs of a resumed job did. The journal says what they
// finished; for an object whose journal line a killed run never wrote, the
// destination itself is the evidence.
import type { Entry } from '../engine/types.ts';
import { completedPaths, type EarlierRuns } from './evidence/journal.ts';
import type { JobContext } from './context.ts';
import type { JobHooks } from './types.ts';

export interface ResumeState {
  /** This run resumes a job (azcp jobs resume). */
  resuming: boolean;
  /** What the journal says earlier runs did; undefined for a new job. */
  earlier?: EarlierRuns;
}

export async function resumeState(ctx: JobContext, hooks: JobHooks): Promise<ResumeState> {
  const earlier = hooks.jobId ? await completedPaths(ctx.options.jobDir, hooks.jobId) : undefined;
  const done = earlier?.transferred;
  if (done?.size) ctx.log('info', `resuming: ${done.size} objects completed in earlier runs are skipped`);
  return { resuming: !!hooks.jobId, earlier };
}

/** Whether an earlier run of this job already transferred `source`, and what says so. */
export function doneEarlier(source: Entry, destination: Entry | undefined, state: ResumeState): 'journal' | 'destination' | undefined {
  if (state.earlier?.transferred.has(source.name)) return 'journal';
  if (state.resuming && destination && writtenByEarlierRun(source, destination)) return 'destination';
  return undefined;
}

/**
 * A killed run can finish a transfer and die before its journal line is
 * written. azcp stamps every object it writes with the source's
 * modification time (blob metadata, or the local file's time), so an object
 * of the same size and the same time is one an earlier run of this job wrote.
 */
function writtenByEarlierRun(source: Entry, destination: Entry): boolean {
  return source.size === destination.size && source.mtimeMs === destination.mtimeMs;
}
