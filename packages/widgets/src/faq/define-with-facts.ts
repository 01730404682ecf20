// `@opvang/widgets/faq/define-with-facts`: registers <opvang-faq> and installs the core's FAQ
// writer, so the `facts` source works (cdn/opvang-faq-facts.js is this module, built). Import it
// instead of `@opvang/widgets/faq/define` when a page writes its FAQ from a centre's facts.
import './define.js';
import './facts.js';
