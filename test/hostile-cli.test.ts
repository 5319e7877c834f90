import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

// The command line on input an attacker or an unlucky user gives it. Where the question is
// whether the process ends at all (a timer or watcher left running), it runs as its own process.

const BIN = fileURLToPath(new URL('../src/cli/bin.ts', import.meta.url));
// The tsx loader by absolute URL: the processes run in temporary folders without node_modules.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const dir = mkdtempSync(join(tmpdir(), 'trainspotter-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let n = 0;
function project(config: string, files: Record<string, string> = {}): string {
  n += 1;
  const root = join(dir, `p${n}`);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'trainspotter.yml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/** `trainspotter ARGS` as its own process in `cwd`; resolves with status and output, or `code: 'hung'` after `ms`. */
function cli(
  args: string[],
  cwd: string,
  ms = 30_000,
): Promise<{ code: number | 'hung'; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'hung', stdout, stderr });
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('trainspotter run', () => {
  it('a run: over the OS limit for one argument (128 KiB) is a clean exit-2 message, and the process ends', async () => {
    const long = `echo ${'x'.repeat(140_000)}`;
    const root = project(`checks:\n  smoke:\n    run: ${long}\n    timeout: 20s\n`);
    const r = await cli(['run', '--no-gpu'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/checks\.smoke\.run.*140,005 bytes.*131,071/);
    expect(r.stderr).not.toMatch(/internal error|E2BIG|\n\s+at /);
  }, 90_000);

  it('a metrics: path naming a FIFO is refused, and the process ends', async () => {
    const root = project('checks:\n  smoke:\n    run: "true"\n    metrics: pipe\n    timeout: 20s\n');
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const r = await cli(['run', '--no-gpu'], root);
    expect(r.code).not.toBe('hung');
    expect(`${r.stdout}${r.stderr}`).toMatch(/pipe is a FIFO \(named pipe\), not a regular file or folder/);
    expect(r.stderr).not.toMatch(/internal error/);
  }, 90_000);

  it('an eval_file: naming a FIFO is refused, and the process ends', async () => {
    const root = project(
      'checks:\n  eval:\n    run: "echo \'{\\"step\\": 1, \\"loss\\": 1}\' > $TRAINSPOTTER_OUT/metrics.jsonl"\n    eval_file: evalpipe\n    timeout: 20s\n',
    );
    execFileSync('mkfifo', [join(root, 'evalpipe')]);
    const r = await cli(['run', '--no-gpu'], root);
    expect(r.code).not.toBe('hung');
    expect(`${r.stdout}${r.stderr}`).toMatch(/evalpipe is a FIFO \(named pipe\), not a regular file/);
  }, 90_000);
});

describe('trainspotter analyze', () => {
  it('accepts --format mlflow, the id the docs and the JSON use', async () => {
    const store = fileURLToPath(
      new URL('./fixtures/logs/mlflow/vladimircorteza-pytorch-mnist/mlruns', import.meta.url),
    );
    const r = await runCli(['analyze', '--format', 'mlflow', '--json', store], dir);
    expect(r.stderr).toBe('');
    expect(r.code).not.toBe(2);
    const files = (JSON.parse(r.stdout) as { files: { format: string }[] }).files;
    expect(files.map((f) => f.format)).toEqual(['mlflow', 'mlflow', 'mlflow']);
  });

  it('refuses --format mlflow on a file, saying it reads a folder', async () => {
    const file = join(dir, 'log.jsonl');
    writeFileSync(file, '{"step": 1, "loss": 1}\n');
    const r = await runCli(['analyze', '--format', 'mlflow', file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format mlflow reads a folder/);
  });

  it('lists mlflow among the formats when the format is unknown', async () => {
    const r = await runCli(['analyze', '--format', 'wandb', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown log format `wandb`\. Expected one of: .*mlflow/);
  });

  it('escapes control characters in metric names on the terminal', async () => {
    const file = join(dir, 'ansi.jsonl');
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ step: i, 'loss\u001b[2J\u001b]8;;https://evil.example\u0007x': 2 - i / 50 }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await runCli(['analyze', file], dir);
    expect(r.stdout).toContain('loss');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('\\u001b[2J');
  });

  it('treats command names that are JavaScript property names as unknown commands', async () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const r = await runCli([name], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/unknown command/);
    }
  });
});
