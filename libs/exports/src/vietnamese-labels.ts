import { parseQuarter } from '@dti/domain';

/**
 * The words and number shapes people read in the exports and PDFs (shared/UI-GLOSSARY.md): `3,20`,
 * `12.500.000`, `83,33%`, `30/06/2025 14:05`, `Quý 2/2025`.
 */
export const BLOCK_LABEL: Readonly<Record<string, string>> = {
  department: 'Khối sở, ban, ngành',
  district: 'Khối UBND cấp huyện',
};

/** A criterion's status in a scorecard (@dti/scoring CriterionStatus). */
export const CRITERION_STATUS_LABEL: Readonly<Record<string, string>> = {
  scored: 'Đã duyệt',
  'not-applicable': 'Không áp dụng',
  'not-reported': 'Chưa nộp',
  error: 'Lỗi tính điểm',
};

/** A submission's status (the domain's SubmissionStatus). */
export const SUBMISSION_STATUS_LABEL: Readonly<Record<string, string>> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Bị từ chối',
  withdrawn: 'Đã rút',
  superseded: 'Đã được thay thế',
};

export const REPORT_STATUS_LABEL: Readonly<Record<string, string>> = {
  not_opened: 'Chưa báo cáo',
  open: 'Đang báo cáo',
  finalized: 'Đã chốt',
  reopened: 'Đã mở lại',
};

export function blockLabel(block: string): string {
  return BLOCK_LABEL[block] ?? block;
}

/** "2025-Q2" → "Quý 2/2025". */
export function quarterLabel(period: string): string {
  const quarter = parseQuarter(period);
  return `Quý ${quarter.quarter}/${quarter.year}`;
}

/** 3.2 → "3,20"; 12500000 → "12.500.000,00" (2 decimals unless `decimals` says otherwise). */
export function vietnameseNumber(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** A numeric column's text (PostgreSQL numeric) or null → "3,20" / "—". */
export function vietnameseNumberText(value: string | number | null, decimals = 2): string {
  return value === null ? '—' : vietnameseNumber(Number(value), decimals);
}

/** "30/06/2025 14:05" in Huế's time. */
export function vietnameseDateTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}
