/** The metric source inputs (the same six in compare, verify and rules), as the library's SourceOptions. */
import type { SourceOptions } from './create.js';

export interface SourceInputs {
  'prometheus-url'?: string | undefined;
  'prometheus-headers'?: string | undefined;
  'amp-workspace-id'?: string | undefined;
  'amp-endpoint'?: string | undefined;
  'aws-region'?: string | undefined;
  'metrics-file'?: string | undefined;
}

/** `region` is used when aws-region is empty (the action: AWS_REGION, which configure-aws-credentials sets). */
export function sourceSettings(v: SourceInputs, region?: string): SourceOptions {
  return {
    prometheusUrl: v['prometheus-url'],
    prometheusHeaders: v['prometheus-headers'],
    ampWorkspaceId: v['amp-workspace-id'],
    ampEndpoint: v['amp-endpoint'],
    awsRegion: v['aws-region'] ?? region,
    metricsFile: v['metrics-file'],
  };
}
