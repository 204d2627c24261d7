import { createHash } from 'node:crypto';

/**
 * The fingerprint of a command request's body (IETF "Idempotency-Key" draft, section 2.4): SHA-256 of
 * its canonical JSON, object keys sorted, so a retry that serialises the same body differently (key
 * order, spacing) is still the same request, and any other value is not. `undefined` (no body) and `{}`
 * are one request: commands without a body accept an empty object.
 */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(body ?? {}))
    .digest('base64url');
}

/** JSON with object keys in code-point order at every level. The body already passed the depth limit. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
