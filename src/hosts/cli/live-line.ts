// The terminal's stderr while a job runs: the one object that writes to it,
// so a redrawn progress line and every other line never run into each other.
/** What the line writes to (a CliIo is one). */
export interface TerminalStreams {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The terminal's width: the line is cut to it. */
  columns?: number;
}

/**
 * Stderr on a terminal while a job runs: one progress line redrawn in place,
 * and everything else. Anything else written (a log line, an error, the
 * summary on stdout) first clears the progress line, so it starts on a line
 * of its own; the line is cut to the terminal's width, since a wrapped line
 * cannot be redrawn or cleared with a carriage return.
 */
export class LiveLine {
  private shown = 0;
  constructor(private readonly io: TerminalStreams) {}

  draw(line: string): void {
    const fit = this.io.columns && line.length >= this.io.columns ? line.slice(0, Math.max(1, this.io.columns - 2)) + '…' : line;
    this.io.err('\r' + fit.padEnd(this.shown));
    this.shown = fit.length;
  }

  end(): void {
    if (!this.shown) return;
    this.io.err('\r' + ' '.repeat(this.shown) + '\r');
    this.shown = 0;
  }

  out(text: string): void {
    this.end();
    this.io.out(text);
  }

  err(text: string): void {
    this.end();
    this.io.err(text);
  }
}
