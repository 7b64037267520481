// A SAS for one object rather than its container: a blob SAS (sr=b) or a
// file SAS (sr=f). It grants that object and nothing around it: no listing,
// not even of the object's folder. A side with one checks, before any
// request, that the URL names one object, and asks no list permission of
// it (such a SAS has no l); its probe then asks for the object itself.
import { checkSas } from '../auth/sas.ts';
import { UsageError } from '../contract/errors.ts';
import type { RemoteLocation } from '../contract/location.ts';
import { sasLetters } from './sas-letters.ts';
import type { Permission } from './side.ts';

/** Whether `sas` is a SAS for one object: its signed resource (sr=) is `resource` (b for a blob, f for a file). */
export const isObjectSas = (sas: string, resource: string): boolean => new URLSearchParams(sas).get('sr') === resource;

/** checkAccess for a side whose SAS grants one object. words: 'file', 'share', 'f' (or 'blob', 'container', 'b'). */
export function checkObjectSas(loc: RemoteLocation, role: 'source' | 'destination' | 'target', sas: string, needs: readonly Permission[], words: { one: string; container: string; sr: string }): string[] {
  if (loc.path === '' || loc.path.endsWith('/') || loc.contentsOnly || loc.wildcard) {
    throw new UsageError(
      `the ${role} "${loc.display}" names a folder or the ${words.container}, but its SAS is a ${words.one} SAS (sr=${words.sr}), which grants one ${words.one} only: name that ${words.one}, or use a ${words.container} SAS`,
    );
  }
  return checkSas(sas, role, sasLetters(needs.filter((p) => p !== 'list')));
}
