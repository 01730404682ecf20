// Entry of the self-contained CDN file with every widget.
import '../define-all.js';
