// Entry of the self-contained CDN file for <opvang-deployments>.
import '../deployments/define.js';
