// Types for bundle-options.mjs (plain JS: scripts/build.mjs runs on Node without tsx).
import type { BuildOptions } from 'esbuild';
export const bundleOptions: BuildOptions;
