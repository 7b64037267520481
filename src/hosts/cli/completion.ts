// azcp completion bash|zsh|fish: a completion script generated from the
// command table (commands.ts) and the input table's rows (a choice input
// completes its values), so a new flag or command completes without an
// edit here. Locations complete as file names.
import { UsageError } from '../../contract/errors.ts';
import { inputRow } from '../../contract/inputs.ts';
import { COMMANDS, TOOL_COMMANDS, type FlagSpec } from './commands.ts';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Completable {
  name: string;
  summary: string;
  words: string[];
  flags: FlagSpec[];
}

function table(): Completable[] {
  return [...Object.values(COMMANDS).map((c) => ({ name: c.name, summary: c.summary, words: [], flags: c.flags })), ...TOOL_COMMANDS, { name: 'help', summary: 'Show the help of a command.', words: Object.keys(COMMANDS), flags: [] }];
}

const valuesOf = (f: FlagSpec): readonly string[] | undefined => inputRow(f.key).values;

/** Single-quoted for a POSIX shell (and fish, which reads '\'' the same way). */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(cmds: Completable[]): string {
  const valueCases = new Map<string, string>();
  const takesValue = new Set<string>();
  for (const c of cmds)
    for (const f of c.flags) {
      if (f.kind === 'string') takesValue.add(`--${f.name}`);
      const v = valuesOf(f);
      if (v) valueCases.set(`--${f.name}`, v.join(' '));
    }
  return `# azcp completion for bash. Load it with:  source <(azcp completion bash)
_azcp() {
  local cur prev cmd
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [[ \${COMP_CWORD} -eq 1 ]]; then
    COMPREPLY=( $(compgen -W ${sq(['--help', '--version', ...cmds.map((c) => c.name)].join(' '))} -- "$cur") )
    return
  fi
  case "$prev" in
${[...valueCases].map(([flag, values]) => `    ${flag}) COMPREPLY=( $(compgen -W ${sq(values)} -- "$cur") ); return ;;`).join('\n')}
${takesValue.size ? `    ${[...takesValue].filter((f) => !valueCases.has(f)).join('|')}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;` : ''}
  esac
  local flags="" words=""
  case "$cmd" in
${cmds.map((c) => `    ${c.name}) flags=${sq([...c.flags.map((f) => `--${f.name}`), '--help'].join(' '))}; words=${sq(c.words.join(' '))} ;;`).join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
  elif [[ -n "$words" && \${COMP_CWORD} -eq 2 ]]; then
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -o bashdefault -F _azcp azcp
`;
}

/** Text inside a zsh _arguments spec: [ ] : and \\ would end or split it. */
const zq = (s: string) => s.replace(/\\/g, '\\\\').replace(/([[\]:])/g, '\\$1').replace(/'/g, `'\\''`);

function zsh(cmds: Completable[]): string {
  const spec = (f: FlagSpec) => {
    const v = valuesOf(f);
    const help = zq(f.help.split(/(?<=\.)\s/)[0]);
    if (f.kind === 'boolean') return `'--${f.name}[${help}]'`;
    return `'--${f.name}[${help}]:value:${v ? `(${v.join(' ')})` : '_files'}'`;
  };
  return `#compdef azcp
# azcp completion for zsh. Load it with:  source <(azcp completion zsh)
_azcp() {
  local -a commands
  commands=(
${cmds.map((c) => `    ${sq(`${c.name}:${c.summary.replace(/:/g, '\\:')}`)}`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
${cmds
  .map((c) => {
    const rest = c.words.length ? `'1:subcommand:(${c.words.join(' ')})' '*:location:_files'` : `'*:location:_files'`;
    return `    ${c.name}) shift words; (( CURRENT-- )); _arguments ${[...c.flags.map(spec), rest].join(' ')} ;;`;
  })
  .join('\n')}
  esac
}
if (( $+functions[compdef] )); then compdef _azcp azcp; fi
`;
}

function fish(cmds: Completable[]): string {
  const lines = ['# azcp completion for fish. Load it with:  azcp completion fish | source', 'complete -c azcp -f'];
  for (const c of cmds) lines.push(`complete -c azcp -n '__fish_use_subcommand' -a ${c.name} -d ${sq(c.summary)}`);
  for (const c of cmds) {
    const when = `'__fish_seen_subcommand_from ${c.name}'`;
    for (const w of c.words) lines.push(`complete -c azcp -n ${when} -a ${w}`);
    if (!c.words.length) lines.push(`complete -c azcp -n ${when} -F`);
    for (const f of c.flags) {
      const v = valuesOf(f);
      const value = f.kind === 'boolean' ? '' : v ? ` -x -a ${sq(v.join(' '))}` : ' -r -F';
      lines.push(`complete -c azcp -n ${when} -l ${f.name}${value} -d ${sq(f.help.split(/(?<=\.)\s/)[0])}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function completionScript(shell: string | undefined): string {
  const cmds = table();
  switch (shell) {
    case 'bash':
      return bash(cmds);
    case 'zsh':
      return zsh(cmds);
    case 'fish':
      return fish(cmds);
    default:
      throw new UsageError(`completion needs a shell: azcp completion ${SHELLS.join('|')}`);
  }
}
