// Entry of the self-contained CDN file for <opvang-report>.
import '../report/define.js';
