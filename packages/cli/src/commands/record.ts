/**
 * driftgate record: capture a live source's responses for the baseline and candidate windows into a
 * recording file (driftgate.recording/v1), to judge offline later (`compare --metrics-file FILE`), attach
 * as evidence, or ship as a demo.
 */
import { recordComparisonData } from '@driftgate/shared/compare';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags, RELEASE_FLAGS, sourceOptions } from '../flags.js';

const FLAGS = {
  ...RELEASE_FLAGS,
  'candidate-window': { type: 'string' },
  output: { type: 'string' },
} as const;

export const recordCommand: Command = {
  name: 'record',
  summary: "record a live source's query responses for the given windows into a file",
  usage: `driftgate record --service NAME (--prometheus-url URL | --amp-workspace-id ID) --baseline-version V --candidate-version V
    [--baseline-window START..END] [--candidate-window START..END] [--environment prod] [--config FILE]
    [--baseline-store s3://bucket/prefix/]
    --output recording.json`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const output = f.output ?? 'driftgate-recording.json';
    const res = await recordComparisonData(
      {
        ...sourceOptions(f, io.env),
        service: f.service,
        environment: f.environment,
        baselineVersion: f['baseline-version'],
        candidateVersion: f['candidate-version'],
        baselineWindow: f['baseline-window'],
        baselineStore: f['baseline-store'],
        candidateWindow: f['candidate-window'],
        config: f.config,
        outputDir: '.',
        cwd: io.cwd,
      },
      output,
      { logger: io.logger },
    );
    io.out(`Recorded ${res.queries} queries (${res.requests} HTTP requests) to ${res.path}`);
    io.out(`Judge it offline with: driftgate compare --metrics-file ${output}`);
    return EXIT.ok;
  },
};
