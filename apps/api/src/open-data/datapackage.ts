/**
 * The Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing open data:
 * for every quarter with a published report, its rankings and scores as CSV, with the fields' types.
 * Paths are relative to the descriptor (/open-data/datapackage.json → /open-data/2025-Q2/rankings.csv).
 */
type Field = { name: string; type: string; title: string; description?: string };

export const RANKING_FIELDS: readonly Field[] = [
  { name: 'period', type: 'string', title: 'Quý / quarter', description: 'YYYY-Qn' },
  { name: 'block', type: 'string', title: 'Khối / block', description: 'department | district' },
  {
    name: 'rank',
    type: 'integer',
    title: 'Thứ hạng / rank',
    description: 'Competition ranking within the block (1, 1, 3)',
  },
  { name: 'unit', type: 'string', title: 'Mã đơn vị / unit code' },
  { name: 'unit_name', type: 'string', title: 'Đơn vị / unit' },
  { name: 'points', type: 'number', title: 'Tổng điểm / total points', description: 'Rounded to 2 decimals' },
  { name: 'applicable_max', type: 'number', title: 'Điểm tối đa / max points' },
  { name: 'percent', type: 'number', title: 'Tỷ lệ (%) / percentage', description: 'Rounded to 2 decimals' },
  {
    name: 'points_exact',
    type: 'string',
    title: 'Điểm (chính xác) / exact points',
    description: 'A fraction in lowest terms',
  },
  {
    name: 'percent_exact',
    type: 'string',
    title: 'Tỷ lệ (chính xác) / exact percentage',
    description: 'A fraction in lowest terms, in percent',
  },
  { name: 'report_version', type: 'integer', title: 'Phiên bản đã công bố / published version' },
  { name: 'finalized_at', type: 'datetime', title: 'Thời điểm chốt / finalized at' },
  { name: 'position', type: 'string', title: 'Vị trí sự kiện / event position', description: 'Replay with ?asOf=' },
];

export const SCORE_FIELDS: readonly Field[] = [
  { name: 'period', type: 'string', title: 'Quý / quarter' },
  { name: 'unit', type: 'string', title: 'Mã đơn vị / unit code' },
  { name: 'unit_name', type: 'string', title: 'Đơn vị / unit' },
  { name: 'block', type: 'string', title: 'Khối / block' },
  { name: 'catalogue', type: 'string', title: 'Bộ tiêu chí / criteria set' },
  { name: 'criterion', type: 'string', title: 'Mã tiêu chí / criterion code' },
  { name: 'criterion_title', type: 'string', title: 'Tiêu chí / criterion' },
  {
    name: 'status',
    type: 'string',
    title: 'Trạng thái / status',
    description: 'scored | not-applicable | not-reported | error',
  },
  { name: 'points', type: 'number', title: 'Điểm / points' },
  { name: 'applicable_max', type: 'number', title: 'Điểm tối đa / max points', description: '0 when not applicable' },
  { name: 'points_exact', type: 'string', title: 'Điểm (chính xác) / exact points' },
  { name: 'report_version', type: 'integer', title: 'Phiên bản đã công bố / published version' },
];

export function dataPackage(periods: readonly string[]): Record<string, unknown> {
  const resource = (period: string, kind: 'rankings' | 'scores') => ({
    name: `${kind}-${period.toLowerCase()}`,
    title: kind === 'rankings' ? `Xếp hạng ${period} / rankings` : `Điểm theo tiêu chí ${period} / scores`,
    path: `${period}/${kind}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    profile: 'tabular-data-resource',
    schema: { fields: kind === 'rankings' ? RANKING_FIELDS : SCORE_FIELDS },
  });
  return {
    profile: 'tabular-data-package',
    name: 'dti-hue-open-data',
    title: 'Dữ liệu mở: kết quả đánh giá chuyển đổi số tỉnh Thừa Thiên Huế / open data: digital transformation scores',
    description:
      'Chỉ kết quả đã công bố (phiên bản báo cáo đã chốt) / published results only: what finalized report ' +
      'versions say, never a pending or unpublished figure. Also as JSON: replace .csv with .json.',
    homepage: '/open-data/datapackage.json',
    resources: periods.flatMap((period) => [resource(period, 'rankings'), resource(period, 'scores')]),
  };
}
