import { PERIOD, startExportsWorld, type ExportsWorld } from './exports.world';
import { OPEN_DATA_REQUESTS_PER_WINDOW } from '../../apps/api/src/open-data/open-data-rate-limit.guard';

/**
 * Open data through HTTP, no login: published figures only. STTTT was finalized at 5,20 of 253 (7.1.1 at 3,20, 7.1.2 not applicable),
 * then reopened and a correction approved (now 6, 7.1.1 at 4) without finalizing again; SNV was approved
 * but never finalized. Open data must show STTTT's published 5,20 and nothing of SNV.
 */
describe('open data (Dữ liệu mở): published results only, no login', () => {
  let world: ExportsWorld;

  beforeAll(async () => {
    world = await startExportsWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('rankings.json shows the published version, never the correction approved since nor an unpublished unit', async () => {
    // The projection does show the correction and SNV: the open data must not.
    const current = await world.as('leader').get(`/rankings/${PERIOD}?block=department`).expect(200);
    expect(current.body.units.find((unit: { unit: string }) => unit.unit === 'STTTT')).toMatchObject({ points: 6 });

    const { body, headers } = await world.api.anonymous
      .get(`/open-data/${PERIOD}/rankings.json`)
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(body).toEqual([
      expect.objectContaining({
        period: PERIOD,
        block: 'department',
        rank: 1,
        unit: 'STTTT',
        unit_name: 'Sở Thông tin và Truyền thông',
        points: 5.2,
        points_exact: '26/5',
        applicable_max: 253,
        percent: 2.06,
        percent_exact: '520/253',
        report_version: 1,
      }),
    ]);
    expect(headers.etag).toMatch(/^W\/"/);
    expect(headers['cache-control']).toMatch(/public, max-age=\d+/);
  });

  it('scores.csv: UTF-8 with BOM, the criteria as finalized', async () => {
    const response = await world.api.anonymous
      .get(`/open-data/${PERIOD}/scores.csv`)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'period,unit,unit_name,block,catalogue,criterion,criterion_title,status,points,applicable_max,points_exact,report_version',
    );
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(new Set(rows.map((cells) => cells[1]))).toEqual(new Set(['STTTT']));
    const criterion = lines.find((line) => line.includes(',7.1.1,'));
    expect(criterion).toMatch(/,scored,3\.2,4,16\/5,1$/);
    expect(lines.find((line) => line.includes(',7.1.2,'))).toMatch(/,not-applicable,0,0,0,1$/);
    const json = await world.api.anonymous.get(`/open-data/${PERIOD}/scores.json`).expect(200);
    expect(json.body.find((row: { criterion: string }) => row.criterion === '7.1.1')).toMatchObject({
      unit: 'STTTT',
      points: 3.2,
      points_exact: '16/5',
      status: 'scored',
    });
  });

  it('answers 304 to a matching If-None-Match, and the ETag differs between formats', async () => {
    const first = await world.api.anonymous.get(`/open-data/${PERIOD}/rankings.csv`).expect(200);
    const etag = first.headers.etag as string;
    await world.api.anonymous.get(`/open-data/${PERIOD}/rankings.csv`).set('If-None-Match', etag).expect(304);
    const json = await world.api.anonymous.get(`/open-data/${PERIOD}/rankings.json`).expect(200);
    expect(json.headers.etag).not.toBe(etag);
    const descriptor = await world.api.anonymous.get('/open-data/datapackage.json').expect(200);
    await world.api.anonymous
      .get('/open-data/datapackage.json')
      .set('If-None-Match', descriptor.headers.etag as string)
      .expect(304);
  });

  it('datapackage.json describes the published quarters’ resources and fields', async () => {
    const { body } = await world.api.anonymous.get('/open-data/datapackage.json').expect(200);
    expect(body).toMatchObject({ profile: 'tabular-data-package', name: 'dti-hue-open-data' });
    expect(body.resources.map((resource: { name: string; path: string }) => [resource.name, resource.path])).toEqual([
      ['rankings-2021-q1', '2021-Q1/rankings.csv'],
      ['scores-2021-q1', '2021-Q1/scores.csv'],
    ]);
    expect(body.resources[0].schema.fields.map((field: { name: string }) => field.name)).toContain('percent_exact');
  });

  it('a quarter without a published report is empty; bad input is 400', async () => {
    const { body } = await world.api.anonymous.get('/open-data/2020-Q4/rankings.json').expect(200);
    expect(body).toEqual([]);
    const format = await world.api.anonymous.get(`/open-data/${PERIOD}/rankings.xlsx`).expect(400);
    expect(format.body.errors[0]).toMatchObject({ field: 'format' });
    const period = await world.api.anonymous.get('/open-data/2021-Q7/scores.csv').expect(400);
    expect(period.body.errors[0]).toMatchObject({ field: 'period' });
  });

  it(`limits each address to ${OPEN_DATA_REQUESTS_PER_WINDOW} requests a minute: 429 with Retry-After`, async () => {
    let limited: { status: number; headers: Record<string, string>; body: { code?: string } } | undefined;
    for (let attempt = 0; attempt <= OPEN_DATA_REQUESTS_PER_WINDOW + 1 && limited === undefined; attempt += 1) {
      const response = await world.api.anonymous.get('/open-data/datapackage.json');
      if (response.status === 429) limited = response;
    }
    expect(limited?.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
