import { catalogueMax, listLeaves } from './catalogue-tree';
import { UnknownCatalogueError } from './catalogue.errors';
import { isBlockingFinding } from './catalogue-finding';
import { validateCatalogue } from './catalogue.validator';
import { getCatalogue, listCatalogues } from './catalogues';

describe('built-in catalogues', () => {
  it('registers tth-2020, found case-insensitively', () => {
    expect(getCatalogue('TTH-2020').id).toBe('tth-2020');
    expect(listCatalogues().map((c) => c.id)).toContain('tth-2020');
    expect(() => getCatalogue('nope')).toThrow(UnknownCatalogueError);
  });

  it('tth-2020 passes the schema, every leaf scorable', () => {
    const catalogue = getCatalogue('tth-2020');
    expect(validateCatalogue(catalogue).filter(isBlockingFinding)).toEqual([]);
    expect(listLeaves(catalogue).length).toBeGreaterThan(100);
    expect(catalogueMax(catalogue).isInteger()).toBe(true);
  });
});
