import { defineElement } from '../shared/define-element.js';
import { OpvangContact } from './contact.js';

defineElement('opvang-contact', OpvangContact);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-contact': OpvangContact;
  }
}
