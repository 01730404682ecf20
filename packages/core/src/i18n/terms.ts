import type { Locale } from './locale.js';

/**
 * A rendering the glossary says not to use, and how to find it in a text.
 * `pattern` is matched case-insensitively against one text of the language.
 */
export interface AvoidedRendering {
  readonly locale: Locale;
  /** The rendering as the glossary writes it. */
  readonly text: string;
  /** Finds the rendering in a text (word-bounded, inflections included). */
  readonly pattern: RegExp;
  /** Why it misleads, for the test's report and the docs. */
  readonly why?: string;
  /** The rendering only counts in a text that also matches this (it is wrong only in that context). */
  readonly onlyWith?: RegExp;
  /** The rendering is fine in a text that also matches this (the text says what it means). */
  readonly unlessWith?: RegExp;
}

/** An entry the glossary marks *check*: what was asked, what the sources say, and how sure we are. */
export interface TermCheck {
  /** The languages whose rendering was in doubt. */
  readonly locales: readonly Locale[];
  readonly question: string;
  /** `confirmed`: a source settles it; `best-reading`: our reading, not confirmed by a source. */
  readonly status: 'confirmed' | 'best-reading';
  readonly finding: string;
}

/** One concept of the glossary: the one rendering per language, and the renderings to avoid. */
export interface Term {
  /** A stable id (English, kebab-case). */
  readonly id: string;
  /** The rendering to use, as the glossary writes it (alternatives separated by `/` or `,`). */
  readonly nl: string;
  readonly fr: string;
  readonly de: string;
  readonly en: string;
  /** How the preferred rendering is found in a text, per language, where a text may mix it with an avoided one. */
  readonly found?: { readonly [L in Locale]?: RegExp };
  readonly avoid: readonly AvoidedRendering[];
  readonly check?: TermCheck;
}

// `\b` knows only ASCII letters, so a pattern that ends in an accented letter ends in `(?!\p{L})`.
const support = /ondersteuning|steun|soutien|unterstützung|support/iu;

/**
 * The glossary (one term per concept and language) as data, so that a test can hold every text
 * in the core and the widgets to it. Where a term is a Dutch proper name, the other languages
 * keep it in italics beside the translation the first time it appears.
 *
 * @example
 * ```ts
 * const officer = terms.find((term) => term.id === 'liaison-officer');
 * officer?.fr; // 'officier de liaison'
 * officer?.avoid.map((a) => `${a.locale}: ${a.text}`); // ['fr: agent de liaison', 'de: Verbindungsbeamte(r)']
 * ```
 */
