// list: the objects a URL names, to list.jsonl and to the host as they come.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../engine/types.ts';
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks, ListedObject } from '../types.ts';
import { scopeFilter } from '../scope-filter.ts';
import { targetSide, connectTarget, provenBy } from '../sides.ts';

export async function listCommand(ctx: JobContext, hooks: JobHooks, signal?: AbortSignal): Promise<CommandOutcome> {
  const side = targetSide(ctx, hooks);
  await connectTarget(ctx, side, ['list']);
  // A scope found without a request is proven by its listing's first page
  // (sides.ts); otherwise by the probe, before the scope's own requests.
  const provenByListing = side.listingProves?.() ?? false;
  if (!provenByListing) await side.probe();
  // A path naming one object lists that object; otherwise everything below it.
  const scope = await side.targetScope('list');
  const listing = scope.single ? undefined : provenByListing ? await provenBy(side, scope.list(signal)) : scope.list(signal);
  const out = createWriteStream(join(ctx.folder.dir, 'list.jsonl'));
  const keep = scopeFilter(ctx.options, '');
  const emit = (e: Entry) => {
    const p = side.properties(e);
    // This key order is what list.jsonl and --output-type json show.
    const row: ListedObject = { name: p.fullName, size: p.size, lastModified: new Date(p.lastModifiedMs).toISOString(), tier: p.tier, md5: p.md5, contentType: p.contentType };
    ctx.counts.total++;
    ctx.counts.bytes += e.size;
    out.write(JSON.stringify(row) + '\n');
    hooks.onListEntry?.(row);
  };
  try {
    if (scope.single) emit(scope.single);
    else for await (const e of listing!) if (keep(e)) emit(e);
  } finally {
    await new Promise<void>((r) => out.end(r));
  }
  ctx.scanned.source = ctx.counts.total;
  // Listed bytes are not transferred bytes; keep the report honest.
  ctx.fileLog('info', `listed ${ctx.counts.total} ${side.nouns.many}, ${ctx.counts.bytes} bytes`);
  ctx.counts.bytes = 0;
  return { success: `Listed ${ctx.counts.total} ${side.nouns.one}(s).` };
}
