/** Lines that are never metrics: argparse dumps, warnings, tracebacks. */
const SKIPPED = /Namespace\(|Warning:|warnings\.warn|Traceback|^\s*File "/;
/**
 * Where Python's `warnings` module starts its message in a line: `/path/augmentations.py:238:
 * VisibleDeprecationWarning: …`. Written to stderr, it can land in the middle of a line that
 * stdout had begun (`iter 10 || Loss: 9.8635 || /usr/…/augmentations.py:238: …Warning: …`).
 */
const WARNING_AT = /\S+\.py:\d+: \w*Warning:/;
/** A printed dict holding a flag or None is a configuration (`{'work_dir': './out', 'use_gpu': False, …}`), not metrics. */
const SETTINGS_DICT = /:\s*(?:True|False|None)\s*[,}]/;
/** A yacs config dumped line by line (detectron2, Dassl): `  BASE_LR: 0.01`, `  MAX_ITER: 37000`. */
const CONFIG_KEY_LINE = /^\s+[A-Z][A-Z0-9]*_[A-Z0-9_]*:\s*\S*\s*$/;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BRACE = 123;

/**
 * The part of a visible printed line that may hold metrics: the whole line, the text before a
 * warning that stderr wrote into it, or undefined for a line that never holds any (warnings,
 * tracebacks, argparse and config dumps, `#` comments of printed code or config).
 */
export function readablePart(line: string): string | undefined {
  let first = 0;
  while (first < line.length && (line.charCodeAt(first) === SPACE || line.charCodeAt(first) === TAB)) first++;
  const c = line.charCodeAt(first);
  // `# 1 epoch is 500 iterations` (a comment of printed code or config), not `#100 loss: 0.3`
  if (
    c === HASH &&
    (first + 1 === line.length || line.charCodeAt(first + 1) === SPACE || line.charCodeAt(first + 1) === HASH)
  )
    return undefined;
  if (c === BRACE && SETTINGS_DICT.test(line)) return undefined;
  if (first > 0 && CONFIG_KEY_LINE.test(line)) return undefined;
  if (!SKIPPED.test(line)) return line;
  const at = line.search(WARNING_AT);
  return at > 0 ? line.slice(0, at) : undefined;
}
