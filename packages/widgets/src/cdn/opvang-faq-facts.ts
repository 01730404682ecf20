// Entry of cdn/opvang-faq-facts.js, <opvang-faq> with the `facts` source: the core's FAQ writer
// and its texts in four languages are included; the rest comes from the chunks opvang-faq.js uses.
import '../faq/define-with-facts.js';
