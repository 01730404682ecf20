export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
};
