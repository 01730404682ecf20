import { defineMessages } from '@opvang/core/i18n';

// The catalogue widget's own texts, in the reader's language (`lang`). Names of kinds, phases,
// audiences and question kinds come from the core's catalogue, step titles from its step plan;
// the support package's texts, in the municipality's language, are in package-messages.ts.

type Cite = { seed: string; first: number; last: number };

export const messages = defineMessages({
  nl: {
    heading: 'Ondersteuningscatalogus',
    views: 'Onderdelen van de catalogus',
    tabSearch: 'Zoeken',
    tabReferrals: 'Waar kan ik terecht?',
    tabPackage: (p: { count: string }) => `Ondersteuningspakket (${p.count})`,
    searchLabel: 'Zoekwoorden',
    searchHint: 'Er wordt gezocht in het Nederlands, het Frans, het Duits en het Engels.',
    filters: 'Zoeken en filteren',
    step: 'Stap van het stappenplan',
    audience: 'Voor wie',
    phase: 'Wanneer',
    kind: 'Soort',
    any: 'Alle',
    foundOne: 'onderdeel gevonden',
    foundOther: 'onderdelen gevonden',
    noResults: 'Niets gevonden. Probeer een ander woord of minder filters.',
    inPackage: 'In het pakket',
    steps: 'Stappen',
    noSteps: 'Geen stap van het stappenplan',
    source: 'Bron',
    seeAlso: 'Zie ook',
    cite: (p: Cite) =>
      `brontekst ${p.seed}, ${p.first === p.last ? `regel ${String(p.first)}` : `regels ${String(p.first)}–${String(p.last)}`}:`,
    backToSearch: 'Terug naar de zoekresultaten',
    unknownItem: (p: { id: string }) =>
      `Dit onderdeel staat niet in de catalogus: „${p.id}”. Misschien is de link oud of onvolledig; zoek het hieronder.`,
    unknownView: (p: { path: string }) =>
      `Deze link wijst naar geen deel van de catalogus („${p.path}”). Hieronder kunt u zoeken.`,
    badFilters: (p: { list: string }) =>
      `Deze link bevat filters die de catalogus niet kent; ze zijn weggelaten: ${p.list}.`,
    badPrefix:
      'De catalogus kan niet getoond worden: het attribuut fragment-prefix mag alleen letters, cijfers en koppeltekens bevatten en begint met een letter.',
    question: 'Waarover gaat de vraag?',
    referralSearch: 'Of zoek een woord',
    referralsOne: 'dienst gevonden',
    referralsOther: 'diensten gevonden',
    noReferrals: (p: { notSure: string }) =>
      `Geen dienst gevonden. Kies „${p.notSure}”: daar wordt de vraag beantwoord of doorverwezen.`,
    whatItIs: 'Wat het is',
    whenToGo: 'Wanneer en hoe',
    questions: 'Vragen',
    packageIntro:
      'Kies onderdelen bij Zoeken („In het pakket”). Vul hier de gemeente en haar taal in; druk het pakket dan af of kopieer het als tekst voor een e-mail.',
    municipality: 'Gemeente',
    language: 'Taal van de gemeente',
    packageEmpty: 'Er staat nog niets in het pakket. Kies onderdelen bij Zoeken.',
    chosen: 'Gekozen onderdelen',
    remove: 'Verwijderen',
    print: 'Afdrukken',
    copy: 'Kopiëren als tekst voor een e-mail',
    copied: 'De tekst is gekopieerd. Plak hem in uw e-mail.',
    copyFailed:
      'Kopiëren lukte niet in deze browser. Selecteer de tekst hieronder en kopieer hem (Ctrl+C, op een Mac ⌘+C).',
    plainText: 'Tekst voor een e-mail',
    preview: 'Het pakket zoals het afgedrukt wordt',
    memoryOnly:
      'Deze browser bewaart uw keuze niet (de opslag is vol of niet toegestaan). Ze blijft behouden zolang deze pagina open is: druk het pakket af of kopieer het voor u de pagina sluit.',
  },
  fr: {
    heading: 'Catalogue de soutien',
    views: 'Parties du catalogue',
    tabSearch: 'Rechercher',
    tabReferrals: 'Où s’adresser ?',
    tabPackage: (p: { count: string }) => `Paquet de soutien (${p.count})`,
    searchLabel: 'Mots recherchés',
    searchHint: 'La recherche porte sur le néerlandais, le français, l’allemand et l’anglais.',
    filters: 'Rechercher et filtrer',
    step: 'Étape du plan par étapes',
    audience: 'Pour qui',
    phase: 'Quand',
    kind: 'Type',
    any: 'Tous',
    foundOne: 'élément trouvé',
    foundOther: 'éléments trouvés',
    noResults: 'Aucun résultat. Essayez un autre mot ou moins de filtres.',
    inPackage: 'Dans le paquet',
    steps: 'Étapes',
    noSteps: 'Aucune étape du plan par étapes',
    source: 'Source',
    seeAlso: 'Voir aussi',
    cite: (p: Cite) =>
      `texte source ${p.seed}, ${p.first === p.last ? `ligne ${String(p.first)}` : `lignes ${String(p.first)}–${String(p.last)}`} :`,
    backToSearch: 'Retour aux résultats',
    unknownItem: (p: { id: string }) =>
      `Cet élément n’est pas dans le catalogue : « ${p.id} ». Le lien est peut-être ancien ou incomplet ; cherchez-le ci-dessous.`,
    unknownView: (p: { path: string }) =>
      `Ce lien ne mène à aucune partie du catalogue (« ${p.path} »). Vous pouvez chercher ci-dessous.`,
    badFilters: (p: { list: string }) =>
      `Ce lien contient des filtres que le catalogue ne connaît pas ; ils ont été ignorés : ${p.list}.`,
    badPrefix:
      'Le catalogue ne peut pas être affiché : l’attribut fragment-prefix ne peut contenir que des lettres, des chiffres et des traits d’union, et commence par une lettre.',
    question: 'De quoi parle la question ?',
    referralSearch: 'Ou cherchez un mot',
    referralsOne: 'service trouvé',
    referralsOther: 'services trouvés',
    noReferrals: (p: { notSure: string }) =>
      `Aucun service trouvé. Choisissez « ${p.notSure} » : la question y reçoit une réponse ou une orientation.`,
    whatItIs: 'Ce que c’est',
    whenToGo: 'Quand et comment',
    questions: 'Questions',
    packageIntro:
      'Choisissez des éléments sous Rechercher (« Dans le paquet »). Indiquez ici la commune et sa langue, puis imprimez le paquet ou copiez-le en texte pour un e-mail.',
    municipality: 'Commune',
    language: 'Langue de la commune',
    packageEmpty: 'Le paquet est encore vide. Choisissez des éléments sous Rechercher.',
    chosen: 'Éléments choisis',
    remove: 'Retirer',
    print: 'Imprimer',
    copy: 'Copier en texte pour un e-mail',
    copied: 'Le texte est copié. Collez-le dans votre e-mail.',
    copyFailed:
      'La copie n’a pas fonctionné dans ce navigateur. Sélectionnez le texte ci-dessous et copiez-le (Ctrl+C, sur Mac ⌘+C).',
    plainText: 'Texte pour un e-mail',
    preview: 'Le paquet tel qu’il sera imprimé',
    memoryOnly:
      'Ce navigateur ne conserve pas votre choix (le stockage est plein ou refusé). Il reste disponible tant que cette page est ouverte : imprimez ou copiez le paquet avant de la fermer.',
  },
  de: {
    heading: 'Unterstützungskatalog',
    views: 'Teile des Katalogs',
    tabSearch: 'Suchen',
    tabReferrals: 'Wohin mit dieser Frage?',
    tabPackage: (p: { count: string }) => `Unterstützungspaket (${p.count})`,
    searchLabel: 'Suchbegriffe',
    searchHint: 'Gesucht wird auf Niederländisch, Französisch, Deutsch und Englisch.',
    filters: 'Suchen und filtern',
    step: 'Schritt des Stufenplans',
    audience: 'Für wen',
    phase: 'Wann',
    kind: 'Art',
    any: 'Alle',
    foundOne: 'Eintrag gefunden',
    foundOther: 'Einträge gefunden',
    noResults: 'Nichts gefunden. Versuchen Sie ein anderes Wort oder weniger Filter.',
    inPackage: 'Im Paket',
    steps: 'Schritte',
    noSteps: 'Kein Schritt des Stufenplans',
    source: 'Quelle',
    seeAlso: 'Siehe auch',
    cite: (p: Cite) =>
      `Ausgangstext ${p.seed}, ${p.first === p.last ? `Zeile ${String(p.first)}` : `Zeilen ${String(p.first)}–${String(p.last)}`}:`,
    backToSearch: 'Zurück zu den Ergebnissen',
    unknownItem: (p: { id: string }) =>
      `Dieser Eintrag steht nicht im Katalog: „${p.id}“. Vielleicht ist der Link alt oder unvollständig; suchen Sie ihn unten.`,
    unknownView: (p: { path: string }) =>
      `Dieser Link führt zu keinem Teil des Katalogs („${p.path}“). Unten können Sie suchen.`,
    badFilters: (p: { list: string }) =>
      `Dieser Link enthält Filter, die der Katalog nicht kennt; sie wurden weggelassen: ${p.list}.`,
    badPrefix:
      'Der Katalog kann nicht angezeigt werden: Das Attribut fragment-prefix darf nur Buchstaben, Ziffern und Bindestriche enthalten und beginnt mit einem Buchstaben.',
    question: 'Worum geht es bei der Frage?',
    referralSearch: 'Oder suchen Sie ein Wort',
    referralsOne: 'Dienst gefunden',
    referralsOther: 'Dienste gefunden',
    noReferrals: (p: { notSure: string }) =>
      `Kein Dienst gefunden. Wählen Sie „${p.notSure}“: Dort wird die Frage beantwortet oder weitergeleitet.`,
    whatItIs: 'Was es ist',
    whenToGo: 'Wann und wie',
    questions: 'Fragen',
    packageIntro:
      'Wählen Sie Einträge unter Suchen („Im Paket“). Geben Sie hier die Gemeinde und ihre Sprache an; drucken Sie das Paket dann aus oder kopieren Sie es als Text für eine E-Mail.',
    municipality: 'Gemeinde',
    language: 'Sprache der Gemeinde',
    packageEmpty: 'Das Paket ist noch leer. Wählen Sie Einträge unter Suchen.',
    chosen: 'Gewählte Einträge',
    remove: 'Entfernen',
    print: 'Drucken',
    copy: 'Als Text für eine E-Mail kopieren',
    copied: 'Der Text ist kopiert. Fügen Sie ihn in Ihre E-Mail ein.',
    copyFailed:
      'Das Kopieren hat in diesem Browser nicht funktioniert. Markieren Sie den Text unten und kopieren Sie ihn (Strg+C, auf einem Mac ⌘+C).',
    plainText: 'Text für eine E-Mail',
    preview: 'Das Paket, wie es gedruckt wird',
    memoryOnly:
      'Dieser Browser speichert Ihre Auswahl nicht (der Speicher ist voll oder nicht erlaubt). Sie bleibt erhalten, solange diese Seite offen ist: Drucken oder kopieren Sie das Paket, bevor Sie sie schließen.',
  },
  en: {
    heading: 'Support catalogue',
    views: 'Parts of the catalogue',
    tabSearch: 'Search',
    tabReferrals: 'Where do I go?',
    tabPackage: (p: { count: string }) => `Support package (${p.count})`,
    searchLabel: 'Search words',
    searchHint: 'Searches Dutch, French, German and English.',
    filters: 'Search and filter',
    step: 'Step of the step plan',
    audience: 'For whom',
    phase: 'When',
    kind: 'Kind',
    any: 'All',
    foundOne: 'item found',
    foundOther: 'items found',
    noResults: 'Nothing found. Try another word or fewer filters.',
    inPackage: 'In the package',
    steps: 'Steps',
    noSteps: 'No step of the step plan',
    source: 'Source',
    seeAlso: 'See also',
    cite: (p: Cite) =>
      `source text ${p.seed}, ${p.first === p.last ? `line ${String(p.first)}` : `lines ${String(p.first)}–${String(p.last)}`}:`,
    backToSearch: 'Back to the results',
    unknownItem: (p: { id: string }) =>
      `This item is not in the catalogue: “${p.id}”. The link may be old or incomplete; search for it below.`,
    unknownView: (p: { path: string }) =>
      `This link leads to no part of the catalogue (“${p.path}”). You can search below.`,
    badFilters: (p: { list: string }) =>
      `This link has filters the catalogue does not know; they were left out: ${p.list}.`,
    badPrefix:
      'The catalogue cannot be shown: the fragment-prefix attribute may hold only letters, digits and hyphens, and starts with a letter.',
    question: 'What is the question about?',
    referralSearch: 'Or search for a word',
    referralsOne: 'service found',
    referralsOther: 'services found',
    noReferrals: (p: { notSure: string }) =>
      `No service found. Choose “${p.notSure}”: the question is answered or referred there.`,
    whatItIs: 'What it is',
    whenToGo: 'When and how',
    questions: 'Questions',
    packageIntro:
      'Choose items under Search (“In the package”). Give the municipality and its language here; then print the package or copy it as text for an email.',
    municipality: 'Municipality',
    language: 'The municipality’s language',
    packageEmpty: 'The package is still empty. Choose items under Search.',
    chosen: 'Chosen items',
    remove: 'Remove',
    print: 'Print',
    copy: 'Copy as text for an email',
    copied: 'The text is copied. Paste it into your email.',
    copyFailed:
      'Copying did not work in this browser. Select the text below and copy it (Ctrl+C, on a Mac ⌘+C).',
    plainText: 'Text for an email',
    preview: 'The package as it will be printed',
    memoryOnly:
      'This browser does not keep your choice (its storage is full or not allowed). It stays while this page is open: print or copy the package before you close it.',
  },
});

/** Each language under its own name, for the language of the municipality. */
export const languageNames = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
} as const;
