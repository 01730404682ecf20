// The CDN build: ES modules for a plain <script type="module"> with no build step.
//
// - One entry per widget at the top of cdn/ (opvang-faq.js, opvang-faq-facts.js,
//   opvang-contact.js, opvang-info-market.js, and opvang-widgets.js with every widget): what a
//   webmaster puts in a script tag.
// - Everything the entries import in cdn/chunks/: in the public build rollup's own splitting, one
//   chunk per set of entries that use a module, so a page with several widgets loads Lit, the
//   theme and the core's shared code once, and a page with one widget loads nothing another
//   widget alone needs; in the intranet build chunks named by hand (INTRANET_CHUNKS below).
//   scripts/size.mjs measures each page on exactly these files.
// - Chunk names end in a hash of their content: the same sources give the same files, and a
//   new release never meets an old chunk in a cache. The entries keep their names.
//
// Input is tsc's output in dist/, so rollup needs no TypeScript plugin.
import { readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const entries = readdirSync(new URL('./dist/cdn/', import.meta.url)).filter(
  (file) => file.endsWith('.js') && !file.includes('.test.'),
);

// The intranet's widgets (the case tools of issue 16) are a build of their own: they share no
// chunk with the residents' widgets, so adding one never changes what a municipality's public
// page loads (rollup groups modules by the entries that use them: one more entry regroups them,
// and the faq page loaded 2.4 KB more with <opvang-case> in the same build).
const INTRANET = new Set([
  'opvang-case.js',
  'opvang-cases.js',
  'opvang-catalogue.js',
  'opvang-deployments.js',
  'opvang-report.js',
  'opvang-occupancy.js',
]);

// Texts for another language than Dutch load when a page's `lang` asks for them: each widget's
// `messages/fr.js` with the core's `texts-fr.js` it re-exports, one chunk per widget and language
// (`chunks/contact-fr-<hash>.js`). The core's tables of all four languages (`messages.js` of a
// capability with texts per language), which only code that reads any language at once needs
// (the FAQ writer, the iCalendar file), are a chunk of their own, so that they never end up in
// a chunk a page with one widget in Dutch loads. Named by hand, since rollup's own grouping
// and the merging of small chunks below would put these small, side-effect-free modules back
// into the entries; `onlyExplicitManualChunks` keeps what they import where it was.
const LANGUAGE_MODULE =
  /\/(?:widgets\/dist\/([a-z-]+)\/messages\/|core\/dist\/([a-z-]+)\/texts-)(fr|de|en)\.js$/;
const ALL_LANGUAGES = /\/core\/dist\/(contact)\/messages\.js$/;
const languageChunk = (id) => {
  const language = LANGUAGE_MODULE.exec(id);
  if (language) return `${language[1] ?? language[2]}-${language[3]}`;
  const all = ALL_LANGUAGES.exec(id);
  return all ? `${all[1]}-all-languages` : undefined;
};

// Within the intranet, the occupancy dashboard (issue 17) is a build of its own too: in the case
// widgets' build it regrouped their chunks, and each case page loaded 0.4–0.8 KB more.
const OWN_BUILD = new Set(['opvang-occupancy.js']);

// The intranet build's chunks, named by hand: rollup's own grouping made one chunk per set of
// entries that use a module, so each new intranet entry regrouped them (the portfolio loaded 9
// files, the report 9, the page with the report 13; the case pages grew 0.5 KB per entry). Here
// each family of shared modules is one chunk whatever entries there are: `shared` is what every
// intranet page loads (Lit without its directives, src/shared/ but the download helper, the
// core's locale, message tables and decoders), the others are used by some of the pages, each
// cut where adding it to another page would cost that page more than the file it saves (the
// figures in docs/development.md, "Bundle sizes"). A module not named here (an entry's own, a
// lazy one such as the support catalogue) keeps rollup's grouping; `onlyExplicitManualChunks`
// leaves what the named modules import where it was.
const core = (modules) => new RegExp(`/core/dist/(?:${modules.join('|')})\\.js$`);
const INTRANET_CHUNKS = [
  [
    'shared',
    [
      /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\/(?!(?:development\/)?(?:directive|async-directive|directives\/))/,
      /\/widgets\/dist\/shared\/(?!download\.)[a-z.-]+\.js$/,
      core(['i18n/locale', 'i18n/messages', 'i18n/number-format']),
      core([
        'shared/result',
        'shared/issue-texts',
        'shared/validation',
        'shared/depth',
        'shared/decode',
      ]),
    ],
  ],
  // Dates and formatting: every page but the support catalogue's.
  ['dates', [core(['shared/time-zone', 'shared/iso-date', 'i18n/format']), /\/ts-pattern\//]],
  // The step plan: every page but the deployment register's.
  ['steps', [core(['shared/step-id', 'step-plan/steps'])]],
  // Case documents, deadlines and the case server's store: the case pages and the report. With
  // the case-list controller the portfolio and the report share: a file of its own cost those
  // two pages and the intranet pages one more file and 0.3 KB each; here it costs the single
  // case page 0.86 KB (measured when it was added).
  [
    'case-store',
    [
      /\/widgets\/dist\/case-store\/(?:types|http-store|list-controller|sign-in)\.js$/,
      core(['shared/instant', 'shared/weekday', 'shared/target-group', 'shared/decode-more']),
      core([
        'step-plan/(?:model|catalogue-ids|errors|schema|case|storage)',
        'deadlines/(?:holidays|calendar|rules|deadline)',
      ]),
    ],
  ],
  // The browser's own store and the step statuses: the portfolio and the case.
  ['local-store', [/\/widgets\/dist\/case-store\/local-store\.js$/, core(['step-plan/status'])]],
  // The deployment register's data: the portfolio, the report and the register.
  [
    'register',
    [core(['register/parse-period', 'register/data', 'register/per-year', 'shared/csv'])],
  ],
  // Province names and the register's texts: the portfolio and the register.
  ['provinces', [core(['provinces/provinces', 'register/messages'])]],
];
const intranetChunk = (id) => {
  const path = id
    .replace(/\\/g, '/')
    .replace(/\/node_modules\/\.pnpm\/[^/]+(?=\/node_modules\/)/, '');
  return INTRANET_CHUNKS.find(([, tests]) => tests.some((test) => test.test(path)))?.[0];
};

const build = (files, chunks, manualChunks = languageChunk) => ({
  input: Object.fromEntries(files.map((file) => [file.replace(/\.js$/, ''), `dist/cdn/${file}`])),
  output: {
    dir: 'cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${chunks}[name]-[hash].js`,
    // A chunk under 1 kB goes into one that is loaded with it: a file costs its gzip header and
    // its own compression dictionary, more than the few bytes a page may load in vain.
    experimentalMinChunkSize: 1000,
    manualChunks,
    onlyExplicitManualChunks: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // papaparse (the core's CSV reader, in <opvang-occupancy>) ships as UMD only.
    commonjs(),
    // Lit's html`` and css`` templates keep the indentation of the source; visitors need not.
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
  // The entries export nothing (they register tags), so no entry has to keep an export for
  // the page; rollup may then let an entry import another (opvang-widgets.js does).
  preserveEntrySignatures: false,
});

export default [
  build(
    entries.filter((file) => !INTRANET.has(file)),
    '',
  ),
  build(
    entries.filter((file) => INTRANET.has(file) && !OWN_BUILD.has(file)),
    'intranet-',
    (id) => languageChunk(id) ?? intranetChunk(id),
  ),
  build(
    entries.filter((file) => OWN_BUILD.has(file)),
    'occupancy-',
  ),
].filter((config) => Object.keys(config.input).length > 0);
