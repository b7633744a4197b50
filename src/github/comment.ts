import type { Api } from './api.js';

export const commentMarker = (name: string) => `<!-- causal-perf:${encodeURIComponent(name)} -->`;

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
  id?: number;
}

/**
 * One comment per suite on a pull request: found by its hidden marker across every page of comments,
 * updated in place, created when absent. With `createIfMissing: false` (comment: on-regression and
 * nothing regressed), an existing comment is still updated so it never shows a stale failure.
 */
export async function upsertStickyComment(
  api: Api,
  target: { owner: string; repo: string; issue_number: number },
  name: string,
  body: string,
  options: { createIfMissing: boolean },
): Promise<StickyResult> {
  const marker = commentMarker(name);
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  let existing: { id: number; html_url: string } | undefined;
  for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...target, per_page: 100 })) {
    existing = page.data.find((c) => c.body?.includes(marker));
    if (existing) break;
  }
  if (existing) {
    const { data } = await api.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text,
    });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  if (!options.createIfMissing) return { action: 'skipped' };
  const { data } = await api.rest.issues.createComment({ ...target, body: text });
  return { action: 'created', url: data.html_url, id: data.id };
}
