import type { CatalogueFinding } from './catalogue-finding';
import {
  CatalogueError,
  DuplicateCatalogueError,
  InvalidCatalogueError,
  UnknownCatalogueError,
} from './catalogue.errors';

/** Each refusal's code, name and fields, and what its message names in each language (never the whole text). */

/** The Vietnamese half and the English half of a "vi / en" message. */
function halves(message: string): [string, string] {
  const parts = message.split(' / ');
  expect(parts.length).toBeGreaterThanOrEqual(2);
  return [parts[0], parts.slice(1).join(' / ')];
}

function finding(code: string, kind: CatalogueFinding['kind'] = 'missing-max'): CatalogueFinding {
  return { code, kind, message: `Thiếu ${code} / Missing ${code}` };
}

describe('UnknownCatalogueError', () => {
  it('has code UNKNOWN_CATALOGUE, its own name, and the id and known ids as fields', () => {
    const error = new UnknownCatalogueError('tth-2099', ['tth-2020', 'tth-2023']);
    expect(error).toBeInstanceOf(CatalogueError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('UNKNOWN_CATALOGUE');
    expect(error.name).toBe('UnknownCatalogueError');
    expect(error.catalogueId).toBe('tth-2099');
    expect(error.knownIds).toEqual(['tth-2020', 'tth-2023']);
  });

  it('names the id asked for and every known id, in both languages', () => {
    const [vi, en] = halves(new UnknownCatalogueError('tth-2099', ['tth-2020', 'tth-2023']).message);
    expect(vi).toContain('Không có bộ tiêu chí "tth-2099"');
    expect(vi).toContain('(hiện có: tth-2020, tth-2023)');
    expect(en).toContain('Unknown catalogue "tth-2099"');
    expect(en).toContain('(known: tth-2020, tth-2023)');
  });

  it('says "—" for the known ids when there are none (the default)', () => {
    const error = new UnknownCatalogueError('x');
    expect(error.knownIds).toEqual([]);
    const [vi, en] = halves(error.message);
    expect(vi).toContain('(hiện có: —)');
    expect(en).toContain('(known: —)');
  });
});

describe('InvalidCatalogueError', () => {
  it('has code INVALID_CATALOGUE, its own name, and the id, every finding and the blocking ones as fields', () => {
    const notice = finding('2.1', 'unused-input');
    const blocking = [finding('1.1')];
    const error = new InvalidCatalogueError('bad', [notice, ...blocking], blocking);
    expect(error).toBeInstanceOf(CatalogueError);
    expect(error.code).toBe('INVALID_CATALOGUE');
    expect(error.name).toBe('InvalidCatalogueError');
    expect(error.catalogueId).toBe('bad');
    expect(error.findings).toEqual([notice, ...blocking]);
    expect(error.blocking).toEqual(blocking);
  });

  it('names the catalogue and how many problems block it, in both languages', () => {
    const blocking = [finding('1.1'), finding('1.2')];
    const error = new InvalidCatalogueError('bad', blocking, blocking);
    expect(error.message).toContain('Bộ tiêu chí "bad" không hợp lệ');
    expect(error.message).toContain('Catalogue "bad" is invalid');
    expect(error.message).toContain('(2 lỗi / problems): ');
  });

  it('names the first three blocking findings by code and message, separated by "; ", and the count of the rest', () => {
    const blocking = ['1.1', '1.2', '1.3', '1.4', '1.5'].map((code) => finding(code));
    const error = new InvalidCatalogueError('bad', blocking, blocking);
    const listed = error.message.slice(error.message.indexOf('problems): ') + 'problems): '.length);
    expect(listed.endsWith(' (+2)')).toBe(true);
    expect(listed.slice(0, -' (+2)'.length).split('; ')).toEqual([
      '1.1: Thiếu 1.1 / Missing 1.1',
      '1.2: Thiếu 1.2 / Missing 1.2',
      '1.3: Thiếu 1.3 / Missing 1.3',
    ]);
    expect(error.message).not.toContain('1.4');
  });

  it('adds no "(+n)" for exactly three blocking findings, and "(+1)" for four', () => {
    const four = ['1.1', '1.2', '1.3', '1.4'].map((code) => finding(code));
    const three = new InvalidCatalogueError('bad', four.slice(0, 3), four.slice(0, 3)).message;
    expect(three.endsWith('1.3: Thiếu 1.3 / Missing 1.3')).toBe(true);
    expect(three).not.toContain('(+');
    expect(new InvalidCatalogueError('bad', four, four).message.endsWith('Missing 1.3 (+1)')).toBe(true);
  });

  it('names only the blocking findings, not the notices', () => {
    const notice = finding('9.9', 'unused-input');
    const blocking = [finding('1.1')];
    const message = new InvalidCatalogueError('bad', [notice, ...blocking], blocking).message;
    expect(message).toContain('(1 lỗi / problems): 1.1: Thiếu 1.1');
    expect(message).not.toContain('9.9');
  });
});

describe('DuplicateCatalogueError', () => {
  it('has code DUPLICATE_CATALOGUE, its own name, the id as a field, and names it in both languages', () => {
    const error = new DuplicateCatalogueError('tth-2020');
    expect(error).toBeInstanceOf(CatalogueError);
    expect(error.code).toBe('DUPLICATE_CATALOGUE');
    expect(error.name).toBe('DuplicateCatalogueError');
    expect(error.catalogueId).toBe('tth-2020');
    const [vi, en] = halves(error.message);
    expect(vi).toContain('Bộ tiêu chí "tth-2020" đã được đăng ký');
    expect(en).toContain('Catalogue "tth-2020" is already registered');
  });
});
