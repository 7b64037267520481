// Environment variables a test file sets for its in-process azcp runs
// (settings such as the retry budget are read from process.env), and puts
// back as they were when it is done.

/** Sets `vars` in process.env; the function it returns restores each one, or removes it if it was unset. */
export function setEnv(vars: Record<string, string>): () => void {
  const saved = Object.keys(vars).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, vars);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
