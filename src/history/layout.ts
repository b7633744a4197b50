/**
 * How history is laid out as files, shared by the gh-pages branch and the local directory, and read
 * by the trend site. Nothing grows forever in one file and a baseline needs only a few files:
 *
 *   data/suites.json                              the suites (tiny)
 *   data/<suite>/index.json                       months, branches, benchmarks (+ which months hold their series), latest changes
 *   data/<suite>/runs/<yyyy-mm>.json              that month's run log: commit, branch, verdict of each run
 *   data/<suite>/runs/<yyyy-mm>/<run id>.json     one run record (immutable)
 *   data/<suite>/tail.json                        every benchmark's newest points (the charts), at most TAIL_TURNS each
 *   data/<suite>/series/<benchmark key>/c<n>.json one benchmark's older points, CHUNK_POINTS per chunk
 *   data/<suite>/series/<benchmark key>/<yyyy-mm>.json   monthly shards written before chunks (read, never written)
 *
 * A baseline reads the index, one or two run logs and `limit` run files. An append adds one run file and
 * rewrites the index, one run log, the tail, and the open chunk of the benchmarks whose turn it is
 * (1 in TAIL_TURNS of them, by key) — so its size does not grow with the history, and no append rewrites
 * every benchmark's file. It is re-computable on top of any newer tip, which is what makes retried pushes
 * safe. Retention drops whole months.
 */
import { isoOrder, pushAll } from '../arrays.js';
import { systemClock, type Clock } from '../io/clock.js';
import { createHash } from 'node:crypto';
import { conforms } from './schemas.js';
import type { FlagEntry, LoadQuery, RunAnnotations, RunRecord, Warn } from './types.js';
import { testbedOf } from './types.js';
import {
  byTime,
  CHUNK_POINTS,
  chunkFile,
  chunkIdOf,
  LAYOUT_VERSION,
  PACKED_VERSION,
  Packer,
  pointsOf,
  samePoint,
  seriesFiles,
  TAIL_FILE,
  unpack,
  type PackedSeries,
  type TailFile,
  type BenchmarkEntry,
  type RunLogEntry,
  type SeriesFile,
  type SeriesPoint,
  type SeriesValue,
  type SuiteIndex,
} from './wire.js';

/** The wire types live in wire.ts (shared with the trend page); the layout's users find them here too. */
export * from './wire.js';

export interface Retention {
  /** Keep at least this many newest runs per suite, dropping older whole months (0 = no limit). */
  maxRuns?: number;
  /** Drop months that ended more than this many days ago (0 = no limit). */
  maxAgeDays?: number;
}

export const slug = (s: string) =>
  s
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 60) || 'suite';

/** A file-system-safe, stable key for a benchmark name. */
export function benchmarkKey(name: string): string {
  // Letters, digits, _ and - only: the key is also a URL fragment and an element id on the trend page.
  const readable = name
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `${readable || 'benchmark'}-${createHash('sha1').update(name).digest('hex').slice(0, 10)}`;
}

/**
 * Matrix legs of one workflow run record the same commit at the same second: the testbed, and the set
 * of benchmarks (shards of one testbed), keep them apart. Runs from before testbeds keep their old ids.
 */
export const runIdOf = (run: RunRecord) =>
  `${run.recordedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${slug(run.commit.sha).slice(0, 10)}-${slug(run.runId ?? 'local')}${run.testbed ? `-${slug(run.testbed).slice(0, 24)}-${benchmarkSetHash(run)}` : ''}`;

/** 8 hex digits for the set of a run's benchmark names (which shard of a suite it is). */
export function benchmarkSetHash(run: Pick<RunRecord, 'results'>): string {
  const names = run.results.benchmarks.map((b) => b.name).sort();
  return createHash('sha1').update(names.join('\u0000')).digest('hex').slice(0, 8);
}

export const paths = {
  suites: () => 'data/suites.json',
  index: (suite: string) => `data/${slug(suite)}/index.json`,
  runLog: (suite: string, month: string) => `data/${slug(suite)}/runs/${month}.json`,
  run: (suite: string, month: string, id: string) => `data/${slug(suite)}/runs/${month}/${id}.json`,
  runsDir: (suite: string) => `data/${slug(suite)}/runs`,
  monthDir: (suite: string, month: string) => `data/${slug(suite)}/runs/${month}`,
  series: (suite: string, key: string, month: string) => `data/${slug(suite)}/series/${key}/${month}.json`,
  seriesDir: (suite: string) => `data/${slug(suite)}/series`,
  chunk: (suite: string, key: string, id: number) => `data/${slug(suite)}/${chunkFile(key, id)}`,
  tail: (suite: string) => `data/${slug(suite)}/${TAIL_FILE}`,
};

