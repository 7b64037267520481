// Blob Storage as a backend: what backends.ts needs to know of it.
import type { Backend } from '../side.ts';
import { claimsBlobUrl, parseBlobUrl, type BlobLocation } from './location.ts';
import { blobNameProblem } from './name.ts';
import { BlobSide } from './side.ts';

export const blobBackend: Backend = {
  kind: 'blob',
  claims: claimsBlobUrl,
  claimsWhenTold: claimsBlobUrl,
  parse: (text, url, role) => parseBlobUrl(text, url!, role),
  nameProblem: blobNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new BlobSide(loc as BlobLocation, role, access),
};
