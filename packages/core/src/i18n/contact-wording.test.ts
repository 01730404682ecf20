import { describe, expect, it } from 'vitest';
import { shippedSourceFiles, textsInSource } from './test-support/texts.js';

// Review texts-2026-12 §2, "Contact" and "Contact widget": wording a resident would misread.
// Each entry: the words that must go, in which language, and why.
const misread: readonly {
  readonly locale: string;
  readonly words: RegExp;
  readonly why: string;
}[] = [
  {
    locale: 'nl',
    words: /kunnen we het niet ontvangen/u,
    why: 'it is received; without consent it cannot be processed (behandelen)',
  },
  { locale: 'fr', words: /ne pouvons pas le recevoir/u, why: 'traiter, not recevoir' },
  { locale: 'de', words: /nicht annehmen/u, why: 'bearbeiten, not annehmen' },
  { locale: 'en', words: /cannot accept it/u, why: 'process, not accept' },
  { locale: 'nl', words: /Zeg of u/u, why: '“Geef aan of u …”' },
  {
    locale: 'fr',
    words: /Le formulaire a commis une erreur/u,
    why: 'a form makes no mistakes: “Une erreur s’est produite …”',
  },
  {
    locale: 'en',
    words: /The form made a mistake/u,
    why: '“Something went wrong while preparing your message.”',
  },
  {
    locale: 'en',
    words: /did not pass on a message/u,
    why: '“The form did not send your message.”',
  },
  {
    locale: 'fr',
    words: /Vous ne devez pas le retaper/u,
    why: 'means “you must not retype it” in standard French',
  },
  {
    locale: 'de',
    words: /klappt gerade nicht/u,
    why: 'colloquial: “Zurzeit besteht keine Verbindung”',
  },
  {
    locale: 'fr',
    words: /De quoi parle votre message/u,
    why: '“Quel est l’objet de votre message ?”',
  },
  { locale: 'fr', words: /Ouvrir votre e-mail/u, why: '“Ouvrir votre messagerie”' },
];

describe('the contact texts', () => {
  const texts = shippedSourceFiles([
    'packages/core/src/contact',
    'packages/widgets/src/contact',
  ]).flatMap(textsInSource);

  it('say what happens to a message in words a resident reads right', () => {
    const problems = misread.flatMap((entry) =>
      texts
        .filter((text) => text.locale === entry.locale && entry.words.test(text.text))
        .map(
          (text) =>
            `${text.module}:${text.line} ${text.key} [${text.locale}]: ${entry.words.source} (${entry.why})`,
        ),
    );
    expect(problems).toEqual([]);
  });
});
