/** Input entries more than one action shares (word for word, or all but the description). */
import type { InputSpec } from './input-spec.js';

export const ENVIRONMENT = {
  name: 'environment',
  type: 'line',
  default: 'prod',
  recorded: true,
  value: 'NAME',
  description: "Value of the environment label. Default (empty) = the recording's (metrics-file), else prod.",
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

/** github-token: the workflow's token by default (also $GITHUB_TOKEN / $GH_TOKEN on the CLI); what it needs varies. */
export function githubToken(description: string) {
  return {
    name: 'github-token',
    type: 'secret',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner fills in
    default: '${{ github.token }}',
    value: 'TOKEN',
    env: ['GITHUB_TOKEN', 'GH_TOKEN'],
    description,
  } as const satisfies InputSpec;
}
