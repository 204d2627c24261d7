import { getCatalogue, listLeaves } from '@dti/catalogue';
import { toCatalogueView, type CatalogueNodeView } from './catalogue.view';

function* walk(node: CatalogueNodeView): Generator<CatalogueNodeView> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

describe('catalogue view', () => {
  const view = toCatalogueView(getCatalogue('tth-2020'));
  const nodes = [...walk(view.root)];

  it('keeps every criterion, with its rule and a one-line summary, and exact maxima as strings', () => {
    expect(nodes.filter((node) => node.children.length === 0)).toHaveLength(
      listLeaves(getCatalogue('tth-2020')).length,
    );
    for (const node of nodes) {
      expect(typeof node.computedMax).toBe('string');
      if (node.children.length === 0) expect(node.ruleSummary).toEqual(expect.any(String));
    }
  });

  it('spells out inherited blocks on every node', () => {
    for (const node of nodes) {
      for (const child of node.children) expect(node.appliesTo).toEqual(expect.arrayContaining(child.appliesTo));
    }
  });
});
