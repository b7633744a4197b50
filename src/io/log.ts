/** Where progress and warnings go: the Actions log (via @actions/core) in the action, stderr in the CLI. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Runs `fn` with its output folded under `title` where the log can fold (the Actions log). */
  group?<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
