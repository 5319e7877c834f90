#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/runner/check-files.ts
var STDOUT_METRICS = "stdout";
var OUTPUT_LOG = "trainspotter-output.log";
var DEFAULT_METRICS = "metrics.jsonl";
var PROBE_LOG = "probe.jsonl";
var PROBE_SUMMARY = "probe-summary.json";

export {
  STDOUT_METRICS,
  OUTPUT_LOG,
  DEFAULT_METRICS,
  PROBE_LOG,
  PROBE_SUMMARY
};
