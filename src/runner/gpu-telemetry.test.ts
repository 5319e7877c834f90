import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGpuTelemetry } from './gpu-telemetry.js';
import { runCommand } from './run-command.js';

const FAKE_BIN = resolve('test/fixtures/bin');

async function fakeGpu(memMiB: number) {
  const dir = await mkdtemp(join(tmpdir(), 'trainspotter-gpu-'));
  const files = {
    FAKE_NVSMI_MEM_FILE: join(dir, 'mem'),
    FAKE_NVSMI_UTIL_FILE: join(dir, 'util'),
    FAKE_NVSMI_APPS_FILE: join(dir, 'apps'),
  };
  await writeFile(files.FAKE_NVSMI_MEM_FILE, String(memMiB));
  await writeFile(files.FAKE_NVSMI_UTIL_FILE, '0');
  await writeFile(files.FAKE_NVSMI_APPS_FILE, '');
  return { ...files, PATH: `${FAKE_BIN}${delimiter}${process.env.PATH}` };
}

/** Runs `command` (which may write the fake's files) under telemetry, the way the orchestrator does. */
async function runWatched(env: Record<string, string>, command: string) {
  const gpu = startGpuTelemetry({ env, intervalMs: 100, appsIntervalMs: 100 });
  await gpu.ready;
  const result = await runCommand({
    command,
    cwd: process.cwd(),
    env,
    timeoutMs: 20_000,
    onSpawn: (pid) => gpu.track(pid),
  });
  expect(result.exitCode).toBe(0);
  return gpu.stop();
}

describe('startGpuTelemetry with a fake nvidia-smi', () => {
  it('records baseline, peak memory and utilisation while the command runs', async () => {
    const env = await fakeGpu(4);
    const summary = await runWatched(
      env,
      'sleep 0.3; echo 30512 > "$FAKE_NVSMI_MEM_FILE"; echo 97 > "$FAKE_NVSMI_UTIL_FILE"; sleep 0.6; echo 7 > "$FAKE_NVSMI_MEM_FILE"; sleep 0.3',
    );
    expect(summary).toMatchObject({
      present: true,
      names: ['NVIDIA H100 80GB HBM3', 'NVIDIA H100 80GB HBM3'],
      baselineMemoryMiB: 4,
      peakMemoryMiB: 30512,
      peakUtilizationPct: 97,
      used: true,
      usedBy: 'memory',
    });
    if (summary.present) expect(summary.samples).toBeGreaterThanOrEqual(5);
  });

  it('says the GPU was present but unused when nothing moved', async () => {
    const env = await fakeGpu(2048);
    const summary = await runWatched(env, 'sleep 1');
    expect(summary).toMatchObject({
      present: true,
      used: false,
      usedBy: null,
      baselineMemoryMiB: 2048,
      peakMemoryMiB: 2048,
    });
  });

  it("recognises the command's own processes among nvidia-smi's compute apps", async () => {
    const env = await fakeGpu(4);
    // A grandchild registers itself as a GPU process; memory barely moves (a tiny model).
    const summary = await runWatched(env, `sh -c 'echo "$$, 180" > "$FAKE_NVSMI_APPS_FILE"; sleep 0.8'`);
    expect(summary).toMatchObject({ present: true, used: true, usedBy: 'process', processMemoryMiB: 180 });
  });

  it("does not count another process's GPU use as ours", async () => {
    const env = await fakeGpu(4);
    await writeFile(env.FAKE_NVSMI_APPS_FILE, '1, 5000\n');
    const summary = await runWatched(env, 'sleep 0.8');
    expect(summary).toMatchObject({ present: true, used: false, processMemoryMiB: null });
  });

  it('reports no GPU when nvidia-smi is not on PATH', async () => {
    const gpu = startGpuTelemetry({ env: { PATH: '/nonexistent' } });
    await gpu.ready;
    expect(await gpu.stop()).toEqual({ present: false, reason: 'nvidia-smi is not on PATH' });
  });

  it('reports a failing nvidia-smi as no GPU, with its message, without throwing', async () => {
    const env = { ...(await fakeGpu(4)), FAKE_NVSMI_FAIL: '1' };
    const gpu = startGpuTelemetry({ env, intervalMs: 100 });
    await gpu.ready;
    const summary = await gpu.stop();
    expect(summary.present).toBe(false);
    if (!summary.present) {
      expect(summary.reason).toMatch(/couldn't communicate with the NVIDIA driver/);
      expect(summary.reason).toMatch(/status 9/);
    }
  });
});
