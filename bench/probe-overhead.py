"""The PyTorch probe's overhead: bench/probe-cnn.py run with the probe off and on, alternately,
ROUNDS times each; prints the median seconds per step, the median start-up cost (process wall
time minus the training loop) and the overheads against the issue's budget (≤5 % of step
time, ≤0.3 s at start). Usage: python3 bench/probe-overhead.py [steps] [device]."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.join(os.path.dirname(HERE), "python")
ROUNDS = 5


def run(probe, steps, device):
    env = dict(os.environ)
    out = tempfile.mkdtemp(prefix="probe-bench-")
    if probe:
        env.update(
            PYTHONPATH=PROBE + os.pathsep + env.get("PYTHONPATH", ""),
            TRAINSPOTTER_PROBE="1",
            TRAINSPOTTER_OUT=out,
            TRAINSPOTTER_CHECK="smoke",
            TRAINSPOTTER_MAX_STEPS=str(10 * steps),
        )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, os.path.join(HERE, "probe-cnn.py"), str(steps), device],
        env=env, capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if probe and not os.path.exists(os.path.join(out, "probe-summary.json")):
        raise SystemExit("the probe wrote no summary: " + done.stderr)
    return wall, result["step_seconds"], result["final_loss"]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    device = sys.argv[2] if len(sys.argv) > 2 else "cpu"
    runs = {False: [], True: []}
    for _ in range(ROUNDS):
        for probe in (False, True):
            runs[probe].append(run(probe, steps, device))
    med = {p: (statistics.median(r[1] for r in rs), statistics.median(r[0] - r[1] * steps for r in rs)) for p, rs in runs.items()}
    losses = {p: sorted({round(r[2], 6) for r in rs}) for p, rs in runs.items()}
    step_overhead = med[True][0] / med[False][0] - 1
    start_overhead = med[True][1] - med[False][1]
    print(json.dumps({
        "device": device,
        "steps": steps,
        "rounds": ROUNDS,
        "step_seconds_off": med[False][0],
        "step_seconds_on": med[True][0],
        "step_overhead": round(step_overhead, 4),
        "start_seconds_off": round(med[False][1], 3),
        "start_seconds_on": round(med[True][1], 3),
        "start_overhead_seconds": round(start_overhead, 3),
        "same_final_loss": losses[False] == losses[True],
        "within_budget": step_overhead <= 0.05 and start_overhead <= 0.3,
    }, indent=2))


if __name__ == "__main__":
    main()
