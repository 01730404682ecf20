// Entry of the CDN file for <opvang-faq> with the `facts` source: the core's FAQ writer and
// its texts in four languages are included.
import '../faq/define.js';
