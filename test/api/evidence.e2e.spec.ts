import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { assessmentStreamId, evidenceStreamId } from '@dti/domain';
import { docx, EXE, HTML, PNG, pdf, xlsx, zip } from './evidence-fixtures';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * Evidence files through HTTP against the real app, event store and a real directory: upload (content
 * addressed, limits, media types from bytes, own unit only), download (who may read, headers), and
 * submissions citing files by hash.
 */
const PROBLEM = /application\/problem\+json/;
const MAX_BYTES = 64 * 1024;
const PDF_TYPE = 'application/pdf';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files over HTTP', () => {
  let api: ApiTestApp;
  let directory: string;
  let stttt: HttpClient;
  let snv: HttpClient;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dti-evidence-e2e-'));
    api = await startApiTestApp({ env: { EVIDENCE_DIR: directory, EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
    stttt = await api.as('sub-stttt');
    snv = await api.as('sub-snv');
  });

  afterAll(async () => {
    await api?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const upload = (
    client: HttpClient,
    bytes: Buffer,
    filename: string,
    contentType = 'application/octet-stream',
    path = '/evidence',
  ) => client.post(path).attach('file', bytes, { filename, contentType });

  const storedFiles = async (): Promise<string[]> => {
    const shards = await readdir(join(directory, 'sha256')).catch(() => [] as string[]);
    const files: string[] = [];
    for (const shard of shards) files.push(...(await readdir(join(directory, 'sha256', shard))));
    return files.sort();
  };
  const staging = () => readdir(join(directory, 'staging')).catch(() => [] as string[]);

  const streamEvents = async (streamId: string) => {
    const events = [];
    for await (const event of api.store.readStream(streamId)) events.push(event);
    return events;
  };

  describe('upload', () => {
    it('stores a PDF under its SHA-256 and records who uploaded it for which unit', async () => {
      const bytes = pdf('upload');
      const response = await upload(stttt, bytes, 'Báo cáo quý 1.pdf', 'application/pdf').expect(201);
      expect(response.body).toEqual({
        sha256: sha256(bytes),
        name: 'Báo cáo quý 1.pdf',
        size: bytes.length,
        mediaType: PDF_TYPE,
        unit: 'STTTT',
      });
      expect(await readFile(join(directory, 'sha256', sha256(bytes).slice(0, 2), sha256(bytes)))).toEqual(bytes);
      const [event] = await streamEvents(evidenceStreamId(sha256(bytes)));
      expect(event).toMatchObject({
        type: 'EvidenceFileStored',
        data: { sha256: sha256(bytes), unit: 'STTTT', name: 'Báo cáo quý 1.pdf', mediaType: PDF_TYPE },
        metadata: { actor: 'sub-stttt', role: 'submitter' },
      });
    });

    it('detects PNG, docx and xlsx from their bytes, whatever they are called or declared as', async () => {
      const png = await upload(stttt, PNG, 'ảnh chụp.jpg', 'application/pdf').expect(201);
      expect(png.body).toMatchObject({ sha256: sha256(PNG), mediaType: 'image/png', name: 'ảnh chụp.jpg.png' });
      const word = docx('upload');
      expect((await upload(stttt, word, 'Kế hoạch.docx').expect(201)).body).toMatchObject({
        sha256: sha256(word),
        mediaType: DOCX_TYPE,
      });
      const sheet = await xlsx();
      expect((await upload(stttt, sheet, 'so-lieu.xlsx').expect(201)).body).toMatchObject({
        sha256: sha256(sheet),
        mediaType: XLSX_TYPE,
      });
    });

    it('stores identical bytes once, and records a retry under the same name once', async () => {
      const bytes = pdf('twice');
      const first = await upload(stttt, bytes, 'a.pdf').expect(201);
      const again = await upload(stttt, bytes, 'a.pdf').expect(201);
      expect(again.body).toEqual(first.body);
      const byOtherUnit = await upload(snv, bytes, 'b.pdf').expect(201);
      expect(byOtherUnit.body).toMatchObject({ sha256: sha256(bytes), unit: 'SNV', name: 'b.pdf' });
      expect((await storedFiles()).filter((name) => name === sha256(bytes))).toHaveLength(1);
      const events = await streamEvents(evidenceStreamId(sha256(bytes)));
      expect(events.map((event) => [event.data.unit, event.data.name])).toEqual([
        ['STTTT', 'a.pdf'],
        ['SNV', 'b.pdf'],
      ]);
    });

    it('refuses a file over EVIDENCE_MAX_BYTES with 413, keeping nothing (no file, no staged part)', async () => {
      const before = await storedFiles();
      const justOver = Buffer.concat([pdf('big'), Buffer.alloc(MAX_BYTES, 0x20)]);
      const streamed = await upload(stttt, justOver, 'lớn.pdf').expect(413);
      expect(streamed.headers['content-type']).toMatch(PROBLEM);
      expect(streamed.body).toMatchObject({
        code: 'EVIDENCE_TOO_LARGE',
        details: { field: 'file', maxBytes: MAX_BYTES },
      });
      // Far over: refused from Content-Length before the body is read.
      const farOver = Buffer.concat([pdf('huge'), Buffer.alloc(4 * MAX_BYTES, 0x20)]);
      expect((await upload(stttt, farOver, 'rất lớn.pdf').expect(413)).body.code).toBe('EVIDENCE_TOO_LARGE');
      expect(await storedFiles()).toEqual(before);
      expect(await staging()).toEqual([]);
      expect(await streamEvents(evidenceStreamId(sha256(justOver)))).toEqual([]);
    });

    it('cuts off a chunked body that goes on far past the limit, keeping nothing', async () => {
      const before = await storedFiles();
      // supertest listens per request; a raw client needs the server listening meanwhile.
      await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
      const address = api.server.address() as AddressInfo;
      const outcome = await new Promise<string>((resolve) => {
        const boundary = 'evidence-boundary';
        const upload = httpRequest({
          host: '127.0.0.1',
          port: address.port,
          method: 'POST',
          path: '/evidence',
          headers: {
            Authorization: `Bearer ${stttt.token}`,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            'Transfer-Encoding': 'chunked',
          },
        });
        upload.on('response', (response) => {
          upload.destroy();
          resolve(`answered ${response.statusCode}`);
        });
        upload.on('error', () => resolve('connection closed'));
        upload.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="vo-han.pdf"\r\n\r\n%PDF-1.4\n`,
        );
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const pump = () => {
          // Never ends on its own: only the server can stop it (else the test times out).
          while (!upload.destroyed && upload.write(chunk));
          if (!upload.destroyed) upload.once('drain', pump);
        };
        pump();
      });
      await new Promise((resolve) => api.server.close(resolve));
      expect(['connection closed', 'answered 413']).toContain(outcome);
      await waitFor(async () => (await staging()).length === 0);
      expect(await storedFiles()).toEqual(before);
    });

    it('refuses files lying about their type with 415, keeping nothing', async () => {
      const before = await storedFiles();
      for (const [bytes, name, detected] of [
        [EXE, 'bao-cao.pdf', 'application/x-msdownload'],
        [HTML, 'bao-cao.pdf', null],
        [zip([{ name: 'readme.txt', data: 'not an office document' }]), 'bao-cao.docx', 'application/zip'],
        [Buffer.from('plain text, no signature'), 'ghi-chu.pdf', null],
      ] as const) {
        const response = await upload(stttt, bytes, name, 'application/pdf').expect(415);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({
          code: 'EVIDENCE_TYPE_NOT_ALLOWED',
          details: { field: 'file', detected },
        });
        expect(await streamEvents(evidenceStreamId(sha256(bytes)))).toEqual([]);
      }
      expect(await storedFiles()).toEqual(before);
      expect(await staging()).toEqual([]);
    });

    it('lets a submitter upload for their own unit only, and no other role upload at all', async () => {
      const bytes = pdf('not mine');
      const byQuery = await upload(stttt, bytes, 'x.pdf', PDF_TYPE, '/evidence?unit=SNV').expect(403);
      expect(byQuery.body.code).toBe('NOT_OWN_UNIT');
      const byField = await stttt.post('/evidence').field('unit', 'SNV').attach('file', bytes, 'x.pdf').expect(403);
      expect(byField.body.code).toBe('NOT_OWN_UNIT');
      await stttt.post('/evidence').field('unit', 'STTTT').attach('file', pdf('mine'), 'x.pdf').expect(201);
      await upload(stttt, pdf('mine'), 'x.pdf', PDF_TYPE, '/evidence?unit=STTTT').expect(201);
      const reviewer = await api.as('reviewer');
      expect((await upload(reviewer, bytes, 'x.pdf').expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
      expect(await streamEvents(evidenceStreamId(sha256(bytes)))).toEqual([]);
      expect(await staging()).toEqual([]);
    });

    it('refuses what is not a multipart form with one file in the field "file"', async () => {
      const json = await stttt.post('/evidence', { file: 'x' }).expect(400);
      expect(json.body).toMatchObject({ code: 'EVIDENCE_UPLOAD_INVALID', details: { field: 'Content-Type' } });
      const noFile = await stttt.post('/evidence').field('unit', 'STTTT').expect(400);
      expect(noFile.body).toMatchObject({ code: 'EVIDENCE_UPLOAD_INVALID', details: { field: 'file' } });
      const wrongField = await stttt.post('/evidence').attach('document', pdf('field'), 'a.pdf').expect(400);
      expect(wrongField.body.details.field).toBe('document');
      const two = await stttt
        .post('/evidence')
        .attach('file', pdf('one'), 'a.pdf')
        .attach('file', pdf('two'), 'b.pdf')
        .expect(400);
      expect(two.body.details.field).toBe('file');
      expect(await staging()).toEqual([]);
    });
  });

  describe('download', () => {
    const vietnamese = 'Báo cáo số 15/BC-STTTT “Chuyển đổi số”.pdf';
    let pdfHash: string;
    let docxHash: string;
    let pdfBytes: Buffer;

    beforeAll(async () => {
      pdfBytes = pdf('download');
      pdfHash = (await upload(stttt, pdfBytes, vietnamese).expect(201)).body.sha256;
      docxHash = (await upload(stttt, docx('download'), 'Kế hoạch.docx').expect(201)).body.sha256;
    });

    it('streams the file to every reading role with its type, length, hash and a disposition', async () => {
      for (const username of ['reviewer', 'lead', 'inspector', 'leader', 'admin', 'sub-stttt']) {
        const client = await api.as(username);
        const response = await client.get(`/evidence/${pdfHash}`).buffer(true).parse(binary).expect(200);
        expect(response.body).toEqual(pdfBytes);
        expect(response.headers).toMatchObject({
          'content-type': PDF_TYPE,
          'content-length': String(pdfBytes.length),
          'x-content-type-options': 'nosniff',
          etag: `"${pdfHash}"`,
          'cache-control': expect.stringMatching(/^private, max-age=\d+/),
        });
      }
    });

    it('opens PDFs in the browser and downloads office documents, naming them in UTF-8 (RFC 6266/8187)', async () => {
      const reviewer = await api.as('reviewer');
      const shown = await reviewer.get(`/evidence/${pdfHash}`).expect(200);
      const disposition = shown.headers['content-disposition'];
      // The name was sanitized at upload: the path separator is gone ("15/BC-STTTT" → "BC-STTTT …").
      expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe('BC-STTTT “Chuyển đổi số”.pdf');
      const word = await reviewer.get(`/evidence/${docxHash}`).buffer(true).parse(binary).expect(200);
      expect(word.headers['content-type']).toBe(DOCX_TYPE);
      expect(word.headers['content-disposition']).toContain(
        `attachment; filename="Ke hoach.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx`,
      );
      const forced = await reviewer.get(`/evidence/${pdfHash}?download=true`).expect(200);
      expect(forced.headers['content-disposition']).toMatch(/^attachment;/);
    });

    it('answers 304 to If-None-Match with the hash, and HEAD with the headers only', async () => {
      const reviewer = await api.as('reviewer');
      await reviewer.get(`/evidence/${pdfHash}`).set('If-None-Match', `"${pdfHash}"`).expect(304);
      const headers = await request(api.server)
        .head(`/evidence/${pdfHash}`)
        .set('Authorization', `Bearer ${reviewer.token}`)
        .expect(200);
      expect(headers.headers['content-length']).toBe(String(pdfBytes.length));
      expect(headers.headers['content-type']).toBe(PDF_TYPE);
    });

    it('hides a file from submitters of units it was not uploaded for', async () => {
      expect((await snv.get(`/evidence/${pdfHash}`).expect(404)).body.code).toBe('EVIDENCE_NOT_FOUND');
      expect((await snv.get(`/evidence/${pdfHash}/meta`).expect(404)).body.code).toBe('EVIDENCE_NOT_FOUND');
    });

    it('describes a file for the web app, a submitter seeing only their own unit’s uploads', async () => {
      const shared = pdf('shared meta');
      const hash = sha256(shared);
      await upload(stttt, shared, 'của STTTT.pdf').expect(201);
      await upload(snv, shared, 'của SNV.pdf').expect(201);
      const forSnv = await snv.get(`/evidence/${hash}/meta`).expect(200);
      expect(forSnv.body).toMatchObject({
        sha256: hash,
        name: 'của SNV.pdf',
        size: shared.length,
        mediaType: PDF_TYPE,
      });
      expect(forSnv.body.uploads).toEqual([
        { unit: 'SNV', name: 'của SNV.pdf', uploadedBy: 'sub-snv', uploadedAt: expect.any(String) },
      ]);
      const forInspector = await (await api.as('inspector')).get(`/evidence/${hash}/meta`).expect(200);
      expect(forInspector.body.uploads.map((u: { unit: string }) => u.unit)).toEqual(['STTTT', 'SNV']);
    });

    it('answers 400 for a malformed hash and 404 for an unknown one; upper case is the same file', async () => {
      const reviewer = await api.as('reviewer');
      for (const bad of ['abc', 'z'.repeat(64), `${'a'.repeat(64)}0`]) {
        const response = await reviewer.get(`/evidence/${bad}`).expect(400);
        expect(response.body).toMatchObject({ code: 'INVALID_EVIDENCE_HASH', details: { field: 'sha256' } });
      }
      expect((await reviewer.get(`/evidence/${'0'.repeat(64)}`).expect(404)).body.code).toBe('EVIDENCE_NOT_FOUND');
      await reviewer.get(`/evidence/${pdfHash.toUpperCase()}`).expect(200);
    });
  });

  describe('submissions citing files', () => {
    const period = '2021-Q1';
    const submissions = (unit: string, criterion: string) =>
      `/assessments/${unit}/${period}/criteria/${criterion}/submissions`;
    const cite = (hash: string) => ({
      documentNumber: '15/BC-STTTT',
      documentDate: '2021-03-25',
      signer: 'Nguyễn Văn Hùng',
      sha256: hash,
    });
    const revisionOf = async (unit: string) => (await streamEvents(assessmentStreamId(unit, period))).length;

    it('refuses a hash that was never uploaded with 422 naming the item, storing nothing', async () => {
      const before = await revisionOf('STTTT');
      const unknown = 'f'.repeat(64);
      const response = await stttt
        .post(submissions('STTTT', '7.1.1'), { inputs: { a: 250, b: 20 }, evidence: [cite(unknown)] })
        .expect(422);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        code: 'EVIDENCE_FILE_NOT_UPLOADED',
        details: { field: 'evidence[0].sha256', index: 0, sha256: unknown, unit: 'STTTT' },
      });
      expect(await revisionOf('STTTT')).toBe(before);
    });

    it('refuses a file uploaded only for another unit', async () => {
      const theirs = (await upload(snv, pdf('only SNV'), 'snv.pdf').expect(201)).body.sha256 as string;
      const mine = (await upload(stttt, pdf('cite mine'), 'mine.pdf').expect(201)).body.sha256 as string;
      const response = await stttt
        .post(submissions('STTTT', '7.1.1'), { inputs: { a: 250, b: 20 }, evidence: [cite(mine), cite(theirs)] })
        .expect(422);
      expect(response.body.details.field).toBe('evidence[1].sha256');
    });

    it('accepts a submission citing a file uploaded for the unit, and the reviewer reads that file', async () => {
      const bytes = pdf('cited');
      const hash = (await upload(stttt, bytes, 'minh chứng.pdf').expect(201)).body.sha256 as string;
      const accepted = await stttt
        .post(submissions('STTTT', '7.1.1'), { inputs: { a: 250, b: 20 }, evidence: [cite(hash.toUpperCase())] })
        .expect(201);
      expect(accepted.body).toMatchObject({ status: 'pending' });
      const events = await streamEvents(assessmentStreamId('STTTT', period));
      expect(JSON.stringify(events.at(-1)?.data)).toContain(hash);
      const reviewer = await api.as('reviewer');
      expect((await reviewer.get(`/evidence/${hash}`).buffer(true).parse(binary).expect(200)).body).toEqual(bytes);
    });

    it('still answers another unit’s submitter 403 before looking at the files', async () => {
      const response = await snv
        .post(submissions('STTTT', '7.1.1'), { inputs: { a: 250, b: 20 }, evidence: [cite('e'.repeat(64))] })
        .expect(403);
      expect(response.body.code).toBe('NOT_OWN_UNIT');
    });
  });
});

/** Polls until the condition holds (bounded by the test's timeout, never by a clock assertion). */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** supertest parser keeping any body as bytes (supertest hands the parser the raw response stream). */
function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}
