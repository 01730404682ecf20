import { describe, expect, it } from 'vitest';
import { infoMarketExplanation, parseInfoMarket } from './index.js';

describe('parseInfoMarket', () => {
  it('normalises local Brussels times to ISO with offset', () => {
    const result = parseInfoMarket({
      start: '2025-03-14T19:00',
      end: '2025-03-14T21:00',
      place: ' Zaal De Kring ',
      address: 'Kerkstraat 1, 2000 Antwerpen',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        start: '2025-03-14T19:00:00.000+01:00',
        end: '2025-03-14T21:00:00.000+01:00',
        place: 'Zaal De Kring',
        address: 'Kerkstraat 1, 2000 Antwerpen',
      },
    });
  });

  it('keeps optional fields absent rather than undefined', () => {
    const result = parseInfoMarket({ start: '2025-07-01T17:00:00Z', place: 'Sporthal' });
    expect(result.ok && result.value).toEqual({
      start: '2025-07-01T19:00:00.000+02:00',
      place: 'Sporthal',
    });
  });

  it('reports every bad field with its path and what was expected', () => {
    const result = parseInfoMarket({ start: 'next Friday', place: '   ', colour: 'red' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['start', 'place', 'colour']));
    const start = result.error.issues.find((issue) => issue.path === 'start');
    expect(start?.expected).toMatch(/ISO 8601/);
    expect(start?.received).toBe('next Friday');
    expect(result.error.message).toMatch(/^Invalid info market: /);
  });

  it('rejects an end that is not after the start', () => {
    const result = parseInfoMarket({
      start: '2025-03-14T19:00',
      end: '2025-03-14T18:00',
      place: 'Zaal',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'end', received: '2025-03-14T18:00' }] },
    });
  });

  it('rejects what is not an object', () => {
    expect(parseInfoMarket('2025-03-14T19:00')).toMatchObject({
      ok: false,
      error: { issues: [{ path: '', expected: 'an object' }] },
    });
  });
});

describe('infoMarketExplanation', () => {
  it('says in every language that it is not a panel discussion or an information meeting', () => {
    expect(infoMarketExplanation.nl.isNot).toMatch(/geen panelgesprek/);
    expect(infoMarketExplanation.fr.isNot).toMatch(/débat/);
    expect(infoMarketExplanation.de.isNot).toMatch(/Podiumsdiskussion/);
    expect(infoMarketExplanation.en.isNot).toMatch(/panel discussion/);
  });
});
