import { defineMessages } from '@opvang/core/i18n';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import { nl } from './messages/nl.js';

/**
 * The widget's own texts in every language at once. The widget itself reads them through
 * `texts.ts`, which bundles only Dutch. Field errors, category and channel labels and the
 * opening-hours sentences come from the core (`@opvang/core/contact`), so the receiver says the same.
 */
export const messages = defineMessages({ nl, fr, de, en });
