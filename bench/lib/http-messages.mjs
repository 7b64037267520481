// Finds HTTP/1.1 message boundaries in a raw byte stream, without buffering
// bodies: just enough parsing to count requests started and responses
// finished on a connection that a TCP-level proxy relays. Requests are
// counted when their head is complete; responses when their last body byte
// has been seen. Body length follows RFC 9112 §6.3: HEAD requests and
// 1xx/204/304 responses have none, then Transfer-Encoding: chunked, then
// Content-Length, else (responses only) the body runs until the connection closes.

const CRLF2 = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);
const MAX_HEAD = 256 * 1024;

function parseHead(text) {
  const lines = text.split('\r\n');
  const first = lines.shift() ?? '';
  const headers = new Map();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { first, headers };
}

function bodyFraming(headers) {
  const te = headers.get('transfer-encoding');
  if (te && /(^|,)\s*chunked\s*$/i.test(te)) return { chunked: true };
  const cl = headers.get('content-length');
  if (cl !== undefined && /^\d+$/.test(cl)) return { length: Number(cl) };
  return undefined;
}

/**
 * One direction of one connection.
 * @param {'request'|'response'} kind
 * @param {{ onMessage?: (info: {method?: string, status?: number}) => void, requestMethod?: () => string | undefined }} hooks
 *   onMessage: a request head completed (kind 'request') or a final response
 *   completed (kind 'response'); requestMethod: the method of the oldest
 *   unanswered request on the connection (to know that a HEAD's response has no body).
 */
export class HttpMessageStream {
  constructor(kind, hooks = {}) {
    this.kind = kind;
    this.hooks = hooks;
    this.state = 'head';
    this.head = [];
    this.headBytes = 0;
    this.tail = EMPTY; // the last bytes of the head so far, to find a blank line split across reads
    this.remaining = 0; // body or chunk bytes still to skip
    this.line = ''; // a chunk-size or trailer line being read
    this.current = undefined; // {method?, status?} of the message being read
    this.broken = false; // unparseable: stop counting rather than guess
  }

  /** Feeds the next bytes of this direction, in order. */
  feed(buf) {
    let i = 0;
    while (i < buf.length && !this.broken) {
      switch (this.state) {
        case 'head':
          i = this.#readHead(buf, i);
          break;
        case 'body': {
          const n = Math.min(this.remaining, buf.length - i);
          this.remaining -= n;
          i += n;
          if (this.remaining === 0) this.#done();
          break;
        }
        case 'until-close':
          return;
        case 'chunk-size':
        case 'trailer':
          i = this.#readLine(buf, i);
          break;
        case 'chunk-data': {
          const n = Math.min(this.remaining, buf.length - i);
          this.remaining -= n;
          i += n;
          if (this.remaining === 0) this.state = 'chunk-size';
          break;
        }
      }
    }
  }

  /** The connection closed in this direction: a body read until close ends here. */
  close() {
    if (this.state === 'until-close') this.#done();
  }

  #readHead(buf, i) {
    // Look for the blank line, also across the boundary with what came before.
    const carry = this.tail;
    const window = carry.length ? Buffer.concat([carry, buf.subarray(i)]) : buf.subarray(i);
    const at = window.indexOf(CRLF2);
    if (at < 0) {
      this.head.push(buf.subarray(i));
      this.headBytes += buf.length - i;
      this.tail = window.subarray(-3);
      if (this.headBytes > MAX_HEAD) this.broken = true;
      return buf.length;
    }
    const end = i + at - carry.length + 4; // index in buf just after the blank line
    this.head.push(buf.subarray(i, end));
    const text = Buffer.concat(this.head).toString('latin1');
    this.head = [];
    this.headBytes = 0;
    this.tail = EMPTY;
    const trimmed = text.replace(/^(\r\n)+/, ''); // stray CRLFs between messages are allowed
    if (trimmed.length > 4) this.#startMessage(parseHead(trimmed.slice(0, -4)));
    return end;
  }

  #startMessage({ first, headers }) {
    const framing = bodyFraming(headers);
    if (this.kind === 'request') {
      const method = first.split(' ')[0];
      this.current = { method };
      this.hooks.onMessage?.({ method });
      if (framing?.chunked) this.state = 'chunk-size';
      else this.#body(framing?.length ?? 0);
      return;
    }
    const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(first)?.[1]);
    if (!Number.isFinite(status)) {
      this.broken = true;
      return;
    }
    if (status >= 100 && status < 200 && status !== 101) {
      this.state = 'head'; // 100 Continue and friends: the final response is still to come
      return;
    }
    this.current = { status };
    const method = this.hooks.requestMethod?.();
    if (method === 'HEAD' || status === 204 || status === 304) this.#body(0);
    else if (framing?.chunked) this.state = 'chunk-size';
    else if (framing) this.#body(framing.length);
    else this.state = 'until-close';
  }

  #body(length) {
    if (length === 0) {
      this.#done();
      return;
    }
    this.remaining = length;
    this.state = 'body';
  }

  #readLine(buf, i) {
    const nl = buf.indexOf(0x0a, i);
    if (nl < 0) {
      this.line += buf.toString('latin1', i);
      if (this.line.length > MAX_HEAD) this.broken = true;
      return buf.length;
    }
    const line = (this.line + buf.toString('latin1', i, nl)).replace(/\r$/, '');
    this.line = '';
    if (this.state === 'chunk-size') {
      const size = parseInt(line.split(';')[0].trim(), 16);
      if (!Number.isFinite(size)) {
        this.broken = true;
      } else if (size === 0) {
        this.state = 'trailer';
      } else {
        this.remaining = size + 2; // the data and its CRLF
        this.state = 'chunk-data';
      }
    } else if (line === '') {
      this.#done(); // the blank line after the (usually empty) trailers
    }
    return nl + 1;
  }

  #done() {
    const msg = this.current;
    this.current = undefined;
    this.state = 'head';
    if (this.kind === 'response' && msg) this.hooks.onMessage?.(msg);
  }
}
