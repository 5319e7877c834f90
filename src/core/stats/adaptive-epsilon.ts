import { checkReuseInput } from './hoeffding-epsilon.js';

/**
 * ease.ml/ci's adaptive variant (Renggli et al., MLSys 2019): when every evaluation reveals
 * a pass/fail bit that may steer the next model, H revealed bits allow 2^H different
 * evaluation histories, so 2^H takes the place of k: ε = √(ln(2·2^H/δ)/(2n)), computed in
 * log space (no overflow for large H). Throws InputError for n < 1, H < 1 or δ ∉ (0, 1).
 */
export function adaptiveEpsilon(n: number, bits: number, delta = 0.05): number {
  checkReuseInput(n, bits, delta, 'adaptiveEpsilon');
  return Math.sqrt(((bits + 1) * Math.LN2 - Math.log(delta)) / (2 * n));
}
