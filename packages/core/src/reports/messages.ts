import { defineMessages, formatCount, type CountForms, type Locale } from '../i18n/index.js';
import type { AuthorityLevel, InvolvedByKind, InvolvementTiming } from './model.js';

/** A count with its word, in the right form for the language (`1 dag`, `2 dagen`). */
const n = (count: number, locale: Locale, one: string, other: string): string =>
  formatCount(count, locale, { one, other } satisfies CountForms);

/** The texts of the report, in each language: what `reportToText`, `reportToCsv` and `<opvang-report>` say. */
export const reportMessages = defineMessages({
  nl: {
    title: 'Schriftelijke vraag nr. 22 van 12 oktober 2023: de antwoorden uit de gegevens',
    sources: (p: { deployments: number; cases: number; matched: number }) =>
      `Bronnen: de lijst van ${p.deployments} inzetten van de verbindingsofficieren (antwoord op vraag nr. 22) en ${n(p.cases, 'nl', 'dossier', 'dossiers')}, waarvan ${p.matched} bij een inzet uit de lijst horen.`,
    perYearHeading: (p: { from: number; to: number }) =>
      `Inzetten per jaar, ${p.from}-${p.to} (uit de lijst van inzetten)`,
    year: 'Jaar',
    deployed: 'Ingezet',
    expected: 'Verwacht',
    provisional: 'Onder voorbehoud',
    reopening: 'Heropening',
    range: (p: { certain: number; most: number }) =>
      p.certain === p.most ? `${p.certain}` : `${p.certain}-${p.most}`,
    rangeNote:
      'Een bereik als „4-5” betekent: 4 inzetten zeker in dat jaar, en 1 waarvan de datum dit jaar of een ander toelaat (Dilbeek: „december 2021/februari 2022”). Verwachte inzetten en inzetten onder voorbehoud worden apart geteld.',
    outside: (p: { count: number }) =>
      `${n(p.count, 'nl', 'vermelding valt', 'vermeldingen vallen')} buiten deze jaren`,
    partlyOutside: (p: { count: number }) =>
      `${n(p.count, 'nl', 'vermelding kan', 'vermeldingen kunnen')} ook buiten deze jaren vallen`,
    timingHeading: 'Betrokken vóór of na de publieke aankondiging (uit de dossiers)',
    authorityHeading: 'Welke overheid de verbindingsofficieren betrok (uit de dossiers)',
    supportHeading: 'Ondersteuningsaanbod per dossier (uit de dossiers)',
    casesHeading: 'Per dossier',
    notRecorded: (p: {
      answered: number;
      total: number;
      deployments: number;
      deploymentsAnswered: number;
    }) =>
      `Niet geregistreerd voor ${p.deployments - p.deploymentsAnswered} van de ${p.deployments} inzetten uit de lijst, en in ${p.total - p.answered} van de ${p.total} dossiers.`,
    registerHoldsNone:
      'De lijst van inzetten vermeldt dit niet: het staat alleen in een dossier dat de gebeurtenis registreert.',
    noCases:
      'Er zijn geen dossiers gegeven: deze vraag kan alleen uit dossiers (gebeurtenislog versie 2) beantwoord worden.',
    missingParts: (p: { announcement: number; involvement: number; both: number }) =>
      `Ontbreekt: de aankondiging in ${p.announcement}, de betrokkenheid in ${p.involvement}, beide in ${p.both}.`,
    redCrossFederal:
      'Het Rode Kruis telt als federaal: het baat opvangcentra uit voor Fedasil, in het federale opvangnetwerk; het antwoord noemt het samen met Fedasil als uitbater (bron 000, regel 139).',
    redCrossOther: 'Het Rode Kruis telt als „andere”, los van de federale overheid.',
    sourceOnSupport:
      'Het antwoord zegt dat het standaard ondersteuningsaanbod aan alle lokale besturen uit de lijst integraal werd aangeboden en op maat uitgevoerd, en dat sommige aangaven geen nood te hebben aan ondersteuning (Kalmthout, Alveringem, Waasmunster; bron 000, regels 124-127). Wat per dossier aangeboden en geleverd werd, staat alleen in de dossiers.',
    offeredCount: (p: { count: number }) =>
      `Aanbod geregistreerd in ${n(p.count, 'nl', 'dossier', 'dossiers')}`,
    deliveredCount: (p: { count: number }) => `levering in ${p.count}`,
    noSupportNeededCount: (p: { count: number }) => `geen nood aan ondersteuning: ${p.count}`,
    item: 'Onderdeel van het aanbod',
    itemCounts: (p: { item: string; offered: number; delivered: number }) =>
      `${p.item}: aangeboden in ${n(p.offered, 'nl', 'dossier', 'dossiers')}, geleverd in ${String(p.delivered)}`,
    offered: 'Aangeboden',
    delivered: 'Geleverd',
    nothing: 'niets',
    notRecordedShort: 'niet geregistreerd',
    unknownItem: (p: { id: string }) => `onbekend onderdeel „${p.id}”`,
    caseId: 'Dossier',
    municipality: 'Gemeente',
    registerEntry: 'Inzet in de lijst',
    announcedAt: 'Aangekondigd',
    involvedAt: 'Betrokken',
    timing: 'Vóór of na',
    timingDays: 'Vóór (-) of na, in dagen',
    involvedBy: 'Betrokken door',
    level: 'Niveau',
    supportNotNeeded: 'Geen nood aan ondersteuning',
    yes: 'ja',
    notInRegister: 'niet in de lijst',
    noEntryNear: 'geen inzet van deze gemeente in de buurt van deze datum',
    ambiguous: (p: { ids: string }) => `meerdere inzetten mogelijk (${p.ids})`,
    daysBefore: (p: { count: number }) => `${n(p.count, 'nl', 'dag', 'dagen')} vóór`,
    daysAfter: (p: { count: number }) => `${n(p.count, 'nl', 'dag', 'dagen')} na`,
  },
  fr: {
    title: 'Question écrite n° 22 du 12 octobre 2023 : les réponses tirées des données',
    sources: (p: { deployments: number; cases: number; matched: number }) =>
      `Sources : la liste des ${p.deployments} interventions des officiers de liaison (réponse à la question n° 22) et ${n(p.cases, 'fr', 'dossier', 'dossiers')}, dont ${p.matched} correspondent à une intervention de la liste.`,
    perYearHeading: (p: { from: number; to: number }) =>
      `Interventions par an, ${p.from}-${p.to} (d’après la liste des interventions)`,
    year: 'Année',
    deployed: 'Interventions',
    expected: 'Prévues',
    provisional: 'Sous réserve',
    reopening: 'Réouverture',
    range: (p: { certain: number; most: number }) =>
      p.certain === p.most ? `${p.certain}` : `${p.certain}-${p.most}`,
    rangeNote:
      'Une fourchette comme « 4-5 » signifie : 4 interventions certainement dans l’année, et 1 dont la date permet cette année ou une autre (Dilbeek : « december 2021/februari 2022 »). Les interventions prévues et sous réserve sont comptées à part.',
    outside: (p: { count: number }) =>
      `${n(p.count, 'fr', 'mention tombe', 'mentions tombent')} hors de ces années`,
    partlyOutside: (p: { count: number }) =>
      `${n(p.count, 'fr', 'mention peut', 'mentions peuvent')} aussi tomber hors de ces années`,
    timingHeading: 'Associés avant ou après l’annonce publique (d’après les dossiers)',
    authorityHeading: 'Quelle autorité a associé les officiers de liaison (d’après les dossiers)',
    supportHeading: 'Offre de soutien par dossier (d’après les dossiers)',
    casesHeading: 'Par dossier',
    notRecorded: (p: {
      answered: number;
      total: number;
      deployments: number;
      deploymentsAnswered: number;
    }) =>
      `Non enregistré pour ${p.deployments - p.deploymentsAnswered} des ${p.deployments} interventions de la liste, et dans ${p.total - p.answered} des ${p.total} dossiers.`,
    registerHoldsNone:
      'La liste des interventions ne le mentionne pas : seul un dossier qui enregistre l’événement le contient.',
    noCases:
      'Aucun dossier n’est fourni : cette question ne peut être répondue qu’à partir des dossiers (journal d’événements version 2).',
    missingParts: (p: { announcement: number; involvement: number; both: number }) =>
      `Manque : l’annonce dans ${p.announcement}, l’association dans ${p.involvement}, les deux dans ${p.both}.`,
    redCrossFederal:
      'La Croix-Rouge compte comme fédérale : elle exploite des centres d’accueil pour Fedasil, dans le réseau d’accueil fédéral ; la réponse la cite avec Fedasil comme exploitant (source 000, ligne 139).',
    redCrossOther: 'La Croix-Rouge compte comme « autre », à part de l’autorité fédérale.',
    sourceOnSupport:
      'La réponse dit que l’offre de soutien standard a été proposée intégralement à toutes les communes de la liste et réalisée sur mesure, et que certaines ont indiqué ne pas avoir besoin de soutien (Kalmthout, Alveringem, Waasmunster ; source 000, lignes 124-127). Ce qui a été proposé et fourni par dossier ne figure que dans les dossiers.',
    offeredCount: (p: { count: number }) =>
      `Offre enregistrée dans ${n(p.count, 'fr', 'dossier', 'dossiers')}`,
    deliveredCount: (p: { count: number }) => `fourniture dans ${p.count}`,
    noSupportNeededCount: (p: { count: number }) => `pas besoin de soutien : ${p.count}`,
    item: 'Élément de l’offre',
    itemCounts: (p: { item: string; offered: number; delivered: number }) =>
      `${p.item} : proposé dans ${n(p.offered, 'fr', 'dossier', 'dossiers')}, fourni dans ${String(p.delivered)}`,
    offered: 'Proposé',
    delivered: 'Fourni',
    nothing: 'rien',
    notRecordedShort: 'non enregistré',
    unknownItem: (p: { id: string }) => `élément inconnu « ${p.id} »`,
    caseId: 'Dossier',
    municipality: 'Commune',
    registerEntry: 'Intervention dans la liste',
    announcedAt: 'Annoncé',
    involvedAt: 'Associés',
    timing: 'Avant ou après',
    timingDays: 'Avant (-) ou après, en jours',
    involvedBy: 'Associés par',
    level: 'Niveau',
    supportNotNeeded: 'Pas besoin de soutien',
    yes: 'oui',
    notInRegister: 'pas dans la liste',
    noEntryNear: 'aucune intervention de cette commune proche de cette date',
    ambiguous: (p: { ids: string }) => `plusieurs interventions possibles (${p.ids})`,
    daysBefore: (p: { count: number }) => `${n(p.count, 'fr', 'jour', 'jours')} avant`,
    daysAfter: (p: { count: number }) => `${n(p.count, 'fr', 'jour', 'jours')} après`,
  },
  de: {
    title: 'Schriftliche Frage Nr. 22 vom 12. Oktober 2023: die Antworten aus den Daten',
    sources: (p: { deployments: number; cases: number; matched: number }) =>
      `Quellen: die Liste der ${p.deployments} Einsätze der Verbindungsbeauftragten (Antwort auf Frage Nr. 22) und ${n(p.cases, 'de', 'Vorgang', 'Vorgänge')}, davon ${p.matched} einem Einsatz der Liste zugeordnet.`,
    perYearHeading: (p: { from: number; to: number }) =>
      `Einsätze pro Jahr, ${p.from}-${p.to} (aus der Liste der Einsätze)`,
    year: 'Jahr',
    deployed: 'Eingesetzt',
    expected: 'Erwartet',
    provisional: 'Unter Vorbehalt',
    reopening: 'Wiedereröffnung',
    range: (p: { certain: number; most: number }) =>
      p.certain === p.most ? `${p.certain}` : `${p.certain}-${p.most}`,
    rangeNote:
      'Ein Bereich wie „4-5“ bedeutet: 4 Einsätze sicher in diesem Jahr und 1, dessen Datum dieses oder ein anderes Jahr zulässt (Dilbeek: „december 2021/februari 2022“). Erwartete Einsätze und solche unter Vorbehalt werden getrennt gezählt.',
    outside: (p: { count: number }) =>
      `${n(p.count, 'de', 'Eintrag liegt', 'Einträge liegen')} außerhalb dieser Jahre`,
    partlyOutside: (p: { count: number }) =>
      `${n(p.count, 'de', 'Eintrag kann', 'Einträge können')} auch außerhalb dieser Jahre liegen`,
    timingHeading: 'Vor oder nach der öffentlichen Ankündigung einbezogen (aus den Vorgängen)',
    authorityHeading: 'Welche Behörde die Verbindungsbeauftragten einbezog (aus den Vorgängen)',
    supportHeading: 'Unterstützungsangebot pro Vorgang (aus den Vorgängen)',
    casesHeading: 'Pro Vorgang',
    notRecorded: (p: {
      answered: number;
      total: number;
      deployments: number;
      deploymentsAnswered: number;
    }) =>
      `Nicht erfasst für ${p.deployments - p.deploymentsAnswered} von ${p.deployments} Einsätzen der Liste und in ${p.total - p.answered} von ${p.total} Vorgängen.`,
    registerHoldsNone:
      'Die Liste der Einsätze nennt das nicht: Es steht nur in einem Vorgang, der das Ereignis erfasst.',
    noCases:
      'Es sind keine Vorgänge gegeben: Diese Frage lässt sich nur aus Vorgängen (Ereignisprotokoll Version 2) beantworten.',
    missingParts: (p: { announcement: number; involvement: number; both: number }) =>
      `Es fehlt: die Ankündigung in ${p.announcement}, die Einbeziehung in ${p.involvement}, beides in ${p.both}.`,
    redCrossFederal:
      'Das Rote Kreuz zählt als föderal: Es betreibt Aufnahmezentren für Fedasil im föderalen Aufnahmenetz; die Antwort nennt es mit Fedasil als Betreiber (Quelle 000, Zeile 139).',
    redCrossOther: 'Das Rote Kreuz zählt als „andere“, getrennt von der föderalen Behörde.',
    sourceOnSupport:
      'Die Antwort sagt, dass das Standardangebot an Unterstützung allen Gemeinden der Liste vollständig angeboten und nach Maß umgesetzt wurde und dass einige mitgeteilt haben, keine Unterstützung zu benötigen (Kalmthout, Alveringem, Waasmunster; Quelle 000, Zeilen 124-127). Was pro Vorgang angeboten und geleistet wurde, steht nur in den Vorgängen.',
    offeredCount: (p: { count: number }) =>
      `Angebot erfasst in ${n(p.count, 'de', 'Vorgang', 'Vorgängen')}`,
    deliveredCount: (p: { count: number }) => `Leistung in ${p.count}`,
    noSupportNeededCount: (p: { count: number }) => `keine Unterstützung benötigt: ${p.count}`,
    item: 'Teil des Angebots',
    itemCounts: (p: { item: string; offered: number; delivered: number }) =>
      `${p.item}: angeboten in ${n(p.offered, 'de', 'Vorgang', 'Vorgängen')}, geleistet in ${String(p.delivered)}`,
    offered: 'Angeboten',
    delivered: 'Geleistet',
    nothing: 'nichts',
    notRecordedShort: 'nicht erfasst',
    unknownItem: (p: { id: string }) => `unbekannter Teil „${p.id}“`,
    caseId: 'Vorgang',
    municipality: 'Gemeinde',
    registerEntry: 'Einsatz in der Liste',
    announcedAt: 'Angekündigt',
    involvedAt: 'Einbezogen',
    timing: 'Vor oder nach',
    timingDays: 'Vor (-) oder nach, in Tagen',
    involvedBy: 'Einbezogen durch',
    level: 'Ebene',
    supportNotNeeded: 'Keine Unterstützung benötigt',
    yes: 'ja',
    notInRegister: 'nicht in der Liste',
    noEntryNear: 'kein Einsatz dieser Gemeinde nahe diesem Datum',
    ambiguous: (p: { ids: string }) => `mehrere Einsätze möglich (${p.ids})`,
    daysBefore: (p: { count: number }) => `${n(p.count, 'de', 'Tag', 'Tage')} vorher`,
    daysAfter: (p: { count: number }) => `${n(p.count, 'de', 'Tag', 'Tage')} danach`,
  },
  en: {
    title: 'Written question no. 22 of 12 October 2023: the answers from the data',
    sources: (p: { deployments: number; cases: number; matched: number }) =>
      `Sources: the list of ${p.deployments} deployments of the liaison officers (answer to question no. 22) and ${n(p.cases, 'en', 'case log', 'case logs')}, ${p.matched} of them matched to a deployment in the list.`,
    perYearHeading: (p: { from: number; to: number }) =>
      `Deployments per year, ${p.from}-${p.to} (from the list of deployments)`,
    year: 'Year',
    deployed: 'Deployed',
    expected: 'Expected',
    provisional: 'Provisional',
    reopening: 'Reopening',
    range: (p: { certain: number; most: number }) =>
      p.certain === p.most ? `${p.certain}` : `${p.certain}-${p.most}`,
    rangeNote:
      'A range such as “4-5” means: 4 deployments certainly in the year, and 1 whose date allows this year or another (Dilbeek: “december 2021/februari 2022”). Expected and provisional deployments are counted apart.',
    outside: (p: { count: number }) =>
      `${n(p.count, 'en', 'entry falls', 'entries fall')} outside these years`,
    partlyOutside: (p: { count: number }) =>
      `${n(p.count, 'en', 'entry', 'entries')} may also fall outside these years`,
    timingHeading: 'Involved before or after the public announcement (from the case logs)',
    authorityHeading: 'Which authority involved the liaison officers (from the case logs)',
    supportHeading: 'Support offered per case (from the case logs)',
    casesHeading: 'Per case',
    notRecorded: (p: {
      answered: number;
      total: number;
      deployments: number;
      deploymentsAnswered: number;
    }) =>
      `Not recorded for ${p.deployments - p.deploymentsAnswered} of ${p.deployments} deployments in the list, and in ${p.total - p.answered} of ${p.total} case logs.`,
    registerHoldsNone:
      'The list of deployments does not say: only a case log that records the event does.',
    noCases:
      'No case logs were given: only case logs (event log version 2) can answer this question.',
    missingParts: (p: { announcement: number; involvement: number; both: number }) =>
      `Missing: the announcement in ${p.announcement}, the involvement in ${p.involvement}, both in ${p.both}.`,
    redCrossFederal:
      'The Red Cross counts as federal: it runs reception centres for Fedasil, in the federal reception network; the answer names it with Fedasil as the centre’s operator (seed 000, line 139).',
    redCrossOther: 'The Red Cross counts as “other”, apart from the federal authority.',
    sourceOnSupport:
      'The answer says the standard support offer was made in full to every municipality in the list and carried out to measure, and that some said they did not need support (Kalmthout, Alveringem, Waasmunster; seed 000, lines 124-127). What was offered and delivered per case is only in the case logs.',
    offeredCount: (p: { count: number }) =>
      `Offer recorded in ${n(p.count, 'en', 'case log', 'case logs')}`,
    deliveredCount: (p: { count: number }) => `delivery in ${p.count}`,
    noSupportNeededCount: (p: { count: number }) => `said it did not need support: ${p.count}`,
    item: 'Item of the offer',
    itemCounts: (p: { item: string; offered: number; delivered: number }) =>
      `${p.item}: offered in ${n(p.offered, 'en', 'case log', 'case logs')}, delivered in ${String(p.delivered)}`,
    offered: 'Offered',
    delivered: 'Delivered',
    nothing: 'nothing',
    notRecordedShort: 'not recorded',
    unknownItem: (p: { id: string }) => `unknown item “${p.id}”`,
    caseId: 'Case',
    municipality: 'Municipality',
    registerEntry: 'Deployment in the list',
    announcedAt: 'Announced',
    involvedAt: 'Involved',
    timing: 'Before or after',
    timingDays: 'Before (-) or after, in days',
    involvedBy: 'Involved by',
    level: 'Level',
    supportNotNeeded: 'Said it did not need support',
    yes: 'yes',
    notInRegister: 'not in the list',
    noEntryNear: 'no deployment of this municipality near this date',
    ambiguous: (p: { ids: string }) => `several deployments possible (${p.ids})`,
    daysBefore: (p: { count: number }) => `${n(p.count, 'en', 'day', 'days')} before`,
    daysAfter: (p: { count: number }) => `${n(p.count, 'en', 'day', 'days')} after`,
  },
});

