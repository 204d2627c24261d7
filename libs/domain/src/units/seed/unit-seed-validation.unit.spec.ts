import { InvalidUnitSeedError, type SeedProblem } from '../../domain-errors';
import { commandIdFor } from '../../shared/deterministic-id';
import { unitSeedToCommands, validateUnitSeed } from './unit-seed';

// Each refusal pinned by its code, the path it names and its short problem text (a field of the
// error's details, not the whole message).

const unit = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: 'SYT',
  block: 'department',
  name: 'Sở Y tế',
  nameEn: 'Department of Health',
  seedSpellings: ['Sở Y tế'],
  source: 'plan 222, line 1',
  ...over,
});
const seed = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'tth-2021',
  province: 'Thừa Thiên Huế',
  effectiveOn: '2021-01-01',
  legalBasis: 'Kế hoạch 222/KH-UBND',
  units: [unit()],
  ...over,
});

function problemsOf(raw: unknown): SeedProblem[] {
  try {
    validateUnitSeed(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUnitSeedError);
    expect((error as InvalidUnitSeedError).code).toBe('INVALID_UNIT_SEED');
    return (error as InvalidUnitSeedError).details.problems as SeedProblem[];
  }
  return [];
}
const refusal = (path: string, problem: string): SeedProblem => ({ path, problem });

describe('validateUnitSeed: the seed itself', () => {
  it('accepts a minimal seed and returns its fields', () => {
    expect(validateUnitSeed(seed())).toStrictEqual({
      id: 'tth-2021',
      province: 'Thừa Thiên Huế',
      effectiveOn: '2021-01-01',
      legalBasis: 'Kế hoạch 222/KH-UBND',
      units: [
        {
          code: 'SYT',
          block: 'department',
          name: 'Sở Y tế',
          nameEn: 'Department of Health',
          seedSpellings: ['Sở Y tế'],
          source: 'plan 222, line 1',
        },
      ],
    });
  });

  it.each([null, [], 'seed', 7])('refuses %p as not an object, at $', (raw) => {
    expect(problemsOf(raw)).toEqual([refusal('$', 'expected an object')]);
  });

  it.each([
    ['id', 64],
    ['province', 100],
    ['legalBasis', 300],
  ] as const)('checks %s as text of at most %i characters', (field, max) => {
    expect(problemsOf(seed({ [field]: 'x'.repeat(max) }))).toEqual([]);
    expect(problemsOf(seed({ [field]: 'x'.repeat(max + 1) }))).toEqual([refusal(field, `at most ${max} characters`)]);
    expect(problemsOf(seed({ [field]: undefined }))).toEqual([refusal(field, 'expected non-empty text')]);
    expect(problemsOf(seed({ [field]: 12 }))).toEqual([refusal(field, 'expected non-empty text')]);
    expect(problemsOf(seed({ [field]: '   ' }))).toEqual([refusal(field, 'expected non-empty text')]);
    expect(problemsOf(seed({ [field]: ' x' }))).toEqual([refusal(field, 'has leading or trailing spaces')]);
    expect(problemsOf(seed({ [field]: 'x ' }))).toEqual([refusal(field, 'has leading or trailing spaces')]);
  });

  it('refuses an effectiveOn that is not a real date', () => {
    expect(problemsOf(seed({ effectiveOn: '2021-02-30' }))).toEqual([
      refusal('effectiveOn', 'expected a date YYYY-MM-DD'),
    ]);
    expect(problemsOf(seed({ effectiveOn: '2021-02-28' }))).toEqual([]);
  });

  it('refuses units that are missing, empty or not a list, and reads no units from a non-list', () => {
    expect(problemsOf(seed({ units: [] }))).toEqual([refusal('units', 'expected a non-empty list')]);
    expect(problemsOf(seed({ units: undefined }))).toEqual([refusal('units', 'expected a non-empty list')]);
    expect(problemsOf(seed({ units: 'SYT' }))).toEqual([refusal('units', 'expected a non-empty list')]);
  });
});

