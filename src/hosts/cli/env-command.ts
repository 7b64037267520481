// azcp env: every AZCP_* variable azcp reads, with its value (or that it is
// unset and what applies then), as AzCopy's `azcopy env` does. A secret's
// value is never printed: only whether it is set; any other value is
// redacted as all output is (a URL pasted with its SAS).
import { ENV_VARIABLES } from '../../contract/env.ts';
import { printable } from '../../job/printable.ts';
import { redact } from '../../auth/redact.ts';

export function envText(env: NodeJS.ProcessEnv): string {
  const width = Math.max(...ENV_VARIABLES.map((v) => v.name.length));
  const lines: string[] = [];
  for (const v of ENV_VARIABLES) {
    const raw = env[v.name];
    const given = raw !== undefined && raw !== '';
    const value = v.secret ? (given ? 'set (secret: not shown)' : 'unset') : given ? printable(redact(raw)) : `unset (default: ${v.default})`;
    lines.push(`${v.name.padEnd(width)}  ${value}`);
    lines.push(`${''.padEnd(width)}  ${v.help}`);
  }
  return lines.join('\n') + '\n';
}
