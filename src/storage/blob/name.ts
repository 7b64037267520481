// Azure's limits on a blob name. A name beyond them is refused by the
// service only after the upload's blocks were sent (or not at all by an
// emulator), so azcp checks before sending anything.

/** The most characters a blob name may have. */
export const MAX_BLOB_NAME_LENGTH = 1024;
/** The most '/'-separated segments a blob name may have. */
export const MAX_BLOB_NAME_SEGMENTS = 254;

/** Why `name` cannot be a blob name, or undefined if it can. */
export function blobNameProblem(name: string): string | undefined {
  if (name.length > MAX_BLOB_NAME_LENGTH) return `the blob name is ${name.length} characters long; Azure allows at most ${MAX_BLOB_NAME_LENGTH}`;
  const segments = name.split('/').length;
  if (segments > MAX_BLOB_NAME_SEGMENTS) return `the blob name has ${segments} path segments; Azure allows at most ${MAX_BLOB_NAME_SEGMENTS}`;
  return undefined;
}
