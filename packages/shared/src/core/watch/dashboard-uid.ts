/**
 * The stable uid of driftgate's Grafana dashboard, which the alerts link to (plan.ts) and the builder sets
 * (dashboards.ts). A module of its own: linking to the dashboard does not load the Grafana SDK.
 */
export function dashboardUid(name: 'service'): string {
  return `driftgate-${name}`;
}
