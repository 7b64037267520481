// Reads the GitHub Action's inputs (action.yml) into the step's inputs, the
// way actions/checkout keeps its input-helper apart from the run logic. The
// reader is passed in (core.getInput) so this module never loads
// @actions/core by itself, and tests can read a plain record.
import { join } from 'node:path';
import type { StepInput } from '../../contract/inputs.ts';
import { readStepInputs, type StepInputs } from '../ci/inputs.ts';
import { maskSecrets } from '../ci/secrets.ts';

export type InputReader = (name: string) => string;

/**
 * The step's inputs. Secrets are masked first (`mask` is core.setSecret),
 * before any other input is read or anything printed.
 */
export function getGitHubInputs(getInput: InputReader, mask: (value: string) => void, env: NodeJS.ProcessEnv = process.env): StepInputs {
  const get = (name: StepInput): string | undefined => getInput(name);
  maskSecrets(get, mask);
  // Job folders live in the runner's temp folder unless AZCP_JOB_DIR says
  // otherwise: it is cleaned after every job, also on self-hosted runners.
  const jobDir = env.AZCP_JOB_DIR || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'azcp', 'jobs') : undefined);
  return readStepInputs(get, jobDir);
}

