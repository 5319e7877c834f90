import { describe, expect, it } from 'vitest';
import { commandEnv } from './command-env.js';

describe('commandEnv', () => {
  it('keeps the job environment but not the inputs or the runner service tokens', () => {
    const env = commandEnv({
      PATH: '/usr/bin',
      CUDA_VISIBLE_DEVICES: '0',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      INPUT_SEED: '1',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      GITHUB_TOKEN: 'ghs_y',
      GITHUB_SHA: 'abc',
      UNSET: undefined,
    });
    expect(env).toEqual({ PATH: '/usr/bin', CUDA_VISIBLE_DEVICES: '0', GITHUB_SHA: 'abc' });
  });
});
