import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  it('is the same for the same body whatever the key order', () => {
    expect(requestFingerprint({ inputs: { a: 1, b: 2 }, note: 'x' })).toBe(
      requestFingerprint({ note: 'x', inputs: { b: 2, a: 1 } }),
    );
  });

  it('differs as soon as one value differs', () => {
    expect(requestFingerprint({ inputs: { a: 1, b: 2 } })).not.toBe(requestFingerprint({ inputs: { a: 1, b: 3 } }));
    expect(requestFingerprint({ a: '1' })).not.toBe(requestFingerprint({ a: 1 }));
    expect(requestFingerprint([1, 2])).not.toBe(requestFingerprint([2, 1]));
  });

  it('treats no body as an empty object', () => {
    expect(requestFingerprint(undefined)).toBe(requestFingerprint({}));
  });

  it('writes canonical JSON, keys sorted at every level, with __proto__ kept as data', () => {
    const body = JSON.parse('{"b":[{"z":1,"y":null}],"__proto__":{"x":1},"a":"é"}') as unknown;
    expect(canonicalJson(body)).toBe('{"__proto__":{"x":1},"a":"é","b":[{"y":null,"z":1}]}');
  });
});
