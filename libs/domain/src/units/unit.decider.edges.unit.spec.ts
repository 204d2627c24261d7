/**
 * The unit decider's edges (found by mutation testing, CONTRIBUTING.md): exact events and states, the
 * boundaries of the history's order, which refusal comes first, and the details each refusal names.
 */
import {
  InvalidMergeTargetError,
  NoChangeError,
  UnitEndedError,
  UnitHistoryOutOfOrderError,
  UnitNotFoundError,
  type DomainError,
} from '../domain-errors';
import { adminEnvelope, dissolve, merge, register, rename, runUnit } from '../../testing/unit.test-kit';
import { currentName, evolveUnit, initialUnitState, unitDecider, type UnitState } from './unit.decider';
import type { UnitEvent } from './unit.events';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('accepted');
}

const registered = (): UnitState => runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]).state;

describe('unit decider: states', () => {
  it('starts unregistered, and its decider object is this decide/evolve pair', () => {
    expect(initialUnitState).toEqual({ status: 'unregistered' });
    expect(unitDecider.initialState).toBe(initialUnitState);
    expect(unitDecider.evolve).toBe(evolveUnit);
  });

  it('registers with the name, its English name and the legal basis as the first name', () => {
    const command = register('STTTT', 'Sở Thông tin và Truyền thông', 'department', '2021-03-01');
    command.data.nameEn = 'Department of Information and Communications';
    const { state } = runUnit([command]);
    expect(state).toEqual({
      status: 'registered',
      code: 'STTTT',
      block: 'department',
      registeredOn: '2021-03-01',
      names: [
        {
          name: 'Sở Thông tin và Truyền thông',
          nameEn: 'Department of Information and Communications',
          effectiveOn: '2021-03-01',
          legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020',
        },
      ],
      end: null,
    });
  });

  it.each<UnitEvent>([
    {
      type: 'UnitRenamed',
      data: {
        code: 'X',
        name: 'n',
        nameEn: null,
        previousName: 'p',
        effectiveOn: '2022-01-01',
        legalBasis: 'l',
        retroactive: null,
      },
    },
    {
      type: 'UnitMerged',
      data: { code: 'X', into: 'Y', effectiveOn: '2022-01-01', legalBasis: 'l', retroactive: null },
    },
    { type: 'UnitDissolved', data: { code: 'X', effectiveOn: '2022-01-01', legalBasis: 'l', retroactive: null } },
  ])('ignores $type for a unit never registered', (event) => {
    expect(evolveUnit(initialUnitState, event)).toBe(initialUnitState);
  });

  it('keeps the latest name as the current one', () => {
    const { state } = runUnit(
      [rename('STTTT', 'Sở A', '2022-01-01'), rename('STTTT', 'Sở B', '2023-01-01')],
      registered(),
    );
    if (state.status !== 'registered') throw new Error('unregistered');
    expect(currentName(state).name).toBe('Sở B');
    expect(state.names.map((n) => n.name)).toEqual(['Sở Thông tin và Truyền thông', 'Sở A', 'Sở B']);
  });
});

