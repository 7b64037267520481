// The SAS permission letters (sp=) a job needs on a side, for every remote
// backend: Blob Storage and Azure Files name them alike.
import type { Permission } from './side.ts';

const SAS_LETTER: Record<Permission, string> = { read: 'r', list: 'l', write: 'w', delete: 'd', create: 'c' };

/** The SAS sp= letters for what the job will do, in the caller's order (rl, lwd, ld, c…). */
export const sasLetters = (needs: readonly Permission[]): string => needs.map((p) => SAS_LETTER[p]).join('');
