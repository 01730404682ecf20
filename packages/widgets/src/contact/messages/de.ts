import type { ContactMessages } from './nl.js';

// The core's contact texts in German travel in the same chunk (see ../texts.ts).
export { contactTextsDe as core } from '@opvang/core/contact';

/** The contact widget's own texts in German, loaded when a page asks for German (see ../texts.ts). */
export const de: ContactMessages = {
  heading: 'Kontaktstelle',
  phone: 'Telefon',
  email: 'E-Mail',
  address: 'Adresse',
  hours: 'Öffnungszeiten',
  formHeading: 'Schreiben Sie uns',
  category: 'Worum geht es in Ihrer Nachricht?',
  choose: 'Wählen Sie ein Thema',
  message: 'Ihre Nachricht',
  name: 'Ihr Name (freiwillige Angabe)',
  replyWanted: 'Ich möchte eine Antwort',
  replyChannel: 'Wie möchten Sie die Antwort erhalten?',
  replyEmail: 'Ihre E-Mail-Adresse',
  replyPhone: 'Ihre Telefonnummer',
  consent: 'Ich erlaube der Gemeinde, meine Nachricht zu bearbeiten.',
  honeypot: 'Lassen Sie dieses Feld leer',
  send: 'Senden',
  sendByMail: 'E-Mail mit dieser Nachricht öffnen',
  mailtoHint:
    'Diese Seite kann Ihre Nachricht nicht selbst senden. Die Schaltfläche unten öffnet Ihr E-Mail-Programm mit Ihrer Nachricht; senden Sie sie von dort.',
  summary: 'Bitte korrigieren Sie zuerst:',
  sending: 'Ihre Nachricht wird gesendet…',
  sent: 'Danke. Ihre Nachricht ist angekommen.',
  queued: 'Ihre Nachricht ist noch nicht gesendet: Zurzeit besteht keine Verbindung.',
  offline:
    'Ihre Nachricht ist noch nicht gesendet: Zurzeit besteht keine Verbindung. Sie bleibt im Formular, und wir senden sie, sobald die Verbindung wieder da ist.',
  queuedKept:
    'Sie ist auf diesem Gerät gespeichert und wird automatisch gesendet, sobald dies möglich ist, auch wenn Sie später auf diese Seite zurückkommen. Sie müssen sie nicht neu schreiben.',
  rejected:
    'Ihre Nachricht wurde nicht angenommen. Ihr Text steht noch im Formular: Korrigieren Sie, was unten steht, und senden Sie erneut.',
  conflict:
    'Beim Senden ist etwas schiefgegangen. Ihr Text steht noch im Formular: Senden Sie erneut.',
  tooFast:
    'Das ging sehr schnell. Prüfen Sie Ihre Nachricht und drücken Sie noch einmal auf „Senden“.',
  restored:
    'Eine frühere Nachricht konnte nicht gesendet werden. Ihr Text steht wieder im Formular: Prüfen Sie ihn und senden Sie ihn erneut.',
  notArrived: 'Ihre Nachricht ist nicht angekommen. Wir versuchen es weiter.',
  notArrivedMail: 'Senden Sie sie besser per E-Mail, mit der Schaltfläche unten.',
  volatile:
    'Dieser Browser kann Ihre Nachricht nicht speichern: Wenn Sie die Seite schließen oder neu laden, bevor sie gesendet ist, geht sie verloren.',
  held: 'Ihre vorige Nachricht wurde nicht angenommen. Sie steht unten, mit dem Grund; was Sie jetzt schreiben, bleibt stehen.',
  takeBack: 'Zurück ins Formular holen',
  takeBackHint: 'Senden oder löschen Sie zuerst, was jetzt im Formular steht.',
  refusedTooLarge: 'Die Nachricht ist zu groß. Kürzen Sie sie.',
  refusedConflict: 'Beim Senden ist etwas schiefgegangen. Senden Sie sie erneut.',
  refusedOther:
    'Der Server hat die Nachricht nicht angenommen. Senden Sie sie erneut oder per E-Mail.',
  invalid:
    'Die Kontaktstelle kann nicht angezeigt werden: Die Angaben auf dieser Seite sind unvollständig oder fehlerhaft.',
  subject: 'Nachricht über die Website',
};
