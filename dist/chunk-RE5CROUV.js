#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  require_tf_core_node
} from "./chunk-SNTSBPKZ.js";
import "./chunk-KLT3S7YO.js";
export default require_tf_core_node();
