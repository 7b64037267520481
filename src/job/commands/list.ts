// list: the blobs a URL names, to list.jsonl and to the host as they come.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { listBlobs } from '../../storage/blob/list.ts';
import { getBlobEntry, probeContainer } from '../../storage/blob/objects.ts';
import type { BlobEntry } from '../../storage/blob/entry.ts';
import type { JobContext } from '../context.ts';
import type { CommandOutcome, JobHooks } from '../types.ts';
import { scopeFilter } from '../scope-filter.ts';
import { wildcardMatcher, withSlash } from '../scope.ts';
import { openTarget } from '../sides.ts';

export async function listCommand(ctx: JobContext, hooks: JobHooks, signal?: AbortSignal): Promise<CommandOutcome> {
  const side = await openTarget(ctx, hooks, 'l');
  await probeContainer(side, 'target');
  const loc = side.loc;
  // A path naming one blob lists that blob; otherwise everything below it.
  const exact = loc.path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getBlobEntry(side, loc.path, '') : undefined;
  const out = createWriteStream(join(ctx.folder.dir, 'list.jsonl'));
  const keep = scopeFilter(ctx.options, '');
  const emit = (e: BlobEntry) => {
    const row = { name: e.blobName, size: e.size, lastModified: new Date(e.lastModifiedMs).toISOString(), tier: e.tier, md5: e.md5, contentType: e.contentType };
    ctx.counts.total++;
    ctx.counts.bytes += e.size;
    out.write(JSON.stringify(row) + '\n');
    hooks.onListEntry?.(row);
  };
  try {
    if (exact) emit(exact);
    else {
      const prefix = withSlash(loc.path);
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, '') : () => true;
      for await (const e of listBlobs(side, { prefix, stripPrefix: prefix, recursive: true })) {
        // Cancelled (Ctrl-C, or nobody reads the listing any more): stop listing.
        signal?.throwIfAborted();
        if (named(e.name) && keep(e)) emit(e);
      }
    }
  } finally {
    await new Promise<void>((r) => out.end(r));
  }
  ctx.scanned.source = ctx.counts.total;
  // Listed bytes are not transferred bytes; keep the report honest.
  ctx.fileLog('info', `listed ${ctx.counts.total} blobs, ${ctx.counts.bytes} bytes`);
  ctx.counts.bytes = 0;
  return { success: `Listed ${ctx.counts.total} blob(s).` };
}

