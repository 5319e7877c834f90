import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';

/** The TensorFlow.js namespace a model module receives: tfjs-core's ops plus tfjs-layers. */
export type Tf = typeof TfCore & typeof TfLayers;

/** Which TensorFlow.js ran, for the report: `tensorflow` is tfjs-node's native backend. */
export interface TfBackend {
  readonly tf: Tf;
  /** The backend's name as TensorFlow.js reports it: `cpu` (pure JS), `tensorflow` (tfjs-node). */
  readonly name: string;
  /** The package that provided it. */
  readonly package: '@tensorflow/tfjs-node-gpu' | '@tensorflow/tfjs-node' | '@tensorflow/tfjs-backend-cpu';
  /** True when a GPU build of the native backend was loaded. */
  readonly gpu: boolean;
}

// Optional peer dependencies: the names are held in variables so bundlers leave them alone.
const NATIVE = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'] as const;

let loaded: Promise<TfBackend> | undefined;

function exportsOf<T extends object>(mod: T): T {
  return ((mod as { default?: T }).default ?? mod) as T;
}

async function load(preferNative: boolean): Promise<TfBackend> {
  if (preferNative) {
    for (const pkg of NATIVE) {
      try {
        const mod = (await import(pkg)) as Tf & { default?: Tf };
        const tf = (mod.default ?? mod) as Tf;
        await tf.ready();
        return { tf, name: tf.getBackend(), package: pkg, gpu: pkg.endsWith('-gpu') };
      } catch {
        // not installed, or libtensorflow missing: fall back to the next, then to pure JS
      }
    }
  }
  const [core, layers] = await Promise.all([
    import('@tensorflow/tfjs-core'),
    import('@tensorflow/tfjs-layers'),
    import('@tensorflow/tfjs-backend-cpu'),
  ]);
  // CommonJS packages: Node's ESM loader and a split bundle's chunk both give module.exports as
  // `default` (only Node also copies the names it detects), so take that whole object.
  const tf = { ...exportsOf(core), ...exportsOf(layers) } as Tf;
  // PROD skips per-op debug checks and the "install tfjs-node" console banner.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
  return { tf, name: tf.getBackend(), package: '@tensorflow/tfjs-backend-cpu', gpu: false };
}

/**
 * Loads TensorFlow.js once per process: tfjs-node-gpu, then tfjs-node when installed (the fast
 * path on a GPU runner), otherwise the pure-JS CPU backend. `preferNative: false` forces pure JS.
 */
export function loadTf(options: { preferNative?: boolean } = {}): Promise<TfBackend> {
  loaded ??= load(options.preferNative ?? true);
  return loaded;
}
