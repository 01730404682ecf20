import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, NAME_MAX_LENGTH } from './vocabulary.js';
import type { ContactTexts } from './texts.js';

/**
 * The contact point's texts for residents in German: the form's problem sentences, the
 * categories, the reply channels and the opening hours. One module per language, so a page can
 * load only its own (see `contactIssueTexts` and the other tables for all four at once).
 *
 * @example
 * ```ts
 * contactTextsDe.categories.question; // 'Frage'
 * ```
 */
export const contactTextsDe: ContactTexts = {
  issues: {
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
  categories: {
    question: 'Frage',
    concern: 'Sorge',
    report: 'Meldung',
    complaint: 'Beschwerde',
    'volunteering-offer': 'Angebot, als Freiwillige(r) zu helfen',
    suggestion: 'Vorschlag oder Idee',
  },
  channels: { email: 'Per E-Mail', phone: 'Per Telefon' },
  opening: {
    openNow: 'Jetzt geöffnet',
    closedNow: 'Jetzt geschlossen',
    openUntil: (p: { time: string }) => `Jetzt geöffnet, bis ${p.time}`,
    opensAt: (p: { when: string }) => `Jetzt geschlossen, öffnet ${p.when}`,
    today: 'heute',
    tomorrow: 'morgen',
    closedDay: 'geschlossen',
  },
};
