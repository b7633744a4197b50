/**
 * The trend page: reads the history's small index, then only the series shards of the charts that
 * scroll into view. Every name and commit message from the data is untrusted and set as text.
 */
import uPlot from 'uplot';
import {
  readTrendHash,
  trendHash,
  type RunLogEntry,
  type BenchmarkEntry,
  type SeriesPoint as Point,
  type SuiteIndex,
  type PackedSeries,
  type SeriesFile,
  type TailFile,
  byTime,
  pointsOf,
  seriesFiles,
  unpack,
  TAIL_FILE,
} from '../src/history/wire.js';
import { formatChange, formatTicks, formatValue } from '../src/report/format.js';
import { changePoints } from '../src/analysis/changes.js';
import { median } from '../src/analysis/median.js';
import { exponentOf, sizeFamilies, type FamilyMember } from '../src/analysis/sizes.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const suiteSelect = $<HTMLSelectElement>('suite');
const branchSelect = $<HTMLSelectElement>('branch');
const testbedSelect = $<HTMLSelectElement>('testbed');
const testbedLabel = $<HTMLElement>('testbed-label');
const filterInput = $<HTMLInputElement>('filter');
const logBox = $<HTMLInputElement>('log');
const charts = $<HTMLElement>('charts');
const statusLine = $<HTMLElement>('status');
const recent = $<HTMLElement>('recent');
const tooltip = $<HTMLElement>('tooltip');

const state = { suite: '', branch: '', q: '', log: false, b: '', tb: '' };
let index: SuiteIndex | undefined;
const plots = new Set<uPlot>();
const jsonCache = new Map<string, Promise<unknown>>();

function readHash(): void {
  Object.assign(state, readTrendHash(location.hash));
}
function writeHash(): void {
  history.replaceState(null, '', `#${trendHash(state)}`);
}

/**
 * Fetches run a few at a time, first come first served: the cards at the top ask first, so their
 * shards arrive first instead of competing with every card in the scroll margin.
 */