/**
 * Appends per turn of the rotation: a benchmark's tail points move into its chunk on the appends whose
 * count matches its key, so the tail holds at most this many points per benchmark and each append
 * rewrites the chunks of about 1 / TAIL_TURNS of the benchmarks.
 */
export const TAIL_TURNS = 16;
/** Whether a benchmark's tail points move into its chunk on the suite's append number `append` (1 the first). */
const movesOn = (key: string, append: number) => parseInt(key.slice(-6), 16) % TAIL_TURNS === append % TAIL_TURNS;

/** Reads files of one snapshot of the history (a git tip, a directory). Missing files are undefined. */
export interface FileReader {
  read(paths: string[]): Promise<Map<string, string | undefined>>;
  /** Every file under a folder of the snapshot (paths from the history root); what a rebuild starts from. */
  list?(folder: string): Promise<string[]>;
  /**
   * The names directly in each folder (files and folders; none where the folder is absent), where the
   * reader knows them without reading any file (a git tip's tree objects): what lets a reader that
   * fetches read the files a run needs in one round.
   */
  names?(folders: string[]): Promise<Map<string, string[]>>;
}

/** Six significant digits are plenty for a chart and keep the rewritten series files small. */
const round = (x: number) => Number(x.toPrecision(6));

export function seriesValue(value: number, spread?: number | null, base?: number | null): SeriesValue {
  if (base != null) return [round(value), spread == null ? null : round(spread), round(base)];
  if (spread != null) return [round(value), round(spread)];
  return [round(value)];
}

/** The file's value, or why it cannot be used (not JSON, or not of its schema). */
function examine(text: string, check: (v: unknown) => true | string): { value: unknown } | { why: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { why: (error as Error).message };
  }
  const ok = check(value);
  return ok === true ? { value } : { why: `not a valid file of its kind: ${ok}` };
}

/** Why a history file cannot be used (not JSON, or not of its schema), or undefined when it can. */
export function unreadable(text: string, check: (v: unknown) => true | string): string | undefined {
  const seen = examine(text, check);
  return 'why' in seen ? seen.why : undefined;
}

/** Files found present but unusable, with their text and the reason (for a rebuild and quarantine). */
export type Damage = Map<string, { text: string; why: string }>;

/** The file's value, parsed once; undefined (with a warning, recorded in `damaged`) when it is unusable. */
function parse<T>(
  text: string | undefined,
  path: string,
  warn: Warn,
  check: (v: unknown) => true | string,
  damaged?: Damage,
): T | undefined {
  if (text === undefined) return undefined;
  const seen = examine(text, check);
  if ('why' in seen) {
    damaged?.set(path, { text, why: seen.why });
    warn(`history: skipped unreadable ${path} (${seen.why})`);
    return undefined;
  }
  return seen.value as T;
}

export const isIndex = conforms('index');
export const isLog = conforms('runLog');
export const isRun = conforms('run');
export const isSeries = conforms('series');
export const isChunk = conforms('chunk');
export const isTail = conforms('tail');

/** A chunk (`series/<key>/c<n>.json`), as opposed to a monthly shard (`series/<key>/<yyyy-mm>.json`). */
export const isChunkPath = (path: string) => /\/series\/[^/]+\/c\d+\.json$/.test(path);

/** A series file of either kind, checked against its own schema. */
function parseSeriesFile(text: string | undefined, path: string, warn: Warn): SeriesFile | PackedSeries | undefined {
  return parse<SeriesFile | PackedSeries>(text, path, warn, isChunkPath(path) ? isChunk : isSeries);
}
export const isRegistry = conforms('registry');

/**
 * The suite's folder under data/: its readable slug, unless another suite's exact name already owns
 * that slug ("perf suite" and "perf/suite", or names that share their first 60 characters); then the
 * slug plus a short hash of the exact name. The registry (suites.json) maps names to folders, so the
 * mapping is injective and histories written before it keep their folders.
 */
export async function suiteFolder(
  reader: FileReader,
  name: string,
  warn: Warn,
  /** More files of the folder the caller reads next, if the folder is the slug's (read in the same round). */
  also: (folder: string) => string[] = () => [],
): Promise<string> {
  const path = paths.suites();
  // The folder's index in the same read: it is nearly always the slug's, and a reader that fetches
  // (the gh-pages branch) then fetches them at once; the callers read it next.
  const registry = parse<{ suites: { id: string; name: string }[] }>(
    (await reader.read([path, paths.index(slug(name)), ...also(slug(name))])).get(path),
    path,
    warn,
    isRegistry,
  );
  const mine = registry?.suites.find((x) => x.name === name);
  if (mine) return mine.id;
  const plain = slug(name);
  let taken = registry?.suites.some((x) => x.id === plain && x.name !== name) ?? false;
  if (!taken) {
    // No registry entry: the folder's own index says whose it is.
    const indexPath = paths.index(plain);
    const owner = parse<SuiteIndex>((await reader.read([indexPath])).get(indexPath), indexPath, () => {}, isIndex);
    taken = owner !== undefined && owner.name !== name;
  }
  return taken ? `${plain.slice(0, 48)}-${createHash('sha1').update(name).digest('hex').slice(0, 8)}` : plain;
}

