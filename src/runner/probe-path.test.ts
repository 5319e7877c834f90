import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probePythonPath } from './probe-path.js';

describe('probePythonPath', () => {
  it("finds the checkout's python/ folder, with the sitecustomize in it", () => {
    const found = probePythonPath();
    expect(found).toBe(join(import.meta.dirname, '..', '..', 'python'));
    expect(existsSync(join(found ?? '', 'sitecustomize.py'))).toBe(true);
  });

  it('is undefined where no probe is shipped', () => {
    expect(probePythonPath('/nonexistent/dist/cli.js')).toBeUndefined();
  });
});
