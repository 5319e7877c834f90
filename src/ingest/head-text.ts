const cache = new WeakMap<Uint8Array, { text?: string; binary?: string }>();

function inspect(head: Uint8Array): { text?: string; binary?: string } {
  const nul = head.indexOf(0);
  if (nul !== -1) return { binary: `binary data (a NUL byte at offset ${nul})` };
  try {
    // stream: a multi-byte character cut by the end of the head is not an error.
    let text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { binary: 'binary data (bytes that are not UTF-8 text)' };
  }
}

/**
 * The first bytes of a file as text (BOM removed), or undefined when they are binary:
 * a NUL byte or invalid UTF-8. Computed once per head and shared by every format's sniff.
 */
export function headText(head: Uint8Array): string | undefined {
  return describeHead(head).text;
}

/** `{text}` for a text head, `{binary: "binary data (...)"}` for anything else. */
export function describeHead(head: Uint8Array): { text?: string; binary?: string } {
  let seen = cache.get(head);
  if (seen === undefined) {
    seen = inspect(head);
    cache.set(head, seen);
  }
  return seen;
}
