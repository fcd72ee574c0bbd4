/** Slack: one message to an incoming webhook with the verdict, the deciding event and links. */
import { errorMessage } from '../../core/errors.js';
import { proxyFetch } from '../../io/proxy.js';
import type { Verification } from './evidence.js';

export function slackMessage(
  v: Verification,
  links: { evidence?: string | null; run?: string | null },
): { text: string } {
  const icon = {
    pass: ':white_check_mark:',
    rollback: ':rewind:',
    ticket: ':warning:',
    inconclusive: ':grey_question:',
    cancelled: ':black_square_for_stop:',
  }[v.verdict];
  const lines = [
    `${icon} *driftgate post-deploy-verify: ${v.verdict}* — ${v.service} (${v.environment}) \`${v.version}\``,
    v.headline,
  ];
  if (v.actions.rollback && v.actions.rollback.action !== 'none') {
    lines.push(
      `Rollback: ${v.actions.rollback.action} → ${v.actions.rollback.rollback_deployment_id ?? '—'} (${v.actions.rollback.final_status ?? 'pending'})`,
    );
  }
  for (const t of v.actions.tickets) if (t.url) lines.push(`Ticket: ${t.url}`);
  if (links.evidence) lines.push(`Evidence: ${links.evidence}`);
  if (links.run) lines.push(`Run: ${links.run}`);
  return { text: lines.join('\n') };
}

export async function postSlack(
  webhook: string,
  message: { text: string },
  f: typeof fetch = proxyFetch,
): Promise<{ ok: boolean; detail?: string }> {
  try {
    const res = await f(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    if (!res.ok) return { ok: false, detail: `HTTP ${res.status} ${(await res.text()).slice(0, 200)}` };
    return { ok: true };
  } catch (e) {
    return { ok: false, detail: errorMessage(e) };
  }
}
