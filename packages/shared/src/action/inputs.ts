/**
 * Reading an action's inputs through its spec (inputs/), once: trimmed, an empty value is "not given", defaults
 * applied, secrets masked before anything else can log them, one ConfigurationError naming the input, the value
 * and the fix.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { readInputs } from '../inputs/read.js';
import { actionInputs, type InputSpec, type InputValues, referInput } from '../inputs/spec.js';
import { actionSecret, actionUrlSecrets } from './logger.js';

/** The spec's action inputs (not the CLI-only flags). */
export type ActionInputs<S extends readonly InputSpec[]> = InputValues<readonly Exclude<S[number], { only: 'cli' }>[]>;

export function readActionInputs<S extends readonly InputSpec[]>(specs: S): ActionInputs<S> {
  return readInputs(actionInputs(specs), (spec) => core.getInput(spec.name), {
    refer: referInput,
    secret: actionSecret,
    urlSecrets: actionUrlSecrets,
    required: (spec) => {
      throw new ConfigurationError(
        `Input "${spec.name}" is required but was empty: set it with \`with: ${spec.name}: ...\` in the workflow step.`,
      );
    },
  }) as ActionInputs<S>;
}

/** The jira-* inputs an action that files tickets takes (post-deploy-verify, finops-report). */
export interface JiraTicketInputs {
  'jira-url'?: string | undefined;
  'jira-token'?: string | undefined;
  'jira-project'?: string | undefined;
  'jira-user'?: string | undefined;
  'jira-issue-type': string;
}

/** The Jira project tickets go to: given only with all of jira-url, jira-token and jira-project. */
export function jiraTicketTarget(
  inputs: JiraTicketInputs,
): { url: string; token: string; project: string; user?: string; issueType: string } | undefined {
  const { 'jira-url': url, 'jira-token': token, 'jira-project': project, 'jira-user': user } = inputs;
  if (!url || !token || !project) return undefined;
  return { url, token, project, ...(user ? { user } : {}), issueType: inputs['jira-issue-type'] };
}
