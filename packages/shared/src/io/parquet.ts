/**
 * finops_cost_daily.parquet: the report's rows as one Parquet file (hyparquet-writer, pure JavaScript, so it
 * bundles), SNAPPY-compressed, one row group. The column order and types are the Glue/Athena table's
 * (docs/finops.md): strings as UTF-8 STRING, amounts and counts as DOUBLE, nullable where the report has null.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { CostRow } from '../core/finops/cost-report.js';

export const PARQUET_FILE = 'finops_cost_daily.parquet';

/** The columns, in the table's order: name and Parquet type (all nullable DOUBLEs may be null). */
export const COST_COLUMNS: ReadonlyArray<{ name: keyof CostRow; type: 'STRING' | 'DOUBLE'; nullable: boolean }> = [
  { name: 'usage_date', type: 'STRING', nullable: false },
  { name: 'service', type: 'STRING', nullable: false },
  { name: 'env', type: 'STRING', nullable: false },
  { name: 'owner', type: 'STRING', nullable: false },
  { name: 'cost_center', type: 'STRING', nullable: false },
  { name: 'usage_type', type: 'STRING', nullable: false },
  { name: 'cost_usd', type: 'DOUBLE', nullable: false },
  { name: 'service_cost_usd', type: 'DOUBLE', nullable: false },
  { name: 'service_requests', type: 'DOUBLE', nullable: true },
  { name: 'cost_per_1k_requests', type: 'DOUBLE', nullable: true },
  { name: 'prev_day_cost_usd', type: 'DOUBLE', nullable: false },
  { name: 'month_to_date_usd', type: 'DOUBLE', nullable: false },
  { name: 'forecast_rest_of_month_usd', type: 'DOUBLE', nullable: true },
  { name: 'projected_month_usd', type: 'DOUBLE', nullable: false },
  { name: 'budget_month_usd', type: 'DOUBLE', nullable: true },
  { name: 'budget_deviation', type: 'DOUBLE', nullable: true },
];

export function costParquet(rows: readonly CostRow[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: COST_COLUMNS.map((c) => ({
      name: c.name,
      type: c.type,
      nullable: c.nullable,
      data: rows.map((r) => r[c.name]),
    })),
    createdBy: 'driftgate finops',
  });
  return new Uint8Array(buffer);
}
