// Entry of cdn/opvang-widgets.js, every widget (the FAQ with `facts`): it imports the other
// entries' code, so it may be loaded beside them and nothing is loaded twice.
import '../define-all.js';
