/**
 * Grafana annotations: release impact markers (PERF-003 §6). One at the bake start ("deploy <version>"),
 * one spanning the bake at the verdict. POST /api/annotations with a service-account token; tags make them
 * show up on any dashboard with an annotation query on those tags (driftgate, service, environment).
 */
import { errorMessage } from '../core/errors.js';
import { proxyFetch } from './proxy.js';

export interface GrafanaOptions {
  url: string;
  token: string;
  dashboardUid?: string;
  fetch?: typeof fetch;
}

export interface Annotation {
  /** unix seconds */
  time: number;
  timeEnd?: number;
  tags: string[];
  text: string;
}

export async function annotate(
  options: GrafanaOptions,
  a: Annotation,
): Promise<{ ok: boolean; id?: number; detail?: string }> {
  const f = options.fetch ?? proxyFetch;
  try {
    const res = await f(`${options.url.replace(/\/+$/, '')}/api/annotations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({
        ...(options.dashboardUid ? { dashboardUID: options.dashboardUid } : {}),
        time: Math.round(a.time * 1000),
        ...(a.timeEnd !== undefined ? { timeEnd: Math.round(a.timeEnd * 1000) } : {}),
        tags: a.tags,
        text: a.text,
      }),
    });
    const text = await res.text();
    if (!res.ok) return { ok: false, detail: `HTTP ${res.status} ${text.slice(0, 200)}` };
    let id: number | undefined;
    try {
      id = JSON.parse(text).id;
    } catch {
      id = undefined;
    }
    return { ok: true, ...(id !== undefined ? { id } : {}) };
  } catch (e) {
    return { ok: false, detail: errorMessage(e) };
  }
}
