#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  buildReport,
  compareFinalMetrics
} from "./chunk-23UJX5M2.js";
import "./chunk-PJ5VAPSS.js";
import "./chunk-UEULNJY3.js";
import "./chunk-UXYWLNNH.js";
import "./chunk-IWWKMT5L.js";
import "./chunk-65T24VUM.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  buildReport,
  compareFinalMetrics
};
