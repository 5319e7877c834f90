/**
 * The bug gallery: each is injected into the demo where it happens in real code (see
 * demo-module.ts), and `expected` is what a correct diagnosis names.
 */
export const DEMO_BUGS = {
  flip_sign: {
    what: 'the loss is written by hand as mean(sum(y · log_softmax(z))) — the minus sign is missing',
    expected: /flipped sign|sign of the loss/i,
  },
  lr_high: {
    what: 'learning rate 0.3 instead of 1e-3 (a typo in the exponent)',
    expected: /learning rate too high/i,
  },
  lr_low: { what: 'learning rate 1e-6 instead of 1e-3', expected: /learning rate too low/i },
  unnormalised_inputs: {
    what: 'raw pixel bytes 0–255 go into the model: the division by 255 was dropped',
    expected: /not normalised|normali[sz]/i,
  },
  labels_shuffled: {
    what: 'training labels shuffled with their own permutation, no longer matching the images',
    expected: /labels/i,
  },
  softmax_into_loss: {
    what: "the last layer has activation 'softmax' and its output goes to a loss that expects logits",
    expected: /softmax/i,
  },
  relu_on_logits: {
    what: "the last layer has activation 'relu': the logits cannot be negative",
    expected: /ReLU on the (output|logits)/i,
  },
  frozen_layer: {
    what: 'the first layer is left trainable = false (from a fine-tuning experiment)',
    expected: /frozen|never change/i,
  },
} as const satisfies Record<string, { what: string; expected: RegExp }>;

export type DemoBug = keyof typeof DEMO_BUGS;

export const DEMO_BUG_NAMES = Object.keys(DEMO_BUGS) as DemoBug[];

/** True when `name` is a bug of the gallery. */
export function isDemoBug(name: string): name is DemoBug {
  return Object.hasOwn(DEMO_BUGS, name);
}
