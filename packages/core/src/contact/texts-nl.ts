import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, NAME_MAX_LENGTH } from './vocabulary.js';
import type { ContactTexts } from './texts.js';

/**
 * The contact point's texts for residents in Dutch: the form's problem sentences, the
 * categories, the reply channels and the opening hours. One module per language, so a page can
 * load only its own (see `contactIssueTexts` and the other tables for all four at once).
 *
 * @example
 * ```ts
 * contactTextsNl.categories.question; // 'Vraag'
 * ```
 */
export const contactTextsNl: ContactTexts = {
  issues: {
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
  categories: {
    question: 'Vraag',
    concern: 'Bezorgdheid',
    report: 'Melding',
    complaint: 'Klacht',
    'volunteering-offer': 'Aanbod om te helpen als vrijwilliger',
    suggestion: 'Voorstel of idee',
  },
  channels: { email: 'Per e-mail', phone: 'Per telefoon' },
  opening: {
    openNow: 'Nu open',
    closedNow: 'Nu gesloten',
    openUntil: (p: { time: string }) => `Nu open, tot ${p.time}`,
    opensAt: (p: { when: string }) => `Nu gesloten, opent ${p.when}`,
    today: 'vandaag',
    tomorrow: 'morgen',
    closedDay: 'gesloten',
  },
};
