/**
 * driftgate dashboards: the Grafana dashboard of the production watch (watch/dashboards.ts, built with
 * @grafana/grafana-foundation-sdk) as JSON in ops/dashboards/, ready for Terraform's grafana_dashboard.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '@driftgate/shared/config';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags } from '../flags.js';

const FLAGS = { config: { type: 'string' }, 'output-dir': { type: 'string' } } as const;

export const dashboardsCommand: Command = {
  name: 'dashboards',
  summary: 'generate the Grafana dashboard JSON of the production watch (ops/dashboards/)',
  usage: 'driftgate dashboards [--config .github/driftgate.yml] [--output-dir ops/dashboards]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const config = loadConfig(f.config, io.cwd);
    // The Grafana SDK loads only for this command.
    const { buildDashboard, dashboardUid, renderDashboard } = await import('@driftgate/shared/watch/dashboards');
    const dir = resolve(io.cwd, f['output-dir'] ?? 'ops/dashboards');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${dashboardUid('service')}.json`);
    await writeFile(path, renderDashboard(buildDashboard(config)));
    io.out(`Grafana dashboard ${dashboardUid('service')}: ${path}`);
    return EXIT.ok;
  },
};
