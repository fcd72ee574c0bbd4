/**
 * A real Prometheus for tests and benchmarks, on 127.0.0.1, with data backfilled by
 * `promtool tsdb create-blocks-from openmetrics` and (optionally) live scrape targets.
 * Install with `apt-get install -y prometheus` (Debian 12 ships Prometheus 2.42 with promtool).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

export interface PrometheusOptions {
  /** OpenMetrics text to backfill (must end with "# EOF"; appended if missing). */
  openMetrics?: string;
  /** OpenMetrics files to backfill, each with promtool. */
  openMetricsFiles?: string[];
  /** Live scrape targets ("127.0.0.1:9100"), scraped every `scrapeInterval`. */
  scrapeTargets?: string[];
  scrapeInterval?: string;
  /** Rule files (globs allowed) for rule_files:; reload with POST /-/reload (lifecycle API enabled). */
  ruleFiles?: string[];
  /** Extra command-line flags. */
  flags?: string[];
  /** Alertmanagers ("127.0.0.1:9093") the rules' alerts are sent to. */
  alertmanagers?: string[];
}

export interface PrometheusServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function which(cmd: string): Promise<string> {
  try {
    const { stdout } = await execFileP('sh', ['-c', `command -v ${cmd}`]);
    return stdout.trim();
  } catch {
    throw new Error(
      `${cmd} is not installed: run "apt-get install -y prometheus" (Debian/Ubuntu) to get prometheus and promtool.`,
    );
  }
}

/** Backfill OpenMetrics into a TSDB directory with promtool. */
export async function backfill(openMetricsFile: string, dataDir: string): Promise<void> {
  const promtool = await which('promtool');
  await mkdir(dataDir, { recursive: true });
  try {
    await execFileP(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', openMetricsFile, dataDir], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`promtool backfill of ${openMetricsFile} failed: ${err.stderr || err.message}`);
  }
}

export async function startPrometheus(opts: PrometheusOptions = {}): Promise<PrometheusServer> {
  const prometheus = await which('prometheus');
  const dir = await mkdtemp(join(tmpdir(), 'driftgate-prom-'));
  const dataDir = join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  const files = [...(opts.openMetricsFiles ?? [])];
  if (opts.openMetrics !== undefined) {
    const text = opts.openMetrics.trimEnd().endsWith('# EOF')
      ? opts.openMetrics
      : `${opts.openMetrics.trimEnd()}\n# EOF\n`;
    const f = join(dir, 'backfill.om');
    await writeFile(f, text.endsWith('\n') ? text : `${text}\n`);
    files.push(f);
  }
  for (const f of files) await backfill(f, dataDir);

  const interval = opts.scrapeInterval ?? '15s';
  const lines = ['global:', `  scrape_interval: ${interval}`, `  evaluation_interval: ${interval}`];
  if (opts.ruleFiles?.length) {
    lines.push(`rule_files: [${opts.ruleFiles.map((f) => JSON.stringify(f)).join(', ')}]`);
  }
  if (opts.alertmanagers?.length) {
    lines.push('alerting:', '  alertmanagers:', '    - static_configs:');
    lines.push(`        - targets: [${opts.alertmanagers.map((t) => JSON.stringify(t)).join(', ')}]`);
  }
  if (opts.scrapeTargets?.length) {
    lines.push('scrape_configs:', '  - job_name: test', '    static_configs:');
    lines.push(`      - targets: [${opts.scrapeTargets.map((t) => JSON.stringify(t)).join(', ')}]`);
  }
  const configFile = join(dir, 'prometheus.yml');
  await writeFile(configFile, `${lines.join('\n')}\n`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    prometheus,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${dataDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // Backfilled data lies in the past; keep it all.
      '--storage.tsdb.retention.time=100y',
      '--log.level=warn',
      ...(opts.ruleFiles?.length ? ['--web.enable-lifecycle'] : []),
      ...(opts.flags ?? []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8000);
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`prometheus exited during start-up:\n${stderr}`);
    try {
      const res = await fetch(`${url}/-/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`prometheus did not become ready on ${url} within 30s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    dataDir,
    stop: async () => {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await done;
        clearTimeout(t);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
