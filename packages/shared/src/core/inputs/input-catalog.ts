/** The specs that combine others: driftgate record's, and each action directory's (its action.yml is written from it). */
import { WAIVER_INPUTS } from './cab-waiver-check.js';
import { RECORDING_OUTPUT } from './cli-spec.js';
import { RULES_INPUTS } from './drift-rules.js';
import { FINOPS_INPUTS } from './finops-report.js';
import { type InputSpec, pickInputs } from './input-spec.js';
import { COMPARE_INPUTS } from './perf-baseline-compare.js';
import { VERIFY_INPUTS } from './post-deploy-verify.js';
import { RIGHTSIZING_INPUTS } from './rightsizing-inputs.js';

/** driftgate record: compare's inputs that select the two releases and their data, and the file to write. */
export const RECORD_INPUTS = [
  ...pickInputs(COMPARE_INPUTS, [
    'service',
    'environment',
    'baseline-version',
    'candidate-version',
    'baseline-window',
    'candidate-window',
    'baseline-store',
    'config',
    'prometheus-url',
    'prometheus-headers',
    'amp-workspace-id',
    'amp-endpoint',
    'aws-region',
    'metrics-file',
  ]),
  RECORDING_OUTPUT,
] as const;

/** Each action directory's spec: its action.yml's inputs: is written from it. */
export const ACTION_INPUTS: Record<string, readonly InputSpec[]> = {
  'perf-baseline-compare': COMPARE_INPUTS,
  'post-deploy-verify': VERIFY_INPUTS,
  'cab-waiver-check': WAIVER_INPUTS,
  'drift-rules': RULES_INPUTS,
  'finops-report': FINOPS_INPUTS,
  rightsizing: RIGHTSIZING_INPUTS,
};
