import type { Api } from '../../github/api.js';
import { createCommitComment } from '../../github/comment.js';
import { renderMarkdown } from '../markdown.js';
import type { Channel } from './channel.js';
import { COMMENT_BYTES, COMMENT_LIMIT, isPermissionError } from './comment.js';

export interface CommitCommentTarget {
  owner: string;
  repo: string;
  sha: string;
  /** `always`: on every push; `on-regression`: only when the check fails. */
  mode: 'always' | 'on-regression';
  /** Logins mentioned when a rule breaks (github-action-benchmark's alert-comment-cc-users). */
  cc: readonly string[];
  api: () => Promise<Api>;
  redact?: (text: string) => string;
}

/**
 * A push has no pull request: the report goes to a comment on the pushed commit, where the commit's
 * author and its watchers see it, mentioning the named users when a rule breaks. A new comment per
 * push (a commit is pushed once; a re-run of the job comments again, as the peer does).
 */
export function commitCommentChannel(target: CommitCommentTarget): Channel {
  return {
    what: 'post the commit comment',
    required: false,
    async publish(decision, { name, links, artifacts, log }) {
      const failed = decision.verdict === 'fail';
      if (target.mode === 'on-regression' && !failed) return;
      const cc = failed && target.cc.length ? `\n\ncc ${target.cc.map((u) => `@${u}`).join(' ')}` : '';
      const body = (target.redact ?? ((text: string) => text))(
        renderMarkdown(decision, { name, ...links, maxLength: COMMENT_LIMIT - cc.length, maxBytes: COMMENT_BYTES - cc.length }) +
          cc,
      );
      try {
        const { url } = await createCommitComment(
          await target.api(),
          { owner: target.owner, repo: target.repo, commit_sha: target.sha },
          body,
        );
        log.info(`Commit comment created: ${url}`);
        artifacts['comment-url'] = url;
      } catch (error) {
        if (!isPermissionError(error)) throw error;
        throw new Error(
          `the token cannot comment on commit ${target.sha.slice(0, 7)} (commit comments need permissions: contents: write)`,
          {
            cause: error,
          },
        );
      }
    },
  };
}
