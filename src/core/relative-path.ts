/**
 * Why `path` is not a safe path relative to the project folder, or undefined when it is: it must be
 * non-empty, not absolute (no leading `/`, `\` or drive letter), and its `..` segments must not
 * climb out of the folder it is relative to. Pure string work; `/` and `\` both separate.
 */
export function relativePathProblem(path: string): string | undefined {
  if (path.trim() === '')
    return 'is empty; give a path relative to the project folder, e.g. "out/metrics.jsonl"';
  if (/^[/\\]/.test(path) || /^[A-Za-z]:/.test(path) || path.startsWith('~')) {
    return 'is an absolute path; give a path relative to the project folder, e.g. "out/metrics.jsonl"';
  }
  let depth = 0;
  for (const segment of path.split(/[/\\]+/)) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0)
      return 'climbs out of the project folder with `..`; give a path inside it, e.g. "out/metrics.jsonl"';
  }
  return undefined;
}
