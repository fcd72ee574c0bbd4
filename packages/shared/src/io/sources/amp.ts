/**
 * AmpSource: Amazon Managed Service for Prometheus (AMP).
 *
 * AMP serves the ordinary Prometheus query API under the workspace's endpoint
 * ("https://aps-workspaces.<region>.amazonaws.com/workspaces/<id>/"), but every request must be signed
 * with AWS Signature V4 for the service "aps". So this is a PrometheusSource (same requests, same
 * parsing, same retries) with a signing hook that runs before every HTTP attempt.
 *
 * Where the endpoint comes from:
 * - `endpoint` given (action input `amp-endpoint`): used as is;
 * - `workspaceId` given (input `amp-workspace-id`, a "ws-..." ID or the workspace ARN): looked up once, on
 *   the first query, with the AMP API `DescribeWorkspace` (→ `workspace.prometheusEndpoint`). The AMP
 *   client honours `AWS_ENDPOINT_URL_AMP` like every AWS SDK client (tests point it at a loopback fake).
 *
 * Credentials come from the default AWS chain (environment variables, web identity, SSO, profiles,
 * container and instance roles), so `aws-actions/configure-aws-credentials` with GitHub OIDC just works.
 * The region comes from `region` (input `aws-region`); else, for an explicit endpoint, from the endpoint's
 * host name; else from AWS_REGION / AWS_DEFAULT_REGION (which configure-aws-credentials sets).
 */

