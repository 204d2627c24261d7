import {
  InvalidCommandError,
  InvalidMergeTargetError,
  InvalidUnitCodeError,
  NoChangeError,
  RoleNotPermittedError,
  UnitAlreadyRegisteredError,
  UnitEndedError,
  UnitHistoryOutOfOrderError,
  UnitNotFoundError,
} from '../domain-errors';
import { adminEnvelope, dissolve, merge, register, rename, runUnit } from '../../testing/unit.test-kit';

describe('unit decider', () => {
  it('registers a unit with its code, name, block and effective date', () => {
    const { events, state } = runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]);
    expect(events).toEqual([
      {
        type: 'UnitRegistered',
        data: {
          code: 'STTTT',
          name: 'Sở Thông tin và Truyền thông',
          nameEn: null,
          block: 'department',
          effectiveOn: '2021-01-01',
          legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020',
          retroactive: null,
        },
      },
    ]);
    expect(state).toMatchObject({ status: 'registered', code: 'STTTT', registeredOn: '2021-01-01', end: null });
  });

  it('renames, keeping every earlier name and the code', () => {
    const { events, state } = runUnit([
      register('SVHTT', 'Sở Văn hóa Thể thao', 'department'),
      rename('SVHTT', 'Sở Văn hóa và Thể thao', '2022-01-01', 'Department of Culture and Sports'),
    ]);
    expect(events[1]).toEqual({
      type: 'UnitRenamed',
      data: expect.objectContaining({
        code: 'SVHTT',
        name: 'Sở Văn hóa và Thể thao',
        previousName: 'Sở Văn hóa Thể thao',
      }),
    });
    expect(state).toMatchObject({ names: [{ name: 'Sở Văn hóa Thể thao' }, { name: 'Sở Văn hóa và Thể thao' }] });
  });

  it('merges a unit into an existing unit of the same block', () => {
    const { events, state } = runUnit([
      register('STTTT', 'Sở Thông tin và Truyền thông', 'department'),
      merge('STTTT', 'SKHCN', '2025-03-01', 'department'),
    ]);
    expect(events[1]).toEqual({
      type: 'UnitMerged',
      data: {
        code: 'STTTT',
        into: 'SKHCN',
        effectiveOn: '2025-03-01',
        legalBasis: 'Quyết định hợp nhất (giả định cho kiểm thử)',
        retroactive: null,
      },
    });
    expect(state).toMatchObject({ end: { kind: 'merged', into: 'SKHCN', effectiveOn: '2025-03-01' } });
  });

  it('dissolves a unit', () => {
    const { state } = runUnit([register('NAMDONG', 'Huyện Nam Đông', 'district'), dissolve('NAMDONG', '2025-07-01')]);
    expect(state).toMatchObject({ end: { kind: 'dissolved', effectiveOn: '2025-07-01' } });
  });

  it('refuses what history does not allow', () => {
    const registered = runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')]).state;
    const ended = runUnit([dissolve('STTTT', '2025-03-01')], registered).state;
    expect(() => runUnit([register('STTTT', 'Sở Thông tin và Truyền thông', 'department')], registered)).toThrow(
      UnitAlreadyRegisteredError,
    );
    expect(() => runUnit([rename('STTTT', 'Sở mới', '2022-01-01')])).toThrow(UnitNotFoundError);
    expect(() => runUnit([rename('STTTT', 'Sở mới', '2021-01-01')], registered)).toThrow(UnitHistoryOutOfOrderError);
    expect(() => runUnit([rename('STTTT', 'Sở mới', '2020-06-01')], registered)).toThrow(UnitHistoryOutOfOrderError);
    expect(() => runUnit([rename('STTTT', 'Sở Thông tin và Truyền thông', '2022-01-01')], registered)).toThrow(
      NoChangeError,
    );
    expect(() => runUnit([rename('STTTT', 'Sở mới', '2026-01-01')], ended)).toThrow(UnitEndedError);
    expect(() => runUnit([dissolve('STTTT', '2026-01-01')], ended)).toThrow(UnitEndedError);
    expect(() => runUnit([merge('STTTT', 'STTTT', '2025-03-01', 'department')], registered)).toThrow(
      InvalidMergeTargetError,
    );
    expect(() => runUnit([merge('STTTT', 'SKHCN', '2025-03-01', null)], registered)).toThrow(InvalidMergeTargetError);
    expect(() => runUnit([merge('STTTT', 'HUE', '2025-03-01', 'district')], registered)).toThrow(
      InvalidMergeTargetError,
    );
  });

  it('checks its input and who sends it', () => {
    expect(() => runUnit([register('sttt', 'Sở', 'department')])).toThrow(InvalidUnitCodeError);
    expect(() => runUnit([register('STTTT', '', 'department')])).toThrow(InvalidCommandError);
    expect(() => runUnit([register('STTTT', 'Sở', 'province' as 'department')])).toThrow(InvalidCommandError);
    expect(() => runUnit([register('STTTT', 'Sở', 'department', '2021-13-01')])).toThrow(InvalidCommandError);
    const byReviewer = { ...register('STTTT', 'Sở', 'department'), metadata: adminEnvelope('reviewer') };
    expect(() => runUnit([byReviewer])).toThrow(RoleNotPermittedError);
  });
});