export const terms: readonly Term[] = [
  {
    id: 'liaison-officer',
    nl: 'verbindingsofficier',
    fr: 'officier de liaison',
    de: 'Verbindungsbeauftragte(r)',
    en: 'liaison officer',
    found: { fr: /\bofficiers? de liaison\b/iu, de: /verbindungsbeauftragte/iu },
    avoid: [
      { locale: 'fr', text: 'agent de liaison', pattern: /\bagents? de liaison\b/iu },
      { locale: 'de', text: 'Verbindungsbeamte(r)', pattern: /verbindungsbeamt/iu },
    ],
  },
  {
    id: 'agii',
    nl: 'Agentschap Integratie en Inburgering (AgII)',
    fr: "Agence flamande pour l'intégration et l'intégration civique (*Agentschap Integratie en Inburgering*, AgII)",
    de: 'flämische Agentur für Integration und Integrationsparcours (*Agentschap Integratie en Inburgering*, AgII)',
    en: 'Agency for Integration and Civic Integration (*Agentschap Integratie en Inburgering*, AgII)',
    avoid: [
      {
        locale: 'de',
        text: 'Einbürgerung',
        pattern: /einbürgerung/iu,
        why: 'means naturalisation',
      },
    ],
  },
  {
    id: 'civic-integration',
    nl: 'inburgering, inburgeringstraject',
    fr: "intégration civique, parcours d'intégration civique",
    de: 'Integrationsparcours',
    en: 'civic integration, civic integration pathway',
    avoid: [
      {
        locale: 'de',
        text: 'Einbürgerung',
        pattern: /einbürgerung/iu,
        why: 'means naturalisation',
      },
    ],
  },
  {
    // What a staff member types to sign in to the case server: a key, as Dutch and German say;
    // "token" is the developer's word (the docs and the server's API keep it).
    id: 'access-key',
    nl: 'toegangssleutel',
    fr: 'clé d’accès',
    de: 'Zugangsschlüssel',
    en: 'access key',
    avoid: [
      { locale: 'fr', text: 'jeton d’accès', pattern: /\bjetons? d['’]accès/iu },
      { locale: 'en', text: 'access token', pattern: /\baccess tokens?\b/iu },
    ],
  },
  {
    id: 'integration-coordinator',
    nl: 'integratiecoördinator',
    fr: "coordinateur d'intégration",
    de: 'Integrationskoordinator(in)',
    en: 'integration coordinator',
    avoid: [],
  },
  {
    id: 'municipality',
    nl: 'lokaal bestuur',
    fr: 'commune, administration communale',
    de: 'Gemeinde, Gemeindeverwaltung',
    en: 'municipality, local authority',
    found: { fr: /\bcommun(e|es|al|ale)\b/iu },
    avoid: [
      { locale: 'fr', text: 'administration locale', pattern: /\badministrations? locales?\b/iu },
    ],
  },
  {
    id: 'mayor-and-aldermen',
    nl: 'burgemeester / schepen / college van burgemeester en schepenen',
    fr: 'bourgmestre / échevin / collège communal',
    de: 'Bürgermeister(in) / Schöffe, Schöffin / Gemeindekollegium',
    en: 'mayor / alderman / board of mayor and aldermen',
    avoid: [],
  },
  {
    id: 'chief-executive',
    nl: 'algemeen directeur',
    fr: 'directeur général',
    de: 'Generaldirektor(in)',
    en: 'chief executive (algemeen directeur)',
    avoid: [],
  },
  {
    id: 'policy-officer',
    nl: 'beleidsmedewerker',
    fr: 'chargé de mission',
    de: 'Referent(in)',
    en: 'policy officer',
    avoid: [
      {
        locale: 'fr',
        text: 'collaborateur politique',
        pattern: /\bcollaborat(eur|eurs|rice|rices) politiques?\b/iu,
        why: 'a cabinet aide',
      },
    ],
  },
  {
    id: 'front-line-worker',
    nl: 'eerstelijnsmedewerker',
    fr: 'agent de première ligne',
    de: 'Mitarbeiter(in) im Bürgerkontakt',
    en: 'front-line worker',
    avoid: [],
  },
  {
    id: 'core-group',
    nl: 'kerngroep',
    fr: 'cellule de coordination',
    de: 'Koordinierungsgruppe',
    en: 'core group',
    avoid: [
      {
        locale: 'fr',
        text: 'groupe de base',
        pattern: /\bgroupes? de base\b/iu,
        why: 'reads as a grassroots group',
      },
    ],
    check: {
      locales: ['de'],
      question:
        'Is “Koordinierungsgruppe” what a German-speaking Belgian municipality calls a kerngroep?',
      status: 'best-reading',
      finding:
        'The source names the kerngroep only as the group the municipality starts with all key actors (seed `000`, line 182: “start kerngroep met alle cruciale actoren”); no source in German names it. “Koordinierungsgruppe” says what the group does and matches the French “cellule de coordination”; kept as our reading.',
    },
  },
  {
    id: 'steering-group',
    nl: 'stuurgroep',
    fr: 'comité de pilotage',
    de: 'Lenkungsausschuss',
    en: 'steering group',
    avoid: [],
  },
  {
    // Not in the shared glossary: the review (§2, FAQ en) asks for “Email”, as British style guides write it.
    id: 'email',
    nl: 'e-mail',
    fr: 'e-mail',
    de: 'E-Mail',
    en: 'email',
    found: { en: /\bemail/iu },
    avoid: [
      {
        locale: 'en',
        text: 'e-mail',
        pattern: /\be-mail/iu,
        why: 'review §2: English writes email',
      },
    ],
  },
  {
    id: 'contact-point',
    nl: 'contactpunt',
    fr: 'point de contact',
    de: 'Kontaktstelle',
    en: 'contact point',
    avoid: [],
  },
  {
    id: 'information-market',
    nl: 'infomarkt',
    fr: "marché d'information",
    de: 'Informationsmarkt',
    en: 'information market',
    found: { de: /informationsmarkt/iu },
    avoid: [
      {
        locale: 'de',
        text: 'Infomarkt',
        pattern: /\binfomarkt/iu,
        why: 'mixed with Informationsmarkt',
      },
    ],
  },
  {
    id: 'information-meeting',
    nl: 'infovergadering, infosessie',
    fr: "séance d'information",
    de: 'Informationsveranstaltung',
    en: 'information meeting',
    found: { fr: /\bséances? d['’]information\b/iu, de: /informationsveranstaltung/iu },
    avoid: [
      {
        locale: 'fr',
        text: "réunion d'information",
        pattern: /\bréunions? d['’]information\b/iu,
        why: "mixed with séance d'information",
      },
      { locale: 'de', text: 'Informationsversammlung', pattern: /informationsversammlung/iu },
    ],
  },
  {
    id: 'panel-discussion',
    nl: 'panelgesprek',
    fr: 'débat avec un panel',
    de: 'Podiumsdiskussion',
    en: 'panel discussion',
    avoid: [{ locale: 'fr', text: 'débat en panel', pattern: /\bdébats? en panel\b/iu }],
  },
  {
    id: 'operator',
    nl: 'uitbater (van het opvangcentrum)',
    fr: 'exploitant (du centre)',
    de: 'Betreiber (des Zentrums)',
    en: '(centre) operator',
    avoid: [],
  },
  {
    id: 'reception-centre',
    nl: 'opvangcentrum',
    fr: "centre d'accueil",
    de: 'Aufnahmezentrum',
    en: 'reception centre',
    avoid: [],
  },
  {
    id: 'applicant',
    nl: 'verzoeker om internationale bescherming (asielzoeker)',
    fr: 'demandeur de protection internationale (demandeur d’asile)',
    de: 'Antragsteller(in) auf internationalen Schutz (Asylbewerber(in))',
    en: 'applicant for international protection (asylum seeker)',
    avoid: [
      {
        locale: 'en',
        text: '“refugee” for an applicant',
        // A recognised refugee, and the names of the CGRS and of refugee organisations, are right.
        pattern:
          /(?<!recognised )(?<!(?:recognised|qualify) as an? )(?<!for )\brefugees?\b(?! (and|council|action|work))/iu,
        // A text about “asylum seekers and refugees” names both groups, which is right.
        unlessWith: /asylum seekers (and|or) refugees/iu,
        why: 'an applicant is not (yet) a refugee',
      },
    ],
  },
  {
    id: 'recognised-refugee',
    nl: 'erkend vluchteling / subsidiaire bescherming',
    fr: 'réfugié reconnu / protection subsidiaire',
    de: 'anerkannte(r) Flüchtling / subsidiärer Schutz',
    en: 'recognised refugee / subsidiary protection',
    avoid: [],
  },
  {
    id: 'unaccompanied-minor',
    nl: 'niet-begeleide minderjarige (NBMV)',
    fr: 'mineur étranger non accompagné (MENA)',
    de: 'unbegleitete(r) minderjährige(r) Ausländer(in)',
    en: 'unaccompanied minor',
    avoid: [],
  },
  {
    id: 'cgrs',
    nl: 'Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)',
    fr: 'Commissariat général aux réfugiés et aux apatrides (CGRA)',
    de: 'Generalkommissariat für Flüchtlinge und Staatenlose (GKFS)',
    en: 'Office of the Commissioner General for Refugees and Stateless Persons (CGRS)',
    avoid: [],
    check: {
      locales: ['de'],
      question:
        'Is “Generalkommissariat für Flüchtlinge und Staatenlose (GKFS)” the institution’s own German name?',
      status: 'best-reading',
      finding:
        'The sources name it only in Dutch (seed `002`, line 153: “raal voor de Vluchtelingen en Staatlozen”, the end of “Commissariaat-Generaal”). No German text of the institution could be consulted here. Keep the Dutch name and the abbreviation CGVS beside the German the first time it appears.',
    },
  },
  {
    id: 'ocmw',
    nl: 'OCMW',
    fr: 'CPAS',
    de: 'ÖSHZ',
    en: 'public centre for social welfare (OCMW)',
    avoid: [],
  },
  {
    id: 'leefloon',
    nl: 'leefloon',
    fr: "revenu d'intégration",
    de: 'Eingliederungseinkommen',
    en: '*leefloon* (social integration income)',
    avoid: [
      { locale: 'en', text: 'living wage', pattern: /\bliving wage\b/iu, why: 'a level of pay' },
    ],
  },
  {
    id: 'flemish-government',
    nl: 'Vlaamse overheid',
    fr: 'Autorité flamande',
    de: 'Flämische Regierung, flämische Behörden',
    en: 'Flemish Government',
    avoid: [
      {
        locale: 'fr',
        text: 'Communauté flamande (for a regional matter)',
        pattern: /(?<!fête de la )\bcommunauté flamande\b/iu,
        why: 'the Flemish authority acts for the Region here',
      },
      {
        locale: 'de',
        text: 'Flämische Gemeinschaft (for a regional matter)',
        pattern: /(?<!feiertag der )\bflämischen? gemeinschaft\b/iu,
        why: 'the Flemish authority acts for the Region here',
      },
    ],
  },
  {
    id: 'bystander-training',
    nl: 'omstaanderstraining',
    fr: 'formation « témoin actif »',
    de: 'Zivilcourage-Training',
    en: 'bystander training',
    avoid: [
      {
        locale: 'fr',
        text: 'formation des témoins',
        pattern: /\bformations? des témoins\b/iu,
        why: 'witness training, as in court',
      },
      {
        locale: 'de',
        text: 'Zeugentraining',
        pattern: /zeugentraining/iu,
        why: 'witness training, as in court',
      },
    ],
  },
  {
    id: 'public-perception',
    nl: 'beeldvorming',
    fr: 'image et perception',
    de: 'öffentliche Wahrnehmung',
    en: 'public perception',
    avoid: [{ locale: 'de', text: 'Bildgebung', pattern: /bildgebung/iu, why: 'medical imaging' }],
  },
  {
    id: 'volunteer',
    nl: 'vrijwilliger, vrijwilligerswerk',
    fr: 'bénévole, bénévolat',
    de: 'Freiwillige(r), Freiwilligenarbeit',
    en: 'volunteer, volunteering',
    found: { de: /freiwillig/iu },
    avoid: [
      { locale: 'de', text: 'Ehrenamt', pattern: /ehrenamt/iu, why: 'mixed with Freiwillige' },
    ],
  },
  {
    id: 'buddy-scheme',
    nl: 'buddywerking',
    fr: 'parrainage (système de buddy)',
    de: 'Patenschaftsprogramm (Buddy-Programm)',
    en: 'buddy scheme',
    avoid: [],
  },
  {
    id: 'okan',
    nl: 'OKAN (onthaalonderwijs voor anderstalige nieuwkomers)',
    fr: 'classe d’accueil pour primo-arrivants (OKAN)',
    de: 'Aufnahmeunterricht für anderssprachige Neuankömmlinge (OKAN)',
    en: 'reception education for newcomers (OKAN)',
    avoid: [],
  },
  {
    id: 'covaar-test',
    nl: 'CoVaar-test',
    fr: "test d'orientation CoVaar",
    de: 'Orientierungstest CoVaar',
    en: 'CoVaar screening test',
    avoid: [
      {
        locale: 'nl',
        text: 'taaltest',
        pattern: /taaltest/iu,
        why: 'CoVaar screens learning skills, not language',
      },
      {
        locale: 'fr',
        text: 'test de langue',
        pattern: /\btests? de langues?\b/iu,
        why: 'CoVaar screens learning skills, not language',
      },
      {
        locale: 'de',
        text: 'Sprachtest',
        pattern: /sprachtest/iu,
        why: 'CoVaar screens learning skills, not language',
      },
      {
        locale: 'en',
        text: 'language test',
        pattern: /\blanguage (test|screening)/iu,
        why: 'CoVaar screens learning skills, not language',
      },
    ],
    check: {
      locales: ['nl', 'fr', 'de', 'en'],
      question: 'Does the CoVaar test measure language, or learning skills?',
      status: 'confirmed',
      finding:
        'The source says the language consultants administer the tests (seed `000`, line 162: “functie van afname covaartests”) and refer to NT2 afterwards (seed `000`, line 165: “daarna toeleiding naar NT2”); it does not say what the test measures. COTAN’s test documentation (cotandocumentatie.nl) describes COVAAR II as a test of cognitive skills in three subtests (verbal analogies, figure series, analogies with symbols). So it is not a language test: it orients a learner to the right Dutch course. Confirmed from a public test register, not from the project’s sources.',
    },
  },
  {
    id: 'nt2',
    nl: 'NT2 (Nederlands als tweede taal)',
    fr: 'néerlandais langue seconde (NT2)',
    de: 'Niederländisch als Zweitsprache (NT2)',
    en: 'Dutch as a second language (NT2)',
    avoid: [],
  },
  {
    id: 'working-day',
    nl: 'werkdag',
    fr: 'jour ouvrable (du lundi au vendredi)',
    de: 'Werktag (Montag bis Freitag)',
    en: 'working day (Monday to Friday)',
    avoid: [
      {
        locale: 'fr',
        text: 'jour ouvrable alone',
        pattern: /\bjours? ouvrables?\b/iu,
        unlessWith: /lundi au vendredi/iu,
        why: 'often includes Saturday in Belgium; say “du lundi au vendredi” in the same text',
      },
    ],
  },
  {
    id: 'no-need-of-support',
    nl: '“gaf aan geen nood te hebben aan ondersteuning”',
    fr: '« a indiqué ne pas avoir besoin de soutien »',
    de: '„hat mitgeteilt, keine Unterstützung zu benötigen“',
    en: '“said it did not need support”',
    avoid: [
      {
        locale: 'nl',
        text: 'weigerde (afgewezen)',
        pattern: /\b(weiger\w*|geweigerd|afgewezen)\b/iu,
        onlyWith: support,
        why: 'the source says they indicated no need (seed `000`, lines 125–126: “aangeven dat ze geen nood hebben aan ondersteuning”)',
      },
      {
        locale: 'fr',
        text: 'refusé',
        pattern: /\brefus(ées|ée|és|é|ent|er|e)?(?!\p{L})/iu,
        onlyWith: support,
        why: 'the source says they indicated no need',
      },
      {
        locale: 'de',
        text: 'abgelehnt (ablehnen)',
        pattern: /\b(abgelehnt|ablehn\w*|lehnte\w*)\b/iu,
        onlyWith: support,
        why: 'the source says they indicated no need',
      },
      {
        locale: 'en',
        text: 'refused (declined, rejected)',
        pattern: /\b(refused|refusal|refuses?|declined|rejected)\b/iu,
        onlyWith: support,
        why: 'the source says they indicated no need',
      },
    ],
  },
];

/** A rule of form from the glossary that is not one concept's term. */
export interface FormRule {
  readonly id: string;
  readonly locale: Locale;
  readonly rule: string;
  readonly pattern: RegExp;
  readonly unlessWith?: RegExp;
}

/**
 * The glossary's rules of form that a test can check in every text.
 *
 * @example
 * ```ts
 * formRules.find((rule) => rule.id === 'nl-u')?.pattern.test('Heb je een vraag?'); // true
 * ```
 */
export const formRules: readonly FormRule[] = [
  {
    id: 'nl-u',
    locale: 'nl',
    rule: 'Dutch addresses the reader as u, never je',
    pattern: /\b(je|jij|jou|jouw)\b/iu,
  },
  // 101 is for urgent police help only; a text that names it says so, in the glossary's words.
  ...(
    [
      ['nl', /dringende politiehulp/iu],
      ['fr', /aide policière urgente/iu],
      ['de', /dringende polizeihilfe/iu],
      ['en', /urgent police help/iu],
    ] as const
  ).map(([locale, urgent]): FormRule => ({
    id: `${locale}-101-urgent`,
    locale,
    rule: '101 is named as urgent police help (112 for ambulance and fire); never “call 101 for the police”',
    pattern: /\b101\b/u,
    unlessWith: urgent,
  })),
];
