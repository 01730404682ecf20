import { defineElement } from '../shared/define-element.js';
import { OpvangReport } from './report.js';

defineElement('opvang-report', OpvangReport);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-report': OpvangReport;
  }
}
