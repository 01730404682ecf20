/**
 * The contact widget's own texts in Dutch, bundled with the widget; the other languages load
 * on demand (see ../texts.ts). Field errors, category and channel labels and the opening-hours
 * sentences come from the core (`@opvang/core/contact`), so the receiver says the same.
 */
export const nl = {
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
};

/** The contact widget's own texts in one language. */
export type ContactMessages = typeof nl;
