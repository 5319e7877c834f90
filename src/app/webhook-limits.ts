/** The largest webhook body the app reads: GitHub caps deliveries at 25 MB. Bytes. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** How long a delivery's body may take to arrive, from its headers to its last byte. Milliseconds. */
export const WEBHOOK_BODY_TIMEOUT_MS = 10_000;

/** How long the app works on a verified delivery before it answers 202 and goes on. Milliseconds. */
export const WEBHOOK_ANSWER_MS = 9_000;
