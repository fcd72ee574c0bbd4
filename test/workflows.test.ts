/**
 * The workflow files (this repository's and the examples) beyond what actionlint checks:
 *   - steps using a driftgate action (acme/driftgate/actions/<name>@v1, which actionlint cannot resolve) only pass
 *     inputs that actions/<name>/action.yml declares, and every required one;
 *   - third-party actions are pinned by a full commit SHA with a version comment, listed in
 *     .github/pinned-actions.json with that version and a runtime (runs.using) that is the current one (node24);
 *   - least privilege: workflow-level permissions are declared, every job has a timeout, and every checkout
 *     has persist-credentials: false;
 *   - every example is explained in examples/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = join(import.meta.dirname, '..');
/** Third-party actions referenced by tag, with the reason (none today). */
const UNPINNED_ALLOWED: Record<string, string> = {};

/** The pins the repository keeps: each pinned action's release and the runtime its action.yml declares there. */
const PINNED = JSON.parse(readFileSync(join(ROOT, '.github', 'pinned-actions.json'), 'utf8')) as {
  runtime: string;
  actions: Record<string, { version: string; using: string }>;
};

const files = ['.github/workflows', 'examples/workflows'].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${d}/${f}`),
);

function actionInputs(name: string): Record<string, { required?: boolean; default?: unknown }> {
  const doc = YAML.parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  return doc.inputs ?? {};
}

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const wf = YAML.parse(text) as { permissions?: unknown; jobs: Record<string, any> };
  const steps = Object.entries(wf.jobs).flatMap(([job, j]) =>
    ((j.steps ?? []) as any[]).map((s, i) => ({ job, index: i, step: s })),
  );

  it('passes driftgate actions only inputs they declare, and every required one', () => {
    const problems: string[] = [];
    for (const { job, index, step } of steps) {
      const m = /^(?:acme\/driftgate\/|\.\/)actions\/([a-z-]+)(?:@.+)?$/.exec(step.uses ?? '');
      if (!m) continue;
      const inputs = actionInputs(m[1] as string);
      const given = Object.keys(step.with ?? {});
      for (const k of given) if (!(k in inputs)) problems.push(`${job}[${index}]: ${m[1]} has no input "${k}"`);
      for (const [k, v] of Object.entries(inputs)) {
        if (v.required && v.default === undefined && !given.includes(k)) {
          problems.push(`${job}[${index}]: ${m[1]} needs input "${k}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('pins third-party actions by full SHA with a version comment', () => {
    const problems: string[] = [];
    for (const line of text.split('\n')) {
      const m = /^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(\S.*))?$/.exec(line);
      if (!m) continue;
      const ref = m[1] as string;
      if (ref.startsWith('./') || ref.startsWith('acme/driftgate/')) continue;
      if (UNPINNED_ALLOWED[ref]) continue;
      if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref)) problems.push(`${ref}: not pinned to a full commit SHA`);
      else if (!m[2] || !/^v\d+(\.\d+){0,2}/.test(m[2])) problems.push(`${ref}: no "# vX.Y.Z" comment`);
      else {
        const pin = PINNED.actions[ref];
        if (!pin) problems.push(`${ref}: not in .github/pinned-actions.json`);
        else {
          if (pin.version !== m[2].trim()) problems.push(`${ref}: commented ${m[2]}, listed as ${pin.version}`);
          if (pin.using !== PINNED.runtime)
            problems.push(`${ref} (${pin.version}) runs on ${pin.using}, not ${PINNED.runtime}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('declares workflow permissions, job timeouts and checkouts without persisted credentials', () => {
    expect(wf.permissions, 'workflow-level permissions').toBeDefined();
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (job.uses) continue; // a reusable workflow call: its jobs have their own timeouts
      expect(job['timeout-minutes'], `${name}: timeout-minutes`).toBeGreaterThan(0);
    }
    for (const { job, index, step } of steps) {
      if (String(step.uses ?? '').startsWith('actions/checkout@')) {
        expect(step.with?.['persist-credentials'], `${job}[${index}]: persist-credentials`).toBe(false);
      }
    }
  });

  if (file.startsWith('examples/')) {
    it('is explained in examples/README.md', () => {
      expect(readFileSync(join(ROOT, 'examples', 'README.md'), 'utf8')).toContain(`## [\`${file}\`]`);
    });
  }
});