describe('unit decider: renames', () => {
  it('records the English name, the previous name, the date and the legal basis', () => {
    const { events, state } = runUnit(
      [rename('STTTT', 'Sở Khoa học', '2021-01-02', 'Department of Science')],
      registered(),
    );
    expect(events).toEqual([
      {
        type: 'UnitRenamed',
        data: {
          code: 'STTTT',
          name: 'Sở Khoa học',
          nameEn: 'Department of Science',
          previousName: 'Sở Thông tin và Truyền thông',
          effectiveOn: '2021-01-02',
          legalBasis: 'Quyết định đổi tên (giả định cho kiểm thử)',
          retroactive: null,
        },
      },
    ]);
    expect(state).toMatchObject({
      names: [
        { name: 'Sở Thông tin và Truyền thông' },
        { name: 'Sở Khoa học', nameEn: 'Department of Science', effectiveOn: '2021-01-02' },
      ],
    });
  });

  it('takes a new English name under the same Vietnamese name', () => {
    const { events } = runUnit(
      [rename('STTTT', 'Sở Thông tin và Truyền thông', '2022-01-01', 'Department of ICT')],
      registered(),
    );
    expect(events[0]).toMatchObject({ type: 'UnitRenamed', data: { nameEn: 'Department of ICT' } });
  });

  it('refuses the same names, naming what is unchanged', () => {
    const error = refusal(() => runUnit([rename('STTTT', 'Sở Thông tin và Truyền thông', '2022-01-01')], registered()));
    expect(error).toBeInstanceOf(NoChangeError);
    expect(error.details).toEqual({ subject: 'unit STTTT', what: 'name' });
  });

  it('refuses a change dated on the day of the latest one, naming both dates', () => {
    const error = refusal(() => runUnit([rename('STTTT', 'Sở mới', '2021-01-01')], registered()));
    expect(error).toBeInstanceOf(UnitHistoryOutOfOrderError);
    expect(error.details).toEqual({ unit: 'STTTT', effectiveOn: '2021-01-01', mustBeAfter: '2021-01-01' });
  });

  it('measures the order from the latest name, not the registration', () => {
    const renamed = runUnit([rename('STTTT', 'Sở A', '2023-01-01')], registered()).state;
    const error = refusal(() => runUnit([rename('STTTT', 'Sở B', '2022-06-01')], renamed));
    expect(error.details).toMatchObject({ mustBeAfter: '2023-01-01' });
  });

  it('refuses a command for another unit than the stream holds', () => {
    const error = refusal(() => runUnit([rename('SKHCN', 'Sở mới', '2022-01-01')], registered()));
    expect(error).toBeInstanceOf(UnitNotFoundError);
    expect(error.details).toEqual({ unit: 'SKHCN', when: null });
  });
});

describe('unit decider: the fields its refusals name', () => {
  const long = 'x'.repeat(301);
  it.each([
    ['register', 'name', () => ({ ...register('STTTT', '', 'department') })],
    [
      'register',
      'nameEn',
      () => ({
        ...register('STTTT', 'Sở', 'department'),
        data: { ...register('STTTT', 'Sở', 'department').data, nameEn: long },
      }),
    ],
    ['register', 'block', () => register('STTTT', 'Sở', 'province' as 'department')],
    ['register', 'effectiveOn', () => register('STTTT', 'Sở', 'department', '2021-02-30')],
    [
      'register',
      'legalBasis',
      () => {
        const c = register('STTTT', 'Sở', 'department');
        c.data.legalBasis = long;
        return c;
      },
    ],
    ['rename', 'name', () => rename('STTTT', '', '2022-01-01')],
    ['rename', 'nameEn', () => rename('STTTT', 'Sở', '2022-01-01', long)],
    ['rename', 'effectiveOn', () => rename('STTTT', 'Sở', 'soon')],
    [
      'rename',
      'legalBasis',
      () => {
        const c = rename('STTTT', 'Sở', '2022-01-01');
        c.data.legalBasis = '';
        return c;
      },
    ],
    ['merge', 'effectiveOn', () => merge('STTTT', 'SKHCN', 'soon', 'department')],
    [
      'merge',
      'legalBasis',
      () => {
        const c = merge('STTTT', 'SKHCN', '2022-01-01', 'department');
        c.data.legalBasis = '';
        return c;
      },
    ],
    ['merge', 'successorBlock', () => merge('STTTT', 'SKHCN', '2022-01-01', 'province' as 'department')],
    ['dissolve', 'effectiveOn', () => dissolve('STTTT', 'soon')],
    [
      'dissolve',
      'legalBasis',
      () => {
        const c = dissolve('STTTT', '2022-01-01');
        c.data.legalBasis = '';
        return c;
      },
    ],
  ] as const)('%s refuses a bad %s, naming it', (_command, field, build) => {
    const error = refusal(() => runUnit([build()], registered()));
    expect(error.code).toBe('INVALID_COMMAND');
    expect(error.details.field).toBe(field);
  });

  it('refuses a command or event type it does not know', () => {
    const bogus = { type: 'PaintUnit', data: {}, metadata: adminEnvelope() } as never;
    expect(() => unitDecider.decide(bogus, registered())).toThrow('unit command');
    expect(() => evolveUnit(registered(), { type: 'UnitPainted', data: {} } as never)).toThrow('unit event');
  });
});

