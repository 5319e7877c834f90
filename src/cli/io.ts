/** What a CLI command may touch of the outside world, passed in so tests can capture it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, for `analyze -`; absent where there is none to read. */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Exit statuses of every command (DESIGN.md): 0 pass, 1 a gate failed, 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
