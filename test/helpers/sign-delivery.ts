import { createHmac } from 'node:crypto';

/** What the server answered a delivery with. */
export interface DeliveryReply {
  readonly status: number;
  readonly body: string;
}

/** GitHub's `x-hub-signature-256` value for `body`: `sha256=` and the HMAC-SHA256 hex of its exact bytes. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs a webhook delivery to `url` as GitHub does: the JSON body with `x-github-event`,
 * `x-github-delivery` and `x-hub-signature-256` computed with `secret`. `tamper` changes the body
 * after it is signed; `secret: null` sends no signature header. Throws only when the request fails.
 */
export async function postDelivery(
  url: string,
  delivery: {
    event: string;
    id: string;
    payload: unknown;
    secret: string | null;
    tamper?: (body: string) => string;
  },
): Promise<DeliveryReply> {
  const signed = JSON.stringify(delivery.payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': delivery.event,
    'x-github-delivery': delivery.id,
  };
  if (delivery.secret !== null) headers['x-hub-signature-256'] = signature(signed, delivery.secret);
  const body = delivery.tamper ? delivery.tamper(signed) : signed;
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}
