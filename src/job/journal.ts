// Moved to evidence/journal.ts. Kept for the hosts' imports until they point there.
export { listJobIds, readManifest, readReport, readTransfers, removeJob, UnreadableJobFile } from './evidence/journal.ts';
