import type { Role, Session } from '../session/session';
import { currentQuarter } from '../common/periods';

export interface NavItem {
  key: string;
  path: string;
  /** i18n key under `nav.` */
  label: string;
}

/** What each role finds in the menu; the API decides what each may really do. */
export function navigationFor(session: Session): NavItem[] {
  const items: Record<string, NavItem> = {
    quarter: { key: 'quarter', path: `/units/${session.unit ?? ''}/${currentQuarter()}`, label: 'quarter' },
    review: { key: 'review', path: '/review', label: 'review' },
    dashboard: { key: 'dashboard', path: '/dashboard', label: 'dashboard' },
    audit: { key: 'audit', path: '/audit', label: 'audit' },
    plan: { key: 'plan', path: '/plan', label: 'plan' },
    admin: { key: 'admin', path: '/admin', label: 'admin' },
  };
  const byRole: Record<Role, string[]> = {
    submitter: ['quarter', 'plan'],
    reviewer: ['review', 'dashboard', 'plan'],
    lead_reviewer: ['review', 'dashboard', 'plan'],
    inspector: ['audit', 'dashboard', 'plan'],
    leadership: ['dashboard', 'plan'],
    admin: ['admin', 'dashboard'],
  };
  return byRole[session.role].map((key) => items[key]);
}

/** Where each role lands after logging in. */
export function homePathFor(session: Session): string {
  return navigationFor(session)[0].path;
}
