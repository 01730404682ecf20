import { defineElement } from '../shared/define-element.js';
import { OpvangOccupancy } from './occupancy.js';

defineElement('opvang-occupancy', OpvangOccupancy);

declare global {
  interface HTMLElementTagNameMap {
    'opvang-occupancy': OpvangOccupancy;
  }
}
