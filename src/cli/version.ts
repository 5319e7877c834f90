// Kept for src/cli/main.ts until it imports ../core/version.js itself.
export { VERSION } from '../core/version.js';
