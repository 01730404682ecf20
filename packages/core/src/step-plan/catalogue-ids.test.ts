import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/index.js';
import { catalogueItemIds } from './catalogue-ids.js';

describe('the catalogue ids the case checks support against', () => {
  it('are exactly the catalogue’s items, in order (update catalogue-ids.ts and the schema when it changes)', () => {
    expect([...catalogueItemIds]).toEqual(catalogue.map((item) => item.id));
  });
});
