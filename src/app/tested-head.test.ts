import { describe, expect, it } from 'vitest';
import { testedHead } from './tested-head.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';
const BASE = 'f'.repeat(40);

describe('testedHead', () => {
  it("is the run's own head for pull_request and push runs, whatever the artifacts are called", () => {
    expect(
      testedHead({ event: 'pull_request', head_sha: BASE }, [`trainspotter-report-${HEAD}-seed-0`]),
    ).toBe(BASE);
    expect(testedHead({ event: 'push', head_sha: BASE }, [])).toBe(BASE);
  });

  it('is the commit the artifact names under pull_request_target', () => {
    const names = [`trainspotter-report-${HEAD}-seed-0`, `trainspotter-report-${HEAD}-seed-1`];
    expect(testedHead({ event: 'pull_request_target', head_sha: BASE }, names)).toBe(HEAD);
  });

  it('is null under pull_request_target when the artifacts name no commit, or two', () => {
    expect(
      testedHead({ event: 'pull_request_target', head_sha: BASE }, ['trainspotter-report-seed-0']),
    ).toBeNull();
    expect(
      testedHead({ event: 'pull_request_target', head_sha: BASE }, [
        `trainspotter-report-${HEAD}-seed-0`,
        `trainspotter-report-${'e'.repeat(40)}-seed-1`,
      ]),
    ).toBeNull();
    expect(testedHead({ event: 'pull_request_target', head_sha: BASE }, [])).toBeNull();
  });
});
