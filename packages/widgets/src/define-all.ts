/** Registers every widget under its `opvang-` tag (each only if not registered yet). */
import './faq/define-with-facts.js';
import './info-market/define.js';
import './contact/define.js';
