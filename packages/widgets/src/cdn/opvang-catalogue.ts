// Entry of the self-contained CDN file for <opvang-catalogue> (an intranet widget: built apart
// from the residents' widgets, see rollup.config.mjs).
import '../catalogue/define.js';
