// Measures the clean demo's final metrics over seeds 1..N and writes the demo's known result,
// src/engines/tfjs/demo/demo-reference.json. Usage: node --import tsx bench/demo-reference.ts [N]
import { writeFileSync } from 'node:fs';
import { demoModule } from '../src/engines/tfjs/demo/demo-module.js';
import { runEngine } from '../src/engines/tfjs/run-engine.js';
import { loadTf } from '../src/engines/tfjs/tf.js';

const seeds = Number(process.argv[2] ?? 10);
const backend = await loadTf({ preferNative: false });
const values: Record<string, number[]> = { 'val/accuracy': [], 'val/loss': [] };
for (let seed = 1; seed <= seeds; seed++) {
  const { report } = await runEngine(demoModule(), {
    backend,
    seed,
    startedAt: '',
    trainspotterVersion: 'dev',
  });
  for (const [metric, list] of Object.entries(values)) list.push(report.finalMetrics[metric] ?? Number.NaN);
  console.log(`seed ${seed}: ${JSON.stringify(report.finalMetrics)}`);
}
const stats = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { value: Number(mean.toFixed(4)), std: Number(sd.toFixed(4)), runs: xs.length };
};
const reference = {
  source: `clean demo, seeds 1-${seeds}, TensorFlow.js ${backend.name} backend (bench/demo-reference.ts)`,
  metrics: {
    // tolerances: the degradation a change may cause before it counts as a regression
    'val/accuracy': { ...stats(values['val/accuracy'] ?? []), better: 'higher', tolerance: 0.03 },
    'val/loss': { ...stats(values['val/loss'] ?? []), better: 'lower', tolerance: 0.1 },
  },
};
writeFileSync('src/engines/tfjs/demo/demo-reference.json', `${JSON.stringify(reference, null, 2)}\n`);
console.log(JSON.stringify(reference, null, 2));
