import { expect } from '@open-wc/testing';
import { locales, type Locale } from '@opvang/core/i18n';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { OpvangCatalogue } from './catalogue.js';
import { packageContent, packageText } from './package-text.js';
import { selectionKey } from './selection.js';
import {
  cleanUp,
  follow,
  freshPrefix,
  mount,
  root,
  setField,
  textOf,
} from './test-support/mount.js';

async function choose(element: OpvangCatalogue, id: string): Promise<void> {
  const box = root(element).querySelector<HTMLInputElement>(
    `input[type="checkbox"][data-item-id="${id}"]`,
  );
  if (box === null) throw new Error(`no checkbox for ${id}`);
  box.click();
  await element.updateComplete;
}

async function click(element: OpvangCatalogue, selector: string): Promise<void> {
  const button = root(element).querySelector<HTMLButtonElement>(selector);
  if (button === null) throw new Error(`no ${selector}`);
  button.click();
  await element.updateComplete;
}

/** Replaces navigator.clipboard.writeText for one test. */
function stubClipboard(result: 'accept' | 'refuse'): { texts: string[]; restore: () => void } {
  const texts: string[] = [];
  const clipboard = navigator.clipboard;
  const writeText = (text: string): Promise<void> => {
    texts.push(text);
    return result === 'accept'
      ? Promise.resolve()
      : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  };
  Object.defineProperty(clipboard, 'writeText', { value: writeText, configurable: true });
  return {
    texts,
    restore: () => {
      Reflect.deleteProperty(clipboard, 'writeText');
    },
  };
}

const titles: Readonly<Record<Locale, string>> = {
  nl: 'Ondersteuningspakket voor Dilbeek',
  fr: 'Paquet de soutien pour Dilbeek',
  de: 'Unterstützungspaket für Dilbeek',
  en: 'Support package for Dilbeek',
};

