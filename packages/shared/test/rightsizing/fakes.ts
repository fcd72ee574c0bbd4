/**
 * One loopback fake for the rightsizing control planes, each asserted on the wire: Application Auto Scaling
 * (AWS JSON 1.1, AnyScaleFrontendService.*), CloudWatch (AWS JSON 1.0, GraniteServiceVersion20100801.*), Compute
 * Optimizer (AWS JSON 1.0, ComputeOptimizerService.*) and Lambda (REST JSON, /2015-03-31/functions/{name}/configuration).
 * Point AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING, _CLOUDWATCH, _COMPUTE_OPTIMIZER and _LAMBDA at it.
 */
import { type FakeServer, json, type RecordedRequest, startFakeServer } from '@driftgate/testkit/fake-server';

export interface FakeFunction {
  FunctionName: string;
  FunctionArn: string;
  MemorySize: number;
  /** Compute Optimizer's view: average and maximum memory used (MB); none = not opted in. */
  used?: { avg: number; max: number };
}

export interface ControlPlaneState {
  targets: Map<string, { MinCapacity: number; MaxCapacity: number }>;
  policies: Map<
    string,
    { PolicyName: string; PolicyARN: string; ResourceId: string; StepScalingPolicyConfiguration: any }
  >;
  alarms: Map<string, Record<string, any>>;
  functions: Map<string, FakeFunction>;
}

export interface FakeControlPlane extends FakeServer {
  state: ControlPlaneState;
  /** "Service.Operation" of every request, in order (Lambda: "Lambda.GET" / "Lambda.PUT"). */
  calls(): string[];
  bodies(op: string): any[];
}

const PREFIX: Record<string, string> = {
  AnyScaleFrontendService: 'AAS',
  GraniteServiceVersion20100801: 'CW',
  ComputeOptimizerService: 'CO',
};

function opOf(r: RecordedRequest): string {
  const target = String(r.headers['x-amz-target'] ?? '');
  if (target) {
    const [svc, op] = target.split('.');
    return `${PREFIX[svc as string] ?? svc}.${op}`;
  }
  return `Lambda.${r.method}`;
}

export async function startFakeControlPlane(functions: FakeFunction[]): Promise<FakeControlPlane> {
  const state: ControlPlaneState = {
    targets: new Map(),
    policies: new Map(),
    alarms: new Map(),
    functions: new Map(functions.map((f) => [f.FunctionName, f])),
  };
  let n = 0;
  const server = await startFakeServer((req) => {
    const op = opOf(req);
    const body = req.text() ? req.json() : {};
    switch (op) {
      case 'AAS.DescribeScalableTargets':
        return json(200, {
          ScalableTargets: (body.ResourceIds as string[])
            .filter((id) => state.targets.has(id))
            .map((id) => ({
              ServiceNamespace: 'ecs',
              ResourceId: id,
              ScalableDimension: body.ScalableDimension,
              ...state.targets.get(id),
            })),
        });
      case 'AAS.RegisterScalableTarget':
        state.targets.set(body.ResourceId, { MinCapacity: body.MinCapacity, MaxCapacity: body.MaxCapacity });
        return json(200, {
          ScalableTargetARN: `arn:aws:application-autoscaling:eu-west-1:123456789012:scalable-target/${++n}`,
        });
      case 'AAS.DescribeScalingPolicies':
        return json(200, {
          ScalingPolicies: [...state.policies.values()].filter(
            (p) => p.ResourceId === body.ResourceId && (body.PolicyNames as string[]).includes(p.PolicyName),
          ),
        });
      case 'AAS.PutScalingPolicy': {
        if (!state.targets.has(body.ResourceId))
          return json(400, { __type: 'ObjectNotFoundException', Message: 'No scalable target registered' });
        const arn = `arn:aws:autoscaling:eu-west-1:123456789012:scalingPolicy:${body.ResourceId}:policyName/${body.PolicyName}`;
        state.policies.set(`${body.ResourceId}|${body.PolicyName}`, {
          PolicyName: body.PolicyName,
          PolicyARN: arn,
          ResourceId: body.ResourceId,
          StepScalingPolicyConfiguration: body.StepScalingPolicyConfiguration,
        });
        return json(200, { PolicyARN: arn, Alarms: [] });
      }
      case 'CW.DescribeAlarms':
        return json(200, {
          MetricAlarms: (body.AlarmNames as string[])
            .filter((a) => state.alarms.has(a))
            .map((a) => state.alarms.get(a)),
        });
      case 'CW.PutMetricAlarm':
        state.alarms.set(body.AlarmName, body);
        return json(200, {});
      case 'CO.GetLambdaFunctionRecommendations': {
        const arn = (body.functionArns as string[])[0];
        const f = [...state.functions.values()].find((x) => x.FunctionArn === arn);
        if (!f?.used) return json(400, { __type: 'OptInRequiredException', message: 'The account is not opted in' });
        return json(200, {
          lambdaFunctionRecommendations: [
            {
              functionArn: `${f.FunctionArn}:$LATEST`,
              currentMemorySize: f.MemorySize,
              finding: 'NotOptimized',
              utilizationMetrics: [
                { name: 'Memory', statistic: 'Average', value: f.used.avg },
                { name: 'Memory', statistic: 'Maximum', value: f.used.max },
              ],
              memorySizeRecommendationOptions: [{ rank: 1, memorySize: Math.round(f.used.max * 1.3) }],
            },
          ],
        });
      }
    }
    const m = /^\/2015-03-31\/functions\/([^/]+)\/configuration$/.exec(req.path);
    const f = m ? state.functions.get(decodeURIComponent(m[1] as string)) : undefined;
    if (m && !f)
      return json(
        404,
        { Type: 'User', Message: 'Function not found' },
        { 'x-amzn-errortype': 'ResourceNotFoundException' },
      );
    if (f && req.method === 'GET')
      return json(200, { FunctionName: f.FunctionName, FunctionArn: f.FunctionArn, MemorySize: f.MemorySize });
    if (f && req.method === 'PUT') {
      f.MemorySize = body.MemorySize;
      return json(200, { FunctionName: f.FunctionName, FunctionArn: f.FunctionArn, MemorySize: f.MemorySize });
    }
    return json(400, { __type: 'UnknownOperationException', message: `fake control plane: ${op} ${req.path}` });
  });
  return Object.assign(server, {
    state,
    calls: () => server.requests.map(opOf),
    bodies: (op: string) => server.requests.filter((r) => opOf(r) === op).map((r) => r.json()),
  });
}
