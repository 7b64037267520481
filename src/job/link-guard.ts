// A linked folder in a local source that azcp does not follow drops out of
// the source listing, so everything the destination holds under that name
// would look deleted at the source. Replacing a folder by a link to an
// identical folder must not turn into deletions without the user saying so:
// those deletions are withheld, and the job ends refused (exit 1) with a
// message that says how to choose.
import type { Entry } from '../engine/types.ts';
import { GuardError } from '../contract/errors.ts';

export interface LinkWithholding {
  /** Deletions withheld, over all links. */
  total: number;
  /** The planned deletions minus the withheld ones. */
  others<T extends Entry>(deletions: AsyncIterable<T>): AsyncGenerator<T>;
  /** Throws the guard's refusal if anything was withheld. */
  refuse(): void;
}

export async function withheldUnderLinks(links: ReadonlyArray<{ name: string; path: string }>, deletions: AsyncIterable<Entry>): Promise<LinkWithholding> {
  const linkOf = (name: string) => links.find((l) => name === l.name || name.startsWith(`${l.name}/`));
  const counts = new Map<string, number>();
  if (links.length) {
    for await (const e of deletions) {
      const link = linkOf(e.name);
      if (link) counts.set(link.name, (counts.get(link.name) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    async *others(items) {
      for await (const e of items) if (!total || !linkOf(e.name)) yield e;
    },
    refuse() {
      if (!total) return;
      const named = [...counts].map(([name, n]) => `${n} under "${name}/" (${links.find((l) => l.name === name)!.path} is a symbolic link to a folder, not followed)`);
      const first = [...counts.keys()][0];
      throw new GuardError(
        `${total} destination object(s) were not deleted: ${named.slice(0, 5).join('; ')}${named.length > 5 ? `; and ${named.length - 5} more link(s)` : ''}. ` +
          `They only look missing because the link was not followed. Pass --follow-symlinks to sync what the link points at, ` +
          `or leave the path out with --exclude-path "${first}".`,
      );
    },
  };
}
