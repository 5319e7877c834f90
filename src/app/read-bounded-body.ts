import type { IncomingMessage } from 'node:http';

/** Why a request body was not read whole: the HTTP status to answer, the reason, and the bytes seen. */
export class BodyRefused extends Error {
  override readonly name = 'BodyRefused';
  constructor(
    readonly status: 408 | 413 | 400,
    message: string,
    /** Bytes received, or announced by content-length, when it was refused. */
    readonly size: number,
  ) {
    super(message);
  }
}

/**
 * Reads a request body of at most `maxBytes` bytes that arrives within `timeoutMs` of the call.
 * A content-length over the limit is refused before a byte is read; a body that grows past it
 * is refused as soon as it does (the rest is never buffered); a slow one when the time is up.
 * Rejects with BodyRefused (413, 408, or 400 when the client aborts); the caller answers and
 * closes the connection, since the rest of the body is left unread.
 */
export function readBoundedBody(
  req: IncomingMessage,
  limits: { readonly maxBytes: number; readonly timeoutMs: number },
): Promise<Buffer> {
  const { maxBytes, timeoutMs } = limits;
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes)
    return Promise.reject(
      new BodyRefused(
        413,
        `the body (content-length ${announced}) is larger than ${describeBytes(maxBytes)}`,
        announced,
      ),
    );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: BodyRefused | null) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onAborted);
      if (error) {
        chunks.length = 0;
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes)
        return finish(new BodyRefused(413, `the body is larger than ${describeBytes(maxBytes)}`, size));
      chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onAborted = () =>
      finish(new BodyRefused(400, 'the client closed the connection before the body was complete', size));
    const timer = setTimeout(
      () =>
        finish(
          new BodyRefused(
            408,
            `the body did not arrive within ${timeoutMs / 1000} s (${size} bytes came)`,
            size,
          ),
        ),
      timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onAborted);
  });
}

/** 26214400 → "25 MiB"; smaller limits in bytes. */
function describeBytes(n: number): string {
  return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
