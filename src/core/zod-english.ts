// The schemas of trainspotter.yml, report.json and the rest are written with zod/mini: the same
// validation and messages as zod's full build, in plain functions that the bundler keeps only
// where used, so a command validates its config without compiling the whole of zod first
// (issue 17: a third of `trainspotter run`'s start before its first check).
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini carries no messages of its own; the full build sets English, and so does this.
z.config(en());

/**
 * `schema`, described in zod's global registry (the `description` of its JSON Schema), keeping
 * what the registry already holds for it. Returns the same schema.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), description });
  return schema;
}
