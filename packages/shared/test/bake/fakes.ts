/**
 * Loopback fakes for the post-deploy-verify tests, on testkit's startFakeServer (every request recorded):
 * S3 (path-style, in-memory objects, conditional writes, checksums), CodeDeploy (AWS JSON 1.1 with a small
 * deployment state machine), Jira, GitHub issues, Slack and Grafana. Tests assert the wire requests.
 */
import { createHash } from 'node:crypto';
import {
  type FakeResponse,
  type FakeServer,
  json,
  type RecordedRequest,
  routes,
  startFakeServer,
} from '@driftgate/testkit/fake-server';

function s3Error(status: number, code: string, message: string): FakeResponse {
  return {
    status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
}

export interface FakeS3 extends FakeServer {
  /** Keys per ListObjectsV2 page (default 1000, as S3). */
  listPageSize: number;
  objects: Map<string, { body: Buffer; etag: string; sha256: string; headers: Record<string, string> }>;
  puts(): RecordedRequest[];
  /** Make the next `n` PUTs fail with 500 (retries), or every PUT when n is Infinity. */
  failPuts(n: number): void;
}

export async function startFakeS3(): Promise<FakeS3> {
  const objects: FakeS3['objects'] = new Map();
  /** ListObjectsV2 (path-style GET /bucket?list-type=2): keys in order, `listPageSize` a page. */
  const listObjectsV2 = (req: RecordedRequest, bucketPath: string): FakeResponse => {
    const bucket = bucketPath.replace(/\/$/, '');
    const q = req.url.searchParams;
    const prefix = q.get('prefix') ?? '';
    const all = [...objects.keys()]
      .filter((k) => k.startsWith(`${bucket}/${prefix}`))
      .map((k) => k.slice(bucket.length + 1))
      .sort();
    const from = Number(q.get('continuation-token') ?? 0);
    const page = all.slice(from, from + fake.listPageSize);
    const more = from + fake.listPageSize < all.length;
    const contents = page
      .map((k) => `<Contents><Key>${k}</Key><Size>${objects.get(`${bucket}/${k}`)?.body.length ?? 0}</Size></Contents>`)
      .join('');
    return {
      status: 200,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${fake.listPageSize}</MaxKeys><IsTruncated>${more}</IsTruncated>${more ? `<NextContinuationToken>${from + fake.listPageSize}</NextContinuationToken>` : ''}${contents}</ListBucketResult>`,
    };
  };
  let failing = 0;
  let version = 0;
  const server = await startFakeServer((req) => {
    const key = decodeURIComponent(req.path.slice(1)); // bucket/key
    if (req.method === 'PUT') {
      if (failing > 0) {
        failing--;
        return s3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
      }
      const existing = objects.get(key);
      if (req.headers['if-none-match'] === '*' && existing)
        return s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
      if (req.headers['if-match'] && (!existing || existing.etag !== req.headers['if-match'])) {
        return s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
      }
      const sha256 = createHash('sha256').update(req.body).digest('base64');
      const claimed = req.headers['x-amz-checksum-sha256'];
      if (claimed && claimed !== sha256)
        return s3Error(400, 'BadDigest', 'The SHA256 you specified did not match the calculated checksum.');
      const etag = `"${createHash('md5').update(req.body).digest('hex')}-${++version}"`;
      objects.set(key, {
        body: req.body,
        etag,
        sha256,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      });
      return {
        status: 200,
        headers: { etag, 'x-amz-checksum-sha256': sha256, 'x-amz-server-side-encryption': 'aws:kms' },
      };
    }
    if (req.method === 'GET' && req.url.searchParams.get('list-type') === '2') return listObjectsV2(req, key);
    const obj = objects.get(key);
    if (req.method === 'HEAD') {
      if (!obj) return { status: 404 };
      return {
        status: 200,
        headers: { etag: obj.etag, 'content-length': String(obj.body.length), 'x-amz-checksum-sha256': obj.sha256 },
      };
    }
    if (req.method === 'GET') {
      if (!obj) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
      return { status: 200, headers: { etag: obj.etag, 'content-type': 'application/json' }, body: obj.body };
    }
    return s3Error(405, 'MethodNotAllowed', req.method);
  });
  const fake = Object.assign(server, {
    objects,
    listPageSize: 1000,
    puts: () => server.requests.filter((r) => r.method === 'PUT'),
    failPuts: (n: number) => {
      failing = n;
    },
  });
  return fake;
}

export interface FakeDeployment {
  deploymentId: string;
  applicationName: string;
  deploymentGroupName: string;
  status: string;
  computePlatform?: string;
  createTime?: number;
  description?: string;
  previousRevision?: unknown;
  revision?: unknown;
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackMessage?: string };
}

export interface FakeCodeDeploy extends FakeServer {
  deployments: Map<string, FakeDeployment>;
  /** X-Amz-Target operation names, in order. */
  calls(): string[];
  /** Fail the next `times` calls of an operation with an error of `type` (running `onFail` each time). */
  failNext(op: string, type: string, times?: number, onFail?: () => void): void;
}

/**
 * CodeDeploy: StopDeployment(autoRollbackEnabled) marks the deployment Stopped with a rollback deployment
 * (InProgress when first read, then Succeeded); CreateDeployment adds a deployment that has Succeeded.
 */
export async function startFakeCodeDeploy(initial: FakeDeployment[]): Promise<FakeCodeDeploy> {
  const deployments = new Map(
    initial.map((d) => [d.deploymentId, { createTime: 1_796_000_000, computePlatform: 'ECS', ...d }]),
  );
  const failures = new Map<string, { type: string; times: number; onFail?: () => void }>();
  let n = 0;
  // A rollback deployment is InProgress when first read, Succeeded from the second read on.
  const info = (d: FakeDeployment) => {
    const out = { ...d };
    if (d.status === 'InProgress' && d.description?.startsWith('rollback-of')) d.status = 'Succeeded';
    return out;
  };
  const server = await startFakeServer((req) => {
    const op = String(req.headers['x-amz-target'] ?? '').replace('CodeDeploy_20141006.', '');
    const body = req.text() ? req.json() : {};
    const fail = failures.get(op);
    if (fail && fail.times > 0) {
      fail.times--;
      fail.onFail?.();
      return json(400, { __type: fail.type, message: `fake ${fail.type}` }, { 'x-amzn-errortype': fail.type });
    }
    const get = (id: string) => deployments.get(id);
    switch (op) {
      case 'GetDeployment': {
        const d = get(body.deploymentId);
        if (!d) return json(400, { __type: 'DeploymentDoesNotExistException', message: 'no such deployment' });
        return json(200, { deploymentInfo: info(d) });
      }
      case 'ListDeployments':
        return json(200, {
          deployments: [...deployments.values()]
            .filter(
              (d) => d.applicationName === body.applicationName && d.deploymentGroupName === body.deploymentGroupName,
            )
            .sort((a, b) => (b.createTime ?? 0) - (a.createTime ?? 0))
            .map((d) => d.deploymentId),
        });
      case 'BatchGetDeployments':
        return json(200, { deploymentsInfo: (body.deploymentIds as string[]).map((id) => get(id)).filter(Boolean) });
      case 'StopDeployment': {
        const d = get(body.deploymentId);
        if (!d) return json(400, { __type: 'DeploymentDoesNotExistException', message: 'no such deployment' });
        if (['Succeeded', 'Failed', 'Stopped'].includes(d.status)) {
          return json(400, {
            __type: 'DeploymentAlreadyCompletedException',
            message: 'The deployment is already completed.',
          });
        }
        const rid = `d-ROLLBACK${++n}`;
        deployments.set(rid, {
          deploymentId: rid,
          applicationName: d.applicationName,
          deploymentGroupName: d.deploymentGroupName,
          status: 'InProgress',
          description: `rollback-of ${d.deploymentId}`,
          createTime: (d.createTime ?? 0) + 100 + n,
        });
        d.status = 'Stopped';
        d.rollbackInfo = body.autoRollbackEnabled
          ? { rollbackDeploymentId: rid, rollbackMessage: 'stopped by user with rollback' }
          : undefined;
        return json(200, { status: 'Succeeded', statusMessage: 'stopped' });
      }
      case 'CreateDeployment': {
        const id = `d-REDEPLOY${++n}`;
        deployments.set(id, {
          deploymentId: id,
          applicationName: body.applicationName,
          deploymentGroupName: body.deploymentGroupName,
          status: 'Succeeded',
          description: body.description,
          revision: body.revision,
          createTime: 1_796_000_500 + n,
        });
        return json(200, { deploymentId: id });
      }
      case 'ContinueDeployment':
        return json(200, {});
      default:
        return json(400, { __type: 'UnknownOperationException', message: op });
    }
  });
  return Object.assign(server, {
    deployments,
    calls: () =>
      server.requests.map((r) => String(r.headers['x-amz-target'] ?? '').replace('CodeDeploy_20141006.', '')),
    failNext: (op: string, type: string, times = 1, onFail?: () => void) => {
      failures.set(op, { type, times, ...(onFail ? { onFail } : {}) });
    },
  });
}

/** Jira (search + create), GitHub issues, Slack and Grafana on one fake server. */
export async function startFakeTicketing(): Promise<FakeServer & { issues: any[]; ghIssues: any[] }> {
  const issues: any[] = [];
  const ghIssues: any[] = [];
  const server = await startFakeServer(
    routes({
      'GET /rest/api/3/search/jql': (req) => {
        const jql = req.url.searchParams.get('jql') ?? '';
        const label = /labels = "([^"]+)"/.exec(jql)?.[1];
        return json(200, {
          issues: issues.filter((i) => i.fields.labels.includes(label)).map((i) => ({ key: i.key })),
        });
      },
      'POST /rest/api/2/issue': (req) => {
        const body = req.json();
        const key = `PERF-${issues.length + 1}`;
        issues.push({ key, ...body });
        return json(201, { id: String(issues.length), key, self: `x/${key}` });
      },
      'GET /repos/:owner/:repo/issues': (req) => {
        const label = req.url.searchParams.get('labels');
        return json(
          200,
          ghIssues.filter((i) => i.labels.some((l: any) => l.name === label)),
        );
      },
      'POST /repos/:owner/:repo/issues': (req, p) => {
        const body = req.json();
        const number = ghIssues.length + 1;
        const issue = {
          number,
          title: body.title,
          body: body.body,
          labels: body.labels.map((name: string) => ({ name })),
          html_url: `https://github.com/${p.owner}/${p.repo}/issues/${number}`,
        };
        ghIssues.push(issue);
        return json(201, issue);
      },
      'POST /slack/webhook': () => ({ status: 200, body: 'ok' }),
      'POST /api/annotations': () => json(200, { id: 1, message: 'Annotation added' }),
    }),
  );
  return Object.assign(server, { issues, ghIssues });
}

export const FAKE_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_REGION: 'eu-west-1',
};
