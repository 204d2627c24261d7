/** JWT_TTL ("900" seconds, "15m", "8h", "1d"; validated by the platform's config schema) in seconds. */
export function tokenTtlSeconds(ttl: string): number {
  const match = /^([1-9]\d*)(s|m|h|d)?$/.exec(ttl.trim());
  if (match === null) throw new RangeError(`JWT_TTL must be a duration such as 900, 15m, 8h or 1d, got "${ttl}"`);
  const unit = { s: 1, m: 60, h: 3_600, d: 86_400 }[match[2] ?? 's'] ?? 1;
  return Number(match[1]) * unit;
}
