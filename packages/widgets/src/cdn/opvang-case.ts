// Entry of the self-contained CDN file for <opvang-case>.
import '../case/define.js';
