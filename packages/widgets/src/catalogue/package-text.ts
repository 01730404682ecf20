import {
  catalogueItem,
  catalogueKinds,
  describeCatalogueKind,
  type CatalogueItem,
  type CatalogueKind,
} from '@opvang/core/catalogue';
import { defineMessages, type Locale } from '@opvang/core/i18n';
import type { PackageSelection } from './selection.js';

// The support package in the municipality's language (not the reader's): what is printed and
// what is pasted into an email. One source for both, so the print and the text say the same.

/** The package's own sentences, in the language chosen for the municipality. */
export const packageMessages = defineMessages({
  nl: {
    title: (p: { municipality: string }) =>
      p.municipality === ''
        ? 'Ondersteuningspakket'
        : `Ondersteuningspakket voor ${p.municipality}`,
    intro:
      'De verbindingsofficier van het Agentschap Integratie en Inburgering (AgII) biedt uw gemeente de volgende ondersteuning aan.',
  },
  fr: {
    title: (p: { municipality: string }) =>
      p.municipality === '' ? 'Paquet de soutien' : `Paquet de soutien pour ${p.municipality}`,
    intro:
      'L’officier de liaison de l’Agence flamande pour l’intégration et l’intégration civique (Agentschap Integratie en Inburgering, AgII) propose à votre commune le soutien suivant.',
  },
  de: {
    title: (p: { municipality: string }) =>
      p.municipality === '' ? 'Unterstützungspaket' : `Unterstützungspaket für ${p.municipality}`,
    intro:
      'Der oder die Verbindungsbeauftragte der flämischen Agentur für Integration und Integrationsparcours (Agentschap Integratie en Inburgering, AgII) bietet Ihrer Gemeinde die folgende Unterstützung an.',
  },
  en: {
    title: (p: { municipality: string }) =>
      p.municipality === '' ? 'Support package' : `Support package for ${p.municipality}`,
    intro:
      'The liaison officer of the Agency for Integration and Civic Integration (Agentschap Integratie en Inburgering, AgII) offers your municipality the following support.',
  },
});

/** One group of the package: the items of one kind, in the order they were chosen. */
export interface PackageGroup {
  readonly kind: CatalogueKind;
  /** The kind's name in the package's language, with a capital: a heading. */
  readonly heading: string;
  readonly items: readonly CatalogueItem[];
}

/** The package's title, introduction and groups, in its language. */
export interface PackageContent {
  readonly language: Locale;
  readonly title: string;
  readonly intro: string;
  readonly groups: readonly PackageGroup[];
}

const capitalised = (text: string, locale: Locale): string =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * What the package says, from the selection: grouped by kind in the catalogue's order of kinds,
 * items in the order chosen; ids the catalogue does not know are left out.
 *
 * @example
 * ```ts
 * packageContent({ municipality: 'Dilbeek', language: 'fr', items: ['buddy-scheme'] }).title;
 * // 'Paquet de soutien pour Dilbeek'
 * ```
 */
export function packageContent(selection: PackageSelection): PackageContent {
  const language = selection.language;
  const items = selection.items.flatMap((id) => catalogueItem(id) ?? []);
  const m = packageMessages[language];
  return {
    language,
    title: m.title({ municipality: selection.municipality.trim() }),
    intro: m.intro,
    groups: catalogueKinds.flatMap((kind) => {
      const ofKind = items.filter((item) => item.kind === kind);
      return ofKind.length === 0
        ? []
        : [
            {
              kind,
              heading: capitalised(describeCatalogueKind(kind, language), language),
              items: ofKind,
            },
          ];
    }),
  };
}

/**
 * The package as plain text for an email: the title, the introduction, then per kind a heading
 * and one line per item (its name and description), with blank lines between.
 *
 * @example
 * ```ts
 * packageText({ municipality: 'Dilbeek', language: 'nl', items: ['buddy-scheme'] });
 * // 'Ondersteuningspakket voor Dilbeek\n\nDe verbindingsofficier …\n\nExtra ondersteuning\n- Buddywerking: …\n'
 * ```
 */
export function packageText(selection: PackageSelection): string {
  const content = packageContent(selection);
  const language = content.language;
  const blocks = [
    content.title,
    content.intro,
    ...content.groups.map((group) =>
      [
        group.heading,
        ...group.items.map((item) => `- ${item.label[language]}: ${item.description[language]}`),
      ].join('\n'),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}
