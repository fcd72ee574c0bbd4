/**
 * Issue 14, "works on a real setup the first time": the bundled driftgate command against a real Prometheus
 * holding a newcomer's lab (lab-fixture.ts: Prometheus scraping itself every 5 s, v1 then v2 with heavier
 * queries, no service/env/version labels), plus the walkthrough configs of examples/bring-your-own-metrics.
 * Each `describe` is one bullet of the issue.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@driftgate/shared';
import { comparisonSchema } from '@driftgate/shared/schemas';
import { type PrometheusServer, REPO_ROOT, startPrometheus } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALB, type Lab, labFixture } from './lab-fixture.js';

const lab: Lab = labFixture();
let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: lab.openMetrics });
}, 120_000);
afterAll(async () => prom?.stop());

const CLI = join(REPO_ROOT, 'packages/cli/dist/index.js');

/** A fresh directory with the given files (paths relative to it). */
function workdir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-lab-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function driftgate(args: string[], cwd = workdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

function report(cwd: string): any {
  return JSON.parse(readFileSync(join(cwd, 'driftgate-report', 'perf-comparison.json'), 'utf8'));
}

const metric = (c: any, id: string) => c.metrics.find((m: { id: string }) => m.id === id);

/** What a newcomer writes for Prometheus' own metrics (after reading the README). */
const LAB_METRICS = `catalog: none
metrics:
  query_p95:
    kind: histogram_quantile
    metric: prometheus_http_request_duration_seconds
    quantile: 0.95
    filter: handler="/api/v1/query"
    worse: higher
    unit: s
    slo: "<= 0.15"
  queries:
    kind: rate
    metric: prometheus_http_requests_total
    filter: handler="/api/v1/query"
    per: minute
    worse: lower
    unit: /min
  cpu:
    kind: rate
    metric: process_cpu_seconds_total
    per: second
    events: false
    worse: higher
    unit: s/s
`;
const BY_WINDOW = `labels: { service: job, environment: none, version: none }\n${LAB_METRICS}`;
const DEFAULT_VERSION_LABEL = `labels: { service: job, environment: none }\n${LAB_METRICS}`;
const BUILD_INFO = `labels: { service: job, environment: none }\nversion_from: prometheus_build_info{version}\n${LAB_METRICS}`;

/** The relabelled copy (service/env/version labels, as the built-in label names expect): today's main can read it. */
const VERSIONED = LAB_METRICS;
const versioned = () => [
  '--prometheus-url',
  prom.url,
  '--service',
  'lab',
  '--environment',
  'lab',
  '--baseline-version',
  'v1',
  '--candidate-version',
  'v2',
];

const url = () => ['--prometheus-url', prom.url, '--service', 'prometheus'];
const v1v2 = () => ['--baseline-window', lab.v1Window(20), '--candidate-window', lab.v2Window(20)];
/** Two windows of the same build (v1), one after the other. */
const v1v1 = () => ['--baseline-window', lab.v1Window(20, 20), '--candidate-window', lab.v1Window(20)];

describe('comparisons without a version label', () => {
  it('labels.version: none — v1 -> v2 by window catches the latency regression; the report names each side’s selector', async () => {
    const r = driftgate(['compare', ...url(), '--config', 'c.yml', ...v1v2()], workdir({ 'c.yml': BY_WINDOW }));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^FAIL: Regression beyond tolerance: query_p95 \+\d+% \(worse\)/);
    expect(r.stdout).toContain('baseline selects job="prometheus" (no version label: told apart by the window)');
    const c = report(r.cwd);
    expect(c.regressions).toEqual(['query_p95', 'cpu']); // and the busy CPU
    expect(c.baseline.selector).toBe('job="prometheus" (no version label: told apart by the window)');
    expect(c.candidate.selector).toBe(c.baseline.selector);
    expect(await validate(comparisonSchema, c)).toEqual([]);
    expect(metric(c, 'query_p95').queries.candidate.at(-1)).not.toMatch(/version|env=/);
  });

  it('no version given and both windows: compared by window with the default labels', async () => {
    const r = driftgate(
      ['compare', ...url(), '--config', 'c.yml', ...v1v2()],
      workdir({ 'c.yml': DEFAULT_VERSION_LABEL }),
    );
    expect(r.code, r.stderr).toBe(1);
    expect(report(r.cwd).baseline.resolvedFrom).toBe('by window (no version label)');
  });

  it('the same build compared with itself over two windows (A/A) passes, by window and with one version on both sides', async () => {
    const byWindow = driftgate(['compare', ...url(), '--config', 'c.yml', ...v1v1()], workdir({ 'c.yml': BY_WINDOW }));
    expect(byWindow.code, byWindow.stdout).toBe(0);
    expect(byWindow.stdout).toMatch(/^PASS: No metric drifted beyond tolerance \(3 metrics compared\)/);
    const sameVersion = driftgate(
      ['compare', ...url(), '--config', 'c.yml', '--baseline-version', 'v1', '--candidate-version', 'v1', ...v1v1()],
      workdir({ 'c.yml': BUILD_INFO }),
    );
    expect(sameVersion.code, sameVersion.stdout + sameVersion.stderr).toBe(0);
    // The same version over the same window is still refused: there is nothing to compare.
    const same = driftgate(
      ['compare', ...url(), '--config', 'c.yml', '--baseline-version', 'v1', '--candidate-version', 'v1'].concat(
        '--baseline-window',
        lab.v1Window(20),
        '--candidate-window',
        lab.v1Window(20),
      ),
      workdir({ 'c.yml': BUILD_INFO }),
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(
      /over the same window: compare two different versions, or the same version over two different windows/,
    );
  });

  it('version_from: prometheus_build_info{version} joins the info metric; the selector says so', async () => {
    const r = driftgate(
      ['compare', ...url(), '--config', 'c.yml', '--baseline-version', 'v1', '--candidate-version', 'v2', ...v1v2()],
      workdir({ 'c.yml': BUILD_INFO }),
    );
    expect(r.code, r.stderr).toBe(1);
    const c = report(r.cwd);
    expect(c.regressions).toEqual(['query_p95', 'cpu']);
    expect(c.candidate.selector).toBe(
      'job="prometheus", joined on(job, instance) with prometheus_build_info{version="v2"}',
    );
    expect(metric(c, 'query_p95').queries.candidate.at(-1)).toContain(
      '* on(job, instance) group_left() max by (job, instance) (prometheus_build_info{version="v2"})',
    );
    // The join really selects by version: v2's name over v1's hours finds no series.
    const wrong = driftgate(
      ['compare', ...url(), '--config', 'c.yml', '--baseline-version', 'v1', '--candidate-version', 'v2', ...v1v1()],
      workdir({ 'c.yml': BUILD_INFO }),
    );
    expect(wrong.code).toBe(3);
  });
});

describe('a metric-name mistake never passes', () => {
  it('a doubled _bucket suffix is inconclusive (exit 3) with the fix, over a 2x latency rise', async () => {
    // Latency and throughput only: nothing else fails the gate, so only the mistake could let it pass.
    const config = VERSIONED.slice(0, VERSIONED.indexOf('  cpu:')).replace(
      'metric: prometheus_http_request_duration_seconds\n',
      'metric: prometheus_http_request_duration_seconds_bucket\n',
    );
    const r = driftgate(['compare', ...versioned(), '--config', 'c.yml', ...v1v2()], workdir({ 'c.yml': config }));
    expect(r.code).toBe(3);
    const m = metric(report(r.cwd), 'query_p95');
    expect(m.verdict).toBe('inconclusive');
    expect(m.notes).toContain(
      'no series named prometheus_http_request_duration_seconds_bucket_bucket, but prometheus_http_request_duration_seconds_bucket exists: the histogram_quantile kind adds _bucket itself; set metric: prometheus_http_request_duration_seconds',
    );
  });

  it('a wrong label value is inconclusive, with the label values that do exist', async () => {
    const r = driftgate(
      ['compare', '--prometheus-url', prom.url, '--service', 'prometheus-server', '--config', 'c.yml', ...v1v2()],
      workdir({ 'c.yml': BY_WINDOW }),
    );
    expect(r.code).toBe(3);
    const notes = metric(report(r.cwd), 'queries').notes.join('\n');
    expect(notes).toMatch(
      /series named prometheus_http_requests_total exist, but none with job="prometheus-server".*they have \{job="prometheus"\}, \{job="relabelled"\}:/,
    );
  });

  it('only built-in catalog metrics may be not-applicable, and a run where all are is inconclusive', async () => {
    const r = driftgate(
      ['compare', ...url(), '--config', 'c.yml', ...v1v2()],
      workdir({ 'c.yml': 'labels: { service: job, environment: none, version: none }\n' }),
    );
    expect(r.code).toBe(3);
    const c = report(r.cwd);
    expect(c.metrics.every((m: { verdict: string }) => m.verdict === 'not-applicable')).toBe(true);
    expect(c.verdict).toBe('inconclusive');
    expect(r.stdout).toContain('9 built-in metrics have no series here (not-applicable); catalog: none in the config');
  });
});

describe('honest short windows', () => {
  it('the SLO is judged on the p95 Grafana shows (histogram_quantile over the pooled buckets)', async () => {
    const r = driftgate(['compare', ...versioned(), '--config', 'c.yml', ...v1v2()], workdir({ 'c.yml': VERSIONED }));
    const m = metric(report(r.cwd), 'query_p95');
    const [start, end] = lab.v2Window(20).split('..').map(Number) as [number, number];
    const q = `histogram_quantile(0.95, sum by (le) (increase(prometheus_http_request_duration_seconds_bucket{handler="/api/v1/query",service="lab",version="v2"}[${end - start}s])))`;
    const res = await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent(q)}&time=${end}`);
    const grafana = Number(((await res.json()) as any).data.result[0].value[1]);
    expect(grafana).toBeGreaterThan(0.15);
    expect(m.candidate.value).toBeLessThan(0.15); // driftgate's log-probit estimate alone would read "ok"
    expect(m.slo.candidateValue).toBeCloseTo(grafana, 2);
    expect(m.slo.candidateMet).toBe(false);
    expect(await validate(comparisonSchema, report(r.cwd))).toEqual([]);
    expect(r.stdout).toMatch(/query_p95 .* BREACH/);
  });

  it('6-minute windows are inconclusive with the reason, and the assumed scrape interval is stated', async () => {
    const r = driftgate(
      [
        'compare',
        ...versioned(),
        '--config',
        'c.yml',
        '--baseline-window',
        lab.v1Window(6),
        '--candidate-window',
        lab.v2Window(6),
      ],
      workdir({ 'c.yml': VERSIONED }),
    );
    expect(r.code).toBe(3);
    const m = metric(report(r.cwd), 'query_p95');
    expect(m.verdict).toBe('inconclusive');
    expect(m.notes[0]).toMatch(/window is too short to judge: 6 sub-windows of 60s with data, drift-interval needs 10/);
    expect(m.notes.join('\n')).toMatch(
      /scrape interval not measured \(the baseline window is shorter than 11m\): assumed 15s/,
    );
  });

  it('mann-whitney says it cannot detect anything with 2 vs 2 windows instead of passing 45x CPU', async () => {
    const r = driftgate(
      [
        'compare',
        ...versioned(),
        '--config',
        'c.yml',
        '--method',
        'mann-whitney',
        '--baseline-window',
        lab.v1Window(10),
        '--candidate-window',
        lab.v2Window(10),
      ],
      workdir({ 'c.yml': VERSIONED }),
    );
    expect(r.code).toBe(3);
    const cpu = metric(report(r.cwd), 'cpu');
    expect(cpu.candidate.value / cpu.baseline.value).toBeGreaterThan(30);
    expect(cpu.verdict).toBe('inconclusive');
    expect(cpu.notes[0]).toMatch(
      /^mann-whitney cannot detect anything with 2 vs 2 5-minute windows: the smallest possible p-value is 0\.\d+, above 0\.02; it needs at least 5 vs 5/,
    );
  });
});

describe('the change as it happened', () => {
  it('throughput rising shows as +N% better (and a regression as +N% worse), in the table and the Markdown', async () => {
    const r = driftgate(['compare', ...versioned(), '--config', 'c.yml', ...v1v2()], workdir({ 'c.yml': VERSIONED }));
    const m = metric(report(r.cwd), 'queries');
    const rise = m.candidate.value / m.baseline.value - 1;
    expect(rise).toBeGreaterThan(0.5);
    expect(m.drift).toBeCloseTo(-rise, 6); // the JSON keeps drift signed so that positive is worse
    const shown = `+${(rise * 100).toFixed(1)}% better`;
    expect(r.stdout).toMatch(new RegExp(`queries .* \\${shown} `));
    const md = readFileSync(join(r.cwd, 'driftgate-report', 'perf-comparison.md'), 'utf8');
    expect(md).toContain('| Baseline | Candidate | Change | Interval |');
    expect(md).toContain(`| ${shown} |`);
    expect(r.stdout).toMatch(/query_p95 .* \+\d+\.\d% worse /);
  });
});

describe('config friction', () => {
  it('rate without per and gauge without aggregate take their defaults (per second, avg)', async () => {
    const config = `catalog: none
metrics:
  cpu: { kind: rate, metric: process_cpu_seconds_total, events: false, worse: higher }
  up_info: { kind: gauge, metric: process_cpu_seconds_total, worse: higher }
`;
    const r = driftgate(['compare', ...versioned(), '--config', 'c.yml', ...v1v2()], workdir({ 'c.yml': config }));
    expect(r.code, r.stderr).toBe(1); // the 45x CPU
    expect(r.stdout).toMatch(/cpu .* REGRESSION/);
    const c = report(r.cwd);
    expect(metric(c, 'cpu').baseline.value).toBeCloseTo(0.002, 3); // per second
    expect(metric(c, 'up_info').queries.baseline.at(-1)).toMatch(/^avg\(avg_over_time\(process_cpu_seconds_total/);
  });

  it('the config schema gives every key a description, and its defaults', async () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/shared/schemas/config.schema.json'), 'utf8'));
    const missing: string[] = [];
    const walk = (props: Record<string, any>, at: string) => {
      for (const [k, v] of Object.entries(props)) {
        if (!v.description) missing.push(`${at}${k}`);
        if (v.properties) walk(v.properties, `${at}${k}.`);
      }
    };
    walk(schema.properties, '');
    walk(schema.definitions.metric.properties, 'metrics.*.');
    expect(missing).toEqual([]);
    expect(schema.definitions.metric.properties.per.default).toBe('second');
    expect(schema.definitions.metric.properties.aggregate.default).toBe('avg');
    expect(schema.properties.catalog.description).toMatch(/none \(only the metrics listed under metrics:/);
    expect(schema.properties.labels.properties.version.description).toMatch(/or none: no version label/);
    expect(schema.properties.tolerance.default).toBe('10%');
  });
});

describe('bring your own metrics (examples/)', () => {
  const example = (name: string) => join(REPO_ROOT, 'examples/bring-your-own-metrics', name);

  it('OpenTelemetry: http_server_request_duration_seconds with service.version from target_info', async () => {
    const args = ['--prometheus-url', prom.url, '--service', 'shop/checkout', '--config', example('opentelemetry.yml')];
    const r = driftgate(['compare', ...args, '--baseline-version', '1.0.0', '--candidate-version', '1.1.0', ...v1v2()]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(report(r.cwd).regressions).toEqual(['latency_p95']);
    const aa = driftgate([
      'compare',
      ...args,
      '--baseline-version',
      '1.0.0',
      '--candidate-version',
      '1.0.0',
      ...v1v1(),
    ]);
    expect(aa.code, aa.stdout).toBe(0);
  });

  it('CloudWatch through an exporter (5-minute samples), by window', async () => {
    const args = ['--prometheus-url', prom.url, '--service', ALB, '--config', example('cloudwatch.yml')];
    const r = driftgate([
      'compare',
      ...args,
      '--baseline-window',
      lab.v1Window(60),
      '--candidate-window',
      lab.v2Window(60),
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const c = report(r.cwd);
    expect(c.regressions).toEqual(['response_time']);
    expect(metric(c, 'requests').verdict).toBe('pass');
    // errors_5xx has no series in this lab: configured, so inconclusive, not a quiet pass... but a
    // regression already fails the gate.
    expect(metric(c, 'errors_5xx').verdict).toBe('inconclusive');
  });
});

describe('a bake shorter than its judge window', () => {
  it('shrinks the window to the bake and warns', async () => {
    const config = `${VERSIONED}bake:
  ratio: { metrics: [query_p95] }
  ticket: { metrics: [query_p95] }
`;
    const start = Number(lab.v2Window(1).split('..')[0]);
    const r = driftgate(
      [
        'verify',
        ...versioned(),
        '--config',
        'c.yml',
        '--baseline-window',
        lab.v1Window(30),
        '--bake-start',
        String(start),
        '--bake-duration',
        '4m',
        '--window',
        '5m',
        '--fail-on',
        'none',
        '--rollback',
        'off',
        '--no-promote',
      ],
      workdir({ 'c.yml': config }),
    );
    expect(r.code, r.stdout + r.stderr).not.toBe(2);
    expect(r.stderr).toContain(
      // The settings name the input as the command line does (flows/bake/verify-settings.ts refer).
      'warning: --window is 5m, longer than the 4m bake: the judge window is shrunk to 4m so the drift rule can run',
    );
  });
});

describe('the demo uses its own configuration and the README commands run verbatim', () => {
  /** The README's shell lines that run without a server or placeholders: the ones a newcomer copies first. */
  function readmeCommands(): string[] {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    return blocks
      .flatMap((b) => b.split('\n'))
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .flatMap((l) => l.split(' && '))
      .filter((l) => /^(npm run demo|node packages\/cli\/dist\/index\.js (demo|verify --metrics-file))/.test(l));
  }

  it('in a fresh checkout with a .github/driftgate.yml of its own', async () => {
    const dir = workdir();
    // A fresh checkout of what the commands read (README, package.json, the demo recordings) ...
    const archive = execFileSync(
      'git',
      ['-C', REPO_ROOT, 'ls-files', 'README.md', 'package.json', 'packages/cli/demo'],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter(Boolean);
    for (const f of archive) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), readFileSync(join(REPO_ROOT, f)));
    }
    // ... with the bundle under test (CI rebuilds dist/ from source) and a repository config that would
    // answer none of the recorded queries.
    for (const d of ['packages/cli/dist', 'dist']) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/driftgate.yml'), BY_WINDOW);
    const commands = readmeCommands();
    expect(commands).toEqual([
      'npm run demo',
      'node packages/cli/dist/index.js verify --metrics-file packages/cli/demo/bake-recording.json --rollback dry-run --fail-on none',
    ]);
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(
        command.includes('verify') ? /post-deploy-verify: rollback/ : /Caught: latency_p95_read/,
      );
    }
  });
});
