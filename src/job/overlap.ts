// Refuses a source and destination that overlap, before any request. A
// destination inside the source is listed as part of the source on the next
// run (and, while a job writes, possibly on this one): `sync c c/sub` nests
// c/sub/sub/... one level deeper every time and never reconciles. A source
// equal to the destination has nothing to do and hides a typo. A source
// inside the destination is harmless, except for a sync that deletes what
// the source lacks: the source itself is in the destination, so it goes.
import type { Location, RemoteLocation } from '../contract/location.ts';
import { UsageError } from '../contract/errors.ts';

/** The same machine however the loopback address is written; the same service (a container and a share of one name are not the same place). */
function endpointKey(loc: RemoteLocation): string {
  const u = new URL(loc.serviceUrl);
  const host = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) ? 'loopback' : u.hostname;
  return `${loc.kind}|${u.protocol}//${host}:${u.port}${u.pathname.replace(/\/+$/, '')}|${loc.container}`;
}

/** The location's folder or blob as '/'-separated segments. */
function segments(loc: RemoteLocation): string[] {
  return loc.path.split('/').filter(Boolean);
}

function isWithin(inner: string[], outer: string[]): boolean {
  return outer.length <= inner.length && outer.every((s, i) => s === inner[i]);
}

/**
 * Whether the job's writes could land where its source lists: only when
 * both sides are in one container or share (a copy from c/a/* into c/ may
 * write names under a/). A local side and a URL never share a place.
 */
export function mayWriteIntoSource(source: Location, destination: Location): boolean {
  return source.remote && destination.remote && endpointKey(source) === endpointKey(destination);
}

export function refuseOverlap(
  source: Location,
  destination: Location,
  command: 'copy' | 'sync',
  deleteDestination: boolean,
  flag: (key: string) => string,
): void {
  // Two local paths are refused earlier; a local path and a URL cannot overlap.
  if (!source.remote || !destination.remote) return;
  if (endpointKey(source) !== endpointKey(destination)) return;
  const s = segments(source);
  const d = segments(destination);
  const here = (l: RemoteLocation) => `${l.container}/${l.path.replace(/\/+$/, '')}`.replace(/\/$/, '');
  if (s.length === d.length && isWithin(d, s)) {
    throw new UsageError(`the source and the destination are the same (${here(source)}): give a destination that is not the source`);
  }
  // A copy of a named blob or folder (not its contents) lands under its own
  // name inside the destination: into the source's parent, that is the
  // source itself (`copy c/keep/me.txt c/keep/`, `copy c/keep c/`).
  if (command === 'copy' && !source.contentsOnly && s.length > 0 && d.length === s.length - 1 && isWithin(s, d)) {
    throw new UsageError(
      `the copy would land on the source itself: ${here(source)} copied into ${here(destination) || destination.container} keeps its name there; give another destination folder`,
    );
  }
  if (isWithin(d, s)) {
    throw new UsageError(
      `the destination ${here(destination)} is inside the source ${here(source)}: every ${command} would take its own output as source again (nesting deeper each run); choose a destination outside the source`,
    );
  }
  if (command === 'sync' && deleteDestination && isWithin(s, d)) {
    throw new UsageError(
      `the source ${here(source)} is inside the destination ${here(destination)}: ${flag('deleteDestination')} would delete the source itself; sync to a destination that does not contain the source`,
    );
  }
}
