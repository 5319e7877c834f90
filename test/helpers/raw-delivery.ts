import { request } from 'node:http';

/** What the server answered a streamed delivery with, and how much of the body had gone out by then. */
export interface StreamedReply {
  readonly status: number;
  readonly body: string;
  /** Body bytes written before the response's status line arrived. */
  readonly sentBeforeReply: number;
  /** Milliseconds from the first byte to the response's status line. */
  readonly ms: number;
}

/**
 * POSTs `total` body bytes to `url` in `chunkBytes` pieces, `delayMs` apart (0: as fast as the
 * socket takes them), with `headers` as given (no content-length unless given: chunked). Stops
 * writing as soon as the response starts or the socket closes, so a server that refuses early is
 * seen refusing early. `fill` gives each chunk's bytes (default spaces). Resolves with status 0
 * when the connection closed without a response.
 */
export function streamDelivery(
  url: string,
  options: {
    headers: Record<string, string>;
    total: number;
    chunkBytes: number;
    delayMs?: number;
    fill?: (offset: number, length: number) => Buffer;
  },
): Promise<StreamedReply> {
  const { total, chunkBytes, delayMs = 0 } = options;
  const fill = options.fill ?? ((_, n) => Buffer.alloc(n, 0x20));
  return new Promise((resolve) => {
    const t0 = performance.now();
    let sent = 0;
    let stopped = false;
    let settled = false;
    const settle = (reply: StreamedReply) => {
      if (settled) return;
      settled = true;
      stopped = true;
      resolve(reply);
    };
    // Once the answer has come, a reset of the refused upload that follows it does not lose it.
    let answered: (() => void) | undefined;
    const req = request(url, { method: 'POST', headers: options.headers }, (res) => {
      stopped = true;
      const sentBeforeReply = sent;
      const ms = performance.now() - t0;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const done = () =>
        settle({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), sentBeforeReply, ms });
      answered = done;
      res.on('end', done);
      res.on('error', done);
      res.on('close', done);
    });
    req.on('error', () => {
      if (answered) setTimeout(answered, 50);
      else settle({ status: 0, body: '', sentBeforeReply: sent, ms: performance.now() - t0 });
    });
    const pump = () => {
      while (!stopped && sent < total) {
        const n = Math.min(chunkBytes, total - sent);
        const ok = req.write(fill(sent, n));
        sent += n;
        if (delayMs > 0) {
          setTimeout(pump, delayMs);
          return;
        }
        if (!ok) {
          req.once('drain', pump);
          return;
        }
      }
      if (!stopped) req.end();
    };
    pump();
  });
}