export async function readIndex(
  reader: FileReader,
  suite: string,
  warn: Warn,
  damaged?: Damage,
): Promise<SuiteIndex | undefined> {
  const path = paths.index(suite);
  return parse<SuiteIndex>((await reader.read([path])).get(path), path, warn, isIndex, damaged);
}

/** The newest `limit` runs of a suite (of one branch when asked), oldest first. */
export async function loadRuns(reader: FileReader, query: LoadQuery, warn: Warn, damaged?: Damage): Promise<RunRecord[]> {
  // A guess read with the suite list and the index: the newest two months' run logs, where the newest
  // runs are (the tip's trees name them; otherwise this month and the last, where an active history's
  // are). Only what is read together changes; a wrong guess costs nothing.
  const guessed = await likelyFiles(reader, query);
  const newest = guessed?.months ?? monthsByClock();
  const folder = await suiteFolder(reader, query.suite, warn, (f) => [
    ...newest.map((m) => paths.runLog(f, m)),
    ...(guessed?.files ?? []),
  ]);
  const indexPath = paths.index(folder);
  const indexText = (await reader.read([indexPath])).get(indexPath);
  const index = parse<SuiteIndex>(indexText, indexPath, warn, isIndex, damaged);
  if (!index || (index.name !== undefined && index.name !== query.suite)) return [];
  const until = new Set(query.untilShas ?? []);
  // Run logs are cheap: scan them newest first for the window (and its cut point) before reading runs.
  const scanned: { month: string; entry: RunLogEntry }[] = [];
  let cut = until.size ? -1 : 0;
  const scanLimit = query.limit + (until.size ? 1000 : 0);
  const months = [...index.months].sort((a, b) => isoOrder(b.month, a.month)).map((m) => m.month);
  let logs = new Map<string, string | undefined>();
  for (const [i, month] of months.entries()) {
    if (cut >= 0 && scanned.length >= cut + query.limit) break;
    if (scanned.length >= scanLimit) break;
    const path = paths.runLog(folder, month);
    // Two months per read: a window often spans a month's turn, and a fetching reader then asks once.
    if (!logs.has(path)) logs = await reader.read(months.slice(i, i + 2).map((m) => paths.runLog(folder, m)));
    const log = parse<{ runs: RunLogEntry[] }>(logs.get(path), path, warn, isLog, damaged);
    if (!log) continue;
    const runs = log.runs.filter(
      (r) =>
        (query.branch === undefined || r.branch === query.branch) &&
        (query.testbed === undefined || r.testbed === undefined || r.testbed === query.testbed),
    );
    for (const entry of runs.sort((a, b) => isoOrder(b.recordedAt, a.recordedAt))) {
      if (cut < 0 && until.has(entry.sha)) cut = scanned.length;
      scanned.push({ month, entry });
    }
  }
  const chosen = scanned.slice(Math.max(cut, 0), Math.max(cut, 0) + query.limit);
  const files = chosen.map(({ month, entry }) => paths.run(folder, month, entry.id));
  // A run about to be appended needs the tail and this turn's open chunks: read with the runs.
  const forAppend = query.beforeAppend ? [paths.tail(folder), ...likelyOpenChunks(indexText, folder)] : [];
  const contents = await reader.read([...files, ...forAppend]);
  const runs: RunRecord[] = [];
  for (const file of files) {
    const run = parse<RunRecord>(contents.get(file), file, warn, isRun);
    if (run) runs.push(run);
    else if (!contents.has(file) || contents.get(file) === undefined) warn(`history: run file ${file} is missing; skipped`);
  }
  return runs.reverse();
}

/** This month and the last (UTC), where an active history's newest runs are. */
function monthsByClock(): string[] {
  const now = systemClock();
  return [0, 1].map((back) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7));
}

/**
 * Up to this many benchmarks likelyFiles reads every one's newest chunk (each beyond its turn is bytes
 * read for nothing); beyond, only the guessed turn's.
 */
const GUESS_CHUNKS = 64;

