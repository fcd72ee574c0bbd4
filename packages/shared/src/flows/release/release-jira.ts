/**
 * Evidence on the Jira release ticket (PERF-003 §7 "Attach comparison artifact to release ticket"):
 *   1. list the attachments (this also proves the issue exists and is visible);
 *   2. upload our files (multipart, X-Atlassian-Token: no-check);
 *   3. delete the attachments that carried the same names before (earlier runs for the same service,
 *      environment and version), so a re-run REPLACES its files; new files go up before old ones are deleted,
 *      so a failure in between never leaves the ticket without evidence;
 *   4. create or update ONE comment with the verdict table, found again by its marker line. When the API can
 *      say who we are (GET /myself), only our own comments are edited.
 */
import { readFile } from 'node:fs/promises';
import { type Logger, silentLogger } from '../../core/log.js';
import { type JiraApi, type JiraAttachment, sameJiraUser } from '../../io/jira/jira-client.js';
import { evidenceMarker, type ReleaseEvidence } from './release-evidence.js';

export interface JiraEvidenceResult {
  key: string;
  url: string;
  uploaded: JiraAttachment[];
  /** Earlier attachments with our names that were deleted. */
  replaced: number;
  comment: { action: 'created' | 'updated'; id: string };
}

export function markerLine(marker: string): string {
  return `{color:#97a0af}${marker} (driftgate updates this comment on re-runs){color}`;
}

export async function attachEvidenceToJira(
  api: JiraApi,
  key: string,
  evidence: ReleaseEvidence,
  logger: Logger = silentLogger,
): Promise<JiraEvidenceResult> {
  const names = new Set(evidence.files.map((f) => f.name));
  const before = (await api.listAttachments(key)).filter((a) => names.has(a.filename));
  const uploaded: JiraAttachment[] = [];
  for (const f of evidence.files) {
    const content = await readFile(f.path);
    const r = await api.uploadAttachment(key, { filename: f.name, content, contentType: f.contentType });
    uploaded.push(...r);
    logger.info(`Jira ${key}: attached ${f.name}.`);
  }
  const fresh = new Set(uploaded.map((a) => a.id));
  let replaced = 0;
  for (const old of before) {
    if (fresh.has(old.id)) continue;
    await api.deleteAttachment(old.id);
    replaced++;
  }
  if (replaced) logger.info(`Jira ${key}: replaced ${replaced} attachment(s) of an earlier run.`);

  const marker = evidenceMarker(evidence);
  const body = `${evidence.jiraComment}\n\n${markerLine(marker)}`;
  const me = await api.myself().catch(() => undefined);
  const comments = await api.listComments(key);
  const ours = comments.filter((c) => c.body.includes(marker) && (!me || sameJiraUser(c.author, me)));
  const target = ours[ours.length - 1];
  let comment: JiraEvidenceResult['comment'];
  if (target) {
    const updated = await api.updateComment(key, target.id, body);
    comment = { action: 'updated', id: updated.id || target.id };
  } else {
    const created = await api.addComment(key, body);
    comment = { action: 'created', id: created.id };
  }
  logger.info(`Jira ${key}: ${comment.action} the verdict comment.`);
  return { key, url: api.browseUrl(key), uploaded, replaced, comment };
}
