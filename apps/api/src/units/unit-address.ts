import { parseUnitCode, unitStreamId } from '@dti/domain';

/** A unit code from a path, upper-cased (codes are upper-case) and checked: INVALID_UNIT_CODE (422) names it. */
export function unitAddress(raw: unknown): { code: string; streamId: string } {
  const code = parseUnitCode(typeof raw === 'string' ? raw.trim().toUpperCase() : raw);
  return { code, streamId: unitStreamId(code) };
}
