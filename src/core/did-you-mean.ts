/**
 * Edit distance between two strings counting insertions, deletions, substitutions and swaps of
 * two neighbours (optimal string alignment), so the typo `fial` is one edit from `fail`. O(a·b).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const prev = rows[i - 1] ?? [];
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      cur.push(d);
    }
    rows.push(cur);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The candidate closest to `word` when it is a plausible typo, else undefined: case-insensitive
 * edit distance at most 1 for words under 6 characters, at most 2 for longer ones.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= (word.length < 6 ? 1 : 2) ? best : undefined;
}
