// Entry of cdn/opvang-contact.js, <opvang-contact>; shared code is in cdn/chunks/.
import '../contact/define.js';
