import type { Catalogue } from './catalogue.types';
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

/**
 * The process-wide registry, each case on a fresh module registry so that what one case registers does not
 * reach the next; the built-in list is replaced by a fake where a case needs a refused or failing built-in.
 */
describe('the process-wide registry', () => {
  type CataloguesModule = typeof import('./catalogues');
  type ErrorsModule = typeof import('./catalogue.errors');

  function fresh(mocks: () => void = () => undefined): CataloguesModule & ErrorsModule {
    let loaded: (CataloguesModule & ErrorsModule) | undefined;
    jest.isolateModules(() => {
      mocks();
      loaded = {
        ...jest.requireActual<ErrorsModule>('./catalogue.errors'),
        ...jest.requireActual<CataloguesModule>('./catalogues'),
      };
    });
    return loaded!;
  }

  function extra(id: string, declaredMax = '2'): Catalogue {
    return {
      id,
      title: `Bộ ${id}`,
      source: 'Specs',
      effectiveFrom: '2030-01-01',
      root: {
        code: 'I',
        title: 'Gốc',
        children: [
          {
            code: '1',
            title: 'Có/không',
            declaredMax,
            rule: { kind: 'yes-no' },
            inputs: [{ name: 'value', type: 'boolean', label: 'Có' }],
          },
        ],
      },
      errata: [],
    };
  }

  afterEach(() => jest.resetModules());

  it('is built once: every call returns the same registry', () => {
    const { catalogueRegistry } = fresh();
    expect(catalogueRegistry()).toBe(catalogueRegistry());
  });

  it('adds a catalogue given at run time, which getCatalogue and listCatalogues then find', () => {
    const { registerCatalogue, getCatalogue, listCatalogues } = fresh();
    const registered = registerCatalogue(extra('tth-2030'));
    expect(registered.id).toBe('tth-2030');
    expect(getCatalogue('TTH-2030')).toBe(registered);
    expect(listCatalogues().map((c) => c.id)).toEqual(['tth-2020', 'tth-2030']);
  });

  it('refuses an invalid one with INVALID_CATALOGUE, and a second tth-2020 with DUPLICATE_CATALOGUE', () => {
    const { registerCatalogue } = fresh();
    expect(() => registerCatalogue(extra('broken', 'many'))).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOGUE', catalogueId: 'broken' }),
    );
    expect(() => registerCatalogue(extra('TTH-2020'))).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_CATALOGUE' }),
    );
  });

  it('keeps a refused built-in out of the list and repeats its refusal to whoever asks for it', () => {
    const { getCatalogue, listCatalogues, InvalidCatalogueError } = fresh(() =>
      jest.doMock('./tth-2020', () => ({ tth2020: extra('tth-2020', 'many') })),
    );
    expect(listCatalogues()).toEqual([]);
    let refusal: unknown;
    try {
      getCatalogue('tth-2020');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidCatalogueError);
    expect(refusal).toMatchObject({ code: 'INVALID_CATALOGUE', catalogueId: 'tth-2020' });
  });

  it('lets any other failure of a built-in through: it is a bug, not a refused catalogue', () => {
    const { catalogueRegistry } = fresh(() =>
      jest.doMock('./catalogue.registry', () => ({
        CatalogueRegistry: class {
          register(): never {
            throw new TypeError('registry broke');
          }
        },
      })),
    );
    expect(() => catalogueRegistry()).toThrow(TypeError);
    expect(() => catalogueRegistry()).toThrow('registry broke');
  });
});
