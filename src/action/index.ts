import * as nodeModule from 'node:module';
import { join } from 'node:path';

// Everything the action runs is loaded from here on, by import(), so that both settings below
// apply to all of it (a static import would load it before this module's body runs).

// On a self-hosted runner the tool cache persists from job to job: Node (≥ 22.1; runners use 24)
// keeps the bundle's compiled code there, and later runs skip most of compiling it. Without a tool
// cache (not on a runner), or on a Node without the API, nothing is cached; a cache that cannot be
// written is ignored by Node.
// (@types/node is Node 20's, which lacks it.)
const { enableCompileCache } = nodeModule as { enableCompileCache?: (directory: string) => unknown };
const toolCache = process.env.RUNNER_TOOL_CACHE;
if (toolCache && typeof enableCompileCache === 'function') {
  enableCompileCache(join(toolCache, 'trainspotter', 'compile-cache'));
}

await import('./zod-jitless.js');

const { run } = await import('./main.js');
await run();
