import { defineMessages, type Locale } from '@opvang/core/i18n';
import { involvedByNames, type CaseEvent, type InvolvedBy } from '@opvang/core/step-plan';
import { loadedCatalogue } from './catalogue-loader.js';

/**
 * The texts of the announcement, the officer's involvement and the support (support-form.ts)
 * and of their events in the history. Catalogue items are named by their own `label` in the
 * catalogue (`@opvang/core/catalogue`), step titles by the core's step plan.
 */
export const supportMessages = defineMessages({
  nl: {
    heading: 'Aankondiging, betrokkenheid en ondersteuning',
    announced: 'Publieke aankondiging van de opening',
    involvedBy: 'De verbindingsofficier werd betrokken door',
    offered: 'Aangeboden ondersteuning',
    delivered: 'Geleverde ondersteuning',
    notRecorded: 'Niet geregistreerd',
    on: (p: { date: string }) => `op ${p.date}`,
    before: 'vóór de publieke aankondiging',
    after: 'na de publieke aankondiging',
    same: 'op het moment van de publieke aankondiging',
    announceHeading: 'Publieke aankondiging registreren',
    announceHint:
      'Wanneer werd de opening publiek aangekondigd, bijvoorbeeld in een persbericht, op de gemeenteraad of in een brief aan de buurt?',
    channel: 'Hoe werd ze aangekondigd? (niet verplicht)',
    involveHeading: 'Registreren wie de verbindingsofficier betrok',
    involveBy: 'Wie betrok de verbindingsofficier?',
    otherName: 'Naam (bij iemand anders)',
    supportHeading: 'Ondersteuning registreren',
    supportWhat: 'Wat registreert u?',
    supportOffered: 'Aangeboden aan het lokaal bestuur',
    supportDelivered: 'Geleverd (telt ook als aangeboden)',
    items: 'Welke ondersteuning? Uit de catalogus, per stap',
    noStep: 'Bij geen enkele stap',
    isOffered: '(aangeboden)',
    isDelivered: '(geleverd)',
    eventAnnounced: 'Opening publiek aangekondigd',
    eventInvolved: 'Verbindingsofficier betrokken door',
    eventOffered: 'Ondersteuning aangeboden',
    eventDelivered: 'Ondersteuning geleverd',
    catalogueLoading: 'De catalogus wordt geladen…',
    catalogueUnavailable:
      'De catalogus kan nu niet geladen worden, dus ondersteuning registreren lukt even niet. Probeer het straks opnieuw.',
  },
  fr: {
    heading: 'Annonce, implication et soutien',
    announced: 'Annonce publique de l’ouverture',
    involvedBy: 'L’officier de liaison a été impliqué par',
    offered: 'Soutien proposé',
    delivered: 'Soutien fourni',
    notRecorded: 'Non enregistré',
    on: (p: { date: string }) => `le ${p.date}`,
    before: 'avant l’annonce publique',
    after: 'après l’annonce publique',
    same: 'au moment de l’annonce publique',
    announceHeading: 'Enregistrer l’annonce publique',
    announceHint:
      'Quand l’ouverture a-t-elle été annoncée publiquement, par exemple dans un communiqué de presse, au conseil communal ou par une lettre aux riverains ?',
    channel: 'Comment a-t-elle été annoncée ? (facultatif)',
    involveHeading: 'Enregistrer qui a impliqué l’officier de liaison',
    involveBy: 'Qui a impliqué l’officier de liaison ?',
    otherName: 'Nom (pour quelqu’un d’autre)',
    supportHeading: 'Enregistrer le soutien',
    supportWhat: 'Qu’enregistrez-vous ?',
    supportOffered: 'Proposé à la commune',
    supportDelivered: 'Fourni (compte aussi comme proposé)',
    items: 'Quel soutien ? Du catalogue, par étape',
    noStep: 'Sans étape',
    isOffered: '(proposé)',
    isDelivered: '(fourni)',
    eventAnnounced: 'Ouverture annoncée publiquement',
    eventInvolved: 'Officier de liaison impliqué par',
    eventOffered: 'Soutien proposé',
    eventDelivered: 'Soutien fourni',
    catalogueLoading: 'Chargement du catalogue…',
    catalogueUnavailable:
      'Le catalogue ne peut pas être chargé pour l’instant : le soutien ne peut donc pas être enregistré. Réessayez plus tard.',
  },
  de: {
    heading: 'Ankündigung, Hinzuziehung und Unterstützung',
    announced: 'Öffentliche Ankündigung der Eröffnung',
    involvedBy: 'Die Verbindungsbeauftragten wurden hinzugezogen durch',
    offered: 'Angebotene Unterstützung',
    delivered: 'Geleistete Unterstützung',
    notRecorded: 'Nicht erfasst',
    on: (p: { date: string }) => `am ${p.date}`,
    before: 'vor der öffentlichen Ankündigung',
    after: 'nach der öffentlichen Ankündigung',
    same: 'zum Zeitpunkt der öffentlichen Ankündigung',
    announceHeading: 'Öffentliche Ankündigung erfassen',
    announceHint:
      'Wann wurde die Eröffnung öffentlich angekündigt, zum Beispiel in einer Pressemitteilung, im Gemeinderat oder in einem Brief an die Nachbarschaft?',
    channel: 'Wie wurde sie angekündigt? (freiwillig)',
    involveHeading: 'Erfassen, wer die Verbindungsbeauftragten hinzugezogen hat',
    involveBy: 'Wer hat die Verbindungsbeauftragten hinzugezogen?',
    otherName: 'Name (bei jemand anderem)',
    supportHeading: 'Unterstützung erfassen',
    supportWhat: 'Was erfassen Sie?',
    supportOffered: 'Der Gemeinde angeboten',
    supportDelivered: 'Geleistet (zählt auch als angeboten)',
    items: 'Welche Unterstützung? Aus dem Katalog, nach Schritt',
    noStep: 'Ohne Schritt',
    isOffered: '(angeboten)',
    isDelivered: '(geleistet)',
    eventAnnounced: 'Eröffnung öffentlich angekündigt',
    eventInvolved: 'Verbindungsbeauftragte hinzugezogen durch',
    eventOffered: 'Unterstützung angeboten',
    eventDelivered: 'Unterstützung geleistet',
    catalogueLoading: 'Der Katalog wird geladen…',
    catalogueUnavailable:
      'Der Katalog kann gerade nicht geladen werden, daher lässt sich keine Unterstützung erfassen. Versuchen Sie es später erneut.',
  },
  en: {
    heading: 'Announcement, involvement and support',
    announced: 'Public announcement of the opening',
    involvedBy: 'The liaison officer was involved by',
    offered: 'Support offered',
    delivered: 'Support delivered',
    notRecorded: 'Not recorded',
    on: (p: { date: string }) => `on ${p.date}`,
    before: 'before the public announcement',
    after: 'after the public announcement',
    same: 'at the moment of the public announcement',
    announceHeading: 'Record the public announcement',
    announceHint:
      'When was the opening announced publicly, for example in a press release, at the council meeting or in a letter to the neighbours?',
    channel: 'How was it announced? (optional)',
    involveHeading: 'Record who involved the liaison officer',
    involveBy: 'Who involved the liaison officer?',
    otherName: 'Name (for someone else)',
    supportHeading: 'Record support',
    supportWhat: 'What are you recording?',
    supportOffered: 'Offered to the municipality',
    supportDelivered: 'Delivered (also counts as offered)',
    items: 'Which support? From the catalogue, by step',
    noStep: 'Not tied to a step',
    isOffered: '(offered)',
    isDelivered: '(delivered)',
    eventAnnounced: 'Opening announced publicly',
    eventInvolved: 'Liaison officer involved by',
    eventOffered: 'Support offered',
    eventDelivered: 'Support delivered',
    catalogueLoading: 'Loading the catalogue…',
    catalogueUnavailable:
      'The catalogue cannot be loaded right now, so support cannot be recorded. Please try again later.',
  },
});

