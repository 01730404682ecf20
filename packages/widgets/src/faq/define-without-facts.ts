import { defineElement } from '../shared/define-element.js';
import { OpvangFaq } from './faq.js';

// The light registration for the 12 KB CDN file: every source but `facts`.
defineElement('opvang-faq', OpvangFaq);
