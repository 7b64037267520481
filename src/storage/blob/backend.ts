// Blob Storage as a backend: what backends.ts needs to know of it.
import type { Backend } from '../side.ts';
import { claimsBlobUrl, parseBlobUrl } from './location.ts';
import { blobNameProblem } from './name.ts';

export const blobBackend: Backend = {
  kind: 'blob',
  claims: claimsBlobUrl,
  parse: (text, url, role) => parseBlobUrl(text, url!, role),
  nameProblem: blobNameProblem,
};
