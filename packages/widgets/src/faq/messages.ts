import { defineMessages } from '@opvang/core/i18n';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import { nl } from './messages/nl.js';

/**
 * The widget's own labels in every language at once; the questions and answers come from the
 * content. The widget itself reads them through `texts.ts`, which bundles only Dutch.
 */
export const messages = defineMessages({ nl, fr, de, en });
