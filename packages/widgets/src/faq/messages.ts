import { defineMessages } from '@opvang/core/i18n';
import { plural } from '../shared/plural.js';

const questions = {
  nl: { one: 'vraag', other: 'vragen' },
  fr: { one: 'question', other: 'questions' },
  de: { one: 'Frage', other: 'Fragen' },
  en: { one: 'question', other: 'questions' },
} as const;

/** The widget's own labels; the questions and answers come from the content. */
export const messages = defineMessages({
  nl: {
    search: 'Zoeken in de vragen',
    category: 'Onderwerp',
    allCategories: 'Alle onderwerpen',
    expandAll: 'Alles openklappen',
    collapseAll: 'Alles dichtklappen',
    count: (p: { shown: number; total: number }) => (p.shown === p.total ? `${p.total} ${plural('nl', p.total, questions.nl)}` : `${p.shown} van ${p.total} ${plural('nl', p.total, questions.nl)}`),
    empty: 'Er zijn nog geen vragen.',
    loading: 'De vragen worden geladen…',
    invalid: 'De vragen kunnen niet getoond worden: de inhoud is onvolledig of fout. Neem contact op met de gemeente.',
    failed: 'De vragen konden niet geladen worden. Probeer het later opnieuw of neem contact op met de gemeente.',
  },
  fr: {
    search: 'Rechercher dans les questions',
    category: 'Sujet',
    allCategories: 'Tous les sujets',
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    count: (p: { shown: number; total: number }) => (p.shown === p.total ? `${p.total} ${plural('fr', p.total, questions.fr)}` : `${p.shown} ${plural('fr', p.shown, questions.fr)} sur ${p.total}`),
    empty: "Il n'y a pas encore de questions.",
    loading: 'Chargement des questions…',
    invalid: 'Les questions ne peuvent pas être affichées : le contenu est incomplet ou erroné. Contactez la commune.',
    failed: 'Les questions n’ont pas pu être chargées. Réessayez plus tard ou contactez la commune.',
  },
  de: {
    search: 'In den Fragen suchen',
    category: 'Thema',
    allCategories: 'Alle Themen',
    expandAll: 'Alle aufklappen',
    collapseAll: 'Alle zuklappen',
    count: (p: { shown: number; total: number }) => (p.shown === p.total ? `${p.total} ${plural('de', p.total, questions.de)}` : `${p.shown} von ${p.total} ${plural('de', p.total, questions.de)}`),
    empty: 'Es gibt noch keine Fragen.',
    loading: 'Die Fragen werden geladen…',
    invalid: 'Die Fragen können nicht angezeigt werden: Der Inhalt ist unvollständig oder fehlerhaft. Wenden Sie sich an die Gemeinde.',
    failed: 'Die Fragen konnten nicht geladen werden. Versuchen Sie es später erneut oder wenden Sie sich an die Gemeinde.',
  },
  en: {
    search: 'Search the questions',
    category: 'Topic',
    allCategories: 'All topics',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    count: (p: { shown: number; total: number }) => (p.shown === p.total ? `${p.total} ${plural('en', p.total, questions.en)}` : `${p.shown} of ${p.total} ${plural('en', p.total, questions.en)}`),
    empty: 'There are no questions yet.',
    loading: 'Loading the questions…',
    invalid: 'The questions cannot be shown: the content is incomplete or wrong. Please contact the municipality.',
    failed: 'The questions could not be loaded. Please try again later or contact the municipality.',
  },
});
