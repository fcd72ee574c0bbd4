/**
 * Reading an action's inputs through its spec (inputs/), once: trimmed, an empty value is "not given", defaults
 * applied, secrets masked before anything else can log them, one ConfigurationError naming the input, the value
 * and the fix.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../../core/errors.js';
import { actionInputs, type InputSpec, type InputValue, referInput } from '../../core/inputs/input-spec.js';
import { readInputs } from '../inputs/read-inputs.js';
import { actionSecret, actionUrlSecrets } from './logger.js';

/** The spec's action inputs (not the CLI-only flags); a required one is always given (the reader refuses it empty). */
export type ActionInputs<S extends readonly InputSpec[]> = {
  [E in Exclude<S[number], { only: 'cli' }> as E['name']]: E extends { required: true }
    ? Exclude<InputValue<E>, undefined>
    : InputValue<E>;
};

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

export { type JiraTicketInputs, jiraTicketTarget } from '../../core/inputs/jira-target.js';
