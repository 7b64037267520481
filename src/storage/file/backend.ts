// Azure Files as a backend: what backends.ts needs to know of it.
import type { Backend } from '../side.ts';
import { claimsFileUrl, claimsFileUrlWhenTold, parseFileUrl, type FileLocation } from './location.ts';
import { fileNameProblem } from './name.ts';
import { FileSide } from './side.ts';

export const fileBackend: Backend = {
  kind: 'file',
  claims: claimsFileUrl,
  claimsWhenTold: claimsFileUrlWhenTold,
  parse: (text, url, role) => parseFileUrl(text, url!, role),
  nameProblem: fileNameProblem,
  // The registry only hands this backend the locations it parsed.
  open: (loc, role, access) => new FileSide(loc as FileLocation, role, access),
};
