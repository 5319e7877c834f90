import * as z from 'zod/mini';

/** A number as the probe writes it: Python's json writes NaN / Infinity, read as non-finite numbers. */
const n = z.custom<number>((v) => typeof v === 'number', 'expected a number (NaN and Infinity allowed)');
const maybe = z.nullable(n);

const lossInput = z.object({
  dim: z.int(),
  shape: z.array(z.int()),
  min: z.optional(n),
  max: z.optional(n),
  zero_fraction: z.optional(n),
  classes: z.optional(z.int()),
  row_sum_error: z.optional(n),
  logsumexp_error: z.optional(n),
  calls: z.optional(z.int()),
});

/**
 * probe-summary.json, what the PyTorch probe (python/trainspotter/probe) measured inside the
 * training process: its counters, its cap, the inputs of the loss functions, the first input
 * batch, gradient norms and update ratios per parameter at the measured optimizer steps, dead
 * ReLU units, and modules left in training mode under no_grad.
 */
export const ProbeSummarySchema = z.object({
  version: z.literal(1),
  torch: z.nullable(z.string()),
  check: z.string(),
  /** Why the probe switched itself off; null while it ran. */
  off: z.nullable(z.string()),
  backward_calls: z.int().check(z.gte(0)),
  optimizer_steps: z.int().check(z.gte(0)),
  optimizers: z.int().check(z.gte(0)),
  zero_grad_calls: z.int().check(z.gte(0)),
  capped: z.nullable(z.object({ reason: z.enum(['max_steps', 'max_time']), steps: z.int(), seconds: n })),
  max_steps: z.nullable(z.int()),
  max_time: z.nullable(n),
  fix_batch: z.boolean(),
  loaders: z.int().check(z.gte(0)),
  fixed_loaders: z.int().check(z.gte(0)),
  batch_problem: z.nullable(z.string()),
  loss_inputs: z.record(z.string(), lossInput),
  input: z.nullable(
    z.object({
      floating: z.boolean(),
      shape: z.optional(z.array(z.int())),
      count: z.optional(z.int()),
      min: z.optional(n),
      max: z.optional(n),
      mean: z.optional(n),
      std: z.optional(n),
    }),
  ),
  params: z.array(
    z.object({
      name: z.string(),
      kernel: z.boolean(),
      steps: z.array(z.int()),
      grad_norms: z.array(maybe),
      update_ratios: z.array(maybe),
    }),
  ),
  relu: z.record(z.string(), z.object({ units: z.int().check(z.gte(0)), dead: n })),
  modes: z.record(z.string(), z.object({ type: z.string(), calls: z.int() })),
});

export type ProbeSummary = z.infer<typeof ProbeSummarySchema>;

export type ProbeSummaryResult = { ok: true; summary: ProbeSummary } | { ok: false; problem: string };

/** Validates parsed probe-summary.json (pure); a problem names the field and says it is a probe bug. */
export function parseProbeSummary(raw: unknown, source: string): ProbeSummaryResult {
  const parsed = ProbeSummarySchema.safeParse(raw);
  if (parsed.success) return { ok: true, summary: parsed.data };
  const first = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return {
    ok: false,
    problem: `${source} is not a probe summary this trainspotter reads (${first}); the probe and trainspotter must come from the same version.`,
  };
}
