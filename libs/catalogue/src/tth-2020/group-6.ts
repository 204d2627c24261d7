/**
 * Group 6 of Phụ lục 4, plan 222/KH-UBND (2020): "An toàn, an ninh mạng và độ tin cậy số" (seed lines ~3101–3225).
 *
 * Same transcription conventions as group-5.ts: titles, scoring texts and Ghi chú (notes[0]) verbatim with the
 * scan's losses, repairs only in notes/errata; input labels are the Ghi chú's words verbatim. This group's Ghi chú
 * gives ratios as "numerator/denominator" text without letters, so each label is the verbatim fragment naming
 * that figure, with a = the denominator and b = the numerator. Every row speaks of the state agencies' systems in
 * general, so all criteria apply to both blocks.
 */
import type { CatalogueNode, Erratum } from '../catalogue.types';

export const group6: CatalogueNode = {
  code: '6',
  title: 'An toàn, an ninh mạng và độ tin cậy số',
  titleEn: 'Cyber safety, security and digital trust',
  declaredMax: '30',
  notes: ['The seed declares 30 points, but its sub-groups declare and add up to 26: see the max-mismatch erratum.'],
  children: [
    {
      code: '6.1',
      title: 'Triển khai an toàn, an ninh theo mô hình 04 lớp',
      titleEn: 'Security deployed on the four-layer model',
      declaredMax: '6',
      children: [
        {
          code: '6.1.1',
          title: '100% HTTT đã triển khai mức bảo vệ 4 lớp',
          titleEn: 'All information systems protected at the four-layer level',
          declaredMax: '6',
          appliesTo: ['department', 'district'],
          rule: {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [
              { numerator: 'b4', weight: '100%' },
              { numerator: 'b3', weight: '50%' },
              { numerator: 'b2', weight: '30%' },
              { numerator: 'b1', weight: '10%' },
            ],
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Tổng số HTTT',
              labelEn: 'Information systems',
            },
            {
              name: 'b4',
              type: 'count',
              label: 'Số HTTT đã triển khai mức bảo vệ 4 lớp',
              labelEn: 'Of a: systems with four-layer protection deployed (4 of the 4 protection layers)',
            },
            {
              name: 'b3',
              type: 'count',
              label: 'Số HTTT đã triển khai mức bảo vệ 3 lớp',
              labelEn: 'Of a: systems with three-layer protection deployed (3 of the 4 protection layers)',
            },
            {
              name: 'b2',
              type: 'count',
              label: 'Số HTTT đã triển khai mức bảo vệ 2 lớp',
              labelEn: 'Of a: systems with two-layer protection deployed (2 of the 4 protection layers)',
            },
            {
              name: 'b1',
              type: 'count',
              label: 'Số HTTT đã triển khai mức bảo vệ 1 lớp',
              labelEn: 'Of a: systems with one-layer protection deployed (1 of the 4 protection layers)',
            },
          ],
          scoringText:
            '- Tỷ lệ số HTTT đã triển khai mức bảo vệ 4 lớp * Điểm tối đa;\n- Tỷ lệ số HTTT đã triển khai mức bảo vệ 3 lớp * 50%* Điểm tối đa;\n- Tỷ lệ số HTTT đã triển khai mức bảo vệ 2 lớp * 30%* Điểm tối đa;\n- Tỷ lệ số HTTT đã triển khai mức bảo vệ 1 lớp * 10%* Điểm tối đa;\n- Chưa triển khai: 0 điểm',
          notes: [
            '- Bảo vệ lớp 1 (Kiện toàn lực lượng tại chỗ);\n- Bảo vệ lớp 2 (Lựa chọn tối thiểu một tổ chức, Doanh nghiệp giám sát, bảo vệ chuyên nghiệp);\n- Bảo vệ lớp 3 (Định kỳ thực hiện kiểm tra, đánh giá độc lập);\n- Bảo vệ lớp 4 (Kết ni, chia sẻ thông tin với hệ thống giám sát quốc gia).',
            'The seed names no letters. Inputs: a = all information systems; b4, b3, b2, b1 = systems protected with 4, 3, 2, 1 layers ("mức bảo vệ 4 lớp" … "1 lớp"; the Ghi chú lists the layers, which need not be deployed in order). Each system is counted once, by how many layers it has, so b4 + b3 + b2 + b1 ≤ a; systems with no layer ("Chưa triển khai") are in a only. The input labels are ours, built from the scoring text.',
            'points = (b4 × 100% + b3 × 50% + b2 × 30% + b1 × 10%) / a × max.',
          ],
        },
      ],
    },
    {
      code: '6.2',
      title: 'Bảo vệ hệ thống thông tin theo cấp độ',
      titleEn: 'Protection of information systems by security level',
      declaredMax: '8',
      children: [
        {
          code: '6.2.1',
          title: '100% hệ thống thông tin trong CQNN được phê duyệt theo cấp độ',
          titleEn: "All state agencies' information systems have an approved security level",
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'tổng số hệ thống thông tin thuộc phạm vi quản lý trên địa bàn',
              labelEn: 'Information systems under management in the area',
            },
            {
              name: 'b',
              type: 'count',
              label: 'tng shệ thng thông tin được phê duyệt theo cấp độ',
              labelEn: 'Of a: systems with an approved security level',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            'Tỷ lệ = tng shệ thng thông tin được phê duyệt theo cấp độ/tổng số hệ thống thông tin thuộc phạm vi quản lý trên địa bàn',
          ],
        },
        {
          code: '6.2.2',
          title:
            '100% hệ thống thông tin CQNN được triển khai phương án bảo vệ theo hồ sơ đề xuất cấp độ được phê duyệt',
          titleEn:
            "All state agencies' information systems implement the protection plan of their approved security-level dossier",
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'tổng số hệ thống thông tin thuộc phạm vi quản lý trên địa bàn',
              labelEn: 'Information systems under management in the area',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'tổng số hệ thống thông tin được triển khai phương án bảo vệ theo hồ sơ đề xuất cấp độ được phê duyệt',
              labelEn: 'Of a: systems implementing the protection plan of their approved security-level dossier',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            'Tỷ lệ = tổng số hệ thống thông tin được triển khai phương án bảo vệ theo hồ sơ đề xuất cấp độ được phê duyệt/tổng số hệ thống thông tin thuộc phạm vi quản lý trên địa bàn',
          ],
        },
      ],
    },
    {
      code: '6.3',
      title: 'Mức độ lây nhiễm mã độc',
      titleEn: 'Malware infection',
      declaredMax: '12',
      children: [
        {
          code: '6.3.1',
          title:
            '100% hệ thống thông tin chuyên ngành (dùng riêng) có 100% máy chủ, được cài đặt phần mềm phòng, chống mã độc',
          titleEn: 'All specialised (dedicated) information systems have anti-malware software on every server',
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Tổng số hệ thống thông tin CQNN trên địa bàn tỉnh',
              labelEn: "State agencies' information systems in the province",
            },
            {
              name: 'b',
              type: 'count',
              label: 'tng số hệ thống thông tin CQNN có 100% máy chủ được cài đặt phần mềm phòng chống mã độc',
              labelEn: 'Of a: systems with anti-malware software on every server',
            },
          ],
          scoringText: 'Điểm = tỷ lệ * Điểm tối đa',
          notes: [
            'Tỷ lệ = tng số hệ thống thông tin CQNN có 100% máy chủ được cài đặt phần mềm phòng chống mã độc /Tổng số hệ thống thông tin CQNN trên địa bàn tỉnh',
            'The title speaks of specialised (dedicated) systems, the Ghi chú of all state-agency systems; the inputs follow the Ghi chú.',
          ],
        },
        {
          code: '6.3.2',
          title: 'Có 100% máy trạm được cài đặt phần mềm phòng, chống mã độc',
          titleEn: 'Anti-malware software is installed on every workstation',
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Tổng số CQNN trên địa bàn tỉnh',
              labelEn: 'State agencies in the province',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số CQNN có 100% máy trạm được cài đặt phần mềm phòng chống mã độc',
              labelEn: 'Of a: agencies with anti-malware software on every workstation',
            },
          ],
          scoringText: 'Điểm = tỷ lệ * Điểm tối đa',
          notes: [
            'Tỷ lệ = Số CQNN có 100% máy trạm được cài đặt phần mềm phòng chống mã độc/Tổng số CQNN trên địa bàn tỉnh',
          ],
        },
        {
          code: '6.3.3',
          title: '100% hệ thống thông tin chuyên ngành (dùng riêng) kết nối, chia sẻ dữ liệu mã độc về Trung tâm IOC',
          titleEn:
            'All specialised (dedicated) information systems connect to and share malware data with the IOC centre',
          declaredMax: '4',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Tổng số hệ thống thông tin trên địa bàn',
              labelEn: 'Information systems in the area',
            },
            {
              name: 'b',
              type: 'count',
              label: 'tổng số hệ thống thông tin có kết nối, chia sẻ dữ liệu mã độc về Trung tâm NCSC',
              labelEn: 'Of a: systems connected to and sharing malware data with the NCSC centre',
            },
          ],
          scoringText: 'Điểm = tỷ lệ * Điểm tối đa',
          notes: [
            'Tỷ lệ = tổng số hệ thống thông tin có kết nối, chia sẻ dữ liệu mã độc về Trung tâm NCSC/Tổng số hệ thống thông tin trên địa bàn',
            'The title names the IOC centre, the Ghi chú the NCSC centre: see the erratum. The inputs follow the Ghi chú.',
          ],
        },
      ],
    },
  ],
};

export const group6Errata: Erratum[] = [
  {
    code: '6',
    kind: 'max-mismatch',
    seedSays: '6 | An toàn, an ninh mạng và độ tin cậy số | 30',
    interpretation:
      'The sub-groups declare 6.1 = 6, 6.2 = 8, 6.3 = 12, 26 in all, and their criteria add up to the same 26. The declared 30 is kept as printed, but no points are invented: the group is worth 26.',
  },
  {
    code: '6.3.3',
    kind: 'other',
    seedSays:
      '100% hệ thống thông tin chuyên ngành (dùng riêng) kết nối, chia sẻ dữ liệu mã độc về Trung tâm IOC | … | Tỷ lệ = tổng số hệ thống thông tin có kết nối, chia sẻ dữ liệu mã độc về Trung tâm NCSC/Tổng số hệ thống thông tin trên địa bàn',
    interpretation:
      "The title names the IOC (the province's smart-city operations centre), the Ghi chú the NCSC (the national cyber-security monitoring centre, which collects malware data). The figure counted is the Ghi chú's, systems sharing malware data with the NCSC, because malware data sharing is the NCSC's role and the Ghi chú defines the input; the reviewer decides whether sharing through the provincial centre counts.",
  },
];
