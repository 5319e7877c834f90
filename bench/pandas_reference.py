"""The reference a user would otherwise reach for: pandas read_csv plus a numpy trend fit.

Prints one JSON object: points, seconds (read + fit, without interpreter start-up), the CPU
seconds of the same span and peak RSS.
Run with Debian's python3 (python3-pandas): /usr/bin/python3 bench/pandas_reference.py FILE.csv
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd

path = sys.argv[1]
start = time.perf_counter()
cpu_start = time.process_time()
frame = pd.read_csv(path)
step = frame.columns[0] if "step" not in frame.columns else "step"
points = 0
for column in frame.columns:
    if column in ("step", "epoch"):
        continue
    series = frame[[step, column]].dropna()
    points += len(series)
    # Trend: slope of log-loss against step, the fit a user would do by hand.
    np.polyfit(series[step].to_numpy(float), np.log(series[column].to_numpy(float)), 1)
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"points": points, "seconds": seconds, "cpuSeconds": cpu_seconds, "peakRssMB": peak_mb}))
