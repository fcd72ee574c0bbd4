/** Flag parsing shared by the commands: node:util parseArgs, with errors turned into ConfigurationErrors. */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@driftgate/shared/errors';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export const SOURCE_FLAGS = {
  'prometheus-url': { type: 'string' },
  'prometheus-headers': { type: 'string' },
  'amp-workspace-id': { type: 'string' },
  'amp-endpoint': { type: 'string' },
  'aws-region': { type: 'string' },
  'metrics-file': { type: 'string' },
} as const satisfies FlagSpec;

/** What selects the two releases and their data: shared by compare, record and verify. */
export const RELEASE_FLAGS = {
  ...SOURCE_FLAGS,
  service: { type: 'string' },
  environment: { type: 'string' },
  'baseline-version': { type: 'string' },
  'candidate-version': { type: 'string' },
  'baseline-window': { type: 'string' },
  'baseline-store': { type: 'string' },
  config: { type: 'string' },
} as const satisfies FlagSpec;

export function parseFlags<T extends FlagSpec>(
  argv: string[],
  spec: T,
): { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string } {
  try {
    const { values } = parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false });
    return values as any;
  } catch (e) {
    throw new ConfigurationError(
      `${(e as Error).message.replace(/\. To specify.*$/s, '')}. Run "driftgate help" for the flags.`,
    );
  }
}

/** Source flags, with DRIFTGATE_PROMETHEUS_HEADERS as a way to keep header secrets out of shell history. */
export function sourceOptions(f: Record<string, unknown>, env: NodeJS.ProcessEnv) {
  const s = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : undefined);
  return {
    prometheusUrl: s('prometheus-url'),
    prometheusHeaders: s('prometheus-headers') ?? env.DRIFTGATE_PROMETHEUS_HEADERS,
    ampWorkspaceId: s('amp-workspace-id'),
    ampEndpoint: s('amp-endpoint'),
    awsRegion: s('aws-region') ?? env.AWS_REGION,
    metricsFile: s('metrics-file'),
  };
}
