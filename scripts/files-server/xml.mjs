// XML as the Azure Files service writes it: a UTF-8 declaration, no
// whitespace between elements, text escaped. Bodies are built from small
// nested arrays so each operation describes its document, not its string.

/** @param {string} text */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

/**
 * An element: [name, attributes?, ...children]. A child is a string (text),
 * another element, null/undefined (skipped) or an array of elements.
 * An element with no children is written as <Name />, as the service does for
 * an empty <NextMarker />.
 * @typedef {[string, ...any[]]} Element
 * @param {Element} element
 * @returns {string}
 */
export function renderElement(element) {
  const [name, ...rest] = element;
  let attributes = '';
  if (rest.length && rest[0] && typeof rest[0] === 'object' && !Array.isArray(rest[0])) {
    const attrs = rest.shift();
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) attributes += ` ${k}="${escapeXml(v)}"`;
  }
  const inner = renderChildren(rest);
  return inner === '' ? `<${name}${attributes} />` : `<${name}${attributes}>${inner}</${name}>`;
}

function renderChildren(children) {
  let out = '';
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number' || typeof child === 'bigint') out += escapeXml(String(child));
    else if (Array.isArray(child) && typeof child[0] === 'string') out += renderElement(child);
    else if (Array.isArray(child)) out += renderChildren(child);
  }
  return out;
}

/** @param {Element} root */
export function xmlDocument(root) {
  return `<?xml version="1.0" encoding="utf-8"?>${renderElement(root)}`;
}

/**
 * The service's error body: Code, then Message with the request id and time
 * on their own lines, then any detail elements.
 * @param {{ code: string, message: string, details?: Record<string, string> }} error
 * @param {string} requestId
 * @param {Date} now
 */
export function errorDocument(error, requestId, now) {
  const time = now.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
  const details = Object.entries(error.details ?? {}).map(([k, v]) => [k, String(v)]);
  return xmlDocument(['Error', ['Code', error.code], ['Message', `${error.message}\nRequestId:${requestId}\nTime:${time}`], ...details]);
}
