import { readFile } from 'node:fs/promises';
import { DEFAULT_RULES, type Rules } from '../config.js';
import { ConfigError } from '../errors.js';

export const DEFAULT_RULES_PATH = '.github/causal-perf.yml';

/**
 * Reads the rules file. A path the user named must exist; the default path may be absent
 * (then the defaults apply, which reproduce the seed guide's thresholds).
 */
export async function readRules(path: string | undefined): Promise<{ rules: Rules; source: string | null }> {
  const file = path ?? DEFAULT_RULES_PATH;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (path === undefined && code === 'ENOENT') return { rules: DEFAULT_RULES, source: null };
    throw new ConfigError(`${file}: cannot read the rules file (${code ?? String(error)})`);
  }
  const { parseRules } = await import('../rules-yaml.js');
  return { rules: parseRules(text, file), source: file };
}
