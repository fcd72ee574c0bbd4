/** The AWS clients of a verify run, made on first use (a run that never rolls back or uploads makes none). */
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { S3Client } from '@aws-sdk/client-s3';
import { s3Client } from '../publish/s3.js';
import { codeDeployClient } from './codedeploy.js';

export interface AwsClients {
  s3(): S3Client;
  codedeploy(): CodeDeployClient;
}

/** Given clients (tests) are used as they are; the others are made once, in `region`. */
export function lazyAwsClients(
  region: string | undefined,
  given: { s3?: S3Client; codedeploy?: CodeDeployClient },
): AwsClients {
  let s3 = given.s3;
  let codedeploy = given.codedeploy;
  return {
    s3: () => {
      s3 ??= s3Client({ region });
      return s3;
    },
    codedeploy: () => {
      codedeploy ??= codeDeployClient({ region });
      return codedeploy;
    },
  };
}