/**
 * The files a window of the suite's newest runs is likely to need, read with the suite list and the
 * index where the reader can name a folder's files without reading them (a git tip: then one fetch
 * brings all, not one for the run logs and another for the runs they name). The newest two months
 * the tree holds (returned: their run logs are read too), the newest run files by name in their
 * folders (names start with the time they were recorded), and before an append the tail and the
 * newest chunk of the benchmarks whose turn the append is likely to be: every one in a suite of up to
 * GUESS_CHUNKS benchmarks, in a larger one those of the turn that follows as many appends as the tree
 * holds run files (the index's count, which only the index says, wherever no run file was ever
 * removed: retention or a rerun makes the guess miss, and the chunks then come in a fetch of their
 * own, as they did before).
 * Only a hint of what to read together: what the run logs and the index say is read whatever this
 * guessed, so a wrong guess costs bytes, never a result. The folder is the suite name's slug, the one
 * suiteFolder reads on the same guess.
 */
async function likelyFiles(reader: FileReader, query: LoadQuery): Promise<{ months: string[]; files: string[] } | undefined> {
  if (!reader.names || query.untilShas?.length) return undefined;
  const folder = slug(query.suite);
  const seriesDir = paths.seriesDir(folder);
  const runsDir = paths.runsDir(folder);
  const top = await reader.names(query.beforeAppend ? [runsDir, seriesDir] : [runsDir]);
  // Month folders (their logs sit beside them as <month>.json); names sort as the months do.
  const allMonths = (top.get(runsDir) ?? []).filter((n) => !n.endsWith('.json')).sort();
  if (allMonths.length === 0) return undefined;
  const months = allMonths.slice(-2);
  const all = top.get(seriesDir) ?? [];
  // Past GUESS_CHUNKS benchmarks the turn is wanted: every month's run files are counted.
  const counted = query.beforeAppend && all.length > GUESS_CHUNKS ? allMonths : months;
  const listed = await reader.names(counted.map((m) => paths.monthDir(folder, m)));
  const runFiles = (m: string) =>
    (listed.get(paths.monthDir(folder, m)) ?? [])
      .filter((n) => n.endsWith('.json'))
      .map((n) => `${paths.monthDir(folder, m)}/${n}`);
  const runs = months.flatMap(runFiles).sort().slice(-query.limit);
  if (!query.beforeAppend) return { months, files: runs };
  let keys = all;
  if (all.length > GUESS_CHUNKS) {
    // Run files in the tree: one per append where none was removed.
    const appendsSeen = counted.reduce((n, m) => n + runFiles(m).length, 0);
    keys = all.filter((k) => movesOn(k, appendsSeen + 1));
  }
  const chunks: string[] = [];
  if (keys.length > 0) {
    const inKey = await reader.names(keys.map((k) => `${seriesDir}/${k}`));
    for (const key of keys) {
      const ids = (inKey.get(`${seriesDir}/${key}`) ?? []).flatMap((n) => chunkIdOf(n) ?? []);
      if (ids.length > 0) chunks.push(paths.chunk(folder, key, Math.max(...ids)));
    }
  }
  return { months, files: [...runs, paths.tail(folder), ...chunks] };
}

/**
 * The open chunk of every benchmark whose turn the next append is (by the index's text, unchecked:
 * only a hint of what to read together; planAppend reads what it needs whatever this says).
 */
function likelyOpenChunks(indexText: string | undefined, suite: string): string[] {
  let index: Partial<SuiteIndex> | undefined;
  try {
    index = indexText === undefined ? undefined : (JSON.parse(indexText) as Partial<SuiteIndex>);
  } catch {
    return [];
  }
  if (!index || !Array.isArray(index.benchmarks)) return [];
  const next = (typeof index.appends === 'number' ? index.appends : 0) + 1;
  return index.benchmarks.flatMap((b) => {
    const [from, to] = Array.isArray(b?.chunks) ? b.chunks : [0, 0];
    return typeof b?.key === 'string' && movesOn(b.key, next) && to > from ? [paths.chunk(suite, b.key, to - 1)] : [];
  });
}

export interface AppendPlan {
  writes: Map<string, string>;
  /** Files or whole directories to remove (retention). */
  deletes: string[];
  /** False when the run is already in history (a retried append that had landed). */
  added: boolean;
  /** Derived files this append read that are unreadable (it started them afresh; a caller should rebuild). */
  damaged: Damage;
}

const monthOf = (iso: string) => iso.slice(0, 7);

/**
 * What a run's log entry and run file keep of its decision: the rows the gate failed, accepted, or
 * found notable (improvements, undecided rows), with the engine's change — and the measured one only
 * where the runner correction moved it, so the page can show both without contradiction. The
 * pipeline builds the record of the run being decided with it too (drift, open regressions).
 */
