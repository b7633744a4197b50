/**
 * History never loses a run: the run files are the truth, everything else (the suite registry, the
 * index, the monthly run logs, the series shards) is derived from them. A derived file that cannot be
 * read or does not match its schema is rebuilt from the run files, and the unreadable file is kept
 * under `quarantine/` — never silently overwritten.
 */
import { isoOrder } from '../arrays.js';
import {
  isIndex,
  isLog,
  isRegistry,
  isRun,
  isSeries,
  isChunk,
  isChunkPath,
  isTail,
  paths,
  planAppend,
  suiteFolder,
  unreadable,
  loadRuns,
  type AppendPlan,
  type Damage,
  type FileReader,
  type Retention,
} from './layout.js';
import type { Clock } from '../io/clock.js';
import type { LoadQuery, RunAnnotations, RunRecord, Warn } from './types.js';

/** A run file (`data/<suite>/runs/<yyyy-mm>/<id>.json`): the truth, never rebuilt or quarantined. */
const RUN_FILE = /\/runs\/\d{4}-\d{2}\/[^/]+\.json$/;

/** A reader whose `files` win over the snapshot underneath (a rebuilt state, before it is written). */
function overlay(base: FileReader, files: Map<string, string>, gone: Set<string>): FileReader {
  return {
    read: async (list) => {
      const rest = list.filter((p) => !files.has(p) && !gone.has(p));
      const under = rest.length > 0 ? await base.read(rest) : new Map<string, string | undefined>();
      return new Map(list.map((p) => [p, files.get(p) ?? (gone.has(p) ? undefined : under.get(p))]));
    },
    list: async (folder) => {
      const under = base.list ? await base.list(folder) : [];
      return [
        ...new Set([...under.filter((p) => !gone.has(p)), ...[...files.keys()].filter((p) => p.startsWith(folder))]),
      ].sort();
    },
  };
}

const checkOf = (path: string) =>
  path.endsWith('/index.json')
    ? isIndex
    : path === paths.suites()
      ? isRegistry
      : /\/runs\/\d{4}-\d{2}\.json$/.test(path)
        ? isLog
        : isChunkPath(path)
          ? isChunk
          : /\/series\//.test(path)
            ? isSeries
            : /^data\/[^/]+\/tail\.json$/.test(path)
              ? isTail
              : isRun;

/** The derived files among `paths` that exist but cannot be used, with the reason. */
async function damagedAmong(reader: FileReader, list: string[]): Promise<Map<string, { text: string; why: string }>> {
  const contents = await reader.read(list);
  const damaged = new Map<string, { text: string; why: string }>();
  for (const [path, text] of contents) {
    if (text === undefined) continue;
    const why = unreadable(text, checkOf(path));
    if (why !== undefined) damaged.set(path, { text, why });
  }
  return damaged;
}

export interface Rebuilt {
  /** Every derived file of the suite, rebuilt (plus the registry entry). */
  files: Map<string, string>;
  /** The run files it was rebuilt from, and those that could not be read (the truth cannot be rebuilt). */
  runs: number;
  unreadableRuns: string[];
}

/** The suite's derived files, rebuilt by replaying its run files in time order. */
export async function rebuildSuite(reader: FileReader, folder: string, name: string, warn: Warn): Promise<Rebuilt> {
  if (!reader.list) throw new Error('history: this store cannot list its files, so it cannot rebuild');
  const runFiles = (await reader.list(`data/${folder}/runs/`)).filter((p) => RUN_FILE.test(p));
  const contents = await reader.read(runFiles);
  const runs: RunRecord[] = [];
  const unreadableRuns: string[] = [];
  for (const path of runFiles) {
    const text = contents.get(path);
    if (text === undefined || unreadable(text, isRun) !== undefined) unreadableRuns.push(path);
    else runs.push(JSON.parse(text) as RunRecord);
  }
  runs.sort((a, b) => isoOrder(a.recordedAt, b.recordedAt));
  // Replayed through the same planAppend as a live append, into memory.
  const memory = new Map<string, string>([[paths.suites(), JSON.stringify({ version: 1, suites: [{ id: folder, name }] })]]);
  const mem: FileReader = { read: async (list) => new Map(list.map((p) => [p, memory.get(p)])) };
  for (const run of runs) {
    const { identity: _identity, verdict, flagged, ...rest } = run;
    void _identity;
    const plan = await planAppend(mem, { ...rest, suite: name }, { annotations: { verdict, rows: flagged ?? [] }, warn });
    for (const [p, c] of plan.writes) memory.set(p, c);
  }
  const files = new Map([...memory].filter(([p]) => !RUN_FILE.test(p)));
  return { files, runs: runs.length, unreadableRuns };
}

