/** Variables that hold credentials or reach the runner's services: never given to PR code. */
const WITHHELD = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
]);

/**
 * The environment for the repository's training commands: the job's, without the action's inputs
 * (`INPUT_GITHUB-TOKEN` is one) and without the runner's service tokens.
 */
export function commandEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || key.startsWith('INPUT_') || WITHHELD.has(key)) continue;
    out[key] = value;
  }
  return out;
}
