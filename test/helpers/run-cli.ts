import { main } from '../../src/cli/main.js';

/** What one in-process `trainspotter` invocation printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `trainspotter ARGS...` in process, in `cwd` with `env`, capturing its output. */
export async function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}
