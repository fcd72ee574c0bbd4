/**
 * The bake's settings, parsed once at the boundary (the post-deploy-verify action and `driftgate verify`) from the
 * values read through its input spec (core/inputs/post-deploy-verify.ts): durations become seconds, lists arrays,
 * choices unions, the deployment a target, and every mistake one ConfigurationError naming the input the way the
 * caller names it (`refer`: Input "x" in an action, --x on the command line), the value and the fix, before any
 * query. runVerify takes the result. The bake start and the baseline window stay text: a recording's own values
 * fill them in, and a relative time is resolved against the bake's clock (plan.ts).
 */
import { ConfigurationError } from '../../core/errors.js';
import { type InputValues, type Refer, referInput } from '../../core/inputs/input-spec.js';
import { type JiraTicketInputs, jiraTicketTarget } from '../../core/inputs/jira-target.js';
import type { VERIFY_INPUTS } from '../../core/inputs/post-deploy-verify.js';
import { nowSeconds, parseDuration, parseTime } from '../../core/time.js';
import type { DeploymentTarget, RollbackMode } from '../../io/codedeploy.js';
import { parseS3Uri } from '../../io/publish/s3.js';
import { sourceSettings } from '../../io/sources/source-input.js';
import { DEFAULT_FAIL_ON, FAIL_ON_CHOICES, type FailOnVerdict, type VerifySettings } from './bake-plan.js';

/** The values of VERIFY_INPUTS as read.ts yields them (the CLI has no action-only input, the action no --record). */
export type VerifyValues = Omit<InputValues<typeof VERIFY_INPUTS>, 'record' | 'quiet' | keyof JiraTicketInputs> &
  Partial<JiraTicketInputs> & { record?: string | undefined };

/** What the shell knows besides the inputs. */
export interface VerifyContext {
  /** The candidate version of a live source when candidate-version is empty (the commit under test). */
  commit?: string | undefined;
  /** The region when aws-region is empty (the action: AWS_REGION). */
  awsRegion?: string | undefined;
  /** Where perf_verification.json is written (the shell's default applied). */
  outputDir: string;
  cwd: string;
  /** The repository drift issues go to (github-issue). */
  repository?: { owner: string; repo: string } | undefined;
  run?: VerifySettings['run'];
}

const ROLLBACK_CHOICES = ['auto', 'dry-run', 'off'] as const satisfies readonly RollbackMode[];