export function flagEntries(annotations: RunAnnotations | undefined): FlagEntry[] {
  return (annotations?.rows ?? [])
    .filter(
      (r) =>
        r.fails ||
        r.status === 'regression' ||
        r.status === 'below-floor' ||
        r.status === 'improvement' ||
        r.status === 'inconclusive',
    )
    .map(({ benchmark, metric, status, ratio, measured, accepted, settled, pending, value }) => {
      // Undecided: the next push may confirm its step from this entry, so its figures are kept exactly.
      const open = status === 'inconclusive';
      return {
        benchmark,
        metric,
        status,
        ratio: ratio ?? null,
        ...(accepted ? { accepted } : {}),
        // Kept only where the runner correction moved it, so the page can show both without contradiction.
        ...(measured != null && ratio != null && (open || Math.abs(Math.log(measured / ratio)) > 0.005) ? { measured } : {}),
        ...(open && (pending === true || settled === false) ? { pending: true as const } : {}),
        ...(value !== undefined ? { value } : {}),
      };
    });
}

/**
 * The file changes that add one run on top of the snapshot `reader` sees. Pure apart from reading:
 * computed afresh on every retry, so a concurrent append is never overwritten.
 */
export async function planAppend(
  reader: FileReader,
  run: RunRecord,
  options: { retention?: Retention; annotations?: RunAnnotations; clock?: Clock; warn: Warn },
): Promise<AppendPlan> {
  const { warn } = options;
  const damaged: Damage = new Map();
  const suite = await suiteFolder(reader, run.suite, warn);
  const id = runIdOf(run);
  const testbed = testbedOf(run);
  const month = monthOf(run.recordedAt);
  const writes = new Map<string, string>();
  const keys = run.results.benchmarks.map((b) => benchmarkKey(b.name));
  const logPath = paths.runLog(suite, month);
  const indexPath = paths.index(suite);
  const tailPath = paths.tail(suite);
  // The chunks this append's turn may move, named by the index a baseline has usually just read: read
  // with the log and the tail in one round (one fetch on the gh-pages branch, not two).
  const likely = likelyOpenChunks((await reader.read([indexPath])).get(indexPath), suite);
  const current = await reader.read([paths.suites(), indexPath, logPath, tailPath, ...likely]);

  const log = parse<{ version: number; runs: RunLogEntry[] }>(current.get(logPath), logPath, warn, isLog, damaged) ?? {
    version: LAYOUT_VERSION,
    runs: [],
  };
  // The same run again is nothing to add (a retried append whose push had landed) — unless it is a
  // re-run of the job, which replaces its earlier record below even when both attempts got the same
  // id (recorded within one second: the id keeps whole seconds).
  const again = log.runs.find((r) => r.id === id);
  if (again && !(run.identity && again.identity === run.identity)) return { writes, deletes: [], added: false, damaged };
  const parsedIndex = parse<SuiteIndex>(current.get(indexPath), indexPath, warn, isIndex, damaged);
  const tailFile = parse<TailFile>(current.get(tailPath), tailPath, warn, isTail, damaged);
  const tail = new Map<string, SeriesPoint[]>(
    Object.entries(tailFile?.b ?? {}).map(([key, points]) => [key, unpack(points, tailFile!.br, tailFile!.tb)]),
  );
  const replaced = run.identity ? await replaceEarlier(reader, run, suite, parsedIndex, { month, log, tail }, warn) : undefined;

  const entry: RunLogEntry = {
    id,
    sha: run.commit.sha,
    message: run.commit.message?.split('\n')[0]?.slice(0, 200),
    author: run.commit.author,
    timestamp: run.commit.timestamp,
    url: run.commit.url,
    branch: run.branch,
    event: run.event,
    runId: run.runId,
    ...(testbed ? { testbed } : {}),
    recordedAt: run.recordedAt,
    verdict: options.annotations?.verdict,
    flagged: flagEntries(options.annotations),
  };
  log.runs.push(entry);
  if (run.identity) entry.identity = run.identity;
  log.runs.sort((a, b) => isoOrder(a.recordedAt, b.recordedAt) || a.id.localeCompare(b.id));
  writes.set(logPath, JSON.stringify(log));
  // The run file keeps what the gate said too, so a rebuild from run files loses no flag.
  writes.set(
    paths.run(suite, month, id),
    JSON.stringify({
      ...run,
      ...(entry.verdict ? { verdict: entry.verdict } : {}),
      ...(entry.flagged?.length ? { flagged: entry.flagged } : {}),
      ...(options.annotations?.runner ? { runner: options.annotations.runner } : {}),
    }),
  );

  // A corrupt index is rebuilt from what this run knows; the run logs and series stay the truth.
  const index: SuiteIndex = parsedIndex ?? {
    version: LAYOUT_VERSION,
    suite,
    name: run.suite,
    updated: run.recordedAt,
    months: [],
    branches: {},
    benchmarks: [],
    latest: {},
  };
  if (replaced) {
    for (const [path, content] of replaced.writes) writes.set(path, content);
    for (const old of replaced.entries) {
      const m = index.months.find((x) => x.month === old.month);
      if (m) m.runs = Math.max(0, m.runs - 1);
      const branch = old.entry.branch;
      if (branch && index.branches[branch]) index.branches[branch] = (index.branches[branch] as number) - 1;
      const tb = old.entry.testbed;
      if (tb && index.testbeds?.[tb]) index.testbeds[tb] = (index.testbeds[tb] as number) - 1;
    }
  }
  const monthEntry = index.months.find((m) => m.month === month);
  if (monthEntry) monthEntry.runs += 1;
  else index.months.push({ month, runs: 1 });
  index.months.sort((a, b) => isoOrder(a.month, b.month));
  if (run.branch) index.branches[run.branch] = (index.branches[run.branch] ?? 0) + 1;
  if (testbed) (index.testbeds ??= {})[testbed] = (index.testbeds?.[testbed] ?? 0) + 1;
  const newest = run.recordedAt >= index.updated;
  if (newest) index.updated = run.recordedAt;

  const byName = new Map(index.benchmarks.map((b) => [b.name, b]));
  const rowOf = new Map((options.annotations?.rows ?? []).map((r) => [`${r.benchmark}\u0000${r.metric}`, r]));
  run.results.benchmarks.forEach((b, i) => {
    const key = keys[i] as string;
    const entryB: BenchmarkEntry = byName.get(b.name) ?? { key, name: b.name, metrics: {}, months: [], last: month };
    if (b.group) entryB.group = b.group;
    // The month only (what retention reads): the entry then changes once a month, not on every
    // append, and an append's index differs from the one before by a few bytes.
    if (month > entryB.last.slice(0, 7)) entryB.last = month;
    const point: SeriesPoint = {
      t: run.recordedAt,
      ...(run.branch ? { branch: run.branch } : {}),
      ...(testbed ? { tb: testbed } : {}),
      m: {},
    };
    for (const [metric, m] of Object.entries(b.metrics)) {
      const row = rowOf.get(`${b.name}\u0000${metric}`);
      entryB.metrics[metric] = {
        unit: m.unit,
        direction: m.direction,
        limit: row?.limit ?? null,
        threshold: row?.threshold ?? null,
      };
      point.m[metric] = seriesValue(m.value, m.stddev, row?.base);
      // Failing rows, and inconclusive ones (past the limit, not credible): the page marks them apart.
      if (row && (row.fails || row.status === 'regression' || row.status === 'below-floor' || row.status === 'inconclusive'))
        (point.f ??= {})[metric] = row.fails || row.status !== 'inconclusive' ? row.status : 'inconclusive';
    }
    if (!byName.has(b.name)) {
      index.benchmarks.push(entryB);
      byName.set(b.name, entryB);
    }
    const points = tail.get(key) ?? [];
    points.push(point);
    tail.set(key, points);
  });
  // This append's turn: those benchmarks' tail points move into their chunks.
  index.appends = (index.appends ?? 0) + 1;
  const byKey = new Map(index.benchmarks.map((b) => [b.key, b]));
  const moving = [...tail.keys()].filter((key) => movesOn(key, index.appends!));
  const openChunks = moving.flatMap((key) => {
    const entryB = byKey.get(key);
    const [from, to] = entryB?.chunks ?? [0, 0];
    return to > from ? [paths.chunk(suite, key, to - 1)] : [];
  });
  const open = openChunks.length ? await reader.read(openChunks) : new Map<string, string | undefined>();
  for (const key of moving) {
    const entryB = byKey.get(key);
    const points = tail.get(key) ?? [];
    tail.delete(key);
    if (!entryB) continue; // its benchmark left the index (retention): nothing charts it any more
    if (points.length === 0) continue; // a rerun took its only tail point
    const from = entryB.chunks?.[0] ?? 0;
    let to = entryB.chunks?.[1] ?? 0;
    let chunk: SeriesPoint[] = [];
    if (to > from) {
      const path = paths.chunk(suite, key, to - 1);
      // A rerun may have rewritten it above (its predecessor's point dropped).
      const file = parse<PackedSeries>(writes.get(path) ?? open.get(path), path, warn, isChunk, damaged);
      if (file && file.p.length < CHUNK_POINTS) {
        chunk = pointsOf(file);
        to -= 1; // rewritten below
      }
    }
    const all = [...chunk, ...points].sort(byTime);
    for (let start = 0; start < all.length; start += CHUNK_POINTS) {
      writes.set(paths.chunk(suite, key, to), packFile(all.slice(start, start + CHUNK_POINTS)));
      to += 1;
    }
    entryB.chunks = [from, to];
  }
  writes.set(tailPath, packTail(tail));
  const branchKey = run.branch ?? '';
  const previous = (index.latest ??= {})[branchKey];
  if (!previous || previous.recordedAt <= run.recordedAt)
    index.latest[branchKey] = {
      id,
      sha: run.commit.sha,
      recordedAt: run.recordedAt,
      verdict: entry.verdict,
      rows: entry.flagged ?? [],
      ...(options.annotations?.open ? { open: options.annotations.open } : {}),
    };

  const deletes = await prune(reader, index, options.retention, (options.clock ?? systemClock)(), warn);
  writes.set(indexPath, JSON.stringify(index));

  const suitesPath = paths.suites();
  const suites = parse<{ version: number; suites: { id: string; name: string }[] }>(
    current.get(suitesPath),
    suitesPath,
    warn,
    isRegistry,
    damaged,
  ) ?? { version: LAYOUT_VERSION, suites: [] };
  if (!suites.suites.some((s) => s.id === suite)) {
    suites.suites.push({ id: suite, name: run.suite });
    suites.suites.sort((a, b) => a.id.localeCompare(b.id));
    writes.set(suitesPath, JSON.stringify(suites));
  }
  // A replaced record with this run's own id is rewritten, not deleted.
  const gone = [...(replaced?.deletes ?? []), ...deletes].filter((path) => !writes.has(path));
  return { writes, deletes: gone, added: true, damaged };
}

