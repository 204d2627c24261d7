import { InvalidCommandError, RetroactiveChangeRequiresReasonError, type DomainError } from '../domain-errors';
import { toDomainEvent } from '../events/event-registry';
import { DOMAIN_UPCASTERS, upcastEvent } from '../events/upcasting';
import { dissolve, merge, register, rename, runUnit } from '../../testing/unit.test-kit';
import type { UnitCommand } from './unit.commands';
import { evolveUnit, initialUnitState, type RegisteredUnit } from './unit.decider';
import { UNIT_EVENT_VERSIONS } from './unit.events';
import { finalizedQuartersReached, finalizedQuartersScopeOf, RETROACTIVE_REASON_MAX_LENGTH } from './unit-retroactive';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('accepted');
}

/** The command with the handler's fact and, when given, the administrator's reason. */
function withFacts<C extends UnitCommand>(command: C, finalizedQuarters: string[], retroactiveReason?: unknown): C {
  return {
    ...command,
    data: {
      ...command.data,
      finalizedQuarters,
      ...(retroactiveReason === undefined ? {} : { retroactiveReason }),
    },
  } as C;
}

const REASON = 'Nghị quyết 1314/NQ-UBTVQH15 được công bố muộn; điều chỉnh theo văn bản số 12/UBND';
const registered = () => runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]).state;

describe('retroactive unit changes: which finalized quarters a change reaches', () => {
  it('reaches a quarter when effective on or before its last day, not from the first day after it', () => {
    expect(finalizedQuartersReached('2025-04-01', ['2025-Q1'])).toEqual([]);
    expect(finalizedQuartersReached('2025-03-31', ['2025-Q1'])).toEqual(['2025-Q1']);
    expect(finalizedQuartersReached('2025-01-01', ['2025-Q1'])).toEqual(['2025-Q1']);
    expect(finalizedQuartersReached('2024-06-15', ['2025-Q1'])).toEqual(['2025-Q1']);
  });

  it('lists each reached quarter once, oldest first', () => {
    expect(finalizedQuartersReached('2024-05-01', ['2025-Q1', '2024-Q1', '2024-Q2', '2025-Q1', '2024-Q4'])).toEqual([
      '2024-Q2',
      '2024-Q4',
      '2025-Q1',
    ]);
  });

  it('weighs a rename against the unit’s own reports, every other change against the province’s', () => {
    expect(finalizedQuartersScopeOf('RenameUnit', 'STTTT')).toEqual({ kind: 'units', units: ['STTTT'] });
    for (const type of ['RegisterUnit', 'MergeUnit', 'DissolveUnit'] as const) {
      expect(finalizedQuartersScopeOf(type, 'STTTT')).toEqual({ kind: 'province' });
    }
  });
});

