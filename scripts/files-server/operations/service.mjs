// Account-level operations: List Shares.
import { errors } from '../errors.mjs';
import { xmlDocument } from '../xml.mjs';

/** maxresults as the service reads it: 1…5000, default 5000. */
export function maxResults(q) {
  const raw = q.get('maxresults');
  if (raw === null) return 5000;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw errors.outOfRangeQuery('maxresults', raw);
  return Math.min(Number(raw), 5000);
}

export function listShares(ctx) {
  const q = ctx.url.searchParams;
  const prefix = q.get('prefix') ?? '';
  const marker = q.get('marker') ?? '';
  const max = maxResults(q);
  const include = (q.get('include') ?? '').split(',');
  // Shares come back in name order; the marker is the name of the first share of the next page.
  const names = [...ctx.store.shares.keys()].filter((n) => n.startsWith(prefix) && n >= marker).sort();
  const page = names.slice(0, max);
  const next = names[max];
  const shares = page.map((name) => {
    const s = ctx.store.shares.get(name);
    return ['Share',
      ['Name', name],
      ['Properties', ['Last-Modified', s.lastModified.toUTCString()], ['Etag', s.etag], ['Quota', String(s.quota)], ['AccessTier', 'TransactionOptimized']],
      include.includes('metadata') ? ['Metadata', ...Object.entries(s.metadata).map(([k, v]) => [k, v])] : null,
    ];
  });
  const body = xmlDocument(['EnumerationResults', { ServiceEndpoint: `${ctx.serviceUrl}/` },
    q.has('prefix') ? ['Prefix', prefix] : null,
    q.has('marker') ? ['Marker', marker] : null,
    q.has('maxresults') ? ['MaxResults', String(max)] : null,
    ['Shares', ...shares],
    ['NextMarker', next ?? ''],
  ]);
  return { status: 200, headers: { 'content-type': 'application/xml' }, body };
}
