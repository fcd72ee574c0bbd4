/**
 * Publishing the watch's rule file: to a file (GitOps), to Amazon Managed Service for Prometheus (the AMP
 * API's rule groups namespaces, SigV4 by the AWS SDK) or to a Mimir / Cortex ruler
 * (/prometheus/config/v1/rules/<namespace>). Every target can say what is deployed now, so a dry run prints
 * the diff and a re-run with nothing new changes nothing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import type { AmpClient } from '@aws-sdk/client-amp';
import { parse, stringify } from 'yaml';
import { ConfigurationError, errorMessage, SourceError } from '../../core/errors.js';
import { type Refer, referInput } from '../../core/inputs/input-spec.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { redact } from '../../core/redact.js';
import type { RuleFile } from '../../core/watch/prometheus-rules.js';
import { awsRequestHandler, lazyClient, type Sender } from '../aws.js';
import { networkReason, redactUrl } from '../http/http-client.js';
import { proxyFetch } from '../proxy.js';
import { normaliseBaseUrl } from '../sources/prometheus.js';

export type PublishStatus = 'created' | 'updated' | 'unchanged' | 'dry-run';

export interface RulesPublishResult {
  target: string;
  status: PublishStatus;
  /** Unified diff from what is deployed to what is generated ('' when equal). */
  diff: string;
}

/** Where rules go. `deployed` is the current text ('' when there is none). */
export interface RulesTarget {
  readonly description: string;
  deployed(): Promise<string>;
  publish(text: string, existed: boolean): Promise<'created' | 'updated'>;
}

/** Compare the two as rule documents, so formatting and comments never count as a change. */
function sameRules(a: string, b: string): boolean {
  try {
    return JSON.stringify(parse(a) ?? null) === JSON.stringify(parse(b) ?? null);
  } catch {
    return false;
  }
}

export async function publishRules(
  target: RulesTarget,
  text: string,
  options: { dryRun?: boolean; logger?: Logger } = {},
): Promise<RulesPublishResult> {
  const logger = options.logger ?? silentLogger;
  // A registered secret (a header value, a URL's user-info) never goes into a rule file (redact.ts).
  text = redact(text);
  const current = await target.deployed();
  const equal = current !== '' && sameRules(current, text);
  const diff = equal
    ? ''
    : (await import('diff')).createTwoFilesPatch('deployed', 'generated', current, text, undefined, undefined, {
        context: 3,
      });
  if (options.dryRun) return { target: target.description, status: 'dry-run', diff };
  if (equal) {
    logger.info(`${target.description}: unchanged.`);
    return { target: target.description, status: 'unchanged', diff };
  }
  const status = await target.publish(text, current !== '');
  logger.info(`${target.description}: ${status}.`);
  return { target: target.description, status, diff };
}

export class FileTarget implements RulesTarget {
  constructor(private readonly path: string) {}
  get description() {
    return this.path;
  }
  async deployed(): Promise<string> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw e;
    }
  }
  async publish(text: string, existed: boolean) {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, text);
    return existed ? ('updated' as const) : ('created' as const);
  }
}

export interface AmpTargetOptions {
  workspaceId: string;
  /** The namespace (default driftgate-<service>-<environment>). */
  namespace: string;
  region?: string;
  client?: Sender<AmpClient>;
  /** Polling for ACTIVE. */
  pollMs?: number;
  timeoutMs?: number;
  logger?: Logger;
}

const FAILED = new Set(['CREATION_FAILED', 'UPDATE_FAILED']);

/** @aws-sdk/client-amp, imported on the first AMP request. */
const ampSdk = () => import('@aws-sdk/client-amp');

