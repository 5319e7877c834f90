import { boundReportCurves } from '../core/curve-sample.js';
import type { Report } from '../core/report.js';
import {
  ArtifactError,
  type ArtifactLimits,
  checkArtifactSize,
  readArtifactReports,
} from './artifacts/read-artifact.js';
import { httpStatus, type Octokit, type RepoRef } from './octokit.js';

/** Artifacts whose name starts with this are trainspotter's (the action's `artifact-name` default). */
const ARTIFACT_PREFIX = 'trainspotter';

export interface CollectedReports {
  /** Every valid report of the run's trainspotter artifacts. */
  readonly reports: Report[];
  /** Why an artifact gave no report: expired, missing, too large, hostile or invalid. */
  readonly notes: string[];
  /** The names of the trainspotter artifacts the run listed (expired ones included). */
  readonly names: string[];
}

/**
 * Lists a workflow run's trainspotter artifacts and reads their reports: the listed size is
 * checked before anything is downloaded, and every zip is read as hostile (read-artifact.ts).
 * One bad artifact is a note, never a throw; GitHub's own failures (after Probot's retries) throw.
 */
export async function collectReports(
  octokit: Octokit,
  repo: RepoRef,
  runId: number,
  limits?: ArtifactLimits,
): Promise<CollectedReports> {
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
    per_page: 100,
  });
  const ours = data.artifacts.filter((a) => a.name.startsWith(ARTIFACT_PREFIX));
  const reports: Report[] = [];
  const notes: string[] = [];
  for (const artifact of ours) {
    if (artifact.expired) {
      notes.push(
        `The artifact ${artifact.name} has expired${artifact.expires_at ? ` (${artifact.expires_at})` : ''}; run the checks again with /trainspotter rerun.`,
      );
      continue;
    }
    try {
      checkArtifactSize(artifact.name, artifact.size_in_bytes, limits);
      const zip = await download(octokit, repo, artifact.id, artifact.name);
      if (!zip) {
        notes.push(
          `The artifact ${artifact.name} is gone (expired or deleted) although the run listed it; run the checks again with /trainspotter rerun.`,
        );
        continue;
      }
      // Curves beyond a chart's needs (a report written by hand or another tool) are sampled
      // down once here, so the store, every read and every render stay small.
      for (const { report } of await readArtifactReports(artifact.name, zip, limits))
        reports.push(boundReportCurves(report));
    } catch (error) {
      if (!(error instanceof ArtifactError)) throw error;
      // ArtifactError's message ends with its fix, without a full stop.
      notes.push(`${error.message.trimEnd().replace(/\.?$/, '.')} Nothing from it was stored.`);
    }
  }
  return { reports, notes, names: ours.map((a) => a.name) };
}

/** The artifact's zip, or null when GitHub answers that it is gone (404, 410). */
async function download(
  octokit: Octokit,
  repo: RepoRef,
  id: number,
  name: string,
): Promise<Uint8Array | null> {
  try {
    const { data } = await octokit.rest.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: id,
      archive_format: 'zip',
    });
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (data instanceof Uint8Array) return data;
    throw new ArtifactError(name, 'the download is not a zip archive', 'check what the workflow uploads');
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 410) return null;
    throw error;
  }
}
