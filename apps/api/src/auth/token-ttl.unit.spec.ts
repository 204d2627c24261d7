import { tokenTtlSeconds } from './token-ttl';

describe('JWT_TTL', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(tokenTtlSeconds('900')).toBe(900);
    expect(tokenTtlSeconds('15m')).toBe(900);
    expect(tokenTtlSeconds('8h')).toBe(28_800);
    expect(tokenTtlSeconds('1d')).toBe(86_400);
    expect(() => tokenTtlSeconds('1w')).toThrow(RangeError);
  });
});
