import { currentLanguage, type Language } from '../i18n';

/**
 * Display formatting. Figures arrive from the API as exact decimal strings ("3.20", "12500000",
 * "62.50%"); they are regrouped as text, never through a float, so what is shown is what was computed.
 * Vietnamese: 12.500.000 and 3,20; English: 12,500,000 and 3.20.
 */
export function formatDecimal(value: string | number, language: Language = currentLanguage()): string {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction] = match;
  const thousands = language === 'vi' ? '.' : ',';
  const decimal = language === 'vi' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}

/** "3,20 điểm" / "3.20 points" from the API's 2-decimal display string. */
export function formatPoints(display: string, language: Language = currentLanguage()): string {
  return `${formatDecimal(display, language)} ${language === 'vi' ? 'điểm' : 'points'}`;
}

/** "83,33%" from "83.33%". */
export function formatPercent(display: string, language: Language = currentLanguage()): string {
  return `${formatDecimal(display.replace(/%$/, ''), language)}%`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** dd/mm/yyyy in the province's time zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000);
  if (Number.isNaN(local.getTime())) return iso;
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** dd/mm/yyyy HH:mm (UTC+7). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000);
  if (Number.isNaN(local.getTime())) return iso;
  return `${formatDate(iso)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "Quý 2/2025" / "Q2 2025" from "2025-Q2". */
export function formatQuarter(period: string, language: Language = currentLanguage()): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match === null) return period;
  return language === 'vi' ? `Quý ${match[2]}/${match[1]}` : `Q${match[2]} ${match[1]}`;
}

/** File sizes: "1,5 MB". */
export function formatBytes(bytes: number, language: Language = currentLanguage()): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1);
  return `${formatDecimal(text, language)} ${units[unit]}`;
}