import type { SignatureV4 } from '@smithy/signature-v4';
import { AWS_CREDENTIALS_FIX, ConfigurationError, errorMessage, SourceError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { awsRequestHandler } from '../aws.js';
import { type Deadline, type HttpRequestSpec, type RetryTuning, redactUrl } from '../http/http-client.js';
import { normaliseBaseUrl, PrometheusSource } from './prometheus.js';
import type { MetricSource, QueryResult, RangeQuery } from './source-types.js';

/** AWS credentials, as the SDK's providers return them. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
export type AwsCredentialsProvider = () => Promise<AwsCredentials>;

export interface AmpSourceOptions {
  /** "ws-..." or the workspace ARN (input `amp-workspace-id`). One of workspaceId / endpoint is required. */
  workspaceId?: string;
  /** The workspace's Prometheus endpoint (input `amp-endpoint`), e.g. "https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-.../". */
  endpoint?: string;
  /** Input `aws-region`. */
  region?: string;
  timeoutMs?: number;
  retries?: number;
  retry?: RetryTuning;
  /** The run's overall deadline (input timeout). */
  deadline?: Deadline;
  logger?: Logger;
  /** Defaults to the AWS SDK's default Node.js credential chain. */
  credentials?: AwsCredentialsProvider;
  /** Environment to read AWS_REGION / AWS_DEFAULT_REGION from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The SDK's default Node.js credential chain; the module is imported on the first call. The chain's own calls (STS
 * for a web identity — EKS IRSA, a self-hosted runner's OIDC role — and SSO) are made by clients it builds itself,
 * which take the proxy's request handler only when given it (aws.ts awsRequestHandler, as every SDK client here).
 */
function defaultCredentials(): AwsCredentialsProvider {
  let provider: Promise<AwsCredentialsProvider> | undefined;
  return async () => {
    provider ??= Promise.all([import('@aws-sdk/credential-provider-node'), awsRequestHandler()]).then(
      ([m, requestHandler]) =>
        m.defaultProvider(requestHandler ? { clientConfig: { requestHandler } } : {}) as AwsCredentialsProvider,
    );
    return (await provider)();
  };
}

const SERVER_NAME = 'Amazon Managed Service for Prometheus';
const WORKSPACE_ID_RE = /^ws-[A-Za-z0-9-]+$/;
const WORKSPACE_ARN_RE = /^arn:aws[a-z-]*:aps:([a-z0-9-]+):\d{12}:workspace\/(ws-[A-Za-z0-9-]+)$/;
const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export class AmpSource implements MetricSource {
  readonly kind = 'amp';
  readonly description: string;
  readonly region: string;
  readonly workspaceId: string | undefined;
  private readonly options: AmpSourceOptions;
  private readonly logger: Logger;
  private readonly credentials: AwsCredentialsProvider;
  /** Built on the first signature (the signing modules load only when AMP is queried). */
  private signer: Promise<SignatureV4> | undefined;
  /** Set once the endpoint is known; queries go through it. */
  private inner: PrometheusSource | undefined;
  private pending: Promise<PrometheusSource> | undefined;
  /** HTTP attempts DescribeWorkspace made (the SDK retries on its own). */
  private describeAttempts = 0;
  /** Credential secrets already registered with the logger (credentials are loaded for every signature). */
  private readonly maskedSecrets = new Set<string>();

  constructor(options: AmpSourceOptions) {
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    if (!options.workspaceId && !options.endpoint) {
      throw new ConfigurationError(
        'Amazon Managed Service for Prometheus needs the input "amp-workspace-id" (e.g. "ws-12345678-abcd-...") or "amp-endpoint".',
      );
    }

    let arnRegion: string | undefined;
    if (options.workspaceId) {
      const id = options.workspaceId.trim();
      const arn = WORKSPACE_ARN_RE.exec(id);
      if (arn) {
        arnRegion = arn[1];
        this.workspaceId = arn[2];
      } else if (WORKSPACE_ID_RE.test(id)) {
        this.workspaceId = id;
      } else {
        throw new ConfigurationError(
          `Input "amp-workspace-id" is ${JSON.stringify(options.workspaceId)}: expected a workspace ID such as "ws-12345678-abcd-1234-abcd-123456789012" or its ARN ("arn:aws:aps:us-east-1:123456789012:workspace/ws-...").`,
        );
      }
    }
    // Validate the endpoint now, so a typo fails before any credentials are looked up.
    const endpointBase = options.endpoint ? normaliseBaseUrl(options.endpoint, 'amp-endpoint').base : undefined;
    const endpointRegion = endpointBase
      ? /^aps-workspaces(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com$/.exec(new URL(endpointBase).hostname)?.[1]
      : undefined;

    const givenRegion =
      options.region?.trim() ||
      endpointRegion ||
      arnRegion ||
      env.AWS_REGION?.trim() ||
      env.AWS_DEFAULT_REGION?.trim() ||
      '';
    const region = givenRegion.toLowerCase();
    if (region === '') {
      throw new ConfigurationError(
        'Input "aws-region" is not set: Amazon Managed Service for Prometheus needs the region of the workspace. ' +
          'Set Input "aws-region" to your region (such as us-east-1), or set AWS_REGION (aws-actions/configure-aws-credentials does).',
      );
    }
    if (!REGION_RE.test(region)) {
      throw new ConfigurationError(
        `Input "aws-region" is ${JSON.stringify(givenRegion)}: expected a region such as "us-east-1".`,
      );
    }
    this.region = region;

    this.description = endpointBase
      ? `${SERVER_NAME} at ${redactUrl(endpointBase).replace(/\/$/, '')}`
      : `${SERVER_NAME} workspace ${this.workspaceId} (${region})`;
    this.credentials = options.credentials ?? defaultCredentials();
  }

  async queryRange(q: RangeQuery): Promise<QueryResult> {
    return (await this.source()).queryRange(q);
  }

  async queryInstant(query: string, time: number): Promise<QueryResult> {
    return (await this.source()).queryInstant(query, time);
  }

  /** Query attempts plus the DescribeWorkspace attempts. */
  requestCount(): number {
    return this.describeAttempts + (this.inner?.requestCount() ?? 0);
  }

  /** The workspace's Prometheus endpoint (without a trailing slash), looking it up if needed. */
  async endpoint(): Promise<string> {
    return (await this.source()).baseUrl;
  }

  private source(): Promise<PrometheusSource> {
    if (!this.pending) {
      this.pending = this.createInner().then(
        (s) => {
          this.inner = s;
          return s;
        },
        (e) => {
          this.pending = undefined; // let the next query try again
          throw e;
        },
      );
    }
    return this.pending;
  }

  private async createInner(): Promise<PrometheusSource> {
    const endpoint = this.options.endpoint ?? (await this.describeWorkspace());
    return new PrometheusSource({
      url: endpoint,
      timeoutMs: this.options.timeoutMs,
      retries: this.options.retries,
      retry: this.options.retry,
      ...(this.options.deadline ? { deadline: this.options.deadline } : {}),
      logger: this.logger,
      signRequest: (req) => this.sign(req),
      kind: this.kind,
      description: this.description,
      serverName: SERVER_NAME,
    });
  }

  /** DescribeWorkspace → workspace.prometheusEndpoint. */
  private async describeWorkspace(): Promise<string> {
    const id = this.workspaceId as string;
    const { AmpClient, DescribeWorkspaceCommand } = await import('@aws-sdk/client-amp');
    // Without these the SDK would wait forever for an unreachable endpoint; behind a proxy, its handler keeps them.
    const timeouts = { connectionTimeout: 10_000, requestTimeout: this.options.timeoutMs ?? 30_000 };
    const client = new AmpClient({
      region: this.region,
      credentials: () => this.loadCredentials(),
      requestHandler: (await awsRequestHandler(process.env, timeouts)) ?? timeouts,
    });
    try {
      const out = await client.send(new DescribeWorkspaceCommand({ workspaceId: id }));
      this.describeAttempts += out.$metadata.attempts ?? 1;
      const ws = out.workspace;
      const status = ws?.status?.statusCode;
      if (status && status !== 'ACTIVE') {
        this.logger.warning(`AMP workspace ${id} is ${status}, not ACTIVE: queries may fail.`);
      }
      if (!ws?.prometheusEndpoint) {
        throw new SourceError(
          `DescribeWorkspace for AMP workspace ${id} (${this.region}) returned no prometheusEndpoint.`,
        );
      }
      const endpoint = ws.prometheusEndpoint.replace(/\/+$/, '');
      this.logger.debug(`AMP workspace ${id} (${this.region}): endpoint ${endpoint}`);
      return endpoint;
    } catch (e) {
      const err = e as Error & { $metadata?: { attempts?: number; httpStatusCode?: number } };
      if (err instanceof SourceError || err instanceof ConfigurationError) throw err;
      this.describeAttempts += err.$metadata?.attempts ?? 1;
      if (err.name === 'ResourceNotFoundException') {
        throw new ConfigurationError(
          `Input "amp-workspace-id" is ${JSON.stringify(id)}: there is no such workspace in region ${this.region}. ` +
            `Check the ID (\`aws amp list-workspaces --region ${this.region}\`) and the "aws-region" input.`,
          { cause: e },
        );
      }
      if (err.name === 'AccessDeniedException' || err.$metadata?.httpStatusCode === 403) {
        throw new SourceError(
          `Not allowed to look up AMP workspace ${id} (${this.region}): ${errorMessage(e)}. ` +
            'Grant the role aps:DescribeWorkspace, or give "amp-endpoint" instead of "amp-workspace-id".',
          { status: 403, cause: e },
        );
      }
      throw new SourceError(`Could not look up AMP workspace ${id} (${this.region}): ${errorMessage(e)}`, {
        status: err.$metadata?.httpStatusCode,
        cause: e,
      });
    } finally {
      client.destroy();
    }
  }

  private async createSigner(): Promise<SignatureV4> {
    const [{ Sha256 }, { SignatureV4 }] = await Promise.all([
      import('@aws-crypto/sha256-js'),
      import('@smithy/signature-v4'),
    ]);
    return new SignatureV4({
      service: 'aps',
      region: this.region,
      credentials: () => this.loadCredentials(),
      sha256: Sha256,
    });
  }

  /** The signing hook: SigV4 over method, path, query, headers (incl. host) and the body's SHA-256. */
  private async sign(req: HttpRequestSpec): Promise<HttpRequestSpec> {
    this.signer ??= this.createSigner();
    const [signer, { HttpRequest }] = await Promise.all([this.signer, import('@smithy/protocol-http')]);
    const url = new URL(req.url);
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? (values[0] as string) : values;
    }
    const signed = await signer.sign(
      new HttpRequest({
        method: req.method,
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port === '' ? undefined : Number(url.port),
        path: url.pathname,
        query,
        // fetch() sends exactly this Host (host[:port]), so the signature covers what goes on the wire.
        headers: { ...req.headers, host: url.host },
        body: req.body,
      }),
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers)) {
      if (name.toLowerCase() !== 'host') headers[name] = value;
    }
    return { ...req, headers };
  }

  private async loadCredentials(): Promise<AwsCredentials> {
    try {
      const creds = await this.credentials();
      // The secret parts must never reach a log (the access key ID is not secret and helps debugging).
      for (const secret of [creds.secretAccessKey, creds.sessionToken]) {
        if (secret && !this.maskedSecrets.has(secret)) {
          this.maskedSecrets.add(secret);
          this.logger.secret(secret);
        }
      }
      return creds;
    } catch (e) {
      throw new ConfigurationError(
        `No AWS credentials found for ${SERVER_NAME} (${errorMessage(e)}). ${AWS_CREDENTIALS_FIX}`,
        { cause: e },
      );
    }
  }
}
