/**
 * Proving a `waiver` input where it is used (perf-baseline-compare, `driftgate compare --waiver`).
 *
 * The `waiver` JSON is only a pointer: its `source` names where cab-waiver-check found the waiver (a file in the
 * repository, the PR's cab-waiver label). Compare re-reads the waiver from that source and runs the same proof
 * cab-waiver-check runs (io/waiver/waiver-github.ts: merged PR approved by an active cab-team member on its final commit,
 * not changed by the PR under test; or the label applied and stated by a cab-team member). What is applied is
 * the re-read waiver with its proven approvers, never the JSON as given: a hand-written or edited waiver (a
 * forged approver, a widened max_drift) changes nothing. A waiver whose source cannot be re-checked here (Jira,
 * or none) is refused with the reason; its approvers are never shown as approvals.
 */
import { isAbsolute } from 'node:path';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { Waiver } from '../../core/model/waiver.js';
import type { WaiverCandidate } from '../../core/waiver/decide.js';
import { loadWaiverFiles } from '../../io/waiver/waiver-files.js';
import { GitHubVerifier, type GitHubVerifierOptions, parseCabTeam } from '../../io/waiver/waiver-github.js';

/** Turns the `waiver` input into candidates with their proofs, ready for decideWaivers. */
export type WaiverProver = (waivers: Waiver[]) => Promise<WaiverCandidate[]>;

export interface ProveOptions {
  /** Checks approvals through GitHub (cab-team + a token that can read it). */
  verifier: GitHubVerifier;
  /** The repository checkout the waiver files are read from. */
  cwd: string;
}

/** The repository (and commit, pull request) the approvals are proven in, with a client that can read the team. */
export type ProverGitHub = Omit<GitHubVerifierOptions, 'cabTeam' | 'label' | 'logger'>;

/**
 * The prover of compare's `waiver` input from its cab-team and waiver-label inputs (the action's and
 * `driftgate compare`'s alike) and a GitHub to read the team through; none without either (compare then refuses a
 * waiver input: it never trusts one).
 */
export function cabTeamProver(o: {
  cabTeam: string | undefined;
  label: string | undefined;
  github: ProverGitHub | undefined;
  cwd: string;
  logger?: Logger;
}): WaiverProver | undefined {
  if (!o.cabTeam || !o.github) return undefined;
  const verifier = new GitHubVerifier({
    ...o.github,
    cabTeam: parseCabTeam(o.cabTeam, o.github.owner),
    ...(o.label !== undefined ? { label: o.label } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  return waiverProver({ verifier, cwd: o.cwd });
}

function refused(w: Waiver, detail: string): WaiverCandidate {
  return {
    source: w.source ?? { kind: 'input', ref: `input waiver ${w.id}` },
    waiver: w,
    proof: { verified: false, reason: 'approval not verified', detail },
  };
}

async function proveFileWaiver(w: Waiver, ref: string, o: ProveOptions): Promise<WaiverCandidate> {
  if (isAbsolute(ref) || ref.split(/[\\/]/).includes('..')) {
    return refused(w, `its source ${JSON.stringify(ref)} is not a path inside the repository`);
  }
  let found: WaiverCandidate[];
  try {
    found = await loadWaiverFiles(ref, o.cwd, o.cwd, 'waiver');
  } catch (e) {
    return refused(w, `its file ${ref} cannot be read in this checkout (${errorMessage(e)})`);
  }
  const c = found.length === 1 ? found[0] : undefined;
  if (!c) return refused(w, `its source ${ref} is not one waiver file`);
  if (!c.waiver) return c; // invalid: decideWaivers reports the file's problems
  if (c.waiver.id !== w.id) return refused(w, `the file ${ref} now holds waiver ${c.waiver.id}, not ${w.id}`);
  c.proof = await o.verifier.proveFile(c);
  return c;
}

async function proveLabelWaiver(w: Waiver, o: ProveOptions): Promise<WaiverCandidate> {
  const c = await o.verifier.labelWaiver();
  if (!c) return refused(w, 'the pull request under test carries no proven cab-waiver label');
  if (c.waiver && c.waiver.id !== w.id) return refused(w, `the label waiver is now ${c.waiver.id}, not ${w.id}`);
  return c;
}

/** The prover compare uses: every input waiver re-read from its source and proven, or refused with the reason. */
export function waiverProver(o: ProveOptions): WaiverProver {
  return async (waivers) => {
    const out: WaiverCandidate[] = [];
    for (const w of waivers) {
      const kind = w.source?.kind;
      if (kind === 'file' && w.source) out.push(await proveFileWaiver(w, w.source.ref, o));
      else if (kind === 'github') out.push(await proveLabelWaiver(w, o));
      else if (kind === 'jira') {
        out.push(
          refused(
            w,
            `it comes from Jira issue ${w.source?.ref}, which compare cannot re-check: run cab-waiver-check with jira-url and pass its comparison-path output as comparison`,
          ),
        );
      } else {
        out.push(
          refused(
            w,
            'it has no source that can be re-checked (a hand-written or edited waiver): pass the waiver output of cab-waiver-check unchanged',
          ),
        );
      }
    }
    return out;
  };
}

/** Without cab-team and a token, no input waiver can be proven: the message of the refusal. */
export const UNPROVABLE_WAIVER =
  'Input "waiver" is set but there is no way to prove it here: a waiver is applied only when this run re-checks its approval (the same proof cab-waiver-check runs). Set cab-team (org/team-slug) and a github-token that can read the team, or leave waiver empty and pass the comparison through cab-waiver-check (its comparison-path output).';
