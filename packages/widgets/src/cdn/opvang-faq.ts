// Entry of the self-contained CDN file for <opvang-faq>: every content source but `facts`,
// within the 12 KB budget.
import '../faq/define-without-facts.js';
