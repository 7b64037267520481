// The --help texts: one command's options and examples, the overview of all
// commands, and the help of `azcp jobs`.
import { COMMANDS, TOOL_COMMANDS, type CommandSpec } from './commands.ts';

export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(...spec.flags.map((f) => f.name.length + (f.kind === 'string' ? 8 : 0))) + 4;
  const lines = [`Usage: ${spec.usage}`, '', spec.summary, '', 'Options:'];
  for (const f of spec.flags) {
    const left = `  --${f.name}${f.kind === 'string' ? ' VALUE' : ''}`;
    lines.push(`${left.padEnd(width + 2)} ${f.help}${f.example ? `  e.g. --${f.name} ${f.example}` : ''}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(width)} This help.`);
  lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  lines.push('', 'Exit status: 0 all done and the destination reconciled; 1 a transfer failed, reconciliation found a difference, or a guard refused; 2 bad input (nothing was transferred).');
  return lines.join('\n');
}

export function mainHelp(version: string): string {
  return [
    `azcp ${version} — move data into, out of and between Azure Storage accounts, with evidence.`,
    '',
    'Usage: azcp COMMAND [arguments] [options]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    ...TOOL_COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Locations: a local path (file, folder, folder/* for its contents, a wildcard in the last segment),',
    'a blob URL https://ACCOUNT.blob.core.windows.net/CONTAINER[/PATH][?SAS], or an emulator URL',
    'http://127.0.0.1:10000/devstoreaccount1/CONTAINER[/PATH], or an Azure Files share URL',
    'https://ACCOUNT.file.core.windows.net/SHARE[/PATH][?SAS] (a path-style share endpoint: --from-to or AZCP_FILE_ENDPOINT).',
    '',
    'Every run is a job with a folder of evidence (report.json, transfers.jsonl, azcp.log, summary.md)',
    'under --job-dir (default ~/.azcp/jobs). Secrets are written as REDACTED.',
    '',
    'azcp COMMAND --help shows the options of a command. azcp --version prints the version.',
  ].join('\n');
}

export const JOBS_HELP = `Usage:
  azcp jobs list                      Every job: id, command, status, start, counts.
  azcp jobs show JOB_ID [--with-status Failed|Skipped|Completed]
                                      A job's report, or its transfers with that status.
  azcp jobs resume JOB_ID [--source-sas SAS] [--destination-sas SAS]
                                      Run the job again: what completed is skipped, what failed
                                      or was in flight is retried; large uploads send only the
                                      blocks the destination does not already hold.
  azcp jobs merge FOLDER... [--source-sas SAS] [--destination-sas SAS]
                                      Finish one job that N machines ran as shards (--shard I/N):
                                      refuses a missing, doubled or failed shard or one of another
                                      job; sums the counts; applies the delete guards once over the
                                      whole job; runs the deferred deletions; reconciles the whole
                                      scope. FOLDER: a shard's job folder, or one that holds them.
  azcp jobs clean [--older-than-days N]
                                      Remove job folders; a running job (locked: job.lock) and a
                                      folder whose job.json cannot be read are left, and named.
Options: --job-dir DIR (env AZCP_JOB_DIR; default ~/.azcp/jobs), --output-type text|json, --auth, --log-level`;

export const COMPLETION_HELP = `Usage: azcp completion bash|zsh|fish

Prints a completion script for the shell: commands, their options, and the values of options with a fixed choice.
  bash:  source <(azcp completion bash)        (or save it in ~/.local/share/bash-completion/completions/azcp)
  zsh:   source <(azcp completion zsh)         (or save it as _azcp in a folder of $fpath)
  fish:  azcp completion fish | source         (or save it in ~/.config/fish/completions/azcp.fish)`;

export const ENV_HELP = `Usage: azcp env

Every AZCP_* environment variable azcp reads: its value, or "unset" and the default that applies.
Secrets (SAS token, account key, connection string, client secret) are shown only as set or unset.`;
