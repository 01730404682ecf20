// Entry of the self-contained CDN file for <opvang-info-market>.
import '../info-market/define.js';
