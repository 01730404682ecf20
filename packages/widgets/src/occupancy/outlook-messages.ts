import { defineMessages } from '@opvang/core/i18n';

type Area = { area: string };
type Change = { places: string; kind: string };

/** The municipality view's texts. */
export const outlookMessages = defineMessages({
  nl: {
    heading: (p: Area) => `Opvangcentra in ${p.area}: wat kan er veranderen`,
    caption: (p: Area) => `Opvangcentra in ${p.area}`,
    readOnly:
      'Alleen lezen. De buffermonitoring deelt deze inschatting met de lokale besturen, zodat zij kunnen plannen; een persoon beslist.',
    noCentres: 'Het netwerk heeft geen opvangcentra in dit gebied.',
    centre: 'Opvangcentrum',
    municipality: 'Gemeente',
    recommendation: 'Wat het plan aanbeveelt',
    nothing: 'geen wijziging',
    activate: (p: Change) => `${p.places} ${p.kind} activeren`,
    deactivate: (p: Change) => `${p.places} ${p.kind} desactiveren`,
  },
  fr: {
    heading: (p: Area) => `Centres d’accueil à ${p.area} : ce qui peut changer`,
    caption: (p: Area) => `Centres d’accueil à ${p.area}`,
    readOnly:
      'Lecture seule. Le suivi du tampon partage cette estimation avec les communes, pour qu’elles puissent planifier ; une personne décide.',
    noCentres: 'Le réseau n’a aucun centre d’accueil dans cette zone.',
    centre: 'Centre d’accueil',
    municipality: 'Commune',
    recommendation: 'Ce que le plan recommande',
    nothing: 'aucun changement',
    activate: (p: Change) => `activer ${p.places} ${p.kind}`,
    deactivate: (p: Change) => `désactiver ${p.places} ${p.kind}`,
  },
  de: {
    heading: (p: Area) => `Aufnahmezentren in ${p.area}: was sich ändern kann`,
    caption: (p: Area) => `Aufnahmezentren in ${p.area}`,
    readOnly:
      'Nur lesen. Die Puffer-Überwachung teilt diese Einschätzung mit den Gemeinden, damit sie planen können; ein Mensch entscheidet.',
    noCentres: 'Das Netz hat in diesem Gebiet keine Aufnahmezentren.',
    centre: 'Aufnahmezentrum',
    municipality: 'Gemeinde',
    recommendation: 'Was der Plan empfiehlt',
    nothing: 'keine Änderung',
    activate: (p: Change) => `${p.places} ${p.kind} aktivieren`,
    deactivate: (p: Change) => `${p.places} ${p.kind} deaktivieren`,
  },
  en: {
    heading: (p: Area) => `Reception centres in ${p.area}: what may change`,
    caption: (p: Area) => `Reception centres in ${p.area}`,
    readOnly:
      'Read only. The buffer monitoring shares this estimate with municipalities so that they can plan; a person decides.',
    noCentres: 'The network has no reception centres in this area.',
    centre: 'Reception centre',
    municipality: 'Municipality',
    recommendation: 'What the plan recommends',
    nothing: 'no change',
    activate: (p: Change) => `activate ${p.places} ${p.kind}`,
    deactivate: (p: Change) => `deactivate ${p.places} ${p.kind}`,
  },
});
