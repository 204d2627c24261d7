import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { officialDocument, repeatingTable } from './pdf-layout';
import type { ReportPdfData } from './report-pdf.data';
import {
  blockLabel,
  quarterLabel,
  REPORT_STATUS_LABEL,
  vietnameseDateTime,
  vietnameseNumberText,
} from './vietnamese-labels';

/** Pure: a unit's quarterly report as a pdfmake document. */
export function reportDocument(data: ReportPdfData, generatedAt: Date): TDocumentDefinitions {
  const published =
    data.version === null
      ? 'Chưa công bố — số liệu hiện tại, chưa phải kết quả chính thức / not published: current figures'
      : `Phiên bản ${data.version} (đã công bố${data.finalizedAt === null ? '' : ` ${vietnameseDateTime(data.finalizedAt)}`}` +
        `${data.finalizedBy === null ? '' : `, người chốt: ${data.finalizedBy}`})` +
        (data.publishedVersions > data.version ? ` — đã có phiên bản mới hơn (${data.publishedVersions})` : '');
  const info: Content = {
    margin: [0, 10, 0, 0],
    table: {
      widths: [110, '*'],
      body: [
        ['Đơn vị', { text: `${data.unitName} (${data.unit})`, bold: true }],
        ['Khối', blockLabel(data.block)],
        ['Kỳ đánh giá', `${quarterLabel(data.period)} (${data.period})`],
        ['Bộ tiêu chí', `${data.catalogueTitle} (${data.catalogueId})`],
        ['Phiên bản báo cáo', published],
        ['Trạng thái hiện tại', REPORT_STATUS_LABEL[data.reportStatus] ?? data.reportStatus],
        [
          'Tổng điểm',
          {
            text:
              `${vietnameseNumberText(data.total.points)} / ${vietnameseNumberText(data.total.applicableMax)} điểm` +
              (data.total.percent === null ? '' : ` (${vietnameseNumberText(data.total.percent)}%)`),
            bold: true,
          },
        ],
      ],
    },
    layout: 'noBorders',
  };
  const groups: Content[] = data.groups.flatMap((group): Content[] => [
    {
      text:
        `Nhóm ${group.code}. ${group.title} — ${vietnameseNumberText(group.points)}/` +
        `${vietnameseNumberText(group.applicableMax)} điểm`,
      style: 'heading',
    },
    repeatingTable(
      [44, '*', 42, 38, 170],
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm', 'Diễn giải'],
      group.criteria.map((criterion) => [
        criterion.code,
        criterion.title,
        vietnameseNumberText(criterion.max),
        vietnameseNumberText(criterion.points),
        criterion.explanation,
      ]),
      ['left', 'left', 'right', 'right', 'left'],
    ),
  ]);
  const totals: Content = repeatingTable(
    [44, '*', 70, 70, 60],
    ['Mã', 'Nhóm', 'Điểm tối đa', 'Điểm', 'Tỷ lệ (%)'],
    [
      ...data.groups.map((group) => [
        group.code,
        group.title,
        vietnameseNumberText(group.applicableMax),
        vietnameseNumberText(group.points),
        vietnameseNumberText(group.percent),
      ]),
      [
        '',
        { text: 'Tổng điểm', bold: true },
        { text: vietnameseNumberText(data.total.applicableMax), bold: true, alignment: 'right' },
        { text: vietnameseNumberText(data.total.points), bold: true, alignment: 'right' },
        { text: vietnameseNumberText(data.total.percent), bold: true, alignment: 'right' },
      ],
    ],
    ['left', 'left', 'right', 'right', 'right'],
  );
  const notApplicable: Content[] =
    data.notApplicable.length === 0
      ? [{ text: 'Không có tiêu chí nào được xác định không áp dụng.', italics: true }]
      : [
          repeatingTable(
            [44, '*', 200],
            ['Mã', 'Tiêu chí', 'Lý do'],
            data.notApplicable.map((row) => [row.code, row.title, row.reason]),
          ),
        ];
  const replay =
    data.position === null
      ? 'chưa có sự kiện nào'
      : `vị trí sự kiện ${data.position} — tính lại: GET /scorecards/${data.unit}/${data.period}?asOf=${data.position}`;
  return officialDocument({
    title: ['BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ', `${quarterLabel(data.period)} — ${data.unitName}`],
    info: { title: `Báo cáo ${data.unit} ${data.period}`, subject: 'Kết quả đánh giá chuyển đổi số' },
    generatedAt,
    provenance:
      `${data.unit} ${data.period} · ${data.version === null ? 'chưa công bố' : `phiên bản ${data.version}`} · ` +
      `${data.catalogueId} · ${replay}`,
    body: [
      info,
      { text: 'Tổng hợp theo nhóm', style: 'heading' },
      totals,
      ...groups,
      { text: 'Tiêu chí không áp dụng', style: 'heading' },
      ...notApplicable,
    ],
  });
}