function packFile(points: SeriesPoint[]): string {
  const packer = new Packer();
  const p = points.map((x) => packer.pack(x));
  return JSON.stringify({ version: PACKED_VERSION, br: packer.br, tb: packer.tb, p } satisfies PackedSeries);
}

function packTail(tail: Map<string, SeriesPoint[]>): string {
  const packer = new Packer();
  const b: TailFile['b'] = {};
  for (const key of [...tail.keys()].sort()) {
    const points = tail.get(key) as SeriesPoint[];
    if (points.length) b[key] = points.sort(byTime).map((x) => packer.pack(x));
  }
  return JSON.stringify({ version: PACKED_VERSION, br: packer.br, tb: packer.tb, b } satisfies TailFile);
}

/**
 * Every point of one benchmark, oldest first: its monthly shards (from before chunks), its chunks and
 * its tail points. What the trend page draws; tests and tools read a history through it.
 */
export async function readSeries(reader: FileReader, suite: string, entry: BenchmarkEntry, warn: Warn): Promise<SeriesPoint[]> {
  const files = seriesFiles(entry).map((f) => `data/${suite}/${f}`);
  const tailPath = paths.tail(suite);
  const contents = await reader.read([...files, tailPath]);
  const points: SeriesPoint[] = [];
  for (const path of files) {
    const file = parseSeriesFile(contents.get(path), path, warn);
    if (file) pushAll(points, pointsOf(file));
  }
  const tail = parse<TailFile>(contents.get(tailPath), tailPath, warn, isTail);
  const mine = tail?.b[entry.key];
  if (tail && mine) pushAll(points, unpack(mine, tail.br, tail.tb));
  return points.sort(byTime);
}

