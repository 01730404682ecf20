import { defineMessages, localeOfTag, type Locale, type Localized } from '../i18n/index.js';
import type { ContactIssue, ContactIssueCode } from './message.js';
import {
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  type ContactCategory,
  type ReplyChannel,
} from './vocabulary.js';

/** A sentence for each problem code, in one language. */
export type IssueTexts = { readonly [C in ContactIssueCode]: string };
/** A label for each message category, in one language. */
export type CategoryTexts = { readonly [C in ContactCategory]: string };
/** A label for each reply channel, in one language. */
export type ChannelTexts = { readonly [C in ReplyChannel]: string };

/**
 * What a resident reads when a field of the contact form is not right, in nl/fr/de/en.
 * Plain words, one sentence, saying what to do. Codes for fields a resident never types
 * (`id`, `createdAt`, `unknown-field`…) say that the form itself is at fault, so the
 * resident is not blamed for a bug.
 */
export const contactIssueTexts: Localized<IssueTexts> = {
  nl: {
    'not-an-object':
      'Het formulier stuurde geen bericht door. Probeer het opnieuw of neem contact op via telefoon of e-mail.',
    'unknown-field':
      'Het formulier stuurde een onbekend veld mee. Probeer het opnieuw of neem contact op via telefoon of e-mail.',
    'id-invalid':
      'Het formulier maakte een fout bij het voorbereiden van uw bericht. Laad de pagina opnieuw en probeer het nog eens.',
    'created-at-invalid':
      'Het formulier maakte een fout bij het voorbereiden van uw bericht. Laad de pagina opnieuw en probeer het nog eens.',
    'language-invalid':
      'Het formulier kent de taal van deze pagina niet. Laad de pagina opnieuw en probeer het nog eens.',
    'category-missing': 'Kies waarover uw bericht gaat.',
    'category-invalid': 'Kies een van de onderwerpen uit de lijst.',
    'message-missing': 'Schrijf uw bericht.',
    'message-too-short': `Uw bericht is te kort. Schrijf minstens ${MESSAGE_MIN_LENGTH} tekens.`,
    'message-too-long': `Uw bericht is te lang. Schrijf hoogstens ${MESSAGE_MAX_LENGTH} tekens.`,
    'name-invalid': 'Vul uw naam in, of laat het veld leeg om anoniem te blijven.',
    'name-too-long': `Uw naam is te lang. Gebruik hoogstens ${NAME_MAX_LENGTH} tekens.`,
    'reply-wanted-invalid': 'Geef aan of u een antwoord wilt.',
    'reply-channel-missing': 'Kies hoe u een antwoord wilt krijgen: per e-mail of per telefoon.',
    'reply-channel-invalid': 'Kies hoe u een antwoord wilt krijgen: per e-mail of per telefoon.',
    'email-missing': 'Vul uw e-mailadres in, zodat we u kunnen antwoorden.',
    'email-invalid': 'Dit e-mailadres klopt niet. Controleer het, bijvoorbeeld naam@voorbeeld.be.',
    'phone-missing': 'Vul uw telefoonnummer in, zodat we u kunnen terugbellen.',
    'phone-invalid':
      'Dit telefoonnummer klopt niet. Controleer het, bijvoorbeeld 0470 12 34 56 of +32 2 123 45 67.',
    'contact-without-reply': 'U wilt geen antwoord: laat dit veld leeg.',
    'contact-other-channel':
      'Laat dit veld leeg: u koos een andere manier om een antwoord te krijgen.',
    'consent-missing':
      'Geef uw toestemming om uw bericht te behandelen. Zonder toestemming kunnen we het niet behandelen.',
  },
  fr: {
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
  de: {
    'not-an-object':
      'Das Formular hat keine Nachricht übermittelt. Versuchen Sie es erneut oder kontaktieren Sie uns per Telefon oder E-Mail.',
    'unknown-field':
      'Das Formular hat ein unbekanntes Feld übermittelt. Versuchen Sie es erneut oder kontaktieren Sie uns per Telefon oder E-Mail.',
    'id-invalid':
      'Beim Vorbereiten Ihrer Nachricht ist im Formular ein Fehler aufgetreten. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'created-at-invalid':
      'Beim Vorbereiten Ihrer Nachricht ist im Formular ein Fehler aufgetreten. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'language-invalid':
      'Das Formular kennt die Sprache dieser Seite nicht. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'category-missing': 'Wählen Sie, worum es in Ihrer Nachricht geht.',
    'category-invalid': 'Wählen Sie eines der Themen aus der Liste.',
    'message-missing': 'Schreiben Sie Ihre Nachricht.',
    'message-too-short': `Ihre Nachricht ist zu kurz. Schreiben Sie mindestens ${MESSAGE_MIN_LENGTH} Zeichen.`,
    'message-too-long': `Ihre Nachricht ist zu lang. Schreiben Sie höchstens ${MESSAGE_MAX_LENGTH} Zeichen.`,
    'name-invalid':
      'Geben Sie Ihren Namen ein, oder lassen Sie das Feld leer, um anonym zu bleiben.',
    'name-too-long': `Ihr Name ist zu lang. Verwenden Sie höchstens ${NAME_MAX_LENGTH} Zeichen.`,
    'reply-wanted-invalid': 'Geben Sie an, ob Sie eine Antwort wünschen.',
    'reply-channel-missing':
      'Wählen Sie, wie Sie eine Antwort erhalten möchten: per E-Mail oder per Telefon.',
    'reply-channel-invalid':
      'Wählen Sie, wie Sie eine Antwort erhalten möchten: per E-Mail oder per Telefon.',
    'email-missing': 'Geben Sie Ihre E-Mail-Adresse ein, damit wir Ihnen antworten können.',
    'email-invalid':
      'Diese E-Mail-Adresse stimmt nicht. Prüfen Sie sie, zum Beispiel name@beispiel.be.',
    'phone-missing': 'Geben Sie Ihre Telefonnummer ein, damit wir Sie zurückrufen können.',
    'phone-invalid':
      'Diese Telefonnummer stimmt nicht. Prüfen Sie sie, zum Beispiel 0470 12 34 56 oder +32 2 123 45 67.',
    'contact-without-reply': 'Sie wünschen keine Antwort: Lassen Sie dieses Feld leer.',
    'contact-other-channel':
      'Lassen Sie dieses Feld leer: Sie haben einen anderen Weg für die Antwort gewählt.',
    'consent-missing':
      'Stimmen Sie der Bearbeitung Ihrer Nachricht zu. Ohne Zustimmung können wir sie nicht bearbeiten.',
  },
  en: {
    'not-an-object':
      'The form did not send your message. Please try again, or contact us by phone or email.',
    'unknown-field':
      'The form passed on an unknown field. Please try again, or contact us by phone or email.',
    'id-invalid':
      'Something went wrong while preparing your message. Please reload the page and try again.',
    'created-at-invalid':
      'Something went wrong while preparing your message. Please reload the page and try again.',
    'language-invalid':
      'The form does not know the language of this page. Please reload the page and try again.',
    'category-missing': 'Choose what your message is about.',
    'category-invalid': 'Choose one of the topics in the list.',
    'message-missing': 'Write your message.',
    'message-too-short': `Your message is too short. Write at least ${MESSAGE_MIN_LENGTH} characters.`,
    'message-too-long': `Your message is too long. Write at most ${MESSAGE_MAX_LENGTH} characters.`,
    'name-invalid': 'Enter your name, or leave the field empty to stay anonymous.',
    'name-too-long': `Your name is too long. Use at most ${NAME_MAX_LENGTH} characters.`,
    'reply-wanted-invalid': 'Say whether you would like a reply.',
    'reply-channel-missing': 'Choose how you would like a reply: by email or by phone.',
    'reply-channel-invalid': 'Choose how you would like a reply: by email or by phone.',
    'email-missing': 'Enter your email address, so that we can reply.',
    'email-invalid':
      'This email address is not right. Please check it, for example name@example.be.',
    'phone-missing': 'Enter your phone number, so that we can call you back.',
    'phone-invalid':
      'This phone number is not right. Please check it, for example 0470 12 34 56 or +32 2 123 45 67.',
    'contact-without-reply': 'You do not want a reply: leave this field empty.',
    'contact-other-channel': 'Leave this field empty: you chose another way to get a reply.',
    'consent-missing':
      'Give your consent to the handling of your message. Without it, we cannot process it.',
  },
};

/** The names of the message categories, as a form's options show them. */
export const contactCategoryLabels = defineMessages<CategoryTexts>({
  nl: {
    question: 'Vraag',
    concern: 'Bezorgdheid',
    report: 'Melding',
    complaint: 'Klacht',
    'volunteering-offer': 'Aanbod om te helpen als vrijwilliger',
    suggestion: 'Voorstel of idee',
  },
  fr: {
    question: 'Question',
    concern: 'Inquiétude',
    report: 'Signalement',
    complaint: 'Plainte',
    'volunteering-offer': 'Proposition d’aide bénévole',
    suggestion: 'Proposition ou idée',
  },
  de: {
    question: 'Frage',
    concern: 'Sorge',
    report: 'Meldung',
    complaint: 'Beschwerde',
    'volunteering-offer': 'Angebot, als Freiwillige(r) zu helfen',
    suggestion: 'Vorschlag oder Idee',
  },
  en: {
    question: 'Question',
    concern: 'Concern',
    report: 'Report',
    complaint: 'Complaint',
    'volunteering-offer': 'Offer to volunteer',
    suggestion: 'Suggestion or idea',
  },
});

/** The names of the reply channels. */
export const replyChannelLabels = defineMessages<ChannelTexts>({
  nl: { email: 'Per e-mail', phone: 'Per telefoon' },
  fr: { email: 'Par e-mail', phone: 'Par téléphone' },
  de: { email: 'Per E-Mail', phone: 'Per Telefon' },
  en: { email: 'By email', phone: 'By phone' },
});

/** Short texts about the contact point's opening hours; see {@link describeOpeningStatus}. */
export const openingMessages = defineMessages({
  nl: {
    openNow: 'Nu open',
    closedNow: 'Nu gesloten',
    openUntil: (p: { time: string }) => `Nu open, tot ${p.time}`,
    opensAt: (p: { when: string }) => `Nu gesloten, opent ${p.when}`,
    today: 'vandaag',
    tomorrow: 'morgen',
    closedDay: 'gesloten',
  },
  fr: {
    openNow: 'Actuellement ouvert',
    closedNow: 'Actuellement fermé',
    openUntil: (p: { time: string }) => `Actuellement ouvert, jusqu’à ${p.time}`,
    opensAt: (p: { when: string }) => `Actuellement fermé, ouvre ${p.when}`,
    today: 'aujourd’hui',
    tomorrow: 'demain',
    closedDay: 'fermé',
  },
  de: {
    openNow: 'Jetzt geöffnet',
    closedNow: 'Jetzt geschlossen',
    openUntil: (p: { time: string }) => `Jetzt geöffnet, bis ${p.time}`,
    opensAt: (p: { when: string }) => `Jetzt geschlossen, öffnet ${p.when}`,
    today: 'heute',
    tomorrow: 'morgen',
    closedDay: 'geschlossen',
  },
  en: {
    openNow: 'Open now',
    closedNow: 'Closed now',
    openUntil: (p: { time: string }) => `Open now, until ${p.time}`,
    opensAt: (p: { when: string }) => `Closed now, opens ${p.when}`,
    today: 'today',
    tomorrow: 'tomorrow',
    closedDay: 'closed',
  },
});

/**
 * The sentence a resident reads for one issue of a contact message, in their language.
 *
 * @example
 * ```ts
 * const result = parseContactMessage(formData);
 * if (!result.ok) for (const issue of result.error.issues) showError(issue.path, describeContactIssue(issue, 'fr'));
 * // 'Votre message est trop court. Écrivez au moins 10 caractères.'
 * ```
 */
export function describeContactIssue(issue: Pick<ContactIssue, 'code'>, locale: Locale): string {
  return contactIssueTexts[localeOfTag(locale)][issue.code];
}
