/**
 * The workflow files (this repository's and the examples) beyond what actionlint checks:
 *   - steps using a driftgate action (acme/driftgate/actions/<name>@v1, which actionlint cannot resolve) only pass
 *     inputs that actions/<name>/action.yml declares, and every required one;
 *   - third-party actions are pinned by a full commit SHA with a version comment (an explicit, reasoned
 *     allowlist aside);
 *   - least privilege: workflow-level permissions are declared, every job has a timeout, and every checkout
 *     has persist-credentials: false;
 *   - every example is explained in examples/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = join(import.meta.dirname, '..');
/** Third-party actions referenced by tag, with the reason. */
const UNPINNED_ALLOWED: Record<string, string> = {
  'aws-actions/amazon-ecs-deploy-task-definition@v2':
    'no SHA could be verified for a v2 release; the example says to pin it',
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
