// Entry of the self-contained CDN file for <opvang-occupancy> (an intranet widget).
import '../occupancy/define.js';
