/** What a reader works out once per layout of keys: the names of a record's fields, in order. */
export interface LayoutPlan {
  readonly names: readonly string[];
}

/** Key layouts remembered at once: more distinct layouts than this cost a plan per record, no more. */
const MAX_LAYOUTS = 8;

/** Whether `plan` is for exactly these names, in order. O(count). */
function fits(plan: readonly string[], names: readonly string[], count: number): boolean {
  if (count !== plan.length) return false;
  for (let i = 0; i < count; i++) if (names[i] !== plan[i]) return false;
  return true;
}

/** Whether no name repeats (a repeated JSON key takes its last value at its first place). */
function distinct(names: readonly string[], count: number): boolean {
  return new Set(names.slice(0, count)).size === count;
}

/**
 * The plans of the last few key layouts, newest first (train and eval records often alternate):
 * what each field of a record means (the step, a metric, its series) is worked out once per
 * layout, not looked up by name on every record.
 */
export class FieldLayouts<P extends LayoutPlan> {
  private readonly plans: P[] = [];

  constructor(private readonly plan: (names: readonly string[]) => P) {}

  /**
   * The plan for fields named `names[0, count)`, made on first sight; undefined when a name
   * repeats (the record is then what JSON.parse makes of it, which the caller builds).
   */
  get(names: readonly string[], count: number): P | undefined {
    const plans = this.plans;
    const newest = plans[0];
    if (newest !== undefined && fits(newest.names, names, count)) return newest;
    let plan: P | undefined;
    const at = plans.findIndex((p) => fits(p.names, names, count));
    if (at >= 0) {
      plan = plans[at] as P;
      plans.splice(at, 1);
    } else {
      if (!distinct(names, count)) return undefined;
      plan = this.plan(names.slice(0, count));
      if (plans.length >= MAX_LAYOUTS) plans.pop();
    }
    plans.unshift(plan);
    return plan;
  }
}