const MAX_IN_FLIGHT = 6;
let inFlight = 0;
let generation = 0;
const waiting: (() => void)[] = [];
class Superseded extends Error {}
async function limited<T>(task: () => Promise<T>): Promise<T> {
  const mine = generation;
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  // The list was redrawn (filter, branch) while this waited: the card it was for is gone.
  if (mine !== generation) {
    waiting.shift()?.();
    throw new Superseded();
  }
  inFlight++;
  try {
    return await task();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

function getJson<T>(path: string): Promise<T> {
  let hit = jsonCache.get(path);
  if (!hit) {
    hit = limited(() =>
      fetch(path).then((r) => {
        if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
        return r.json();
      }),
    );
    hit.catch(() => jsonCache.delete(path));
    jsonCache.set(path, hit);
  }
  return hit as Promise<T>;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The same digits as the comment and the console (one formatter for all three). */
const fmt = (value: number, unit: string): string => formatValue(value, unit);

const suiteDir = () => `data/${state.suite}`;

/** The run log entry of a point: by id (monthly shards), else by recording time and testbed. */
async function commitInfo(point: Point): Promise<RunLogEntry | undefined> {
  const month = point.t.slice(0, 7);
  const t = Date.parse(point.t);
  try {
    const log = await getJson<{ runs: RunLogEntry[] }>(`${suiteDir()}/runs/${month}.json`);
    return log.runs.find((r) =>
      point.id !== undefined ? r.id === point.id : Date.parse(r.recordedAt) === t && (r.testbed ?? null) === (point.tb ?? null),
    );
  } catch {
    return undefined;
  }
}

function showTooltip(x: number, y: number, point: Point, metric: string, unit: string): void {
  tooltip.replaceChildren();
  const [value, sd] = point.m[metric] ?? [NaN, null];
  const head = el('div');
  const sha = el('span', (point.id?.split('-')[1] ?? '').slice(0, 7), 'sha');
  head.append(sha, document.createTextNode(` · ${point.t.slice(0, 16).replace('T', ' ')}${point.tb ? ` · ${point.tb}` : ''}`));
  const val = el('div', `${metric}: ${fmt(value, unit)}${sd ? ` (± ${fmt(sd, unit)} spread)` : ''}`);
  const flag = point.f?.[metric];
  tooltip.append(head, val);
  if (flag) tooltip.append(el('div', flag, flag));
  const message = el('div', '…');
  const author = el('div', '', 'group');
  tooltip.append(message, author);
  void commitInfo(point).then((info) => {
    if (info) sha.textContent = info.sha.slice(0, 7);
    message.textContent = info?.message ?? '';
    author.textContent = info?.author ? `by ${info.author}` : '';
  });
  tooltip.hidden = false;
  const left = Math.min(x + 14, window.innerWidth - tooltip.offsetWidth - 8);
  tooltip.style.left = `${Math.max(4, left)}px`;
  tooltip.style.top = `${Math.min(y + 14, window.innerHeight - tooltip.offsetHeight - 8)}px`;
}

/**
 * The suite's tail (every benchmark's newest points): one file, fetched once for all charts, ahead of
 * the queue. A history from before the tail has none; that answer is kept too (no retry per card).
 */
const tails = new Map<string, Promise<TailFile | undefined>>();
async function tailOf(key: string): Promise<Point[]> {
  const path = `${suiteDir()}/${TAIL_FILE}`;
  let tail = tails.get(path);
  if (!tail) {
    tail = fetch(path)
      .then((r) => (r.ok ? (r.json() as Promise<TailFile>) : undefined))
      .catch(() => undefined);
    tails.set(path, tail);
  }
  const file = await tail;
  const mine = file?.b[key];
  return file && mine ? unpack(mine, file.br, file.tb) : [];
}

/** A series file's points; a file that cannot be read draws as none (the card says what it could). */
function filePoints(path: string): Promise<Point[]> {
  return getJson<SeriesFile | PackedSeries>(`${suiteDir()}/${path}`)
    .then(pointsOf)
    .catch((error: unknown) => {
      if (error instanceof Superseded) throw error;
      return [] as Point[];
    });
}

/** The points of the chosen branch and testbed, oldest first. */
function shown(parts: Point[][]): Point[] {
  // Runs recorded before testbeds (no tb) belong to every testbed's chart.
  return parts
    .flat()
    .sort(byTime)
    .filter((p) => !state.branch || p.branch === state.branch || p.branch === undefined)
    .filter((p) => !state.tb || p.tb === undefined || p.tb === state.tb);
}

function chart(
  container: HTMLElement,
  entry: BenchmarkEntry,
  metric: string,
  points: Point[],
  partial?: string,
): uPlot | undefined {
  const info = entry.metrics[metric];
  if (!info) return undefined;
  const pts = points.filter((p) => p.m[metric] !== undefined);
  const xs = pts.map((_, i) => i);
  const value = pts.map((p) => p.m[metric]![0]);
  const lo = pts.map((p) => (p.m[metric]![1] != null ? p.m[metric]![0] - p.m[metric]![1]! : null));
  const hi = pts.map((p) => (p.m[metric]![1] != null ? p.m[metric]![0] + p.m[metric]![1]! : null));
  const limit = pts.map((p) => {
    const base = p.m[metric]![2];
    if (base == null || !info.limit) return null;
    return info.direction === 'smaller' ? base * info.limit : base / info.limit;
  });
  const floor = pts.map(() => (info.threshold != null ? info.threshold : null));
  const failing = pts.map((p) => (p.f?.[metric] && p.f[metric] !== 'inconclusive' ? p.m[metric]![0] : null));
  const unsure = pts.map((p) => (p.f?.[metric] === 'inconclusive' ? p.m[metric]![0] : null));
  // Level changes (the same E-divisive search as `causal-perf history changes`): the level each side
  // of them as a shaded band, and a marker at the first run of each new level. Searched after the
  // chart is drawn, so the first chart does not wait for it.
  const level: (number | null)[] = value.map(() => null);
  const marks: (number | null)[] = value.map(() => null);
  // Ticks: the date where it changes from the tick before, the time of day where runs share a date;
  // year and month once the history spans most of a year.
  const long = pts.length > 1 && Date.parse(pts.at(-1)!.t) - Date.parse(pts[0]!.t) > 300 * 86_400_000;
  const xLabels = (splits: number[]) => {
    let previous = '';
    return splits.map((i) => {
      const t = pts[Math.round(i)]?.t;
      if (!t) return '';
      const day = long ? t.slice(0, 7) : t.slice(5, 10);
      const label = day === previous && !long ? t.slice(11, 16) : day;
      previous = day;
      return label;
    });
  };
  const box = el('div');
  box.className = 'chart';
  box.dataset.metric = metric;
  box.dataset.points = String(pts.length);
  const legend = el('div', undefined, 'legend');
  const key = (cls: string, text: string) => legend.append(el('span', text, cls));
  if (failing.some((v) => v !== null)) key('failing', 'failed the check');
  if (unsure.some((v) => v !== null)) key('inconclusive', 'inconclusive');
  if (limit.some((v) => v !== null)) key('limit', 'limit');
  if (floor.some((v) => v !== null)) key('floor', 'floor');
  if (lo.some((v) => v !== null)) key('band', "spread (±1 σ of the run's samples)");
  // The chart's data as CSV, as drawn: what a user takes to a spreadsheet or a bug report.
  const download = el('a', 'download CSV', 'download');
  download.href = '#';
  download.addEventListener('click', (event) => {
    event.preventDefault();
    // Text fields quoted (a branch may hold a comma or a quote); numbers as stored.
    const text = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const rows = pts.map((p, i) =>
      [
        text(p.t),
        text(p.tb ?? ''),
        text(p.branch ?? ''),
        value[i],
        p.m[metric]![1] ?? '',
        p.m[metric]![2] ?? '',
        text(p.f?.[metric] ?? ''),
      ].join(','),
    );
    const csv = [`time,testbed,branch,${metric} (${info.unit || 'value'}),spread,baseline,flag`, ...rows].join('\n') + '\n';
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    a.download = `${entry.name}-${metric}.csv`.replace(/[^\w.-]+/g, '_');
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  legend.append(download);
  container.append(
    el('div', `${metric} (${info.unit || 'value'}, ${info.direction} is better)${partial ? ` — ${partial}` : ''}`, 'metric'),
    box,
    legend,
  );
  const width = Math.max(200, container.clientWidth - 8);
  const line = css('--line');
  const opts: uPlot.Options = {
    width,
    height: 180,
    legend: { show: false },
    cursor: { points: { size: 6 } },
    scales: {
      x: { time: false },
      y:
        state.log && value.every((v) => v > 0)
          ? {
              distr: 3,
              // uPlot's log ranging needs a span; a flat series gets ±10 %.
              range: (_u, min, max) => (min > 0 && max > min ? uPlot.rangeLog(min, max, 10, true) : [min / 1.1, max * 1.1]),
            }
          : { distr: 1 },
    },
    axes: [
      {
        stroke: css('--muted'),
        grid: { stroke: css('--border'), width: 1 },
        // What is drawn is also kept on the chart's element, so a test can read the axis as a user sees it.
        values: (_u, splits) => (
          (box.dataset.xticks = JSON.stringify(xLabels(splits))),
          JSON.parse(box.dataset.xticks) as string[]
        ),
      },
      {
        stroke: css('--muted'),
        grid: { stroke: css('--border'), width: 1 },
        size: 84,
        values: (_u, splits) => {
          const labels = formatTicks(splits, info.unit);
          box.dataset.yticks = JSON.stringify(labels);
          return labels;
        },
      },
    ],
    series: [
      {},
      { label: metric, stroke: line, width: 1.5, points: { show: pts.length < 200, size: 4 } },
      { label: 'spread −', stroke: 'transparent', points: { show: false } },
      { label: 'spread +', stroke: 'transparent', points: { show: false } },
      { label: 'limit', stroke: css('--limit'), dash: [4, 4], width: 1, points: { show: false } },
      { label: 'floor', stroke: css('--bad'), dash: [2, 3], width: 1, points: { show: false } },
      // The level and its change markers first: a failed run's dot is drawn over them, never hidden.
      { label: 'level', stroke: css('--level'), width: 7, points: { show: false } },
      {
        label: 'level change',
        stroke: css('--change'),
        width: 0,
        points: { show: true, size: 11, fill: css('--change'), stroke: css('--change') },
      },
      {
        label: 'failing',
        stroke: css('--bad'),
        width: 0,
        points: { show: true, size: 9, fill: css('--bad'), stroke: css('--bad') },
      },
      {
        label: 'inconclusive',
        stroke: css('--unsure'),
        width: 0,
        points: { show: true, size: 9, width: 2, fill: css('--bg'), stroke: css('--unsure') },
      },
    ],
    bands: [{ series: [3, 2], fill: css('--band') }],
    hooks: {
      setCursor: [
        (u) => {
          const i = u.cursor.idx;
          const p = i == null ? undefined : pts[i];
          if (!p || u.cursor.left == null || u.cursor.left < 0) {
            tooltip.hidden = true;
            return;
          }
          const rect = u.over.getBoundingClientRect();
          showTooltip(rect.left + (u.cursor.left ?? 0), rect.top + (u.cursor.top ?? 0), p, metric, info.unit);
        },
      ],
    },
  };
  // In the order of opts.series.
  const data = () => [xs, value, lo, hi, limit, floor, level, marks, failing, unsure] as uPlot.AlignedData;
  box.dataset.series = JSON.stringify(opts.series.map((x) => x.label ?? 'x'));
  const plot = new uPlot(opts, data(), box);
  plots.add(plot);
  // The newest runs alone (partial) are drawn again with the rest in a moment: searched then.
  window.setTimeout(() => {
    if (!plots.has(plot) || partial) return; // redrawn (filter, branch) meanwhile
    // The same search as `causal-perf history changes` (it needs two segments of five runs, no more).
    const steps = changePoints(value);
    if (steps.length) {
      const cuts = [0, ...steps.map((c) => c.index), value.length];
      for (let k = 0; k + 1 < cuts.length; k++) {
        const mid = median(value.slice(cuts[k]!, cuts[k + 1]!));
        for (let i = cuts[k]!; i < cuts[k + 1]!; i++) level[i] = mid;
      }
      for (const c of steps) marks[c.to] = value[c.to]!;
      plot.setData(data());
      legend.prepend(el('span', 'level', 'level'));
      legend.prepend(el('span', 'level change', 'change'));
    }
    box.dataset.changes = String(steps.length);
  }, 0);
  plot.over.addEventListener('mouseleave', () => (tooltip.hidden = true));
  plot.over.addEventListener('click', () => {
    const i = plot.cursor.idx;
    const p = i == null ? undefined : pts[i];
    if (p) void commitInfo(p).then((c) => c?.url && window.open(c.url, '_blank', 'noopener'));
  });
  return plot;
}

/** Every point of a benchmark on the chosen branch and testbed: its series files and the tail. */
async function seriesOf(entry: BenchmarkEntry): Promise<Point[]> {
  return shown(await Promise.all([...seriesFiles(entry).map(filePoints), tailOf(entry.key)]));
}

/**
 * From this many series files on (chunks of CHUNK_POINTS runs, or monthly shards), a card draws its
 * newest runs first — the newest file and the tail, asked for ahead of the older files — and then
 * the whole series: a long history's first chart does not wait for every file (20 files at 5,000
 * runs, fetched a few at a time).
 */
const PARTIAL_FROM = 3;

/** The card's charts, drawn again from `points`: the ones drawn before are taken down first. */
const drawn = new WeakMap<HTMLElement, { plots: uPlot[]; nodes: Element[] }>();
function render(card: HTMLElement, entry: BenchmarkEntry, points: Point[], partial?: string): void {
  const before = drawn.get(card);
  for (const p of before?.plots ?? []) {
    p.destroy();
    plots.delete(p);
  }
  for (const n of before?.nodes ?? []) n.remove();
  const kept = new Set(Array.from(card.children));
  const metrics = Object.keys(entry.metrics).sort((a, b) => (a === 'time' ? -1 : b === 'time' ? 1 : a.localeCompare(b)));
  const made = metrics.flatMap((metric) => chart(card, entry, metric, points, partial) ?? []);
  drawn.set(card, { plots: made, nodes: Array.from(card.children).filter((n) => !kept.has(n)) });
}

async function draw(card: HTMLElement, entry: BenchmarkEntry): Promise<void> {
  const files = seriesFiles(entry);
  // Newest first into the fetch queue; the points are put in time order once they are in.
  const loads = [...files].reverse().map(filePoints);
  const tail = tailOf(entry.key);
  let complete = false;
  const all = Promise.all([...loads, tail]).then((parts) => {
    complete = true;
    return parts;
  });
  // Awaited below, unless the newest file's answer ends this draw first (the list was redrawn).
  all.catch(() => {});
  if (files.length >= PARTIAL_FROM) {
    const newest = await Promise.all([loads[0]!, tail]);
    if (!complete) {
      const points = shown(newest);
      render(card, entry, points, `the newest ${points.length} runs; older runs loading`);
      card.dataset.drawn = 'newest';
    }
  }
  render(card, entry, shown(await all));
  card.dataset.drawn = 'true';
}

/** Runs before the newest that form a family's baseline on the scaling chart (the gate's default window). */
const SCALING_BASELINE_RUNS = 20;

/**
 * A size family's scaling chart: each member's figure against its size, log on both axes, for the
 * newest run and for the baseline (each member's median over the runs before it), with both growth
 * exponents (`~n^1.0 → ~n^2.0`), found from the names as the gate finds them (scaling.ts).
 */
async function drawScaling(card: HTMLElement, members: FamilyMember[], entries: Map<string, BenchmarkEntry>): Promise<void> {
  const series = await Promise.all(members.map((m) => seriesOf(entries.get(m.benchmark)!)));
  const rows = members
    .map((m, i) => {
      const values = series[i]!.filter((p) => p.m.time !== undefined).map((p) => p.m.time![0]);
      const before = values.slice(-1 - SCALING_BASELINE_RUNS, -1);
      return { size: m.size, head: values.at(-1), base: before.length > 0 ? median(before) : undefined };
    })
    .filter((r): r is { size: number; head: number; base: number } => r.head! > 0 && r.base! > 0);
  card.dataset.drawn = 'true';
  if (rows.length < 3) {
    card.append(el('p', 'Too few sizes with runs on this branch and testbed to chart.', 'group'));
    return;
  }
  const sizes = rows.map((r) => r.size);
  const base = exponentOf(
    sizes,
    rows.map((r) => r.base),
  );
  const head = exponentOf(
    sizes,
    rows.map((r) => r.head),
  );
  const unit = entries.get(members[0]!.benchmark)!.metrics.time!.unit;
  const text = `~n^${base.toFixed(1)} → ~n^${head.toFixed(1)} (time against size; baseline: each size's median over up to ${SCALING_BASELINE_RUNS} runs before the newest)`;
  const box = el('div');
  box.className = 'chart scaling-chart';
  box.dataset.exponents = JSON.stringify([Number(base.toFixed(2)), Number(head.toFixed(2))]);
  const legend = el('div', undefined, 'legend');
  legend.append(el('span', 'baseline', 'baseline'), el('span', 'newest run', 'newest'));
  card.append(el('div', text, 'metric'), box, legend);
  const log = { distr: 3, range: (_u: uPlot, min: number, max: number) => uPlot.rangeLog(min, max, 10, true) } as uPlot.Scale;
  const opts: uPlot.Options = {
    width: Math.max(200, card.clientWidth - 8),
    height: 180,
    legend: { show: false },
    scales: { x: { time: false, ...log }, y: log },
    axes: [
      {
        stroke: css('--muted'),
        grid: { stroke: css('--border'), width: 1 },
        // The family's sizes and the powers of ten; the log scale's other ticks stay unlabelled (and
        // uPlot's own log filter, which would drop a size such as 50, is not applied).
        filter: (_u, splits) => splits,
        values: (_u, splits) =>
          splits.map((v) => {
            if (v == null) return '';
            const near = (t: number) => Math.abs(v - t) <= 1e-9 * t;
            return sizes.some(near) || near(10 ** Math.round(Math.log10(v))) ? String(Math.round(v * 1e6) / 1e6) : '';
          }),
      },
      {
        stroke: css('--muted'),
        grid: { stroke: css('--border'), width: 1 },
        size: 84,
        values: (_u, splits) => formatTicks(splits, unit),
      },
    ],
    series: [
      {},
      { label: 'baseline', stroke: css('--muted'), width: 1.5, dash: [4, 4], points: { show: true, size: 5 } },
      { label: 'newest run', stroke: css('--line'), width: 2, points: { show: true, size: 6 } },
    ],
  };
  plots.add(new uPlot(opts, [sizes, rows.map((r) => r.base), rows.map((r) => r.head)], box));
}

let observer: IntersectionObserver | undefined;

function renderList(): void {
  generation++;
  for (const p of plots) p.destroy();
  plots.clear();
  observer?.disconnect();
  charts.replaceChildren();
  if (!index) return;
  const q = state.q.toLowerCase();
  const shown = index.benchmarks
    .filter((b) => !q || b.name.toLowerCase().includes(q) || (b.group ?? '').toLowerCase().includes(q))
    .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.name.localeCompare(b.name));
  statusLine.textContent = `${shown.length} of ${index.benchmarks.length} benchmarks${state.branch ? ` on ${state.branch}` : ''}${state.tb ? `, testbed ${state.tb}` : ''}`;
  const byKey = new Map(shown.map((b) => [b.key, b]));
  // Size families among the shown benchmarks with a time: one scaling chart each, above the benchmarks.
  const timed = new Map(shown.filter((b) => b.metrics.time).map((b) => [b.name, b]));
  const families = sizeFamilies([...timed.keys()]);
  observer = new IntersectionObserver(
    (seen) => {
      for (const e of seen) {
        if (!e.isIntersecting) continue;
        const card = e.target as HTMLElement;
        observer?.unobserve(card);
        const family = families.get(card.dataset.family ?? '');
        if (family) {
          drawScaling(card, family, timed).catch((error: unknown) => {
            if (!(error instanceof Superseded))
              card.append(el('p', `Could not load this chart: ${(error as Error).message}`, 'group'));
          });
          continue;
        }
        const entry = byKey.get(card.dataset.key ?? '');
        if (entry)
          draw(card, entry).catch((error: unknown) => {
            if (!(error instanceof Superseded))
              card.append(el('p', `Could not load this chart: ${(error as Error).message}`, 'group'));
          });
      }
    },
    { rootMargin: '150px' },
  );
  const frag = document.createDocumentFragment();
  for (const [family, members] of families) {
    const card = el('article', undefined, 'card scaling');
    card.dataset.family = family;
    card.append(el('h2', `Scaling: ${family}`));
    card.append(el('div', `sizes ${members.map((m) => m.size).join(', ')}`, 'group'));
    frag.append(card);
    observer.observe(card);
  }
  for (const b of shown) {
    const card = el('article', undefined, 'card');
    card.dataset.key = b.key;
    card.id = `b-${b.key}`;
    if (b.key === state.b) card.classList.add('selected');
    const title = el('h2');
    const link = el('a', b.name);
    link.href = `#${trendHash({ suite: state.suite, branch: state.branch, tb: state.tb, b: b.key })}`;
    title.append(link);
    card.append(title);
    if (b.group) card.append(el('div', b.group, 'group'));
    frag.append(card);
    observer.observe(card);
  }
  charts.append(frag);
  if (state.b) document.getElementById(`b-${state.b}`)?.scrollIntoView({ block: 'start' });
}

function renderRecent(): void {
  recent.replaceChildren();
  if (!index?.latest) return;
  // The newest run of the chosen branch (or of any branch).
  const candidates = Object.entries(index.latest).filter(([branch]) => !state.branch || branch === state.branch);
  const newest = candidates.sort((a, b) => b[1].recordedAt.localeCompare(a[1].recordedAt))[0];
  if (!newest) return;
  const [branch, run] = newest;
  // (The newest run per branch; with several testbeds it is the newest of any of them.)
  const heading = `Latest run: ${run.sha.slice(0, 10)}${branch ? ` on ${branch}` : ''}${run.verdict ? ` — ${run.verdict}` : ''}`;
  recent.append(el('h2', heading));
  const keys = new Map(index.benchmarks.map((b) => [b.name, b.key]));
  // Level changes still past their limit that nobody accepted, as of that run: they stay listed until
  // they are reverted or accepted.
  if (run.open?.length) {
    recent.append(el('h3', `Open regressions on ${branch || 'this branch'} (${run.open.length})`));
    const open = el('ul');
    open.id = 'open-regressions';
    for (const o of run.open.slice(0, 20)) {
      const li = el('li');
      const a = el('a', o.benchmark);
      a.href = `#${trendHash({ suite: state.suite, branch, b: keys.get(o.benchmark) ?? '', ...(o.testbed ? { tb: o.testbed } : {}) })}`;
      li.append(
        a,
        el('span', ` ${o.metric}${o.testbed ? ` [${o.testbed}]` : ''}: `),
        el(
          'span',
          `${formatChange(o.ratio)} since ${o.to_sha.slice(0, 7)} (${o.at.slice(0, 10)}), past ${formatChange(o.limit)}`,
          'regression',
        ),
        el('span', o.flagged_by_gate ? ' — merged over a failing check' : ' — no check failed it'),
      );
      open.append(li);
    }
    recent.append(open);
  }
  if (run.rows.length === 0) {
    recent.append(el('p', 'No benchmark changed past its rules.', 'group'));
    return;
  }
  const list = el('ul');
  for (const r of run.rows.slice(0, 20)) {
    const li = el('li');
    const a = el('a', r.benchmark);
    a.href = `#${trendHash({ suite: state.suite, branch, b: keys.get(r.benchmark) ?? '' })}`;
    const pctOf = formatChange;
    // The measured change first (what the values show); the runner-corrected one, labelled, where it differs.
    const change =
      r.measured != null && r.ratio != null
        ? ` ${pctOf(r.measured)} (${pctOf(r.ratio)} corrected)`
        : r.ratio != null
          ? ` ${pctOf(r.ratio)}`
          : '';
    li.append(a, el('span', ` ${r.metric}: `), el('span', `${r.status}${change}`, r.status));
    list.append(li);
  }
  recent.append(list);
}

async function openSuite(): Promise<void> {
  // Every chart needs the tail: asked for beside the index, it has arrived by the time the first card asks.
  void tailOf('');
  index = await getJson<SuiteIndex>(`${suiteDir()}/index.json`);
  const branches = Object.entries(index.branches).sort((a, b) => b[1] - a[1]);
  branchSelect.replaceChildren(el('option', 'all branches'));
  (branchSelect.firstChild as HTMLOptionElement).value = '';
  for (const [name, runs] of branches) {
    const o = el('option', `${name} (${runs})`);
    o.value = name;
    branchSelect.append(o);
  }
  if (!state.branch || !(state.branch in index.branches))
    state.branch = 'main' in index.branches ? 'main' : (branches[0]?.[0] ?? '');
  branchSelect.value = state.branch;
  // Several testbeds: one at a time (a Windows run and a Linux run on one line mean nothing).
  const testbeds = Object.entries(index.testbeds ?? {}).sort((a, b) => b[1] - a[1]);
  testbedLabel.hidden = testbeds.length < 2;
  testbedSelect.replaceChildren();
  for (const [name, runs] of testbeds) {
    const o = el('option', `${name} (${runs})`);
    o.value = name;
    testbedSelect.append(o);
  }
  if (testbeds.length < 2) state.tb = '';
  else if (!testbeds.some(([name]) => name === state.tb)) state.tb = testbeds[0]![0];
  testbedSelect.value = state.tb;
  renderRecent();
  renderList();
}

let suites: { id: string; name: string }[] = [];

/** A suite's folder from a link: reports name the suite exactly; this page's own address uses the folder. */
const suiteId = (nameOrId: string) => (suites.find((s) => s.name === nameOrId) ?? suites.find((s) => s.id === nameOrId))?.id;

async function start(): Promise<void> {
  readHash();
  filterInput.value = state.q;
  logBox.checked = state.log;
  suites = (await getJson<{ suites: { id: string; name: string }[] }>('data/suites.json')).suites;
  for (const s of suites) {
    const o = el('option', s.name);
    o.value = s.id;
    suiteSelect.append(o);
  }
  // Links from reports name the suite exactly (folders of colliding names carry a hash); older links
  // and this page's own address use the folder id.
  state.suite = suiteId(state.suite) ?? suites[0]?.id ?? '';
  suiteSelect.value = state.suite;
  if (!state.suite) {
    statusLine.textContent = 'No benchmark history yet.';
    return;
  }
  await openSuite();
  writeHash();
}

let filterTimer: number | undefined;
filterInput.addEventListener('input', () => {
  window.clearTimeout(filterTimer);
  filterTimer = window.setTimeout(() => {
    state.q = filterInput.value.trim();
    state.b = '';
    writeHash();
    renderList();
  }, 120);
});
branchSelect.addEventListener('change', () => {
  state.branch = branchSelect.value;
  writeHash();
  renderRecent();
  renderList();
});
testbedSelect.addEventListener('change', () => {
  state.tb = testbedSelect.value;
  writeHash();
  renderList();
});
logBox.addEventListener('change', () => {
  state.log = logBox.checked;
  writeHash();
  renderList();
});
suiteSelect.addEventListener('change', () => {
  state.suite = suiteSelect.value;
  state.branch = '';
  state.b = '';
  writeHash();
  void openSuite().then(writeHash);
});
window.addEventListener('hashchange', () => {
  const before = { ...state };
  readHash();
  // A report's link pasted into this tab names the suite, not its folder.
  state.suite = suiteId(state.suite) ?? state.suite;
  if (before.suite !== state.suite) {
    suiteSelect.value = state.suite;
    void openSuite().then(writeHash);
  } else if (before.b !== state.b || before.q !== state.q || before.branch !== state.branch || before.tb !== state.tb)
    renderList();
});
let resizeTimer: number | undefined;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    for (const p of plots) {
      const card = p.root.closest('.card') as HTMLElement | null;
      if (card) p.setSize({ width: Math.max(200, card.clientWidth - 8), height: 180 });
    }
  }, 150);
});

start().catch((error: Error) => {
  statusLine.textContent = `Could not load the history: ${error.message}`;
});
