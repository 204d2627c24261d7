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

  it('shows the display texts, the seed’s text as seedText only where they differ', () => {
    const byCode = new Map(nodes.map((node) => [node.code, node]));
    expect(byCode.get('4')).toMatchObject({ title: 'Dữ liệu số', seedText: 'Dữ liệu s' });
    expect(byCode.get('4.1')?.seedText).toBeNull();
    expect(byCode.get('7.2.5')?.inputs.map((input) => input.seedText)).toEqual([
      'Thng kê slượng CBCCVC của tỉnh (gọi là a)',
      'Thng kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liu của tỉnh (gi là b)',
    ]);
    expect(Object.keys(byCode.get('1.1.1')?.inputs[0] ?? {})).toEqual(['name', 'type', 'label', 'labelEn']);
  });

  it('spells out inherited blocks on every node', () => {
    for (const node of nodes) {
      for (const child of node.children) expect(node.appliesTo).toEqual(expect.arrayContaining(child.appliesTo));
    }
  });
});
