/** What the action reads from the runner and the checkout: the event payload, the commit, git credentials. */
import { readFileSync } from 'node:fs';
import { errorMessage } from '../errors.js';
import { gitOutput, readCommit, type GitAuth } from '../io/git.js';
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
  const mergeBase = (await gitOutput(workspace, ['merge-base', 'HEAD', `origin/${plan.pr.baseRef}`])) || undefined;
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
