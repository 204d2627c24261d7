import type { Catalogue } from './catalogue.types';
import { DuplicateCatalogueError, InvalidCatalogueError, UnknownCatalogueError } from './catalogue.errors';
import { CatalogueRegistry } from './catalogue.registry';

function catalogue(id: string, effectiveFrom = '2021-01-01'): Catalogue {
  return {
    id,
    title: `Bộ ${id}`,
    source: 'Specs',
    effectiveFrom,
    root: {
      code: 'I',
      title: 'Gốc',
      children: [
        {
          code: '1',
          title: 'Có/không',
          declaredMax: '2',
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có' }],
        },
      ],
    },
    errata: [],
  };
}

describe('CatalogueRegistry', () => {
  it('finds catalogues case-insensitively and lists them by effective date', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-2023', '2023-01-01'));
    registry.register(catalogue('tth-2020', '2020-10-21'));
    expect(registry.get('TTH-2020').id).toBe('tth-2020');
    expect(registry.has('Tth-2023')).toBe(true);
    expect(registry.list().map((c) => c.id)).toEqual(['tth-2020', 'tth-2023']);
    expect(registry.findings('tth-2020')).toEqual([]);
  });

  it('throws UnknownCatalogueError with code UNKNOWN_CATALOGUE, naming the known ids', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-2020'));
    expect(() => registry.get('tth-1999')).toThrow(UnknownCatalogueError);
    expect(() => registry.get('tth-1999')).toThrow(expect.objectContaining({ code: 'UNKNOWN_CATALOGUE' }));
    expect(() => registry.get('tth-1999')).toThrow(/tth-2020/);
  });

  it('refuses a catalogue that breaks the schema and repeats why when it is asked for', () => {
    const registry = new CatalogueRegistry();
    const broken = catalogue('broken-2021');
    delete broken.root.children?.[0].rule;
    expect(() => registry.register(broken)).toThrow(InvalidCatalogueError);
    let refusal: unknown;
    try {
      registry.get('BROKEN-2021');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidCatalogueError);
    expect((refusal as InvalidCatalogueError).blocking.map((f) => f.kind)).toEqual(['missing-rule']);
    expect(registry.list()).toEqual([]);
  });

  it('refuses a second catalogue with the same id', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-2020'));
    expect(() => registry.register(catalogue('TTH-2020'))).toThrow(DuplicateCatalogueError);
  });

  it('answers has() for registered ids only, case-insensitively, and false for a non-string id', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-2020'));
    expect(registry.has('TTH-2020')).toBe(true);
    expect(registry.has('tth-2023')).toBe(false);
    expect(registry.has(2020 as unknown as string)).toBe(false);
  });

  it('lists catalogues of the same effective date by id', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-b', '2021-01-01'));
    registry.register(catalogue('tth-a', '2021-01-01'));
    registry.register(catalogue('tth-c', '2020-01-01'));
    expect(registry.list().map((c) => c.id)).toEqual(['tth-c', 'tth-a', 'tth-b']);
  });

  it('names the refused catalogues among the known ids, after the registered ones', () => {
    const registry = new CatalogueRegistry();
    registry.register(catalogue('tth-2020'));
    const broken = catalogue('broken-2021');
    delete broken.root.children?.[0].rule;
    expect(() => registry.register(broken)).toThrow(InvalidCatalogueError);
    let unknown: unknown;
    try {
      registry.get('tth-1999');
    } catch (error) {
      unknown = error;
    }
    expect(unknown).toBeInstanceOf(UnknownCatalogueError);
    expect((unknown as UnknownCatalogueError).knownIds).toEqual(['tth-2020', 'broken-2021']);
  });

  it('refuses a catalogue without a string id as "?", and answers a non-string id with UNKNOWN_CATALOGUE', () => {
    const registry = new CatalogueRegistry();
    const noId = { ...catalogue('x'), id: 2020 } as unknown as Catalogue;
    expect(() => registry.register(noId)).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOGUE', catalogueId: '?' }),
    );
    expect(() => new CatalogueRegistry().register(null as unknown as Catalogue)).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOGUE', catalogueId: '?' }),
    );
    expect(() => registry.get(2020 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CATALOGUE', catalogueId: '2020' }),
    );
  });

  it("answers a non-string id with UNKNOWN_CATALOGUE even when a catalogue with the empty id '' was refused", () => {
    const registry = new CatalogueRegistry();
    expect(() => registry.register(catalogue(''))).toThrow(expect.objectContaining({ code: 'INVALID_CATALOGUE' }));
    expect(() => registry.get('')).toThrow(expect.objectContaining({ code: 'INVALID_CATALOGUE' }));
    expect(() => registry.get(2020 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CATALOGUE', catalogueId: '2020' }),
    );
    expect(() => registry.findings(null as unknown as string)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CATALOGUE', catalogueId: 'null' }),
    );
  });

  it('freezes what it registers, so replayed scores use the data they were computed with', () => {
    const registry = new CatalogueRegistry();
    const registered = registry.register(catalogue('tth-2020'));
    expect(Object.isFrozen(registered.root.children?.[0])).toBe(true);
    expect(() => {
      (registered.root.children?.[0] as { declaredMax: string }).declaredMax = '5';
    }).toThrow(TypeError);
  });
});
