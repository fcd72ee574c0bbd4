/**
 * The "synth" world: packages/synth's scenarios and generator, unchanged (the project's own world).
 */
import { buildScenarios, generateScenario, type Scenario, writeOpenMetrics } from '@driftgate/synth';
import { type ModelBound, modelBound } from '../bound.js';
import type { World, WorldBuild, WorldOptions } from './world.js';

export const SYNTH_HELD_OUT_SEED = 20261127;

export interface SynthBuild extends WorldBuild {
  /** The generator's scenarios (for the model bound and the data sanity queries). */
  synthScenarios: Scenario[];
  bound: ModelBound;
}

export function buildSynth(opts: WorldOptions): SynthBuild {
  let scenarios = buildScenarios({
    seed: opts.seed,
    end: opts.end,
    size: opts.set,
    windowSeconds: opts.windowMinutes * 60,
  });
  if (opts.limit !== undefined) scenarios = scenarios.slice(0, opts.limit);
  return {
    world: 'synth',
    description: `packages/synth: the project's generator (${opts.scrapeInterval} s scrapes, ${opts.windowMinutes} min windows)`,
    scenarios: scenarios.map((s) => s.truth),
    synthScenarios: scenarios,
    bound: modelBound(scenarios),
    configs: {},
    notes: [],
    sampleInterval: opts.scrapeInterval,
    write(dir: string) {
      const telemetry = scenarios.map((s) => generateScenario(s, opts.seed, opts.scrapeInterval));
      return writeOpenMetrics(telemetry, dir, { prefix: `bench-${opts.seed}` });
    },
  };
}

export const synthWorld: World = {
  name: 'synth',
  heldOutSeed: SYNTH_HELD_OUT_SEED,
  tuningSeeds: [1, 2, 3],
  seedMeaning: 'fixes profiles, versions, noise and which scenario gets which effect (packages/synth)',
  build: buildSynth,
};
