"""Device check of the PyTorch probe under AMP on CUDA (run by scripts/gpu-check.sh): a small
model trained with autocast and GradScaler prints its own unscaled losses; the probe's
probe.jsonl must hold the same values (GradScaler.scale's input), not the scaled ones."""

import json
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
device = "cuda"
model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.cuda.amp.GradScaler()
x = torch.randn(4096, 64, device=device)
y = torch.randint(0, 10, (4096,), device=device)
losses = []
for step in range(64):
    idx = slice((step * 64) % 4096, (step * 64) % 4096 + 64)
    opt.zero_grad()
    with torch.autocast("cuda", dtype=torch.float16):
        loss = F.cross_entropy(model(x[idx]), y[idx])
    scaler.scale(loss).backward()
    scaler.step(opt)
    scaler.update()
    losses.append(loss.detach())
mine = torch.stack(losses).float().cpu().tolist()
out = os.environ.get("TRAINSPOTTER_OUT")
if out:
    probe = [json.loads(l)["loss"] for l in open(os.path.join(out, "probe.jsonl")) if '"loss"' in l]
    worst = max(abs(a - b) for a, b in zip(mine, probe))
    print(json.dumps({"losses": len(mine), "probe_losses": len(probe), "max_abs_difference": worst, "first": [mine[0], probe[0]]}))
    sys.exit(0 if len(probe) == len(mine) and worst < 1e-3 else 1)
print(json.dumps({"losses": len(mine), "first": mine[0]}))
