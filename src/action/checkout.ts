/** What the action reads from the runner and the checkout: the event payload, the commit, git credentials. */
import { readFileSync } from 'node:fs';
import { InputError, errorMessage } from '../errors.js';
import { checkRef, Git, gitOutput, readCommit, type GitAuth } from '../io/git.js';
import type { Logger } from '../io/log.js';
import type { EventPlan } from './event.js';

export function readEvent(log: Logger, env: NodeJS.ProcessEnv = process.env): { name: string; payload: Record<string, unknown> } {
  const name = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      log.warn(`could not read the event payload ${path}: ${errorMessage(error)}; using GITHUB_SHA and GITHUB_REF`);
    }
  }
  return { name, payload };
}

/** The commit's own facts from the checkout, for events whose payload has none (schedule, dispatch). */
export async function commitFromCheckout(plan: EventPlan, workspace: string): Promise<void> {
  if (plan.commit.message && plan.commit.timestamp) return;
  const found = await readCommit(workspace, plan.sha || 'HEAD');
  // No checkout, or the commit is not in it: the record keeps the sha and URL.
  if (!found || (plan.sha && found.sha !== plan.sha)) return;
  plan.commit.author ??= found.author;
  plan.commit.timestamp ??= found.timestamp;
  plan.commit.message ??= found.message;
}

/** The commits that end a pull request's baseline window: its merge-base with the base branch, then the payload's base sha. */
export async function baselineCut(plan: EventPlan, workspace: string): Promise<string[]> {
  if (!plan.pr) return [];
  const mergeBase =
    (await gitOutput(workspace, ['merge-base', '--end-of-options', 'HEAD', `origin/${plan.pr.baseRef}`])) || undefined;
  return [mergeBase, ...plan.baselineShas].filter((s): s is string => !!s);
}

/** Credentials for git: the token input, else the header actions/checkout persisted in the workspace. */
export async function gitAuth(
  token: string,
  workspace: string,
  serverUrl: string,
  mask: (secret: string) => void,
): Promise<GitAuth> {
  if (token) return { token };
  const header = await gitOutput(workspace, ['config', '--get', `http.${serverUrl}/.extraheader`]);
  if (header) {
    mask(header);
    return { header };
  }
  return {};
}

/**
 * The commit same-job A/B compares with: `ab-base` when given; else the pull request's merge-base
 * with its base commit (the base commit itself in a shallow checkout); else, on a push, the branch's
 * previous tip (the push's `before`, or HEAD^). A commit missing from a shallow checkout is fetched
 * (`git fetch --no-tags --depth=1 origin <sha>`); one that cannot be fetched is a clear error.
 */
export async function abBaseCommit(plan: EventPlan, workspace: string, abBase: string | undefined): Promise<string> {
  const git = new Git(workspace);
  const resolve = (ref: string) =>
    gitOutput(workspace, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const ensure = async (ref: string, what: string): Promise<string> => {
    checkRef(ref, what);
    const local = await resolve(ref);
    if (local) return local;
    const fetched = await git.exec(['fetch', '-q', '--no-tags', '--depth=1', 'origin', '--end-of-options', ref], {
      allowFailure: true,
      timeoutMs: 120_000,
    });
    const sha = fetched.code === 0 ? await resolve('FETCH_HEAD') : undefined;
    if (!sha)
      throw new InputError(
        `${what}: the base commit ${ref} is not in the checkout and could not be fetched from origin${fetched.stderr.trim() ? ` (${fetched.stderr.trim().split('\n').slice(-1)[0]})` : ''}; check out with fetch-depth: 0, or name the base with ab-base`,
      );
    return sha;
  };
  if (abBase) return ensure(abBase, 'ab-base');
  if (plan.pr) {
    const base = plan.pr.baseSha ?? `origin/${plan.pr.baseRef}`;
    const baseSha = await ensure(base, 'mode ab');
    return (await gitOutput(workspace, ['merge-base', '--end-of-options', 'HEAD', baseSha])) || baseSha;
  }
  if (plan.previousSha) return ensure(plan.previousSha, 'mode ab');
  const parent = await resolve('HEAD^');
  if (parent) return parent;
  throw new InputError(
    'mode ab: this commit has no parent in the checkout to compare with; check out with fetch-depth: 2 or more, or name the base with ab-base',
  );
}
