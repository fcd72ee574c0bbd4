/** Inputs that perf-baseline-compare and post-deploy-verify share word for word. */
import type { InputSpec } from './spec.js';

export const ENVIRONMENT = {
  name: 'environment',
  type: 'line',
  default: 'prod',
  recorded: true,
  value: 'NAME',
  description: 'Value of the environment label.',
} as const satisfies InputSpec;

export const AMP_ENDPOINT = {
  name: 'amp-endpoint',
  type: 'url',
  description: 'AMP workspace endpoint URL, instead of amp-workspace-id.',
} as const satisfies InputSpec;

export const RELEASE_TICKET_PATTERN = {
  name: 'release-ticket-pattern',
  type: 'string',
  default: 'REL-\\d+',
  only: 'action',
  description:
    'JavaScript regular expression that finds the release ticket key when release-ticket is empty (matched as a whole word; a capture group, if any, is the key).',
} as const satisfies InputSpec;
