/** A full commit SHA inside an artifact name, e.g. `trainspotter-report-<sha>-seed-0`. */
const SHA_IN_NAME = /(?:^|[^0-9a-f])([0-9a-f]{40})(?:[^0-9a-f]|$)/;

/**
 * The commit a workflow run tested. Under `pull_request_target` the run's own head is the base
 * branch's commit, and the PR head it checked out is known only to the workflow: the fork-safe
 * workflow names it in the artifact name (`artifact-name: trainspotter-report-${{
 * github.event.pull_request.head.sha }}-seed-{seed}`). That workflow file comes from the base
 * branch, so the name is the maintainers' word; under any other event a PR can edit the workflow,
 * and only the run's own head counts. Null when the artifacts disagree or name no commit. Pure.
 */
export function testedHead(
  run: { readonly event: string; readonly head_sha: string },
  artifactNames: readonly string[],
): string | null {
  if (run.event !== 'pull_request_target') return run.head_sha;
  const named = new Set(artifactNames.map((n) => SHA_IN_NAME.exec(n.toLowerCase())?.[1]));
  if (named.size !== 1) return null;
  return [...named][0] ?? null;
}
