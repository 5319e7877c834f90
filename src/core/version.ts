declare const __TRAINSPOTTER_VERSION__: string | undefined;

/** The package version, set by the bundler; `dev` when run from source. */
export const VERSION = typeof __TRAINSPOTTER_VERSION__ === 'string' ? __TRAINSPOTTER_VERSION__ : 'dev';
