import { InputError } from '../core/errors.js';
import type { LogFormat } from './format.js';
import { LOG_FORMATS } from './formats.js';
import { describeHead } from './head-text.js';
import { quote } from './quote.js';
import { looksLikeUltralytics, ULTRALYTICS_ADVICE } from './ultralytics-advice.js';

/** How many bytes of a file detection looks at. */
export const HEAD_BYTES = 64 * 1024;

/** The last component of a path, `/` or `\` separated. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** What the head looks like, for a message: binary data, an empty file, or its first line. */
export function describeContent(head: Uint8Array): string {
  const { text, binary } = describeHead(head);
  if (binary !== undefined) return binary;
  const first = (text ?? '').trimStart().split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  return first === '' ? 'an empty file' : `first line ${quote(first)}`;
}

/** The supported formats and how to convert anything else, for the end of a message. */
export function supportedFormats(formats: readonly LogFormat[] = LOG_FORMATS): string {
  return (
    `Supported formats: ${formats.map((f) => `${f.id} (${f.description})`).join('; ')}. ` +
    'For any other logger, write one JSON object per line, e.g. {"step": 100, "loss": 0.42, "val_loss": 0.51}, ' +
    'to $TRAINSPOTTER_OUT/metrics.jsonl (the jsonl format).'
  );
}

/** The best-scoring format for a file, or undefined when no format recognises it. */
export function sniffFormat(
  fileName: string,
  head: Uint8Array,
  formats: readonly LogFormat[] = LOG_FORMATS,
): LogFormat | undefined {
  const name = baseName(fileName);
  let best: LogFormat | undefined;
  let bestScore = 0;
  for (const f of formats) {
    // a later format wins only with a higher score: one that cannot reach it is not asked
    if (f.maxScore !== undefined && f.maxScore <= bestScore) continue;
    const score = f.sniff(name, head);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The format of a log from its path and its first bytes (up to HEAD_BYTES): the highest sniff
 * score wins. Throws InputError naming the file, what it holds (binary data, an empty file,
 * its first line) and the supported formats, so binary or foreign input is refused before
 * more than its head is read.
 */
export function detectFormat(
  fileName: string,
  head: Uint8Array,
  formats: readonly LogFormat[] = LOG_FORMATS,
): LogFormat {
  const found = sniffFormat(fileName, head, formats);
  if (found !== undefined) return found;
  const advice = looksLikeUltralytics(describeHead(head).text ?? '') ? `${ULTRALYTICS_ADVICE} ` : '';
  throw new InputError(
    `${fileName}: not a training log trainspotter can read; it holds ${describeContent(head)}. ${advice}${supportedFormats(formats)}`,
  );
}

/** The format with this id; throws InputError listing the ids when there is none. */
export function formatById(id: string, formats: readonly LogFormat[] = LOG_FORMATS): LogFormat {
  const found = formats.find((f) => f.id === id);
  if (found !== undefined) return found;
  throw new InputError(
    `Unknown log format ${quote(id)}. Expected one of: ${formats.map((f) => f.id).join(', ')}, mlflow (a folder).`,
  );
}
