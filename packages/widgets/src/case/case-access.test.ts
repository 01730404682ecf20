import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LocalCaseStore, StoreError, type CaseStore } from '../case-store/index.js';
import { captureConsole } from '../shared/test-support/console.js';
import type { OpvangCase } from './case.js';
import { freshDatabase, openingEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  formOf,
  quiet,
  resetClock,
  setClock,
  settle,
  shadow,
  shadowText,
  submitForm,
} from './test-support/case-page.js';

describe('<opvang-case>: stores, sign-in and other tabs', () => {
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('asks for a token when the store wants one, and keeps it in memory only', async () => {
    const store = await demoStore();
    let token: string | undefined;
    const guarded = (): CaseStore => ({
      ...quiet(store),
      read: async (caseId) => {
        if (token !== 'opv_demo_secret')
          throw new StoreError({ kind: 'unauthenticated', message: '401' });
        return store.read(caseId);
      },
    });
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangCase>(
        html`<opvang-case lang="en" case-id="demo-testdorp" .caseStore=${guarded()}></opvang-case>`,
      );
      await waitUntil(() => formOf(element, 'sign-in'), 'the sign-in form');
      expect(shadowText(element)).to.contain('Sign in to see this case.');
      const input = formOf(element, 'sign-in').querySelector('input');
      expect(input?.type).to.equal('password');
      token = 'opv_demo_secret';
      await submitForm(element, 'sign-in', { token: 'opv_demo_secret' });
      expect(element.token).to.equal('opv_demo_secret');
      await waitUntil(
        () => shadow(element).querySelector('[part="plan"]'),
        'the case after sign-in',
      );
      for (const storage of [localStorage, sessionStorage])
        for (const key of Object.keys(storage))
          expect(storage.getItem(key) ?? '').not.to.contain('opv_demo_secret');
    } finally {
      errors.restore();
    }
  });

  it('says when the server cannot be reached, and tries again on request', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangCase>(
        // Signed in (a token), so it asks: without one it would show the sign-in form instead.
        html`<opvang-case lang="nl" case-id="demo-testdorp" store="http://127.0.0.1:9/api" .token=${'t'}></opvang-case>`,
      );
      await waitUntil(() => shadow(element).querySelector('[part="warning"]'), 'the failure');
      expect(shadowText(element)).to.contain('De dossiers zijn nu niet bereikbaar.');
      const retry = [...shadow(element).querySelectorAll('button')].find(
        (button) => button.textContent === 'Opnieuw proberen',
      );
      expect(retry).to.exist;
      retry?.click();
      await settle(element);
      await waitUntil(() => shadow(element).querySelector('[part="warning"]'), 'still failing');
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows in one tab what another tab recorded (the same browser store)', async () => {
    const name = freshDatabase();
    const first = new LocalCaseStore({ recordedBy: 'An', databaseName: name });
    await first.open({ id: 'open-1', event: openingEvent() });
    const here = await caseWidget(first, 'en');
    const there = await caseWidget(
      new LocalCaseStore({ recordedBy: 'Bo', databaseName: name }),
      'en',
    );
    await submitForm(there, 'note', { text: 'Uit het andere tabblad' });
    await waitUntil(
      () => shadowText(here).includes('Uit het andere tabblad'),
      'the other tab sees it',
    );
    expect(shadowText(here)).to.contain('Recorded by Bo');
    await settle(here);
  });
});
