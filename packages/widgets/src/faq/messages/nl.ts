import { formatCount, formatNumber } from '@opvang/core/i18n';

const questions = { one: 'vraag', other: 'vragen' };

// "3 vragen", "1 van 3 vragen": the word agrees with the number next to it.
const count = (p: { shown: number; total: number }) => formatCount(p.total, 'nl', questions);

/** The FAQ's own labels in Dutch, bundled with the widget; the other languages load on demand (see ../texts.ts). */
export const nl = {
  search: 'Zoeken in de vragen',
  category: 'Onderwerp',
  allCategories: 'Alle onderwerpen',
  expandAll: 'Alles openklappen',
  collapseAll: 'Alles dichtklappen',
  count: (p: { shown: number; total: number }) =>
    p.shown === p.total ? count(p) : `${formatNumber(p.shown, 'nl')} van ${count(p)}`,
  searchUnavailable: 'Zoeken lukt nu niet: er is geen verbinding. Probeer het opnieuw.',
  empty: 'Er zijn nog geen vragen.',
  loading: 'De vragen worden geladen…',
  invalid:
    'De vragen kunnen niet getoond worden: de inhoud is onvolledig of fout. Neem contact op met de gemeente.',
  failed:
    'De vragen konden niet geladen worden. Probeer het later opnieuw of neem contact op met de gemeente.',
};

/** The FAQ's labels in one language. */
export type FaqMessages = typeof nl;
