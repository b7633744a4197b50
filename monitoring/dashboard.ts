// The Grafana dashboard for the metrics contract (README "Prometheus and alerting"), built in code with
// Grafana's foundation SDK so a change to it is a reviewable diff. `npm run monitoring:dashboard`
// writes monitoring/grafana/dashboards/causal-perf.json; a test checks the file is fresh and that it
// type-checks against Grafana's published dashboard schema (@grafana/schema).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import {
  AnnotationQueryBuilder,
  DashboardBuilder,
  DatasourceVariableBuilder,
  QueryVariableBuilder,
  RowBuilder,
  ThresholdsConfigBuilder,
  ThresholdsMode,
  VariableRefresh,
  VariableSort,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as TablePanel } from '@grafana/grafana-foundation-sdk/table';
import { PanelBuilder as TimeSeriesPanel } from '@grafana/grafana-foundation-sdk/timeseries';
import {
  GraphThresholdsStyleConfigBuilder,
  GraphThresholdsStyleMode,
  VisibilityMode,
} from '@grafana/grafana-foundation-sdk/common';

/** The gate's default limits (src/config.ts), drawn on the change panels. */
export const LIMITS = { time: 1.1, memory: 1.2, accuracyFloor: 0.95, accuracyCritical: 0.9 };

const DS = { type: 'prometheus', uid: '${datasource}' };
const SEL = 'suite=~"$suite", testbed=~"$testbed", benchmark=~"$benchmark"';

const query = (expr: string, legend: string, ref = 'A') =>
  new DataqueryBuilder().datasource(DS).expr(expr).legendFormat(legend).refId(ref);

/** Green below the limit, red from it: the line the gate fails at. */
const limitAt = (limit: number) =>
  new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps([
    { value: null, color: 'green' },
    { value: limit, color: 'red' },
  ]);

function series(title: string, expr: string, unit: string, description: string) {
  return new TimeSeriesPanel()
    .title(title)
    .description(description)
    .datasource(DS)
    .unit(unit)
    .showPoints(VisibilityMode.Always)
    .pointSize(5)
    .spanNulls(true)
    .withTarget(query(expr, '{{benchmark}}'))
    .height(8)
    .span(12);
}

function change(title: string, metric: string, limit: number) {
  return new TimeSeriesPanel()
    .title(title)
    .description(
      `The engine's head ÷ baseline for ${metric} (runner-corrected). The red line is the gate's limit (×${limit}); a point above it is a failure only when the engine also found it credible (causal_perf_regression).`,
    )
    .datasource(DS)
    .unit('percentunit')
    .decimals(2)
    .showPoints(VisibilityMode.Always)
    .pointSize(5)
    .thresholds(limitAt(limit))
    .thresholdsStyle(new GraphThresholdsStyleConfigBuilder().mode(GraphThresholdsStyleMode.Line))
    .withTarget(query(`causal_perf_change_ratio{metric=~"${metric}", ${SEL}}`, '{{benchmark}}'))
    .height(8)
    .span(12);
}

/**
 * What the SDK emits that Grafana's dashboard schema does not have, put as Grafana itself stores it:
 * the interval-only `auto*` keys dropped from query and datasource variables, and the Prometheus
 * annotation's query moved into its `target` (Grafana ≥ 10 migrates a top-level `expr` there on load).
 */
function tidy(dashboard: Dashboard): Dashboard {
  // A JSON round trip: the built objects carry marker methods (cog's _implementsDataqueryVariant).
  const json = JSON.parse(JSON.stringify(dashboard)) as {
    templating?: { list?: Record<string, unknown>[] };
    annotations?: { list?: Record<string, unknown>[] };
  };
  for (const v of json.templating?.list ?? [])
    if (v.type !== 'interval') for (const key of ['auto', 'auto_min', 'auto_count']) delete v[key];
  for (const a of json.annotations?.list ?? []) {
    if (typeof a.expr !== 'string') continue;
    a.target = { refId: 'Anno', expr: a.expr, ...(a.step ? { interval: a.step } : {}) };
    delete a.expr;
    delete a.step;
  }
  // The table defaults the SDK fills in predate Grafana 12's table: no footer option, cellOptions required.
  const panels =
    (
      json as {
        panels?: {
          type: string;
          options?: Record<string, unknown>;
          fieldConfig?: { defaults?: { custom?: Record<string, unknown> } };
        }[];
      }
    ).panels ?? [];
  for (const p of panels)
    if (p.type === 'table') {
      delete p.options?.footer;
      const custom = p.fieldConfig?.defaults?.custom;
      if (custom && !custom.cellOptions) custom.cellOptions = { type: 'auto' };
    }
  return json as Dashboard;
}

