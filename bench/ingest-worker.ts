// One measurement of `npm run bench`: read one log file (or an MLflow store) with readLogs and
// judge every loss-like series with analyzeSeries, in a fresh process, and print points, seconds
// and peak RSS as JSON.
import { analyzeSeries } from '../src/core/analyze.js';
import { readLogs } from '../src/runner/read-log.js';

const path = process.argv[2] as string;
const start = performance.now();
const cpuStart = process.cpuUsage();
const logs = await readLogs(path);
const readSeconds = (performance.now() - start) / 1000;
const findings = logs.flatMap((log) => analyzeSeries(log.series));
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const points = logs.reduce((n, log) => n + log.series.reduce((m, s) => m + s.values.length, 0), 0);
console.log(
  JSON.stringify({
    format: logs[0]?.format,
    points,
    readSeconds,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    verdicts: findings.map((f) => `${f.series}: ${f.verdict}`),
  }),
);
