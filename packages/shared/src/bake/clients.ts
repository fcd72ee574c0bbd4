/** The AWS clients of a verify run, made on first use (a run that never rolls back or uploads makes none). */
import { type S3, s3Client } from '../publish/s3.js';
import { type CodeDeploy, codeDeployClient } from './codedeploy.js';

export interface AwsClients {
  s3(): S3;
  codedeploy(): CodeDeploy;
}

/** Given clients (tests) are used as they are; the others are made once, in `region`. */
export function lazyAwsClients(region: string | undefined, given: { s3?: S3; codedeploy?: CodeDeploy }): AwsClients {
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