export function buildDashboard(): Dashboard {
  const runs = (label: string) =>
    new QueryVariableBuilder(label)
      .label(label)
      .datasource(DS)
      .query(
        label === 'suite'
          ? 'label_values(causal_perf_run_info, suite)'
          : label === 'testbed'
            ? 'label_values(causal_perf_run_info{suite=~"$suite"}, testbed)'
            : // Every judged row has a regression series, whatever its metric: a memory-only or
              // accuracy-only benchmark is listed too (a time family would leave it out).
              'label_values(causal_perf_regression{suite=~"$suite", testbed=~"$testbed"}, benchmark)',
      )
      .refresh(VariableRefresh.OnTimeRangeChanged)
      .sort(VariableSort.AlphabeticalAsc)
      .multi(true)
      .includeAll(true)
      .allValue('.*');

  const dashboard = new DashboardBuilder('causal-perf: benchmarks')
    .uid('causal-perf-benchmarks')
    .description(
      'Benchmark figures, the gate’s changes and verdicts from causal-perf (Pushgateway or remote-write). One line per benchmark; pick suites and testbeds above.',
    )
    .tags(['causal-perf', 'benchmarks'])
    .editable()
    .time({ from: 'now-30d', to: 'now' })
    .refresh('5m')
    .timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Prometheus').type('prometheus'))
    .withVariable(runs('suite'))
    .withVariable(runs('testbed'))
    .withVariable(runs('benchmark'))
    .annotation(
      new AnnotationQueryBuilder()
        .name('Runs')
        .datasource(DS)
        .enable(true)
        .iconColor('blue')
        // One event per run at the run's time (the value), with its commit and verdict from the info series.
        .expr(
          'causal_perf_last_run_timestamp_seconds{suite=~"$suite", testbed=~"$testbed"} * on (suite, testbed) group_left (sha, branch, verdict) causal_perf_run_info * 1000',
        )
        .useValueForTime(true)
        .titleFormat('{{suite}} {{verdict}}')
        .textFormat('{{sha}} on {{branch}} ({{testbed}})')
        .tagKeys('suite,testbed,verdict')
        .step('1m'),
    )
    .withRow(new RowBuilder('Computation time'))
    .withPanel(
      series(
        'Time per operation',
        `causal_perf_time_seconds{${SEL}}`,
        's',
        'The run statistic (mean by default) per benchmark, in seconds.',
      ),
    )
    .withPanel(change('Time: change against the baseline', 'time', LIMITS.time))
    .withRow(new RowBuilder('Memory'))
    .withPanel(series('Peak memory', `causal_perf_memory_peak_bytes{${SEL}}`, 'bytes', 'Peak memory per benchmark.'))
    .withPanel(change('Memory: change against the baseline', 'memory_.*', LIMITS.memory))
    .withRow(new RowBuilder('Accuracy and regressions'))
    .withPanel(
      new TimeSeriesPanel()
        .title('Accuracy')
        .description(
          `The gate fails below ${LIMITS.accuracyFloor} (orange line); the critical alert fires below ${LIMITS.accuracyCritical} (red line).`,
        )
        .datasource(DS)
        .unit('percentunit')
        .min(0.8)
        .max(1)
        .showPoints(VisibilityMode.Always)
        .pointSize(5)
        .thresholds(
          new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps([
            { value: null, color: 'red' },
            { value: LIMITS.accuracyCritical, color: 'orange' },
            { value: LIMITS.accuracyFloor, color: 'green' },
          ]),
        )
        .thresholdsStyle(new GraphThresholdsStyleConfigBuilder().mode(GraphThresholdsStyleMode.Line))
        .withTarget(query(`causal_perf_accuracy_ratio{${SEL}}`, '{{benchmark}}'))
        .height(8)
        .span(12),
    )
    .withPanel(
      new TablePanel()
        .title('Regressions now')
        .description('Rows the last run of each suite and testbed failed (causal_perf_regression == 1).')
        .datasource(DS)
        .withTarget(
          new DataqueryBuilder()
            .datasource(DS)
            .expr(`causal_perf_regression{${SEL}} == 1`)
            .instant()
            .format('table' as never)
            .refId('A'),
        )
        .withTransformation({
          id: 'organize',
          options: { excludeByName: { Time: true, Value: true, __name__: true, job: true, instance: true } },
        })
        .height(8)
        .span(12),
    )
    .build();
  return tidy(dashboard);
}

export const DASHBOARD_FILE = 'monitoring/grafana/dashboards/causal-perf.json';

export const renderDashboard = (): string => JSON.stringify(buildDashboard(), null, 2) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(DASHBOARD_FILE, renderDashboard());
