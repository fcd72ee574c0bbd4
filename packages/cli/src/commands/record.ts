/**
 * driftgate record: capture a live source's responses for the baseline and candidate windows into a
 * recording file (driftgate.recording/v1), to judge offline later (`compare --metrics-file FILE`), attach
 * as evidence, or ship as a demo.
 */
import { compareInputSettings, recordComparisonData } from '@driftgate/shared/compare';
import { RECORD_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

export const recordCommand = defineCommand({
  name: 'record',
  summary: "record a live source's query responses for the given windows into a file",
  inputs: RECORD_INPUTS,
  notes: 'Give a live source: --prometheus-url or --amp-workspace-id, and both versions.',
  exits: ['ok', 'usage', 'unreachable'],
  async run(v, io) {
    const output = v.output;
    const res = await recordComparisonData(
      // No report: the recording (--output) is the only file written, checked before any query.
      compareInputSettings(v, referFlag(RECORD_INPUTS), {
        commit: io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
        outputDir: '',
        cwd: io.cwd,
      }),
      output,
      { logger: io.logger },
    );
    io.out(`Recorded ${res.queries} queries (${res.requests} HTTP requests) to ${res.path}`);
    io.out(`Judge it offline with: driftgate compare --metrics-file ${output}`);
    return EXIT.ok;
  },
});
