import { describe, expect, it } from 'vitest';
import { GpuAccumulator, parseComputeApps, parseGpuLine } from './gpu-summary.js';

describe('parseGpuLine', () => {
  it('reads nvidia-smi csv,noheader,nounits lines, with [N/A] utilisation as null', () => {
    expect(parseGpuLine('0, NVIDIA H100 80GB HBM3, 1234, 81559, 37')).toEqual({
      index: 0,
      name: 'NVIDIA H100 80GB HBM3',
      memoryUsedMiB: 1234,
      memoryTotalMiB: 81559,
      utilizationPct: 37,
    });
    expect(parseGpuLine('3, NVIDIA A100-SXM4-40GB MIG 1g.5gb, 13, 4864, [N/A]')?.utilizationPct).toBeNull();
  });

  it('rejects error messages', () => {
    expect(
      parseGpuLine(
        "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
      ),
    ).toBeUndefined();
    expect(parseGpuLine('No devices were found')).toBeUndefined();
  });
});

describe('parseComputeApps', () => {
  it('reads pid and memory, skipping empty and malformed lines', () => {
    expect(parseComputeApps('4242, 1532\n4243, [N/A]\n\nNo running processes found\n')).toEqual([
      { pid: 4242, usedMemoryMiB: 1532 },
      { pid: 4243, usedMemoryMiB: null },
    ]);
  });
});

const reading = (index: number, mem: number, util: number | null = 0) => ({
  index,
  name: 'NVIDIA L4',
  memoryUsedMiB: mem,
  memoryTotalMiB: 23034,
  utilizationPct: util,
});

describe('GpuAccumulator', () => {
  it('keeps the first reading as baseline and tracks peaks per device', () => {
    const acc = new GpuAccumulator();
    for (const [m0, u0] of [
      [300, 0],
      [9000, 95],
      [500, 10],
    ] as const) {
      acc.add(reading(0, m0, u0));
      acc.add(reading(1, 2, null));
    }
    const s = acc.summary('none');
    expect(s).toMatchObject({
      present: true,
      names: ['NVIDIA L4', 'NVIDIA L4'],
      baselineMemoryMiB: 300,
      peakMemoryMiB: 9000,
      peakUtilizationPct: 95,
      used: true,
      usedBy: 'memory',
      samples: 3,
    });
    if (s.present) expect(s.devices[1]).toMatchObject({ peakMemoryMiB: 2, peakUtilizationPct: null });
  });

  it('says a present GPU went unused when nothing rose', () => {
    const acc = new GpuAccumulator();
    for (const m of [4000, 4100, 4050]) acc.add(reading(0, m, 1));
    expect(acc.summary('none')).toMatchObject({ present: true, used: false, usedBy: null });
  });

  it('counts a utilisation rise, and prefers evidence from the processes', () => {
    const busy = new GpuAccumulator();
    busy.add(reading(0, 100, 0));
    busy.add(reading(0, 150, 60));
    expect(busy.summary('none')).toMatchObject({ used: true, usedBy: 'utilization' });
    busy.addProcessMemory(120);
    expect(busy.summary('none')).toMatchObject({ used: true, usedBy: 'process', processMemoryMiB: 120 });
  });

  it('is not present without readings', () => {
    expect(new GpuAccumulator().summary('nvidia-smi failed: x')).toEqual({
      present: false,
      reason: 'nvidia-smi failed: x',
    });
  });
});
