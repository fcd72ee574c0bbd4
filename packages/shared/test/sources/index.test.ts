/**
 * createSource: exactly one backend, inputs named in every error, the right source built for each.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, startFakeServer } from '@driftgate/testkit/fake-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { AmpSource } from '../../src/io/sources/amp.js';
import { createSource } from '../../src/io/sources/create.js';
import { FileSource, RecordingSource } from '../../src/io/sources/file.js';
import { PrometheusSource } from '../../src/io/sources/prometheus.js';

const ALL_INPUTS = ['"prometheus-url"', '"amp-workspace-id"', '"amp-endpoint"', '"metrics-file"'];

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('createSource: choosing the backend', () => {
  it('requires one source, naming every input', () => {
    const err = configError(() => createSource({ prometheusUrl: '', metricsFile: '  ' }));
    expect(err.message).toMatch(/^No metric source is configured: set exactly one of/);
    for (const input of ALL_INPUTS) expect(err.message).toContain(input);
  });

  it('refuses two sources, naming both', () => {
    const err = configError(() => createSource({ prometheusUrl: 'http://prom:9090', metricsFile: 'rec.json' }));
    expect(err.message).toMatch(/^Conflicting metric sources "prometheus-url" and "metrics-file": set exactly one of/);
    const amp = configError(() => createSource({ ampEndpoint: 'https://x.example', metricsFile: 'rec.json' }));
    expect(amp.message).toContain('"amp-endpoint" and "metrics-file"');
  });

  it('refuses amp-workspace-id together with amp-endpoint', () => {
    const err = configError(() =>
      createSource({ ampWorkspaceId: 'ws-1', ampEndpoint: 'https://x.example', awsRegion: 'us-east-1' }),
    );
    expect(err.message).toContain('Both "amp-workspace-id" and "amp-endpoint" are set');
  });

  it.each([['prometheus.example.com:9090'], ['htp://prometheus.example.com'], ['not a url']])(
    'validates prometheus-url %j, showing the value and an example',
    (url) => {
      const err = configError(() => createSource({ prometheusUrl: url }));
      expect(err.message).toContain(`Input "prometheus-url" is ${JSON.stringify(url)}`);
      expect(err.message).toContain('https://prometheus.example.com:9090');
    },
  );

  it('validates amp-endpoint with the input name', () => {
    const err = configError(() => createSource({ ampEndpoint: 'aps-workspaces/ws-1', awsRegion: 'us-east-1' }));
    expect(err.message).toMatch(/^Input "amp-endpoint" is "aps-workspaces\/ws-1"/);
  });

  it('points an AMP URL given as prometheus-url to amp-endpoint', () => {
    const url = 'https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1/';
    const err = configError(() => createSource({ prometheusUrl: url }));
    expect(err.message).toContain('use "amp-endpoint: https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1"');
  });

  it('validates timeout and retries', () => {
    expect(configError(() => createSource({ prometheusUrl: 'http://p', timeoutMs: 0 })).message).toMatch(/timeout/);
    expect(configError(() => createSource({ prometheusUrl: 'http://p', retries: 1.5 })).message).toMatch(/retries/);
  });

  it('builds an AmpSource for amp-workspace-id / amp-endpoint', () => {
    const ws = createSource({ ampWorkspaceId: 'ws-abc', awsRegion: 'eu-west-1' });
    expect(ws).toBeInstanceOf(AmpSource);
    expect(ws.kind).toBe('amp');
    expect((ws as AmpSource).region).toBe('eu-west-1');
    const ep = createSource({ ampEndpoint: 'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-abc/' });
    expect((ep as AmpSource).region).toBe('eu-west-1');
  });
});

describe('createSource: building sources', () => {
  it('builds a PrometheusSource with parsed prometheus-headers, masking their values', async () => {
    const fake = await startFakeServer(() =>
      json(200, { status: 'success', data: { resultType: 'vector', result: [] } }),
    );
    try {
      const logger = memoryLogger();
      const source = createSource(
        {
          prometheusUrl: `${fake.url}/prefix/`,
          prometheusHeaders: 'X-Scope-OrgID: team-a\nAuthorization: Bearer factory-token-9',
          timeoutMs: 5000,
          retries: 0,
        },
        logger,
      );
      expect(source).toBeInstanceOf(PrometheusSource);
      expect(source.kind).toBe('prometheus');
      expect(source.description).toBe(`${fake.url}/prefix`);
      await source.queryInstant('up', 1);
      expect(fake.requests[0]?.path).toBe('/prefix/api/v1/query');
      expect(fake.requests[0]?.headers['x-scope-orgid']).toBe('team-a');
      expect(fake.requests[0]?.headers.authorization).toBe('Bearer factory-token-9');
      expect(logger.secrets).toEqual(expect.arrayContaining(['team-a', 'Bearer factory-token-9', 'factory-token-9']));
      expect(logger.lines.join('\n')).not.toContain('factory-token-9');
    } finally {
      await fake.close();
    }
  });

  it('reports a bad prometheus-headers input by name', () => {
    const err = configError(() =>
      createSource({ prometheusUrl: 'http://p', prometheusHeaders: 'Authorization Bearer xyz' }),
    );
    expect(err.message).toMatch(/^Input "prometheus-headers" line 1/);
    expect(err.message).not.toContain('xyz');
  });

  describe('metrics-file', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'driftgate-factory-'));
    });
    afterAll(async () => rm(dir, { recursive: true, force: true }));

    it('builds a FileSource from a recording', async () => {
      const path = join(dir, 'rec.json');
      const rec = new RecordingSource({
        kind: 'stub',
        description: 'stub',
        requestCount: () => 0,
        queryRange: async (q) => ({ query: q.query, series: [], warnings: [] }),
        queryInstant: async (query) => ({ query, series: [], warnings: [] }),
      });
      await rec.queryInstant('up', 1);
      await rec.save(path);
      const source = createSource({ metricsFile: path, prometheusUrl: '', ampWorkspaceId: ' ' });
      expect(source).toBeInstanceOf(FileSource);
      expect(await source.queryInstant('up', 1)).toEqual({ query: 'up', series: [], warnings: [] });
    });

    it('names metrics-file when the file is missing', () => {
      const err = configError(() => createSource({ metricsFile: join(dir, 'missing.json') }));
      expect(err.message).toMatch(/^Input "metrics-file" is ".*missing\.json": the file does not exist/);
    });
  });
});
