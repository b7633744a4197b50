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
  // Only a comment the action's own identity wrote is updated: anyone can paste the marker into a
  // comment of theirs, and the action would otherwise overwrite it with its report.
  let self: string | undefined;
  const mine = async (login: string | undefined) => {
    if (login === ACTIONS_BOT) return true;
    self ??= await authenticatedLogin(api);
    return login !== undefined && login === self;
  };
  let existing: { id: number; html_url: string } | undefined;
  search: for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...target, per_page: 100 }))
    for (const c of page.data)
      if (c.body?.includes(marker) && (await mine(c.user?.login))) {
        existing = c;
        break search;
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

/** The identity of the workflow's own GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';

/** The login of a personal token ("" for an installation token, which cannot ask GET /user). */
async function authenticatedLogin(api: Api): Promise<string> {
  try {
    return (await api.rest.users.getAuthenticated()).data.login;
  } catch {
    return '';
  }
}

/** A comment on a commit (a push has no pull request to comment on); returns its address. */
export async function createCommitComment(
  api: Api,
  target: { owner: string; repo: string; commit_sha: string },
  body: string,
): Promise<{ url: string; id: number }> {
  const { data } = await api.rest.repos.createCommitComment({ ...target, body });
  return { url: data.html_url, id: data.id };
}
