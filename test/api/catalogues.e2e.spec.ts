import { catalogueMax, getCatalogue, listLeaves } from '@dti/catalogue';
import { startApiTestApp, type ApiTestApp } from './support';

interface NodeBody {
  code: string;
  title: string;
  seedText: string | null;
  declaredMax: string | null;
  computedMax: string;
  appliesTo: string[];
  rule: { kind: string } | null;
  inputs: Array<{ name: string; label: string; seedText?: string }>;
  children: NodeBody[];
}

function* walk(node: NodeBody): Generator<NodeBody> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

describe('catalogues (real app)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ seedAccounts: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the catalogues to any authenticated role', async () => {
    const inspector = await api.as('inspector');
    const response = await inspector.get('/catalogues').expect(200);
    const tth = getCatalogue('tth-2020');
    expect(response.body).toEqual([
      {
        id: 'tth-2020',
        title: tth.title,
        titleEn: tth.titleEn ?? null,
        source: tth.source,
        effectiveFrom: tth.effectiveFrom,
        criteria: listLeaves(tth).length,
        totalMax: catalogueMax(tth).toExactDecimal(6),
      },
    ]);
    await api.anonymous.get('/catalogues').expect(401);
  });

  it('shows a catalogue as a tree with exact maxima, rules, inputs and errata; the id is case-insensitive', async () => {
    const submitter = await api.as('sub-hue');
    const response = await submitter.get('/catalogues/TTH-2020').expect(200);
    const tth = getCatalogue('tth-2020');
    expect(response.body).toMatchObject({ id: 'tth-2020', errata: tth.errata.map((e) => ({ ...e })) });
    const nodes = [...walk(response.body.root as NodeBody)];
    const leaves = nodes.filter((node) => node.children.length === 0);
    expect(leaves).toHaveLength(listLeaves(tth).length);
    for (const leaf of leaves) {
      expect(leaf.rule).not.toBeNull();
      expect(leaf.inputs.length + (leaf.rule?.kind === 'yes-no' ? 1 : 0)).toBeGreaterThan(0);
      expect(leaf.computedMax).toMatch(/^\d+(\.\d+)?$|^\d+\/\d+$/);
      expect(leaf.appliesTo.length).toBeGreaterThan(0);
    }
    for (const group of nodes.filter((node) => node.children.length > 0)) expect(group.rule).toBeNull();
    expect(response.body.root.computedMax).toBe(response.body.totalMax);
  });

  it('gives repaired display texts as title and label, the seed’s verbatim text beside them as seedText', async () => {
    const reviewer = await api.as('reviewer');
    const response = await reviewer.get('/catalogues/tth-2020').expect(200);
    const nodes = new Map([...walk(response.body.root as NodeBody)].map((node) => [node.code, node]));
    expect(nodes.get('1.1')).toMatchObject({
      title: 'Tuyên truyền, phổ biến về chuyển đổi số',
      seedText: 'Tuyên truyền, ph biến về chuyn đi s',
    });
    expect(nodes.get('1.1.1')?.seedText).toBeNull();
    expect(nodes.get('5.1.1')?.inputs[0]).toEqual({
      name: 'a',
      type: 'count',
      label: 'Thống kê số lượng CBCC của tỉnh (gọi là a)',
      labelEn: expect.any(String),
      seedText: 'Thng kê số lượng CBCC của tỉnh (gọi là a)',
    });
    expect(nodes.get('5.1.1')?.inputs[1]).toMatchObject({
      label: 'Thống kê số lượng CBCC của tỉnh có tài khoản thư điện tử chính thức (gọi là b)',
    });
  });

  it('answers 404 problem+json for an unknown catalogue, naming the known ones', async () => {
    const leader = await api.as('leader');
    const response = await leader
      .get('/catalogues/tth-1999')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'UNKNOWN_CATALOGUE' });
    expect(response.body.detail).toContain('tth-2020');
  });
});
