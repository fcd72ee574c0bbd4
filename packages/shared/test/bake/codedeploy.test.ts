/** CodeDeploy rollback paths against a loopback CodeDeploy (AWS JSON 1.1): the wire calls are the contract. */

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codeDeployClient, rollbackDeployment } from '../../src/io/codedeploy.js';
import { FAKE_AWS_ENV, type FakeCodeDeploy, startFakeCodeDeploy } from './fakes.js';

const PREVIOUS = { revisionType: 'S3', s3Location: { bucket: 'artifacts', key: 'app-v1.zip', bundleType: 'zip' } };
const base = { applicationName: 'shop', deploymentGroupName: 'prod', previousRevision: PREVIOUS };

describe('rollbackDeployment', () => {
  let cd: FakeCodeDeploy | undefined;
  beforeAll(() => {
    Object.assign(process.env, FAKE_AWS_ENV);
  });
  afterEach(async () => {
    await cd?.close();
    cd = undefined;
  });
  const run = (
    target: { deploymentId?: string; application?: string; deploymentGroup?: string },
    mode: 'auto' | 'dry-run' = 'auto',
  ) =>
    rollbackDeployment({
      client: codeDeployClient({ endpoint: cd!.url }),
      target,
      mode,
      reason: 'p95 1.8x',
      pollSeconds: 0,
      sleep: async () => {},
    });

  it('stops an active deployment with autoRollbackEnabled (ECS blue/green in termination wait), and waits for the rollback', async () => {
    cd = await startFakeCodeDeploy([{ deploymentId: 'd-1', status: 'InProgress', ...base }]);
    const r = await run({ deploymentId: 'd-1' });
    expect(r).toMatchObject({
      action: 'stop-with-rollback',
      rollback_deployment_id: 'd-ROLLBACK1',
      final_status: 'Succeeded',
      status_before: 'InProgress',
    });
    const stop = cd.requests.find((q) => String(q.headers['x-amz-target']).endsWith('StopDeployment'))!;
    expect(stop.json()).toEqual({ deploymentId: 'd-1', autoRollbackEnabled: true });
    expect(cd.calls()).not.toContain('CreateDeployment');
  });

  it('redeploys the previous revision of a finished deployment, and a re-run starts nothing new', async () => {
    cd = await startFakeCodeDeploy([{ deploymentId: 'd-2', status: 'Succeeded', ...base }]);
    const r = await run({ deploymentId: 'd-2' });
    expect(r).toMatchObject({ action: 'redeploy-previous', final_status: 'Succeeded' });
    const create = cd.requests.find((q) => String(q.headers['x-amz-target']).endsWith('CreateDeployment'))!;
    expect(create.json()).toMatchObject({ applicationName: 'shop', deploymentGroupName: 'prod', revision: PREVIOUS });
    expect(create.json().description).toMatch(/^driftgate rollback of d-2: p95 1.8x/);
    const again = await run({ deploymentId: 'd-2' });
    expect(again).toMatchObject({ action: 'already-rolled-back', rollback_deployment_id: r.rollback_deployment_id });
    expect(cd.calls().filter((c) => c === 'CreateDeployment')).toHaveLength(1);
  });

  it('records a rollback that already happened and does nothing', async () => {
    cd = await startFakeCodeDeploy([
      { deploymentId: 'd-3', status: 'Stopped', ...base, rollbackInfo: { rollbackDeploymentId: 'd-AUTO' } },
      { deploymentId: 'd-AUTO', status: 'Succeeded', applicationName: 'shop', deploymentGroupName: 'prod' },
    ]);
    const r = await run({ deploymentId: 'd-3' });
    expect(r).toMatchObject({
      action: 'already-rolled-back',
      rollback_deployment_id: 'd-AUTO',
      final_status: 'Succeeded',
    });
    expect(cd.calls().some((c) => c === 'StopDeployment' || c === 'CreateDeployment')).toBe(false);
  });

  it('falls back to redeploying when the deployment completes before StopDeployment, and waits out DeploymentLimitExceeded', async () => {
    cd = await startFakeCodeDeploy([{ deploymentId: 'd-4', status: 'InProgress', ...base }]);
    const fake = cd;
    // It finishes between our GetDeployment and StopDeployment; then another deployment blocks the group twice.
    fake.failNext('StopDeployment', 'DeploymentAlreadyCompletedException', 1, () => {
      fake.deployments.get('d-4')!.status = 'Succeeded';
    });
    fake.failNext('CreateDeployment', 'DeploymentLimitExceededException', 2);
    const r = await run({ deploymentId: 'd-4' });
    expect(r).toMatchObject({ action: 'redeploy-previous', final_status: 'Succeeded' });
    expect(fake.calls().filter((c) => c === 'StopDeployment' || c === 'CreateDeployment')).toEqual([
      'StopDeployment',
      'CreateDeployment',
      'CreateDeployment',
      'CreateDeployment',
    ]);
    expect(r.notes.join(' ')).toMatch(/already completed.*DeploymentLimitExceededException/);
  });

  it('finds the latest deployment of an application group; dry-run only reads', async () => {
    cd = await startFakeCodeDeploy([
      { deploymentId: 'd-old', status: 'Succeeded', ...base, createTime: 1_700_000_000 },
      { deploymentId: 'd-new', status: 'Ready', ...base, createTime: 1_796_000_000 },
    ]);
    const r = await run({ application: 'shop', deploymentGroup: 'prod' }, 'dry-run');
    expect(r).toMatchObject({ deployment_id: 'd-new', action: 'none', would: 'stop-with-rollback' });
    expect(cd.calls().every((c) => ['ListDeployments', 'BatchGetDeployments', 'GetDeployment'].includes(c))).toBe(true);
  });
});
