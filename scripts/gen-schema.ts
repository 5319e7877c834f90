// Writes schema/trainspotter.schema.json from the zod schema in src/core/config.ts.
// Run with `npm run gen:schema`; src/core/config-schema.test.ts fails when the committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from '../src/core/config-json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, CONFIG_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${CONFIG_JSON_SCHEMA_PATH}`);
