import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Warn } from '../history/types.js';

export type Api = ReturnType<typeof github.getOctokit>;

/**
 * An octokit that retries 5xx answers (plugin-retry) and waits out primary and secondary rate
 * limits a bounded number of times (plugin-throttling). The base URL comes from GITHUB_API_URL.
 */
export function createApi(token: string, warn: Warn, options: { baseUrl?: string; retryBaseMs?: number } = {}): Api {
  return github.getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
          warn(`GitHub API rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
          warn(`GitHub API secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < 1;
        },
      },
    },
    retry,
    throttling,
  );
}
