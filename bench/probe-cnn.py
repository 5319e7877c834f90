"""The workload of bench/probe-overhead.py: a small CNN on generated 3x32x32 images (no
downloads), SGD with momentum, cross_entropy, a DataLoader; prints the training loop's seconds
per step (after WARMUP steps) as JSON. With the probe armed and a third argument `interleave`,
the probe is paused and resumed every BLOCK steps and the seconds per step of both kinds of
block are printed: on a shared machine both see the same disturbance."""

import json
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 300
WARMUP = 20
torch.manual_seed(0)
device = sys.argv[2] if len(sys.argv) > 2 else "cpu"
interleave = len(sys.argv) > 3 and sys.argv[3] == "interleave"
BLOCK = 8
blocks = {True: [], False: []}
probe = None
if interleave:
    from trainspotter.probe import active

    probe = active()
x = torch.randn(64 * 32, 3, 32, 32)
y = torch.randint(0, 10, (64 * 32,))
loader = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True)
model = nn.Sequential(
    nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(64 * 8 * 8, 128), nn.ReLU(), nn.Linear(128, 10),
).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
step = 0
started = None
while step < STEPS:
    for xb, yb in loader:
        if step == WARMUP:
            if device != "cpu":
                torch.cuda.synchronize()
            started = time.perf_counter()
        if probe is not None and step >= WARMUP and (step - WARMUP) % BLOCK == 0:
            if device != "cpu":
                torch.cuda.synchronize()
            now = time.perf_counter()
            if step > WARMUP:
                blocks[probe.off is None].append((now - block_start) / BLOCK)
            block_start = now
            probe.off = None if ((step - WARMUP) // BLOCK) % 2 == 0 else "paused by the benchmark"
        xb, yb = xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        step += 1
        if step >= STEPS:
            break
if device != "cpu":
    torch.cuda.synchronize()
result = {"step_seconds": (time.perf_counter() - started) / (STEPS - WARMUP), "final_loss": loss.item()}
if probe is not None:
    import statistics

    result["block_on"] = statistics.median(blocks[True])
    result["block_off"] = statistics.median(blocks[False])
    result["blocks"] = [len(blocks[True]), len(blocks[False])]
print(json.dumps(result))
