import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  familyName,
  import_prom_client,
  metricsRegistry,
  metricsTimeseries,
  renderOpenMetrics
} from "./chunk-WWWMNLK5.js";
import {
  defaultTestbed,
  sampleTime
} from "./chunk-C2NF5WOG.js";
import "./chunk-QSE4L5OW.js";
var export_Pushgateway = import_prom_client.Pushgateway;
export {
  export_Pushgateway as Pushgateway,
  defaultTestbed,
  familyName,
  metricsRegistry,
  metricsTimeseries,
  renderOpenMetrics,
  sampleTime
};