/** AMP: DescribeRuleGroupsNamespace, then Create or Put, then wait until the namespace is ACTIVE again. */
export class AmpRulesTarget implements RulesTarget {
  private readonly client: Sender<AmpClient>;
  constructor(private readonly o: AmpTargetOptions) {
    if (!/^ws-[A-Za-z0-9-]+$/.test(o.workspaceId)) {
      throw new ConfigurationError(
        `Input "amp-workspace-id" is ${JSON.stringify(o.workspaceId)}: expected a workspace ID such as ws-12345678-abcd-1234-abcd-123456789012.`,
      );
    }
    const region = o.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
    if (!o.client && !region) {
      throw new ConfigurationError(
        'Input "aws-region" is empty and AWS_REGION is not set: give the region of the AMP workspace (e.g. us-east-1).',
      );
    }
    this.client =
      o.client ??
      lazyClient(async () => new (await ampSdk()).AmpClient({ region, requestHandler: await awsRequestHandler() }));
  }
  get description() {
    return `AMP workspace ${this.o.workspaceId} rule groups namespace ${this.o.namespace}`;
  }
  private async describe() {
    const { DescribeRuleGroupsNamespaceCommand } = await ampSdk();
    try {
      const r = await this.client.send(
        new DescribeRuleGroupsNamespaceCommand({ workspaceId: this.o.workspaceId, name: this.o.namespace }),
      );
      return r.ruleGroupsNamespace;
    } catch (e) {
      if ((e as Error).name === 'ResourceNotFoundException') return undefined;
      throw new Error(`${this.description}: DescribeRuleGroupsNamespace failed: ${errorMessage(e)}`, { cause: e });
    }
  }
  async deployed(): Promise<string> {
    const ns = await this.describe();
    return ns?.data ? Buffer.from(ns.data).toString('utf8') : '';
  }
  async publish(text: string, existed: boolean) {
    const input = { workspaceId: this.o.workspaceId, name: this.o.namespace, data: new TextEncoder().encode(text) };
    const { CreateRuleGroupsNamespaceCommand, PutRuleGroupsNamespaceCommand } = await ampSdk();
    try {
      if (existed) await this.client.send(new PutRuleGroupsNamespaceCommand(input));
      else await this.client.send(new CreateRuleGroupsNamespaceCommand(input));
    } catch (e) {
      throw new Error(
        `${this.description}: ${existed ? 'Put' : 'Create'}RuleGroupsNamespace failed: ${errorMessage(e)}`,
        {
          cause: e,
        },
      );
    }
    await this.waitActive();
    return existed ? ('updated' as const) : ('created' as const);
  }
  private async waitActive(): Promise<void> {
    const deadline = Date.now() + (this.o.timeoutMs ?? 120_000);
    for (;;) {
      const ns = await this.describe();
      const code = ns?.status?.statusCode;
      if (code === 'ACTIVE') return;
      if (code && FAILED.has(code)) {
        throw new Error(`${this.description} is ${code}: ${ns?.status?.statusReason ?? 'no reason given'}.`);
      }
      if (Date.now() > deadline)
        throw new Error(`${this.description} did not become ACTIVE in time (last status ${code}).`);
      await new Promise((r) => setTimeout(r, this.o.pollMs ?? 2000));
    }
  }
}

export interface RulerTargetOptions {
  /** Mimir / Cortex base URL (the one whose /prometheus/api/v1/query answers), e.g. https://mimir.internal */
  url: string;
  namespace: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** How messages name the ruler-url input: Input "ruler-url" (the default) in an action, --ruler-url on the CLI. */
  refer?: Refer;
  /** Longest one request may take (default RULER_CALL_TIMEOUT_MS): a ruler that never answers ends there. */
  callTimeoutMs?: number;
}

/** Longest one ruler request may take by default, as an AWS call (aws.ts DEFAULT_AWS_CALL_TIMEOUT_MS). */
export const RULER_CALL_TIMEOUT_MS = 60_000;

/** What each request to the ruler is for, in its error. */
const RULER_PURPOSE: Record<string, string> = {
  GET: 'the deployed rules',
  POST: 'a rule group',
  DELETE: 'an old rule group',
};

/**
 * Mimir / Cortex ruler: GET /prometheus/config/v1/rules/<namespace> (every group of the namespace), POST each
 * generated group, DELETE .../<namespace>/<group> for a group no longer generated (an old per-service group,
 * or a split that shrank), so the namespace holds exactly the file.
 */