describe('<opvang-catalogue>: the support package', () => {
  let prefix = '';
  beforeEach(() => {
    prefix = freshPrefix();
  });
  afterEach(() => {
    cleanUp(prefix);
  });

  it('takes items chosen in the search and keeps them, the municipality and its language over a reload', async () => {
    const first = await mount({ prefix, lang: 'nl', hash: `#${prefix}?q=infomarkt` });
    await choose(first, 'info-market-organisation');
    await setField(first, '#search-q', 'buddy');
    await choose(first, 'buddy-scheme');
    expect(textOf(first, '[part="views"] li:nth-child(3)')).to.equal('Ondersteuningspakket (2)');
    await follow(first, `#${prefix}/package`);
    await setField(first, '#package-municipality', 'Dilbeek');
    await setField(first, '#package-language', 'fr');
    await expect(first).to.be.accessible();
    first.remove();

    const again = await mount({ prefix, lang: 'nl' });
    expect(again.selection).to.deep.equal({
      municipality: 'Dilbeek',
      language: 'fr',
      items: ['info-market-organisation', 'buddy-scheme'],
    });
    expect(textOf(again, '[part="package-title"]')).to.equal(titles.fr);
    expect(root(again).querySelector('[part="package"]')?.getAttribute('lang')).to.equal('fr');
    const groups = [...root(again).querySelectorAll('[part="package-group-heading"]')].map((node) =>
      (node.textContent ?? '').trim(),
    );
    expect(groups).to.deep.equal(['Offre de soutien standard', 'Soutien supplémentaire']);
    // The officer's controls stay in the reader's language.
    expect(textOf(again, 'label[for="package-municipality"]')).to.equal('Gemeente');
    await expect(again).to.be.accessible();
  });

  it('removes an item with its own labelled button', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy` });
    await choose(element, 'buddy-scheme');
    await follow(element, `#${prefix}/package`);
    // Its name is "Remove Buddy scheme": the button's word, then the item's name beside it.
    const names = (
      root(element).querySelector('[part="remove"]')?.getAttribute('aria-labelledby') ?? ''
    )
      .split(' ')
      .map((id) => (root(element).getElementById(id)?.textContent ?? '').trim());
    expect(names).to.deep.equal(['Remove', 'Buddy scheme']);
    await click(element, '[part="remove"]');
    await element.updateComplete;
    expect(
      root(element).activeElement?.getAttribute('part'),
      'focus stays in the package',
    ).to.equal('package-empty');
    expect(textOf(element, '[part="package-empty"]')).to.equal(
      'The package is still empty. Choose items under Search.',
    );
    await expect(element).to.be.accessible();
  });

  for (const locale of locales) {
    it(`copies the package as plain text in the municipality's language (${locale})`, async () => {
      const clipboard = stubClipboard('accept');
      try {
        const element = await mount({ prefix, lang: 'en', hash: `#${prefix}?q=buddy` });
        await choose(element, 'buddy-scheme');
        await follow(element, `#${prefix}/package`);
        await setField(element, '#package-municipality', ' Dilbeek ');
        await setField(element, '#package-language', locale);
        await click(element, '[part="copy"]');
        await element.updateComplete;
        const selection = { municipality: 'Dilbeek', language: locale, items: ['buddy-scheme'] };
        expect(clipboard.texts).to.deep.equal([packageText(selection)]);
        expect(clipboard.texts[0]?.split('\n')[0]).to.equal(titles[locale]);
        expect(textOf(element, '[part="copy-status"]')).to.equal(
          'The text is copied. Paste it into your email.',
        );
        await expect(element).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });
  }

  it('fits a 320 px wide viewport in the item, the referral map and the package, without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await mount({ prefix, lang: 'de', hash: `#${prefix}?q=buddy` });
      await choose(element, 'buddy-scheme');
      for (const hash of [
        `#${prefix}/item/foreigners-law-and-international-family-law`,
        `#${prefix}/referrals`,
        `#${prefix}/package`,
      ]) {
        await follow(element, hash);
        if (hash.endsWith('package'))
          await setField(element, '#package-municipality', 'Bütgenbach');
        const overflowing = [...root(element).querySelectorAll('*')].filter(
          (node) => node.clientWidth > 0 && node.scrollWidth > node.clientWidth,
        );
        expect(
          overflowing.map((node) => `${node.localName}[part=${node.getAttribute('part') ?? ''}]`),
          hash,
        ).to.deep.equal([]);
        expect(element.scrollWidth, hash).to.be.at.most(element.clientWidth);
      }
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('writes the email text as a title, an introduction and one line per item under its kind', () => {
    expect(
      packageText({
        municipality: 'Dilbeek',
        language: 'nl',
        items: ['buddy-scheme', 'info-market-organisation'],
      }),
    ).to.equal(
      [
        'Ondersteuningspakket voor Dilbeek',
        '',
        'De verbindingsofficier van het Agentschap Integratie en Inburgering (AgII) biedt uw gemeente de volgende ondersteuning aan.',
        '',
        'Standaard ondersteuningsaanbod',
        '- Organisatie infomarkt: Hulp bij een infomarkt: geen panelgesprek of infovergadering, maar een plek voor dialoog met buurtbewoners.',
        '',
        'Extra ondersteuning',
        '- Buddywerking: ' +
          (packageContent({ municipality: '', language: 'nl', items: ['buddy-scheme'] }).groups[0]
            ?.items[0]?.description.nl ?? ''),
        '',
      ].join('\n'),
    );
    for (const locale of locales)
      expect(packageContent({ municipality: '', language: locale, items: [] }).title).to.equal(
        titles[locale].replace(/ (voor|pour|für|for) Dilbeek$/, ''),
      );
  });

  const fallback = {
    nl: 'Kopiëren lukte niet in deze browser. Selecteer de tekst hieronder en kopieer hem (Ctrl+C, op een Mac ⌘+C).',
    fr: 'La copie n’a pas fonctionné dans ce navigateur. Sélectionnez le texte ci-dessous et copiez-le (Ctrl+C, sur Mac ⌘+C).',
    de: 'Das Kopieren hat in diesem Browser nicht funktioniert. Markieren Sie den Text unten und kopieren Sie ihn (Strg+C, auf einem Mac ⌘+C).',
    en: 'Copying did not work in this browser. Select the text below and copy it (Ctrl+C, on a Mac ⌘+C).',
  };
  for (const locale of locales) {
    it(`offers the text selected in a labelled text area when the clipboard refuses (${locale})`, async () => {
      const clipboard = stubClipboard('refuse');
      try {
        const element = await mount({ prefix, lang: locale, hash: `#${prefix}?q=buddy` });
        await choose(element, 'buddy-scheme');
        await follow(element, `#${prefix}/package`);
        await click(element, '[part="copy"]');
        await element.updateComplete;
        await element.updateComplete;
        const area = root(element).querySelector('textarea');
        expect(area?.value).to.equal(
          packageText(element.selection ?? { municipality: '', language: 'nl', items: [] }),
        );
        expect(root(element).activeElement).to.equal(area);
        expect(area?.selectionStart).to.equal(0);
        expect(area?.selectionEnd).to.equal(area?.value.length);
        expect(textOf(element, '[part="copy-status"]')).to.equal(fallback[locale]);
        await expect(element).to.be.accessible();
      } finally {
        clipboard.restore();
      }
    });
  }

  it('prints only the package on A4: no controls, and nothing of the host page around it', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy` });
    const aside = document.createElement('p');
    aside.textContent = 'The host page’s own text';
    document.body.append(aside);
    const sheetsBefore = document.adoptedStyleSheets.length;
    const print = globalThis.print;
    let printed = 0;
    globalThis.print = () => {
      printed += 1;
    };
    try {
      await choose(element, 'buddy-scheme');
      await follow(element, `#${prefix}/package`);
      await click(element, '[part="print"]');
      expect(printed).to.equal(1);
      expect(element.hasAttribute('data-opvang-printing')).to.equal(true);
      await emulateMedia({ media: 'print' });
      const shown = (selector: string): boolean => {
        const node = root(element).querySelector(selector);
        return node !== null && getComputedStyle(node).display !== 'none';
      };
      expect(shown('[part="package"]')).to.equal(true);
      for (const part of ['heading', 'views', 'package-details', 'chosen', 'actions', 'intro'])
        expect(shown(`[part~="${part}"]`), part).to.equal(false);
      expect(getComputedStyle(aside).display).to.equal('none');
      expect(getComputedStyle(element).display).to.not.equal('none');
      dispatchEvent(new Event('afterprint'));
      expect(element.hasAttribute('data-opvang-printing')).to.equal(false);
      expect(getComputedStyle(aside).display).to.not.equal('none');
      expect(
        document.adoptedStyleSheets.length,
        'the print sheet leaves the host document after printing',
      ).to.equal(sheetsBefore);
    } finally {
      globalThis.print = print;
      aside.remove();
      await emulateMedia({ media: 'screen' });
    }
    await expect(element).to.be.accessible();
  });

  it('prints the search results without the form or the checkboxes when no package is printed', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy` });
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string): boolean => {
        const node = root(element).querySelector(selector);
        return node !== null && getComputedStyle(node).display !== 'none';
      };
      expect(shown('[part="results"]')).to.equal(true);
      expect(shown('[part="heading"]')).to.equal(true);
      for (const part of ['filters', 'views', 'choose'])
        expect(shown(`[part~="${part}"]`), part).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await expect(element).to.be.accessible();
  });

  it('prints the package alone from the browser’s own print command too (Ctrl+P) in the package view', async () => {
    const element = await mount({ prefix, hash: `#${prefix}/package` });
    dispatchEvent(new Event('beforeprint'));
    expect(element.hasAttribute('data-opvang-printing')).to.equal(true);
    dispatchEvent(new Event('afterprint'));
    expect(element.hasAttribute('data-opvang-printing')).to.equal(false);
    await follow(element, `#${prefix}`);
    dispatchEvent(new Event('beforeprint'));
    expect(element.hasAttribute('data-opvang-printing'), 'only the package view').to.equal(false);
    await expect(element).to.be.accessible();
  });

  const memoryOnly = {
    nl: 'Deze browser bewaart uw keuze niet (de opslag is vol of niet toegestaan). Ze blijft behouden zolang deze pagina open is: druk het pakket af of kopieer het voor u de pagina sluit.',
    fr: 'Ce navigateur ne conserve pas votre choix (le stockage est plein ou refusé). Il reste disponible tant que cette page est ouverte : imprimez ou copiez le paquet avant de la fermer.',
    de: 'Dieser Browser speichert Ihre Auswahl nicht (der Speicher ist voll oder nicht erlaubt). Sie bleibt erhalten, solange diese Seite offen ist: Drucken oder kopieren Sie das Paket, bevor Sie sie schließen.',
    en: 'This browser does not keep your choice (its storage is full or not allowed). It stays while this page is open: print or copy the package before you close it.',
  };
  for (const locale of locales) {
    it(`keeps the selection in memory and says so when storage is full (${locale})`, async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const element = await mount({ prefix, lang: locale, hash: `#${prefix}?q=buddy` });
        await choose(element, 'buddy-scheme');
        // Said at once, where the item was ticked, and again in the package.
        expect(textOf(element, '[part="storage-warning"]')).to.equal(memoryOnly[locale]);
        await follow(element, `#${prefix}/package`);
        const warning = root(element).querySelector('[part="storage-warning"]');
        expect(warning?.getAttribute('role')).to.equal('alert');
        expect(textOf(element, '[part="storage-warning"]')).to.equal(memoryOnly[locale]);
        expect(element.selection?.items).to.deep.equal(['buddy-scheme']);
        expect(
          root(element).querySelector('[part="package"] [data-item-id="buddy-scheme"]'),
        ).to.not.equal(null);
        expect(localStorage.getItem(selectionKey(prefix))).to.equal(null);
        await expect(element).to.be.accessible();
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  }

  it('says so from the start when the browser refuses storage altogether', async () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    try {
      const element = await mount({ prefix, hash: `#${prefix}/package` });
      expect(textOf(element, '[part="storage-warning"]')).to.equal(memoryOnly.en);
      await expect(element).to.be.accessible();
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });

  it('reads a damaged or outdated stored selection as none, and drops ids the catalogue no longer has', async () => {
    localStorage.setItem(selectionKey(prefix), '{not json');
    const damaged = await mount({ prefix });
    expect(damaged.selection?.items).to.deep.equal([]);
    damaged.remove();
    localStorage.setItem(
      selectionKey(prefix),
      JSON.stringify({
        version: '1',
        municipality: 'Ham',
        language: 'nl',
        items: ['gone', 'buddy-scheme'],
      }),
    );
    const kept = await mount({ prefix });
    expect(kept.selection).to.deep.equal({
      municipality: 'Ham',
      language: 'nl',
      items: ['buddy-scheme'],
    });
    await expect(kept).to.be.accessible();
  });
});
