import { formatCount, formatNumber } from '@opvang/core/i18n';
import type { FaqMessages } from './nl.js';

const questions = { one: 'Frage', other: 'Fragen' };

// "3 vragen", "1 van 3 vragen": the word agrees with the number next to it.
const count = (p: { shown: number; total: number }) => formatCount(p.total, 'de', questions);

/** The FAQ's own labels in German, loaded when a page asks for German (see ../texts.ts). */
export const de: FaqMessages = {
  search: 'In den Fragen suchen',
  category: 'Thema',
  allCategories: 'Alle Themen',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  count: (p: { shown: number; total: number }) =>
    p.shown === p.total ? count(p) : `${formatNumber(p.shown, 'de')} von ${count(p)}`,
  searchUnavailable:
    'Die Suche funktioniert gerade nicht: keine Verbindung. Versuchen Sie es erneut.',
  empty: 'Es gibt noch keine Fragen.',
  loading: 'Die Fragen werden geladen…',
  invalid:
    'Die Fragen können nicht angezeigt werden: Der Inhalt ist unvollständig oder fehlerhaft. Wenden Sie sich an die Gemeinde.',
  failed:
    'Die Fragen konnten nicht geladen werden. Versuchen Sie es später erneut oder wenden Sie sich an die Gemeinde.',
};
