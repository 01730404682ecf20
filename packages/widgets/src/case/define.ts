import { defineElement } from '../shared/define-element.js';
import { OpvangCase } from './case.js';

defineElement('opvang-case', OpvangCase);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-case': OpvangCase;
  }
}
