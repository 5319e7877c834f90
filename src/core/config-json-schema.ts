import * as z from 'zod/mini';
import { configSchema } from './config.js';

/** Where the generated JSON Schema of trainspotter.yml is committed, relative to the repository. */
export const CONFIG_JSON_SCHEMA_PATH = 'schema/trainspotter.schema.json';

/**
 * The JSON Schema of trainspotter.yml as users write it (before defaults), generated from the one
 * zod schema, as the text committed in `schema/trainspotter.schema.json` (ends with a newline).
 */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
  const withId = {
    ...schema,
    $id: 'https://github.com/trainspotter/trainspotter/schema/trainspotter.schema.json',
    title: 'trainspotter.yml',
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
