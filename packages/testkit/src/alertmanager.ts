/**
 * A real Alertmanager for tests, on 127.0.0.1 (clustering off), with a config file the test writes.
 * Install with `apt-get install -y prometheus-alertmanager` (Debian ships Alertmanager 0.25 and amtool).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './prometheus.js';

export interface AlertmanagerServer {
  url: string;
  stop(): Promise<void>;
}

export const ALERTMANAGER_BIN = 'prometheus-alertmanager';

export async function startAlertmanager(config: string, env: Record<string, string> = {}): Promise<AlertmanagerServer> {
  const dir = await mkdtemp(join(tmpdir(), 'driftgate-am-'));
  const file = join(dir, 'alertmanager.yml');
  await writeFile(file, config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    ALERTMANAGER_BIN,
    [
      `--config.file=${file}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8000);
  });
  let exited = false;
  child.on('error', (e) => {
    stderr += `\n${e.message} (apt-get install -y prometheus-alertmanager)`;
    exited = true;
  });
  child.on('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`alertmanager exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`alertmanager did not become ready on ${url} within 30s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
