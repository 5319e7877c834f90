import type { EngineReference } from '../run-engine.js';
import raw from './demo-reference.json' with { type: 'json' };

/**
 * The demo's known result: the clean demo's final metrics over several seeds on the pure-JS
 * backend, measured by `node --import tsx bench/demo-reference.ts` and committed.
 */
export const DEMO_REFERENCE: EngineReference = raw as EngineReference;
