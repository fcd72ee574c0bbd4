/**
 * Output paths (io/paths.ts): checked before any work, one error naming the input, the value and the fix. The
 * machine may run as root, which ignores permission bits: the unusable paths here are ones root cannot use either
 * (a file where a directory must be, a directory where a file must be, /proc); the permission case runs as non-root.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputDir, checkOutputFile } from '../../src/io/paths.js';
import { writeRecording } from '../../src/io/sources/file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'dg-paths-'));

describe('checkOutputDir', () => {
  it('makes a missing directory, level by level, only when asked', () => {
    const cwd = dir();
    checkOutputDir('a/b/c', cwd);
    expect(existsSync(join(cwd, 'a'))).toBe(false);
    checkOutputDir('a/b/c', cwd, 'output-dir', { create: true });
    expect(statSync(join(cwd, 'a/b/c')).isDirectory()).toBe(true);
    // Again: an existing directory is fine.
    checkOutputDir('a/b/c', cwd, 'output-dir', { create: true });
  });

  it('refuses a path under a file, naming the input, the value and the fix', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'afile'), 'x');
    expect(() => checkOutputDir('afile/reports', cwd, 'output-dir', { create: true })).toThrow(
      `Input "output-dir" is "afile/reports": it cannot be created: ${join(cwd, 'afile')} is a file, not a directory. Give a directory you can write to (it is created if missing), or give none for the default.`,
    );
  });

  it('refuses /proc, /sys and /dev (Node 20 would spin on mkdir -p /proc/x), in seconds', () => {
    const started = Date.now();
    for (const p of ['/proc/driftgate-x', '/sys/driftgate-x/y', '/dev/driftgate-x', '/proc']) {
      expect(() => checkOutputDir(p, '/', 'output-dir', { create: true })).toThrow(
        new RegExp(`^Input "output-dir" is "${p}": it is under /(proc|sys|dev), a kernel file system`),
      );
    }
    expect(existsSync('/dev/driftgate-x')).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a directory that cannot be written (as non-root)', () => {
    const cwd = dir();
    mkdirSync(join(cwd, 'ro'));
    chmodSync(join(cwd, 'ro'), 0o555);
    expect(() => checkOutputDir('ro', cwd)).toThrow(
      /Input "output-dir" is "ro": it is not writable \(permission denied\)/,
    );
    expect(() => checkOutputDir('ro/v', cwd)).toThrow(/it cannot be created: .*ro is not writable/);
    expect(() => checkOutputFile('ro/rec.json', cwd, {}, 'record')).toThrow(
      /Input "record" is "ro\/rec\.json": its directory .*ro is not writable/,
    );
  });
});

describe('checkOutputFile', () => {
  it('refuses a directory, and a file whose directory cannot be made, naming the input', () => {
    const cwd = dir();
    mkdirSync(join(cwd, 'adir'));
    writeFileSync(join(cwd, 'afile'), 'x');
    expect(() => checkOutputFile('adir', cwd, {}, 'record')).toThrow(/^Input "record" is "adir": it is a directory; /);
    expect(() => checkOutputFile('afile/rec.json', cwd, {}, 'output')).toThrow(
      /^Input "output" is "afile\/rec\.json": its directory .*afile is a file, not a directory; give the path of a file in a directory you can write to/,
    );
    expect(() => checkOutputFile('/proc/driftgate-x/rec.json', cwd, {}, 'output')).toThrow(/under \/proc/);
    // A new file in a directory that does not exist yet, or an existing writable file, is fine.
    checkOutputFile('new/dir/rec.json', cwd, {});
    checkOutputFile('afile', cwd, {});
  });

  it('a dry run only reads the file: its directory is not checked', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'afile'), 'x');
    expect(() => checkOutputFile('afile/rules.yml', cwd, {}, 'output', { readOnly: true })).not.toThrow();
    mkdirSync(join(cwd, 'rules'));
    expect(() => checkOutputFile('rules', cwd, {}, 'output', { readOnly: true })).toThrow(/it is a directory/);
  });
});

describe('writeRecording', () => {
  it('leaves no <file>.<pid>.tmp behind when the file cannot be replaced', async () => {
    const cwd = dir();
    mkdirSync(join(cwd, 'adir'));
    await expect(
      writeRecording(join(cwd, 'adir'), { schema: 'driftgate.recording/v1', entries: [] } as never),
    ).rejects.toThrow();
    expect(readdirSync(cwd)).toEqual(['adir']);
  });
});
