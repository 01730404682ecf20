import { formatCount, formatNumber } from '@opvang/core/i18n';
import type { FaqMessages } from './nl.js';

const questions = { one: 'question', other: 'questions' };

// "3 vragen", "1 van 3 vragen": the word agrees with the number next to it.
const count = (p: { shown: number; total: number }) => formatCount(p.total, 'fr', questions);

/** The FAQ's own labels in French, loaded when a page asks for French (see ../texts.ts). */
export const fr: FaqMessages = {
  search: 'Rechercher dans les questions',
  category: 'Sujet',
  allCategories: 'Tous les sujets',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  count: (p: { shown: number; total: number }) =>
    p.shown === p.total
      ? count(p)
      : `${formatCount(p.shown, 'fr', questions)} sur ${formatNumber(p.total, 'fr')}`,
  searchUnavailable: 'La recherche ne fonctionne pas : pas de connexion. Réessayez.',
  empty: "Il n'y a pas encore de questions.",
  loading: 'Chargement des questions…',
  invalid:
    'Les questions ne peuvent pas être affichées : le contenu est incomplet ou erroné. Contactez la commune.',
  failed: 'Les questions n’ont pas pu être chargées. Réessayez plus tard ou contactez la commune.',
};
