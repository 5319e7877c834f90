import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLenientJson } from '../core/lenient-json.js';
import { parseProbeSummary } from '../core/probe-summary.js';
import { judgeProbe, type ProbeVerdicts } from '../engines/pytorch/judge-probe.js';
import { PROBE_LOG, PROBE_SUMMARY } from './check-files.js';
import { type LoadedLog, readLog } from './read-log.js';

export interface ProbeRead extends ProbeVerdicts {
  /** probe.jsonl as a log of the check (the loss of every backward(), the learning rates). */
  readonly logs: readonly LoadedLog[];
}

/**
 * What the probe left in `outDir`: undefined when it wrote no summary (the command never
 * imported torch, or the probe was off). A summary or log it cannot read becomes a note.
 */
export async function readProbe(outDir: string): Promise<ProbeRead | undefined> {
  const summaryPath = join(outDir, PROBE_SUMMARY);
  let text: string;
  try {
    text = await readFile(summaryPath, 'utf8');
  } catch {
    return undefined;
  }
  const json = parseLenientJson(text);
  const parsed = json.ok
    ? parseProbeSummary(json.value, summaryPath)
    : { ok: false as const, problem: `${summaryPath}: ${json.problem}` };
  if (!parsed.ok) return { logs: [], findings: [], notes: [parsed.problem] };
  let logs: LoadedLog[] = [];
  const notes: string[] = [];
  if (parsed.summary.backward_calls > 0) {
    try {
      logs = [await readLog(join(outDir, PROBE_LOG), { format: 'jsonl' })];
    } catch (error) {
      notes.push(error instanceof Error ? error.message : String(error));
    }
  } else {
    notes.push('the PyTorch probe saw torch imported but no backward() call');
  }
  const loss = logs[0]?.series.find((s) => s.name === 'loss');
  const verdicts = judgeProbe(parsed.summary, loss);
  return { ...verdicts, notes: [...verdicts.notes, ...notes], logs };
}
