import { describe, expect, it } from 'vitest';
import { buildTensorboardDescriptor } from '../../scripts/tensorboard-proto.js';
import { TENSORBOARD_DESCRIPTOR } from './proto/tensorboard-descriptor.js';
import { tensorScalar } from './tensor-scalar.js';

const le = (n: number, write: (v: DataView) => void) => {
  const b = new Uint8Array(n);
  write(new DataView(b.buffer));
  return b;
};

describe('tensorScalar', () => {
  it('reads one-element numeric tensors from the typed fields and from little-endian tensor_content', () => {
    expect(tensorScalar({ dtype: 1, float_val: [0.5] })).toBe(0.5);
    expect(tensorScalar({ dtype: 1, tensor_content: le(4, (v) => v.setFloat32(0, -2.5, true)) })).toBe(-2.5);
    expect(tensorScalar({ dtype: 2, double_val: [0.1] })).toBe(0.1);
    expect(tensorScalar({ dtype: 2, tensor_content: le(8, (v) => v.setFloat64(0, 0.1, true)) })).toBe(0.1);
    expect(tensorScalar({ dtype: 19, half_val: [0x3c00] })).toBe(1); // float16 1.0
    expect(tensorScalar({ dtype: 19, tensor_content: Uint8Array.of(0x00, 0xc0) })).toBe(-2);
    expect(tensorScalar({ dtype: 14, half_val: [0x3fc0] })).toBe(1.5); // bfloat16
    expect(tensorScalar({ dtype: 3, int_val: [7] })).toBe(7);
    expect(tensorScalar({ dtype: 9, int64_val: [{ toNumber: () => 42 }] })).toBe(42);
    expect(tensorScalar({ dtype: 9, tensor_content: le(8, (v) => v.setBigInt64(0, 5n, true)) })).toBe(5);
    expect(tensorScalar({ dtype: 1, float_val: [Number.NaN] })).toBeNaN();
    // Shape [1] or [1, 1] is still one element.
    expect(
      tensorScalar({ dtype: 1, tensor_shape: { dim: [{ size: 1 }, { size: 1 }] }, float_val: [3] }),
    ).toBe(3);
  });

  it('is undefined for strings, vectors, unknown shapes and empty tensors', () => {
    expect(tensorScalar({ dtype: 7 })).toBeUndefined();
    expect(
      tensorScalar({ dtype: 1, tensor_shape: { dim: [{ size: 3 }] }, float_val: [1, 2, 3] }),
    ).toBeUndefined();
    expect(tensorScalar({ dtype: 1, tensor_shape: { dim: [{ size: -1 }] }, float_val: [1] })).toBeUndefined();
    expect(tensorScalar({ dtype: 1, tensor_shape: { dim: [{ size: 0 }] } })).toBeUndefined();
    expect(tensorScalar({ dtype: 1 })).toBeUndefined();
  });
});

describe('the bundled TensorBoard schema', () => {
  it('matches the .proto files (regenerate: node --import tsx scripts/tensorboard-proto.ts)', () => {
    expect(TENSORBOARD_DESCRIPTOR).toEqual(buildTensorboardDescriptor());
  });
});
