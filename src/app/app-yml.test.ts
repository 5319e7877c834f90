import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_EVENTS } from './app.js';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', '..', 'app.yml'), 'utf8')) as {
  default_events: string[];
  default_permissions: Record<string, string>;
};

describe('app.yml, the registration manifest', () => {
  it('subscribes to exactly the events the app handles', () => {
    expect([...manifest.default_events].sort()).toEqual([...APP_EVENTS].sort());
  });

  it('asks for the least permissions: one write per thing the app writes, read for the rest', () => {
    expect(manifest.default_permissions).toEqual({
      actions: 'write', // artifacts are read with actions: read; /trainspotter rerun needs write
      checks: 'write',
      contents: 'read',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'read',
    });
  });
});
