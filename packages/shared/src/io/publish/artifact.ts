/**
 * Workflow artifacts, behind a small interface so tests inject a fake. Shared by every action
 * (perf-baseline-compare uploads the comparison; post-deploy-verify uploads the evidence when S3 fails).
 * Outside a GitHub runner (no ACTIONS_RUNTIME_TOKEN) the upload is skipped with a reason, never an error:
 * the files are already on disk.
 */
import { basename } from 'node:path';

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id?: number; skipped?: string }>;
}

export const githubArtifactUploader: ArtifactUploader = {
  async upload(name, files, rootDirectory) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
      return { skipped: 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN is not set)' };
    }
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const res = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: 90 });
    return res.id === undefined ? {} : { id: res.id };
  },
};

/** A fake for tests: records uploads. */
export function memoryArtifactUploader(): ArtifactUploader & { uploads: Array<{ name: string; files: string[] }> } {
  const uploads: Array<{ name: string; files: string[] }> = [];
  return {
    uploads,
    async upload(name, files) {
      uploads.push({ name, files: files.map((f) => basename(f)) });
      return { id: uploads.length };
    },
  };
}
