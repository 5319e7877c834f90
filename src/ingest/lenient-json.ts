/**
 * JSON as Python's `json.dumps` writes it: bare `NaN`, `Infinity` and `-Infinity` are numbers.
 * Strings holding those words are left alone.
 */

const SENTINEL: Record<string, number> = {
  '\u0000NaN': Number.NaN,
  '\u0000Infinity': Number.POSITIVE_INFINITY,
  '\u0000-Infinity': Number.NEGATIVE_INFINITY,
};

function revive(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.charCodeAt(0) === 0) {
    const n = SENTINEL[value];
    if (n !== undefined) return n;
  }
  return value;
}

/** Replaces bare NaN / Infinity / -Infinity outside strings with sentinel strings. */
function quoteNonFinite(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    let word: string | undefined;
    if (c === 78 /* N */ && text.startsWith('NaN', i)) word = 'NaN';
    else if (c === 73 /* I */ && text.startsWith('Infinity', i)) word = 'Infinity';
    else if (c === 45 /* - */ && text.startsWith('-Infinity', i)) word = '-Infinity';
    if (word === undefined) continue;
    parts.push(text.slice(from, i), `"\\u0000${word}"`);
    i += word.length - 1;
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Parses JSON, accepting Python's bare non-finite numbers. The fast path is plain `JSON.parse`;
 * only text that fails it and mentions NaN or Infinity is rewritten and parsed again.
 * Throws the SyntaxError of the first attempt when the text is not JSON either way.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!text.includes('NaN') && !text.includes('Infinity')) throw error;
    try {
      return JSON.parse(quoteNonFinite(text), revive);
    } catch {
      throw error;
    }
  }
}
