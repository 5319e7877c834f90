// The names of the files a check reads and writes, apart from the readers themselves: the runner
// needs them before a command starts, and the readers (with the log parsers and judges behind
// them) load only once it has (run-checks.ts).

/** The `metrics` value that names the command's own output. */
export const STDOUT_METRICS = 'stdout';
/** The file in $TRAINSPOTTER_OUT where a check's captured output is saved before it is read. */
export const OUTPUT_LOG = 'trainspotter-output.log';
/** The file a command may write into $TRAINSPOTTER_OUT without configuring `metrics`. */
export const DEFAULT_METRICS = 'metrics.jsonl';
/** The files the PyTorch probe writes into TRAINSPOTTER_OUT (python/trainspotter/probe/_probe.py). */
export const PROBE_LOG = 'probe.jsonl';
export const PROBE_SUMMARY = 'probe-summary.json';
