import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, NAME_MAX_LENGTH } from './vocabulary.js';
import type { ContactTexts } from './texts.js';

/**
 * The contact point's texts for residents in French: the form's problem sentences, the
 * categories, the reply channels and the opening hours. One module per language, so a page can
 * load only its own (see `contactIssueTexts` and the other tables for all four at once).
 *
 * @example
 * ```ts
 * contactTextsFr.categories.question; // 'Question'
 * ```
 */
export const contactTextsFr: ContactTexts = {
  issues: {
    'not-an-object':
      "Le formulaire n'a pas transmis de message. Réessayez ou contactez-nous par téléphone ou par e-mail.",
    'unknown-field':
      'Le formulaire a transmis un champ inconnu. Réessayez ou contactez-nous par téléphone ou par e-mail.',
    'id-invalid':
      'Une erreur s’est produite lors de la préparation de votre message. Rechargez la page et réessayez.',
    'created-at-invalid':
      'Une erreur s’est produite lors de la préparation de votre message. Rechargez la page et réessayez.',
    'language-invalid':
      'Le formulaire ne connaît pas la langue de cette page. Rechargez la page et réessayez.',
    'category-missing': "Choisissez l'objet de votre message.",
    'category-invalid': "Choisissez l'un des objets de la liste.",
    'message-missing': 'Écrivez votre message.',
    'message-too-short': `Votre message est trop court. Écrivez au moins ${MESSAGE_MIN_LENGTH} caractères.`,
    'message-too-long': `Votre message est trop long. Écrivez au plus ${MESSAGE_MAX_LENGTH} caractères.`,
    'name-invalid': 'Indiquez votre nom, ou laissez le champ vide pour rester anonyme.',
    'name-too-long': `Votre nom est trop long. Utilisez au plus ${NAME_MAX_LENGTH} caractères.`,
    'reply-wanted-invalid': 'Indiquez si vous souhaitez une réponse.',
    'reply-channel-missing':
      'Choisissez comment recevoir une réponse : par e-mail ou par téléphone.',
    'reply-channel-invalid':
      'Choisissez comment recevoir une réponse : par e-mail ou par téléphone.',
    'email-missing': 'Indiquez votre adresse e-mail, pour que nous puissions vous répondre.',
    'email-invalid':
      "Cette adresse e-mail n'est pas correcte. Vérifiez-la, par exemple nom@exemple.be.",
    'phone-missing': 'Indiquez votre numéro de téléphone, pour que nous puissions vous rappeler.',
    'phone-invalid':
      "Ce numéro de téléphone n'est pas correct. Vérifiez-le, par exemple 0470 12 34 56 ou +32 2 123 45 67.",
    'contact-without-reply': 'Vous ne souhaitez pas de réponse : laissez ce champ vide.',
    'contact-other-channel':
      'Laissez ce champ vide : vous avez choisi une autre façon de recevoir une réponse.',
    'consent-missing':
      'Donnez votre accord pour le traitement de votre message. Sans accord, nous ne pouvons pas le traiter.',
  },
  categories: {
    question: 'Question',
    concern: 'Inquiétude',
    report: 'Signalement',
    complaint: 'Plainte',
    'volunteering-offer': 'Proposition d’aide bénévole',
    suggestion: 'Proposition ou idée',
  },
  channels: { email: 'Par e-mail', phone: 'Par téléphone' },
  opening: {
    openNow: 'Actuellement ouvert',
    closedNow: 'Actuellement fermé',
    openUntil: (p: { time: string }) => `Actuellement ouvert, jusqu’à ${p.time}`,
    opensAt: (p: { when: string }) => `Actuellement fermé, ouvre ${p.when}`,
    today: 'aujourd’hui',
    tomorrow: 'demain',
    closedDay: 'fermé',
  },
};
