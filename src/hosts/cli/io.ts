// What the terminal host writes to and reads from: stdout, stderr, the
// environment. Tests pass their own (captured output, a fake terminal).
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width, read at each redraw (a resized window), when stderr is one: the progress line never wraps. */
  columns?: number;
  /** Aborted when stdout's reader went away (`azcp list … | head -1`). */
  outputClosed?: AbortSignal;
}