/** The registry rebuilt from the suites' indexes (their exact names). */
async function rebuildRegistry(reader: FileReader): Promise<string> {
  const indexes = ((await reader.list?.('data/')) ?? []).filter((p) => /^data\/[^/]+\/index\.json$/.test(p));
  const contents = await reader.read(indexes);
  const suites: { id: string; name: string }[] = [];
  for (const path of indexes) {
    const text = contents.get(path);
    if (text === undefined || unreadable(text, isIndex) !== undefined) continue;
    const index = JSON.parse(text) as { suite: string; name: string };
    suites.push({ id: path.split('/')[1] as string, name: index.name });
  }
  return JSON.stringify({ version: 1, suites: suites.sort((a, b) => a.id.localeCompare(b.id)) });
}

const stamp = (clock?: Clock) =>
  (clock ? clock() : new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const quarantined = (path: string, at: string) => `quarantine/${path}.${at}`;

/**
 * The damaged derived files of a suite repaired on top of `reader`: writes for the rebuilt files and
 * for the quarantined copies, and a reader that sees the repaired state.
 */
async function repairSuite(
  reader: FileReader,
  name: string,
  damaged: Map<string, { text: string; why: string }>,
  options: { clock?: Clock; warn: Warn },
): Promise<{ writes: Map<string, string>; reader: FileReader }> {
  const at = stamp(options.clock);
  const writes = new Map<string, string>();
  const gone = new Set<string>();
  for (const [path, { text }] of damaged) {
    writes.set(quarantined(path, at), text);
    gone.add(path);
  }
  if (damaged.has(paths.suites())) writes.set(paths.suites(), await rebuildRegistry(overlay(reader, new Map(), gone)));
  const healed = overlay(reader, writes, gone);
  const folder = await suiteFolder(healed, name, () => {});
  const rebuilt = await rebuildSuite(healed, folder, name, options.warn);
  // The registry is the repository-wide one (other suites too); keep it, with this suite's entry.
  for (const [p, c] of rebuilt.files) if (p !== paths.suites()) writes.set(p, c);
  const what = [...damaged].map(([p, d]) => `${p} (${d.why})`).join('; ');
  options.warn(
    `history: unreadable ${what}. Rebuilt this suite's index, run logs and series from ${rebuilt.runs} run files; the unreadable files are kept under quarantine/ (nothing was overwritten unseen).${rebuilt.unreadableRuns.length ? ` ${rebuilt.unreadableRuns.length} run files are themselves unreadable and were left as they are: ${rebuilt.unreadableRuns.join(', ')}.` : ''}`,
  );
  return { writes, reader: overlay(reader, writes, gone) };
}

/**
 * planAppend; when a derived file it read was unreadable (it would start that file afresh and drop what
 * it held), the suite is rebuilt from its run files first, the damaged files are quarantined, and the
 * append is planned again on the repaired state.
 */
export async function planAppendSafely(
  reader: FileReader,
  run: RunRecord,
  options: { retention?: Retention; annotations?: RunAnnotations; clock?: Clock; warn: Warn },
): Promise<AppendPlan> {
  const held: string[] = [];
  const first = await planAppend(reader, run, { ...options, warn: (m) => held.push(m) });
  if (first.damaged.size === 0 || !reader.list) {
    for (const m of held) options.warn(m);
    return first;
  }
  const repaired = await repairSuite(reader, run.suite, first.damaged, options);
  const plan = await planAppend(repaired.reader, run, options);
  return { ...plan, writes: new Map([...repaired.writes, ...plan.writes]) };
}

/**
 * loadRuns, rebuilding in memory when the index or a run log is unreadable, so the baseline keeps
 * every run that has a run file. A load writes nothing; the next append (or `history repair`) does.
 */
export async function loadRunsSafely(reader: FileReader, query: LoadQuery, warn: Warn): Promise<RunRecord[]> {
  const held: string[] = [];
  const damaged: Damage = new Map();
  const runs = await loadRuns(reader, query, (m) => held.push(m), damaged);
  if (damaged.size === 0 || !reader.list) {
    for (const m of held) warn(m);
    return runs;
  }
  const repaired = await repairSuite(reader, query.suite, damaged, { warn });
  return loadRuns(repaired.reader, query, warn);
}

export interface CheckReport {
  suites: { id: string; name: string; runs: number; months: string[] }[];
  /** Files that exist but cannot be used, with the reason. */
  unreadable: { path: string; why: string }[];
  /** Run files that no run log lists, and run log entries whose run file is missing. */
  orphans: string[];
  missing: string[];
  /** Derived files the suite needs that are gone (index, a month's run log, the tail, a chunk): rebuilt by repair. */
  derived: string[];
}

/**
 * The derived files a suite's index says exist but that are gone: the index itself (when run files
 * exist), each month's run log, the tail (chunked layout) and every chunk file in a benchmark's
 * [from, to). An append that found them gone would judge on 0 prior runs or drop chart points.
 */
function missingDerived(
  folder: string,
  runFiles: readonly string[],
  indexText: string | undefined,
  indexDamaged: boolean,
  present: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  if (indexText === undefined) {
    if (runFiles.length > 0) out.push(paths.index(folder));
    return out;
  }
  if (indexDamaged) return out;
  const index = JSON.parse(indexText) as {
    months?: { month: string }[];
    appends?: number;
    benchmarks?: Record<string, { key: string; chunks?: [number, number] }>;
  };
  for (const { month } of index.months ?? [])
    if (!present.has(paths.runLog(folder, month))) out.push(paths.runLog(folder, month));
  if (index.appends !== undefined && !present.has(paths.tail(folder))) out.push(paths.tail(folder));
  for (const entry of Object.values(index.benchmarks ?? {})) {
    const [from, to] = entry.chunks ?? [0, 0];
    for (let c = from; c < to; c++)
      if (!present.has(paths.chunk(folder, entry.key, c))) out.push(paths.chunk(folder, entry.key, c));
  }
  return out;
}

/** Everything `causal-perf history check` reports; `repair` rebuilds what this finds damaged. */
export async function checkHistory(reader: FileReader): Promise<CheckReport> {
  if (!reader.list) throw new Error('history check needs a store that can list its files');
  const all = await reader.list('data/');
  const json = all.filter((p) => p.endsWith('.json'));
  const damaged = await damagedAmong(reader, json);
  const report: CheckReport = {
    suites: [],
    unreadable: [...damaged].map(([path, d]) => ({ path, why: d.why })),
    orphans: [],
    missing: [],
    derived: [],
  };
  const folders = [...new Set(all.map((p) => p.split('/')[1]).filter((f): f is string => !!f && f !== 'suites.json'))].sort();
  const contents = await reader.read(json);
  for (const folder of folders) {
    const runFiles = json.filter((p) => p.startsWith(`data/${folder}/runs/`) && RUN_FILE.test(p) && p.split('/').length === 5);
    const logs = json.filter((p) => /^data\/[^/]+\/runs\/\d{4}-\d{2}\.json$/.test(p) && p.startsWith(`data/${folder}/`));
    const listed = new Set<string>();
    for (const log of logs) {
      if (damaged.has(log)) continue;
      const month = log.slice(-12, -5);
      for (const e of (JSON.parse(contents.get(log) ?? '{"runs":[]}') as { runs: { id: string }[] }).runs) {
        const file = paths.run(folder, month, e.id);
        listed.add(file);
        if (!runFiles.includes(file)) report.missing.push(file);
      }
    }
    for (const f of runFiles) if (!listed.has(f)) report.orphans.push(f);
    const indexText = contents.get(paths.index(folder));
    report.derived.push(...missingDerived(folder, runFiles, indexText, damaged.has(paths.index(folder)), new Set(all)));
    // The exact name: from the index, else from a run file (each run file names its suite).
    const fromRun = runFiles.map((f) => contents.get(f)).find((t) => t !== undefined && unreadable(t, isRun) === undefined);
    const name =
      indexText && !damaged.has(paths.index(folder))
        ? (JSON.parse(indexText) as { name: string }).name
        : fromRun
          ? (JSON.parse(fromRun) as { suite: string }).suite
          : folder;
    report.suites.push({
      id: folder,
      name,
      runs: runFiles.length,
      months: [...new Set(runFiles.map((f) => f.split('/')[3] as string))].sort(),
    });
  }
  return report;
}

/** `history repair`: every suite's derived files rebuilt from its run files; damaged files quarantined. */
export async function repairHistory(
  reader: FileReader,
  options: { clock?: Clock; warn: Warn },
): Promise<{ writes: Map<string, string>; deletes: string[] }> {
  const report = await checkHistory(reader);
  const at = stamp(options.clock);
  const writes = new Map<string, string>();
  const gone = new Set<string>();
  for (const { path } of report.unreadable) {
    if (RUN_FILE.test(path)) continue; // run files are the truth: left as they are
    writes.set(quarantined(path, at), (await reader.read([path])).get(path) ?? '');
    gone.add(path);
  }
  writes.set(
    paths.suites(),
    JSON.stringify({
      version: 1,
      suites: report.suites.map(({ id, name }) => ({ id, name })).sort((x, y) => x.id.localeCompare(y.id)),
    }),
  );
  const healed = overlay(reader, writes, gone);
  const present = new Set(await reader.list!('data/'));
  for (const suite of report.suites) {
    const rebuilt = await rebuildSuite(healed, suite.id, suite.name, options.warn);
    for (const [p, c] of rebuilt.files) if (p !== paths.suites()) writes.set(p, c);
    // Derived files the rebuild did not produce describe runs that no longer exist (a month whose run
    // files are all gone, a suite with none left): check would find them wanting after every repair.
    for (const p of present) if (p.startsWith(`data/${suite.id}/`) && !RUN_FILE.test(p) && !rebuilt.files.has(p)) gone.add(p);
  }
  // The damaged files were copied to quarantine/; nothing else is removed.
  return { writes, deletes: [...gone].filter((p) => !writes.has(p)) };
}
