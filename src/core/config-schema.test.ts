import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from './config-json-schema.js';

describe('schema/trainspotter.schema.json', () => {
  it('is what `npm run gen:schema` writes from the zod schema (run it when this fails)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', CONFIG_JSON_SCHEMA_PATH), 'utf8');
    expect(committed, 'schema/trainspotter.schema.json is stale: run `npm run gen:schema`').toBe(
      configJsonSchemaText(),
    );
  });

  it('documents every key', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, child] of Object.entries(props ?? {})) {
        if (!child.description) undocumented.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      const additional = (node as { additionalProperties?: unknown }).additionalProperties;
      if (typeof additional === 'object') walk(additional, `${path}*.`);
    };
    walk(JSON.parse(configJsonSchemaText()), '');
    expect(undocumented).toEqual([]);
  });
});