/** The words for when the officers were involved, and for each level and kind of who involved them. */
export const reportLabels = defineMessages<
  Readonly<Record<InvolvementTiming | `level-${AuthorityLevel}` | `by-${InvolvedByKind}`, string>>
>({
  nl: {
    before: 'vóór de aankondiging',
    'same-day': 'op de dag van de aankondiging',
    after: 'na de aankondiging',
    'level-local': 'lokaal',
    'level-federal': 'federaal',
    'level-other': 'andere',
    'by-fedasil': 'Fedasil',
    'by-red-cross': 'het Rode Kruis',
    'by-municipality': 'het lokaal bestuur',
    'by-minister-office': 'het kabinet van de minister',
    'by-other': 'een andere partij',
  },
  fr: {
    before: 'avant l’annonce',
    'same-day': 'le jour de l’annonce',
    after: 'après l’annonce',
    'level-local': 'local',
    'level-federal': 'fédéral',
    'level-other': 'autre',
    'by-fedasil': 'Fedasil',
    'by-red-cross': 'la Croix-Rouge',
    'by-municipality': 'la commune',
    'by-minister-office': 'le cabinet du ministre',
    'by-other': 'une autre partie',
  },
  de: {
    before: 'vor der Ankündigung',
    'same-day': 'am Tag der Ankündigung',
    after: 'nach der Ankündigung',
    'level-local': 'lokal',
    'level-federal': 'föderal',
    'level-other': 'andere',
    'by-fedasil': 'Fedasil',
    'by-red-cross': 'das Rote Kreuz',
    'by-municipality': 'die Gemeinde',
    'by-minister-office': 'das Kabinett des Ministers',
    'by-other': 'eine andere Partei',
  },
  en: {
    before: 'before the announcement',
    'same-day': 'on the day of the announcement',
    after: 'after the announcement',
    'level-local': 'local',
    'level-federal': 'federal',
    'level-other': 'other',
    'by-fedasil': 'Fedasil',
    'by-red-cross': 'the Red Cross',
    'by-municipality': 'the municipality',
    'by-minister-office': 'the minister’s office',
    'by-other': 'another party',
  },
});
