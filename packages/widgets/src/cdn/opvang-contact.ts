// Entry of the self-contained CDN file for <opvang-contact>.
import '../contact/define.js';
