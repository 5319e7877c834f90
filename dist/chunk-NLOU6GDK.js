#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  info,
  setOutput,
  warning
} from "./chunk-OVVUEQKR.js";
import {
  escapeMarkdown
} from "./chunk-G2BISDRW.js";
import "./chunk-KLT3S7YO.js";

// src/action/upload-report.ts
import { dirname } from "node:path";
function artifactName(template, seed) {
  return template.replaceAll("{seed}", String(seed));
}
async function uploadReport(inputs, seed, paths, env) {
  if (!inputs.artifactName) return [];
  const name = artifactName(inputs.artifactName, seed);
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    info(
      `trainspotter: no artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset); ${name} not uploaded.`
    );
    return [];
  }
  try {
    const { DefaultArtifactClient } = await import("./chunk-C4ZXW34Q.js");
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(
      name,
      [paths.json, paths.markdown],
      dirname(paths.json)
    );
    info(`trainspotter: uploaded the artifact ${name} (id ${id}, ${size} bytes).`);
    if (id !== void 0) setOutput("artifact-id", String(id));
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warning(`trainspotter: could not upload the artifact ${name}: ${message}`);
    return [`The report artifact ${name} was not uploaded: ${escapeMarkdown(message, 300)}`];
  }
}
export {
  artifactName,
  uploadReport
};
