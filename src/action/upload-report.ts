import { dirname } from 'node:path';
import * as core from '@actions/core';
import { escapeMarkdown } from '../render/escape.js';
import type { ActionInputs } from './inputs.js';

/** The artifact's name: the `artifact-name` input with `{seed}` replaced, one per matrix job. */
export function artifactName(template: string, seed: number): string {
  return template.replaceAll('{seed}', String(seed));
}

/**
 * Uploads report.json and report.md as a workflow artifact (skipped when `artifact-name` is empty
 * or the runner's artifact service is not configured). Never throws: returns notes for the summary.
 */
export async function uploadReport(
  inputs: ActionInputs,
  seed: number,
  paths: { readonly json: string; readonly markdown: string },
  env: Readonly<Record<string, string | undefined>>,
): Promise<string[]> {
  if (!inputs.artifactName) return [];
  const name = artifactName(inputs.artifactName, seed);
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    core.info(
      `trainspotter: no artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset); ${name} not uploaded.`,
    );
    return [];
  }
  try {
    // Loaded only here: the artifact client is most of the bundle's code.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(
      name,
      [paths.json, paths.markdown],
      dirname(paths.json),
    );
    core.info(`trainspotter: uploaded the artifact ${name} (id ${id}, ${size} bytes).`);
    if (id !== undefined) core.setOutput('artifact-id', String(id));
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.warning(`trainspotter: could not upload the artifact ${name}: ${message}`);
    return [`The report artifact ${name} was not uploaded: ${escapeMarkdown(message, 300)}`];
  }
}
