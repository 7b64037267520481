// The one entry point of the bundle (dist/index.js): the CLI, the GitHub
// Action and the Azure Pipelines task. It only decides which host runs and
// loads that host alone — azure-pipelines-task-lib moves INPUT_* variables
// out of process.env when it loads, which would break @actions/core, and
// neither belongs in a terminal run.
declare const AZCP_VERSION: string;

import { detectHost } from './hosts/detect.ts';
import { enableCompileCache } from './hosts/compile-cache.ts';
import { raiseOptimizerBudget } from './hosts/optimizer-budget.ts';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // Fast path: no module beyond this file is evaluated for --version.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`azcp ${typeof AZCP_VERSION === 'string' ? AZCP_VERSION : 'dev'}\n`);
    return;
  }
  // Before the host's modules load: they are what the cache keeps, and
  // what V8 would otherwise start optimizing at once.
  enableCompileCache();
  raiseOptimizerBudget();
  switch (detectHost(argv, process.env)) {
    case 'github': {
      const { runGitHubAction } = await import('./hosts/github/action.ts');
      await runGitHubAction();
      return;
    }
    case 'azure-pipelines': {
      const { runAzurePipelinesTask } = await import('./hosts/azure-pipelines/task.ts');
      await runAzurePipelinesTask();
      return;
    }
    default: {
      const { runCli } = await import('./hosts/cli/main.ts');
      process.exitCode = await runCli(argv);
    }
  }
}

main().catch((err: unknown) => {
  // Last resort: hosts handle their own errors. Never print a stack with secrets.
  const message = err instanceof Error ? err.message : String(err);
  import('./auth/redact.ts').then(({ redact }) => {
    process.stderr.write(`azcp: ${redact(message)}\n`);
    process.exitCode = 1;
  });
});
