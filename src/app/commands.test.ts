import { describe, expect, it } from 'vitest';
import { parseCommand } from './commands.js';

describe('parseCommand', () => {
  it('finds each command on its own line, case-insensitively', () => {
    expect(parseCommand('/trainspotter ok-to-test')).toEqual({ kind: 'command', name: 'ok-to-test' });
    expect(parseCommand('Looks good.\n\n/TrainSpotter ACCEPT please')).toEqual({
      kind: 'command',
      name: 'accept',
    });
    expect(parseCommand('  /trainspotter rerun\r\n')).toEqual({ kind: 'command', name: 'rerun' });
  });

  it('reports an unknown word, and a bare /trainspotter, as unknown', () => {
    expect(parseCommand('/trainspotter merge')).toEqual({ kind: 'unknown', text: 'merge' });
    expect(parseCommand('/trainspotter')).toEqual({ kind: 'unknown', text: '' });
  });

  it('ignores comments that only mention trainspotter, or quote a command', () => {
    expect(parseCommand('I ran trainspotter locally')).toBeNull();
    expect(parseCommand('> /trainspotter accept\nno thanks')).toBeNull();
    expect(parseCommand('see `/trainspotter accept`')).toBeNull();
  });
});
