/**
 * What the workflow event means for benchmarking: which commit this is, which history is its
 * baseline, and whether the run joins that history. Pure: the event name, payload and environment in.
 */
export interface EventPlan {
  event: string;
  repo: { owner: string; repo: string };
  sha: string;
  /** Branch of this run (the PR's head branch for PRs). */
  branch?: string;
  /** Branch whose history is the baseline. */
  baselineBranch?: string;
  /** Commits at which the baseline is cut (newest run at one of these ends the window), best first. */
  baselineShas: string[];
  /** Whether this run is appended to the history. */
  record: boolean;
  /** Why the run is (not) recorded, for the log. */
  why: string;
  pr?: { number: number; fork: boolean; baseRef: string; baseSha?: string; headRef?: string; labels?: string[] };
  commit: { sha: string; message?: string; author?: string; timestamp?: string; url?: string };
  runId?: string;
  serverUrl: string;
  /** On a push: the branch's tip before it (the default base of same-job A/B). */
  previousSha?: string;
  /** The repository's default branch, as the event names it. */
  defaultBranch: string;
}

interface Payload {
  repository?: { default_branch?: string; full_name?: string; html_url?: string };
  pull_request?: {
    number: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
    title?: string;
    user?: { login?: string };
    updated_at?: string;
    labels?: { name?: string }[];
  };
  head_commit?: {
    id?: string;
    message?: string;
    timestamp?: string;
    url?: string;
    author?: { name?: string; username?: string };
  } | null;
  before?: string;
  merge_group?: { head_sha?: string; head_ref?: string; base_ref?: string; base_sha?: string };
}

const branchOf = (ref?: string) => (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);

export function planEvent(
  eventName: string,
  payload: Payload,
  env: Record<string, string | undefined>,
  options: { historyBranches?: string[] } = {},
): EventPlan {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const defaultBranch = payload.repository?.default_branch ?? 'main';
  const recordBranches = new Set([defaultBranch, ...(options.historyBranches ?? [])]);
  const commitUrl = (sha: string) => `${serverUrl}/${owner}/${repo}/commit/${sha}`;
  const base = { event: eventName, repo: { owner, repo }, runId: env.GITHUB_RUN_ID, serverUrl, defaultBranch };

  const pr = payload.pull_request;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr) {
    const sha = pr.head?.sha ?? env.GITHUB_SHA ?? '';
    const baseRef = pr.base?.ref ?? env.GITHUB_BASE_REF ?? defaultBranch;
    const fork = !!pr.head?.repo?.full_name && !!pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name;
    return {
      ...base,
      sha,
      branch: pr.head?.ref ?? env.GITHUB_HEAD_REF,
      baselineBranch: baseRef,
      baselineShas: pr.base?.sha ? [pr.base.sha] : [],
      record: false,
      why: 'pull request runs are compared and reported, never written into the main history',
      pr: {
        number: pr.number,
        fork,
        baseRef,
        baseSha: pr.base?.sha,
        headRef: pr.head?.ref,
        labels: (pr.labels ?? []).map((l) => l.name).filter((n): n is string => typeof n === 'string'),
      },
      commit: { sha, message: pr.title, author: pr.user?.login, timestamp: pr.updated_at, url: commitUrl(sha) },
    };
  }

  if (eventName === 'merge_group' && payload.merge_group) {
    const mg = payload.merge_group;
    const sha = mg.head_sha ?? env.GITHUB_SHA ?? '';
    const target = branchOf(mg.base_ref) ?? defaultBranch;
    return {
      ...base,
      sha,
      branch: branchOf(mg.head_ref),
      baselineBranch: target,
      baselineShas: mg.base_sha ? [mg.base_sha] : [],
      record: false,
      why: 'merge-queue runs are checks of a candidate merge; the push to the branch records it',
      commit: { sha, url: commitUrl(sha) },
    };
  }

  // push, schedule, workflow_dispatch, release, … : the commit is GITHUB_SHA on GITHUB_REF.
  const sha = (eventName === 'push' ? payload.head_commit?.id : undefined) ?? env.GITHUB_SHA ?? '';
  const branch = branchOf(env.GITHUB_REF) ?? (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined);
  const hc = eventName === 'push' ? payload.head_commit : undefined;
  const recorded = branch !== undefined && recordBranches.has(branch);
  return {
    ...base,
    sha,
    branch,
    // Other branches compare with the default branch's history, and are not recorded.
    baselineBranch: recorded ? branch : defaultBranch,
    baselineShas: [],
    ...(eventName === 'push' && payload.before && !/^0+$/.test(payload.before) ? { previousSha: payload.before } : {}),
    record: recorded,
    why: recorded
      ? `${eventName} on ${branch}: compared with ${branch}'s previous runs, then recorded`
      : `${eventName} on ${branch ?? env.GITHUB_REF ?? 'a tag'}: compared with ${defaultBranch}'s history, not recorded (history branches: ${[...recordBranches].join(', ')})`,
    commit: {
      sha,
      message: hc?.message,
      author: hc?.author?.name ?? hc?.author?.username,
      timestamp: hc?.timestamp,
      url: hc?.url ?? (sha ? commitUrl(sha) : undefined),
    },
  };
}