export function verifySettings(v: VerifyValues, refer: Refer, ctx: VerifyContext): VerifySettings {
  const service = v.service;
  const metricsFile = v['metrics-file'];
  if (!service && !metricsFile) {
    throw new ConfigurationError(
      `${refer('service')} is required: the value of the service label (e.g. checkout-api).`,
    );
  }
  const warnings: string[] = [];
  const deployment = deploymentTarget(v, refer);
  const rollback = rollbackMode(v.rollback, deployment !== undefined, refer);
  if (v['continue-on-pass'] && !deployment) {
    throw new ConfigurationError(
      `${refer('continue-on-pass')} is true but no deployment is given: set ${name(refer, 'deployment-id')} (or ${name(refer, 'codedeploy-application')} + ${name(refer, 'codedeploy-deployment-group')}).`,
    );
  }
  if (v['bake-start'] !== undefined) parseTime(v['bake-start'], nowSeconds(), refer('bake-start'));
  if (v['s3-uri']) parseS3Uri(v['s3-uri'], refer('s3-uri'));
  if (v['baseline-store']) parseS3Uri(v['baseline-store'], refer('baseline-store'));
  const grafanaUrl = v['grafana-url'];
  const grafanaToken = v['grafana-token'];
  if (grafanaUrl && !grafanaToken) {
    throw new ConfigurationError(
      `${refer('grafana-url')} is set but ${name(refer, 'grafana-token')} is empty: give a service-account token with annotations:write.`,
    );
  }
  const jira = jiraTicketTarget({ ...v, 'jira-issue-type': v['jira-issue-type'] ?? 'Bug' });
  const dashboardUid = v['grafana-dashboard-uid'];
  const slack = v['slack-webhook-url'];
  const seconds = (input: 'bake-duration' | 'interval' | 'window', text: string | undefined) =>
    text === undefined ? {} : { [camel(input)]: parseDuration(text, refer(input)) };
  const target = {
    ...sourceSettings(v, ctx.awsRegion),
    environment: v.environment,
    // A recording carries its versions: only live sources default the candidate to the commit.
    candidateVersion: v['candidate-version'] ?? (metricsFile ? undefined : ctx.commit),
    baselineVersion: v['baseline-version'],
    baselineWindow: v['baseline-window'],
    baselineStore: v['baseline-store'],
    config: v.config,
  };
  return {
    ...(service ? { ...target, service } : { ...target, metricsFile: metricsFile as string }),
    ...seconds('bake-duration', v['bake-duration']),
    ...seconds('interval', v.interval),
    ...seconds('window', v.window),
    ...(v.critical !== undefined ? { critical: criticalList(v.critical) } : {}),
    bakeStart: v['bake-start'],
    s3Uri: v['s3-uri'],
    kmsKeyId: v['kms-key-id'],
    ...(deployment ? { deployment } : {}),
    rollback,
    rollbackTimeoutSeconds: parseDuration(v['rollback-timeout'] ?? '20m', refer('rollback-timeout')),
    continueOnPass: v['continue-on-pass'],
    promote: v.promote,
    failOn: failOnList(v['fail-on'] ?? DEFAULT_FAIL_ON.join(','), refer, warnings),
    ...(jira ? { jira: { ...jira, labels: v['jira-labels'] ?? [] } } : {}),
    ...(v['github-issue']
      ? {
          githubIssue: {
            ...(v['github-token'] ? { token: v['github-token'] } : {}),
            ...(ctx.repository ? { repository: ctx.repository } : {}),
          },
        }
      : {}),
    ...(slack ? { slackWebhook: slack } : {}),
    ...(grafanaUrl && grafanaToken
      ? { grafana: { url: grafanaUrl, token: grafanaToken, ...(dashboardUid ? { dashboardUid } : {}) } }
      : {}),
    outputDir: ctx.outputDir,
    ...(v.record ? { record: v.record } : {}),
    cwd: ctx.cwd,
    ...(ctx.run ? { run: ctx.run } : {}),
    refer,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** An input's name in a message: Input "x" reads as "x" after the first; a flag is always --x. */
function name(refer: Refer, input: string): string {
  const said = refer(input);
  return said.startsWith('Input ') ? said.slice('Input '.length) : said;
}

function camel(input: 'bake-duration' | 'interval' | 'window'): string {
  return input === 'bake-duration' ? 'bakeDurationSeconds' : `${input}Seconds`;
}

/** Input `critical`: a comma list of metric ids, or none (checked against the config's metrics by the plan). */
export function criticalList(text: string): string[] {
  if (text.trim() === 'none') return [];
  return text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** The CodeDeploy deployment to roll back or continue: an id, or an application and its group; none when empty. */
function deploymentTarget(v: VerifyValues, refer: Refer): DeploymentTarget | undefined {
  const deploymentId = v['deployment-id'];
  const application = v['codedeploy-application'];
  const deploymentGroup = v['codedeploy-deployment-group'];
  if (!deploymentId && !!application !== !!deploymentGroup) {
    const both = refer('codedeploy-application').startsWith('Input ')
      ? 'Inputs "codedeploy-application" and "codedeploy-deployment-group"'
      : `${refer('codedeploy-application')} and ${refer('codedeploy-deployment-group')}`;
    throw new ConfigurationError(
      `${both} go together: set both (the latest deployment of the group is rolled back), or use ${name(refer, 'deployment-id')}.`,
    );
  }
  const target: DeploymentTarget = {
    ...(deploymentId ? { deploymentId } : {}),
    ...(application ? { application } : {}),
    ...(deploymentGroup ? { deploymentGroup } : {}),
  };
  return deploymentId || (application && deploymentGroup) ? target : undefined;
}

/** Input `rollback`: auto when a deployment is given, else off; auto needs a deployment. */
function rollbackMode(text: string | undefined, hasTarget: boolean, refer: Refer): RollbackMode {
  if (text !== undefined && !(ROLLBACK_CHOICES as readonly string[]).includes(text)) {
    throw new ConfigurationError(`${refer('rollback')} is ${JSON.stringify(text)}: expected auto, dry-run or off.`);
  }
  const mode = (text ?? (hasTarget ? 'auto' : 'off')) as RollbackMode;
  if (mode === 'auto' && !hasTarget) {
    throw new ConfigurationError(
      `${refer('rollback')} is "auto" but no deployment is given: set ${name(refer, 'deployment-id')} (or ${name(refer, 'codedeploy-application')} + ${name(refer, 'codedeploy-deployment-group')}), or set ${name(refer, 'rollback')} to dry-run or off.`,
    );
  }
  return mode;
}

/** Input `fail-on`: the verdicts that fail the run, or none; v1's "breach" is read as "ticket" with a warning. */
export function failOnList(text: string, refer: Refer = referInput, warnings: string[] = []): FailOnVerdict[] {
  if (text.trim() === 'none') return [];
  const failOn = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((f) => {
      if (f !== 'breach') return f;
      warnings.push(
        `${refer('fail-on')} lists "breach", the verdict v1 called breach: it is "ticket" now (drift beyond tolerance, a ticket filed); standing SLO breaches no longer set a verdict. Read as "ticket"; write "ticket".`,
      );
      return 'ticket';
    });
  for (const f of failOn) {
    if (!(FAIL_ON_CHOICES as readonly string[]).includes(f)) {
      throw new ConfigurationError(
        `${refer('fail-on')} lists ${JSON.stringify(f)}: expected a comma list of ${FAIL_ON_CHOICES.join(', ')}, or none.`,
      );
    }
  }
  return failOn as FailOnVerdict[];
}
