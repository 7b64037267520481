// make: creates the container a URL names.
import type { BlobLocation } from '../../storage/blob/location.ts';
import { makeContainer, containerExists, accessFacts } from '../../storage/blob/objects.ts';
import { preflightError } from '../../storage/errors.ts';
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks } from '../types.ts';
import { UsageError } from '../../contract/errors.ts';
import { openTarget } from '../sides.ts';

export async function makeCommand(ctx: JobContext, hooks: JobHooks): Promise<CommandOutcome> {
  const loc = ctx.options.source as BlobLocation;
  if (loc.path) throw new UsageError(`make creates a container; give the container URL without a path (…/${loc.container})`);
  const side = await openTarget(ctx, hooks, 'c');
  ctx.counts.total = 1;
  if (ctx.options.dryRun) {
    // A dry run changes nothing: it only says what make would do.
    const exists = await containerExists(side);
    ctx.log('info', exists ? `container ${loc.container} already exists; make would do nothing` : `make would create container ${loc.container}`);
    return {};
  }
  let created: boolean;
  try {
    created = await makeContainer(side);
  } catch (err) {
    throw preflightError(err, accessFacts(side, 'target'));
  }
  if (created) {
    ctx.counts.transferred = 1;
    ctx.fileLog('info', `created container ${loc.container}`);
  } else {
    ctx.counts.skipped = 1;
    ctx.skipped.push({ path: loc.container, reason: 'container already exists' });
    ctx.fileLog('info', `container ${loc.container} already exists; nothing to do`);
  }
  const display = ctx.options.source.display;
  return { success: created ? `Created container ${display}.` : `Container ${display} already exists; nothing to do.` };
}

