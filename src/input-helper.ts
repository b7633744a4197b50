import * as core from '@actions/core';
import { InputError } from './errors.js';

/** The action's inputs, read once and passed down (the actions/checkout pattern). */
export interface Settings {
  resultPatterns: string[];
  tool?: string;
  config?: string;
  baselinePatterns: string[];
  name: string;
  failOnRegression: boolean;
  summary: boolean;
  workspace: string;
  tempDir: string;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function bool(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'true') return value === 'true' || value === '';
  if (value === 'false') return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`);
}

export function getSettings(): Settings {
  const resultPatterns = lines(core.getInput('output-file-path'));
  if (resultPatterns.length === 0) throw new InputError('input output-file-path: expected at least one result file path or glob');
  return {
    resultPatterns,
    tool: core.getInput('tool').trim() || undefined,
    config: core.getInput('config').trim() || undefined,
    baselinePatterns: lines(core.getInput('baseline')),
    name: core.getInput('name').trim() || 'benchmarks',
    failOnRegression: bool('fail-on-regression'),
    summary: bool('summary'),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.cwd(),
  };
}
