import { foldEvents, unitDecider, unitsInPeriod, type RegisteredUnit, type UnitEvent } from '@dti/domain';
import { toUnitView } from './unit.view';

const LEGAL = 'Nghị quyết (giả định cho kiểm thử)';

function unitOf(events: UnitEvent[]): RegisteredUnit {
  const state = foldEvents(unitDecider, events);
  if (state.status !== 'registered') throw new Error('not registered');
  return state;
}

const registered: UnitEvent = {
  type: 'UnitRegistered',
  data: {
    code: 'PHULOC',
    name: 'UBND huyện Phú Lộc',
    nameEn: null,
    block: 'district',
    effectiveOn: '2021-01-01',
    legalBasis: LEGAL,
    retroactive: null,
  },
};
const dissolved: UnitEvent = {
  type: 'UnitDissolved',
  data: { code: 'PHULOC', effectiveOn: '2025-07-01', legalBasis: LEGAL, retroactive: null },
};

describe('unit view', () => {
  it('gives the last day a unit existed and its status as of a day', () => {
    const unit = unitOf([registered, dissolved]);
    expect(toUnitView(unit, undefined, new Date('2025-06-30T16:59:59Z'))).toMatchObject({
      validity: { from: '2021-01-01', to: '2025-06-30' },
      // 23:59:59 on 30 June in Vietnam: still there.
      status: 'active',
    });
    expect(toUnitView(unit, undefined, new Date('2025-06-30T17:00:00Z')).status).toBe('dissolved');
    expect(toUnitView(unit).history).toEqual([
      { change: 'registered', effectiveOn: '2021-01-01', legalBasis: LEGAL, name: 'UBND huyện Phú Lộc', nameEn: null },
      { change: 'dissolved', effectiveOn: '2025-07-01', legalBasis: LEGAL },
    ]);
  });

  it('names a unit in a period as the domain’s unitsInPeriod says', () => {
    const renamed: UnitEvent = {
      type: 'UnitRenamed',
      data: {
        code: 'PHULOC',
        name: 'UBND thị xã Phú Lộc',
        nameEn: null,
        previousName: 'UBND huyện Phú Lộc',
        effectiveOn: '2024-05-15',
        legalBasis: LEGAL,
        retroactive: null,
      },
    };
    const unit = unitOf([registered, renamed]);
    const [inQ1] = unitsInPeriod([unit], '2024-Q1');
    const [inQ2] = unitsInPeriod([unit], '2024-Q2');
    expect(toUnitView(unit, inQ1).name).toBe('UBND huyện Phú Lộc');
    expect(toUnitView(unit, inQ2).name).toBe('UBND thị xã Phú Lộc');
    expect(toUnitView(unit).name).toBe('UBND thị xã Phú Lộc');
  });
});
