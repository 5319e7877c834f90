#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import "./chunk-AWXJJ3QC.js";
import {
  config
} from "./chunk-ZTXSPX4O.js";
import "./chunk-KLT3S7YO.js";

// src/action/zod-jitless.ts
config({ jitless: true });
