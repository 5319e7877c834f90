import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SUBJECTS = ['the cat', 'a dog', 'the bird', 'my friend', 'the teacher', 'a child'];
const VERBS = ['sees', 'likes', 'finds', 'follows', 'hears', 'wants'];
const OBJECTS = ['the ball', 'a tree', 'the river', 'some bread', 'the house', 'a song'];
const ENDS = ['today .', 'again .', 'at night .', 'in the park .'];

/**
 * Writes train.txt, valid.txt and test.txt of a small generated corpus (a fixed grammar, a
 * fixed linear congruential sequence: the same files every time) into `dir`, in place of
 * WikiText-2 for pytorch/examples' word_language_model.
 */
export function wordCorpus(dir: string, lines = { train: 1500, valid: 200, test: 200 }): void {
  mkdirSync(dir, { recursive: true });
  let state = 12345;
  const pick = <T>(xs: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return xs[state % xs.length] as T;
  };
  for (const [name, count] of Object.entries(lines)) {
    const text: string[] = [];
    for (let i = 0; i < count; i++)
      text.push(` ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(ENDS)} `);
    writeFileSync(join(dir, `${name}.txt`), `${text.join('\n')}\n`);
  }
}
