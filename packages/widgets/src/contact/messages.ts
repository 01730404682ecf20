import { defineMessages } from '@opvang/core/i18n';

/**
 * The widget's own texts. Field errors, category and channel labels and the opening-hours
 * sentences come from the core (`@opvang/core/contact`), so the receiver says the same.
 */
export const messages = defineMessages({
  nl: {
    heading: 'Contactpunt',
    phone: 'Telefoon',
    email: 'E-mail',
    address: 'Adres',
    hours: 'Openingsuren',
    formHeading: 'Stuur ons een bericht',
    category: 'Waarover gaat uw bericht?',
    choose: 'Kies een onderwerp',
    message: 'Uw bericht',
    name: 'Uw naam (niet verplicht)',
    replyWanted: 'Ik wil een antwoord',
    replyChannel: 'Hoe wilt u een antwoord krijgen?',
    replyEmail: 'Uw e-mailadres',
    replyPhone: 'Uw telefoonnummer',
    consent: 'Ik geef de gemeente toestemming om mijn bericht te behandelen.',
    honeypot: 'Laat dit veld leeg',
    send: 'Versturen',
    sendByMail: 'Open uw e-mail met dit bericht',
    mailtoHint:
      'Deze pagina kan uw bericht niet zelf versturen. Via de knop hieronder opent uw e-mailprogramma met uw bericht erin; daar verstuurt u het.',
    summary: 'Verbeter eerst dit:',
    sending: 'Uw bericht wordt verstuurd…',
    sent: 'Bedankt. Uw bericht is goed aangekomen.',
    queued: 'Uw bericht is nog niet verstuurd: de verbinding lukt nu niet.',
    offline:
      'Uw bericht is nog niet verstuurd: de verbinding lukt nu niet. Het staat nog in het formulier en we versturen het zodra er weer verbinding is.',
    queuedKept:
      'Het is bewaard op dit toestel en we versturen het vanzelf zodra het kan, ook als u later naar deze pagina terugkomt. U hoeft het niet opnieuw te typen.',
    rejected:
      'Uw bericht werd niet aanvaard. Uw tekst staat nog in het formulier: verbeter wat hieronder staat en verstuur opnieuw.',
    conflict:
      'Er ging iets mis bij het versturen. Uw tekst staat nog in het formulier: verstuur opnieuw.',
    tooFast: 'Dat ging erg snel. Controleer uw bericht en druk nog eens op Versturen.',
    restored:
      'Een eerder bericht kon niet verstuurd worden. De tekst staat weer in het formulier: controleer hem en verstuur opnieuw.',
    notArrived: 'Uw bericht is niet aangekomen. We blijven het proberen.',
    notArrivedMail: 'Stuur het liever per e-mail, met de knop hieronder.',
    volatile:
      'Deze browser kan uw bericht niet bewaren: als u de pagina sluit of herlaadt voor het verstuurd is, gaat het verloren.',
    held: 'Uw vorige bericht werd niet aanvaard. Het staat hieronder, met de reden; wat u nu typt, blijft staan.',
    takeBack: 'Zet het terug in het formulier',
    takeBackHint: 'Verstuur of wis eerst wat nu in het formulier staat.',
    refusedTooLarge: 'Het bericht is te groot. Maak het korter.',
    refusedConflict: 'Er ging iets mis bij het versturen. Verstuur het opnieuw.',
    refusedOther: 'De server nam het bericht niet aan. Verstuur het opnieuw of per e-mail.',
    invalid:
      'Het contactpunt kan niet getoond worden: de gegevens op deze pagina zijn onvolledig of fout.',
    subject: 'Bericht via de website',
  },
  fr: {
    heading: 'Point de contact',
    phone: 'Téléphone',
    email: 'E-mail',
    address: 'Adresse',
    hours: 'Heures d’ouverture',
    formHeading: 'Envoyez-nous un message',
    category: 'Quel est l’objet de votre message ?',
    choose: 'Choisissez un sujet',
    message: 'Votre message',
    name: 'Votre nom (facultatif)',
    replyWanted: 'Je souhaite une réponse',
    replyChannel: 'Comment souhaitez-vous recevoir la réponse ?',
    replyEmail: 'Votre adresse e-mail',
    replyPhone: 'Votre numéro de téléphone',
    consent: 'J’autorise la commune à traiter mon message.',
    honeypot: 'Laissez ce champ vide',
    send: 'Envoyer',
    sendByMail: 'Ouvrir votre messagerie avec ce message',
    mailtoHint:
      'Cette page ne peut pas envoyer votre message elle-même. Le bouton ci-dessous ouvre votre messagerie avec votre message ; envoyez-le de là.',
    summary: 'Corrigez d’abord ceci :',
    sending: 'Envoi de votre message…',
    sent: 'Merci. Votre message est bien arrivé.',
    queued:
      'Votre message n’est pas encore envoyé : la connexion ne fonctionne pas pour le moment.',
    offline:
      "Votre message n'a pas encore été envoyé : la connexion ne fonctionne pas. Il reste dans le formulaire et nous l'envoyons dès que la connexion revient.",
    queuedKept:
      'Il est conservé sur cet appareil et sera envoyé automatiquement dès que possible, même si vous revenez plus tard sur cette page. Inutile de le retaper.',
    rejected:
      'Votre message n’a pas été accepté. Votre texte est toujours dans le formulaire : corrigez ce qui est indiqué ci-dessous et envoyez à nouveau.',
    conflict:
      'Un problème est survenu lors de l’envoi. Votre texte est toujours dans le formulaire : envoyez à nouveau.',
    tooFast: 'C’était très rapide. Vérifiez votre message et appuyez à nouveau sur « Envoyer ».',
    restored:
      'Un message précédent n’a pas pu être envoyé. Son texte est de nouveau dans le formulaire : vérifiez-le et envoyez-le à nouveau.',
    notArrived: 'Votre message n’est pas arrivé. Nous continuons d’essayer.',
    notArrivedMail: 'Envoyez-le plutôt par e-mail, avec le bouton ci-dessous.',
    volatile:
      'Ce navigateur ne peut pas conserver votre message : si vous fermez ou rechargez la page avant son envoi, il sera perdu.',
    held: 'Votre message précédent n’a pas été accepté. Il se trouve ci-dessous, avec la raison ; ce que vous tapez maintenant reste en place.',
    takeBack: 'Le remettre dans le formulaire',
    takeBackHint: 'Envoyez ou effacez d’abord ce qui se trouve dans le formulaire.',
    refusedTooLarge: 'Le message est trop volumineux. Raccourcissez-le.',
    refusedConflict: 'Un problème est survenu lors de l’envoi. Envoyez-le à nouveau.',
    refusedOther: 'Le serveur n’a pas accepté le message. Envoyez-le à nouveau, ou par e-mail.',
    invalid:
      'Le point de contact ne peut pas être affiché : les données de cette page sont incomplètes ou erronées.',
    subject: 'Message via le site web',
  },
  de: {
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
  },
  en: {
    heading: 'Contact point',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    hours: 'Opening hours',
    formHeading: 'Send us a message',
    category: 'What is your message about?',
    choose: 'Choose a subject',
    message: 'Your message',
    name: 'Your name (optional)',
    replyWanted: 'I would like an answer',
    replyChannel: 'How would you like to get the answer?',
    replyEmail: 'Your email address',
    replyPhone: 'Your phone number',
    consent: 'I allow the municipality to handle my message.',
    honeypot: 'Leave this field empty',
    send: 'Send',
    sendByMail: 'Open your email with this message',
    mailtoHint:
      'This page cannot send your message itself. The button below opens your email program with your message in it; send it from there.',
    summary: 'Please fix this first:',
    sending: 'Sending your message…',
    sent: 'Thank you. Your message has arrived.',
    queued: 'Your message has not been sent yet: the connection is not working right now.',
    offline:
      'Your message has not been sent yet: the connection is not working right now. It stays in the form, and we send it as soon as the connection is back.',
    queuedKept:
      'It is kept on this device and will be sent automatically as soon as possible, even if you come back to this page later. You do not need to type it again.',
    rejected:
      'Your message was not accepted. Your text is still in the form: fix what is shown below and send it again.',
    conflict: 'Something went wrong while sending. Your text is still in the form: send it again.',
    tooFast: 'That was very fast. Check your message and press Send once more.',
    restored:
      'An earlier message could not be sent. Its text is back in the form: check it and send it again.',
    notArrived: 'Your message has not arrived. We keep trying.',
    notArrivedMail: 'Better send it by email, with the button below.',
    volatile:
      'This browser cannot keep your message: if you close or reload the page before it is sent, it will be lost.',
    held: 'Your previous message was not accepted. It is below, with the reason; what you are typing now stays where it is.',
    takeBack: 'Put it back in the form',
    takeBackHint: 'First send or clear what is in the form now.',
    refusedTooLarge: 'The message is too large. Make it shorter.',
    refusedConflict: 'Something went wrong while sending. Send it again.',
    refusedOther: 'The server did not accept the message. Send it again, or by email.',
    invalid: 'The contact point cannot be shown: the details on this page are incomplete or wrong.',
    subject: 'Message via the website',
  },
});
