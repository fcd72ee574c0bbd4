/**
 * driftgate dashboards: the Grafana dashboards of the production watch (core/watch/dashboards.ts) and of FinOps
 * (core/finops/cost-dashboard.ts), built with @grafana/grafana-foundation-sdk, as JSON in driftgate-dashboards/
 * (--output-dir), ready for Terraform's grafana_dashboard. The repository's copy, ops/dashboards/, is refreshed
 * with --output-dir ops/dashboards.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkOutputDir } from '@driftgate/shared';
import { loadConfig } from '@driftgate/shared/config';
import { DASHBOARDS_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

export const dashboardsCommand = defineCommand({
  name: 'dashboards',
  summary: 'generate the Grafana dashboard JSON of the production watch and of FinOps (driftgate-dashboards/)',
  inputs: DASHBOARDS_INPUTS,
  exits: ['ok', 'usage'],
  async run(v, io) {
    const config = await loadConfig(v.config, io.cwd);
    checkOutputDir(v['output-dir'], io.cwd, 'output-dir', { create: true });
    const dir = resolve(io.cwd, v['output-dir']);
    // The Grafana SDK loads only for this command.
    const { buildDashboard, dashboardUid, renderDashboard } = await import('@driftgate/shared/watch');
    const path = join(dir, `${dashboardUid('service')}.json`);
    await writeFile(path, renderDashboard(buildDashboard(config)));
    io.out(`Grafana dashboard ${dashboardUid('service')}: ${path}`);
    // The FinOps board (docs/finops.md): Athena over finops_cost_daily.
    const { buildFinopsDashboard, FINOPS_DASHBOARD_UID } = await import('@driftgate/shared/finops');
    const finops = join(dir, `${FINOPS_DASHBOARD_UID}.json`);
    await writeFile(finops, renderDashboard(buildFinopsDashboard()));
    io.out(`Grafana dashboard ${FINOPS_DASHBOARD_UID}: ${finops}`);
    return EXIT.ok;
  },
});
