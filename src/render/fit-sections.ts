/** One part of a rendered summary, kept or dropped as a whole or cut at a line when space runs out. */
export interface Section {
  /** Lower is more important; kept first when the body would be too long. */
  readonly priority: number;
  /**
   * The section's lines; a builder may stop once they exceed `max` characters (the section
   * will not fit whole then), so a huge report costs no more than what can be shown.
   */
  readonly build: (max: number) => readonly string[];
  /** May be cut at a line boundary (lists); otherwise kept whole or dropped. */
  readonly trimmable: boolean;
  /** Fewest non-empty lines worth keeping of a cut section; default 2. */
  readonly minLines?: number;
  /** The summary of the closed `<details>` fold it sits in; neighbouring sections share one fold. */
  readonly fold?: string;
}

export const size = (lines: readonly string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);

const open = (summary: string) => [`<details><summary>${summary}</summary>`, ''];
const CLOSE = ['</details>', ''];

/**
 * Keeps sections by priority within `budget` characters (a fold's own tags are counted once it
 * holds anything) and lays the kept ones out in their order, each fold opened and closed once.
 * Returns the lines and whether anything was cut or dropped.
 */
export function fitSections(sections: readonly Section[], budget: number): { lines: string[]; cut: boolean } {
  const kept: (string[] | null)[] = sections.map(() => null);
  const foldsOpen = new Set<string>();
  let left = budget;
  let cut = false;
  const order = sections
    .map((_s, i) => i)
    .sort((a, b) => (sections[a]?.priority ?? 0) - (sections[b]?.priority ?? 0));
  for (const i of order) {
    const section = sections[i] as Section;
    const wrap = section.fold && !foldsOpen.has(section.fold) ? size([...open(section.fold), ...CLOSE]) : 0;
    const room = left - wrap;
    const all = section.build(Math.max(0, room));
    if (all.length === 0) continue;
    const whole = size(all);
    let lines: string[] | null = null;
    if (whole <= room) lines = [...all];
    else {
      cut = true;
      if (section.trimmable) {
        const part: string[] = [];
        let used = 0;
        for (const line of all) {
          if (used + line.length + 1 > room - 2) break;
          part.push(line);
          used += line.length + 1;
        }
        if (part.filter((l) => l !== '').length >= (section.minLines ?? 2)) lines = [...part, ''];
      }
    }
    if (!lines) continue;
    kept[i] = lines;
    left -= size(lines) + wrap;
    if (section.fold) foldsOpen.add(section.fold);
  }
  const out: string[] = [];
  let fold: string | undefined;
  sections.forEach((section, i) => {
    const lines = kept[i];
    if (!lines) return;
    if (section.fold !== fold) {
      if (fold) out.push(...CLOSE);
      if (section.fold) out.push(...open(section.fold));
      fold = section.fold;
    }
    out.push(...lines);
  });
  if (fold) out.push(...CLOSE);
  return { lines: out, cut };
}
