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
