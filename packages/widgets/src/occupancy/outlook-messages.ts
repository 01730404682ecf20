import { defineMessages } from '@opvang/core/i18n';

type Area = { area: string };
type Caption = { area: string; weeks: string };
type Method = { paths: string; weeks: string };
type Progress = { paths: string; total: string };

/** The municipality view's texts. */
export const outlookMessages = defineMessages({
  nl: {
    heading: (p: Area) => `Opvangcentra in ${p.area}: wat kan er veranderen`,
    caption: (p: Caption) =>
      `Opvangcentra in ${p.area}: kans op activering of desactivering binnen ${p.weeks} weken`,
    readOnly:
      'Alleen lezen. De buffermonitoring deelt deze inschatting met de lokale besturen, zodat zij kunnen plannen; een persoon beslist.',
    noCentres: 'Het netwerk heeft geen opvangcentra in dit gebied.',
    estimating: (p: Progress) => `De kansen worden geschat… (${p.paths} van ${p.total} paden)`,
    method: (p: Method) =>
      `Geschat uit ${p.paths} gesimuleerde paden over ${p.weeks} weken: wat het plan zou aanbevelen voor de vraag aan het einde ervan. ± is de foutmarge (95%). Een inschatting, geen belofte.`,
    centre: 'Opvangcentrum',
    municipality: 'Gemeente',
    activation: 'Kans op activering',
    placesIfActivated: 'Plaatsen, als er geactiveerd wordt',
    deactivation: 'Kans op desactivering',
    placesIfDeactivated: 'Plaatsen, als er gedesactiveerd wordt',
  },
  fr: {
    heading: (p: Area) => `Centres d’accueil à ${p.area} : ce qui peut changer`,
    caption: (p: Caption) =>
      `Centres d’accueil à ${p.area} : probabilité d’activation ou de désactivation dans les ${p.weeks} semaines`,
    readOnly:
      'Lecture seule. Le suivi du tampon partage cette estimation avec les communes, pour qu’elles puissent planifier ; une personne décide.',
    noCentres: 'Le réseau n’a aucun centre d’accueil dans cette zone.',
    estimating: (p: Progress) =>
      `Estimation des probabilités… (${p.paths} trajectoires sur ${p.total})`,
    method: (p: Method) =>
      `Estimé à partir de ${p.paths} trajectoires simulées sur ${p.weeks} semaines : ce que le plan recommanderait pour la demande à leur terme. ± est la marge d’erreur (95 %). Une estimation, pas une promesse.`,
    centre: 'Centre d’accueil',
    municipality: 'Commune',
    activation: 'Probabilité d’activation',
    placesIfActivated: 'Places, en cas d’activation',
    deactivation: 'Probabilité de désactivation',
    placesIfDeactivated: 'Places, en cas de désactivation',
  },
  de: {
    heading: (p: Area) => `Aufnahmezentren in ${p.area}: was sich ändern kann`,
    caption: (p: Caption) =>
      `Aufnahmezentren in ${p.area}: Wahrscheinlichkeit einer Aktivierung oder Deaktivierung binnen ${p.weeks} Wochen`,
    readOnly:
      'Nur lesen. Die Puffer-Überwachung teilt diese Einschätzung mit den Gemeinden, damit sie planen können; ein Mensch entscheidet.',
    noCentres: 'Das Netz hat in diesem Gebiet keine Aufnahmezentren.',
    estimating: (p: Progress) =>
      `Die Wahrscheinlichkeiten werden geschätzt… (${p.paths} von ${p.total} Pfaden)`,
    method: (p: Method) =>
      `Geschätzt aus ${p.paths} simulierten Pfaden über ${p.weeks} Wochen: was der Plan für den Bedarf an ihrem Ende empfehlen würde. ± ist die Fehlermarge (95 %). Eine Einschätzung, kein Versprechen.`,
    centre: 'Aufnahmezentrum',
    municipality: 'Gemeinde',
    activation: 'Wahrscheinlichkeit einer Aktivierung',
    placesIfActivated: 'Plätze, falls aktiviert wird',
    deactivation: 'Wahrscheinlichkeit einer Deaktivierung',
    placesIfDeactivated: 'Plätze, falls deaktiviert wird',
  },
  en: {
    heading: (p: Area) => `Reception centres in ${p.area}: what may change`,
    caption: (p: Caption) =>
      `Reception centres in ${p.area}: chance of activation or deactivation within ${p.weeks} weeks`,
    readOnly:
      'Read only. The buffer monitoring shares this estimate with municipalities so that they can plan; a person decides.',
    noCentres: 'The network has no reception centres in this area.',
    estimating: (p: Progress) => `Estimating the chances… (${p.paths} of ${p.total} paths)`,
    method: (p: Method) =>
      `Estimated from ${p.paths} simulated paths over ${p.weeks} weeks: what the plan would recommend for the need at their end. ± is the margin of error (95%). An estimate, not a promise.`,
    centre: 'Reception centre',
    municipality: 'Municipality',
    activation: 'Chance of activation',
    placesIfActivated: 'Places, if activated',
    deactivation: 'Chance of deactivation',
    placesIfDeactivated: 'Places, if deactivated',
  },
});