/** Who involved the officer, in words: the party, or the name given for someone else. */
export function involvedByText(by: InvolvedBy, locale: Locale): string {
  return by.kind === 'other' ? by.name : involvedByNames[locale][by.kind];
}

/**
 * A catalogue item's label in the language; its id while the catalogue is not loaded yet
 * (catalogue-loader.ts), or when the catalogue does not know it.
 */
export function itemTitle(id: string, locale: Locale): string {
  return loadedCatalogue()?.catalogue.find((item) => item.id === id)?.label[locale] ?? id;
}

/**
 * What an event of event-log version 2 says, in a language, for the history; `undefined` for
 * the other kinds (history.ts describes those).
 *
 * @example
 * ```ts
 * describeSupportEvent({ kind: 'support-offered', items: ['buddy-scheme'], … }, 'en');
 * // 'Support offered: Buddy scheme'
 * ```
 */
export function describeSupportEvent(event: CaseEvent, locale: Locale): string | undefined {
  const text = supportMessages[locale];
  const items = (ids: readonly string[]) => ids.map((id) => itemTitle(id, locale)).join('; ');
  // French puts a no-break space before the colon.
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  switch (event.kind) {
    case 'opening-announced':
      return event.channel === undefined
        ? text.eventAnnounced
        : `${text.eventAnnounced}${colon}${event.channel}`;
    case 'officer-involved':
      return `${text.eventInvolved}${colon}${involvedByText(event.by, locale)}`;
    case 'support-offered':
      return `${text.eventOffered}${colon}${items(event.items)}`;
    case 'support-delivered':
      return `${text.eventDelivered}${colon}${items(event.items)}`;
    default:
      return undefined;
  }
}
