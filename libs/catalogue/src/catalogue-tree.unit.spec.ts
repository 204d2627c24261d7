import type { Catalogue, CatalogueNode } from './catalogue.types';
import {
  catalogueIndex,
  catalogueMax,
  computedMax,
  findNode,
  isLeaf,
  listLeaves,
  walkCatalogue,
} from './catalogue-tree';

function leaf(code: string, declaredMax: string, extra: Partial<CatalogueNode> = {}): CatalogueNode {
  return { code, title: `Tiêu chí ${code}`, declaredMax, rule: { kind: 'yes-no' }, ...extra };
}

function tree(): CatalogueNode {
  return {
    code: 'I',
    title: 'Gốc',
    children: [
      { code: '1', title: 'Nhóm 1', appliesTo: ['district'], children: [leaf('1.1', '2'), leaf('1.2', '1/2')] },
      leaf('2', '3', { appliesTo: ['department'] }),
      { code: '3', title: 'Nhóm rỗng', children: [] },
    ],
  };
}

function catalogueOf(root: CatalogueNode): Catalogue {
  return { id: 'spec', title: 'Spec', source: 'Specs', effectiveFrom: '2021-01-01', root, errata: [] };
}

describe('isLeaf', () => {
  it('is true for a node without children or with an empty list, false for a group', () => {
    expect(isLeaf(leaf('1', '1'))).toBe(true);
    expect(isLeaf({ code: '3', title: 'x', children: [] })).toBe(true);
    expect(isLeaf(tree())).toBe(false);
  });
});

describe('walkCatalogue', () => {
  it('visits every node once, depth-first in document order, with its ancestors, depth and inherited blocks', () => {
    const entries = [...walkCatalogue(tree())];
    expect(entries.map((e) => e.node.code)).toEqual(['I', '1', '1.1', '1.2', '2', '3']);
    expect(entries.map((e) => e.ancestors)).toEqual([[], ['I'], ['I', '1'], ['I', '1'], ['I'], ['I']]);
    expect(entries.map((e) => e.depth)).toEqual([0, 1, 2, 2, 1, 1]);
    expect(entries.map((e) => e.appliesTo)).toEqual([
      ['department', 'district'],
      ['district'],
      ['district'],
      ['district'],
      ['department'],
      ['department', 'district'],
    ]);
  });
});

describe('catalogueIndex and findNode', () => {
  it('finds nodes by code, undefined for an unknown code', () => {
    const catalogue = catalogueOf(tree());
    expect(findNode(catalogue, '1.2')?.declaredMax).toBe('1/2');
    expect(catalogueIndex(catalogue).get('1.2')?.ancestors).toEqual(['I', '1']);
    expect(findNode(catalogue, '9')).toBeUndefined();
  });

  it('is built once per tree', () => {
    const catalogue = catalogueOf(tree());
    expect(catalogueIndex(catalogue)).toBe(catalogueIndex(catalogue));
    expect(catalogueIndex(catalogueOf(tree()))).not.toBe(catalogueIndex(catalogue));
  });

  it('keeps the first node in document order on a duplicated code', () => {
    const root = tree();
    root.children?.push(leaf('1.1', '9'));
    expect(findNode(catalogueOf(root), '1.1')?.declaredMax).toBe('2');
  });
});

describe('listLeaves', () => {
  it('lists the nodes without children, an empty group included, in document order', () => {
    expect(listLeaves(catalogueOf(tree())).map((n) => n.code)).toEqual(['1.1', '1.2', '2', '3']);
  });
});

describe('computedMax and catalogueMax', () => {
  it("sums the leaves' declared maxima exactly, ignoring a group's own", () => {
    const root = tree();
    root.declaredMax = '100';
    expect(computedMax(root.children![0]).toString()).toBe('5/2');
    expect(catalogueMax(catalogueOf(root)).toString()).toBe('11/2');
  });

  it('counts 0 for malformed nodes read before validation: null, undefined (a missing root), a string, an unreadable or missing maximum', () => {
    expect(computedMax(null as unknown as CatalogueNode).toString()).toBe('0');
    expect(computedMax('1.1' as unknown as CatalogueNode).toString()).toBe('0');
    expect(computedMax(leaf('1', 'nhiều')).toString()).toBe('0');
    expect(computedMax({ code: '1', title: 'x' }).toString()).toBe('0');
    expect(computedMax(undefined as unknown as CatalogueNode).toString()).toBe('0');
    expect(catalogueMax({ ...catalogueOf(tree()), root: undefined as unknown as CatalogueNode }).toString()).toBe('0');
  });

  it('reads a node with an empty list of children as a leaf: its declared maximum counts', () => {
    const emptyGroup: CatalogueNode = { code: '3', title: 'Nhóm rỗng', declaredMax: '3/2', children: [] };
    expect(computedMax(emptyGroup).toString()).toBe('3/2');
    expect(
      catalogueMax(catalogueOf({ code: 'I', title: 'Gốc', children: [emptyGroup, leaf('1', '1')] })).toString(),
    ).toBe('5/2');
  });

  it('reads a node whose children are not a list as a leaf, and a null child as 0', () => {
    const odd = { ...leaf('1', '4'), children: 'x' } as unknown as CatalogueNode;
    expect(computedMax(odd).toString()).toBe('4');
    const withNull = { code: '1', title: 'x', children: [null, leaf('1.1', '1')] } as unknown as CatalogueNode;
    expect(computedMax(withNull).toString()).toBe('1');
  });
});
