/**
 * The bake's rules engine (core/bake/rules.ts describes it): feeds each tick's metrics to the ratio, SLO and drift
 * rules (one module each) and keeps what they decided. PURE: no queries, no sleeps, no AWS.
 */
import type { BakeSettings } from '../bake-settings.js';
import { conclude, countCoverage, coverage, rollbackDecision, unjudged, watchedMetrics } from './conclusion.js';
import { driftRule } from './drift.js';
import { ratioRule } from './ratio.js';
import type { Conclusion, FiredRule, RuleEvent, RuleState, SloBreach, TickEvaluation } from './rule-types.js';
import { sloRule } from './slo-rule.js';

export class BakeRules {
  private readonly state: RuleState;

  constructor(settings: BakeSettings) {
    this.state = {
      settings,
      events: [],
      fired: [],
      sloBreaches: [],
      streaks: new Map(),
      marginalSince: new Map(),
      driftHistory: new Map(),
      coverageCounts: new Map(),
      applicable: new Set(),
      lastTick: null,
      ticks: 0,
    };
  }

  get events(): RuleEvent[] {
    return this.state.events;
  }

  get fired(): FiredRule[] {
    return this.state.fired;
  }

  get sloBreaches(): SloBreach[] {
    return this.state.sloBreaches;
  }

  /** Metrics whose data decides whether the bake saw enough (the rollback rules' metrics and the critical ones). */
  get watched(): string[] {
    return watchedMetrics(this.state.settings);
  }

  /** The rollback decision, if one has been made. */
  get rollback(): FiredRule | undefined {
    return rollbackDecision(this.state);
  }

  /** Feed one tick; returns the events it produced (also kept in `events`). */
  observe(tick: TickEvaluation): RuleEvent[] {
    const out: RuleEvent[] = [];
    const { state } = this;
    const s = state.settings;
    state.ticks++;
    state.lastTick = tick.at;
    const watched = new Set(this.watched);
    for (const m of tick.metrics) {
      if (watched.has(m.id)) countCoverage(state, m);
      if (!m.applicable) continue;
      state.applicable.add(m.id);
      if (s.ratio.enabled && s.ratio.metrics.includes(m.id)) ratioRule(state, out, tick, m);
      if (s.slo.enabled && s.slo.metrics.includes(m.id) && m.slo) sloRule(state, out, tick, m);
      if (s.ticket.enabled && s.ticket.metrics.includes(m.id)) driftRule(state, out, tick, m);
    }
    state.events.push(...out);
    return out;
  }

  /** Share of ticks whose own interval had data, per watched, applicable metric. */
  coverage(): Record<string, number> {
    return coverage(this.state);
  }

  /** Watched metrics that could not be judged (conclusion.ts unjudged). */
  unjudged(): Conclusion['inconclusive'] {
    return unjudged(this.state);
  }

  /** The verdict so far (call at the end of the bake, or after a rollback decision). */
  conclude(): Conclusion {
    return conclude(this.state);
  }
}