export class RulerTarget implements RulesTarget {
  private readonly base: string;
  /** The URL's query string ('' or "?..."), kept after the rules path (a proxy may authenticate with ?token=). */
  private readonly search: string;
  private readonly headers: Record<string, string>;
  private deployedGroups: string[] = [];
  constructor(private readonly o: RulerTargetOptions) {
    const { base, basicAuth } = normaliseBaseUrl(o.url, 'ruler-url');
    const u = new URL(base);
    this.search = u.search;
    u.search = '';
    this.base = u
      .toString()
      .replace(/\/+$/, '')
      .replace(/\/prometheus$/, '');
    // user:password in the URL becomes Basic auth, as for prometheus-url (the URL shown never has it).
    this.headers = { ...(basicAuth ? { authorization: basicAuth.header } : {}), ...o.headers };
  }
  get description() {
    return `ruler ${this.base} namespace ${this.o.namespace}`;
  }
  private url(group?: string) {
    const ns = encodeURIComponent(this.o.namespace);
    return `${this.base}/prometheus/config/v1/rules/${ns}${group ? `/${encodeURIComponent(group)}` : ''}${this.search}`;
  }
  /** One request; a ruler that cannot be reached is a SourceError (exit 4) naming its URL, the cause and the input. */
  private async send(url: string, init: RequestInit & { method: string }): Promise<Response> {
    try {
      const limit = this.o.callTimeoutMs ?? RULER_CALL_TIMEOUT_MS;
      return await (this.o.fetch ?? proxyFetch)(url, { ...init, signal: AbortSignal.timeout(limit) });
    } catch (e) {
      const timedOut = (e as Error)?.name === 'TimeoutError';
      const reason = timedOut
        ? `no answer within ${(this.o.callTimeoutMs ?? RULER_CALL_TIMEOUT_MS) / 1000} s`
        : networkReason(e);
      throw new SourceError(
        `Could not reach the ruler at ${redactUrl(url)} (${init.method}, ${RULER_PURPOSE[init.method]}): ${reason}. Check ${(this.o.refer ?? referInput)('ruler-url')} (the Mimir or Cortex base URL) and that the ruler is up.`,
        { errorType: 'network', retryable: true, cause: e },
      );
    }
  }
  async deployed(): Promise<string> {
    const res = await this.send(this.url(), {
      method: 'GET',
      headers: { ...this.headers, accept: 'application/yaml' },
    });
    if (res.status === 404) return '';
    if (!res.ok)
      throw new Error(
        `${this.description}: GET ${redactUrl(this.url())} answered ${res.status}: ${(await res.text()).slice(0, 300)}`,
      );
    // The ruler answers `<namespace>: [groups]`; the file holds `groups: [...]`. Its YAML is untrusted: aliases
    // bounded.
    let doc: Record<string, RuleFile['groups']>;
    try {
      doc = (parse(await res.text(), { maxAliasCount: 100 }) ?? {}) as Record<string, RuleFile['groups']>;
    } catch (e) {
      throw new Error(
        `${this.description}: GET ${redactUrl(this.url())} answered YAML that cannot be read (${(e as Error).name}: ${e instanceof Error && /alias/i.test(e.message) ? 'its aliases expand too far (an alias bomb is refused)' : 'not a rule namespace'}); check the ruler.`,
      );
    }
    const groups = doc[this.o.namespace] ?? [];
    this.deployedGroups = groups.map((g) => g.name);
    return groups.length ? stringify({ groups }, { lineWidth: 0 }) : '';
  }
  async publish(text: string, existed: boolean) {
    const file = parse(text) as RuleFile;
    const fail = async (method: string, url: string, res: Response) => {
      throw new Error(
        `${this.description}: ${method} ${redactUrl(url)} answered ${res.status}: ${(await res.text()).slice(0, 300)}`,
      );
    };
    for (const g of file.groups) {
      const res = await this.send(this.url(), {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/yaml' },
        body: stringify(g, { lineWidth: 0 }),
      });
      if (!res.ok) await fail('POST', this.url(), res);
    }
    const keep = new Set(file.groups.map((g) => g.name));
    for (const name of this.deployedGroups.filter((n) => !keep.has(n))) {
      const res = await this.send(this.url(name), { method: 'DELETE', headers: this.headers });
      if (!res.ok && res.status !== 404) await fail('DELETE', this.url(name), res);
    }
    return existed ? ('updated' as const) : ('created' as const);
  }
}

/** The namespace (AMP, ruler) of the fleet part. */
export const FLEET_NAMESPACE = 'driftgate-fleet';

export function defaultNamespace(service: string, environment: string): string {
  return `driftgate-${service}-${environment}`.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
}

export interface TargetOptions {
  /** file (default), amp or ruler. */
  publish?: PublishTarget;
  /** The rule file (publish file; with amp / ruler also written locally when given). */
  output?: string;
  /** AMP workspace for the rules (default: amp-workspace-id). */
  rulesWorkspaceId?: string;
  ampWorkspaceId?: string;
  awsRegion?: string;
  rulerUrl?: string;
  rulerHeaders?: Record<string, string>;
  namespace?: string;
  service: string;
  environment: string;
  cwd: string;
  logger?: Logger;
  /** How messages name an input (ruler-url); default Input "x". */
  refer?: Refer;
}

export const PUBLISH_TARGETS = ['file', 'amp', 'ruler'] as const;
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

/** The publishing target the inputs ask for; one clear error naming the input when one is missing. */
export function chooseTarget(o: TargetOptions): RulesTarget {
  const publish = o.publish || 'file';
  const namespace = o.namespace || defaultNamespace(o.service, o.environment);
  switch (publish) {
    case 'file':
      if (!o.output)
        throw new ConfigurationError(
          'Input "output" is required when Input "publish" is file: the rule file to write, e.g. rules/checkout-api-prod.yml.',
        );
      return new FileTarget(resolvePath(o.cwd, o.output));
    case 'amp': {
      const ws = o.rulesWorkspaceId || o.ampWorkspaceId;
      if (!ws)
        throw new ConfigurationError(
          'Input "rules-workspace-id" (or Input "amp-workspace-id") is required when Input "publish" is amp: the AMP workspace that evaluates the rules.',
        );
      return new AmpRulesTarget({
        workspaceId: ws,
        namespace,
        ...(o.awsRegion ? { region: o.awsRegion } : {}),
        ...(o.logger ? { logger: o.logger } : {}),
      });
    }
    case 'ruler':
      if (!o.rulerUrl)
        throw new ConfigurationError(
          'Input "ruler-url" is required when Input "publish" is ruler: the Mimir or Cortex base URL, e.g. https://mimir.internal.',
        );
      return new RulerTarget({
        url: o.rulerUrl,
        namespace,
        ...(o.rulerHeaders ? { headers: o.rulerHeaders } : {}),
        ...(o.refer ? { refer: o.refer } : {}),
      });
    default:
      throw new ConfigurationError(`Input "publish" is ${JSON.stringify(publish)}: expected file, amp or ruler.`);
  }
}
