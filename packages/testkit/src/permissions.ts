/**
 * Least privilege, proven by tests: classify every request an action sent to a loopback fake into the
 * permission it needs, so a test can compare what the code does with what docs/iam.md documents.
 *
 * AWS (`awsOperation`): the service is read from the SigV4 credential scope of the Authorization header
 * (".../<region>/<service>/aws4_request", the IAM service prefix; CloudWatch's "monitoring" is "cloudwatch");
 * the operation from
 *   - JSON 1.0 / 1.1 protocols (CodeDeploy, Cost Explorer, KMS, Application Auto Scaling, CloudWatch, Compute
 *     Optimizer): the X-Amz-Target header ("CodeDeploy_20141006.StopDeployment");
 *   - REST-JSON Lambda: GET / PUT /2015-03-31/functions/{name}/configuration;
 *   - REST-XML S3: method + path shape (GET /bucket/key = GetObject, PUT = PutObject, HEAD = HeadObject, ...);
 *   - AMP: REST-JSON GET /workspaces/{id} = DescribeWorkspace, and the Prometheus query API under
 *     /workspaces/{id}/api/v1/ (query, query_range = QueryMetrics; labels = GetLabels; series = GetSeries;
 *     metadata = GetMetricMetadata).
 * Each operation maps to the IAM actions it needs, including those the service checks on the caller's behalf
 * (S3 with SSE-KMS: kms:GenerateDataKey to write, kms:Decrypt to read; CodeDeploy CreateDeployment:
 * GetDeploymentConfig and RegisterApplicationRevision).
 *
 * GitHub (`githubPermission`): REST route -> the `permissions:` scope a GITHUB_TOKEN needs (any one of the
 * alternatives suffices). An unknown route is reported as such, so a new API call cannot slip in undocumented.
 */
import type { RecordedRequest } from './fake-server.js';

export interface AwsOperation {
  /** IAM service prefix from the signature ("s3", "codedeploy", "aps"). */
  service: string;
  /** API operation name ("PutObject"), or "UNKNOWN <method> <path>". */
  operation: string;
  /** IAM actions the caller needs for it. */
  iamActions: string[];
}

