/** Registers every widget under its `opvang-` tag (each only if not registered yet). */
import './info-market/define.js';
