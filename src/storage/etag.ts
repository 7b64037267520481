// ETags as listings and response headers spell them: a listing's <Etag> may
// come without the quotes that an ETag header carries, so two spellings of
// one version compare equal here.
export function sameEtag(a: string, b: string): boolean {
  return a.replace(/"/g, '') === b.replace(/"/g, '');
}
