// The CDN purge of a copy or sync: after the writes and deletions (the
// files are live), purge exactly the paths this job changed — or /* past
// --purge-max-paths — from every endpoint given. A dry run only lists the
// paths. A failed purge fails the job (its files are live; only the CDN's
// copies are stale) unless purgeFailure is warn.
import type { JobOptions } from '../../contract/options.ts';
import { armEndpoint, armTokenSource } from '../../auth/arm.ts';
import type { JobContext } from '../context.ts';
import type { JobHooks } from '../types.ts';
import type { Published, PurgeOutcome } from './published.ts';
import { purgeEndpoint } from './cdn-purge.ts';

export async function purgeAfterJob(ctx: JobContext, hooks: JobHooks, purge: NonNullable<JobOptions['purge']>, published: Published, signal: AbortSignal): Promise<void> {
  const { paths, everything } = published.purgePaths();
  const report = { paths, everything, changed: published.changed, results: [] as PurgeOutcome[] };
  published.report.purge = report;
  if (published.changed === 0) {
    ctx.log('info', 'nothing changed: no CDN purge');
    return;
  }
  const what = everything ? `/* (${published.changed} paths changed, more than --purge-max-paths ${purge.maxPaths})` : `${paths.length} path(s)`;
  if (ctx.options.dryRun) {
    for (const endpoint of purge.endpoints) report.results.push({ endpoint, status: 'DryRun' });
    ctx.log('info', `would purge ${what} from ${purge.endpoints.length} CDN endpoint(s): ${paths.slice(0, 20).join(' ')}${paths.length > 20 ? ' …' : ''}`);
    return;
  }
  const arm = armEndpoint();
  const token = await armTokenSource(ctx.options.auth, hooks.credential, arm);
  const failures: string[] = [];
  for (const endpoint of purge.endpoints) {
    ctx.log('info', `purging ${what} from ${endpoint}`);
    let outcome: PurgeOutcome;
    try {
      const r = await purgeEndpoint({ endpoint, paths, wait: purge.wait, signal, arm, token, onProgress: (m) => ctx.log('debug', m) });
      outcome = { endpoint, status: r.status, ...(r.status === 'Started' ? { operation: r.operations.join(' ') } : {}), ...(r.error ? { error: r.error } : {}) };
    } catch (err) {
      if (signal.aborted) throw err;
      outcome = { endpoint, status: 'Failed', error: ctx.describe(err) };
    }
    report.results.push(outcome);
    if (outcome.status === 'Failed') failures.push(`${endpoint}: ${outcome.error}`);
    else ctx.log('info', `purge of ${endpoint}: ${outcome.status === 'Started' ? 'started (not waited for: --purge-wait false)' : 'done'}`);
  }
  if (failures.length === 0) return;
  const message = `the files are written and live, but the CDN purge failed, so the CDN may serve old copies until they expire: ${failures.join('; ')}`;
  if (purge.failure === 'warn') ctx.warn(message);
  else ctx.purgeFailed = message;
}
