// Share operations: Create, Get Properties, Delete, Set Metadata.
import { errors } from '../errors.mjs';
import { metadataFrom, metadataHeaders, stampHeaders, integerHeader } from './common.mjs';

export function createShare(ctx) {
  const quota = integerHeader(ctx.headers, 'x-ms-share-quota', 5120, 102400); // GiB
  if (quota < 1) throw errors.outOfRangeInput();
  const share = ctx.store.createShare(ctx.shareName, { quota, metadata: metadataFrom(ctx.headers) });
  return { status: 201, headers: stampHeaders(share) };
}

export function getShareProperties(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  return {
    status: 200,
    headers: { ...stampHeaders(share), ...metadataHeaders(share.metadata), 'x-ms-share-quota': String(share.quota), 'x-ms-access-tier': 'TransactionOptimized' },
  };
}

export function deleteShare(ctx) {
  ctx.store.deleteShare(ctx.shareName);
  return { status: 202, headers: {} };
}

export function setShareMetadata(ctx) {
  const share = ctx.store.getShare(ctx.shareName);
  share.metadata = metadataFrom(ctx.headers);
  share.touch();
  return { status: 200, headers: stampHeaders(share) };
}
