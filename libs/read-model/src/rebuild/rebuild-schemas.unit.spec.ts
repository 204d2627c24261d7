import { rebuildSchemaNames, withApplicationName } from './rebuild-schemas';
import { isConnectionLoss } from './row-sink';

describe('rebuild schema names', () => {
  it('sits beside the live schema, readable when the name allows', () => {
    expect(rebuildSchemaNames('read_model')).toEqual({
      live: 'read_model',
      build: 'read_model_rebuild',
      retired: 'read_model_retired',
    });
  });

  it('stays within 63 bytes, distinct per live schema, for long names', () => {
    const long = `a${'b'.repeat(60)}`;
    const names = rebuildSchemaNames(long);
    expect(names.build.length).toBeLessThanOrEqual(63);
    expect(names.retired.length).toBeLessThanOrEqual(63);
    expect(names.build).toMatch(/_rebuild$/);
    expect(rebuildSchemaNames(`${long.slice(0, -1)}c`).build).not.toBe(names.build);
  });

  it('refuses a live schema that is not a plain identifier', () => {
    expect(() => rebuildSchemaNames('Read-Model')).toThrow(/lower-case PostgreSQL identifier/);
  });
});

describe('withApplicationName', () => {
  it('sets the session name in the URL, replacing one already there', () => {
    expect(withApplicationName('postgres://dti:dti@127.0.0.1:5432/dti', 'dti-rebuild')).toBe(
      'postgres://dti:dti@127.0.0.1:5432/dti?application_name=dti-rebuild',
    );
    expect(withApplicationName('postgres://h/db?application_name=x&sslmode=disable', 'y')).toBe(
      'postgres://h/db?application_name=y&sslmode=disable',
    );
  });
});

describe('isConnectionLoss', () => {
  it('tells a lost session from an error the same statement would meet again', () => {
    expect(isConnectionLoss(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error('released'), { name: 'QueryRunnerAlreadyReleasedError' }))).toBe(
      true,
    );
    expect(isConnectionLoss({ driverError: { code: '57P01' } })).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionLoss(new Error('syntax error'))).toBe(false);
    expect(isConnectionLoss(null)).toBe(false);
  });
});
