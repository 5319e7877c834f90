"""The PyTorch probe's overhead on a small CNN (bench/probe-cnn.py), against the budget: ≤5 % of
step time, ≤0.3 s at start.

- step time, within one process: the probe paused and resumed every 8 steps, the median
  seconds per step of each kind of block (`interleaved_overhead`): both kinds see the same
  disturbance, which makes this the number to trust on a shared machine;
- step time across processes: the script with the probe off and on, ROUNDS times each,
  alternately (the fastest run of each; medians printed too);
- start: `python -c "import torch"` with and without the probe armed, fastest of ROUNDS.
The final losses of the off and on runs must be the same. Usage:
python3 bench/probe-overhead.py [steps] [device]  (PROBE_BENCH_ROUNDS, default 5)."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.join(os.path.dirname(HERE), "python")
ROUNDS = int(os.environ.get("PROBE_BENCH_ROUNDS", "5"))


def probe_env(probe, out, steps):
    env = dict(os.environ)
    if probe:
        env.update(
            PYTHONPATH=PROBE + os.pathsep + env.get("PYTHONPATH", ""),
            TRAINSPOTTER_PROBE="1",
            TRAINSPOTTER_OUT=out,
            TRAINSPOTTER_CHECK="smoke",
            TRAINSPOTTER_MAX_STEPS=str(10 * steps),
        )
    return env


def start(probe):
    """Seconds to start Python and import torch."""
    env = probe_env(probe, tempfile.mkdtemp(prefix="probe-bench-"), 1)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import torch"], env=env, check=True)
    return time.perf_counter() - started


def run(probe, steps, device, *extra):
    out = tempfile.mkdtemp(prefix="probe-bench-")
    env = probe_env(probe, out, steps)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, os.path.join(HERE, "probe-cnn.py"), str(steps), device, *extra],
        env=env, capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if probe and not os.path.exists(os.path.join(out, "probe-summary.json")):
        raise SystemExit("the probe wrote no summary: " + done.stderr)
    return wall, result["step_seconds"], result["final_loss"], result


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    device = sys.argv[2] if len(sys.argv) > 2 else "cpu"
    interleaved = run(True, 4 * steps, device, "interleave")[3]
    runs = {False: [], True: []}
    starts = {False: [], True: []}
    for _ in range(ROUNDS):
        for probe in (False, True):
            runs[probe].append(run(probe, steps, device))
            starts[probe].append(start(probe))
    step = {p: [r[1] for r in rs] for p, rs in runs.items()}
    losses = {p: sorted({round(r[2], 6) for r in rs}) for p, rs in runs.items()}
    step_overhead = min(step[True]) / min(step[False]) - 1
    start_overhead = min(starts[True]) - min(starts[False])
    print(json.dumps({
        "device": device,
        "steps": steps,
        "rounds": ROUNDS,
        "interleaved_step_seconds": {"on": interleaved["block_on"], "off": interleaved["block_off"], "blocks": interleaved["blocks"]},
        "interleaved_overhead": round(interleaved["block_on"] / interleaved["block_off"] - 1, 4),
        "step_seconds_off": {"min": min(step[False]), "median": statistics.median(step[False])},
        "step_seconds_on": {"min": min(step[True]), "median": statistics.median(step[True])},
        "step_overhead": round(step_overhead, 4),
        "start_seconds_off": {"min": round(min(starts[False]), 3), "median": round(statistics.median(starts[False]), 3)},
        "start_seconds_on": {"min": round(min(starts[True]), 3), "median": round(statistics.median(starts[True]), 3)},
        "start_overhead_seconds": round(start_overhead, 3),
        "same_final_loss": losses[False] == losses[True],
        "within_budget": interleaved["block_on"] / interleaved["block_off"] - 1 <= 0.05 and start_overhead <= 0.3,
    }, indent=2))


if __name__ == "__main__":
    main()