describe('validateUnitSeed: each unit', () => {
  const one = (over: Record<string, unknown>): SeedProblem[] => problemsOf(seed({ units: [unit(over)] }));

  it.each([null, 'SYT', 3, []])('refuses a unit %p that is not an object, naming only its index', (item) => {
    expect(problemsOf(seed({ units: [item] }))).toEqual([refusal('units[0]', 'expected an object')]);
  });

  it('refuses a malformed code and a duplicate code', () => {
    expect(one({ code: 'syt' })).toEqual([
      refusal('units[0].code', 'expected 2–20 uppercase ASCII letters or digits starting with a letter'),
    ]);
    expect(problemsOf(seed({ units: [unit(), unit({ name: 'Khác' })] }))).toEqual([
      refusal('units[1].code', 'duplicate code SYT'),
    ]);
  });

  it('refuses a block other than department or district', () => {
    expect(one({ block: 'province' })).toEqual([refusal('units[0].block', 'expected "department" or "district"')]);
  });

  it('checks name, nameEn, source and legalBasis as text with their own limits', () => {
    for (const [field, max] of [
      ['name', 200],
      ['nameEn', 200],
      ['source', 500],
      ['legalBasis', 300],
    ] as const) {
      expect(one({ [field]: 'x'.repeat(max) })).toEqual([]);
      expect(one({ [field]: 'x'.repeat(max + 1) })).toEqual([
        refusal(`units[0].${field}`, `at most ${max} characters`),
      ]);
      expect(one({ [field]: ' x' })).toEqual([refusal(`units[0].${field}`, 'has leading or trailing spaces')]);
      expect(one({ [field]: '' })).toEqual([refusal(`units[0].${field}`, 'expected non-empty text')]);
    }
    expect(one({ source: undefined })).toEqual([refusal('units[0].source', 'expected non-empty text')]);
  });

  it('refuses a name that is not text without failing on it, and never calls two missing names duplicates', () => {
    expect(problemsOf(seed({ units: [unit({ name: 5 }), unit({ code: 'SNV', name: undefined })] }))).toEqual([
      refusal('units[0].name', 'expected non-empty text'),
      refusal('units[1].name', 'expected non-empty text'),
    ]);
    expect(problemsOf(seed({ units: [unit({ name: '' }), unit({ code: 'SNV', name: '' })] }))).toEqual([
      refusal('units[0].name', 'expected non-empty text'),
      refusal('units[1].name', 'expected non-empty text'),
    ]);
  });

  it('refuses the same name twice in one block, whatever its case, but not across blocks', () => {
    expect(problemsOf(seed({ units: [unit(), unit({ code: 'SNV', name: 'SỞ Y TẾ' })] }))).toEqual([
      refusal('units[1].name', 'duplicate name "SỞ Y TẾ" in its block'),
    ]);
    expect(problemsOf(seed({ units: [unit(), unit({ code: 'HUE', block: 'district' })] }))).toEqual([]);
  });

  it('takes a missing or null nameEn as none', () => {
    const { units: absent } = validateUnitSeed(seed({ units: [unit({ nameEn: undefined })] }));
    const { units: nulled } = validateUnitSeed(seed({ units: [unit({ nameEn: null })] }));
    expect(absent[0].nameEn).toBeNull();
    expect(nulled[0].nameEn).toBeNull();
    expect(one({ nameEn: 5 })).toEqual([refusal('units[0].nameEn', 'expected non-empty text')]);
  });

  it('takes missing seedSpellings as none and refuses anything but a list of non-empty texts', () => {
    expect(validateUnitSeed(seed({ units: [unit({ seedSpellings: undefined })] })).units[0].seedSpellings).toEqual([]);
    expect(validateUnitSeed(seed({ units: [unit({ seedSpellings: null })] })).units[0].seedSpellings).toEqual([]);
    expect(validateUnitSeed(seed({ units: [unit({ seedSpellings: ['a', 'SYT'] })] })).units[0].seedSpellings).toEqual([
      'a',
      'SYT',
    ]);
    for (const bad of ['Sở Y tế', [''], ['  '], ['ok', 3], [null]]) {
      expect(one({ seedSpellings: bad })).toEqual([
        refusal('units[0].seedSpellings', 'expected a list of non-empty texts'),
      ]);
    }
  });

  it('keeps a unit effectiveOn and legalBasis only when given, and checks them', () => {
    const plain = validateUnitSeed(seed()).units[0];
    expect(Object.keys(plain)).not.toContain('effectiveOn');
    expect(Object.keys(plain)).not.toContain('legalBasis');
    const own = validateUnitSeed(seed({ units: [unit({ effectiveOn: '2025-07-01', legalBasis: 'NQ 1' })] })).units[0];
    expect(own).toMatchObject({ effectiveOn: '2025-07-01', legalBasis: 'NQ 1' });
    expect(one({ effectiveOn: '2025-13-01' })).toEqual([refusal('units[0].effectiveOn', 'expected a date YYYY-MM-DD')]);
    expect(one({ effectiveOn: 20250701 })).toEqual([refusal('units[0].effectiveOn', 'expected a date YYYY-MM-DD')]);
    expect(one({ legalBasis: 5 })).toEqual([refusal('units[0].legalBasis', 'expected non-empty text')]);
  });
});

describe('unitSeedToCommands', () => {
  const issuer = { actor: 'system:seed', occurredAt: '2021-01-01T00:00:00+07:00' };

  it('correlates one seed’s commands by an id derived from the seed id', () => {
    const two = validateUnitSeed(seed({ units: [unit(), unit({ code: 'SNV', name: 'Sở Nội vụ' })] }));
    const commands = unitSeedToCommands(two, issuer);
    expect(commands.map((c) => c.metadata.correlationId)).toEqual([
      commandIdFor('seed:tth-2021'),
      commandIdFor('seed:tth-2021'),
    ]);
    expect(commands.map((c) => c.metadata.commandId)).toEqual([
      commandIdFor('seed:tth-2021:SYT'),
      commandIdFor('seed:tth-2021:SNV'),
    ]);
    const other = unitSeedToCommands({ ...two, id: 'other' }, issuer);
    expect(other[0].metadata.correlationId).not.toBe(commands[0].metadata.correlationId);
  });

  it('lets a unit override the seed effectiveOn and legalBasis, and defaults the role to admin', () => {
    const parsed = validateUnitSeed(
      seed({
        units: [unit(), unit({ code: 'SNV', name: 'Sở Nội vụ', effectiveOn: '2025-07-01', legalBasis: 'NQ 1' })],
      }),
    );
    const [first, second] = unitSeedToCommands(parsed, issuer);
    expect(first.data).toMatchObject({ effectiveOn: '2021-01-01', legalBasis: 'Kế hoạch 222/KH-UBND' });
    expect(second.data).toMatchObject({ effectiveOn: '2025-07-01', legalBasis: 'NQ 1' });
    expect(first.metadata.role).toBe('admin');
    expect(unitSeedToCommands(parsed, { ...issuer, role: 'inspector' })[0].metadata.role).toBe('inspector');
  });
});
