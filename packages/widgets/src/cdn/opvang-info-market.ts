// Entry of cdn/opvang-info-market.js, <opvang-info-market>; shared code is in cdn/chunks/.
import '../info-market/define.js';
