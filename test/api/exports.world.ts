import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlanProjector } from './plans.projector';
import { startApiTestApp, type ApiTestApp, type HttpClient } from './support';

/**
 * The real API and the real projector (in this process, on the test's own schemas and BullMQ prefix, started
 * as the plan specs start it), with one quarter driven through the command endpoints (tth-2020: a
 * department's maximum is 256):
 *
 * 2021-Q1
 *   STTTT  7.1.1 b/a = 4/50 = 8 % → 8/10 × 4 = 16/5; 1.4.1 yes → 2; 7.1.2 not applicable (its 3 points
 *          leave the maximum: 253). Finalized v1: 26/5 (5,20; 520/253 % = 2,06 %).
 *          Reopened; 7.1.1 corrected to 5/50 = 10 % → 4, approved and NOT finalized again: now 6 (2,37 %).
 *   SNV    5.1.1 100/100 → 2, approved, never finalized (unpublished).
 *   HUE    1.4.1 yes approved; 5.1.1 150/300 pending review.
 */
export interface ExportsWorld {
  api: ApiTestApp;
  as(username: string): HttpClient;
  ids: Record<string, string>;
  close(): Promise<void>;
}

export const PERIOD = '2021-Q1';

export async function startExportsWorld(): Promise<ExportsWorld> {
  const api = await startApiTestApp();
  const projector = await startPlanProjector(api, 'exports-e2e');
  const clients = new Map<string, HttpClient>();
  for (const username of ['sub-stttt', 'sub-snv', 'sub-hue', 'reviewer', 'lead', 'inspector', 'leader', 'admin']) {
    clients.set(username, await api.as(username));
  }
  const as = (username: string): HttpClient => {
    const client = clients.get(username);
    if (client === undefined) throw new Error(`No client for ${username}`);
    return client;
  };
  const submit = async (
    submitter: string,
    unit: string,
    criterion: string,
    inputs: Record<string, unknown>,
    correction?: { corrects: string; reason: string },
  ): Promise<string> => {
    const response = await as(submitter)
      .post(`/assessments/${unit}/${PERIOD}/criteria/${criterion}/submissions`, { inputs, ...correction })
      .expect(201);
    return response.body.submissionId as string;
  };
  const approve = async (unit: string, submissionId: string): Promise<void> => {
    await as('reviewer').post(`/assessments/${unit}/${PERIOD}/submissions/${submissionId}/approve`, {}).expect(200);
  };

  const ids: Record<string, string> = {};
  ids.stttt1 = await submit('sub-stttt', 'STTTT', '7.1.1', { a: 50, b: 4 });
  await approve('STTTT', ids.stttt1);
  ids.stttt2 = await submit('sub-stttt', 'STTTT', '1.4.1', { value: true });
  await approve('STTTT', ids.stttt2);
  const declared = await as('sub-stttt')
    .post(`/assessments/STTTT/${PERIOD}/criteria/7.1.2/not-applicable`, {
      reason: 'Đơn vị không có cán bộ chuyên trách CNTT',
    })
    .expect(201);
  ids.sttttNa = declared.body.submissionId as string;
  await approve('STTTT', ids.sttttNa);
  await as('reviewer').post(`/assessments/STTTT/${PERIOD}/finalize`).expect(200);
  await as('lead').post(`/assessments/STTTT/${PERIOD}/reopen`, { reason: 'Bổ sung cán bộ chuyên trách' }).expect(200);
  ids.stttt3 = await submit(
    'sub-stttt',
    'STTTT',
    '7.1.1',
    { a: 50, b: 5 },
    { corrects: ids.stttt1, reason: 'Bổ sung 1 cán bộ chuyên trách tuyển dụng trong quý' },
  );
  await approve('STTTT', ids.stttt3);
  ids.snv1 = await submit('sub-snv', 'SNV', '5.1.1', { a: 100, b: 100 });
  await approve('SNV', ids.snv1);
  ids.hue1 = await submit('sub-hue', 'HUE', '1.4.1', { value: true });
  await approve('HUE', ids.hue1);
  ids.hue2 = await submit('sub-hue', 'HUE', '5.1.1', { a: 300, b: 150 });

  await projector.settle();
  return {
    api,
    as,
    ids,
    close: async () => {
      await projector.stop();
      await api.close();
    },
  };
}

/** supertest: keep the body as bytes, whatever the content type. */
export function binary(response: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
  });
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The text of a PDF as poppler's pdftotext reads it (layout kept), and page 1 rendered to PNG. */
export function readPdf(pdf: Buffer, pngOut?: string): { text: string; pages: number } {
  const directory = mkdtempSync(join(tmpdir(), 'dti-pdf-'));
  try {
    const file = join(directory, 'file.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    if (pngOut !== undefined) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, pngOut]);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
    return { text, pages };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
