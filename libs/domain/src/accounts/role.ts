/**
 * One role per account. A submitter is bound to exactly one unit; the other roles act province-wide.
 *  - submitter     — reports figures and evidence for their own unit (cán bộ đầu mối của sở/ban/ngành, UBND cấp huyện)
 *  - reviewer      — Sở TT&TT staff who approve or reject submissions and finalize reports (chuyên viên thẩm định)
 *  - lead_reviewer — a reviewer who may also reopen a finalized report (lãnh đạo phụ trách thẩm định)
 *  - inspector     — audits and replays how scores came to be (thanh tra, kiểm tra)
 *  - leadership    — reads series, rankings and the province roll-up (lãnh đạo tỉnh)
 *  - admin         — manages accounts and the register of units (quản trị hệ thống)
 */
export const ROLES = ['submitter', 'reviewer', 'lead_reviewer', 'inspector', 'leadership', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  // Stryker disable next-line ConditionalExpression: includes() converts nothing, so no value but a listed string is found (the typeof narrows the type)
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The only role bound to a unit. */
export function roleNeedsUnit(role: Role): boolean {
  return role === 'submitter';
}
