// Entry of cdn/opvang-faq.js, <opvang-faq> with every content source but `facts`; what it
// shares with the other widgets (Lit, the theme, the core's shared code) is in cdn/chunks/.
import '../faq/define.js';