function header(req: RecordedRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Classify one AWS request; undefined when it is not SigV4-signed (not an AWS call). */
export function awsOperation(req: RecordedRequest): AwsOperation | undefined {
  const auth = header(req, 'authorization') ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth);
  if (!scope) return undefined;
  const service = scope[1] as string;
  const unknown = { service, operation: `UNKNOWN ${req.method} ${req.path}`, iamActions: [] };
  const target = header(req, 'x-amz-target');
  if (target) {
    const operation = target.slice(target.lastIndexOf('.') + 1);
    // CloudWatch signs as "monitoring" but its IAM prefix is "cloudwatch".
    const actions = [`${service === 'monitoring' ? 'cloudwatch' : service}:${operation}`];
    if (service === 'codedeploy' && operation === 'CreateDeployment') {
      // CodeDeploy authorizes a new deployment's config and revision registration on the caller's behalf.
      actions.push('codedeploy:GetDeploymentConfig', 'codedeploy:RegisterApplicationRevision');
    }
    return { service, operation, iamActions: actions };
  }
  if (service === 's3') {
    const segments = req.path.split('/').filter(Boolean);
    const q = req.url.searchParams;
    if (segments.length <= 1) {
      if (req.method === 'GET' && (q.get('list-type') === '2' || q.has('prefix'))) {
        return { service, operation: 'ListObjectsV2', iamActions: ['s3:ListBucket'] };
      }
      return unknown;
    }
    const kms = header(req, 'x-amz-server-side-encryption') === 'aws:kms';
    switch (req.method) {
      // A missing key answers 404 only to a caller allowed s3:ListBucket (otherwise 403 AccessDenied), and
      // driftgate relies on the 404 ("no baseline yet"): so a 404 proves the need for ListBucket.
      case 'GET':
        return {
          service,
          operation: 'GetObject',
          iamActions: ['s3:GetObject', ...(req.status === 404 ? ['s3:ListBucket'] : ['kms:Decrypt'])],
        };
      case 'HEAD':
        return {
          service,
          operation: 'HeadObject',
          iamActions: ['s3:GetObject', ...(req.status === 404 ? ['s3:ListBucket'] : [])],
        };
      case 'PUT':
        if (header(req, 'x-amz-copy-source'))
          return { service, operation: 'CopyObject', iamActions: ['s3:GetObject', 's3:PutObject'] };
        return {
          service,
          operation: 'PutObject',
          iamActions: ['s3:PutObject', ...(kms ? ['kms:GenerateDataKey'] : [])],
        };
      case 'DELETE':
        return { service, operation: 'DeleteObject', iamActions: ['s3:DeleteObject'] };
      default:
        return unknown;
    }
  }
  if (service === 'lambda') {
    // Lambda's REST API: GET / PUT /2015-03-31/functions/{name}/configuration.
    if (/^\/2015-03-31\/functions\/[^/]+\/configuration$/.test(req.path)) {
      if (req.method === 'GET')
        return { service, operation: 'GetFunctionConfiguration', iamActions: ['lambda:GetFunctionConfiguration'] };
      if (req.method === 'PUT')
        return {
          service,
          operation: 'UpdateFunctionConfiguration',
          iamActions: ['lambda:UpdateFunctionConfiguration'],
        };
    }
    return unknown;
  }
  if (service === 'aps') {
    if (req.method === 'GET' && /^\/workspaces\/[^/]+\/?$/.test(req.path)) {
      return { service, operation: 'DescribeWorkspace', iamActions: ['aps:DescribeWorkspace'] };
    }
    const api = /^\/workspaces\/[^/]+\/api\/v1\/(.+)$/.exec(req.path)?.[1];
    if (api === 'query' || api === 'query_range')
      return { service, operation: 'QueryMetrics', iamActions: ['aps:QueryMetrics'] };
    if (api === 'labels' || (api && /^label\/[^/]+\/values$/.test(api)))
      return { service, operation: 'GetLabels', iamActions: ['aps:GetLabels'] };
    if (api === 'series') return { service, operation: 'GetSeries', iamActions: ['aps:GetSeries'] };
    if (api === 'metadata') return { service, operation: 'GetMetricMetadata', iamActions: ['aps:GetMetricMetadata'] };
    return unknown;
  }
  return unknown;
}

/** IAM action patterns ("s3:Get*", "aps:*") as in a policy. */
export function iamActionAllowed(action: string, allowed: Iterable<string>): boolean {
  for (const pattern of allowed) {
    const re = new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    );
    if (re.test(action)) return true;
  }
  return false;
}

/** Which operations each action performed, across scenarios: `record` per fake server after each run. */
export class OperationRegistry {
  readonly byAction = new Map<string, Map<string, AwsOperation & { scenarios: Set<string> }>>();

  record(action: string, scenario: string, requests: RecordedRequest[]): void {
    let ops = this.byAction.get(action);
    if (!ops) {
      ops = new Map();
      this.byAction.set(action, ops);
    }
    for (const req of requests) {
      const op = awsOperation(req);
      if (!op) continue;
      const key = `${op.service}:${op.operation}`;
      const seen = ops.get(key) ?? { ...op, iamActions: [], scenarios: new Set<string>() };
      seen.scenarios.add(scenario);
      // The same operation can need more in another call (GetObject of a missing key: s3:ListBucket).
      seen.iamActions = [...new Set([...seen.iamActions, ...op.iamActions])];
      ops.set(key, seen);
    }
  }

  operations(action: string): Array<AwsOperation & { scenarios: Set<string> }> {
    return [...(this.byAction.get(action)?.values() ?? [])];
  }

  iamActions(action: string): Set<string> {
    return new Set(this.operations(action).flatMap((o) => o.iamActions));
  }
}

export type GitHubScope = 'contents' | 'pull-requests' | 'issues' | 'checks' | 'actions' | 'members' | 'none';
export interface GitHubGrant {
  scope: GitHubScope;
  level: 'read' | 'write';
}

const R = (scope: GitHubScope): GitHubGrant => ({ scope, level: 'read' });
const W = (scope: GitHubScope): GitHubGrant => ({ scope, level: 'write' });
const NONE: GitHubGrant = { scope: 'none', level: 'read' };

