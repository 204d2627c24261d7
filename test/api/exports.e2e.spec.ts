import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { binary, PERIOD, readPdf, startExportsWorld, type ExportsWorld } from './exports.world';

/**
 * PDFs, Excel and CSV exports through HTTP against the real API and projector (see exports.world.ts for
 * the quarter and its figures). Every file is opened and read back: xlsx with exceljs, CSV rows, PDF text
 * with poppler's pdftotext, and page 1 rendered to PNG (kept under EXPORTS_PNG_DIR when set, for the README).
 */
const PROBLEM = /application\/problem\+json/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PNG_DIR = process.env.EXPORTS_PNG_DIR;

function bytes(test: Test): Promise<Buffer> {
  return test
    .buffer(true)
    .parse(binary as never)
    .then((response) => response.body as Buffer);
}

async function workbookOf(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(content));
  return workbook;
}

function csvRows(content: Buffer): string[][] {
  const text = content.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );
}

describe('exports: PDF, Excel and CSV', () => {
  let world: ExportsWorld;

  beforeAll(async () => {
    world = await startExportsWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  describe('GET /reports/{unit}/{period}.pdf', () => {
    it('renders the published version with the motto, the unit, the groups and a replayable footer', async () => {
      const json = await world.as('leader').get(`/reports/STTTT/${PERIOD}`).expect(200);
      expect(json.body.versions).toHaveLength(1);
      const position = json.body.versions[0].position as string;

      const response = await world
        .as('leader')
        .get(`/reports/STTTT/${PERIOD}.pdf`)
        .buffer(true)
        .parse(binary as never)
        .expect(200)
        .expect('Content-Type', /application\/pdf/)
        .expect('Content-Disposition', /bao-cao-STTTT-2021-Q1-v1\.pdf/);
      if (PNG_DIR !== undefined) mkdirSync(PNG_DIR, { recursive: true });
      const { text, pages } = readPdf(response.body as Buffer, PNG_DIR && join(PNG_DIR, 'report-pdf'));
      expect(pages).toBeGreaterThanOrEqual(2);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND TỈNH THỪA THIÊN HUẾ',
        'BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ',
        'Sở Thông tin và Truyền thông (STTTT)',
        'Quý 1/2021',
        'tth-2020',
        'Phiên bản 1',
        'Đã mở lại',
        'Tiêu chí không áp dụng',
        'Trang 1/',
        `vị trí sự kiện ${position}`,
        `asOf=${position}`,
      ]) {
        expect(text).toContain(expected);
      }
      // Version 1 as finalized: 7.1.1 at 3,20 and the total 5,20, not the correction approved since (4 → 6).
      expect(text).toMatch(/7\.1\.1[\s\S]*?3,20/);
      expect(text).toMatch(/5,20 \/ 253,00 điểm/);
      // In the group's table (the explanation column wraps) and in full in the not-applicable list.
      expect(text).toMatch(/7\.1\.2[\s\S]*?Không áp dụng: Đơn vị/);
      expect(text).toMatch(/Tiêu chí không áp dụng[\s\S]*7\.1\.2[\s\S]*Đơn vị không có cán bộ chuyên trách CNTT/);
      expect(text).toContain('8,00%');
    });

    it('answers the JSON route and the PDF route side by side; a missing version is 404, another unit 403', async () => {
      await world.as('leader').get(`/reports/STTTT/${PERIOD}`).expect(200).expect('Content-Type', /json/);
      const missing = await world.as('leader').get(`/reports/STTTT/${PERIOD}.pdf?version=2`).expect(404);
      expect(missing.body).toMatchObject({ code: 'REPORT_VERSION_NOT_FOUND' });
      const other = await world.as('sub-snv').get(`/reports/STTTT/${PERIOD}.pdf`).expect(403);
      expect(other.body).toMatchObject({ code: 'NOT_OWN_UNIT' });
      await world.as('sub-stttt').get(`/reports/STTTT/${PERIOD}.pdf?version=1`).expect(200);
      const bad = await world
        .as('leader')
        .get('/reports/STTTT/2021-Q9.pdf')
        .expect(400)
        .expect('Content-Type', PROBLEM);
      expect(bad.body.errors[0]).toMatchObject({ field: 'period' });
    });

    it('marks a report never published as such, with the current figures', async () => {
      const pdf = await bytes(world.as('reviewer').get(`/reports/SNV/${PERIOD}.pdf`).expect(200));
      const { text } = readPdf(pdf);
      expect(text).toContain('Chưa công bố');
      expect(text).toMatch(/2,00 \/ 256,00 điểm/);
      // Nothing recorded at all: the block's criteria, none reported, 0 of the full maximum.
      const empty = readPdf(await bytes(world.as('reviewer').get('/reports/SNV/2021-Q2.pdf').expect(200))).text;
      expect(empty).toMatch(/0,00 \/ 256,00 điểm/);
      expect(empty).toContain('Chưa nộp số liệu');
    });
  });

  describe('GET /rankings/{period}.pdf', () => {
    it('has a table per block, the province roll-up and the units that did not report', async () => {
      await world.as('leader').get(`/rankings/${PERIOD}`).expect(200).expect('Content-Type', /json/);
      const pdf = await bytes(
        world
          .as('sub-hue')
          .get(`/rankings/${PERIOD}.pdf`)
          .expect(200)
          .expect('Content-Type', /application\/pdf/),
      );
      const { text } = readPdf(pdf, PNG_DIR && join(PNG_DIR, 'ranking-pdf'));
      for (const expected of [
        'BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ',
        'Xếp hạng Khối sở, ban, ngành',
        'Xếp hạng Khối UBND cấp huyện',
        'Tổng hợp toàn tỉnh',
        'Đơn vị chưa báo cáo',
        'Sở Thông tin và Truyền thông',
        'Thành phố Huế',
        'Trang 1/',
      ]) {
        expect(text).toContain(expected);
      }
      // The projection now: STTTT at 6 points (2,37 %) ranks first among departments.
      expect(text).toMatch(/1\s+Sở Thông tin và Truyền thông\s+6,00\s+2,37/);
    });
  });

  describe('Excel', () => {
    it('scores.xlsx: Vietnamese headers, frozen header row, autofilter, numbers and dates as such', async () => {
      const content = await bytes(
        world.as('inspector').get(`/exports/${PERIOD}/scores.xlsx`).expect(200).expect('Content-Type', XLSX),
      );
      const workbook = await workbookOf(content);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe(`Điểm ${PERIOD}`);
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Quý',
        'Mã đơn vị',
        'Đơn vị',
        'Khối',
        'Nhóm',
        'Mã tiêu chí',
        'Tiêu chí',
        'Số liệu',
        'Điểm',
        'Điểm tối đa',
        'Trạng thái',
        'Lý do không áp dụng',
        'Người duyệt',
        'Thời điểm duyệt',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe('A1:N1');
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      const row = rows.find((values) => values[2] === 'STTTT' && values[6] === '7.1.1');
      expect(row).toBeDefined();
      const excelRow = sheet.getRow(rows.indexOf(row as unknown[]) + 2);
      expect(excelRow.getCell(9).value).toBe(4);
      expect(excelRow.getCell(9).numFmt).toBe('#,##0.00');
      expect(excelRow.getCell(10).value).toBe(4);
      expect(excelRow.getCell(11).value).toBe('Đã duyệt');
      expect(excelRow.getCell(13).value).toBe('reviewer');
      expect(excelRow.getCell(14).value).toBeInstanceOf(Date);
      expect(excelRow.getCell(14).numFmt).toBe('dd/mm/yyyy hh:mm');
      expect(String(excelRow.getCell(8).value)).toMatch(/\(a\) = 50; .*\(b\) = 5/);
      expect(String(excelRow.getCell(5).value)).toMatch(/^7\. /);
      expect(excelRow.getCell(4).value).toBe('Khối sở, ban, ngành');
      const notApplicable = rows.find((values) => values[2] === 'STTTT' && values[6] === '7.1.2');
      expect(notApplicable?.slice(11, 13)).toEqual(['Không áp dụng', 'Đơn vị không có cán bộ chuyên trách CNTT']);
      // Every criterion of the three reporting units' blocks, one row each.
      const units = new Set(rows.map((values) => values[2]));
      expect([...units].sort()).toEqual(['HUE', 'SNV', 'STTTT']);
    });

    it('rankings.xlsx: a sheet per block', async () => {
      const workbook = await workbookOf(
        await bytes(world.as('leader').get(`/exports/${PERIOD}/rankings.xlsx`).expect(200)),
      );
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Khối sở, ban, ngành', 'Khối UBND cấp huyện']);
      const departments = workbook.worksheets[0];
      expect(departments.getRow(1).getCell(3).value).toBe('Thứ hạng');
      expect(departments.getRow(2).getCell(4).value).toBe('STTTT');
      expect(departments.getRow(2).getCell(3).value).toBe(1);
      expect(departments.getRow(2).getCell(8).value).toBe(2.37);
      expect(departments.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('series.xlsx: units × quarters', async () => {
      const workbook = await workbookOf(
        await bytes(
          world.as('reviewer').get('/exports/series.xlsx?from=2020-Q4&to=2021-Q1&block=department').expect(200),
        ),
      );
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('Diễn biến theo quý');
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Mã đơn vị',
        'Đơn vị',
        'Khối',
        'Quý 4/2020 (%)',
        'Quý 1/2021 (%)',
      ]);
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      expect(rows.find((values) => values[1] === 'STTTT')?.[5]).toBe(2.37);
      expect(rows.every((values) => values[3] === 'Khối sở, ban, ngành')).toBe(true);
    });

    it('submissions.xlsx: every submission and its review', async () => {
      const workbook = await workbookOf(
        await bytes(world.as('inspector').get(`/exports/${PERIOD}/submissions.xlsx`).expect(200)),
      );
      const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
      expect(rows).toHaveLength(7);
      const byId = (id: string) => rows.find((values) => values[6] === id);
      expect(byId(world.ids.stttt1)?.[14]).toBe('Đã duyệt');
      expect(byId(world.ids.stttt3)?.[10]).toBe(world.ids.stttt1);
      expect(byId(world.ids.stttt3)?.[11]).toBe('Bổ sung 1 cán bộ chuyên trách tuyển dụng trong quý');
      expect(byId(world.ids.hue2)?.[14]).toBe('Chờ duyệt');
      expect(byId(world.ids.hue2)?.[15]).toBeUndefined();
      expect(byId(world.ids.stttt1)?.[13]).toBeInstanceOf(Date);
    });
  });

  describe('CSV', () => {
    it('scores.csv: UTF-8 with BOM, the same columns, numbers with 2 decimals', async () => {
      const content = await bytes(
        world
          .as('leader')
          .get(`/exports/${PERIOD}/scores.csv`)
          .expect(200)
          .expect('Content-Type', /text\/csv/),
      );
      const rows = csvRows(content);
      expect(rows[0].slice(0, 3)).toEqual(['Quý', 'Mã đơn vị', 'Đơn vị']);
      const row = rows.find((cells) => cells[1] === 'STTTT' && cells[5] === '7.1.1');
      expect(row?.slice(8, 11)).toEqual(['4.00', '4.00', 'Đã duyệt']);
      expect(row?.[2]).toBe('Sở Thông tin và Truyền thông');
    });

    it('rankings.csv holds both blocks under one header; submissions.csv and series.csv too', async () => {
      const rankings = csvRows(await bytes(world.as('leader').get(`/exports/${PERIOD}/rankings.csv`).expect(200)));
      expect(rankings[0][1]).toBe('Khối');
      expect(new Set(rankings.slice(1).map((cells) => cells[1]))).toEqual(
        new Set(['Khối sở, ban, ngành', 'Khối UBND cấp huyện']),
      );
      const submissions = csvRows(
        await bytes(world.as('inspector').get(`/exports/${PERIOD}/submissions.csv`).expect(200)),
      );
      expect(submissions).toHaveLength(8);
      const series = csvRows(
        await bytes(world.as('leader').get('/exports/series.csv?from=2021-Q1&to=2021-Q1').expect(200)),
      );
      expect(series[0]).toEqual(['Mã đơn vị', 'Đơn vị', 'Khối', 'Quý 1/2021 (%)']);
    });
  });

  describe('who may export what', () => {
    it('a submitter gets their own unit’s scores and submissions only', async () => {
      const rows = csvRows(await bytes(world.as('sub-stttt').get(`/exports/${PERIOD}/scores.csv`).expect(200)));
      expect(new Set(rows.slice(1).map((cells) => cells[1]))).toEqual(new Set(['STTTT']));
      const own = csvRows(
        await bytes(world.as('sub-hue').get(`/exports/${PERIOD}/submissions.csv?unit=HUE`).expect(200)),
      );
      expect(own.slice(1).map((cells) => cells[1])).toEqual(['HUE', 'HUE']);
      const other = await world.as('sub-stttt').get(`/exports/${PERIOD}/scores.xlsx?unit=SNV`).expect(403);
      expect(other.body).toMatchObject({ code: 'NOT_OWN_UNIT' });
      for (const path of [`/exports/${PERIOD}/rankings.xlsx`, '/exports/series.csv?from=2021-Q1&to=2021-Q1']) {
        const refused = await world.as('sub-stttt').get(path).expect(403);
        expect(refused.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
      }
    });

    it('an administrator exports nothing; no token is 401; a bad format or period is 400, a reversed range 422', async () => {
      await world.as('admin').get(`/exports/${PERIOD}/scores.xlsx`).expect(403);
      await world.api.anonymous.get(`/exports/${PERIOD}/scores.xlsx`).expect(401);
      const format = await world
        .as('leader')
        .get(`/exports/${PERIOD}/scores.pdf`)
        .expect(400)
        .expect('Content-Type', PROBLEM);
      expect(format.body.errors[0]).toMatchObject({ field: 'format' });
      const period = await world.as('leader').get('/exports/2021-Q5/scores.csv').expect(400);
      expect(period.body.errors[0]).toMatchObject({ field: 'period' });
      // A reversed range is well-formed: the domain refuses it, 422 as on every read route.
      await world
        .as('leader')
        .get('/exports/series.xlsx?from=2021-Q2&to=2021-Q1')
        .expect(422)
        .expect('Content-Type', PROBLEM);
    });
  });
});
