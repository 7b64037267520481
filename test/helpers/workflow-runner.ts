// Runs one job of a workflow file the way a GitHub runner would, for the
// steps this project's self-test uses: `run:` steps in bash, `uses: ./`
// steps as the Action (node dist/index.js with INPUT_* from `with:` and
// action.yml's defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), the
// job's and steps' `env:`, `id:` outputs and outcomes, `continue-on-error`
// and `if:` limited to success()/failure()/always(). Expressions are limited to
// env.NAME, steps.ID.outputs.NAME, steps.ID.outcome, github.run_attempt and
// github.run_id; anything else is an error, never a guess. Steps that use
// another repository's action (actions/checkout) are skipped: the
// workspace is prepared by the caller.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './yaml.ts';
import { githubStepFiles, githubInputEnv, parseGitHubOutput, runBundle, ROOT, type RunResult } from './ci-harness.ts';

type Obj = Record<string, any>;

export interface StepRecord {
  name: string;
  id?: string;
  kind: 'run' | 'action' | 'skipped';
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobRun {
  steps: StepRecord[];
  /** The job's result: failure when a step without continue-on-error failed. */
  result: 'success' | 'failure';
}

/** action.yml's inputs and their defaults (what the runner passes when `with:` leaves one out). */
function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Obj;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs as Obj)) out[name] = spec.default === undefined || spec.default === null ? '' : String(spec.default);
  return out;
}

export async function runWorkflowJob(opts: {
  workflow: string;
  job: string;
  workspace: string;
  /** Variables every step sees, as the runner provides them (ACTIONS_RESULTS_URL, GITHUB_REPOSITORY, …). */
  runnerEnv: Record<string, string>;
  /** Rewrites the job's env (e.g. a service container's mapped port). */
  mapJobEnv?: (env: Record<string, string>) => Record<string, string>;
}): Promise<JobRun> {
  const doc = parseYaml(readFileSync(opts.workflow, 'utf8')) as Obj;
  const job = doc.jobs[opts.job] as Obj;
  if (!job) throw new Error(`no job ${opts.job} in ${opts.workflow}`);
  const jobEnv = (opts.mapJobEnv ?? ((e) => e))(Object.fromEntries(Object.entries((job.env ?? {}) as Obj).map(([k, v]) => [k, String(v)])));
  const steps: StepRecord[] = [];
  const byId = new Map<string, StepRecord>();
  let failed = false;

  const evaluate = (text: string, env: Record<string, string>): string =>
    text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
      let m: RegExpExecArray | null;
      if ((m = /^env\.(\w+)$/.exec(expr))) return env[m[1]] ?? '';
      if ((m = /^steps\.([\w-]+)\.outputs\.(\w+)$/.exec(expr))) return byId.get(m[1])?.outputs[m[2]] ?? '';
      if ((m = /^steps\.([\w-]+)\.outcome$/.exec(expr))) return byId.get(m[1])?.outcome ?? '';
      if (expr === 'github.run_attempt') return opts.runnerEnv.GITHUB_RUN_ATTEMPT ?? '1';
      if (expr === 'github.run_id') return opts.runnerEnv.GITHUB_RUN_ID ?? '1';
      throw new Error(`expression not supported by the test runner: ${expr}`);
    });

  for (const [index, step] of (job.steps as Obj[]).entries()) {
    const name = String(step.name ?? step.uses ?? step.run ?? `step ${index + 1}`);
    const condition = step.if === undefined ? 'success()' : String(step.if).replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    if (!['success()', 'failure()', 'always()'].includes(condition)) throw new Error(`${name}: if: ${condition} is not supported by the test runner`);
    const runs = condition === 'always()' || (condition === 'failure()' ? failed : !failed);
    const record: StepRecord = { name, id: step.id, kind: 'skipped', outcome: 'skipped', outputs: {}, log: '' };
    if (step.id) byId.set(String(step.id), record);
    steps.push(record);
    if (!runs) continue;

    const env: Record<string, string> = { ...opts.runnerEnv, ...jobEnv };
    for (const [k, v] of Object.entries((step.env ?? {}) as Obj)) env[k] = evaluate(String(v), env);

    let ok: boolean;
    if (step.run !== undefined) {
      record.kind = 'run';
      const files = githubStepFiles();
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(String(step.run), env)], {
        cwd: opts.workspace,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: opts.workspace, ...files.env, ...env, GITHUB_WORKSPACE: opts.workspace },
        encoding: 'utf8',
      });
      record.log = `${r.stdout}${r.stderr}`;
      record.outputs = parseGitHubOutput(files.output);
      ok = r.status === 0;
    } else if (step.uses === './') {
      record.kind = 'action';
      const inputs = actionDefaults();
      for (const [k, v] of Object.entries((step.with ?? {}) as Obj)) {
        if (!(k in inputs)) throw new Error(`${name}: input ${k} is not declared in action.yml`);
        inputs[k] = evaluate(String(v), env);
      }
      const files = githubStepFiles();
      const r: RunResult = await runBundle({ ...files.env, ...env, ...githubInputEnv(inputs), GITHUB_WORKSPACE: opts.workspace }, { cwd: opts.workspace });
      record.log = `${r.stdout}${r.stderr}`;
      record.outputs = parseGitHubOutput(files.output);
      ok = r.code === 0;
    } else if (typeof step.uses === 'string') {
      continue; // another repository's action: the caller prepared what it would
    } else {
      throw new Error(`${name}: neither run nor uses`);
    }
    record.outcome = ok ? 'success' : 'failure';
    if (!ok && step['continue-on-error'] !== true) failed = true;
  }
  return { steps, result: failed ? 'failure' : 'success' };
}
