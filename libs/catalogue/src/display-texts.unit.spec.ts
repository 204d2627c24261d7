import type { CatalogueNode } from './catalogue.types';
import { withDisplayTexts } from './display-texts';

function tree(): CatalogueNode {
  return {
    code: 'I',
    title: 'Gc',
    children: [
      {
        code: '1',
        title: 'Thng kê',
        declaredMax: '2',
        rule: {
          kind: 'per-item',
          items: [
            { input: 'a', label: 'S a', pointsEach: '1' },
            { input: 'b', label: 'S b', pointsEach: '1' },
            { input: 'a', label: 'Khác', pointsEach: '1' },
          ],
        },
        inputs: [
          { name: 'a', type: 'count', label: 'S a' },
          { name: 'b', type: 'count', label: 'S b', seedText: 'Số b (bản quét)' },
        ],
      },
      {
        code: '2',
        title: 'Mức',
        seedText: 'Mc (bản quét)',
        declaredMax: '1',
        rule: {
          kind: 'tiered',
          options: [
            { label: 'Đủ', fraction: '1' },
            { label: 'Mt na', fraction: '1/2' },
            { label: 'Khng', fraction: '0', seedText: 'Khng (bản quét)' },
          ],
        },
        inputs: [{ name: 'option', type: 'option', label: 'Mức' }],
      },
    ],
  };
}

const child = (node: CatalogueNode, position: number): CatalogueNode => {
  const found = node.children?.[position];
  if (!found) throw new Error(`no child ${position}`);
  return found;
};

describe('withDisplayTexts', () => {
  it('returns an equal copy when there is nothing to repair', () => {
    const node = tree();
    const copy = withDisplayTexts(node, {});
    expect(copy).toEqual(tree());
    expect(copy).not.toBe(node);
    expect(child(copy, 1).rule).toBe(child(node, 1).rule);
    expect(child(copy, 0).inputs).toBe(child(node, 0).inputs);
  });

  it('replaces a title and keeps the seed’s (or the seed text already kept) in seedText', () => {
    const node = tree();
    const copy = withDisplayTexts(node, { I: { title: 'Gốc' }, '2': { title: 'Mức độ' } });
    expect(copy).toMatchObject({ title: 'Gốc', seedText: 'Gc' });
    expect(child(copy, 1)).toMatchObject({ title: 'Mức độ', seedText: 'Mc (bản quét)' });
    expect(child(copy, 0)).toEqual(child(tree(), 0));
    expect(node).toEqual(tree());
  });

  it('replaces input labels by name, and the per-item labels that were the same text', () => {
    const node = tree();
    const copy = child(withDisplayTexts(node, { '1': { inputs: { a: 'Số a', b: 'Số b' } } }), 0);
    expect(copy.inputs).toEqual([
      { name: 'a', type: 'count', label: 'Số a', seedText: 'S a' },
      { name: 'b', type: 'count', label: 'Số b', seedText: 'Số b (bản quét)' },
    ]);
    expect(copy.rule).toEqual({
      kind: 'per-item',
      items: [
        { input: 'a', label: 'Số a', seedText: 'S a', pointsEach: '1' },
        { input: 'b', label: 'Số b', seedText: 'S b', pointsEach: '1' },
        // Its own label, not the input's: left alone.
        { input: 'a', label: 'Khác', pointsEach: '1' },
      ],
    });
    expect(copy.title).toBe('Thng kê');
    expect(copy).not.toHaveProperty('seedText');
    expect(node).toEqual(tree());
  });

  it('keeps a per-item label whose input was not repaired, and an item’s own seed text', () => {
    const node = tree();
    const rule = child(node, 0).rule;
    if (rule?.kind !== 'per-item') throw new Error('per-item');
    rule.items[0].seedText = 'S a (bản quét)';
    const copy = child(withDisplayTexts(node, { '1': { inputs: { a: 'Số a' } } }), 0);
    expect(copy.rule).toMatchObject({
      items: [
        { input: 'a', label: 'Số a', seedText: 'S a (bản quét)' },
        { input: 'b', label: 'S b' },
        { input: 'a', label: 'Khác' },
      ],
    });
    const items = copy.rule?.kind === 'per-item' ? copy.rule.items : [];
    expect(items[1]).not.toHaveProperty('seedText');
  });

  it('replaces tiered option labels by their 1-based position', () => {
    const node = tree();
    const copy = child(withDisplayTexts(node, { '2': { options: { 2: 'Một nửa', 3: 'Không' } } }), 1);
    expect(copy.rule).toEqual({
      kind: 'tiered',
      options: [
        { label: 'Đủ', fraction: '1' },
        { label: 'Một nửa', fraction: '1/2', seedText: 'Mt na' },
        { label: 'Không', fraction: '0', seedText: 'Khng (bản quét)' },
      ],
    });
    expect(node).toEqual(tree());
  });

  it('leaves a leaf without children and a group without a rule as they are', () => {
    const copy = withDisplayTexts(tree(), { '2': { title: 'Mức độ' } });
    expect(copy).not.toHaveProperty('rule');
    expect(child(copy, 1)).not.toHaveProperty('children');
  });

  describe('refuses a stale table', () => {
    // The message names the code and what is stale.
    it.each([
      [{ '9': { title: 'X' }, '1': { title: 'Thống kê' }, '8.1': {} }, ['unknown codes: 9, 8.1']],
      [{ I: { title: 'Gc' } }, ['I: ', 'title repeats']],
      [{ '1': { inputs: { c: 'Số c' } } }, ['1: ', 'no input "c"']],
      [{ '2': { inputs: { option: 'Mức' } } }, ['2: ', 'label of "option" repeats']],
      [{ I: { inputs: { a: 'Số a' } } }, ['I: ', 'no input "a"']],
      [{ '2': { options: { 4: 'Bốn' } } }, ['2: ', 'no option 4']],
      [{ '2': { options: { 0: 'Không' } } }, ['2: ', 'no option 0']],
      [{ '1': { options: { 1: 'Một' } } }, ['1: ', 'option labels for a per-item rule']],
    ])('%p', (repairs, parts) => {
      let message = '';
      try {
        withDisplayTexts(tree(), repairs);
      } catch (error) {
        message = (error as Error).message;
      }
      for (const part of parts) expect(message).toContain(part);
    });
  });
});
