import { formatCount, formatNumber } from '@opvang/core/i18n';
import type { FaqMessages } from './nl.js';

const questions = { one: 'question', other: 'questions' };

// "3 vragen", "1 van 3 vragen": the word agrees with the number next to it.
const count = (p: { shown: number; total: number }) => formatCount(p.total, 'en', questions);

/** The FAQ's own labels in English, loaded when a page asks for English (see ../texts.ts). */
export const en: FaqMessages = {
  search: 'Search the questions',
  category: 'Topic',
  allCategories: 'All topics',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  count: (p: { shown: number; total: number }) =>
    p.shown === p.total ? count(p) : `${formatNumber(p.shown, 'en')} of ${count(p)}`,
  searchUnavailable: 'Search is not available: there is no connection. Please try again.',
  empty: 'There are no questions yet.',
  loading: 'Loading the questions…',
  invalid:
    'The questions cannot be shown: the content is incomplete or wrong. Please contact the municipality.',
  failed: 'The questions could not be loaded. Please try again later or contact the municipality.',
};
