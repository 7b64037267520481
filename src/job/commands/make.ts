// make: creates the container a URL names.
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks } from '../types.ts';
import { UsageError } from '../../contract/errors.ts';
import { targetSide, connectTarget } from '../sides.ts';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export async function makeCommand(ctx: JobContext, hooks: JobHooks): Promise<CommandOutcome> {
  const side = targetSide(ctx, hooks);
  const noun = side.nouns.container;
  const name = side.containerName;
  // Checked before any auth: a path is a mistake, whatever the credentials.
  if (side.location.path) throw new UsageError(`make creates a ${noun}; give the ${noun} URL without a path (…/${name})`);
  await connectTarget(ctx, side, ['create']);
  ctx.counts.total = 1;
  if (ctx.options.dryRun) {
    // A dry run changes nothing: it only says what make would do.
    const exists = await side.containerExists();
    ctx.log('info', exists ? `${noun} ${name} already exists; make would do nothing` : `make would create ${noun} ${name}`);
    return {};
  }
  let created: boolean;
  try {
    created = await side.makeContainer();
  } catch (err) {
    throw side.preflightError(err);
  }
  if (created) {
    ctx.counts.transferred = 1;
    ctx.fileLog('info', `created ${noun} ${name}`);
  } else {
    ctx.counts.skipped = 1;
    ctx.skipped.push({ path: name, reason: `${noun} already exists` });
    ctx.fileLog('info', `${noun} ${name} already exists; nothing to do`);
  }
  const display = ctx.options.source.display;
  return { success: created ? `Created ${noun} ${display}.` : `${capital(noun)} ${display} already exists; nothing to do.` };
}