describe('retroactive unit changes: the decider', () => {
  it('refuses a registration inside a finalized quarter without a reason, naming effectiveOn (422)', () => {
    const error = refusal(() =>
      runUnit([withFacts(register('SMOI', 'Sở Mới', 'department', '2025-03-31'), ['2024-Q4', '2025-Q1'])]),
    );
    expect(error).toBeInstanceOf(RetroactiveChangeRequiresReasonError);
    expect(error.code).toBe('RETROACTIVE_CHANGE_REQUIRES_REASON');
    expect(error.httpStatus).toBe(422);
    expect(error.details).toEqual({
      field: 'effectiveOn',
      reasonField: 'retroactiveReason',
      unit: 'SMOI',
      effectiveOn: '2025-03-31',
      finalizedQuarters: ['2025-Q1'],
    });
    expect(error.message).toMatch(/^Thay đổi hồi tố: .*Quý 1\/2025.* \/ Retroactive change: .*2025-Q1/);
  });

  it('accepts the same registration from the first day after the finalized quarter, not retroactive', () => {
    const { events } = runUnit([withFacts(register('SMOI', 'Sở Mới', 'department', '2025-04-01'), ['2025-Q1'])]);
    expect(events[0]).toMatchObject({ type: 'UnitRegistered', data: { retroactive: null } });
  });

  it('records a registration with a reason as retroactive: the reason and the finalized quarters it reaches', () => {
    const command = withFacts(
      register('SMOI', 'Sở Mới', 'department', '2024-10-01'),
      ['2024-Q3', '2024-Q4', '2025-Q1'],
      `  ${REASON}  `,
    );
    const { events, state } = runUnit([command]);
    const retroactive = { reason: REASON, finalizedQuarters: ['2024-Q4', '2025-Q1'] };
    expect(events).toEqual([
      {
        type: 'UnitRegistered',
        data: {
          code: 'SMOI',
          name: 'Sở Mới',
          nameEn: null,
          block: 'department',
          effectiveOn: '2024-10-01',
          legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020',
          retroactive,
        },
      },
    ]);
    expect((state as RegisteredUnit).names[0].retroactive).toEqual(retroactive);
  });

  it('keeps no retroactive mark in the state of an ordinary change', () => {
    const { state } = runUnit([withFacts(register('SMOI', 'Sở Mới', 'department', '2025-04-01'), [], REASON)]);
    expect((state as RegisteredUnit).names[0]).not.toHaveProperty('retroactive');
  });

  it('refuses and accepts a rename, a merger and a dissolution the same way', () => {
    const cases: Array<[string, (effectiveOn: string) => UnitCommand]> = [
      ['UnitRenamed', (on) => rename('STTTT', 'Sở Thông tin và Truyền thông (mới)', on)],
      ['UnitMerged', (on) => merge('STTTT', 'SKHCN', on, 'department')],
      ['UnitDissolved', (on) => dissolve('STTTT', on)],
    ];
    for (const [type, command] of cases) {
      const inside = refusal(() => runUnit([withFacts(command('2025-02-01'), ['2025-Q1'])], registered()));
      expect(inside).toBeInstanceOf(RetroactiveChangeRequiresReasonError);
      expect(inside.details).toMatchObject({
        unit: 'STTTT',
        effectiveOn: '2025-02-01',
        finalizedQuarters: ['2025-Q1'],
      });

      const after = runUnit([withFacts(command('2025-04-01'), ['2025-Q1'])], registered());
      expect(after.events[0]).toMatchObject({ type, data: { retroactive: null } });

      const withReason = runUnit([withFacts(command('2025-02-01'), ['2025-Q1'], REASON)], registered());
      expect(withReason.events[0]).toMatchObject({
        type,
        data: { retroactive: { reason: REASON, finalizedQuarters: ['2025-Q1'] } },
      });
      const unit = withReason.state as RegisteredUnit;
      const recorded = type === 'UnitRenamed' ? unit.names[1] : unit.end;
      expect(recorded?.retroactive).toEqual({ reason: REASON, finalizedQuarters: ['2025-Q1'] });
    }
  });

  it('refuses what it would refuse anyway for that reason first', () => {
    const state = runUnit([rename('STTTT', 'Sở A', '2025-03-01')], registered()).state;
    const error = refusal(() => runUnit([withFacts(rename('STTTT', 'Sở B', '2025-02-01'), ['2025-Q1'])], state));
    expect(error.code).toBe('UNIT_HISTORY_OUT_OF_ORDER');
  });

  it.each<[string, unknown, RegExp]>([
    ['blank', '   ', /must not be empty/],
    ['too long', 'x'.repeat(RETROACTIVE_REASON_MAX_LENGTH + 1), /at most 1000 characters/],
    ['not text', 42, /expected text/],
    ['a list', [REASON], /expected text/],
  ])('refuses a reason that is %s, naming retroactiveReason, even where none is needed', (_label, reason, problem) => {
    for (const facts of [['2025-Q1'], []]) {
      const error = refusal(() =>
        runUnit([withFacts(register('SMOI', 'Sở Mới', 'department', '2025-02-01'), facts, reason)]),
      );
      expect(error).toBeInstanceOf(InvalidCommandError);
      expect(error.details).toMatchObject({ field: 'retroactiveReason', problem: expect.stringMatching(problem) });
    }
  });

  it('accepts a reason of exactly the longest length', () => {
    const reason = 'x'.repeat(RETROACTIVE_REASON_MAX_LENGTH);
    const { events } = runUnit([
      withFacts(register('SMOI', 'Sở Mới', 'department', '2025-02-01'), ['2025-Q1'], reason),
    ]);
    expect(events[0].data.retroactive?.reason).toBe(reason);
  });

  it('treats an absent fact as nothing finalized, and refuses a malformed one naming it', () => {
    const { events } = runUnit([register('SMOI', 'Sở Mới', 'department', '2025-02-01')]);
    expect(events[0].data.retroactive).toBeNull();
    for (const [facts, described] of [
      ['2025-Q1', '"2025-Q1"'],
      [['2025-Q5'], 'a list'],
      [[2025], 'a list'],
    ] as const) {
      const command = register('SMOI', 'Sở Mới', 'department', '2025-02-01');
      const malformed = { ...command, data: { ...command.data, finalizedQuarters: facts } } as UnitCommand;
      const error = refusal(() => runUnit([malformed]));
      expect(error).toBeInstanceOf(InvalidCommandError);
      expect(error.details).toMatchObject({ field: 'finalizedQuarters', problem: expect.stringContaining(described) });
    }
  });
});

describe('retroactive unit changes: events of version 1', () => {
  it('reads every unit event of version 1 as version 2 with nothing retroactive', () => {
    const v1 = [
      {
        type: 'UnitRegistered',
        schemaVersion: 1,
        data: {
          code: 'HUE',
          name: 'Thành phố Huế',
          nameEn: null,
          block: 'district',
          effectiveOn: '2021-01-01',
          legalBasis: 'Kế hoạch 222/KH-UBND',
        },
      },
      {
        type: 'UnitRenamed',
        schemaVersion: 1,
        data: {
          code: 'HUE',
          name: 'Thành phố Huế (mới)',
          nameEn: null,
          previousName: 'Thành phố Huế',
          effectiveOn: '2025-01-01',
          legalBasis: 'NQ',
        },
      },
      {
        type: 'UnitMerged',
        schemaVersion: 1,
        data: { code: 'HUE', into: 'X', effectiveOn: '2025-07-01', legalBasis: 'NQ' },
      },
      { type: 'UnitDissolved', schemaVersion: 1, data: { code: 'HUE', effectiveOn: '2025-07-01', legalBasis: 'NQ' } },
    ];
    const upcast = v1.map((event) => upcastEvent(event, DOMAIN_UPCASTERS));
    for (const [index, event] of upcast.entries()) {
      expect(event.schemaVersion).toBe(2);
      expect(event.data).toEqual({ ...v1[index].data, retroactive: null });
    }
    const state = upcast
      .slice(0, 2)
      .reduce((current, event) => evolveUnit(current, toDomainEvent(event, UNIT_EVENT_VERSIONS)), initialUnitState);
    expect(state).toMatchObject({
      status: 'registered',
      names: [{ name: 'Thành phố Huế' }, { name: 'Thành phố Huế (mới)' }],
    });
    expect((state as RegisteredUnit).names.some((name) => 'retroactive' in name)).toBe(false);
  });
});
