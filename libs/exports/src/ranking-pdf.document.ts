import { UNIT_BLOCKS } from '@dti/catalogue';
import { formatQuarter, parseQuarter, previousQuarter } from '@dti/domain';
import { findRankings, PeriodStatsEntity, type RankingChangeView } from '@dti/read-model';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EntityManager } from 'typeorm';
import { officialDocument, repeatingTable } from './pdf-layout';
import { blockLabel, quarterLabel, vietnameseNumberText } from './vietnamese-labels';

export interface RankingPdfData {
  period: string;
  previousPeriod: string;
  blocks: Array<{ block: string; units: RankingChangeView[] }>;
  /** The quarter's totals per scope (province, each block): the mean, min and max percentage. */
  rollup: PeriodStatsEntity[];
}

export async function loadRankingPdfData(manager: EntityManager, period: string): Promise<RankingPdfData> {
  const blocks = [];
  for (const block of UNIT_BLOCKS) blocks.push({ block, units: await findRankings(manager, { period, block }) });
  const rollup = await manager.find(PeriodStatsEntity, { where: { period, depth: 0 } });
  const order = ['province', ...UNIT_BLOCKS];
  rollup.sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope));
  return { period, previousPeriod: formatQuarter(previousQuarter(parseQuarter(period))), blocks, rollup };
}

/** "Tăng 2 bậc", "Giảm 1 bậc", "Không đổi", "—" (no rank last quarter). */
export function rankChangeLabel(change: number | null): string {
  if (change === null) return '—';
  if (change > 0) return `Tăng ${change} bậc`;
  if (change < 0) return `Giảm ${-change} bậc`;
  return 'Không đổi';
}

/** Pure: the quarter's ranking as a pdfmake document. */
export function rankingDocument(data: RankingPdfData, generatedAt: Date): TDocumentDefinitions {
  const scopeLabel = (scope: string) => (scope === 'province' ? 'Toàn tỉnh' : blockLabel(scope));
  const blocks: Content[] = data.blocks.flatMap(({ block, units }): Content[] => [
    { text: `Xếp hạng ${blockLabel(block)}`, style: 'heading' },
    units.length === 0
      ? { text: 'Chưa có số liệu cho quý này.', italics: true }
      : repeatingTable(
          [46, '*', 50, 50, 80],
          ['Thứ hạng', 'Đơn vị', 'Điểm', 'Tỷ lệ (%)', `So với ${quarterLabel(data.previousPeriod)}`],
          units.map((unit) => [
            unit.rank === null ? '—' : String(unit.rank),
            unit.reported ? unit.unitName : `${unit.unitName} (chưa báo cáo)`,
            vietnameseNumberText(unit.points),
            vietnameseNumberText(unit.percent),
            rankChangeLabel(unit.rankChange),
          ]),
          ['center', 'left', 'right', 'right', 'left'],
        ),
  ]);
  const rollup: Content =
    data.rollup.length === 0
      ? { text: 'Chưa có số liệu tổng hợp.', italics: true }
      : repeatingTable(
          ['*', 50, 70, 70, 70],
          ['Phạm vi', 'Số đơn vị', 'Trung bình (%)', 'Thấp nhất (%)', 'Cao nhất (%)'],
          data.rollup.map((stats) => [
            scopeLabel(stats.scope),
            String(stats.unitCount),
            vietnameseNumberText(stats.meanPercent),
            vietnameseNumberText(stats.minPercent),
            vietnameseNumberText(stats.maxPercent),
          ]),
          ['left', 'right', 'right', 'right', 'right'],
        );
  const missing = data.blocks.flatMap(({ block, units }) =>
    units.filter((unit) => !unit.reported).map((unit) => [blockLabel(block), unit.unit, unit.unitName]),
  );
  const notReported: Content =
    missing.length === 0
      ? { text: 'Tất cả đơn vị đã báo cáo.', italics: true }
      : repeatingTable([130, 70, '*'], ['Khối', 'Mã đơn vị', 'Đơn vị'], missing);
  return officialDocument({
    title: ['BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ', `${quarterLabel(data.period)} (${data.period})`],
    info: { title: `Xếp hạng ${data.period}`, subject: 'Xếp hạng chuyển đổi số các cơ quan, đơn vị' },
    generatedAt,
    provenance: `Xếp hạng ${data.period} từ dữ liệu chiếu hiện tại (số liệu đã duyệt); cùng nội dung: GET /rankings/${data.period}`,
    body: [
      ...blocks,
      { text: 'Tổng hợp toàn tỉnh', style: 'heading' },
      rollup,
      { text: 'Đơn vị chưa báo cáo', style: 'heading' },
      notReported,
    ],
  });
}
