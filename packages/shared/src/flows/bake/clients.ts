/**
 * The AWS clients of a verify run, made on first use (a run that never rolls back or uploads makes none).
 * Every call is bounded (aws.ts boundedSender): at most `callTimeoutMs()` (the run sets it from rollback-timeout,
 * at most 60 s), so a hung S3 PUT or CodeDeploy call cannot outlive the run's own deadlines.
 */
import { boundedSender, DEFAULT_AWS_CALL_TIMEOUT_MS } from '../../io/aws.js';
import { type CodeDeploy, codeDeployClient } from '../../io/codedeploy.js';
import { type S3, s3Client } from '../../io/publish/s3.js';

export interface AwsClients {
  s3(): S3;
  codedeploy(): CodeDeploy;
}

/** Given clients (tests) are used as they are (bounded too); the others are made once, in `region`. */
export function lazyAwsClients(
  region: string | undefined,
  given: { s3?: S3; codedeploy?: CodeDeploy },
  callTimeoutMs: () => number = () => DEFAULT_AWS_CALL_TIMEOUT_MS,
): AwsClients {
  let s3: S3 | undefined;
  let codedeploy: CodeDeploy | undefined;
  return {
    s3: () => {
      s3 ??= boundedSender(given.s3 ?? s3Client({ region }), callTimeoutMs);
      return s3;
    },
    codedeploy: () => {
      codedeploy ??= boundedSender(given.codedeploy ?? codeDeployClient({ region }), callTimeoutMs);
      return codedeploy;
    },
  };
}
