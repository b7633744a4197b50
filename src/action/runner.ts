/** The Actions runner's side of the interfaces: the log, annotations, outputs and the job summary via @actions/core. */
import * as core from '@actions/core';
import type { Logger } from '../io/log.js';
import { visible } from '../report/format.js';
import type { RunnerCommands } from '../report/channels/channel.js';

/**
 * The runner reads a line of the log that starts with "::" as a workflow command, so data in a
 * message (a suite or benchmark name from PR code, a leg report's field) must never start a line:
 * control characters are shown escaped. Warnings are escaped by @actions/core itself.
 */
export const actionsLog: Logger = {
  info: (m) => core.info(visible(m)),
  warn: (m) => core.warning(m),
  group: (title, fn) => core.group(visible(title), fn),
};

export const actionsCommands: RunnerCommands = {
  annotate(level, message, title) {
    if (level === 'error') core.error(message, { title });
    else if (level === 'warning') core.warning(message, { title });
    else core.notice(message, { title });
  },
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};

export const maskSecret = (value: string) => core.setSecret(value);
