/**
 * Step 4 of post-deploy-verify: the evidence. perf_verification.json is written locally (always), then to S3
 * write-once with SSE-KMS (io/publish/s3.ts); if the upload fails, the file is uploaded as a workflow artifact
 * and the run fails.
 */
import { resolve } from 'node:path';
import { errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { githubArtifactUploader } from '../../io/publish/artifact.js';
import { type PutResult, putWriteOnce } from '../../io/publish/s3.js';
import type { VerifyDeps, VerifyPlan } from './bake-plan.js';
import type { AwsClients } from './clients.js';
import { type Verification, writeVerification } from './evidence.js';

export interface Archived {
  path: string;
  s3: PutResult | null;
  s3Error?: string;
  artifact?: { id?: number; skipped?: string };
  /** Why the run fails (an upload that failed). */
  failures: string[];
}

export async function archiveEvidence(
  verification: Verification,
  plan: VerifyPlan,
  outputDir: string,
  deps: VerifyDeps,
  logger: Logger,
  clients: AwsClients,
): Promise<Archived> {
  const dir = resolve(plan.cwd, outputDir);
  const written = await writeVerification(verification, dir);
  logger.info(`Evidence written to ${written.path}`);
  const target = plan.evidence.s3;
  if (!target) return { path: written.path, s3: null, failures: [] };
  try {
    const put = await putWriteOnce({
      client: clients.s3(),
      bucket: target.bucket,
      key: target.key,
      body: written.body,
      ...(plan.evidence.kmsKeyId ? { kmsKeyId: plan.evidence.kmsKeyId } : {}),
      logger,
      // A cancelled run has seconds left before it is killed: one retry only.
      retries: verification.verdict === 'cancelled' ? 1 : (deps.retry?.retries ?? 4),
      ...(deps.retry?.minDelayMs !== undefined ? { minDelayMs: deps.retry.minDelayMs } : {}),
    });
    logger.info(`Evidence ${put.alreadyPresent ? 'already on' : 'uploaded to'} ${put.uri} (SHA-256 ${put.sha256}).`);
    return { path: written.path, s3: put, failures: [] };
  } catch (e) {
    const s3Error = errorMessage(e);
    logger.error(`Uploading the evidence to S3 failed: ${s3Error}. The local file is kept: ${written.path}`);
    const artifact = await uploadArtifact(written.path, dir, deps, logger);
    return {
      path: written.path,
      s3: null,
      s3Error,
      artifact,
      failures: [`uploading the evidence to S3 failed: ${s3Error}`],
    };
  }
}

/** The fallback when S3 failed: the file as the workflow artifact perf-verification. */
async function uploadArtifact(
  path: string,
  dir: string,
  deps: VerifyDeps,
  logger: Logger,
): Promise<NonNullable<Archived['artifact']>> {
  const uploader = deps.artifacts ?? githubArtifactUploader;
  try {
    const artifact = await uploader.upload('perf-verification', [path], dir);
    if (artifact.skipped) logger.warning(`Workflow artifact not uploaded: ${artifact.skipped}`);
    else
      logger.info(
        `Evidence uploaded as workflow artifact perf-verification${artifact.id !== undefined ? ` (id ${artifact.id})` : ''}.`,
      );
    return artifact;
  } catch (e) {
    logger.warning(`Workflow artifact upload failed: ${errorMessage(e)}`);
    return { skipped: `artifact upload failed: ${errorMessage(e)}` };
  }
}
