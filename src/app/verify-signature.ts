import { createHmac, timingSafeEqual } from 'node:crypto';

/** GitHub's `x-hub-signature-256` header: `sha256=` and 64 hex digits. */
export const SIGNATURE_HEADER = /^sha256=[0-9a-fA-F]{64}$/;

/**
 * Whether `header` is the HMAC-SHA256 of the exact bytes `body` under `secret`, as GitHub signs
 * deliveries; compared in constant time. False for a header not shaped like SIGNATURE_HEADER.
 */
export function verifySignature(secret: string, body: Buffer, header: string): boolean {
  if (!SIGNATURE_HEADER.test(header)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(header.slice('sha256='.length), 'hex'));
}
