import {
  AssessmentMismatchError,
  CriterionNotForBlockError,
  CriterionNotInCatalogueError,
  DuplicateSubmissionIdError,
  InvalidCommandError,
  InvalidEvidenceError,
  InvalidPeriodError,
  NotOwnUnitError,
  PeriodNotStartedError,
  RoleNotPermittedError,
  SeparationOfDutiesError,
  UnitNotActiveError,
} from '../domain-errors';
import { toDomainEvent } from '../events/event-registry';
import { toNewEvents } from '../events/new-events';
import { foldEvents } from '../shared/decider';
import { assessmentStreamId } from '../stream-ids';
import { assessmentDecider, catalogueIdForAssessment, decideAssessment } from './assessment.decider';
import { ASSESSMENT_EVENT_VERSIONS } from './assessment.events';
import {
  approve,
  evidence,
  finalize,
  given,
  inspectorTuan,
  leadReviewerHoa,
  reject,
  reviewerMinh,
  run,
  submitFigures,
  submitterLan,
  submitterOfSnv,
  withdraw,
} from '../../testing/assessment.test-kit';

describe('opening an assessment', () => {
  it('opens with the first command and fixes the catalogue version', () => {
    const { events, state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(events.map((e) => e.type)).toEqual(['AssessmentOpened', 'CriterionSubmitted']);
    expect(state).toMatchObject({
      status: 'open',
      unit: 'STTTT',
      period: '2021-Q1',
      catalogueId: 'tth-2020',
      version: 0,
    });

    const next = run([submitFigures(submitterLan, { submissionId: 's2', criterion: '3.1.1' })], state).events;
    expect(next.map((e) => e.type)).toEqual(['CriterionSubmitted']);
  });

  it('refuses facts computed for another catalogue version, unit or period', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(approve(reviewerMinh, 's1', undefined, { assessment: { catalogueId: 'tth-2026' } }))).toThrow(
      AssessmentMismatchError,
    );
    expect(() => g.when(approve(reviewerMinh, 's1', undefined, { assessment: { period: '2021-Q2' } }))).toThrow(
      AssessmentMismatchError,
    );
    expect(() => g.when(approve(reviewerMinh, 's1', undefined, { assessment: { unit: 'SNV' } }))).toThrow(
      AssessmentMismatchError,
    );
  });

  it('tells the handler which catalogue to use: the fixed one once open, else the schedule', () => {
    expect(catalogueIdForAssessment(assessmentDecider.initialState, '2022-Q3')).toBe('tth-2020');
    const { state } = run([submitFigures(submitterLan, { submissionId: 's1' })]);
    const schedule = [
      { from: '2021-Q1', catalogueId: 'tth-2020' },
      { from: '2021-Q1', catalogueId: 'x' },
    ] as const;
    // The open assessment answers with its own version, whatever the schedule says now.
    expect(catalogueIdForAssessment(state, '2021-Q1', schedule)).toBe('tth-2020');
  });

  it('normalises the period and stores the catalogue id in lower case', () => {
    const events = decideAssessment(
      submitFigures(submitterLan, { submissionId: 's1' }, { assessment: { catalogueId: 'TTH-2020' } }),
      assessmentDecider.initialState,
    );
    expect(events[0].data).toMatchObject({ catalogueId: 'tth-2020', period: '2021-Q1' });
    expect(() =>
      decideAssessment(
        submitFigures(submitterLan, { submissionId: 's1' }, { assessment: { period: '2021Q1' } }),
        assessmentDecider.initialState,
      ),
    ).toThrow(InvalidPeriodError);
  });
});

describe('who may act', () => {
  it('binds a submitter to their own unit', () => {
    expect(() => run([submitFigures(submitterOfSnv, { submissionId: 's1' })])).toThrow(NotOwnUnitError);
    expect(() => run([submitFigures(reviewerMinh, { submissionId: 's1' })])).toThrow(RoleNotPermittedError);
    expect(() => run([submitFigures(inspectorTuan, { submissionId: 's1' })])).toThrow(RoleNotPermittedError);
  });

  it('lets only reviewers and lead reviewers review', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(approve(submitterLan, 's1'))).toThrow(RoleNotPermittedError);
    expect(() => g.when(approve(inspectorTuan, 's1'))).toThrow(RoleNotPermittedError);
    expect(g.when(approve(leadReviewerHoa, 's1'))[0].type).toBe('SubmissionApproved');
  });

  it('never lets anyone review a submission they submitted, even after becoming a reviewer', () => {
    // lan.stttt submitted as a submitter, then the account was made a reviewer.
    const lanAsReviewer = { username: 'lan.stttt', role: 'reviewer' as const };
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(approve(lanAsReviewer, 's1'))).toThrow(SeparationOfDutiesError);
    expect(() => g.when(reject(lanAsReviewer, 's1', 'Sai'))).toThrow(SeparationOfDutiesError);
    expect(() => g.when(approve({ username: 'lan.stttt', role: 'lead_reviewer' }, 's1'))).toThrow(
      SeparationOfDutiesError,
    );
  });
});

