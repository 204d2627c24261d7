import { randomUUID } from 'node:crypto';
import { assessmentStreamId } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * Events written by an older version of the system stay in the store as they were: the API reads them
 * through the domain's upcasters. Here a CriterionSubmitted of schema version 1 (one evidence document in
 * flat fields) is stored raw, then reviewed and read through HTTP like any current event.
 */
const UNIT = 'STTTT';
const PERIOD = '2021-Q1';

describe('old event schema versions are upcast on read (API)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reviews and scores a CriterionSubmitted v1 stored by an earlier release', async () => {
    const submitter = await api.as('sub-stttt');
    const reviewer = await api.as('reviewer');
    await submitter
      .post(`/assessments/${UNIT}/${PERIOD}/criteria/7.1.1/submissions`)
      .send({ inputs: { a: 1000, b: 50 } })
      .expect(201);

    const stream = assessmentStreamId(UNIT, PERIOD);
    const stored: RecordedEvent[] = [];
    for await (const event of api.store.readStream(stream)) stored.push(event);
    const current = stored.find((event) => event.type === 'CriterionSubmitted');
    expect(current?.schemaVersion).toBe(2);

    // The v1 shape: no evidence list and no `supersedes`, one document in flat fields.
    const { evidence: _evidence, supersedes: _supersedes, ...rest } = current!.data as Record<string, unknown>;
    const submissionId = randomUUID();
    const v1 = {
      ...rest,
      criterion: '7.1.3',
      submissionId,
      inputs: { a: 1000, b: 25 },
      evidenceUrl: 'https://stttt.thuathienhue.gov.vn/van-ban/7-BC-STTTT.pdf',
      evidenceDocumentNumber: '7/BC-STTTT',
      evidenceDocumentDate: '2021-03-20',
      evidenceSigner: 'Trần Thị Lan',
    };
    await api.store.append(
      stream,
      [{ id: randomUUID(), type: 'CriterionSubmitted', schemaVersion: 1, data: v1, metadata: current!.metadata }],
      stored[stored.length - 1].revision,
    );

    await reviewer.post(`/assessments/${UNIT}/${PERIOD}/submissions/${submissionId}/approve`).send({}).expect(200);

    const quarter = await reviewer.get(`/assessments/${UNIT}/${PERIOD}`).expect(200);
    const criterion = (quarter.body.criteria as Array<Record<string, unknown>>).find((c) => c.code === '7.1.3') as {
      points: { exact: string };
      official: { submissionId: string; evidence?: Array<{ documentNumber: string }> } | null;
    };
    // 25/1000 = 2.5% < 5% → 2.5%/5% × 3 = 1.5 points.
    expect(criterion.points.exact).toBe('3/2');
    // The approved submission is the official value (not repeated among the latest submissions).
    const official = criterion.official;
    expect(official?.submissionId).toBe(submissionId);
    if (official?.evidence !== undefined) {
      expect(official.evidence.map((document) => document.documentNumber)).toEqual(['7/BC-STTTT']);
    }
  });
});
