/**
 * A rules file's text to rules. Its own module because of the YAML parser (~250 KB of code): a run
 * without a rules file never loads it (io/rules-file.ts imports this only when the file exists).
 */
import { parseDocument } from 'yaml';
import { rulesFromDocument, type Rules } from './config.js';

/** Parses and validates a rules file; errors name the file, the key and what was expected. */
export function parseRules(text: string, source: string): Rules {
  return rulesFromDocument(parseDocument(text), source);
}
