import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-QSE4L5OW.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/history/types.ts
var HistoryWriteDenied = class extends Error {
  constructor(message) {
    super(message);
    this.name = "HistoryWriteDenied";
  }
};
function testbedOf(run2) {
  if (run2.testbed) return run2.testbed;
  const { os, arch } = run2.environment ?? {};
  return os && arch ? `${os}-${arch}` : void 0;
}

// src/arrays.ts
function maxOf(xs, empty = -Infinity) {
  let m = empty;
  for (const x of xs) if (x > m || Number.isNaN(x)) m = x;
  return m;
}
function minOf(xs, empty = Infinity) {
  let m = empty;
  for (const x of xs) if (x < m || Number.isNaN(x)) m = x;
  return m;
}
function pushAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/io/clock.ts
var systemClock = () => /* @__PURE__ */ new Date();

// src/history/layout.ts
import { createHash } from "node:crypto";

// src/schema-compile.ts
var results = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/causal-perf-action/schemas/results.schema.json", "title": "causal-perf normalized results", "type": "object", "required": ["benchmarks"], "properties": { "benchmarks": { "type": "array", "items": { "type": "object", "required": ["name", "metrics"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "group": { "type": "string" }, "params": { "type": "object" }, "metrics": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "required": ["value", "unit", "direction"], "additionalProperties": false, "properties": { "value": { "type": "number", "description": "The central figure; for time, seconds per operation." }, "unit": { "type": "string" }, "direction": { "enum": ["smaller", "bigger"], "description": "Which way is better." }, "samples": { "type": "array", "items": { "type": "number" }, "description": "Per-iteration or per-round values." }, "stddev": { "type": "number", "minimum": 0 }, "n": { "type": "integer", "minimum": 1 } } } } } } }, "run": { "type": "object" } } };
var func0 = require_ucs2length().default;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.benchmarks === void 0 && (missing0 = "benchmarks")) {
        validate0.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.benchmarks !== void 0) {
          let data0 = data.benchmarks;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.name === void 0 && (missing1 = "name") || data1.metrics === void 0 && (missing1 = "metrics")) {
                      validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0, schemaPath: "#/properties/benchmarks/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      const _errs5 = errors;
                      for (const key0 in data1) {
                        if (!(key0 === "name" || key0 === "group" || key0 === "params" || key0 === "metrics")) {
                          validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0, schemaPath: "#/properties/benchmarks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs5 === errors) {
                        if (data1.name !== void 0) {
                          let data2 = data1.name;
                          const _errs6 = errors;
                          if (errors === _errs6) {
                            if (typeof data2 === "string") {
                              if (func0(data2) < 1) {
                                validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/name", schemaPath: "#/properties/benchmarks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/name", schemaPath: "#/properties/benchmarks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid2 = _errs6 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.group !== void 0) {
                            const _errs8 = errors;
                            if (typeof data1.group !== "string") {
                              validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/group", schemaPath: "#/properties/benchmarks/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs8 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.params !== void 0) {
                              let data4 = data1.params;
                              const _errs10 = errors;
                              if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                                validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/params", schemaPath: "#/properties/benchmarks/items/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                              var valid2 = _errs10 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.metrics !== void 0) {
                                let data5 = data1.metrics;
                                const _errs12 = errors;
                                if (errors === _errs12) {
                                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                    if (Object.keys(data5).length < 1) {
                                      validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics", schemaPath: "#/properties/benchmarks/items/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                                      return false;
                                    } else {
                                      for (const key1 in data5) {
                                        let data6 = data5[key1];
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                            let missing2;
                                            if (data6.value === void 0 && (missing2 = "value") || data6.unit === void 0 && (missing2 = "unit") || data6.direction === void 0 && (missing2 = "direction")) {
                                              validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                              return false;
                                            } else {
                                              const _errs17 = errors;
                                              for (const key2 in data6) {
                                                if (!(key2 === "value" || key2 === "unit" || key2 === "direction" || key2 === "samples" || key2 === "stddev" || key2 === "n")) {
                                                  validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs17 === errors) {
                                                if (data6.value !== void 0) {
                                                  const _errs18 = errors;
                                                  if (!(typeof data6.value == "number")) {
                                                    validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs18 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data6.unit !== void 0) {
                                                    const _errs20 = errors;
                                                    if (typeof data6.unit !== "string") {
                                                      validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs20 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data6.direction !== void 0) {
                                                      let data9 = data6.direction;
                                                      const _errs22 = errors;
                                                      if (!(data9 === "smaller" || data9 === "bigger")) {
                                                        validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema0.properties.benchmarks.items.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                      }
                                                      var valid4 = _errs22 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data6.samples !== void 0) {
                                                        let data10 = data6.samples;
                                                        const _errs23 = errors;
                                                        if (errors === _errs23) {
                                                          if (Array.isArray(data10)) {
                                                            var valid5 = true;
                                                            const len1 = data10.length;
                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                              const _errs25 = errors;
                                                              if (!(typeof data10[i1] == "number")) {
                                                                validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/samples/" + i1, schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/samples/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                              }
                                                              var valid5 = _errs25 === errors;
                                                              if (!valid5) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/samples", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid4 = _errs23 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (data6.stddev !== void 0) {
                                                          let data12 = data6.stddev;
                                                          const _errs27 = errors;
                                                          if (errors === _errs27) {
                                                            if (typeof data12 == "number") {
                                                              if (data12 < 0 || isNaN(data12)) {
                                                                validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/stddev", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/stddev/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/stddev", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/stddev/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid4 = _errs27 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                        if (valid4) {
                                                          if (data6.n !== void 0) {
                                                            let data13 = data6.n;
                                                            const _errs29 = errors;
                                                            if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                                                              validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs29) {
                                                              if (typeof data13 == "number") {
                                                                if (data13 < 1 || isNaN(data13)) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid4 = _errs29 === errors;
                                                          } else {
                                                            var valid4 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs15 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0 + "/metrics", schemaPath: "#/properties/benchmarks/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate0.errors = [{ instancePath: instancePath + "/benchmarks/" + i0, schemaPath: "#/properties/benchmarks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate0.errors = [{ instancePath: instancePath + "/benchmarks", schemaPath: "#/properties/benchmarks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.run !== void 0) {
            let data14 = data.run;
            const _errs31 = errors;
            if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
              validate0.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
            var valid0 = _errs31 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate0.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var rules = validate1;
var schema1 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/causal-perf-action/schemas/rules.schema.json", "title": "causal-perf rules file (.github/causal-perf.yml)", "type": "object", "additionalProperties": false, "properties": { "statistic": { "enum": ["mean", "median", "min"], "description": "Per-run figure compared: mean (outliers beyond 1.5 IQR dropped), median, or min (the best sample: the smallest time, the largest throughput).", "default": "mean", "examples": ["median"] }, "confidence": { "type": "number", "minimum": 0.5, "exclusiveMaximum": 1, "description": "How sure the engine must be that a change is real before it fails.", "default": 0.99, "examples": [0.995] }, "history": { "type": "integer", "minimum": 1, "maximum": 1e3, "description": "How many prior runs form the baseline.", "default": 20, "examples": [50] }, "runner_correction": { "type": "boolean", "description": "Factor out a slowdown shared by all benchmarks of a run (a slower runner).", "default": true, "examples": [false] }, "fail_on_missing": { "type": "boolean", "description": "Fail when a benchmark of the baseline is missing from the run.", "default": false, "examples": [true] }, "ignore": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "Benchmarks (name or group globs) to leave out entirely.", "default": [], "examples": [["test_flaky_*"]] }, "baseline_thresholds": { "type": "object", "description": "Metric name or glob (time, memory_*, accuracy, \u2026) \u2192 rule. execution_time is read as time. Any other metric is compared with a 1.10 limit and reported without failing, unless named here.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "regression_limit": { "description": "Fail when the statistic is worse than baseline \xD7 this (1.10 = 10 % slower). false: no relative rule.", "anyOf": [{ "type": "number", "exclusiveMinimum": 1 }, { "const": false }], "examples": [1.1, 1.25, false] }, "max_exponent_increase": { "description": "Size families (benchmarks that differ only by a size: test_x[10], BM_x/1024, test_x_10_15): fail when the growth exponent (log figure against log size) rises by more than this, credibly (0.5: linear to n^1.5). false: not judged. Default 0.5 for time and memory_*.", "anyOf": [{ "type": "number", "exclusiveMinimum": 0 }, { "const": false }], "examples": [0.3, false] }, "improvement_limit": { "type": "number", "exclusiveMinimum": 1, "description": "Report an improvement past this ratio (default: the regression limit).", "examples": [1.05] }, "minimum_threshold": { "type": "number", "description": "Absolute floor: fail when the value is below it (accuracy 0.95).", "examples": [0.95] }, "maximum_threshold": { "type": "number", "description": "Absolute ceiling: fail when the value is above it, in base units (seconds, bytes).", "examples": [0.5] }, "direction": { "enum": ["smaller", "bigger"], "description": "Which way is better (overrides the format).", "examples": ["bigger"] }, "fail": { "type": "boolean", "description": "false: report breaches of this rule without failing the check. Default true for every metric the rules name (and time, memory_*, accuracy, instructions); a metric no rule names is report-only.", "default": true, "examples": [false] } } }, "default": { "time": { "regression_limit": 1.1, "max_exponent_increase": 0.5 }, "memory_*": { "regression_limit": 1.2, "max_exponent_increase": 0.5 }, "accuracy": { "regression_limit": false, "minimum_threshold": 0.95 }, "instructions": { "regression_limit": 1.01 } }, "examples": [{ "time": { "regression_limit": 1.15 }, "throughput": { "regression_limit": 1.05, "direction": "bigger" } }] }, "sizes": { "type": "object", "description": "Size families a name cannot say (small / medium / large): each family maps its benchmarks to their sizes, and is judged by max_exponent_increase as the families found from names are (at least three benchmarks, sizes spanning 4\xD7 or more). A benchmark named here is in no name-found family.", "default": {}, "examples": [{ "ui graph render": { "test_render_small": 10, "test_render_medium": 100, "test_render_large": 1e3 } }], "additionalProperties": { "type": "object", "minProperties": 3, "additionalProperties": { "type": "number", "exclusiveMinimum": 0 } } }, "overrides": { "type": "array", "description": "Per-benchmark or per-group thresholds, applied in order after baseline_thresholds.", "default": [], "examples": [[{ "benchmarks": "test_ui_*", "baseline_thresholds": { "time": { "regression_limit": 1.15 } } }]], "items": { "type": "object", "additionalProperties": false, "required": ["baseline_thresholds"], "properties": { "benchmarks": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "Benchmark name globs this override applies to.", "examples": ["test_ui_*"] }, "groups": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "Group globs this override applies to.", "examples": [["ui_rendering"]] }, "baseline_thresholds": { "type": "object", "description": "Metric name or glob (time, memory_*, accuracy, \u2026) \u2192 rule. execution_time is read as time. Any other metric is compared with a 1.10 limit and reported without failing, unless named here.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "regression_limit": { "description": "Fail when the statistic is worse than baseline \xD7 this (1.10 = 10 % slower). false: no relative rule.", "anyOf": [{ "type": "number", "exclusiveMinimum": 1 }, { "const": false }], "examples": [1.1, 1.25, false] }, "max_exponent_increase": { "description": "Size families (benchmarks that differ only by a size: test_x[10], BM_x/1024, test_x_10_15): fail when the growth exponent (log figure against log size) rises by more than this, credibly (0.5: linear to n^1.5). false: not judged. Default 0.5 for time and memory_*.", "anyOf": [{ "type": "number", "exclusiveMinimum": 0 }, { "const": false }], "examples": [0.3, false] }, "improvement_limit": { "type": "number", "exclusiveMinimum": 1, "description": "Report an improvement past this ratio (default: the regression limit).", "examples": [1.05] }, "minimum_threshold": { "type": "number", "description": "Absolute floor: fail when the value is below it (accuracy 0.95).", "examples": [0.95] }, "maximum_threshold": { "type": "number", "description": "Absolute ceiling: fail when the value is above it, in base units (seconds, bytes).", "examples": [0.5] }, "direction": { "enum": ["smaller", "bigger"], "description": "Which way is better (overrides the format).", "examples": ["bigger"] }, "fail": { "type": "boolean", "description": "false: report breaches of this rule without failing the check. Default true for every metric the rules name (and time, memory_*, accuracy, instructions); a metric no rule names is report-only.", "default": true, "examples": [false] } } } } } } } } };
var func1 = Object.prototype.hasOwnProperty;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func1.call(schema1.properties, key0)) {
          validate1.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.statistic !== void 0) {
          let data0 = data.statistic;
          const _errs2 = errors;
          if (!(data0 === "mean" || data0 === "median" || data0 === "min")) {
            validate1.errors = [{ instancePath: instancePath + "/statistic", schemaPath: "#/properties/statistic/enum", keyword: "enum", params: { allowedValues: schema1.properties.statistic.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.confidence !== void 0) {
            let data1 = data.confidence;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 < 0.5 || isNaN(data1)) {
                  validate1.errors = [{ instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.5 }, message: "must be >= 0.5" }];
                  return false;
                } else {
                  if (data1 >= 1 || isNaN(data1)) {
                    validate1.errors = [{ instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" }];
                    return false;
                  }
                }
              } else {
                validate1.errors = [{ instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.history !== void 0) {
              let data2 = data.history;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                validate1.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 > 1e3 || isNaN(data2)) {
                    validate1.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" }];
                    return false;
                  } else {
                    if (data2 < 1 || isNaN(data2)) {
                      validate1.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.runner_correction !== void 0) {
                const _errs7 = errors;
                if (typeof data.runner_correction !== "boolean") {
                  validate1.errors = [{ instancePath: instancePath + "/runner_correction", schemaPath: "#/properties/runner_correction/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.fail_on_missing !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.fail_on_missing !== "boolean") {
                    validate1.errors = [{ instancePath: instancePath + "/fail_on_missing", schemaPath: "#/properties/fail_on_missing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ignore !== void 0) {
                    let data5 = data.ignore;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid1 = false;
                    const _errs13 = errors;
                    if (typeof data5 !== "string") {
                      const err0 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                    var _valid0 = _errs13 === errors;
                    valid1 = valid1 || _valid0;
                    if (!valid1) {
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (Array.isArray(data5)) {
                          var valid2 = true;
                          const len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs17 = errors;
                            if (typeof data5[i0] !== "string") {
                              const err1 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                            var valid2 = _errs17 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          const err2 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs15 === errors;
                      valid1 = valid1 || _valid0;
                    }
                    if (!valid1) {
                      const err3 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate1.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.baseline_thresholds !== void 0) {
                      let data7 = data.baseline_thresholds;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                          for (const key1 in data7) {
                            let data8 = data7[key1];
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                const _errs24 = errors;
                                for (const key2 in data8) {
                                  if (!(key2 === "regression_limit" || key2 === "max_exponent_increase" || key2 === "improvement_limit" || key2 === "minimum_threshold" || key2 === "maximum_threshold" || key2 === "direction" || key2 === "fail")) {
                                    validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baseline_thresholds/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs24 === errors) {
                                  if (data8.regression_limit !== void 0) {
                                    let data9 = data8.regression_limit;
                                    const _errs25 = errors;
                                    const _errs26 = errors;
                                    let valid5 = false;
                                    const _errs27 = errors;
                                    if (errors === _errs27) {
                                      if (typeof data9 == "number") {
                                        if (data9 <= 1 || isNaN(data9)) {
                                          const err4 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1" };
                                          if (vErrors === null) {
                                            vErrors = [err4];
                                          } else {
                                            vErrors.push(err4);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err5 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid1 = _errs27 === errors;
                                    valid5 = valid5 || _valid1;
                                    if (!valid5) {
                                      const _errs29 = errors;
                                      if (false !== data9) {
                                        const err6 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                                        if (vErrors === null) {
                                          vErrors = [err6];
                                        } else {
                                          vErrors.push(err6);
                                        }
                                        errors++;
                                      }
                                      var _valid1 = _errs29 === errors;
                                      valid5 = valid5 || _valid1;
                                    }
                                    if (!valid5) {
                                      const err7 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err7];
                                      } else {
                                        vErrors.push(err7);
                                      }
                                      errors++;
                                      validate1.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs26;
                                      if (vErrors !== null) {
                                        if (_errs26) {
                                          vErrors.length = _errs26;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid4 = _errs25 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data8.max_exponent_increase !== void 0) {
                                      let data10 = data8.max_exponent_increase;
                                      const _errs30 = errors;
                                      const _errs31 = errors;
                                      let valid6 = false;
                                      const _errs32 = errors;
                                      if (errors === _errs32) {
                                        if (typeof data10 == "number") {
                                          if (data10 <= 0 || isNaN(data10)) {
                                            const err8 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                            if (vErrors === null) {
                                              vErrors = [err8];
                                            } else {
                                              vErrors.push(err8);
                                            }
                                            errors++;
                                          }
                                        } else {
                                          const err9 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                          if (vErrors === null) {
                                            vErrors = [err9];
                                          } else {
                                            vErrors.push(err9);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid2 = _errs32 === errors;
                                      valid6 = valid6 || _valid2;
                                      if (!valid6) {
                                        const _errs34 = errors;
                                        if (false !== data10) {
                                          const err10 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                                          if (vErrors === null) {
                                            vErrors = [err10];
                                          } else {
                                            vErrors.push(err10);
                                          }
                                          errors++;
                                        }
                                        var _valid2 = _errs34 === errors;
                                        valid6 = valid6 || _valid2;
                                      }
                                      if (!valid6) {
                                        const err11 = { instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                        if (vErrors === null) {
                                          vErrors = [err11];
                                        } else {
                                          vErrors.push(err11);
                                        }
                                        errors++;
                                        validate1.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs31;
                                        if (vErrors !== null) {
                                          if (_errs31) {
                                            vErrors.length = _errs31;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid4 = _errs30 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data8.improvement_limit !== void 0) {
                                        let data11 = data8.improvement_limit;
                                        const _errs35 = errors;
                                        if (errors === _errs35) {
                                          if (typeof data11 == "number") {
                                            if (data11 <= 1 || isNaN(data11)) {
                                              validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/improvement_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/improvement_limit/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1" }];
                                              return false;
                                            }
                                          } else {
                                            validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/improvement_limit", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/improvement_limit/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs35 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data8.minimum_threshold !== void 0) {
                                          const _errs37 = errors;
                                          if (!(typeof data8.minimum_threshold == "number")) {
                                            validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/minimum_threshold", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/minimum_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                          var valid4 = _errs37 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data8.maximum_threshold !== void 0) {
                                            const _errs39 = errors;
                                            if (!(typeof data8.maximum_threshold == "number")) {
                                              validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/maximum_threshold", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/maximum_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                            var valid4 = _errs39 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data8.direction !== void 0) {
                                              let data14 = data8.direction;
                                              const _errs41 = errors;
                                              if (!(data14 === "smaller" || data14 === "bigger")) {
                                                validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema1.properties.baseline_thresholds.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" }];
                                                return false;
                                              }
                                              var valid4 = _errs41 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data8.fail !== void 0) {
                                                const _errs42 = errors;
                                                if (typeof data8.fail !== "boolean") {
                                                  validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail", schemaPath: "#/properties/baseline_thresholds/additionalProperties/properties/fail/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid4 = _errs42 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baseline_thresholds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid3 = _errs22 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate1.errors = [{ instancePath: instancePath + "/baseline_thresholds", schemaPath: "#/properties/baseline_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sizes !== void 0) {
                        let data16 = data.sizes;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            for (const key3 in data16) {
                              let data17 = data16[key3];
                              const _errs47 = errors;
                              if (errors === _errs47) {
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                  if (Object.keys(data17).length < 3) {
                                    validate1.errors = [{ instancePath: instancePath + "/sizes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sizes/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 3 }, message: "must NOT have fewer than 3 properties" }];
                                    return false;
                                  } else {
                                    for (const key4 in data17) {
                                      let data18 = data17[key4];
                                      const _errs50 = errors;
                                      if (errors === _errs50) {
                                        if (typeof data18 == "number") {
                                          if (data18 <= 0 || isNaN(data18)) {
                                            validate1.errors = [{ instancePath: instancePath + "/sizes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sizes/additionalProperties/additionalProperties/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                            return false;
                                          }
                                        } else {
                                          validate1.errors = [{ instancePath: instancePath + "/sizes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sizes/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs50 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate1.errors = [{ instancePath: instancePath + "/sizes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sizes/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid7 = _errs47 === errors;
                              if (!valid7) {
                                break;
                              }
                            }
                          } else {
                            validate1.errors = [{ instancePath: instancePath + "/sizes", schemaPath: "#/properties/sizes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs44 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.overrides !== void 0) {
                          let data19 = data.overrides;
                          const _errs52 = errors;
                          if (errors === _errs52) {
                            if (Array.isArray(data19)) {
                              var valid9 = true;
                              const len1 = data19.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data20 = data19[i1];
                                const _errs54 = errors;
                                if (errors === _errs54) {
                                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                    let missing0;
                                    if (data20.baseline_thresholds === void 0 && (missing0 = "baseline_thresholds")) {
                                      validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                      return false;
                                    } else {
                                      const _errs56 = errors;
                                      for (const key5 in data20) {
                                        if (!(key5 === "benchmarks" || key5 === "groups" || key5 === "baseline_thresholds")) {
                                          validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs56 === errors) {
                                        if (data20.benchmarks !== void 0) {
                                          let data21 = data20.benchmarks;
                                          const _errs57 = errors;
                                          const _errs58 = errors;
                                          let valid11 = false;
                                          const _errs59 = errors;
                                          if (typeof data21 !== "string") {
                                            const err12 = { instancePath: instancePath + "/overrides/" + i1 + "/benchmarks", schemaPath: "#/properties/overrides/items/properties/benchmarks/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err12];
                                            } else {
                                              vErrors.push(err12);
                                            }
                                            errors++;
                                          }
                                          var _valid3 = _errs59 === errors;
                                          valid11 = valid11 || _valid3;
                                          if (!valid11) {
                                            const _errs61 = errors;
                                            if (errors === _errs61) {
                                              if (Array.isArray(data21)) {
                                                var valid12 = true;
                                                const len2 = data21.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                  const _errs63 = errors;
                                                  if (typeof data21[i2] !== "string") {
                                                    const err13 = { instancePath: instancePath + "/overrides/" + i1 + "/benchmarks/" + i2, schemaPath: "#/properties/overrides/items/properties/benchmarks/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err13];
                                                    } else {
                                                      vErrors.push(err13);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid12 = _errs63 === errors;
                                                  if (!valid12) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                const err14 = { instancePath: instancePath + "/overrides/" + i1 + "/benchmarks", schemaPath: "#/properties/overrides/items/properties/benchmarks/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                if (vErrors === null) {
                                                  vErrors = [err14];
                                                } else {
                                                  vErrors.push(err14);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid3 = _errs61 === errors;
                                            valid11 = valid11 || _valid3;
                                          }
                                          if (!valid11) {
                                            const err15 = { instancePath: instancePath + "/overrides/" + i1 + "/benchmarks", schemaPath: "#/properties/overrides/items/properties/benchmarks/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err15];
                                            } else {
                                              vErrors.push(err15);
                                            }
                                            errors++;
                                            validate1.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs58;
                                            if (vErrors !== null) {
                                              if (_errs58) {
                                                vErrors.length = _errs58;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid10 = _errs57 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                        if (valid10) {
                                          if (data20.groups !== void 0) {
                                            let data23 = data20.groups;
                                            const _errs65 = errors;
                                            const _errs66 = errors;
                                            let valid13 = false;
                                            const _errs67 = errors;
                                            if (typeof data23 !== "string") {
                                              const err16 = { instancePath: instancePath + "/overrides/" + i1 + "/groups", schemaPath: "#/properties/overrides/items/properties/groups/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err16];
                                              } else {
                                                vErrors.push(err16);
                                              }
                                              errors++;
                                            }
                                            var _valid4 = _errs67 === errors;
                                            valid13 = valid13 || _valid4;
                                            if (!valid13) {
                                              const _errs69 = errors;
                                              if (errors === _errs69) {
                                                if (Array.isArray(data23)) {
                                                  var valid14 = true;
                                                  const len3 = data23.length;
                                                  for (let i3 = 0; i3 < len3; i3++) {
                                                    const _errs71 = errors;
                                                    if (typeof data23[i3] !== "string") {
                                                      const err17 = { instancePath: instancePath + "/overrides/" + i1 + "/groups/" + i3, schemaPath: "#/properties/overrides/items/properties/groups/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err17];
                                                      } else {
                                                        vErrors.push(err17);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid14 = _errs71 === errors;
                                                    if (!valid14) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  const err18 = { instancePath: instancePath + "/overrides/" + i1 + "/groups", schemaPath: "#/properties/overrides/items/properties/groups/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                  if (vErrors === null) {
                                                    vErrors = [err18];
                                                  } else {
                                                    vErrors.push(err18);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var _valid4 = _errs69 === errors;
                                              valid13 = valid13 || _valid4;
                                            }
                                            if (!valid13) {
                                              const err19 = { instancePath: instancePath + "/overrides/" + i1 + "/groups", schemaPath: "#/properties/overrides/items/properties/groups/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                              if (vErrors === null) {
                                                vErrors = [err19];
                                              } else {
                                                vErrors.push(err19);
                                              }
                                              errors++;
                                              validate1.errors = vErrors;
                                              return false;
                                            } else {
                                              errors = _errs66;
                                              if (vErrors !== null) {
                                                if (_errs66) {
                                                  vErrors.length = _errs66;
                                                } else {
                                                  vErrors = null;
                                                }
                                              }
                                            }
                                            var valid10 = _errs65 === errors;
                                          } else {
                                            var valid10 = true;
                                          }
                                          if (valid10) {
                                            if (data20.baseline_thresholds !== void 0) {
                                              let data25 = data20.baseline_thresholds;
                                              const _errs73 = errors;
                                              if (errors === _errs73) {
                                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                  for (const key6 in data25) {
                                                    let data26 = data25[key6];
                                                    const _errs76 = errors;
                                                    if (errors === _errs76) {
                                                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                        const _errs78 = errors;
                                                        for (const key7 in data26) {
                                                          if (!(key7 === "regression_limit" || key7 === "max_exponent_increase" || key7 === "improvement_limit" || key7 === "minimum_threshold" || key7 === "maximum_threshold" || key7 === "direction" || key7 === "fail")) {
                                                            validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs78 === errors) {
                                                          if (data26.regression_limit !== void 0) {
                                                            let data27 = data26.regression_limit;
                                                            const _errs79 = errors;
                                                            const _errs80 = errors;
                                                            let valid17 = false;
                                                            const _errs81 = errors;
                                                            if (errors === _errs81) {
                                                              if (typeof data27 == "number") {
                                                                if (data27 <= 1 || isNaN(data27)) {
                                                                  const err20 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err20];
                                                                  } else {
                                                                    vErrors.push(err20);
                                                                  }
                                                                  errors++;
                                                                }
                                                              } else {
                                                                const err21 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err21];
                                                                } else {
                                                                  vErrors.push(err21);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var _valid5 = _errs81 === errors;
                                                            valid17 = valid17 || _valid5;
                                                            if (!valid17) {
                                                              const _errs83 = errors;
                                                              if (false !== data27) {
                                                                const err22 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err22];
                                                                } else {
                                                                  vErrors.push(err22);
                                                                }
                                                                errors++;
                                                              }
                                                              var _valid5 = _errs83 === errors;
                                                              valid17 = valid17 || _valid5;
                                                            }
                                                            if (!valid17) {
                                                              const err23 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/regression_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/regression_limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                              if (vErrors === null) {
                                                                vErrors = [err23];
                                                              } else {
                                                                vErrors.push(err23);
                                                              }
                                                              errors++;
                                                              validate1.errors = vErrors;
                                                              return false;
                                                            } else {
                                                              errors = _errs80;
                                                              if (vErrors !== null) {
                                                                if (_errs80) {
                                                                  vErrors.length = _errs80;
                                                                } else {
                                                                  vErrors = null;
                                                                }
                                                              }
                                                            }
                                                            var valid16 = _errs79 === errors;
                                                          } else {
                                                            var valid16 = true;
                                                          }
                                                          if (valid16) {
                                                            if (data26.max_exponent_increase !== void 0) {
                                                              let data28 = data26.max_exponent_increase;
                                                              const _errs84 = errors;
                                                              const _errs85 = errors;
                                                              let valid18 = false;
                                                              const _errs86 = errors;
                                                              if (errors === _errs86) {
                                                                if (typeof data28 == "number") {
                                                                  if (data28 <= 0 || isNaN(data28)) {
                                                                    const err24 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err24];
                                                                    } else {
                                                                      vErrors.push(err24);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                } else {
                                                                  const err25 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err25];
                                                                  } else {
                                                                    vErrors.push(err25);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var _valid6 = _errs86 === errors;
                                                              valid18 = valid18 || _valid6;
                                                              if (!valid18) {
                                                                const _errs88 = errors;
                                                                if (false !== data28) {
                                                                  const err26 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err26];
                                                                  } else {
                                                                    vErrors.push(err26);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var _valid6 = _errs88 === errors;
                                                                valid18 = valid18 || _valid6;
                                                              }
                                                              if (!valid18) {
                                                                const err27 = { instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_exponent_increase", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/max_exponent_increase/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err27];
                                                                } else {
                                                                  vErrors.push(err27);
                                                                }
                                                                errors++;
                                                                validate1.errors = vErrors;
                                                                return false;
                                                              } else {
                                                                errors = _errs85;
                                                                if (vErrors !== null) {
                                                                  if (_errs85) {
                                                                    vErrors.length = _errs85;
                                                                  } else {
                                                                    vErrors = null;
                                                                  }
                                                                }
                                                              }
                                                              var valid16 = _errs84 === errors;
                                                            } else {
                                                              var valid16 = true;
                                                            }
                                                            if (valid16) {
                                                              if (data26.improvement_limit !== void 0) {
                                                                let data29 = data26.improvement_limit;
                                                                const _errs89 = errors;
                                                                if (errors === _errs89) {
                                                                  if (typeof data29 == "number") {
                                                                    if (data29 <= 1 || isNaN(data29)) {
                                                                      validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/improvement_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/improvement_limit/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1" }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/improvement_limit", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/improvement_limit/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid16 = _errs89 === errors;
                                                              } else {
                                                                var valid16 = true;
                                                              }
                                                              if (valid16) {
                                                                if (data26.minimum_threshold !== void 0) {
                                                                  const _errs91 = errors;
                                                                  if (!(typeof data26.minimum_threshold == "number")) {
                                                                    validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/minimum_threshold", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/minimum_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                    return false;
                                                                  }
                                                                  var valid16 = _errs91 === errors;
                                                                } else {
                                                                  var valid16 = true;
                                                                }
                                                                if (valid16) {
                                                                  if (data26.maximum_threshold !== void 0) {
                                                                    const _errs93 = errors;
                                                                    if (!(typeof data26.maximum_threshold == "number")) {
                                                                      validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/maximum_threshold", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/maximum_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                      return false;
                                                                    }
                                                                    var valid16 = _errs93 === errors;
                                                                  } else {
                                                                    var valid16 = true;
                                                                  }
                                                                  if (valid16) {
                                                                    if (data26.direction !== void 0) {
                                                                      let data32 = data26.direction;
                                                                      const _errs95 = errors;
                                                                      if (!(data32 === "smaller" || data32 === "bigger")) {
                                                                        validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema1.properties.overrides.items.properties.baseline_thresholds.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" }];
                                                                        return false;
                                                                      }
                                                                      var valid16 = _errs95 === errors;
                                                                    } else {
                                                                      var valid16 = true;
                                                                    }
                                                                    if (valid16) {
                                                                      if (data26.fail !== void 0) {
                                                                        const _errs96 = errors;
                                                                        if (typeof data26.fail !== "boolean") {
                                                                          validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/properties/fail/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                          return false;
                                                                        }
                                                                        var valid16 = _errs96 === errors;
                                                                      } else {
                                                                        var valid16 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid15 = _errs76 === errors;
                                                    if (!valid15) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/baseline_thresholds", schemaPath: "#/properties/overrides/items/properties/baseline_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid10 = _errs73 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate1.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid9 = _errs54 === errors;
                                if (!valid9) {
                                  break;
                                }
                              }
                            } else {
                              validate1.errors = [{ instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs52 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate1.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var index = validate2;
var schema2 = { "type": "object", "required": ["version", "suite", "name", "updated", "months", "branches", "benchmarks"], "properties": { "version": { "const": 1 }, "suite": { "type": "string" }, "name": { "type": "string" }, "updated": { "type": "string" }, "months": { "type": "array", "items": { "type": "object", "required": ["month", "runs"], "properties": { "month": { "type": "string" }, "runs": { "type": "number" } } } }, "branches": { "type": "object", "additionalProperties": { "type": "number" } }, "testbeds": { "type": "object", "additionalProperties": { "type": "number" } }, "appends": { "type": "integer", "minimum": 0 }, "benchmarks": { "type": "array", "items": { "type": "object", "required": ["key", "name", "metrics", "months", "last"], "properties": { "key": { "type": "string" }, "name": { "type": "string" }, "group": { "type": "string" }, "months": { "type": "array", "items": { "type": "string" } }, "chunks": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "integer", "minimum": 0 } }, "last": { "type": "string" }, "metrics": { "type": "object", "additionalProperties": { "type": "object", "required": ["unit", "direction"], "properties": { "unit": { "type": "string" }, "direction": { "enum": ["smaller", "bigger"] }, "limit": { "type": ["number", "null"] }, "threshold": { "type": ["number", "null"] } } } } } } }, "latest": { "type": "object", "additionalProperties": { "type": "object", "required": ["id", "sha", "recordedAt", "rows"], "properties": { "id": { "type": "string" }, "sha": { "type": "string" }, "recordedAt": { "type": "string" }, "verdict": { "type": "string" }, "rows": { "type": "array", "items": { "type": "object", "required": ["benchmark", "metric", "status"], "properties": { "benchmark": { "type": "string" }, "metric": { "type": "string" }, "status": { "type": "string" }, "ratio": { "type": ["number", "null"] }, "measured": { "type": ["number", "null"] }, "accepted": { "type": "string" } } } } } } } } };
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.suite === void 0 && (missing0 = "suite") || data.name === void 0 && (missing0 = "name") || data.updated === void 0 && (missing0 = "updated") || data.months === void 0 && (missing0 = "months") || data.branches === void 0 && (missing0 = "branches") || data.benchmarks === void 0 && (missing0 = "benchmarks")) {
        validate2.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (1 !== data.version) {
            validate2.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.suite !== void 0) {
            const _errs2 = errors;
            if (typeof data.suite !== "string") {
              validate2.errors = [{ instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              const _errs4 = errors;
              if (typeof data.name !== "string") {
                validate2.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.updated !== void 0) {
                const _errs6 = errors;
                if (typeof data.updated !== "string") {
                  validate2.errors = [{ instancePath: instancePath + "/updated", schemaPath: "#/properties/updated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.months !== void 0) {
                  let data4 = data.months;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data5 = data4[i0];
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            let missing1;
                            if (data5.month === void 0 && (missing1 = "month") || data5.runs === void 0 && (missing1 = "runs")) {
                              validate2.errors = [{ instancePath: instancePath + "/months/" + i0, schemaPath: "#/properties/months/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              if (data5.month !== void 0) {
                                const _errs12 = errors;
                                if (typeof data5.month !== "string") {
                                  validate2.errors = [{ instancePath: instancePath + "/months/" + i0 + "/month", schemaPath: "#/properties/months/items/properties/month/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.runs !== void 0) {
                                  const _errs14 = errors;
                                  if (!(typeof data5.runs == "number")) {
                                    validate2.errors = [{ instancePath: instancePath + "/months/" + i0 + "/runs", schemaPath: "#/properties/months/items/properties/runs/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          } else {
                            validate2.errors = [{ instancePath: instancePath + "/months/" + i0, schemaPath: "#/properties/months/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate2.errors = [{ instancePath: instancePath + "/months", schemaPath: "#/properties/months/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.branches !== void 0) {
                    let data8 = data.branches;
                    const _errs16 = errors;
                    if (errors === _errs16) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key0 in data8) {
                          const _errs19 = errors;
                          if (!(typeof data8[key0] == "number")) {
                            validate2.errors = [{ instancePath: instancePath + "/branches/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/branches/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                          var valid3 = _errs19 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate2.errors = [{ instancePath: instancePath + "/branches", schemaPath: "#/properties/branches/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.testbeds !== void 0) {
                      let data10 = data.testbeds;
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                          for (const key1 in data10) {
                            const _errs24 = errors;
                            if (!(typeof data10[key1] == "number")) {
                              validate2.errors = [{ instancePath: instancePath + "/testbeds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/testbeds/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid4 = _errs24 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        } else {
                          validate2.errors = [{ instancePath: instancePath + "/testbeds", schemaPath: "#/properties/testbeds/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.appends !== void 0) {
                        let data12 = data.appends;
                        const _errs26 = errors;
                        if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                          validate2.errors = [{ instancePath: instancePath + "/appends", schemaPath: "#/properties/appends/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs26) {
                          if (typeof data12 == "number") {
                            if (data12 < 0 || isNaN(data12)) {
                              validate2.errors = [{ instancePath: instancePath + "/appends", schemaPath: "#/properties/appends/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs26 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.benchmarks !== void 0) {
                          let data13 = data.benchmarks;
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (Array.isArray(data13)) {
                              var valid5 = true;
                              const len1 = data13.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data14 = data13[i1];
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                    let missing2;
                                    if (data14.key === void 0 && (missing2 = "key") || data14.name === void 0 && (missing2 = "name") || data14.metrics === void 0 && (missing2 = "metrics") || data14.months === void 0 && (missing2 = "months") || data14.last === void 0 && (missing2 = "last")) {
                                      validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1, schemaPath: "#/properties/benchmarks/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                      return false;
                                    } else {
                                      if (data14.key !== void 0) {
                                        const _errs32 = errors;
                                        if (typeof data14.key !== "string") {
                                          validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/key", schemaPath: "#/properties/benchmarks/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs32 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data14.name !== void 0) {
                                          const _errs34 = errors;
                                          if (typeof data14.name !== "string") {
                                            validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/name", schemaPath: "#/properties/benchmarks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid6 = _errs34 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data14.group !== void 0) {
                                            const _errs36 = errors;
                                            if (typeof data14.group !== "string") {
                                              validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/group", schemaPath: "#/properties/benchmarks/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs36 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data14.months !== void 0) {
                                              let data18 = data14.months;
                                              const _errs38 = errors;
                                              if (errors === _errs38) {
                                                if (Array.isArray(data18)) {
                                                  var valid7 = true;
                                                  const len2 = data18.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs40 = errors;
                                                    if (typeof data18[i2] !== "string") {
                                                      validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/months/" + i2, schemaPath: "#/properties/benchmarks/items/properties/months/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid7 = _errs40 === errors;
                                                    if (!valid7) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/months", schemaPath: "#/properties/benchmarks/items/properties/months/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid6 = _errs38 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data14.chunks !== void 0) {
                                                let data20 = data14.chunks;
                                                const _errs42 = errors;
                                                if (errors === _errs42) {
                                                  if (Array.isArray(data20)) {
                                                    if (data20.length > 2) {
                                                      validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/chunks", schemaPath: "#/properties/benchmarks/items/properties/chunks/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                                                      return false;
                                                    } else {
                                                      if (data20.length < 2) {
                                                        validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/chunks", schemaPath: "#/properties/benchmarks/items/properties/chunks/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                                                        return false;
                                                      } else {
                                                        var valid8 = true;
                                                        const len3 = data20.length;
                                                        for (let i3 = 0; i3 < len3; i3++) {
                                                          let data21 = data20[i3];
                                                          const _errs44 = errors;
                                                          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                                                            validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/chunks/" + i3, schemaPath: "#/properties/benchmarks/items/properties/chunks/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs44) {
                                                            if (typeof data21 == "number") {
                                                              if (data21 < 0 || isNaN(data21)) {
                                                                validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/chunks/" + i3, schemaPath: "#/properties/benchmarks/items/properties/chunks/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid8 = _errs44 === errors;
                                                          if (!valid8) {
                                                            break;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/chunks", schemaPath: "#/properties/benchmarks/items/properties/chunks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid6 = _errs42 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data14.last !== void 0) {
                                                  const _errs46 = errors;
                                                  if (typeof data14.last !== "string") {
                                                    validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/last", schemaPath: "#/properties/benchmarks/items/properties/last/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs46 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                                if (valid6) {
                                                  if (data14.metrics !== void 0) {
                                                    let data23 = data14.metrics;
                                                    const _errs48 = errors;
                                                    if (errors === _errs48) {
                                                      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                        for (const key2 in data23) {
                                                          let data24 = data23[key2];
                                                          const _errs51 = errors;
                                                          if (errors === _errs51) {
                                                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                                              let missing3;
                                                              if (data24.unit === void 0 && (missing3 = "unit") || data24.direction === void 0 && (missing3 = "direction")) {
                                                                validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                return false;
                                                              } else {
                                                                if (data24.unit !== void 0) {
                                                                  const _errs53 = errors;
                                                                  if (typeof data24.unit !== "string") {
                                                                    validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/unit", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid10 = _errs53 === errors;
                                                                } else {
                                                                  var valid10 = true;
                                                                }
                                                                if (valid10) {
                                                                  if (data24.direction !== void 0) {
                                                                    let data26 = data24.direction;
                                                                    const _errs55 = errors;
                                                                    if (!(data26 === "smaller" || data26 === "bigger")) {
                                                                      validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema2.properties.benchmarks.items.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values" }];
                                                                      return false;
                                                                    }
                                                                    var valid10 = _errs55 === errors;
                                                                  } else {
                                                                    var valid10 = true;
                                                                  }
                                                                  if (valid10) {
                                                                    if (data24.limit !== void 0) {
                                                                      let data27 = data24.limit;
                                                                      const _errs56 = errors;
                                                                      if (!(typeof data27 == "number") && data27 !== null) {
                                                                        validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/limit/type", keyword: "type", params: { type: schema2.properties.benchmarks.items.properties.metrics.additionalProperties.properties.limit.type }, message: "must be number,null" }];
                                                                        return false;
                                                                      }
                                                                      var valid10 = _errs56 === errors;
                                                                    } else {
                                                                      var valid10 = true;
                                                                    }
                                                                    if (valid10) {
                                                                      if (data24.threshold !== void 0) {
                                                                        let data28 = data24.threshold;
                                                                        const _errs58 = errors;
                                                                        if (!(typeof data28 == "number") && data28 !== null) {
                                                                          validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/properties/threshold/type", keyword: "type", params: { type: schema2.properties.benchmarks.items.properties.metrics.additionalProperties.properties.threshold.type }, message: "must be number,null" }];
                                                                          return false;
                                                                        }
                                                                        var valid10 = _errs58 === errors;
                                                                      } else {
                                                                        var valid10 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/benchmarks/items/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid9 = _errs51 === errors;
                                                          if (!valid9) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1 + "/metrics", schemaPath: "#/properties/benchmarks/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid6 = _errs48 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate2.errors = [{ instancePath: instancePath + "/benchmarks/" + i1, schemaPath: "#/properties/benchmarks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs30 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              validate2.errors = [{ instancePath: instancePath + "/benchmarks", schemaPath: "#/properties/benchmarks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs28 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.latest !== void 0) {
                            let data29 = data.latest;
                            const _errs60 = errors;
                            if (errors === _errs60) {
                              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                for (const key3 in data29) {
                                  let data30 = data29[key3];
                                  const _errs63 = errors;
                                  if (errors === _errs63) {
                                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                      let missing4;
                                      if (data30.id === void 0 && (missing4 = "id") || data30.sha === void 0 && (missing4 = "sha") || data30.recordedAt === void 0 && (missing4 = "recordedAt") || data30.rows === void 0 && (missing4 = "rows")) {
                                        validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/latest/additionalProperties/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                        return false;
                                      } else {
                                        if (data30.id !== void 0) {
                                          const _errs65 = errors;
                                          if (typeof data30.id !== "string") {
                                            validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/id", schemaPath: "#/properties/latest/additionalProperties/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid12 = _errs65 === errors;
                                        } else {
                                          var valid12 = true;
                                        }
                                        if (valid12) {
                                          if (data30.sha !== void 0) {
                                            const _errs67 = errors;
                                            if (typeof data30.sha !== "string") {
                                              validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/latest/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid12 = _errs67 === errors;
                                          } else {
                                            var valid12 = true;
                                          }
                                          if (valid12) {
                                            if (data30.recordedAt !== void 0) {
                                              const _errs69 = errors;
                                              if (typeof data30.recordedAt !== "string") {
                                                validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/recordedAt", schemaPath: "#/properties/latest/additionalProperties/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs69 === errors;
                                            } else {
                                              var valid12 = true;
                                            }
                                            if (valid12) {
                                              if (data30.verdict !== void 0) {
                                                const _errs71 = errors;
                                                if (typeof data30.verdict !== "string") {
                                                  validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/verdict", schemaPath: "#/properties/latest/additionalProperties/properties/verdict/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid12 = _errs71 === errors;
                                              } else {
                                                var valid12 = true;
                                              }
                                              if (valid12) {
                                                if (data30.rows !== void 0) {
                                                  let data35 = data30.rows;
                                                  const _errs73 = errors;
                                                  if (errors === _errs73) {
                                                    if (Array.isArray(data35)) {
                                                      var valid13 = true;
                                                      const len4 = data35.length;
                                                      for (let i4 = 0; i4 < len4; i4++) {
                                                        let data36 = data35[i4];
                                                        const _errs75 = errors;
                                                        if (errors === _errs75) {
                                                          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                            let missing5;
                                                            if (data36.benchmark === void 0 && (missing5 = "benchmark") || data36.metric === void 0 && (missing5 = "metric") || data36.status === void 0 && (missing5 = "status")) {
                                                              validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4, schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                              return false;
                                                            } else {
                                                              if (data36.benchmark !== void 0) {
                                                                const _errs77 = errors;
                                                                if (typeof data36.benchmark !== "string") {
                                                                  validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/benchmark", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/benchmark/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid14 = _errs77 === errors;
                                                              } else {
                                                                var valid14 = true;
                                                              }
                                                              if (valid14) {
                                                                if (data36.metric !== void 0) {
                                                                  const _errs79 = errors;
                                                                  if (typeof data36.metric !== "string") {
                                                                    validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/metric", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid14 = _errs79 === errors;
                                                                } else {
                                                                  var valid14 = true;
                                                                }
                                                                if (valid14) {
                                                                  if (data36.status !== void 0) {
                                                                    const _errs81 = errors;
                                                                    if (typeof data36.status !== "string") {
                                                                      validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/status", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid14 = _errs81 === errors;
                                                                  } else {
                                                                    var valid14 = true;
                                                                  }
                                                                  if (valid14) {
                                                                    if (data36.ratio !== void 0) {
                                                                      let data40 = data36.ratio;
                                                                      const _errs83 = errors;
                                                                      if (!(typeof data40 == "number") && data40 !== null) {
                                                                        validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/ratio", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/ratio/type", keyword: "type", params: { type: schema2.properties.latest.additionalProperties.properties.rows.items.properties.ratio.type }, message: "must be number,null" }];
                                                                        return false;
                                                                      }
                                                                      var valid14 = _errs83 === errors;
                                                                    } else {
                                                                      var valid14 = true;
                                                                    }
                                                                    if (valid14) {
                                                                      if (data36.measured !== void 0) {
                                                                        let data41 = data36.measured;
                                                                        const _errs85 = errors;
                                                                        if (!(typeof data41 == "number") && data41 !== null) {
                                                                          validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/measured", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/measured/type", keyword: "type", params: { type: schema2.properties.latest.additionalProperties.properties.rows.items.properties.measured.type }, message: "must be number,null" }];
                                                                          return false;
                                                                        }
                                                                        var valid14 = _errs85 === errors;
                                                                      } else {
                                                                        var valid14 = true;
                                                                      }
                                                                      if (valid14) {
                                                                        if (data36.accepted !== void 0) {
                                                                          const _errs87 = errors;
                                                                          if (typeof data36.accepted !== "string") {
                                                                            validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4 + "/accepted", schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/properties/accepted/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid14 = _errs87 === errors;
                                                                        } else {
                                                                          var valid14 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i4, schemaPath: "#/properties/latest/additionalProperties/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid13 = _errs75 === errors;
                                                        if (!valid13) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows", schemaPath: "#/properties/latest/additionalProperties/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid12 = _errs73 === errors;
                                                } else {
                                                  var valid12 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate2.errors = [{ instancePath: instancePath + "/latest/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/latest/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid11 = _errs63 === errors;
                                  if (!valid11) {
                                    break;
                                  }
                                }
                              } else {
                                validate2.errors = [{ instancePath: instancePath + "/latest", schemaPath: "#/properties/latest/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs60 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate2.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate2.errors = vErrors;
  return errors === 0;
}
var runLog = validate3;
var schema3 = { "type": "object", "required": ["runs"], "properties": { "runs": { "type": "array", "items": { "type": "object", "required": ["id", "sha", "recordedAt"], "properties": { "id": { "type": "string" }, "sha": { "type": "string" }, "recordedAt": { "type": "string" }, "branch": { "type": "string" }, "verdict": { "type": "string" }, "identity": { "type": "string" }, "testbed": { "type": "string" }, "flagged": { "type": "array", "items": { "type": "object", "required": ["benchmark", "metric", "status"], "properties": { "benchmark": { "type": "string" }, "metric": { "type": "string" }, "status": { "type": "string" }, "ratio": { "type": ["number", "null"] }, "measured": { "type": ["number", "null"] }, "accepted": { "type": "string" } } } } } } } } };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.runs === void 0 && (missing0 = "runs")) {
        validate3.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.runs !== void 0) {
          let data0 = data.runs;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.id === void 0 && (missing1 = "id") || data1.sha === void 0 && (missing1 = "sha") || data1.recordedAt === void 0 && (missing1 = "recordedAt")) {
                      validate3.errors = [{ instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data1.id !== void 0) {
                        const _errs5 = errors;
                        if (typeof data1.id !== "string") {
                          validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/id", schemaPath: "#/properties/runs/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs5 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.sha !== void 0) {
                          const _errs7 = errors;
                          if (typeof data1.sha !== "string") {
                            validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/sha", schemaPath: "#/properties/runs/items/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.recordedAt !== void 0) {
                            const _errs9 = errors;
                            if (typeof data1.recordedAt !== "string") {
                              validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/recordedAt", schemaPath: "#/properties/runs/items/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.branch !== void 0) {
                              const _errs11 = errors;
                              if (typeof data1.branch !== "string") {
                                validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/branch", schemaPath: "#/properties/runs/items/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.verdict !== void 0) {
                                const _errs13 = errors;
                                if (typeof data1.verdict !== "string") {
                                  validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/verdict", schemaPath: "#/properties/runs/items/properties/verdict/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.identity !== void 0) {
                                  const _errs15 = errors;
                                  if (typeof data1.identity !== "string") {
                                    validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/identity", schemaPath: "#/properties/runs/items/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs15 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data1.testbed !== void 0) {
                                    const _errs17 = errors;
                                    if (typeof data1.testbed !== "string") {
                                      validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/testbed", schemaPath: "#/properties/runs/items/properties/testbed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs17 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data1.flagged !== void 0) {
                                      let data9 = data1.flagged;
                                      const _errs19 = errors;
                                      if (errors === _errs19) {
                                        if (Array.isArray(data9)) {
                                          var valid3 = true;
                                          const len1 = data9.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            let data10 = data9[i1];
                                            const _errs21 = errors;
                                            if (errors === _errs21) {
                                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                let missing2;
                                                if (data10.benchmark === void 0 && (missing2 = "benchmark") || data10.metric === void 0 && (missing2 = "metric") || data10.status === void 0 && (missing2 = "status")) {
                                                  validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1, schemaPath: "#/properties/runs/items/properties/flagged/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                  return false;
                                                } else {
                                                  if (data10.benchmark !== void 0) {
                                                    const _errs23 = errors;
                                                    if (typeof data10.benchmark !== "string") {
                                                      validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/benchmark", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/benchmark/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs23 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data10.metric !== void 0) {
                                                      const _errs25 = errors;
                                                      if (typeof data10.metric !== "string") {
                                                        validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/metric", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid4 = _errs25 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data10.status !== void 0) {
                                                        const _errs27 = errors;
                                                        if (typeof data10.status !== "string") {
                                                          validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/status", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid4 = _errs27 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (data10.ratio !== void 0) {
                                                          let data14 = data10.ratio;
                                                          const _errs29 = errors;
                                                          if (!(typeof data14 == "number") && data14 !== null) {
                                                            validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/ratio", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/ratio/type", keyword: "type", params: { type: schema3.properties.runs.items.properties.flagged.items.properties.ratio.type }, message: "must be number,null" }];
                                                            return false;
                                                          }
                                                          var valid4 = _errs29 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                        if (valid4) {
                                                          if (data10.measured !== void 0) {
                                                            let data15 = data10.measured;
                                                            const _errs31 = errors;
                                                            if (!(typeof data15 == "number") && data15 !== null) {
                                                              validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/measured", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/measured/type", keyword: "type", params: { type: schema3.properties.runs.items.properties.flagged.items.properties.measured.type }, message: "must be number,null" }];
                                                              return false;
                                                            }
                                                            var valid4 = _errs31 === errors;
                                                          } else {
                                                            var valid4 = true;
                                                          }
                                                          if (valid4) {
                                                            if (data10.accepted !== void 0) {
                                                              const _errs33 = errors;
                                                              if (typeof data10.accepted !== "string") {
                                                                validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1 + "/accepted", schemaPath: "#/properties/runs/items/properties/flagged/items/properties/accepted/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid4 = _errs33 === errors;
                                                            } else {
                                                              var valid4 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged/" + i1, schemaPath: "#/properties/runs/items/properties/flagged/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs21 === errors;
                                            if (!valid3) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate3.errors = [{ instancePath: instancePath + "/runs/" + i0 + "/flagged", schemaPath: "#/properties/runs/items/properties/flagged/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs19 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate3.errors = [{ instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate3.errors = [{ instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate3.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate3.errors = vErrors;
  return errors === 0;
}
var run = validate4;
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.suite === void 0 && (missing0 = "suite") || data.commit === void 0 && (missing0 = "commit") || data.recordedAt === void 0 && (missing0 = "recordedAt") || data.results === void 0 && (missing0 = "results")) {
        validate4.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (1 !== data.version) {
            validate4.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.suite !== void 0) {
            const _errs2 = errors;
            if (typeof data.suite !== "string") {
              validate4.errors = [{ instancePath: instancePath + "/suite", schemaPath: "#/properties/suite/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.commit !== void 0) {
              let data2 = data.commit;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.sha === void 0 && (missing1 = "sha")) {
                    validate4.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.sha !== void 0) {
                      if (typeof data2.sha !== "string") {
                        validate4.errors = [{ instancePath: instancePath + "/commit/sha", schemaPath: "#/properties/commit/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                } else {
                  validate4.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.recordedAt !== void 0) {
                const _errs8 = errors;
                if (typeof data.recordedAt !== "string") {
                  validate4.errors = [{ instancePath: instancePath + "/recordedAt", schemaPath: "#/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.branch !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.branch !== "string") {
                    validate4.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.identity !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.identity !== "string") {
                      validate4.errors = [{ instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.verdict !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.verdict !== "string") {
                        validate4.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.results !== void 0) {
                        let data8 = data.results;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                            let missing2;
                            if (data8.benchmarks === void 0 && (missing2 = "benchmarks")) {
                              validate4.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data8.benchmarks !== void 0) {
                                let data9 = data8.benchmarks;
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (Array.isArray(data9)) {
                                    var valid3 = true;
                                    const len0 = data9.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data10 = data9[i0];
                                      const _errs20 = errors;
                                      if (errors === _errs20) {
                                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                          let missing3;
                                          if (data10.name === void 0 && (missing3 = "name") || data10.metrics === void 0 && (missing3 = "metrics")) {
                                            validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0, schemaPath: "#/properties/results/properties/benchmarks/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                            return false;
                                          } else {
                                            if (data10.name !== void 0) {
                                              const _errs22 = errors;
                                              if (typeof data10.name !== "string") {
                                                validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0 + "/name", schemaPath: "#/properties/results/properties/benchmarks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid4 = _errs22 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data10.metrics !== void 0) {
                                                let data12 = data10.metrics;
                                                const _errs24 = errors;
                                                if (errors === _errs24) {
                                                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                                    for (const key0 in data12) {
                                                      let data13 = data12[key0];
                                                      const _errs27 = errors;
                                                      if (errors === _errs27) {
                                                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                                          let missing4;
                                                          if (data13.value === void 0 && (missing4 = "value") || data13.unit === void 0 && (missing4 = "unit") || data13.direction === void 0 && (missing4 = "direction")) {
                                                            validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0 + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/results/properties/benchmarks/items/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                            return false;
                                                          } else {
                                                            if (data13.value !== void 0) {
                                                              if (!(typeof data13.value == "number")) {
                                                                validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0 + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/results/properties/benchmarks/items/properties/metrics/additionalProperties/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0 + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/results/properties/benchmarks/items/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid5 = _errs27 === errors;
                                                      if (!valid5) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0 + "/metrics", schemaPath: "#/properties/results/properties/benchmarks/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs24 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate4.errors = [{ instancePath: instancePath + "/results/benchmarks/" + i0, schemaPath: "#/properties/results/properties/benchmarks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs20 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate4.errors = [{ instancePath: instancePath + "/results/benchmarks", schemaPath: "#/properties/results/properties/benchmarks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                              }
                            }
                          } else {
                            validate4.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate4.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate4.errors = vErrors;
  return errors === 0;
}
var series = validate5;
var schema5 = { "type": "object", "required": ["points"], "properties": { "name": { "type": "string" }, "points": { "type": "array", "items": { "type": "object", "required": ["id", "t", "m"], "properties": { "id": { "type": "string" }, "t": { "type": "string" }, "branch": { "type": "string" }, "tb": { "type": "string" }, "m": { "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": ["number", "null"] } } }, "f": { "type": "object", "additionalProperties": { "type": "string" } } } } } } };
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.points === void 0 && (missing0 = "points")) {
        validate5.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate5.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.points !== void 0) {
            let data1 = data.points;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.id === void 0 && (missing1 = "id") || data2.t === void 0 && (missing1 = "t") || data2.m === void 0 && (missing1 = "m")) {
                        validate5.errors = [{ instancePath: instancePath + "/points/" + i0, schemaPath: "#/properties/points/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.id !== void 0) {
                          const _errs7 = errors;
                          if (typeof data2.id !== "string") {
                            validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/id", schemaPath: "#/properties/points/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.t !== void 0) {
                            const _errs9 = errors;
                            if (typeof data2.t !== "string") {
                              validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/t", schemaPath: "#/properties/points/items/properties/t/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.branch !== void 0) {
                              const _errs11 = errors;
                              if (typeof data2.branch !== "string") {
                                validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/branch", schemaPath: "#/properties/points/items/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.tb !== void 0) {
                                const _errs13 = errors;
                                if (typeof data2.tb !== "string") {
                                  validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/tb", schemaPath: "#/properties/points/items/properties/tb/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.m !== void 0) {
                                  let data7 = data2.m;
                                  const _errs15 = errors;
                                  if (errors === _errs15) {
                                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                      for (const key0 in data7) {
                                        let data8 = data7[key0];
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                          if (Array.isArray(data8)) {
                                            if (data8.length < 1) {
                                              validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/m/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/points/items/properties/m/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                              return false;
                                            } else {
                                              var valid4 = true;
                                              const len1 = data8.length;
                                              for (let i1 = 0; i1 < len1; i1++) {
                                                let data9 = data8[i1];
                                                const _errs20 = errors;
                                                if (!(typeof data9 == "number") && data9 !== null) {
                                                  validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/m/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/points/items/properties/m/additionalProperties/items/type", keyword: "type", params: { type: schema5.properties.points.items.properties.m.additionalProperties.items.type }, message: "must be number,null" }];
                                                  return false;
                                                }
                                                var valid4 = _errs20 === errors;
                                                if (!valid4) {
                                                  break;
                                                }
                                              }
                                            }
                                          } else {
                                            validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/m/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/points/items/properties/m/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs18 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/m", schemaPath: "#/properties/points/items/properties/m/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs15 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.f !== void 0) {
                                    let data10 = data2.f;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                        for (const key1 in data10) {
                                          const _errs25 = errors;
                                          if (typeof data10[key1] !== "string") {
                                            validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/f/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/points/items/properties/f/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid5 = _errs25 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate5.errors = [{ instancePath: instancePath + "/points/" + i0 + "/f", schemaPath: "#/properties/points/items/properties/f/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs22 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate5.errors = [{ instancePath: instancePath + "/points/" + i0, schemaPath: "#/properties/points/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate5.errors = [{ instancePath: instancePath + "/points", schemaPath: "#/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate5.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate5.errors = vErrors;
  return errors === 0;
}
var chunk = validate6;
var schema6 = { "type": "object", "required": ["version", "br", "tb", "p"], "properties": { "version": { "const": 2 }, "br": { "type": "array", "items": { "type": ["string", "null"] } }, "tb": { "type": "array", "items": { "type": ["string", "null"] } }, "p": { "type": "array", "items": { "type": "array", "minItems": 4, "maxItems": 5, "items": [{ "type": "number" }, { "type": "integer", "minimum": 0 }, { "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": ["number", "null"] } } }, { "type": "object", "additionalProperties": { "type": "string" } }] } } } };
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.br === void 0 && (missing0 = "br") || data.tb === void 0 && (missing0 = "tb") || data.p === void 0 && (missing0 = "p")) {
        validate6.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (2 !== data.version) {
            validate6.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.br !== void 0) {
            let data1 = data.br;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs4 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate6.errors = [{ instancePath: instancePath + "/br/" + i0, schemaPath: "#/properties/br/items/type", keyword: "type", params: { type: schema6.properties.br.items.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate6.errors = [{ instancePath: instancePath + "/br", schemaPath: "#/properties/br/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tb !== void 0) {
              let data3 = data.tb;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data3)) {
                  var valid2 = true;
                  const len1 = data3.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data4 = data3[i1];
                    const _errs8 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate6.errors = [{ instancePath: instancePath + "/tb/" + i1, schemaPath: "#/properties/tb/items/type", keyword: "type", params: { type: schema6.properties.tb.items.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate6.errors = [{ instancePath: instancePath + "/tb", schemaPath: "#/properties/tb/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.p !== void 0) {
                let data5 = data.p;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data5)) {
                    var valid3 = true;
                    const len2 = data5.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data6 = data5[i2];
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data6)) {
                          if (data6.length > 5) {
                            validate6.errors = [{ instancePath: instancePath + "/p/" + i2, schemaPath: "#/properties/p/items/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" }];
                            return false;
                          } else {
                            if (data6.length < 4) {
                              validate6.errors = [{ instancePath: instancePath + "/p/" + i2, schemaPath: "#/properties/p/items/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items" }];
                              return false;
                            } else {
                              const len3 = data6.length;
                              if (len3 > 0) {
                                const _errs14 = errors;
                                if (!(typeof data6[0] == "number")) {
                                  validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/0", schemaPath: "#/properties/p/items/items/0/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                                var valid4 = _errs14 === errors;
                              }
                              if (valid4) {
                                if (len3 > 1) {
                                  let data8 = data6[1];
                                  const _errs16 = errors;
                                  if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
                                    validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/1", schemaPath: "#/properties/p/items/items/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs16) {
                                    if (typeof data8 == "number") {
                                      if (data8 < 0 || isNaN(data8)) {
                                        validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/1", schemaPath: "#/properties/p/items/items/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid4 = _errs16 === errors;
                                }
                                if (valid4) {
                                  if (len3 > 2) {
                                    let data9 = data6[2];
                                    const _errs18 = errors;
                                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                                      validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/2", schemaPath: "#/properties/p/items/items/2/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs18) {
                                      if (typeof data9 == "number") {
                                        if (data9 < 0 || isNaN(data9)) {
                                          validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/2", schemaPath: "#/properties/p/items/items/2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid4 = _errs18 === errors;
                                  }
                                  if (valid4) {
                                    if (len3 > 3) {
                                      let data10 = data6[3];
                                      const _errs20 = errors;
                                      if (errors === _errs20) {
                                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                          for (const key0 in data10) {
                                            let data11 = data10[key0];
                                            const _errs23 = errors;
                                            if (errors === _errs23) {
                                              if (Array.isArray(data11)) {
                                                if (data11.length < 1) {
                                                  validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/3/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/p/items/items/3/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                  return false;
                                                } else {
                                                  var valid6 = true;
                                                  const len4 = data11.length;
                                                  for (let i3 = 0; i3 < len4; i3++) {
                                                    let data12 = data11[i3];
                                                    const _errs25 = errors;
                                                    if (!(typeof data12 == "number") && data12 !== null) {
                                                      validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/3/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/p/items/items/3/additionalProperties/items/type", keyword: "type", params: { type: schema6.properties.p.items.items[3].additionalProperties.items.type }, message: "must be number,null" }];
                                                      return false;
                                                    }
                                                    var valid6 = _errs25 === errors;
                                                    if (!valid6) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/3/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/p/items/items/3/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs23 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/3", schemaPath: "#/properties/p/items/items/3/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs20 === errors;
                                    }
                                    if (valid4) {
                                      if (len3 > 4) {
                                        let data13 = data6[4];
                                        const _errs27 = errors;
                                        if (errors === _errs27) {
                                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                            for (const key1 in data13) {
                                              const _errs30 = errors;
                                              if (typeof data13[key1] !== "string") {
                                                validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/4/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/p/items/items/4/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs30 === errors;
                                              if (!valid7) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate6.errors = [{ instancePath: instancePath + "/p/" + i2 + "/4", schemaPath: "#/properties/p/items/items/4/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs27 === errors;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate6.errors = [{ instancePath: instancePath + "/p/" + i2, schemaPath: "#/properties/p/items/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid3 = _errs12 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate6.errors = [{ instancePath: instancePath + "/p", schemaPath: "#/properties/p/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate6.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate6.errors = vErrors;
  return errors === 0;
}
var tail = validate7;
var schema7 = { "type": "object", "required": ["version", "br", "tb", "b"], "properties": { "version": { "const": 2 }, "br": { "type": "array", "items": { "type": ["string", "null"] } }, "tb": { "type": "array", "items": { "type": ["string", "null"] } }, "b": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "array", "minItems": 4, "maxItems": 5, "items": [{ "type": "number" }, { "type": "integer", "minimum": 0 }, { "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": ["number", "null"] } } }, { "type": "object", "additionalProperties": { "type": "string" } }] } } } } };
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.br === void 0 && (missing0 = "br") || data.tb === void 0 && (missing0 = "tb") || data.b === void 0 && (missing0 = "b")) {
        validate7.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (2 !== data.version) {
            validate7.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.br !== void 0) {
            let data1 = data.br;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs4 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate7.errors = [{ instancePath: instancePath + "/br/" + i0, schemaPath: "#/properties/br/items/type", keyword: "type", params: { type: schema7.properties.br.items.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate7.errors = [{ instancePath: instancePath + "/br", schemaPath: "#/properties/br/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tb !== void 0) {
              let data3 = data.tb;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data3)) {
                  var valid2 = true;
                  const len1 = data3.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data4 = data3[i1];
                    const _errs8 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate7.errors = [{ instancePath: instancePath + "/tb/" + i1, schemaPath: "#/properties/tb/items/type", keyword: "type", params: { type: schema7.properties.tb.items.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate7.errors = [{ instancePath: instancePath + "/tb", schemaPath: "#/properties/tb/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.b !== void 0) {
                let data5 = data.b;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    for (const key0 in data5) {
                      let data6 = data5[key0];
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (Array.isArray(data6)) {
                          var valid4 = true;
                          const len2 = data6.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data7 = data6[i2];
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (Array.isArray(data7)) {
                                if (data7.length > 5) {
                                  validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/b/additionalProperties/items/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" }];
                                  return false;
                                } else {
                                  if (data7.length < 4) {
                                    validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/b/additionalProperties/items/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items" }];
                                    return false;
                                  } else {
                                    const len3 = data7.length;
                                    if (len3 > 0) {
                                      const _errs17 = errors;
                                      if (!(typeof data7[0] == "number")) {
                                        validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/0", schemaPath: "#/properties/b/additionalProperties/items/items/0/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid5 = _errs17 === errors;
                                    }
                                    if (valid5) {
                                      if (len3 > 1) {
                                        let data9 = data7[1];
                                        const _errs19 = errors;
                                        if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                                          validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/1", schemaPath: "#/properties/b/additionalProperties/items/items/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs19) {
                                          if (typeof data9 == "number") {
                                            if (data9 < 0 || isNaN(data9)) {
                                              validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/1", schemaPath: "#/properties/b/additionalProperties/items/items/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid5 = _errs19 === errors;
                                      }
                                      if (valid5) {
                                        if (len3 > 2) {
                                          let data10 = data7[2];
                                          const _errs21 = errors;
                                          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                                            validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/2", schemaPath: "#/properties/b/additionalProperties/items/items/2/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs21) {
                                            if (typeof data10 == "number") {
                                              if (data10 < 0 || isNaN(data10)) {
                                                validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/2", schemaPath: "#/properties/b/additionalProperties/items/items/2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid5 = _errs21 === errors;
                                        }
                                        if (valid5) {
                                          if (len3 > 3) {
                                            let data11 = data7[3];
                                            const _errs23 = errors;
                                            if (errors === _errs23) {
                                              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                for (const key1 in data11) {
                                                  let data12 = data11[key1];
                                                  const _errs26 = errors;
                                                  if (errors === _errs26) {
                                                    if (Array.isArray(data12)) {
                                                      if (data12.length < 1) {
                                                        validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/3/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/b/additionalProperties/items/items/3/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                        return false;
                                                      } else {
                                                        var valid7 = true;
                                                        const len4 = data12.length;
                                                        for (let i3 = 0; i3 < len4; i3++) {
                                                          let data13 = data12[i3];
                                                          const _errs28 = errors;
                                                          if (!(typeof data13 == "number") && data13 !== null) {
                                                            validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/3/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/b/additionalProperties/items/items/3/additionalProperties/items/type", keyword: "type", params: { type: schema7.properties.b.additionalProperties.items.items[3].additionalProperties.items.type }, message: "must be number,null" }];
                                                            return false;
                                                          }
                                                          var valid7 = _errs28 === errors;
                                                          if (!valid7) {
                                                            break;
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/3/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/b/additionalProperties/items/items/3/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid6 = _errs26 === errors;
                                                  if (!valid6) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/3", schemaPath: "#/properties/b/additionalProperties/items/items/3/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs23 === errors;
                                          }
                                          if (valid5) {
                                            if (len3 > 4) {
                                              let data14 = data7[4];
                                              const _errs30 = errors;
                                              if (errors === _errs30) {
                                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                  for (const key2 in data14) {
                                                    const _errs33 = errors;
                                                    if (typeof data14[key2] !== "string") {
                                                      validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/4/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/b/additionalProperties/items/items/4/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid8 = _errs33 === errors;
                                                    if (!valid8) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2 + "/4", schemaPath: "#/properties/b/additionalProperties/items/items/4/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid5 = _errs30 === errors;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/b/additionalProperties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid4 = _errs15 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        } else {
                          validate7.errors = [{ instancePath: instancePath + "/b/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/b/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate7.errors = [{ instancePath: instancePath + "/b", schemaPath: "#/properties/b/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate7.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate7.errors = vErrors;
  return errors === 0;
}
var registry = validate8;
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.suites === void 0 && (missing0 = "suites")) {
        validate8.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.suites !== void 0) {
          let data0 = data.suites;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.id === void 0 && (missing1 = "id") || data1.name === void 0 && (missing1 = "name")) {
                      validate8.errors = [{ instancePath: instancePath + "/suites/" + i0, schemaPath: "#/properties/suites/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data1.id !== void 0) {
                        const _errs5 = errors;
                        if (typeof data1.id !== "string") {
                          validate8.errors = [{ instancePath: instancePath + "/suites/" + i0 + "/id", schemaPath: "#/properties/suites/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs5 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.name !== void 0) {
                          const _errs7 = errors;
                          if (typeof data1.name !== "string") {
                            validate8.errors = [{ instancePath: instancePath + "/suites/" + i0 + "/name", schemaPath: "#/properties/suites/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate8.errors = [{ instancePath: instancePath + "/suites/" + i0, schemaPath: "#/properties/suites/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate8.errors = [{ instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate8.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate8.errors = vErrors;
  return errors === 0;
}
var byName = { results, rules, index, runLog, run, series, chunk, tail, registry };
function compileSchema(name) {
  const validate = byName[name];
  if (!validate) throw new Error(`no validator was compiled for the schema "${name}"`);
  return validate;
}

// src/schemas.ts
var rule = {
  type: "object",
  additionalProperties: false,
  properties: {
    regression_limit: {
      description: "Fail when the statistic is worse than baseline \xD7 this (1.10 = 10 % slower). false: no relative rule.",
      anyOf: [{ type: "number", exclusiveMinimum: 1 }, { const: false }],
      examples: [1.1, 1.25, false]
    },
    max_exponent_increase: {
      description: "Size families (benchmarks that differ only by a size: test_x[10], BM_x/1024, test_x_10_15): fail when the growth exponent (log figure against log size) rises by more than this, credibly (0.5: linear to n^1.5). false: not judged. Default 0.5 for time and memory_*.",
      anyOf: [{ type: "number", exclusiveMinimum: 0 }, { const: false }],
      examples: [0.3, false]
    },
    improvement_limit: {
      type: "number",
      exclusiveMinimum: 1,
      description: "Report an improvement past this ratio (default: the regression limit).",
      examples: [1.05]
    },
    minimum_threshold: {
      type: "number",
      description: "Absolute floor: fail when the value is below it (accuracy 0.95).",
      examples: [0.95]
    },
    maximum_threshold: {
      type: "number",
      description: "Absolute ceiling: fail when the value is above it, in base units (seconds, bytes).",
      examples: [0.5]
    },
    direction: {
      enum: ["smaller", "bigger"],
      description: "Which way is better (overrides the format).",
      examples: ["bigger"]
    },
    fail: {
      type: "boolean",
      description: "false: report breaches of this rule without failing the check. Default true for every metric the rules name (and time, memory_*, accuracy, instructions); a metric no rule names is report-only.",
      default: true,
      examples: [false]
    }
  }
};
var thresholds = {
  type: "object",
  description: "Metric name or glob (time, memory_*, accuracy, \u2026) \u2192 rule. execution_time is read as time. Any other metric is compared with a 1.10 limit and reported without failing, unless named here.",
  additionalProperties: rule
};
var globs = { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
var rulesSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/causal-perf-action/schemas/rules.schema.json",
  title: "causal-perf rules file (.github/causal-perf.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    statistic: {
      enum: ["mean", "median", "min"],
      description: "Per-run figure compared: mean (outliers beyond 1.5 IQR dropped), median, or min (the best sample: the smallest time, the largest throughput).",
      default: "mean",
      examples: ["median"]
    },
    confidence: {
      type: "number",
      minimum: 0.5,
      exclusiveMaximum: 1,
      description: "How sure the engine must be that a change is real before it fails.",
      default: 0.99,
      examples: [0.995]
    },
    history: {
      type: "integer",
      minimum: 1,
      maximum: 1e3,
      description: "How many prior runs form the baseline.",
      default: 20,
      examples: [50]
    },
    runner_correction: {
      type: "boolean",
      description: "Factor out a slowdown shared by all benchmarks of a run (a slower runner).",
      default: true,
      examples: [false]
    },
    fail_on_missing: {
      type: "boolean",
      description: "Fail when a benchmark of the baseline is missing from the run.",
      default: false,
      examples: [true]
    },
    ignore: {
      ...globs,
      description: "Benchmarks (name or group globs) to leave out entirely.",
      default: [],
      examples: [["test_flaky_*"]]
    },
    baseline_thresholds: {
      ...thresholds,
      default: {
        time: { regression_limit: 1.1, max_exponent_increase: 0.5 },
        "memory_*": { regression_limit: 1.2, max_exponent_increase: 0.5 },
        accuracy: { regression_limit: false, minimum_threshold: 0.95 },
        instructions: { regression_limit: 1.01 }
      },
      examples: [{ time: { regression_limit: 1.15 }, throughput: { regression_limit: 1.05, direction: "bigger" } }]
    },
    sizes: {
      type: "object",
      description: "Size families a name cannot say (small / medium / large): each family maps its benchmarks to their sizes, and is judged by max_exponent_increase as the families found from names are (at least three benchmarks, sizes spanning 4\xD7 or more). A benchmark named here is in no name-found family.",
      default: {},
      examples: [{ "ui graph render": { test_render_small: 10, test_render_medium: 100, test_render_large: 1e3 } }],
      additionalProperties: {
        type: "object",
        minProperties: 3,
        additionalProperties: { type: "number", exclusiveMinimum: 0 }
      }
    },
    overrides: {
      type: "array",
      description: "Per-benchmark or per-group thresholds, applied in order after baseline_thresholds.",
      default: [],
      examples: [[{ benchmarks: "test_ui_*", baseline_thresholds: { time: { regression_limit: 1.15 } } }]],
      items: {
        type: "object",
        additionalProperties: false,
        required: ["baseline_thresholds"],
        properties: {
          benchmarks: { ...globs, description: "Benchmark name globs this override applies to.", examples: ["test_ui_*"] },
          groups: { ...globs, description: "Group globs this override applies to.", examples: [["ui_rendering"]] },
          baseline_thresholds: thresholds
        }
      }
    }
  }
};
function describeSchemaError(error) {
  const path = error.instancePath.split("/").slice(1).map((p) => /^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, "/").replace(/~0/g, "~")}`).join("").replace(/^\./, "");
  let expected = error.message ?? "is invalid";
  if (error.keyword === "enum")
    expected = `expected one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "additionalProperties")
    expected = `unknown key "${error.params.additionalProperty}"`;
  if (error.keyword === "required")
    expected = `expected the key "${error.params.missingProperty}"`;
  if (error.keyword === "type") expected = `expected ${error.params.type}`;
  if (error.keyword === "minProperties") expected = `expected at least ${error.params.limit} entries`;
  if (error.keyword === "exclusiveMinimum") expected = `expected a number above ${error.params.limit}`;
  return `${path || "(top level)"}: ${expected}`;
}
function lazyValidator(name) {
  let validate;
  return (value) => {
    validate ??= compileSchema(name);
    return validate(value) ? void 0 : validate.errors?.[0] ?? void 0;
  };
}

// src/history/schemas.ts
function conforms(name) {
  const validate = lazyValidator(name);
  return (value) => {
    const e = validate(value);
    return e ? `${e.instancePath || "(top level)"} ${e.message ?? "does not match"}` : true;
  };
}

// src/history/wire.ts
var LAYOUT_VERSION = 1;
var PACKED_VERSION = 2;
var CHUNK_POINTS = 256;
var chunkFile = (key, id) => `series/${key}/c${id}.json`;
var TAIL_FILE = "tail.json";
var Packer = class {
  br = [];
  tb = [];
  ref(table, name) {
    const value = name ?? null;
    let i = table.indexOf(value);
    if (i < 0) i = table.push(value) - 1;
    return i;
  }
  pack(point) {
    const packed = [Date.parse(point.t), this.ref(this.br, point.branch), this.ref(this.tb, point.tb), point.m];
    if (point.f && Object.keys(point.f).length) packed.push(point.f);
    return packed;
  }
};
function unpack(points, br, tb) {
  return points.map(([t, b, d, m, f]) => {
    const point = { t: new Date(t).toISOString(), m };
    const branch = br[b];
    const testbed = tb[d];
    if (branch != null) point.branch = branch;
    if (testbed != null) point.tb = testbed;
    if (f) point.f = f;
    return point;
  });
}
function pointsOf(file) {
  return "p" in file ? unpack(file.p, file.br, file.tb) : file.points;
}
var samePoint = (a, b) => Date.parse(a.t) === Date.parse(b.t) && (a.tb ?? null) === (b.tb ?? null);
var byTime = (a, b) => Date.parse(a.t) - Date.parse(b.t) || (a.tb ?? "").localeCompare(b.tb ?? "");
function trendHash(state) {
  const p = new URLSearchParams();
  if (state.suite) p.set("suite", state.suite);
  if (state.branch) p.set("branch", state.branch);
  if (state.q) p.set("q", state.q);
  if (state.log) p.set("log", "1");
  if (state.b) p.set("b", state.b);
  if (state.tb) p.set("tb", state.tb);
  return p.toString();
}

// src/history/layout.ts
var slug = (s) => s.replace(/[^\w.-]+/g, "_").replace(/^[._]+/, "").slice(0, 60) || "suite";
function benchmarkKey(name) {
  const readable = name.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40);
  return `${readable || "benchmark"}-${createHash("sha1").update(name).digest("hex").slice(0, 10)}`;
}
var runIdOf = (run2) => `${run2.recordedAt.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${slug(run2.commit.sha).slice(0, 10)}-${slug(run2.runId ?? "local")}${run2.testbed ? `-${slug(run2.testbed).slice(0, 24)}-${benchmarkSetHash(run2)}` : ""}`;
function benchmarkSetHash(run2) {
  const names = run2.results.benchmarks.map((b) => b.name).sort();
  return createHash("sha1").update(names.join("\0")).digest("hex").slice(0, 8);
}
var paths = {
  suites: () => "data/suites.json",
  index: (suite) => `data/${slug(suite)}/index.json`,
  runLog: (suite, month) => `data/${slug(suite)}/runs/${month}.json`,
  run: (suite, month, id) => `data/${slug(suite)}/runs/${month}/${id}.json`,
  monthDir: (suite, month) => `data/${slug(suite)}/runs/${month}`,
  series: (suite, key, month) => `data/${slug(suite)}/series/${key}/${month}.json`,
  chunk: (suite, key, id) => `data/${slug(suite)}/${chunkFile(key, id)}`,
  tail: (suite) => `data/${slug(suite)}/${TAIL_FILE}`
};
var TAIL_TURNS = 16;
var turnOf = (key) => parseInt(key.slice(-6), 16) % TAIL_TURNS;
var round = (x) => Number(x.toPrecision(6));
function seriesValue(value, spread, base) {
  if (base != null) return [round(value), spread == null ? null : round(spread), round(base)];
  if (spread != null) return [round(value), round(spread)];
  return [round(value)];
}
function examine(text, check) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { why: error.message };
  }
  const ok = check(value);
  return ok === true ? { value } : { why: `not a valid file of its kind: ${ok}` };
}
function unreadable(text, check) {
  const seen = examine(text, check);
  return "why" in seen ? seen.why : void 0;
}
function parse(text, path, warn, check, damaged) {
  if (text === void 0) return void 0;
  const seen = examine(text, check);
  if ("why" in seen) {
    damaged?.set(path, { text, why: seen.why });
    warn(`history: skipped unreadable ${path} (${seen.why})`);
    return void 0;
  }
  return seen.value;
}
var isIndex = conforms("index");
var isLog = conforms("runLog");
var isRun = conforms("run");
var isSeries = conforms("series");
var isChunk = conforms("chunk");
var isTail = conforms("tail");
var isChunkPath = (path) => /\/series\/[^/]+\/c\d+\.json$/.test(path);
function parseSeriesFile(text, path, warn) {
  return parse(text, path, warn, isChunkPath(path) ? isChunk : isSeries);
}
var isRegistry = conforms("registry");
async function suiteFolder(reader, name, warn, also = () => []) {
  const path = paths.suites();
  const registry2 = parse(
    (await reader.read([path, paths.index(slug(name)), ...also(slug(name))])).get(path),
    path,
    warn,
    isRegistry
  );
  const mine = registry2?.suites.find((x) => x.name === name);
  if (mine) return mine.id;
  const plain = slug(name);
  let taken = registry2?.suites.some((x) => x.id === plain && x.name !== name) ?? false;
  if (!taken) {
    const indexPath = paths.index(plain);
    const owner = parse((await reader.read([indexPath])).get(indexPath), indexPath, () => {
    }, isIndex);
    taken = owner !== void 0 && owner.name !== name;
  }
  return taken ? `${plain.slice(0, 48)}-${createHash("sha1").update(name).digest("hex").slice(0, 8)}` : plain;
}
async function readIndex(reader, suite, warn, damaged) {
  const path = paths.index(suite);
  return parse((await reader.read([path])).get(path), path, warn, isIndex, damaged);
}
async function loadRuns(reader, query, warn, damaged) {
  const now = systemClock();
  const recent = [0, 1].map(
    (back) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7)
  );
  const folder = await suiteFolder(reader, query.suite, warn, (f) => recent.map((m) => paths.runLog(f, m)));
  const indexText = (await reader.read([paths.index(folder)])).get(paths.index(folder));
  const index2 = await readIndex(reader, folder, warn, damaged);
  if (!index2 || index2.name !== void 0 && index2.name !== query.suite) return [];
  const until = new Set(query.untilShas ?? []);
  const scanned = [];
  let cut = until.size ? -1 : 0;
  const scanLimit = query.limit + (until.size ? 1e3 : 0);
  const months = [...index2.months].sort((a, b) => b.month.localeCompare(a.month)).map((m) => m.month);
  let logs = /* @__PURE__ */ new Map();
  for (const [i, month] of months.entries()) {
    if (cut >= 0 && scanned.length >= cut + query.limit) break;
    if (scanned.length >= scanLimit) break;
    const path = paths.runLog(folder, month);
    if (!logs.has(path)) logs = await reader.read(months.slice(i, i + 2).map((m) => paths.runLog(folder, m)));
    const log = parse(logs.get(path), path, warn, isLog, damaged);
    if (!log) continue;
    const runs2 = log.runs.filter(
      (r) => (query.branch === void 0 || r.branch === query.branch) && (query.testbed === void 0 || r.testbed === void 0 || r.testbed === query.testbed)
    );
    for (const entry of runs2.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))) {
      if (cut < 0 && until.has(entry.sha)) cut = scanned.length;
      scanned.push({ month, entry });
    }
  }
  const chosen = scanned.slice(Math.max(cut, 0), Math.max(cut, 0) + query.limit);
  const files = chosen.map(({ month, entry }) => paths.run(folder, month, entry.id));
  const forAppend = query.beforeAppend ? [paths.tail(folder), ...likelyOpenChunks(indexText, folder)] : [];
  const contents = await reader.read([...files, ...forAppend]);
  const runs = [];
  for (const file of files) {
    const run2 = parse(contents.get(file), file, warn, isRun);
    if (run2) runs.push(run2);
    else if (!contents.has(file) || contents.get(file) === void 0) warn(`history: run file ${file} is missing; skipped`);
  }
  return runs.reverse();
}
function likelyOpenChunks(indexText, suite) {
  let index2;
  try {
    index2 = indexText === void 0 ? void 0 : JSON.parse(indexText);
  } catch {
    return [];
  }
  if (!index2 || !Array.isArray(index2.benchmarks)) return [];
  const turn = ((typeof index2.appends === "number" ? index2.appends : 0) + 1) % TAIL_TURNS;
  return index2.benchmarks.flatMap((b) => {
    const [from, to] = Array.isArray(b?.chunks) ? b.chunks : [0, 0];
    return typeof b?.key === "string" && turnOf(b.key) === turn && to > from ? [paths.chunk(suite, b.key, to - 1)] : [];
  });
}
var monthOf = (iso) => iso.slice(0, 7);
function flagEntries(annotations) {
  return (annotations?.rows ?? []).filter(
    (r) => r.fails || r.status === "regression" || r.status === "below-floor" || r.status === "improvement" || r.status === "inconclusive"
  ).map(({ benchmark, metric, status, ratio, measured, accepted }) => ({
    benchmark,
    metric,
    status,
    ratio: ratio ?? null,
    ...accepted ? { accepted } : {},
    // Kept only where the runner correction moved it, so the page can show both without contradiction.
    ...measured != null && ratio != null && Math.abs(Math.log(measured / ratio)) > 5e-3 ? { measured } : {}
  }));
}
async function planAppend(reader, run2, options) {
  const { warn } = options;
  const damaged = /* @__PURE__ */ new Map();
  const suite = await suiteFolder(reader, run2.suite, warn);
  const id = runIdOf(run2);
  const testbed = testbedOf(run2);
  const month = monthOf(run2.recordedAt);
  const writes = /* @__PURE__ */ new Map();
  const keys = run2.results.benchmarks.map((b) => benchmarkKey(b.name));
  const logPath = paths.runLog(suite, month);
  const indexPath = paths.index(suite);
  const tailPath = paths.tail(suite);
  const likely = likelyOpenChunks((await reader.read([indexPath])).get(indexPath), suite);
  const current = await reader.read([paths.suites(), indexPath, logPath, tailPath, ...likely]);
  const log = parse(current.get(logPath), logPath, warn, isLog, damaged) ?? {
    version: LAYOUT_VERSION,
    runs: []
  };
  const again = log.runs.find((r) => r.id === id);
  if (again && !(run2.identity && again.identity === run2.identity)) return { writes, deletes: [], added: false, damaged };
  const parsedIndex = parse(current.get(indexPath), indexPath, warn, isIndex, damaged);
  const tailFile = parse(current.get(tailPath), tailPath, warn, isTail, damaged);
  const tail2 = new Map(
    Object.entries(tailFile?.b ?? {}).map(([key, points]) => [key, unpack(points, tailFile.br, tailFile.tb)])
  );
  const replaced = run2.identity ? await replaceEarlier(reader, run2, suite, parsedIndex, { month, log, tail: tail2 }, warn) : void 0;
  const entry = {
    id,
    sha: run2.commit.sha,
    message: run2.commit.message?.split("\n")[0]?.slice(0, 200),
    author: run2.commit.author,
    timestamp: run2.commit.timestamp,
    url: run2.commit.url,
    branch: run2.branch,
    event: run2.event,
    runId: run2.runId,
    ...testbed ? { testbed } : {},
    recordedAt: run2.recordedAt,
    verdict: options.annotations?.verdict,
    flagged: flagEntries(options.annotations)
  };
  log.runs.push(entry);
  if (run2.identity) entry.identity = run2.identity;
  log.runs.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  writes.set(logPath, JSON.stringify(log));
  writes.set(
    paths.run(suite, month, id),
    JSON.stringify({
      ...run2,
      ...entry.verdict ? { verdict: entry.verdict } : {},
      ...entry.flagged?.length ? { flagged: entry.flagged } : {}
    })
  );
  const index2 = parsedIndex ?? {
    version: LAYOUT_VERSION,
    suite,
    name: run2.suite,
    updated: run2.recordedAt,
    months: [],
    branches: {},
    benchmarks: [],
    latest: {}
  };
  if (replaced) {
    for (const [path, content] of replaced.writes) writes.set(path, content);
    for (const old of replaced.entries) {
      const m = index2.months.find((x) => x.month === old.month);
      if (m) m.runs = Math.max(0, m.runs - 1);
      const branch = old.entry.branch;
      if (branch && index2.branches[branch]) index2.branches[branch] = index2.branches[branch] - 1;
      const tb = old.entry.testbed;
      if (tb && index2.testbeds?.[tb]) index2.testbeds[tb] = index2.testbeds[tb] - 1;
    }
  }
  const monthEntry = index2.months.find((m) => m.month === month);
  if (monthEntry) monthEntry.runs += 1;
  else index2.months.push({ month, runs: 1 });
  index2.months.sort((a, b) => a.month.localeCompare(b.month));
  if (run2.branch) index2.branches[run2.branch] = (index2.branches[run2.branch] ?? 0) + 1;
  if (testbed) (index2.testbeds ??= {})[testbed] = (index2.testbeds?.[testbed] ?? 0) + 1;
  const newest = run2.recordedAt >= index2.updated;
  if (newest) index2.updated = run2.recordedAt;
  const byName2 = new Map(index2.benchmarks.map((b) => [b.name, b]));
  const rowOf = new Map((options.annotations?.rows ?? []).map((r) => [`${r.benchmark}\0${r.metric}`, r]));
  run2.results.benchmarks.forEach((b, i) => {
    const key = keys[i];
    const entryB = byName2.get(b.name) ?? { key, name: b.name, metrics: {}, months: [], last: month };
    if (b.group) entryB.group = b.group;
    if (month > entryB.last.slice(0, 7)) entryB.last = month;
    const point = {
      t: run2.recordedAt,
      ...run2.branch ? { branch: run2.branch } : {},
      ...testbed ? { tb: testbed } : {},
      m: {}
    };
    for (const [metric, m] of Object.entries(b.metrics)) {
      const row = rowOf.get(`${b.name}\0${metric}`);
      entryB.metrics[metric] = {
        unit: m.unit,
        direction: m.direction,
        limit: row?.limit ?? null,
        threshold: row?.threshold ?? null
      };
      point.m[metric] = seriesValue(m.value, m.stddev, row?.base);
      if (row && (row.fails || row.status === "regression" || row.status === "below-floor" || row.status === "inconclusive"))
        (point.f ??= {})[metric] = row.fails || row.status !== "inconclusive" ? row.status : "inconclusive";
    }
    if (!byName2.has(b.name)) {
      index2.benchmarks.push(entryB);
      byName2.set(b.name, entryB);
    }
    const points = tail2.get(key) ?? [];
    points.push(point);
    tail2.set(key, points);
  });
  index2.appends = (index2.appends ?? 0) + 1;
  const turn = index2.appends % TAIL_TURNS;
  const byKey = new Map(index2.benchmarks.map((b) => [b.key, b]));
  const moving = [...tail2.keys()].filter((key) => turnOf(key) === turn);
  const openChunks = moving.flatMap((key) => {
    const entryB = byKey.get(key);
    const [from, to] = entryB?.chunks ?? [0, 0];
    return to > from ? [paths.chunk(suite, key, to - 1)] : [];
  });
  const open = openChunks.length ? await reader.read(openChunks) : /* @__PURE__ */ new Map();
  for (const key of moving) {
    const entryB = byKey.get(key);
    const points = tail2.get(key) ?? [];
    tail2.delete(key);
    if (!entryB) continue;
    if (points.length === 0) continue;
    const from = entryB.chunks?.[0] ?? 0;
    let to = entryB.chunks?.[1] ?? 0;
    let chunk2 = [];
    if (to > from) {
      const path = paths.chunk(suite, key, to - 1);
      const file = parse(writes.get(path) ?? open.get(path), path, warn, isChunk, damaged);
      if (file && file.p.length < CHUNK_POINTS) {
        chunk2 = pointsOf(file);
        to -= 1;
      }
    }
    const all = [...chunk2, ...points].sort(byTime);
    for (let start = 0; start < all.length; start += CHUNK_POINTS) {
      writes.set(paths.chunk(suite, key, to), packFile(all.slice(start, start + CHUNK_POINTS)));
      to += 1;
    }
    entryB.chunks = [from, to];
  }
  writes.set(tailPath, packTail(tail2));
  const branchKey = run2.branch ?? "";
  const previous = (index2.latest ??= {})[branchKey];
  if (!previous || previous.recordedAt <= run2.recordedAt)
    index2.latest[branchKey] = {
      id,
      sha: run2.commit.sha,
      recordedAt: run2.recordedAt,
      verdict: entry.verdict,
      rows: entry.flagged ?? [],
      ...options.annotations?.open ? { open: options.annotations.open } : {}
    };
  const deletes = await prune(reader, index2, options.retention, (options.clock ?? systemClock)(), warn);
  writes.set(indexPath, JSON.stringify(index2));
  const suitesPath = paths.suites();
  const suites = parse(
    current.get(suitesPath),
    suitesPath,
    warn,
    isRegistry,
    damaged
  ) ?? { version: LAYOUT_VERSION, suites: [] };
  if (!suites.suites.some((s) => s.id === suite)) {
    suites.suites.push({ id: suite, name: run2.suite });
    suites.suites.sort((a, b) => a.id.localeCompare(b.id));
    writes.set(suitesPath, JSON.stringify(suites));
  }
  const gone = [...replaced?.deletes ?? [], ...deletes].filter((path) => !writes.has(path));
  return { writes, deletes: gone, added: true, damaged };
}
function packFile(points) {
  const packer = new Packer();
  const p = points.map((x) => packer.pack(x));
  return JSON.stringify({ version: PACKED_VERSION, br: packer.br, tb: packer.tb, p });
}
function packTail(tail2) {
  const packer = new Packer();
  const b = {};
  for (const key of [...tail2.keys()].sort()) {
    const points = tail2.get(key);
    if (points.length) b[key] = points.sort(byTime).map((x) => packer.pack(x));
  }
  return JSON.stringify({ version: PACKED_VERSION, br: packer.br, tb: packer.tb, b });
}
var RERUN_MONTHS = 2;
async function replaceEarlier(reader, run2, suite, index2, current, warn) {
  const months = [.../* @__PURE__ */ new Set([current.month, ...index2?.months.map((m) => m.month) ?? []])].sort().reverse().filter((m) => m <= current.month).slice(0, RERUN_MONTHS);
  const logs = /* @__PURE__ */ new Map([[current.month, current.log]]);
  const others = months.filter((m) => m !== current.month).map((m) => paths.runLog(suite, m));
  const read = await reader.read(others);
  for (const m of months.filter((x) => x !== current.month)) {
    const path = paths.runLog(suite, m);
    const log = parse(read.get(path), path, warn, isLog);
    if (log) logs.set(m, log);
  }
  const entries = [];
  for (const [m, log] of logs) for (const e of log.runs) if (e.identity === run2.identity) entries.push({ month: m, entry: e });
  if (entries.length === 0) return void 0;
  const ids = new Set(entries.map((e) => e.entry.id));
  const writes = /* @__PURE__ */ new Map();
  const deletes = [];
  for (const [m, log] of logs) {
    const before = log.runs.length;
    log.runs = log.runs.filter((e) => !ids.has(e.id));
    if (m !== current.month && log.runs.length !== before) writes.set(paths.runLog(suite, m), JSON.stringify(log));
  }
  const gone = (p) => p.id !== void 0 && ids.has(p.id) || entries.some(({ entry }) => samePoint(p, { t: entry.recordedAt, tb: entry.testbed }));
  for (const [key, points] of current.tail)
    current.tail.set(
      key,
      points.filter((p) => !gone(p))
    );
  const runFiles = entries.map(({ month, entry }) => paths.run(suite, month, entry.id));
  const contents = await reader.read(runFiles);
  const byName2 = new Map(index2?.benchmarks.map((b) => [b.name, b]));
  const files = /* @__PURE__ */ new Set();
  entries.forEach(({ month }, i) => {
    const file = runFiles[i];
    deletes.push(file);
    const old = parse(contents.get(file), file, warn, isRun);
    for (const b of old?.results.benchmarks ?? []) {
      const entryB = byName2.get(b.name);
      if (!entryB) continue;
      if (entryB.months.includes(month)) files.add(paths.series(suite, entryB.key, month));
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
    writes.set(path, isChunkPath(path) ? packFile(kept) : JSON.stringify({ ...file, points: kept }));
  }
  warn(`history: this run replaces the earlier record of the same run (a rerun): ${[...ids].join(", ")}`);
  return { writes, deletes, ids, entries };
}
async function prune(reader, index2, retention, now, warn) {
  if (!retention) return [];
  const deletes = [];
  const total = () => index2.months.reduce((s, m) => s + m.runs, 0);
  const cutoff = retention.maxAgeDays ? new Date(now.getTime() - retention.maxAgeDays * 864e5).toISOString().slice(0, 7) : void 0;
  let dropped = false;
  while (index2.months.length > 1) {
    const oldest = index2.months[0];
    const tooMany = retention.maxRuns ? total() - oldest.runs >= retention.maxRuns : false;
    const tooOld = cutoff !== void 0 && oldest.month < cutoff;
    if (!tooMany && !tooOld) break;
    dropped = true;
    index2.months.shift();
    deletes.push(paths.runLog(index2.suite, oldest.month), paths.monthDir(index2.suite, oldest.month));
    for (const b of index2.benchmarks) {
      if (b.months.includes(oldest.month)) deletes.push(paths.series(index2.suite, b.key, oldest.month));
      b.months = b.months.filter((m) => m !== oldest.month);
    }
  }
  if (!dropped) return deletes;
  const kept = index2.months[0].month;
  let pending = index2.benchmarks.filter((b) => b.chunks && b.chunks[0] < b.chunks[1]);
  while (pending.length) {
    const oldestChunks = pending.map((b) => paths.chunk(index2.suite, b.key, b.chunks[0]));
    const text = await reader.read(oldestChunks);
    pending = pending.filter((b, i) => {
      const path = oldestChunks[i];
      const content = text.get(path);
      const chunk2 = parse(content, path, warn, isChunk);
      if (content !== void 0 && !chunk2) return false;
      const newest = chunk2?.p.at(-1)?.[0];
      if (newest !== void 0 && new Date(newest).toISOString().slice(0, 7) >= kept) return false;
      deletes.push(path);
      const [from, to] = b.chunks;
      b.chunks = [from + 1, to];
      return from + 1 < to;
    });
  }
  index2.benchmarks = index2.benchmarks.filter((b) => b.last.slice(0, 7) >= kept);
  return deletes;
}

// src/history/repair.ts
var RUN_FILE = /\/runs\/\d{4}-\d{2}\/[^/]+\.json$/;
function overlay(base, files, gone) {
  return {
    read: async (list) => {
      const rest = list.filter((p) => !files.has(p) && !gone.has(p));
      const under = rest.length > 0 ? await base.read(rest) : /* @__PURE__ */ new Map();
      return new Map(list.map((p) => [p, files.get(p) ?? (gone.has(p) ? void 0 : under.get(p))]));
    },
    list: async (folder) => {
      const under = base.list ? await base.list(folder) : [];
      return [
        .../* @__PURE__ */ new Set([...under.filter((p) => !gone.has(p)), ...[...files.keys()].filter((p) => p.startsWith(folder))])
      ].sort();
    }
  };
}
var checkOf = (path) => path.endsWith("/index.json") ? isIndex : path === paths.suites() ? isRegistry : /\/runs\/\d{4}-\d{2}\.json$/.test(path) ? isLog : isChunkPath(path) ? isChunk : /\/series\//.test(path) ? isSeries : /^data\/[^/]+\/tail\.json$/.test(path) ? isTail : isRun;
async function damagedAmong(reader, list) {
  const contents = await reader.read(list);
  const damaged = /* @__PURE__ */ new Map();
  for (const [path, text] of contents) {
    if (text === void 0) continue;
    const why = unreadable(text, checkOf(path));
    if (why !== void 0) damaged.set(path, { text, why });
  }
  return damaged;
}
async function rebuildSuite(reader, folder, name, warn) {
  if (!reader.list) throw new Error("history: this store cannot list its files, so it cannot rebuild");
  const runFiles = (await reader.list(`data/${folder}/runs/`)).filter((p) => RUN_FILE.test(p));
  const contents = await reader.read(runFiles);
  const runs = [];
  const unreadableRuns = [];
  for (const path of runFiles) {
    const text = contents.get(path);
    if (text === void 0 || unreadable(text, isRun) !== void 0) unreadableRuns.push(path);
    else runs.push(JSON.parse(text));
  }
  runs.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const memory = /* @__PURE__ */ new Map([[paths.suites(), JSON.stringify({ version: 1, suites: [{ id: folder, name }] })]]);
  const mem = { read: async (list) => new Map(list.map((p) => [p, memory.get(p)])) };
  for (const run2 of runs) {
    const { identity: _identity, verdict, flagged, ...rest } = run2;
    void _identity;
    const plan = await planAppend(mem, { ...rest, suite: name }, { annotations: { verdict, rows: flagged ?? [] }, warn });
    for (const [p, c] of plan.writes) memory.set(p, c);
  }
  const files = new Map([...memory].filter(([p]) => !RUN_FILE.test(p)));
  return { files, runs: runs.length, unreadableRuns };
}
async function rebuildRegistry(reader) {
  const indexes = (await reader.list?.("data/") ?? []).filter((p) => /^data\/[^/]+\/index\.json$/.test(p));
  const contents = await reader.read(indexes);
  const suites = [];
  for (const path of indexes) {
    const text = contents.get(path);
    if (text === void 0 || unreadable(text, isIndex) !== void 0) continue;
    const index2 = JSON.parse(text);
    suites.push({ id: path.split("/")[1], name: index2.name });
  }
  return JSON.stringify({ version: 1, suites: suites.sort((a, b) => a.id.localeCompare(b.id)) });
}
var stamp = (clock) => (clock ? clock() : /* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
var quarantined = (path, at) => `quarantine/${path}.${at}`;
async function repairSuite(reader, name, damaged, options) {
  const at = stamp(options.clock);
  const writes = /* @__PURE__ */ new Map();
  const gone = /* @__PURE__ */ new Set();
  for (const [path, { text }] of damaged) {
    writes.set(quarantined(path, at), text);
    gone.add(path);
  }
  if (damaged.has(paths.suites())) writes.set(paths.suites(), await rebuildRegistry(overlay(reader, /* @__PURE__ */ new Map(), gone)));
  const healed = overlay(reader, writes, gone);
  const folder = await suiteFolder(healed, name, () => {
  });
  const rebuilt = await rebuildSuite(healed, folder, name, options.warn);
  for (const [p, c] of rebuilt.files) if (p !== paths.suites()) writes.set(p, c);
  const what = [...damaged].map(([p, d]) => `${p} (${d.why})`).join("; ");
  options.warn(
    `history: unreadable ${what}. Rebuilt this suite's index, run logs and series from ${rebuilt.runs} run files; the unreadable files are kept under quarantine/ (nothing was overwritten unseen).${rebuilt.unreadableRuns.length ? ` ${rebuilt.unreadableRuns.length} run files are themselves unreadable and were left as they are: ${rebuilt.unreadableRuns.join(", ")}.` : ""}`
  );
  return { writes, reader: overlay(reader, writes, gone) };
}
async function planAppendSafely(reader, run2, options) {
  const held = [];
  const first = await planAppend(reader, run2, { ...options, warn: (m) => held.push(m) });
  if (first.damaged.size === 0 || !reader.list) {
    for (const m of held) options.warn(m);
    return first;
  }
  const repaired = await repairSuite(reader, run2.suite, first.damaged, options);
  const plan = await planAppend(repaired.reader, run2, options);
  return { ...plan, writes: new Map([...repaired.writes, ...plan.writes]) };
}
async function loadRunsSafely(reader, query, warn) {
  const held = [];
  const damaged = /* @__PURE__ */ new Map();
  const runs = await loadRuns(reader, query, (m) => held.push(m), damaged);
  if (damaged.size === 0 || !reader.list) {
    for (const m of held) warn(m);
    return runs;
  }
  const repaired = await repairSuite(reader, query.suite, damaged, { warn });
  return loadRuns(repaired.reader, query, warn);
}
function missingDerived(folder, runFiles, indexText, indexDamaged, present) {
  const out = [];
  if (indexText === void 0) {
    if (runFiles.length > 0) out.push(paths.index(folder));
    return out;
  }
  if (indexDamaged) return out;
  const index2 = JSON.parse(indexText);
  for (const { month } of index2.months ?? [])
    if (!present.has(paths.runLog(folder, month))) out.push(paths.runLog(folder, month));
  if (index2.appends !== void 0 && !present.has(paths.tail(folder))) out.push(paths.tail(folder));
  for (const entry of Object.values(index2.benchmarks ?? {})) {
    const [from, to] = entry.chunks ?? [0, 0];
    for (let c = from; c < to; c++)
      if (!present.has(paths.chunk(folder, entry.key, c))) out.push(paths.chunk(folder, entry.key, c));
  }
  return out;
}
async function checkHistory(reader) {
  if (!reader.list) throw new Error("history check needs a store that can list its files");
  const all = await reader.list("data/");
  const json = all.filter((p) => p.endsWith(".json"));
  const damaged = await damagedAmong(reader, json);
  const report = {
    suites: [],
    unreadable: [...damaged].map(([path, d]) => ({ path, why: d.why })),
    orphans: [],
    missing: [],
    derived: []
  };
  const folders = [...new Set(all.map((p) => p.split("/")[1]).filter((f) => !!f && f !== "suites.json"))].sort();
  const contents = await reader.read(json);
  for (const folder of folders) {
    const runFiles = json.filter((p) => p.startsWith(`data/${folder}/runs/`) && RUN_FILE.test(p) && p.split("/").length === 5);
    const logs = json.filter((p) => /^data\/[^/]+\/runs\/\d{4}-\d{2}\.json$/.test(p) && p.startsWith(`data/${folder}/`));
    const listed = /* @__PURE__ */ new Set();
    for (const log of logs) {
      if (damaged.has(log)) continue;
      const month = log.slice(-12, -5);
      for (const e of JSON.parse(contents.get(log) ?? '{"runs":[]}').runs) {
        const file = paths.run(folder, month, e.id);
        listed.add(file);
        if (!runFiles.includes(file)) report.missing.push(file);
      }
    }
    for (const f of runFiles) if (!listed.has(f)) report.orphans.push(f);
    const indexText = contents.get(paths.index(folder));
    report.derived.push(...missingDerived(folder, runFiles, indexText, damaged.has(paths.index(folder)), new Set(all)));
    const fromRun = runFiles.map((f) => contents.get(f)).find((t) => t !== void 0 && unreadable(t, isRun) === void 0);
    const name = indexText && !damaged.has(paths.index(folder)) ? JSON.parse(indexText).name : fromRun ? JSON.parse(fromRun).suite : folder;
    report.suites.push({
      id: folder,
      name,
      runs: runFiles.length,
      months: [...new Set(runFiles.map((f) => f.split("/")[3]))].sort()
    });
  }
  return report;
}
async function repairHistory(reader, options) {
  const report = await checkHistory(reader);
  const at = stamp(options.clock);
  const writes = /* @__PURE__ */ new Map();
  const gone = /* @__PURE__ */ new Set();
  for (const { path } of report.unreadable) {
    if (RUN_FILE.test(path)) continue;
    writes.set(quarantined(path, at), (await reader.read([path])).get(path) ?? "");
    gone.add(path);
  }
  writes.set(
    paths.suites(),
    JSON.stringify({
      version: 1,
      suites: report.suites.map(({ id, name }) => ({ id, name })).sort((x, y) => x.id.localeCompare(y.id))
    })
  );
  const healed = overlay(reader, writes, gone);
  const present = new Set(await reader.list("data/"));
  for (const suite of report.suites) {
    const rebuilt = await rebuildSuite(healed, suite.id, suite.name, options.warn);
    for (const [p, c] of rebuilt.files) if (p !== paths.suites()) writes.set(p, c);
    for (const p of present) if (p.startsWith(`data/${suite.id}/`) && !RUN_FILE.test(p) && !rebuilt.files.has(p)) gone.add(p);
  }
  return { writes, deletes: [...gone].filter((p) => !writes.has(p)) };
}

export {
  maxOf,
  minOf,
  pushAll,
  systemClock,
  describeSchemaError,
  lazyValidator,
  HistoryWriteDenied,
  testbedOf,
  trendHash,
  slug,
  benchmarkKey,
  benchmarkSetHash,
  flagEntries,
  planAppendSafely,
  loadRunsSafely,
  checkHistory,
  repairHistory
};
