import fc from 'fast-check';
import { Rational } from './rational';

describe('Rational', () => {
  it('parses the Exact forms of the catalogue', () => {
    expect(Rational.parse('3').toString()).toBe('3');
    expect(Rational.parse('-3').toString()).toBe('-3');
    expect(Rational.parse('0.25').toString()).toBe('1/4');
    expect(Rational.parse('1/3').toString()).toBe('1/3');
    expect(Rational.parse('2/6').toString()).toBe('1/3');
    expect(Rational.parse('80%').toString()).toBe('4/5');
    expect(Rational.parse('12.5%').toString()).toBe('1/8');
    expect(Rational.parse('01%').toString()).toBe('1/100');
  });

  it.each(['', ' 3', '3 ', '1/0', '1.', '.5', 'abc', '1e3', '1/3%', '--1', '0,5', '50 %'])('refuses "%s"', (text) => {
    expect(Rational.tryParse(text)).toBeUndefined();
    expect(() => Rational.parse(text)).toThrow(RangeError);
  });

  it('reads JS numbers at their decimal face value', () => {
    expect(Rational.fromNumber(0.1).toString()).toBe('1/10');
    expect(Rational.fromNumber(0.1).add(Rational.fromNumber(0.2)).equals(Rational.fromNumber(0.3))).toBe(true);
    expect(Rational.fromNumber(-2.5).toString()).toBe('-5/2');
    expect(Rational.fromNumber(1e-7).toString()).toBe('1/10000000');
    expect(Rational.fromNumber(1.5e21).toString()).toBe('1500000000000000000000');
    expect(Rational.fromNumber(-0).toString()).toBe('0');
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
    expect(() => Rational.fromNumber(value)).toThrow(RangeError);
  });

  it('does exact arithmetic in lowest terms', () => {
    const third = Rational.of(1, 3);
    expect(third.add(third).add(third).toString()).toBe('1');
    expect(Rational.of(1, 2).sub(Rational.of(1)).toString()).toBe('-1/2');
    expect(Rational.of(2, 3).mul(Rational.of(3, 4)).toString()).toBe('1/2');
    expect(Rational.of(4).div(Rational.of(3)).toString()).toBe('4/3');
    expect(Rational.of(3, -6).toString()).toBe('-1/2');
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError);
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
    expect(() => Rational.of(0.5)).toThrow(RangeError);
  });

  it('compares', () => {
    const [a, b] = [Rational.of(1, 3), Rational.of(1, 2)];
    expect(a.compare(b)).toBe(-1);
    expect(b.compare(a)).toBe(1);
    expect(a.compare(Rational.of(2, 6))).toBe(0);
    expect(a.lt(b) && a.lte(b) && b.gt(a) && b.gte(a)).toBe(true);
    expect(Rational.min(b, a).equals(a)).toBe(true);
    expect(Rational.max(a, b, Rational.ZERO).equals(b)).toBe(true);
    expect(a.min(b)).toBe(a);
    expect(a.max(b)).toBe(b);
  });

  it('rounds half up, away from zero, only for display', () => {
    expect(Rational.of(4, 3).toFixed(2)).toBe('1.33');
    expect(Rational.of(5, 3).toFixed(2)).toBe('1.67');
    expect(Rational.of(1, 200).toFixed(2)).toBe('0.01');
    expect(Rational.of(-1, 200).toFixed(2)).toBe('-0.01');
    expect(Rational.of(-1, 1000).toFixed(2)).toBe('0.00');
    expect(Rational.parse('2.675').toFixed(2)).toBe('2.68');
    expect(Rational.of(5, 2).toFixed(0)).toBe('3');
    expect(Rational.of(2).toFixed(2)).toBe('2.00');
    expect(Rational.of(4, 3).toNumber(2)).toBe(1.33);
  });

  it('formats the Vietnamese way and as percentages', () => {
    expect(Rational.of(5).toVietnamese(2)).toBe('5,00');
    expect(Rational.of(1, 20).toVietnamesePercent(2)).toBe('5,00%');
    expect(Rational.of(1, 20).toPercent(2)).toBe('5.00%');
    expect(Rational.of(-1, 2).toVietnamese(1)).toBe('-0,5');
  });

  it('gives the exact decimal when it is short', () => {
    expect(Rational.parse('12.5').toExactDecimal()).toBe('12.5');
    expect(Rational.of(1, 3).toExactDecimal()).toBeUndefined();
    expect(Rational.of(7).toExactDecimal()).toBe('7');
  });

  it('round-trips toString through parse, and finite numbers through fromNumber', () => {
    const rational = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }))
      .map(([n, d]) => Rational.of(n, d));
    fc.assert(fc.property(rational, (r) => Rational.parse(r.toString()).equals(r)));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        // The exact decimal the rational stands for reads back as the same double.
        return Number(Rational.fromNumber(x).toExactDecimal(400)) === x;
      }),
    );
  });

  it('keeps field laws exactly', () => {
    const rational = fc
      .tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: 1n, max: 1000n }))
      .map(([n, d]) => Rational.of(n, d));
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
        expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
        expect(a.sub(b).add(b).equals(a)).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).equals(a)).toBe(true);
        expect(a.compare(b) + b.compare(a)).toBe(0);
        expect(a.compare(a)).toBe(0);
      }),
    );
  });
});

