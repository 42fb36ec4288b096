/** Bundles src/main.ts into dist/server/main.js (see build-server.mjs). */
export function buildServer(): Promise<void>;
