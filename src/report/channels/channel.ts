import type { Decision } from '../../analysis/decide.js';
import type { Logger } from '../../io/log.js';

/** Links a report can carry: the trend page, a benchmark's chart, the full report when shortened. */
export interface ReportLinks {
  trendUrl?: string;
  benchmarkLink?: (benchmark: string) => string;
  fullReportUrl?: string;
}

export interface PublishContext {
  /** The suite's name, in headings and file names. */
  name: string;
  links: ReportLinks;
  /** Facts the JSON report carries beside the decision (suite, commit, event, baseline branch). */
  facts: Record<string, unknown>;
  /** What earlier channels made, for later ones: report paths, the comment's URL. */
  artifacts: Record<string, string>;
  log: Logger;
}

/**
 * One place the verdict goes. A new channel is a new file and one line where the caller lists its
 * channels; the pipeline publishes to each in order and handles failure in one place.
 */
export interface Channel {
  /** What publishing does, for the log: "post the pull request comment". */
  what: string;
  /**
   * Whether a failure fails the run. A best-effort channel (false) only warns: a comment that cannot
   * be posted never hides the verdict, which the required channels still carry.
   */
  required: boolean;
  publish(decision: Decision, context: PublishContext): Promise<void>;
}

/** The workflow commands a runner understands, kept behind an interface so channels stay testable. */
export interface RunnerCommands {
  annotate(level: 'error' | 'warning' | 'notice', message: string, title: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
}
