import type { Benchmark } from '../model.js';

/** What an adapter sees: the file's text, its JSON when it parsed as JSON, and its name for messages. */
export interface FormatInput {
  text: string;
  json?: unknown;
  source: string;
  /** Texts of the files beside this one that the adapter asked for (`siblings`), by file name. */
  siblings?: Record<string, string>;
}

/** One result format: detect it from content, turn it into benchmarks. Pure: text in, model out. */
export interface FormatAdapter {
  /** The `--tool` / `tool:` name. */
  name: string;
  aliases?: string[];
  /** One line for `--help` and error messages. */
  description: string;
  /** Used only when named with the tool option, never auto-detected (the content cannot tell, e.g. the direction). */
  namedOnly?: boolean;
  /**
   * Files beside a result file whose name matches `when` that the reader passes in too (criterion keeps
   * a benchmark's name and samples next to its estimates.json). Missing ones are left out.
   */
  siblings?: { when: RegExp; files: readonly string[] };
  /** True when the content is unmistakably this format. */
  detect(input: FormatInput): boolean;
  /** Parses; throws InputError naming input.source and the place on bad content. */
  parse(input: FormatInput): Benchmark[];
  /**
   * Loads what `parse` needs that most runs never use (an XML parser): the reader awaits it before
   * parsing a file this format may read (registry.ts `loadParsers`), so other runs do not compile it.
   */
  load?(): Promise<void>;
}