/**
 * REST route -> the permission a GITHUB_TOKEN needs. Each entry is a list of alternatives (any one suffices),
 * each alternative a list of grants (all needed). Paths are matched without the query string.
 */
export const GITHUB_ROUTES: Array<{ route: string; re: RegExp; needs: GitHubGrant[][] }> = [
  ['GET /user', [[NONE]]],
  ['POST /graphql', [[NONE]]],
  ['GET /repos/{o}/{r}/releases/latest', [[R('contents')]]],
  ['GET /repos/{o}/{r}/releases/tags/{tag}', [[R('contents')]]],
  // Draft releases are only listed for a token that can push.
  ['GET /repos/{o}/{r}/releases', [[W('contents')]]],
  ['GET /repos/{o}/{r}/releases/{id}', [[R('contents')]]],
  ['PATCH /repos/{o}/{r}/releases/{id}', [[W('contents')]]],
  ['GET /repos/{o}/{r}/releases/{id}/assets', [[R('contents')]]],
  ['DELETE /repos/{o}/{r}/releases/assets/{id}', [[W('contents')]]],
  ['POST /repos/{o}/{r}/releases/{id}/assets', [[W('contents')]]],
  ['GET /repos/{o}/{r}/issues/{n}/comments', [[R('issues')], [R('pull-requests')]]],
  ['POST /repos/{o}/{r}/issues/{n}/comments', [[W('issues')], [W('pull-requests')]]],
  ['PATCH /repos/{o}/{r}/issues/comments/{id}', [[W('issues')], [W('pull-requests')]]],
  ['GET /repos/{o}/{r}/issues/{n}/events', [[R('issues')], [R('pull-requests')]]],
  ['GET /repos/{o}/{r}/issues', [[R('issues')]]],
  ['POST /repos/{o}/{r}/issues', [[W('issues')]]],
  ['POST /repos/{o}/{r}/check-runs', [[W('checks')]]],
  ['PATCH /repos/{o}/{r}/check-runs/{id}', [[W('checks')]]],
  ['GET /repos/{o}/{r}/pulls', [[R('pull-requests')]]],
  ['GET /repos/{o}/{r}/pulls/{n}', [[R('pull-requests')]]],
  ['GET /repos/{o}/{r}/pulls/{n}/reviews', [[R('pull-requests')]]],
  ['GET /repos/{o}/{r}/pulls/{n}/files', [[R('pull-requests')]]],
  ['GET /repos/{o}/{r}/commits', [[R('contents')]]],
  ['GET /repos/{o}/{r}/commits/{sha}/pulls', [[R('contents'), R('pull-requests')]]],
  ['GET /repos/{o}/{r}/commits/{sha}', [[R('contents')]]],
  ['GET /repos/{o}/{r}/contents/{path+}', [[R('contents')]]],
  ['GET /orgs/{org}/teams/{slug}', [[R('members')]]],
  ['GET /orgs/{org}/teams/{slug}/memberships/{user}', [[R('members')]]],
].map(([route, needs]) => {
  const [method, path] = (route as string).split(' ') as [string, string];
  const re = new RegExp(
    `^${method} ${path
      .split('/')
      .map((s) => (s === '{path+}' ? '.+' : s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );
  return { route: route as string, re, needs: needs as GitHubGrant[][] };
});

/** The route and the permission of one GitHub API request (uploads.github.com paths lose their /uploads prefix). */
export function githubPermission(method: string, path: string): { route: string; needs: GitHubGrant[][] } | undefined {
  const p = path.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/(api\/)?uploads(?=\/)/, '');
  const call = `${method} ${p}`;
  const hit = GITHUB_ROUTES.find((r) => r.re.test(call));
  return hit ? { route: hit.route, needs: hit.needs } : undefined;
}

/** Whether `granted` (e.g. {contents: 'write', checks: 'write'}) satisfies `needs`. */
export function grantsSatisfy(needs: GitHubGrant[][], granted: Record<string, string>): boolean {
  const has = (g: GitHubGrant) =>
    g.scope === 'none' || granted[g.scope] === 'write' || (g.level === 'read' && granted[g.scope] === 'read');
  return needs.some((alternative) => alternative.every(has));
}
