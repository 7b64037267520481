// Reads a List Blobs response. The service's XML has a fixed, flat shape;
// a general XML parser (the SDK's) spends about as long on each page as the
// service takes to produce it — measured on 5,000-blob pages: service
// ~0.42 s, fast-xml-parser ~0.3 s, this scanner ~2 ms. Listing speed decides
// how fast a sync of millions of unchanged files is, so this is worth it.
//
// Only the elements azcp uses are read; anything else is ignored, so new
// elements in later service versions do no harm.

export interface ListedBlobXml {
  name: string;
  lastModified?: string;
  etag?: string;
  contentLength?: number;
  contentType?: string;
  cacheControl?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  contentDisposition?: string;
  tagCount?: number;
  contentMd5?: string;
  accessTier?: string;
  metadata: Record<string, string>;
}

export interface ListPage {
  blobs: ListedBlobXml[];
  /** Virtual folders when listing with a delimiter. */
  prefixes: string[];
  nextMarker?: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Text of the first <tag>…</tag> (or <tag attr…>…</tag>, or <tag/>) in `xml`.
 *  Callers pass one blob's slice, so every search is bounded by that blob —
 *  a search over the whole page for a tag some blobs lack would make a page
 *  of 5,000 blobs quadratic. */
function element(xml: string, tag: string): { text: string; attrs: string } | undefined {
  let i = xml.indexOf(`<${tag}`);
  while (i >= 0) {
    const after = xml.charCodeAt(i + tag.length + 1);
    // '>' or whitespace or '/': the whole tag name matched, not a prefix of a longer one.
    if (after === 62 || after === 32 || after === 47 || after === 9 || after === 10 || after === 13) break;
    i = xml.indexOf(`<${tag}`, i + 1);
  }
  if (i < 0) return undefined;
  const close = xml.indexOf('>', i);
  if (close < 0) return undefined;
  if (xml.charCodeAt(close - 1) === 47) return { text: '', attrs: xml.slice(i + tag.length + 1, close - 1) }; // <tag/>
  const end = xml.indexOf(`</${tag}>`, close);
  if (end < 0) return undefined;
  return { text: xml.slice(close + 1, end), attrs: xml.slice(i + tag.length + 1, close) };
}

function nameOf(xml: string): string | undefined {
  const n = element(xml, 'Name');
  if (!n) return undefined;
  // Names with characters XML cannot carry come percent-encoded.
  if (/Encoded\s*=\s*"true"/i.test(n.attrs)) return decodeURIComponent(n.text);
  return decodeXmlText(n.text);
}

function metadataOf(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const m = element(xml, 'Metadata');
  if (!m || !m.text) return out;
  const re = /<([A-Za-z_][\w.-]*)\s*(?:\/>|>([\s\S]*?)<\/\1>)/g;
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(m.text))) out[hit[1]] = decodeXmlText(hit[2] ?? '');
  return out;
}

function blobOf(xml: string): ListedBlobXml | undefined {
  const name = nameOf(xml);
  if (name === undefined) return undefined;
  const propsAt = xml.indexOf('<Properties>');
  const props = propsAt >= 0 ? xml.slice(propsAt, xml.indexOf('</Properties>', propsAt) + 13 || undefined) : xml;
  const text = (tag: string) => {
    const e = element(props, tag);
    return e && e.text !== '' ? decodeXmlText(e.text) : undefined;
  };
  const length = text('Content-Length');
  const tags = text('TagCount');
  return {
    name,
    lastModified: text('Last-Modified'),
    etag: text('Etag'),
    contentLength: length === undefined ? undefined : Number(length),
    contentType: text('Content-Type'),
    cacheControl: text('Cache-Control'),
    contentEncoding: text('Content-Encoding'),
    contentLanguage: text('Content-Language'),
    contentDisposition: text('Content-Disposition'),
    tagCount: tags === undefined ? undefined : Number(tags),
    contentMd5: text('Content-MD5'),
    accessTier: text('AccessTier'),
    metadata: metadataOf(xml),
  };
}

export function parseListBlobs(xml: string): ListPage {
  const blobs: ListedBlobXml[] = [];
  const prefixes: string[] = [];
  let pos = 0;
  // Blobs and (with a delimiter) virtual folders, in document order.
  let nextBlob = xml.indexOf('<Blob>', pos);
  let nextPrefix = xml.indexOf('<BlobPrefix>', pos);
  while (nextBlob >= 0 || nextPrefix >= 0) {
    if (nextPrefix >= 0 && (nextBlob < 0 || nextPrefix < nextBlob)) {
      const end = xml.indexOf('</BlobPrefix>', nextPrefix);
      if (end < 0) throw new Error('truncated List Blobs response');
      const name = nameOf(xml.slice(nextPrefix, end));
      if (name !== undefined) prefixes.push(name);
      pos = end + 13;
      nextPrefix = xml.indexOf('<BlobPrefix>', pos);
      if (nextBlob >= 0 && nextBlob < pos) nextBlob = xml.indexOf('<Blob>', pos);
      continue;
    }
    const end = xml.indexOf('</Blob>', nextBlob);
    if (end < 0) throw new Error('truncated List Blobs response');
    const blob = blobOf(xml.slice(nextBlob, end));
    if (blob) blobs.push(blob);
    pos = end + 7;
    nextBlob = xml.indexOf('<Blob>', pos);
    if (nextPrefix >= 0 && nextPrefix < pos) nextPrefix = xml.indexOf('<BlobPrefix>', pos);
  }
  // A body cut off right after a </Blob> would otherwise read as a whole
  // page without a NextMarker: a listing that silently ends early, which a
  // sync would take for objects missing at the source.
  if (xml.indexOf('</EnumerationResults>', pos) < 0) throw new Error('truncated List Blobs response (no closing EnumerationResults)');
  // NextMarker follows the list.
  const tail = xml.slice(pos);
  const marker = element(tail, 'NextMarker') ?? element(xml, 'NextMarker');
  return { blobs, prefixes, nextMarker: marker && marker.text ? decodeXmlText(marker.text) : undefined };
}
