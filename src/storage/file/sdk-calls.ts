// Everything FileSide calls that reaches the Azure Files SDK, in one module
// that side.ts loads with the side's first connect(): a job that touches no
// share never loads that SDK (~0.5 MB of the bundle, ~20 ms of every other
// job's start-up here).
export { openFileSide } from './client.ts';
export { accessFacts, deleteEmptyDirectory, deleteFile, directoryClient, getFileEntry, makeShare, probeShare, shareExists } from './objects.ts';
export { fileDestinationScope, fileSourceScope, fileTargetScope } from './scope.ts';
export { uploadToShare } from './upload.ts';
export { downloadFromShare } from './download.ts';
export { copyIntoShare } from './server-copy.ts';
export { fileCopySource } from './copy-source.ts';
export { directoriesUnder } from './list.ts';
export { setFileProperties } from './properties.ts';
