#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);

// src/render/format-number.ts
var MINUS = "\u2212";
function fmtNum(value) {
  if (value === null || value === void 0) return "\u2013";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : `${MINUS}\u221E`;
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
    const [mantissa = "", exponent = ""] = value.toExponential(2).split("e");
    const m = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    return `${m}e${exponent.replace("+", "").replace("-", MINUS)}`;
  }
  return String(Number(value.toPrecision(4)));
}
var P_FLOOR = 1e-4;
function fmtP(p) {
  if (p === null || p === void 0 || Number.isNaN(p)) return "p \u2013";
  if (p < P_FLOOR) return `p < ${fmtNum(P_FLOOR)}`;
  return `p = ${fmtNum(Number(p.toPrecision(2)))}`;
}

// src/render/escape.ts
function escapeMarkdown(text, maxLength = 200) {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}\u2026` : text;
  return clipped.replace(/[\r\n\t]+/g, " ").replace(/([\\`*_[\]#|<>~])/g, "\\$1").replace(/&/g, "&amp;").replace(/@/g, "@\u200B");
}
function codeBlock(text, lang = "") {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text.replace(/\r/g, "")}
${fence}`;
}
var TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(text) {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  fmtNum,
  fmtP,
  escapeMarkdown,
  codeBlock,
  escapeControl
};