describe('Rational, edges', () => {
  it('says in each RangeError what it refused', () => {
    const message = (act: () => unknown): string => {
      try {
        act();
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message(() => Rational.of(1, 0))).toContain('zero denominator');
    expect(message(() => Rational.of(0.5))).toContain('numerator must be a safe integer (0.5)');
    expect(message(() => Rational.of(1, 2 ** 53))).toContain(`denominator must be a safe integer (${2 ** 53})`);
    expect(message(() => Rational.fromNumber(NaN))).toContain('not a finite number (NaN)');
    expect(message(() => Rational.parse('1,5'))).toContain('not an exact number: "1,5"');
    expect(message(() => Rational.ONE.div(Rational.ZERO))).toContain('division by zero');
    expect(message(() => Rational.ONE.toFixed(-1))).toContain('bad digits -1');
  });

  it('takes bigints and safe integers, the denominator 1 by default', () => {
    expect(Rational.of(3n).toString()).toBe('3');
    expect(Rational.of(-4, 6n).toString()).toBe('-2/3');
    expect(Rational.of(Number.MAX_SAFE_INTEGER).toString()).toBe(String(Number.MAX_SAFE_INTEGER));
    expect(Rational.of(0, -5).toString()).toBe('0');
    expect(Rational.of(0, 7).denominator).toBe(1n);
    expect(Rational.of(-6, -4)).toMatchObject({ numerator: 3n, denominator: 2n });
  });

  it('refuses anything but a string as an Exact', () => {
    expect(Rational.tryParse(3 as unknown as string)).toBeUndefined();
    expect(Rational.tryParse(undefined as unknown as string)).toBeUndefined();
  });

  it('parses fractions with a sign, percentages of decimals, and no exponent', () => {
    expect(Rational.parse('-2/4').toString()).toBe('-1/2');
    expect(Rational.parse('150%').toString()).toBe('3/2');
    expect(Rational.parse('-0.5').toString()).toBe('-1/2');
    expect(Rational.parse('0').isZero()).toBe(true);
    expect(Rational.parse('100').toString()).toBe('100');
    expect(Rational.tryParse('1/2/3')).toBeUndefined();
    expect(Rational.tryParse('1/-2')).toBeUndefined();
    expect(Rational.tryParse('%')).toBeUndefined();
    expect(Rational.tryParse('5%%')).toBeUndefined();
    expect(Rational.tryParse('1e-3')).toBeUndefined();
    expect(Rational.tryParse('1.5E2')).toBeUndefined();
  });

  it('reads numbers with exponents both ways', () => {
    expect(Rational.fromNumber(2e21).toString()).toBe('2000000000000000000000');
    expect(Rational.fromNumber(1.25e-7).toString()).toBe('1/8000000');
    expect(Rational.fromNumber(-3e-7).toString()).toBe('-3/10000000');
    expect(Rational.fromNumber(12).toString()).toBe('12');
    expect(Rational.fromNumber(Number.MAX_VALUE).isInteger()).toBe(true);
  });

  it('compares at equality: lt and gt false, lte and gte true', () => {
    const half = Rational.of(1, 2);
    const alsoHalf = Rational.of(2, 4);
    expect([half.lt(alsoHalf), half.lte(alsoHalf), half.gt(alsoHalf), half.gte(alsoHalf)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    const third = Rational.of(1, 3);
    expect([half.lt(third), half.lte(third), third.gt(half), third.gte(half)]).toEqual([false, false, false, false]);
    expect(half.equals(Rational.of(1, 3))).toBe(false);
    expect(half.equals(Rational.of(-1, 2))).toBe(false);
    expect(Rational.of(1).equals(Rational.of(1, 2))).toBe(false);
    expect(Rational.min(half).equals(half)).toBe(true);
    expect(Rational.min(Rational.ONE, half, third).equals(third)).toBe(true);
    expect(Rational.max(third, Rational.ONE, half).equals(Rational.ONE)).toBe(true);
    expect(Rational.of(-3, 4).compare(Rational.of(-1, 2))).toBe(-1);
  });

  it('negates, takes absolute values and knows zero, sign and integers', () => {
    expect(Rational.of(-3, 4).abs().toString()).toBe('3/4');
    expect(Rational.of(3, 4).abs().toString()).toBe('3/4');
    expect(Rational.ZERO.abs().isZero()).toBe(true);
    expect(Rational.of(3, 4).neg().toString()).toBe('-3/4');
    expect([Rational.ZERO.isNegative(), Rational.of(-1, 9).isNegative(), Rational.of(1, 9).isNegative()]).toEqual([
      false,
      true,
      false,
    ]);
    expect([Rational.ZERO.isZero(), Rational.of(1, 9).isZero()]).toEqual([true, false]);
    expect([Rational.of(4, 2).isInteger(), Rational.of(3, 2).isInteger()]).toEqual([true, false]);
    expect(Rational.sum([]).isZero()).toBe(true);
    expect(Rational.sum([Rational.of(1, 2), Rational.of(1, 3), Rational.of(1, 6)]).toString()).toBe('1');
    expect(Rational.of(3, 4).div(Rational.of(-3, 2)).toString()).toBe('-1/2');
  });

  it('writes itself as JSON in lowest terms', () => {
    expect(JSON.stringify({ max: Rational.of(6, 4) })).toBe('{"max":"3/2"}');
  });

  it('rounds for display at the half, with the digits asked', () => {
    expect(Rational.of(-5, 2).toFixed(0)).toBe('-3');
    expect(Rational.of(-1, 3).toFixed(0)).toBe('0');
    expect(Rational.of(1, 8).toFixed(2)).toBe('0.13');
    expect(Rational.of(1, 3).toFixed(2)).toBe('0.33');
    expect(Rational.of(2, 3).toFixed()).toBe('0.67');
    expect(Rational.of(123, 10).toFixed(3)).toBe('12.300');
    expect(Rational.of(1, 3).toFixed(1000)).toHaveLength(1002);
    expect(() => Rational.ONE.toFixed(1001)).toThrow(RangeError);
    expect(() => Rational.ONE.toFixed(1.5)).toThrow(RangeError);
    expect(Rational.of(2, 3).toNumber()).toBe(0.67);
    expect(Rational.of(2, 3).toNumber(4)).toBe(0.6667);
    expect(Rational.of(2, 3).toVietnamese()).toBe('0,67');
    expect(Rational.of(1, 3).toPercent()).toBe('33.33%');
    expect(Rational.of(1, 3).toPercent(0)).toBe('33%');
    expect(Rational.of(1, 3).toVietnamesePercent()).toBe('33,33%');
    expect(Rational.of(1, 3).toVietnamesePercent(1)).toBe('33,3%');
  });

  it('gives the exact decimal within maxDigits, counting the last one', () => {
    expect(Rational.of(1, 10).toExactDecimal(1)).toBe('0.1');
    expect(Rational.of(1, 100).toExactDecimal(1)).toBeUndefined();
    expect(Rational.of(3).toExactDecimal(0)).toBe('3');
    expect(Rational.of(1, 1000000).toExactDecimal()).toBe('0.000001');
    expect(Rational.of(1, 10000000).toExactDecimal()).toBeUndefined();
    expect(Rational.of(-1, 8).toExactDecimal()).toBe('-0.125');
  });
});
