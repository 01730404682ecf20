import { defineMessages } from '@opvang/core/i18n';

/** The report widget's own texts; the report's sentences come from `reportMessages` of `@opvang/core/reports`. */
export const messages = defineMessages({
  nl: {
    heading: 'Schriftelijke vraag nr. 22: de antwoorden uit de gegevens',
    summary: 'Samenvatting',
    loading: 'De dossiers worden geladen…',
    registerOnly:
      'Alleen de lijst van inzetten is getoond. De antwoorden per dossier (vóór of na de aankondiging, welke overheid, het aanbod) vragen dossiers: geef de widget een dossierserver (attribuut store) of dossiers (eigenschap cases).',
    counts: 'Aantal dossiers',
    downloads: 'Downloaden',
    downloadYears: 'Inzetten per jaar (CSV)',
    downloadCases: 'Antwoorden per dossier (CSV)',
    downloadText: 'Het verslag als tekst',
    broken: (p: { caseId: string }) =>
      `Dossier ${p.caseId} kan niet gelezen worden en telt niet mee.`,
    unavailable:
      'De dossierserver is niet bereikbaar; alleen de lijst van inzetten is getoond. Het verslag wordt opnieuw geladen zodra het kan.',
    unauthenticated: 'Meld u aan om de dossiers in het verslag op te nemen.',
    forbidden: 'U hebt geen toegang tot de dossiers; alleen de lijst van inzetten is getoond.',
    'not-found': 'De dossierserver kent deze vraag niet. Controleer het adres (attribuut store).',
    invalid: 'De dossierserver weigerde de vraag. Neem contact op met de beheerder.',
    badStore:
      'Dit verslag kan niet getoond worden: het adres van de dossierserver (attribuut store) is ongeldig.',
    token: 'Toegangssleutel',
    signIn: 'Aanmelden',
  },
  fr: {
    heading: 'Question écrite n° 22 : les réponses tirées des données',
    summary: 'Résumé',
    loading: 'Chargement des dossiers…',
    registerOnly:
      'Seule la liste des interventions est affichée. Les réponses par dossier (avant ou après l’annonce, quelle autorité, l’offre) demandent des dossiers : donnez au widget un serveur de dossiers (attribut store) ou des dossiers (propriété cases).',
    counts: 'Nombre de dossiers',
    downloads: 'Télécharger',
    downloadYears: 'Interventions par an (CSV)',
    downloadCases: 'Réponses par dossier (CSV)',
    downloadText: 'Le rapport en texte',
    broken: (p: { caseId: string }) =>
      `Le dossier ${p.caseId} ne peut pas être lu et n’est pas compté.`,
    unavailable:
      'Le serveur des dossiers est injoignable ; seule la liste des interventions est affichée. Le rapport sera rechargé dès que possible.',
    unauthenticated: 'Connectez-vous pour inclure les dossiers dans le rapport.',
    forbidden:
      'Vous n’avez pas accès aux dossiers ; seule la liste des interventions est affichée.',
    'not-found':
      'Le serveur des dossiers ne connaît pas cette demande. Vérifiez l’adresse (attribut store).',
    invalid: 'Le serveur des dossiers a refusé la demande. Contactez l’administrateur.',
    badStore:
      'Ce rapport ne peut pas être affiché : l’adresse du serveur des dossiers (attribut store) n’est pas valable.',
    token: 'Clé d’accès',
    signIn: 'Se connecter',
  },
  de: {
    heading: 'Schriftliche Frage Nr. 22: die Antworten aus den Daten',
    summary: 'Zusammenfassung',
    loading: 'Die Vorgänge werden geladen …',
    registerOnly:
      'Nur die Liste der Einsätze wird gezeigt. Die Antworten pro Vorgang (vor oder nach der Ankündigung, welche Behörde, das Angebot) brauchen Vorgänge: Geben Sie dem Widget einen Vorgangsserver (Attribut store) oder Vorgänge (Eigenschaft cases).',
    counts: 'Anzahl Vorgänge',
    downloads: 'Herunterladen',
    downloadYears: 'Einsätze pro Jahr (CSV)',
    downloadCases: 'Antworten pro Vorgang (CSV)',
    downloadText: 'Der Bericht als Text',
    broken: (p: { caseId: string }) =>
      `Vorgang ${p.caseId} kann nicht gelesen werden und zählt nicht mit.`,
    unavailable:
      'Der Vorgangsserver ist nicht erreichbar; nur die Liste der Einsätze wird gezeigt. Der Bericht wird neu geladen, sobald es geht.',
    unauthenticated: 'Melden Sie sich an, um die Vorgänge in den Bericht aufzunehmen.',
    forbidden: 'Sie haben keinen Zugang zu den Vorgängen; nur die Liste der Einsätze wird gezeigt.',
    'not-found':
      'Der Vorgangsserver kennt diese Anfrage nicht. Prüfen Sie die Adresse (Attribut store).',
    invalid: 'Der Vorgangsserver hat die Anfrage abgelehnt. Wenden Sie sich an die Verwaltung.',
    badStore:
      'Dieser Bericht kann nicht gezeigt werden: Die Adresse des Vorgangsservers (Attribut store) ist ungültig.',
    token: 'Zugangsschlüssel',
    signIn: 'Anmelden',
  },
  en: {
    heading: 'Written question no. 22: the answers from the data',
    summary: 'Summary',
    loading: 'Loading the case logs…',
    registerOnly:
      'Only the list of deployments is shown. The answers per case (before or after the announcement, which authority, the support offered) need case logs: give the widget a case server (the store attribute) or cases (the cases property).',
    counts: 'Cases',
    downloads: 'Download',
    downloadYears: 'Deployments per year (CSV)',
    downloadCases: 'Answers per case (CSV)',
    downloadText: 'The report as text',
    broken: (p: { caseId: string }) => `Case ${p.caseId} cannot be read and is not counted.`,
    unavailable:
      'The case server cannot be reached; only the list of deployments is shown. The report is loaded again as soon as it can be.',
    unauthenticated: 'Sign in to include the case logs in the report.',
    forbidden: 'You have no access to the case logs; only the list of deployments is shown.',
    'not-found': 'The case server does not know this request. Check the address (store attribute).',
    invalid: 'The case server refused the request. Contact the administrator.',
    badStore:
      'This report cannot be shown: the address of the case server (store attribute) is not valid.',
    token: 'Access key',
    signIn: 'Sign in',
  },
});