describe('unit decider: merges and dissolutions', () => {
  it('refuses to merge or dissolve a unit never registered', () => {
    expect(refusal(() => runUnit([merge('STTTT', 'SKHCN', '2025-03-01', 'department')]))).toBeInstanceOf(
      UnitNotFoundError,
    );
    expect(refusal(() => runUnit([dissolve('STTTT', '2025-03-01')]))).toBeInstanceOf(UnitNotFoundError);
  });

  it('says why a merge target is refused', () => {
    const itself = refusal(() => runUnit([merge('STTTT', 'STTTT', '2025-03-01', null)], registered()));
    expect(itself).toBeInstanceOf(InvalidMergeTargetError);
    expect(itself.details).toMatchObject({ unit: 'STTTT', into: 'STTTT' });
    expect(String(itself.details.problem)).toContain('itself');

    const missing = refusal(() => runUnit([merge('STTTT', 'SKHCN', '2025-03-01', null)], registered()));
    expect(missing.details).toMatchObject({ unit: 'STTTT', into: 'SKHCN' });
    expect(String(missing.details.problem)).toContain('2025-03-01');

    const otherBlock = refusal(() => runUnit([merge('STTTT', 'HUE', '2025-03-01', 'district')], registered()));
    expect(otherBlock.details).toMatchObject({ unit: 'STTTT', into: 'HUE' });
    expect(String(otherBlock.details.problem)).toContain('district');
  });

  it('keeps merges and dissolutions in the order of the history', () => {
    expect(refusal(() => runUnit([merge('STTTT', 'SKHCN', '2021-01-01', 'department')], registered()))).toBeInstanceOf(
      UnitHistoryOutOfOrderError,
    );
    expect(refusal(() => runUnit([dissolve('STTTT', '2021-01-01')], registered()))).toBeInstanceOf(
      UnitHistoryOutOfOrderError,
    );
  });

  it('records a dissolution with its date and legal basis', () => {
    const { events } = runUnit([dissolve('STTTT', '2025-07-01')], registered());
    expect(events).toEqual([
      {
        type: 'UnitDissolved',
        data: {
          code: 'STTTT',
          effectiveOn: '2025-07-01',
          legalBasis: 'Kết thúc hoạt động của chính quyền cấp huyện từ 01/7/2025',
          retroactive: null,
        },
      },
    ]);
  });

  it('refuses any change to a merged unit, saying how and when it ended', () => {
    const merged = runUnit([merge('STTTT', 'SKHCN', '2025-03-01', 'department')], registered()).state;
    for (const command of [
      merge('STTTT', 'SKHCN', '2026-01-01', 'department'),
      dissolve('STTTT', '2026-01-01'),
      rename('STTTT', 'Sở mới', '2026-01-01'),
    ]) {
      const error = refusal(() => runUnit([command], merged));
      expect(error).toBeInstanceOf(UnitEndedError);
      expect(error.details).toEqual({ unit: 'STTTT', how: 'merged', effectiveOn: '2025-03-01' });
    }
  });

  it('checks the sender before the unit exists', () => {
    const byReviewer = { ...dissolve('STTTT', '2025-03-01'), metadata: adminEnvelope('reviewer') };
    expect(refusal(() => runUnit([byReviewer])).code).toBe('ROLE_NOT_PERMITTED');
  });
});
