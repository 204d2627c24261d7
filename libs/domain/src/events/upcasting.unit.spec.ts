import { ASSESSMENT_EVENT_VERSIONS } from '../assessment/assessment.events';
import { assessmentDecider } from '../assessment/assessment.decider';
import type { OpenedAssessment } from '../assessment/assessment.state';
import { criterionSubmittedV1ToV2 } from '../assessment/upcasters/criterion-submitted-v1.upcaster';
import { UnsupportedEventError } from '../domain-errors';
import { foldEvents } from '../shared/decider';
import { CURRENT_EVENT_VERSIONS, isDomainEventType, toDomainEvent } from './event-registry';
import { DOMAIN_UPCASTERS, upcastEvent, type UpcasterShape } from './upcasting';

const metadata = {
  actor: 'lan.stttt',
  role: 'submitter',
  occurredAt: '2021-04-05T09:00:00+07:00',
  commandId: 'c-pilot-1',
  correlationId: 'r-pilot-1',
};

const v1Data = {
  unit: 'STTTT',
  period: '2021-Q1',
  catalogueId: 'tth-2020',
  criterion: '1.2.1',
  submissionId: 'pilot-1',
  inputs: { a: '12', b: '15' },
  submittedBy: 'lan.stttt',
  submittedAt: '2021-04-05T09:00:00+07:00',
  evidenceUrl: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
  evidenceDocumentNumber: '15/BC-STTTT',
  evidenceDocumentDate: '2021-03-25',
  evidenceSigner: 'Nguyễn Văn Hùng',
};

describe('CriterionSubmitted v1 → v2', () => {
  it('turns the single evidence document into a list of one, and adds supersedes', () => {
    expect(criterionSubmittedV1ToV2.upcast(v1Data)).toEqual({
      unit: 'STTTT',
      period: '2021-Q1',
      catalogueId: 'tth-2020',
      criterion: '1.2.1',
      submissionId: 'pilot-1',
      inputs: { a: '12', b: '15' },
      submittedBy: 'lan.stttt',
      submittedAt: '2021-04-05T09:00:00+07:00',
      evidence: [
        {
          documentNumber: '15/BC-STTTT',
          documentDate: '2021-03-25',
          signer: 'Nguyễn Văn Hùng',
          url: 'https://stttt.thuathienhue.gov.vn/van-ban/15-BC-STTTT.pdf',
          sha256: null,
        },
      ],
      supersedes: null,
    });
  });

  it('reads an empty evidenceUrl as no evidence', () => {
    expect(criterionSubmittedV1ToV2.upcast({ ...v1Data, evidenceUrl: '' })).toMatchObject({ evidence: [] });
    expect(criterionSubmittedV1ToV2.upcast({ ...v1Data, evidenceUrl: undefined })).toMatchObject({ evidence: [] });
  });

  it('refuses a v1 event it cannot read faithfully', () => {
    expect(() => criterionSubmittedV1ToV2.upcast({ ...v1Data, evidenceSigner: undefined })).toThrow(
      UnsupportedEventError,
    );
    expect(() => criterionSubmittedV1ToV2.upcast({ ...v1Data, evidenceUrl: 42 })).toThrow(UnsupportedEventError);
  });

  it('fits the event store port’s Upcaster shape and is registered', () => {
    expect(DOMAIN_UPCASTERS).toContain(criterionSubmittedV1ToV2);
    expect(criterionSubmittedV1ToV2).toMatchObject({ type: 'CriterionSubmitted', fromVersion: 1 });
  });
});

describe('upcastEvent', () => {
  it('lifts a stored v1 event so the decider folds it like a v2 one', () => {
    const stored = [
      {
        type: 'AssessmentOpened',
        schemaVersion: 1,
        data: { unit: 'STTTT', unitBlock: 'department', period: '2021-Q1', catalogueId: 'tth-2020' },
        metadata,
      },
      { type: 'CriterionSubmitted', schemaVersion: 1, data: v1Data, metadata },
    ];
    const events = stored.map((e) => toDomainEvent(upcastEvent(e), ASSESSMENT_EVENT_VERSIONS));
    const state = foldEvents(assessmentDecider, events) as OpenedAssessment;
    expect(state.submissions['pilot-1']).toMatchObject({
      status: 'pending',
      evidence: [{ documentNumber: '15/BC-STTTT', sha256: null }],
    });
    expect(upcastEvent(stored[1]).schemaVersion).toBe(2);
  });

  it('leaves current events alone and chains several steps in order', () => {
    const current = { type: 'CriterionSubmitted', schemaVersion: 2, data: { x: 1 } };
    expect(upcastEvent(current)).toEqual(current);
    const steps: UpcasterShape[] = [
      { type: 'Demo', fromVersion: 2, upcast: (d) => ({ ...d, trail: `${String(d.trail)}>3` }) },
      { type: 'Demo', fromVersion: 1, upcast: (d) => ({ ...d, trail: `${String(d.trail)}>2` }) },
    ];
    expect(upcastEvent({ type: 'Demo', schemaVersion: 1, data: { trail: '1' } }, steps)).toEqual({
      type: 'Demo',
      schemaVersion: 3,
      data: { trail: '1>2>3' },
    });
    expect(() => upcastEvent(current, [steps[0], steps[0]])).toThrow(TypeError);
    expect(() => upcastEvent(current, [steps[0], steps[0]])).toThrow(
      `Two upcasters for ${steps[0].type} v${steps[0].fromVersion}`,
    );
  });

  it('reports a failing upcaster as an unsupported event', () => {
    const failing: UpcasterShape = {
      type: 'Demo',
      fromVersion: 1,
      upcast: () => {
        throw new Error('boom');
      },
    };
    expect(() => upcastEvent({ type: 'Demo', schemaVersion: 1, data: {} }, [failing])).toThrow(UnsupportedEventError);
  });

  it('passes on an upcaster’s own UnsupportedEventError as it is', () => {
    const own = UnsupportedEventError.because('Other', 7, 'own problem');
    const refusing: UpcasterShape = {
      type: 'Demo',
      fromVersion: 1,
      upcast: () => {
        throw own;
      },
    };
    expect(() => upcastEvent({ type: 'Demo', schemaVersion: 1, data: {} }, [refusing])).toThrow(own);
    try {
      upcastEvent({ type: 'Demo', schemaVersion: 1, data: {} }, [refusing]);
    } catch (error) {
      expect(error).toBe(own);
    }
  });
});

describe('the event registry', () => {
  it('knows the domain’s event types and no others', () => {
    expect(isDomainEventType('CriterionSubmitted')).toBe(true);
    expect(isDomainEventType('Demo')).toBe(false);
    expect(isDomainEventType('toString')).toBe(false);
    expect(CURRENT_EVENT_VERSIONS.CriterionSubmitted).toBe(ASSESSMENT_EVENT_VERSIONS.CriterionSubmitted);
  });

  it('refuses an event of another stream’s family, naming its type and version', () => {
    const version = ASSESSMENT_EVENT_VERSIONS.CriterionSubmitted;
    const stored = { type: 'CriterionSubmitted', schemaVersion: version, data: {} };
    let caught: unknown;
    try {
      toDomainEvent(stored, { UnitRegistered: 1 } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnsupportedEventError);
    expect((caught as UnsupportedEventError).code).toBe('UNSUPPORTED_EVENT');
    expect((caught as UnsupportedEventError).details).toMatchObject({
      type: 'CriterionSubmitted',
      schemaVersion: version,
      problem: expect.stringContaining('not an event of this stream'),
    });
  });
});