/** How far back a rerun is looked for: this month and the one before (a rerun within ~a month). */
const RERUN_MONTHS = 2;

/**
 * The earlier records of the same run identity (a rerun), removed: their run files deleted, their
 * log entries and chart points dropped (from the tail, which the caller writes, and from the chunks
 * and monthly shards that hold them). `current` is this month's log, which the caller writes.
 */
async function replaceEarlier(
  reader: FileReader,
  run: RunRecord,
  suite: string,
  index: SuiteIndex | undefined,
  current: { month: string; log: { runs: RunLogEntry[] }; tail: Map<string, SeriesPoint[]> },
  warn: Warn,
): Promise<
  | { writes: Map<string, string>; deletes: string[]; ids: Set<string>; entries: { month: string; entry: RunLogEntry }[] }
  | undefined
> {
  const months = [...new Set([current.month, ...(index?.months.map((m) => m.month) ?? [])])]
    .sort()
    .reverse()
    .filter((m) => m <= current.month)
    .slice(0, RERUN_MONTHS);
  const logs = new Map<string, { runs: RunLogEntry[] }>([[current.month, current.log]]);
  const others = months.filter((m) => m !== current.month).map((m) => paths.runLog(suite, m));
  const read = await reader.read(others);
  for (const m of months.filter((x) => x !== current.month)) {
    const path = paths.runLog(suite, m);
    const log = parse<{ runs: RunLogEntry[] }>(read.get(path), path, warn, isLog);
    if (log) logs.set(m, log);
  }
  const entries: { month: string; entry: RunLogEntry }[] = [];
  for (const [m, log] of logs) for (const e of log.runs) if (e.identity === run.identity) entries.push({ month: m, entry: e });
  if (entries.length === 0) return undefined;
  const ids = new Set(entries.map((e) => e.entry.id));
  const writes = new Map<string, string>();
  const deletes: string[] = [];
  for (const [m, log] of logs) {
    const before = log.runs.length;
    log.runs = log.runs.filter((e) => !ids.has(e.id));
    if (m !== current.month && log.runs.length !== before) writes.set(paths.runLog(suite, m), JSON.stringify(log));
  }
  // A replaced run's point: by id in a monthly shard, by time and testbed in the tail and the chunks.
  const gone = (p: SeriesPoint) =>
    (p.id !== undefined && ids.has(p.id)) ||
    entries.some(({ entry }) => samePoint(p, { t: entry.recordedAt, tb: entry.testbed }));
  for (const [key, points] of current.tail)
    current.tail.set(
      key,
      points.filter((p) => !gone(p)),
    );
  // The replaced runs' other points: in the files of the benchmarks their run files name.
  const runFiles = entries.map(({ month, entry }) => paths.run(suite, month, entry.id));
  const contents = await reader.read(runFiles);
  const byName = new Map(index?.benchmarks.map((b) => [b.name, b]));
  const files = new Set<string>();
  entries.forEach(({ month }, i) => {
    const file = runFiles[i] as string;
    deletes.push(file);
    const old = parse<RunRecord>(contents.get(file), file, warn, isRun);
    for (const b of old?.results.benchmarks ?? []) {
      const entryB = byName.get(b.name);
      if (!entryB) continue;
      if (entryB.months.includes(month)) files.add(paths.series(suite, entryB.key, month));
      // A rerun comes within weeks: its predecessor is in the tail or the newest two chunks.
      const [from, to] = entryB.chunks ?? [0, 0];
      for (let id = Math.max(from, to - 2); id < to; id++) files.add(paths.chunk(suite, entryB.key, id));
    }
  });
  const fileText = await reader.read([...files]);
  for (const path of files) {
    const file = parseSeriesFile(fileText.get(path), path, warn);
    if (!file) continue;
    const points = pointsOf(file);
    const kept = points.filter((p) => !gone(p));
    if (kept.length === points.length) continue;
    writes.set(path, isChunkPath(path) ? packFile(kept) : JSON.stringify({ ...(file as SeriesFile), points: kept }));
  }
  warn(`history: this run replaces the earlier record of the same run (a rerun): ${[...ids].join(', ')}`);
  return { writes, deletes, ids, entries };
}

