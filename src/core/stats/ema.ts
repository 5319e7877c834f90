/**
 * TensorBoard's scalar smoothing: an exponential moving average s = w·s + (1 − w)·x, debiased by
 * dividing by 1 − w^k after k finite points so the start is not pulled towards 0.
 * Non-finite points are passed through unchanged and do not update the average.
 * `weight` in [0, 1); TensorBoard's default is 0.6. Output has the input's units. O(n).
 * @throws RangeError when weight is outside [0, 1).
 */
export function debiasedEma(values: ArrayLike<number>, weight = 0.6): Float64Array {
  if (!(weight >= 0 && weight < 1)) {
    throw new RangeError(`debiasedEma: weight must be in [0, 1), got ${weight}.`);
  }
  const n = values.length;
  const out = new Float64Array(n);
  let last = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) {
      out[i] = x;
      continue;
    }
    last = last * weight + (1 - weight) * x;
    k++;
    const debias = weight === 0 ? 1 : 1 - weight ** k;
    out[i] = last / debias;
  }
  return out;
}
