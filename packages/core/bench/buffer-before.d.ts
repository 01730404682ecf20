// The older build that buffer-chromium.mjs bundles in as `buffer-before` when
// BUFFER_BENCH_BEFORE names one; otherwise `project` is undefined.
declare module 'buffer-before' {
  export const project: typeof import('../dist/buffer/index.js').project | undefined;
}