/** Drops whole old months from the index, and the chunks whose points are all older; returns the paths to delete. */
async function prune(
  reader: FileReader,
  index: SuiteIndex,
  retention: Retention | undefined,
  now: Date,
  warn: Warn,
): Promise<string[]> {
  if (!retention) return [];
  const deletes: string[] = [];
  const total = () => index.months.reduce((s, m) => s + m.runs, 0);
  const cutoff = retention.maxAgeDays
    ? new Date(now.getTime() - retention.maxAgeDays * 86_400_000).toISOString().slice(0, 7)
    : undefined;
  let dropped = false;
  while (index.months.length > 1) {
    const oldest = index.months[0] as { month: string; runs: number };
    const tooMany = retention.maxRuns ? total() - oldest.runs >= retention.maxRuns : false;
    const tooOld = cutoff !== undefined && oldest.month < cutoff;
    if (!tooMany && !tooOld) break;
    dropped = true;
    index.months.shift();
    deletes.push(paths.runLog(index.suite, oldest.month), paths.monthDir(index.suite, oldest.month));
    for (const b of index.benchmarks) {
      if (b.months.includes(oldest.month)) deletes.push(paths.series(index.suite, b.key, oldest.month));
      b.months = b.months.filter((m) => m !== oldest.month);
    }
  }
  if (!dropped) return deletes;
  const kept = (index.months[0] as { month: string }).month;
  // Chunks are in time order: drop from the oldest while a chunk's newest point is before the kept
  // months (one read of every benchmark's oldest chunk per step).
  let pending = index.benchmarks.filter((b) => b.chunks && b.chunks[0] < b.chunks[1]);
  while (pending.length) {
    const oldestChunks = pending.map((b) => paths.chunk(index.suite, b.key, (b.chunks as [number, number])[0]));
    const text = await reader.read(oldestChunks);
    pending = pending.filter((b, i) => {
      const path = oldestChunks[i] as string;
      const content = text.get(path);
      const chunk = parse<PackedSeries>(content, path, warn, isChunk);
      if (content !== undefined && !chunk) return false; // unreadable: kept for a repair to look at
      const newest = chunk?.p.at(-1)?.[0];
      if (newest !== undefined && new Date(newest).toISOString().slice(0, 7) >= kept) return false;
      deletes.push(path);
      const [from, to] = b.chunks as [number, number];
      b.chunks = [from + 1, to];
      return from + 1 < to;
    });
  }
  index.benchmarks = index.benchmarks.filter((b) => b.last.slice(0, 7) >= kept);
  return deletes;
}
