#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  postComment
} from "./chunk-PUL6LR2N.js";
import "./chunk-D7HK3ULT.js";
import "./chunk-7CONQ3E2.js";
import "./chunk-XWI5CQMH.js";
import "./chunk-DA6J7A64.js";
import "./chunk-FEG6DP5D.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-X5KXXCJR.js";
import "./chunk-CV53OCDI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-SVLNU5MS.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  postComment
};
