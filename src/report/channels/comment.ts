import type { Api } from '../../github/api.js';
import { commentMarker, upsertStickyComment } from '../../github/comment.js';
import { renderMarkdown } from '../markdown.js';
import type { Channel } from './channel.js';

/** True for the answers a read-only token gets (a fork's pull request, `permissions: read`). */
export const isPermissionError = (error: unknown) => [401, 403, 404].includes((error as { status?: number }).status ?? 0);

/**
 * GitHub rejects comment bodies over 65,536 characters, and (as users measured) over 262,144 UTF-8
 * bytes; leave room for the marker under both.
 */
export const COMMENT_LIMIT = 65_000;
export const COMMENT_BYTES = 260_000;

export interface CommentTarget {
  owner: string;
  repo: string;
  pr: { number: number; fork?: boolean };
  /** `always`: create or update; `on-regression`: create only when the check fails, update an existing one. */
  mode: 'always' | 'on-regression';
  /** The REST client, made (and its code loaded) only when a comment is due. */
  api: () => Promise<Api>;
  /** Takes credential values out of the body (a benchmark the suite named after one). */
  redact?: (text: string) => string;
}

/** One sticky comment per suite on the pull request, shortened to fit GitHub's limits. */
export function commentChannel(target: CommentTarget): Channel {
  return {
    what: 'post the pull request comment',
    required: false,
    async publish(decision, { name, links, artifacts, log }) {
      const body = (target.redact ?? ((text: string) => text))(
        renderMarkdown(decision, {
          name,
          ...links,
          maxLength: COMMENT_LIMIT,
          maxBytes: COMMENT_BYTES,
          marker: commentMarker(name),
        }),
      );
      try {
        const result = await upsertStickyComment(
          await target.api(),
          { owner: target.owner, repo: target.repo, issue_number: target.pr.number },
          name,
          body,
          { createIfMissing: target.mode === 'always' || decision.verdict === 'fail' },
        );
        if (result.action !== 'skipped') log.info(`Pull request comment ${result.action}: ${result.url}`);
        if (result.url) artifacts['comment-url'] = result.url;
      } catch (error) {
        if (!isPermissionError(error)) throw error;
        throw new Error(
          `the token cannot write to pull request #${target.pr.number}${target.pr.fork ? ' (a pull request from a fork gets a read-only token; see the README for the workflow_run pattern)' : ''}`,
          { cause: error },
        );
      }
    },
  };
}
