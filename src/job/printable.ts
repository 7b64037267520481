// Names come from the source and the destination, and either may be
// hostile: a file or blob name can hold a carriage return, an escape
// sequence or a newline. Printed raw, `x\r\e[2KCompleted` wipes the FAILED
// line it stands in on a terminal, and a newline followed by `::error::`
// or `##vso[` becomes a workflow command in a CI log. Every line the job
// prints or logs goes through printable(): control characters (C0, DEL,
// C1) and the bidirectional overrides are written as \xNN / \uNNNN.
// transfers.jsonl and report.json are JSON and keep names exact.

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
