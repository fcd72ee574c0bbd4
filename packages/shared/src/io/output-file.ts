/**
 * A file driftgate writes for the user at a path they gave (--output): its directory created, and, when it holds
 * a secret (an Alertmanager configuration with a Slack URL), readable by its owner only (mode 0600), also when it
 * existed before with a wider mode.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeOutputFile(path: string, text: string, options: { secret?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!options.secret) {
    await writeFile(path, text);
    return;
  }
  // The mode applies only when the file is created: narrow an existing file first, before the secret is in it.
  await chmod(path, 0o600).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await writeFile(path, text, { mode: 0o600 });
}
