/** The demo's part 4: the FinOps report on the recorded Cost Explorer responses shipped in packages/cli/demo/. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '@driftgate/shared';
import { REPO_ROOT } from '@driftgate/testkit';
import { expect, it } from 'vitest';
import { demoFinops } from '../src/commands/demo-finops.js';

it('reports the recorded day, its unit costs and the budget alert, offline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-demo-finops-'));
  try {
    const out: string[] = [];
    await demoFinops(
      { out: (l) => out.push(l), err: () => {}, logger: memoryLogger(), cwd: dir, env: {} },
      join(REPO_ROOT, 'packages', 'cli', 'demo'),
      dir,
    );
    const text = out.join('\n');
    expect(text).toContain('## FinOps report 2026-11-18: $98.53');
    expect(text).toContain('| checkout-api | prod | team-payments | $81.83 | +4.0% | 41,250,000 | $0.00198 |');
    expect(text).toContain('Over budget: checkout-api (prod): projected $3030.75 this month is +26.3%');
    expect(text).not.toContain('Over budget: search-api');
    expect(existsSync(join(dir, 'finops', 'finops_cost_daily.parquet'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
