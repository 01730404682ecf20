import { defineMessages, formatCount, formatNumber, type Locale } from '@opvang/core/i18n';

const questions: { readonly [L in Locale]: { readonly one: string; readonly other: string } } = {
  nl: { one: 'vraag', other: 'vragen' },
  fr: { one: 'question', other: 'questions' },
  de: { one: 'Frage', other: 'Fragen' },
  en: { one: 'question', other: 'questions' },
};

// "3 vragen", "1 van 3 vragen": the word agrees with the number next to it.
const count = (locale: Locale, p: { shown: number; total: number }) =>
  formatCount(p.total, locale, questions[locale]);

/** The widget's own labels; the questions and answers come from the content. */
export const messages = defineMessages({
  nl: {
    search: 'Zoeken in de vragen',
    category: 'Onderwerp',
    allCategories: 'Alle onderwerpen',
    expandAll: 'Alles openklappen',
    collapseAll: 'Alles dichtklappen',
    count: (p: { shown: number; total: number }) =>
      p.shown === p.total ? count('nl', p) : `${formatNumber(p.shown, 'nl')} van ${count('nl', p)}`,
    searchUnavailable: 'Zoeken lukt nu niet: er is geen verbinding. Probeer het opnieuw.',
    empty: 'Er zijn nog geen vragen.',
    loading: 'De vragen worden geladen…',
    invalid:
      'De vragen kunnen niet getoond worden: de inhoud is onvolledig of fout. Neem contact op met de gemeente.',
    failed:
      'De vragen konden niet geladen worden. Probeer het later opnieuw of neem contact op met de gemeente.',
  },
  fr: {
    search: 'Rechercher dans les questions',
    category: 'Sujet',
    allCategories: 'Tous les sujets',
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    count: (p: { shown: number; total: number }) =>
      p.shown === p.total
        ? count('fr', p)
        : `${formatCount(p.shown, 'fr', questions.fr)} sur ${formatNumber(p.total, 'fr')}`,
    searchUnavailable: 'La recherche ne fonctionne pas : pas de connexion. Réessayez.',
    empty: "Il n'y a pas encore de questions.",
    loading: 'Chargement des questions…',
    invalid:
      'Les questions ne peuvent pas être affichées : le contenu est incomplet ou erroné. Contactez la commune.',
    failed:
      'Les questions n’ont pas pu être chargées. Réessayez plus tard ou contactez la commune.',
  },
  de: {
    search: 'In den Fragen suchen',
    category: 'Thema',
    allCategories: 'Alle Themen',
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    count: (p: { shown: number; total: number }) =>
      p.shown === p.total ? count('de', p) : `${formatNumber(p.shown, 'de')} von ${count('de', p)}`,
    searchUnavailable:
      'Die Suche funktioniert gerade nicht: keine Verbindung. Versuchen Sie es erneut.',
    empty: 'Es gibt noch keine Fragen.',
    loading: 'Die Fragen werden geladen…',
    invalid:
      'Die Fragen können nicht angezeigt werden: Der Inhalt ist unvollständig oder fehlerhaft. Wenden Sie sich an die Gemeinde.',
    failed:
      'Die Fragen konnten nicht geladen werden. Versuchen Sie es später erneut oder wenden Sie sich an die Gemeinde.',
  },
  en: {
    search: 'Search the questions',
    category: 'Topic',
    allCategories: 'All topics',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    count: (p: { shown: number; total: number }) =>
      p.shown === p.total ? count('en', p) : `${formatNumber(p.shown, 'en')} of ${count('en', p)}`,
    searchUnavailable: 'Search is not available: there is no connection. Please try again.',
    empty: 'There are no questions yet.',
    loading: 'Loading the questions…',
    invalid:
      'The questions cannot be shown: the content is incomplete or wrong. Please contact the municipality.',
    failed:
      'The questions could not be loaded. Please try again later or contact the municipality.',
  },
});
