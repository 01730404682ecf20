// Entry of the self-contained CDN file for <opvang-cases>.
import '../cases/define.js';
