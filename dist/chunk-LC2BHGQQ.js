#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  postComment
} from "./chunk-P7R4HZZJ.js";
import "./chunk-TTMSXPRC.js";
import "./chunk-RUKUUBV7.js";
import "./chunk-SHN3EBXJ.js";
import "./chunk-EDZV5J3J.js";
import "./chunk-YNAC4Z6I.js";
import "./chunk-MCGYQ4LT.js";
import "./chunk-X5KXXCJR.js";
import "./chunk-CV53OCDI.js";
import "./chunk-G2BISDRW.js";
import "./chunk-65T24VUM.js";
import "./chunk-I44QFZY6.js";
import "./chunk-KLT3S7YO.js";
export {
  postComment
};
