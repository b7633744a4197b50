import { join } from 'node:path';
import type { Channel } from '../report/channels/channel.js';
import { annotationsChannel } from '../report/channels/annotations.js';
import { commentChannel } from '../report/channels/comment.js';
import { commitCommentChannel } from '../report/channels/commit-comment.js';
import { reportFilesChannel } from '../report/channels/files.js';
import { outputsChannel } from '../report/channels/outputs.js';
import { pushgatewayChannel } from '../report/channels/pushgateway.js';
import { remoteWriteChannel } from '../report/channels/remote-write.js';
import { sampleTime } from '../report/labels.js';
import type { Clock } from '../io/clock.js';
import { summaryChannel } from '../report/channels/summary.js';
import type { EventPlan } from './event.js';
import type { Settings } from './inputs.js';
import { actionsCommands, actionsLog } from './runner.js';

/** Where the action's verdict goes, in order; a new channel is one more line here. */
export function actionChannels(
  settings: Settings,
  plan: EventPlan,
  reportDir: string,
  clock: Clock,
  /** Takes every credential value out of the texts that leave the runner (a benchmark named after one). */
  redact: (text: string) => string = (text) => text,
): Channel[] {
  const channels: Channel[] = [
    reportFilesChannel({ json: join(reportDir, 'report.json'), markdown: join(reportDir, 'report.md') }),
    annotationsChannel(actionsCommands),
  ];
  if (settings.summary) channels.push(summaryChannel(actionsCommands, redact));
  if (plan.pr && settings.comment !== 'never') {
    if (settings.token)
      channels.push(
        commentChannel({
          owner: plan.repo.owner,
          repo: plan.repo.repo,
          pr: plan.pr,
          mode: settings.comment,
          redact,
          api: async () => (await import('../github/api.js')).createApi(settings.token, actionsLog.warn),
        }),
      );
    else actionsLog.warn('no github-token: the pull request comment is skipped (the report is in the job summary)');
  }
  if (!plan.pr && plan.event === 'push' && settings.commitComment !== 'never') {
    if (settings.token)
      channels.push(
        commitCommentChannel({
          owner: plan.repo.owner,
          repo: plan.repo.repo,
          sha: plan.sha,
          mode: settings.commitComment,
          cc: settings.commitCommentCc,
          redact,
          api: async () => (await import('../github/api.js')).createApi(settings.token, actionsLog.warn),
        }),
      );
    else actionsLog.warn('no github-token: the commit comment is skipped (the report is in the job summary)');
  }
  // The Pushgateway holds one group per suite and testbed, which alerts read as the default branch's
  // state: a pull request's (or another branch's) run would replace it and fire main's alerts.
  const otherBranch = !!plan.pr || (!!plan.branch && !!plan.baselineBranch && plan.branch !== plan.baselineBranch);
  const whose = plan.pr ? `pull request #${plan.pr.number}` : `branch ${plan.branch}`;
  if (settings.pushgateway && otherBranch)
    actionsLog.info(
      `Pushgateway: not pushed — this run is ${whose}, and its group (suite, testbed) is the one ${plan.baselineBranch ?? 'the default branch'}'s alerts read.`,
    );
  // Remote-written series carry no branch either (suite, benchmark, metric, testbed): the same holds.
  if (settings.remoteWrite && otherBranch)
    actionsLog.info(
      `Remote write: not sent — this run is ${whose}, and its series (suite, benchmark, testbed) are ${plan.baselineBranch ?? 'the default branch'}'s history and alerts.`,
    );
  if (settings.pushgateway && !otherBranch)
    channels.push(
      pushgatewayChannel(settings.pushgateway, () => ({
        suite: settings.name,
        testbed: settings.testbed,
        sha: plan.sha,
        branch: plan.branch,
        event: plan.event,
        at: clock(),
      })),
    );
  if (settings.remoteWrite && !otherBranch)
    channels.push(
      remoteWriteChannel(settings.remoteWrite, () => {
        const at = clock();
        return {
          suite: settings.name,
          testbed: settings.testbed,
          sha: plan.sha,
          branch: plan.branch,
          event: plan.event,
          at,
          sampleTime: sampleTime(plan.commit.timestamp, at),
        };
      }),
    );
  channels.push(outputsChannel(actionsCommands));
  return channels;
}
