// Which host runs this process: a terminal (CLI), a GitHub Actions step or
// an Azure Pipelines task.
export type Host = 'cli' | 'github' | 'azure-pipelines';

export function detectHost(argv: string[], env: NodeJS.ProcessEnv): Host {
  // Arguments always mean the CLI, even inside a CI job (a `run: azcp ...` step).
  if (argv.length > 0) return 'cli';
  if (env.AZCP_HOST === 'github' || env.AZCP_HOST === 'azure-pipelines' || env.AZCP_HOST === 'cli') return env.AZCP_HOST;
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.TF_BUILD === 'True' || env.TF_BUILD === 'true' || env.AGENT_ID || env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI) return 'azure-pipelines';
  return 'cli';
}
