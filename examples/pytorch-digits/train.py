"""A small, honest PyTorch classifier on scikit-learn's bundled digits (8x8 images, 10 classes).

The mode comes from TRAINSPOTTER_CHECK (smoke | overfit | eval), the seed from TRAINSPOTTER_SEED,
and everything is written into TRAINSPOTTER_OUT (default: ./out):
  metrics.jsonl  one JSON object per line, e.g. {"step": 12, "epoch": 0, "split": "train", "loss": 0.53}
  eval.json      (eval only) final metrics per split, see docs/eval-file.md

--bug NAME (or DIGITS_BUG) injects one of the classic bugs; see README.md.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn

BUGS = (
    "flip_sign",
    "softmax_into_ce",
    "lr_high",
    "log_zero",
    "shape_crash",
    "hang",
    "labels_shuffled",
    "unseeded_shuffle",
)
CHECKS = ("smoke", "overfit", "eval")
# The split is a property of the data set, not of the run: every seed sees the same four splits.
DATA_SEED = 1234


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", choices=CHECKS, default=os.environ.get("TRAINSPOTTER_CHECK", "smoke"))
    p.add_argument("--seed", type=int, default=int(os.environ.get("TRAINSPOTTER_SEED", "0")))
    p.add_argument("--out", default=os.environ.get("TRAINSPOTTER_OUT", "out"))
    p.add_argument("--epochs", type=int, default=None, help="default: 5 for smoke, 30 for eval")
    p.add_argument("--steps", type=int, default=1000, help="optimiser steps of the overfit check")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-2)
    p.add_argument("--device", default="auto", help="auto (CUDA when available), cpu, cuda, cuda:1 ...")
    p.add_argument("--bug", choices=BUGS, default=os.environ.get("DIGITS_BUG") or None)
    p.add_argument(
        "--hidden",
        type=int,
        default=int(os.environ.get("DIGITS_HIDDEN", "128")),
        help="units of each hidden layer (default 128; a capacity cut such as 4 is a real regression)",
    )
    args = p.parse_args()
    # argparse does not check defaults against choices, and these come from the environment.
    if args.check not in CHECKS:
        p.error(f"TRAINSPOTTER_CHECK={args.check!r}: expected one of {', '.join(CHECKS)}")
    if args.bug is not None and args.bug not in BUGS:
        p.error(f"DIGITS_BUG={args.bug!r}: expected one of {', '.join(BUGS)}")
    if args.epochs is None:
        args.epochs = 30 if args.check == "eval" else 5
    return args


def load_splits(bug):
    """Four fixed splits: train and train_val from one pool, test_val and test from another."""
    digits = load_digits()
    x = torch.tensor(digits.data / 16.0, dtype=torch.float32)
    y = torch.tensor(digits.target, dtype=torch.long)
    perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(DATA_SEED))
    x, y = x[perm], y[perm]
    if bug == "labels_shuffled":
        # The classic: inputs and labels shuffled with two different permutations.
        y = y[torch.randperm(len(y), generator=torch.Generator().manual_seed(DATA_SEED + 1))]
    n_test, n_test_val, n_train_val = 360, 270, 180
    bounds = np.cumsum([0, n_test, n_test_val, n_train_val, len(y)])
    names = ["test", "test_val", "train_val", "train"]
    return {name: (x[bounds[i] : bounds[i + 1]], y[bounds[i] : bounds[i + 1]]) for i, name in enumerate(names)}


class MLP(nn.Module):
    def __init__(self, bug, hidden=128):
        super().__init__()
        self.bug = bug
        h = hidden
        self.net = nn.Sequential(nn.Linear(64, h), nn.ReLU(), nn.Linear(h, h), nn.ReLU(), nn.Linear(h, 10))

    def forward(self, x):
        if self.bug == "shape_crash":
            # Someone "restores" the image shape before the first Linear layer.
            x = x.view(-1, 8, 8).transpose(0, 1).reshape(-1, 8)
        return self.net(x)


def loss_fn(logits, y, bug):
    if bug == "softmax_into_ce":
        return F.cross_entropy(torch.softmax(logits, dim=1), y)
    if bug == "log_zero":
        # Hand-written one-vs-rest binary cross-entropy instead of BCEWithLogitsLoss: once a logit
        # passes ~17, sigmoid rounds to exactly 1.0 in float32, log(1 - p) is log(0) = -inf,
        # and 0 * -inf = NaN.
        probs = torch.sigmoid(logits)
        onehot = F.one_hot(y, num_classes=10).float()
        return -(onehot * torch.log(probs) + (1 - onehot) * torch.log(1 - probs)).sum(dim=1).mean()
    loss = F.cross_entropy(logits, y)
    return -loss if bug == "flip_sign" else loss


def make_optimizer(model, lr, bug):
    if bug == "lr_high":
        # A learning rate thousands of times too high.
        return torch.optim.SGD(model.parameters(), lr=50.0, momentum=0.9)
    return torch.optim.Adam(model.parameters(), lr=lr)


class Logger:
    def __init__(self, out):
        os.makedirs(out, exist_ok=True)
        self.file = open(os.path.join(out, "metrics.jsonl"), "w", encoding="utf-8")

    def log(self, **record):
        # json.dumps writes bare NaN / Infinity, as the protocol allows.
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()


@torch.no_grad()
def evaluate(model, x, y, device):
    model.eval()
    logits = model(x.to(device))
    loss = F.cross_entropy(logits, y.to(device)).item()
    correct = int((logits.argmax(dim=1).cpu() == y).sum())
    model.train()
    return loss, correct


def train_epochs(model, opt, splits, args, device, logger):
    x, y = splits["train"]
    xv, yv = splits["train_val"]
    gen = torch.Generator().manual_seed(args.seed)
    if args.bug == "unseeded_shuffle":
        # The batch order drawn from fresh OS entropy instead of the run seed: two runs with the
        # same TRAINSPOTTER_SEED no longer train on the same batches.
        gen = torch.Generator()
        gen.seed()
    step = 0
    for epoch in range(args.epochs):
        order = torch.randperm(len(y), generator=gen)
        for i in range(0, len(y), args.batch_size):
            idx = order[i : i + args.batch_size]
            loss = loss_fn(model(x[idx].to(device)), y[idx].to(device), args.bug)
            opt.zero_grad()
            loss.backward()
            opt.step()
            logger.log(step=step, epoch=epoch, split="train", loss=loss.item())
            step += 1
        val_loss, correct = evaluate(model, xv, yv, device)
        logger.log(step=step, epoch=epoch, val_loss=val_loss, val_accuracy=correct / len(yv))
        if args.bug == "hang":
            # Stands in for a dead-locked data loader or collective: alive, silent, never finishing.
            while True:
                time.sleep(3600)


def overfit(model, opt, splits, args, device, logger):
    x, y = splits["train"]
    xb, yb = x[: args.batch_size].to(device), y[: args.batch_size].to(device)
    for step in range(args.steps):
        loss = loss_fn(model(xb), yb, args.bug)
        opt.zero_grad()
        loss.backward()
        opt.step()
        logger.log(step=step, split="train", loss=loss.item())
        if args.bug == "hang" and step == 10:
            while True:
                time.sleep(3600)


def write_eval(model, splits, device, out):
    result = {"metric": "accuracy", "splits": {}, "extra": {}}
    for name in ("train", "train_val", "test_val", "test"):
        x, y = splits[name]
        loss, correct = evaluate(model, x, y, device)
        result["splits"][name] = {"value": correct / len(y), "n": len(y), "correct": correct}
        result["extra"][f"{name}/loss"] = loss
    with open(os.path.join(out, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    return result


def main():
    args = parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu") if args.device == "auto" else torch.device(args.device)
    print(f"digits: check={args.check} seed={args.seed} device={device} bug={args.bug or 'none'}", flush=True)

    splits = load_splits(args.bug)
    model = MLP(args.bug, args.hidden).to(device)
    opt = make_optimizer(model, args.lr, args.bug)
    logger = Logger(args.out)
    if args.check == "overfit":
        overfit(model, opt, splits, args, device, logger)
    else:
        train_epochs(model, opt, splits, args, device, logger)
    if args.check == "eval":
        result = write_eval(model, splits, device, args.out)
        summary = ", ".join(f"{k}={v['value']:.4f}" for k, v in result["splits"].items())
        print(f"digits: eval {summary}", flush=True)
    print("digits: done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
