// The widgets as a webmaster puts them on a page: the markup pasted into the CMS and a text
// the rendered widget shows in its shadow root once it has upgraded. The same data as the
// embedding suite's fixtures (packages/widgets/src/embedding/test-support/widgets.ts), which
// are TypeScript and so cannot be imported by this plain Node script.

const faqContent = {
  items: [
    {
      id: 'who-will-live-there',
      category: 'Het centrum',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Wie komt er wonen?',
      answer: [{ type: 'paragraph', content: ['Maximaal 80 volwassen mannen.'] }],
    },
  ],
};

const contactPoint = {
  name: 'Contactpunt opvangcentrum',
  phone: '+32 50 12 34 56',
  email: 'opvang@voorbeeld.be',
  address: 'Markt 1, 8000 Brugge',
  openingHours: [{ days: ['monday', 'wednesday', 'friday'], opens: '09:00', closes: '12:00' }],
};

/** Every custom element of the package, with its markup and a text its render shows. */
export const widgets = [
  {
    tag: 'opvang-info-market',
    markup:
      '<opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring" ' +
      'address="Kerkstraat 1, 2000 Antwerpen">Infomarkt op vrijdag 14 maart 2025.</opvang-info-market>',
    rendered: 'Zaal De Kring',
  },
  {
    tag: 'opvang-faq',
    markup: `<opvang-faq><script type="application/json">${JSON.stringify(faqContent)}</script><p>Vragen? Bel 050 12 34 56.</p></opvang-faq>`,
    rendered: 'Wie komt er wonen?',
  },
  {
    tag: 'opvang-contact',
    markup: `<opvang-contact><script type="application/json">${JSON.stringify(contactPoint)}</script><p>Bel +32 50 12 34 56.</p></opvang-contact>`,
    rendered: 'Contactpunt opvangcentrum',
  },
  {
    // The intranet's: a case this browser does not hold yet, so its opening form. Not in
    // opvang-widgets.js, which holds the widgets for residents' pages.
    tag: 'opvang-case',
    markup:
      '<opvang-case case-id="dry-run-demo-case">Dit dossier heeft JavaScript nodig.</opvang-case>',
    rendered: 'Dossier openen',
    intranet: true,
  },
  {
    // The intranet's portfolio without a server: this browser's own cases, none in a fresh one.
    tag: 'opvang-cases',
    markup: '<opvang-cases>Deze lijst heeft JavaScript nodig.</opvang-cases>',
    rendered: 'Er zijn geen dossiers die u mag zien.',
    intranet: true,
  },
  {
    // The intranet's support catalogue: its data is in the script, so it needs no server.
    tag: 'opvang-catalogue',
    markup: '<opvang-catalogue>De catalogus heeft JavaScript nodig.</opvang-catalogue>',
    rendered: 'onderdelen gevonden',
    intranet: true,
  },
  {
    // The intranet's report without a store: the register's figures per year only.
    tag: 'opvang-report',
    markup: '<opvang-report>Dit verslag heeft JavaScript nodig.</opvang-report>',
    rendered: 'Schriftelijke vraag nr. 22: de antwoorden uit de gegevens',
    intranet: true,
  },
  {
    // The intranet's deployment register: the core's data, no server.
    tag: 'opvang-deployments',
    markup: '<opvang-deployments>Deze tijdlijn heeft JavaScript nodig.</opvang-deployments>',
    rendered: '31 van 31 inzetten getoond.',
    intranet: true,
  },
  {
    // The planners' occupancy dashboard without a network: its form to load one.
    tag: 'opvang-occupancy',
    markup: '<opvang-occupancy>Dit dashboard heeft JavaScript nodig.</opvang-occupancy>',
    rendered: 'Bezetting van het opvangnetwerk',
    intranet: true,
  },
];

/**
 * The tags a CDN entry must define: `opvang-widgets.js` all but the intranet's, any other entry the tag
 * its name starts with (`opvang-faq-facts.js` defines `opvang-faq`). An entry that names no
 * tag gets none, and the dry run fails on it, so a new entry is never loaded untested.
 */
export function tagsOf(entry) {
  const name = entry.replace(/\.js$/, '');
  if (name === 'opvang-widgets')
    return widgets.filter((widget) => !widget.intranet).map((widget) => widget.tag);
  return widgets
    .map((widget) => widget.tag)
    .filter((tag) => name === tag || name.startsWith(`${tag}-`));
}

/** A page with every widget's markup and one CDN entry, for a server that sends a strict CSP. */
export function entryPage(entry) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${entry} under a strict CSP</title>
    <script type="module" src="/cdn/${entry}"></script>
  </head>
  <body>
    ${widgets.map((widget) => widget.markup).join('\n    ')}
  </body>
</html>
`;
}

/** A page that breaks the CSP on purpose, to show that the dry run sees a violation. */
export const controlPage = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>control</title></head>
  <body><script>document.title = 'inline script ran';</script></body>
</html>
`;