describe.each(readdirSync(join(ROOT, 'actions')))('actions/%s/action.yml', (name) => {
  it('is valid YAML whose every input is described and either required or has a default', () => {
    const doc = YAML.parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const problems = Object.entries(doc.inputs as Record<string, any>).flatMap(([k, v]) => [
      ...(typeof v.description === 'string' && v.description.length > 10 ? [] : [`${k}: no description`]),
      ...(v.required === true || 'default' in v ? [] : [`${k}: neither required nor a default`]),
    ]);
    expect(problems).toEqual([]);
    for (const [k, v] of Object.entries(doc.outputs as Record<string, any>)) {
      expect(typeof v.description, `output ${k}`).toBe('string');
    }
  });
});

describe('supply chain', () => {
  it('every pin the repository keeps is used and runs on the current runtime', () => {
    const text = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    for (const [ref, pin] of Object.entries(PINNED.actions)) {
      expect(text, `${ref} is listed but unused`).toContain(`${ref} # ${pin.version}`);
      expect(pin.using, ref).toBe(PINNED.runtime);
    }
    expect(PINNED.runtime).toBe('node24');
  });

  it('Dependabot watches npm and the pinned actions (workflows and examples)', () => {
    const doc = YAML.parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: Array<{ 'package-ecosystem': string; directory?: string; directories?: string[] }>;
    };
    const dirs = (e: string) =>
      doc.updates
        .filter((u) => u['package-ecosystem'] === e)
        .flatMap((u) => u.directories ?? (u.directory ? [u.directory] : []));
    expect(dirs('npm')).toContain('/');
    expect(dirs('github-actions')).toEqual(expect.arrayContaining(['/', '/examples/workflows']));
  });

  it('CodeQL scans the TypeScript and the workflows', () => {
    const doc = YAML.parse(readFileSync(join(ROOT, '.github', 'workflows', 'codeql.yml'), 'utf8'));
    expect(doc.jobs.analyze.strategy.matrix.language).toEqual(['javascript-typescript', 'actions']);
    expect(doc.jobs.analyze.permissions['security-events']).toBe('write');
  });

  it('ci.yml runs what .ci/run runs: Prometheus and Alertmanager installed, tests on Node 20 and 24, dist/, licences, lint', () => {
    const ci = readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8');
    const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    for (const pkg of ['prometheus', 'prometheus-alertmanager']) {
      expect(run).toMatch(new RegExp(`apt-get install [^\\n]*\\b${pkg}\\b`));
      expect(ci).toMatch(new RegExp(`apt-get install [^\\n]*\\b${pkg}(\\s|$)`, 'm'));
    }
    const doc = YAML.parse(ci);
    expect(doc.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    for (const script of ['npm test', 'npm run lint', 'npm run check-dist', 'npm run check-licenses']) {
      expect(ci, script).toContain(script);
      expect(run, script).toContain(script);
    }
  });
});

describe('examples a user can copy', () => {
  const examples = files.filter((f) => f.startsWith('examples/'));
  const docs = examples.map((f) => ({ file: f, text: readFileSync(join(ROOT, f), 'utf8') }));
  const values = (re: RegExp) => [...new Set(docs.flatMap((d) => [...d.text.matchAll(re)].map((m) => m[1])))];

  it('name one region, one bucket and one AMP workspace', () => {
    expect(values(/aws-region:\s*(\S+)/g)).toHaveLength(1);
    expect(values(/s3:\/\/([a-z0-9.-]+)\//g)).toHaveLength(1);
    expect(values(/amp-workspace-id:\s*(\$\{\{[^}]+\}\})/g)).toHaveLength(1);
  });

  it.each(examples)('%s: the OIDC note names the environment of every job that assumes a role', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const header = text.slice(0, text.search(/^name:/m));
    const wf = YAML.parse(text) as { jobs: Record<string, any> };
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (job.permissions?.['id-token'] !== 'write') continue;
      expect(job.environment, `${name}: a job with OIDC runs in an environment`).toBeTypeOf('string');
      expect(header, `${name}`).toContain(`environment:${job.environment}`);
    }
  });

  it.each(examples)('%s: a label trigger runs only for the label that matters', (file) => {
    const wf = YAML.parse(readFileSync(join(ROOT, file), 'utf8')) as { on: any; jobs: Record<string, any> };
    const types: string[] = wf.on?.pull_request?.types ?? wf.on?.pull_request_target?.types ?? [];
    if (!types.includes('labeled')) return;
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(String(job.if ?? ''), `${name}: if filters the label`).toMatch(/github\.event\.label\.name == '[\w-]+'/);
      expect(wf, 'no workflow-level concurrency a skipped run would take').not.toHaveProperty('concurrency');
    }
  });
});
