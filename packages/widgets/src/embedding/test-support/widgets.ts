// The widgets the embedding suite puts on hostile and strict pages: one entry per widget.
// An entry whose CDN file is not built yet is skipped (checked with a HEAD request), so a
// widget joins the suite as soon as `cdn/<file>` exists.

/** One widget as a webmaster embeds it: its script and the markup pasted into the CMS. */
export interface WidgetFixture {
  /** The custom element's tag. */
  readonly tag: string;
  /** The self-contained CDN file, as served by the test runner. */
  readonly cdn: string;
  /** The markup on the page, fallback content included. */
  readonly markup: string;
  /** Text that the rendered widget shows in its shadow root once it has upgraded. */
  readonly rendered: string;
}

const faqContent = {
  items: [
    {
      id: 'who-will-live-there',
      category: 'Het centrum',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Wie komt er wonen?',
      answer: [
        {
          type: 'paragraph',
          content: [
            'Maximaal 80 volwassen mannen. Eenheelerglangwoordzonderspatiesomdeterugloopopsmalleschermentetesten.',
          ],
        },
      ],
    },
    {
      id: 'school',
      category: 'School',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Gaan de kinderen naar school?',
      answer: [{ type: 'paragraph', content: ['Ja, naar de gewone school.'] }],
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

/** Every widget of the package, in the order the suite runs them. */
export const widgetFixtures: readonly WidgetFixture[] = [
  {
    tag: 'opvang-info-market',
    cdn: '/cdn/opvang-info-market.js',
    markup:
      '<opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring" ' +
      'address="Kerkstraat 1, 2000 Antwerpen">Infomarkt op vrijdag 14 maart 2025 van 19 tot 21 uur in Zaal De Kring.</opvang-info-market>',
    rendered: 'geen panelgesprek',
  },
  {
    tag: 'opvang-faq',
    cdn: '/cdn/opvang-faq.js',
    markup: `<opvang-faq><script type="application/json">${JSON.stringify(faqContent)}</script><p>Vragen? Bel 050 12 34 56.</p></opvang-faq>`,
    rendered: 'Wie komt er wonen?',
  },
  {
    tag: 'opvang-contact',
    cdn: '/cdn/opvang-contact.js',
    markup: `<opvang-contact><script type="application/json">${JSON.stringify(contactPoint)}</script><p>Bel +32 50 12 34 56.</p></opvang-contact>`,
    rendered: 'Contactpunt opvangcentrum',
  },
  {
    // A case this browser does not hold yet: the widget offers its opening form.
    tag: 'opvang-case',
    cdn: '/cdn/opvang-case.js',
    markup:
      '<opvang-case case-id="embedding-demo-case">Dit dossier heeft JavaScript nodig.</opvang-case>',
    rendered: 'Dossier openen',
  },
  {
    // The support catalogue: its data is in the script, so it needs no server.
    tag: 'opvang-catalogue',
    cdn: '/cdn/opvang-catalogue.js',
    markup: '<opvang-catalogue>De catalogus heeft JavaScript nodig.</opvang-catalogue>',
    rendered: 'onderdelen gevonden',
  },
  {
    // The deployment register: the core's data, so it needs no server.
    tag: 'opvang-deployments',
    cdn: '/cdn/opvang-deployments.js',
    markup: '<opvang-deployments>De tijdlijn heeft JavaScript nodig.</opvang-deployments>',
    rendered: '31 van 31 inzetten getoond.',
  },
];
