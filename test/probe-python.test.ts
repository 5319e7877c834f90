import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The probe's promises, checked on real PyTorch in real processes: the same numbers with it
// on and off, an error inside it switches it off and the script runs on, the cap ends the run
// cleanly, and its sitecustomize runs the user's own.
const PY = '/usr/bin/python3';
const PROBE_DIR = join(import.meta.dirname, '..', 'python');
const hasTorch = spawnSync(PY, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
const root = mkdtempSync(join(tmpdir(), 'trainspotter-probe-py-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Dropout and a shuffling DataLoader draw random numbers: any draw of the probe's would show.
const SCRIPT = `
import os, shutil, sys
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
x = torch.randn(512, 20); y = (x[:, 0] > 0).long()
loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Dropout(0.3), nn.Linear(32, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
sched = torch.optim.lr_scheduler.StepLR(opt, 10)
losses = []
try:
    for epoch in range(3):
        for i, (xb, yb) in enumerate(loader):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
            losses.append(loss.item())
            if os.environ.get("BREAK_PROBE") and len(losses) == 5:
                shutil.rmtree(os.environ["TRAINSPOTTER_OUT"], ignore_errors=True)  # the probe's next write fails
        sched.step()
finally:
    print("losses", len(losses), repr(sum(losses)), repr(sum(p.sum().item() for p in model.parameters())))
`;

function run(env: Record<string, string>, name: string) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.py'), SCRIPT);
  const out = join(dir, 'out');
  const r = spawnSync(PY, ['train.py'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', TRAINSPOTTER_OUT: out, TRAINSPOTTER_CHECK: 'smoke', ...env },
  });
  return { ...r, out };
}

const probeEnv = (extra: Record<string, string> = {}) => ({
  PYTHONPATH: PROBE_DIR,
  TRAINSPOTTER_PROBE: '1',
  TRAINSPOTTER_MAX_STEPS: '100000',
  ...extra,
});

describe.skipIf(!hasTorch)(
  `the probe inside Python${hasTorch ? '' : ' (skipped: /usr/bin/python3 has no torch)'}`,
  { timeout: 120_000 },
  () => {
    it('gives the same losses and weights with the probe on and off, and records every backward()', () => {
      const off = run({}, 'off');
      const on = run(probeEnv(), 'on');
      expect(off.status, off.stderr).toBe(0);
      expect(on.status, on.stderr).toBe(0);
      expect(on.stdout).toBe(off.stdout);
      const lines = readFileSync(join(on.out, 'probe.jsonl'), 'utf8').trim().split('\n');
      expect(lines.filter((l) => l.includes('"loss"'))).toHaveLength(96);
      expect(existsSync(join(off.out, 'probe.jsonl'))).toBe(false);
    });

    it('ends the run cleanly at max_steps: exit 0, finally blocks run, the cap in the summary', () => {
      const r = run(probeEnv({ TRAINSPOTTER_MAX_STEPS: '7' }), 'capped');
      expect(r.status, r.stderr).toBe(0);
      // the 7th step ends the run from inside opt.step(): 6 losses appended after their step
      expect(r.stdout).toMatch(/^losses 6 /);
      expect(r.stderr).toMatch(/stopped the run after 7 optimizer steps \(max_steps\)/);
      const summary = JSON.parse(readFileSync(join(r.out, 'probe-summary.json'), 'utf8'));
      expect(summary.capped).toMatchObject({ reason: 'max_steps', steps: 7 });
    });

    it('switches itself off on its own error and the script runs on with the same numbers', () => {
      const off = run({ BREAK_PROBE: '1' }, 'break-off');
      const on = run(probeEnv({ BREAK_PROBE: '1' }), 'break-on');
      expect(on.status, on.stderr).toBe(0);
      expect(on.stderr).toMatch(/trainspotter probe: switched off \(.*FileNotFoundError/);
      expect(on.stdout).toBe(off.stdout);
    });

    it('records torch.autograd.backward once per call, with the loss GradScaler.scale was given', () => {
      const dir = join(root, 'autograd');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'train.py'),
        [
          'import torch',
          'w = torch.ones(3, requires_grad=True)',
          'scaler = torch.cuda.amp.GradScaler(enabled=False)  # CPU: scale() returns its input',
          'opt = torch.optim.SGD([w], lr=0.1)',
          'for i in range(5):',
          '    opt.zero_grad()',
          '    loss = (w * float(i + 1)).sum()',
          '    torch.autograd.backward(scaler.scale(loss)) if i % 2 else scaler.scale(loss).backward()',
          '    opt.step()',
        ].join('\n'),
      );
      const out = join(dir, 'out');
      const r = spawnSync(PY, ['train.py'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TRAINSPOTTER_OUT: out, ...probeEnv() },
      });
      expect(r.status, r.stderr).toBe(0);
      const losses = readFileSync(join(out, 'probe.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { loss?: number })
        .flatMap((l) => (l.loss === undefined ? [] : [l.loss]));
      expect(losses).toHaveLength(5);
      expect(losses[0]).toBeCloseTo(3);
    });

    it("runs the user's own sitecustomize, with the probe armed or not", () => {
      const user = join(root, 'user-site');
      mkdirSync(user, { recursive: true });
      writeFileSync(join(user, 'sitecustomize.py'), 'print("user sitecustomize ran")\n');
      const path = `${PROBE_DIR}${delimiter}${user}`;
      const envs: Record<string, string>[] = [probeEnv({ PYTHONPATH: path }), { PYTHONPATH: path }];
      for (const env of envs) {
        const r = spawnSync(PY, ['-c', 'import sys; print("trainspotter" in sys.modules)'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', TRAINSPOTTER_OUT: join(root, 'site-out'), ...env },
        });
        expect(r.stdout).toBe(`user sitecustomize ran\n${env.TRAINSPOTTER_PROBE ? 'True' : 'False'}\n`);
      }
    });
  },
);