describe('facts the handler passes in', () => {
  it('accepts nothing for a unit that did not exist in the quarter (dissolved, merged away)', () => {
    const dissolved = { assessment: { unitActive: false } };
    expect(() => run([submitFigures(submitterLan, { submissionId: 's1' }, dissolved)])).toThrow(UnitNotActiveError);
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(approve(reviewerMinh, 's1', undefined, dissolved))).toThrow(UnitNotActiveError);
    expect(() => g.when(finalize(reviewerMinh, dissolved))).toThrow(UnitNotActiveError);
  });

  it('refuses a criterion outside the catalogue or outside the unit’s block', () => {
    expect(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionExists: false })])).toThrow(
      CriterionNotInCatalogueError,
    );
    expect(() => run([submitFigures(submitterLan, { submissionId: 's1', criterionAppliesToBlock: false })])).toThrow(
      CriterionNotForBlockError,
    );
  });

  it('refuses figures for a quarter that has not started (Vietnam time)', () => {
    // 2021-Q2 starts at 2021-04-01T00:00+07:00 = 2021-03-31T17:00Z.
    const q2 = { assessment: { period: '2021-Q2' } };
    expect(() =>
      run([submitFigures(submitterLan, { submissionId: 's1' }, { ...q2, at: '2021-03-31T16:59:59Z' })]),
    ).toThrow(PeriodNotStartedError);
    expect(
      run([submitFigures(submitterLan, { submissionId: 's1' }, { ...q2, at: '2021-03-31T17:00:00Z' })]).events,
    ).toHaveLength(2);
  });
});

describe('checking the command', () => {
  it('validates evidence shape: number, date, signer, and a link or a file hash', () => {
    const submitWith = (item: object) => () =>
      run([submitFigures(submitterLan, { submissionId: 's1', evidence: [item as typeof evidence] })]);
    expect(submitWith({ ...evidence, url: 'ftp://example.org/x.pdf' })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, url: 'not a url' })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, url: undefined })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, documentNumber: '' })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, signer: undefined })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, documentDate: '2021-02-30' })).toThrow(InvalidEvidenceError);
    expect(submitWith({ ...evidence, documentDate: '2021-04-06' })).toThrow(/after the submission date/);
    expect(submitWith({ ...evidence, url: null, sha256: 'abc' })).toThrow(InvalidEvidenceError);

    const hash = 'A'.repeat(64);
    const { events } = run([
      submitFigures(submitterLan, { submissionId: 's1', evidence: [{ ...evidence, url: null, sha256: hash }] }),
    ]);
    expect(events[1].data).toMatchObject({ evidence: [{ url: null, sha256: 'a'.repeat(64) }] });
    try {
      submitWith({ ...evidence, signer: ' ' })();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INVALID_EVIDENCE',
        httpStatus: 422,
        details: { index: 0, field: 'signer' },
      });
    }
  });

  it('stores inputs as plain JSON values and refuses anything else', () => {
    // A code outside the catalogue, so the scoring engine does not score them: the decider's own shape check.
    const submitInputs = (inputs: unknown) => () =>
      run([
        submitFigures(submitterLan, {
          submissionId: 's1',
          criterion: '9.9.9',
          inputs: inputs as Record<string, string>,
        }),
      ]);
    expect(submitInputs({})).toThrow(InvalidCommandError);
    expect(submitInputs([1, 2])).toThrow(InvalidCommandError);
    expect(submitInputs({ a: { nested: 1 } })).toThrow(InvalidCommandError);
    expect(submitInputs({ a: Number.NaN })).toThrow(InvalidCommandError);
    expect(submitInputs({ 'a b': 1 })).toThrow(InvalidCommandError);
    expect(submitInputs({ value: true, option: 2, a: '1/3' })).not.toThrow();
  });

  it('checks the envelope and ids', () => {
    expect(() => run([submitFigures(submitterLan, { submissionId: 's1' }, { at: 'yesterday' })])).toThrow(
      InvalidCommandError,
    );
    expect(() => run([submitFigures(submitterLan, { submissionId: 'has space' })])).toThrow(InvalidCommandError);
    expect(() => run([submitFigures(submitterLan, { submissionId: 's1', criterion: '1..2' })])).toThrow(
      InvalidCommandError,
    );
    expect(() => run([submitFigures({ username: 'x', role: 'superuser' as 'admin' }, { submissionId: 's1' })])).toThrow(
      InvalidCommandError,
    );
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    expect(() => g.when(submitFigures(submitterLan, { submissionId: 's1', criterion: '3.1.1' }))).toThrow(
      DuplicateSubmissionIdError,
    );
  });

  it('changes nothing when it refuses: no events, the state as it was', () => {
    const g = given([submitFigures(submitterLan, { submissionId: 's1' })]);
    const before = JSON.stringify(g.state);
    expect(() => g.when(withdraw(submitterOfSnv, 's1'))).toThrow();
    expect(JSON.stringify(g.state)).toBe(before);
  });
});

describe('retried commands', () => {
  it('decides nothing new for a command already in the stream, and the store gets the same event ids', () => {
    const command = submitFigures(submitterLan, { submissionId: 's1' }, { commandId: 'c-retry' });
    const streamId = assessmentStreamId('STTTT', '2021-Q1');
    const first = toNewEvents(streamId, decideAssessment(command, assessmentDecider.initialState), command.metadata);
    // The handler's append failed ambiguously and it retries from an unchanged stream: same ids.
    const again = toNewEvents(streamId, decideAssessment(command, assessmentDecider.initialState), command.metadata);
    expect(again.map((e) => e.id)).toEqual(first.map((e) => e.id));

    // The append had in fact succeeded: folding the stored events (with metadata) recognises the command.
    const stored = first.map((e) => toDomainEvent(e, ASSESSMENT_EVENT_VERSIONS));
    const state = foldEvents(assessmentDecider, stored);
    expect(decideAssessment(command, state)).toEqual([]);
    // A different command with the same submission id is still a conflict.
    expect(() => decideAssessment(submitFigures(submitterLan, { submissionId: 's1' }), state)).toThrow(
      DuplicateSubmissionIdError,
    );
  });
});
