import { join } from 'node:path';
import { slug } from '../history/layout.js';
import { openHistory, type History } from '../history/open.js';
import { siteFiles } from '../history/site-files.js';
import type { Clock } from '../io/clock.js';
import { gitAuth } from './checkout.js';
import type { EventPlan } from './event.js';
import type { Settings } from './inputs.js';
import { actionsLog, maskSecret } from './runner.js';

/** The action's history: its inputs turned into a storage choice for the one opener. */
export function openActionHistory(settings: Settings, plan: EventPlan, clock: Clock): Promise<History> {
  const target = settings.historyRepository ?? plan.repo;
  return openHistory({
    storage: settings.storage,
    retention: { maxRuns: settings.maxRuns, maxAgeDays: settings.maxAgeDays },
    clock,
    warn: actionsLog.warn,
    site: siteFiles,
    record: plan.record,
    trendUrl: settings.trendUrl,
    branch: {
      url: `${plan.serverUrl}/${target.owner}/${target.repo}.git`,
      name: settings.ghPagesBranch,
      dir: settings.ghPagesDir,
      auth: () => gitAuth(settings.token, settings.workspace, plan.serverUrl, maskSecret),
      pushTimeoutMs: settings.pushTimeoutSeconds * 1000,
      workDir: settings.tempDir,
      // GitHub Pages publishes github.com repositories at <owner>.github.io/<repo>/.
      pageUrl: /^https:\/\/github\.com$/.test(plan.serverUrl)
        ? `https://${target.owner}.github.io/${target.repo}/${settings.ghPagesDir}/`
        : undefined,
    },
    cache: { dir: join(settings.tempDir, 'causal-perf-history', slug(settings.name)), restoreBranch: plan.baselineBranch },
  });
}
