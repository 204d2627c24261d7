/**
 * Group 5 of Phụ lục 4, plan 222/KH-UBND (2020): "Hoạt động của Chính quyền số" (seed lines ~2435–3097).
 *
 * Transcription conventions (shared by group-5/6/7.ts):
 * - `title`, `scoringText` and the Ghi chú text are VERBATIM from the seed, scanning losses included
 *   ("Chữ ký điện tử, chữ ký s"): the seed is the legal text and reviewers check against it. The titles and
 *   labels users read are repaired when the catalogue is assembled (display-texts.ts, the seed's text kept as
 *   `seedText`), so no reading notes are needed here.
 * - `scoringText` keeps the seed's lines of the "Cách tính điểm" cell, joined with "\n".
 * - `notes[0]` is the seed's "Ghi chú" cell verbatim (lines joined with "\n") when the seed gives one; the
 *   notes after it are ours, in English.
 * - An input's `label` is its Ghi chú bullet verbatim, minus the bullet mark ("- ", "+ ") and the closing ";"/".".
 *   Where the Ghi chú names a figure only inside a formula, the label is that verbatim fragment; where the seed
 *   names no figure at all, the label is ours and a note says so.
 * - Where a title and its Ghi chú disagree on what is counted, the inputs follow the Ghi chú (it is the
 *   definition submitters count by) unless the scoring text itself sides with the title (7.1.2); a
 *   contradiction, not a mere difference of scope, is also an erratum.
 * - Two seed rows that share one rule and one max (5.8.1 + 5.8.2, 5.9.1 + 5.9.2) are one scored criterion under
 *   the first code; the second row is not a node (it would be a leaf without a rule) but is kept verbatim in the
 *   first row's notes and in a 'merged-rows' erratum.
 * - Errata quote the seed verbatim in `seedSays`; cells of one row are joined by " | ", "…" marks cells left out.
 * - appliesTo: "cấp tỉnh" rows → departments; "cấp huyện" / "cấp xã" rows → district committees (a district
 *   committee answers for its communes); rows about the whole province's administration → both.
 */
import type { CatalogueNode, Erratum } from '../catalogue.types';

export const group5: CatalogueNode = {
  code: '5',
  title: 'Hoạt động của Chính quyền số',
  titleEn: 'Digital government operations',
  declaredMax: '100',
  notes: [
    'The seed declares 100 points, but its sub-groups declare 84 and their criteria add up to 83: see errata for 5 and 5.4.',
  ],
  children: [
    {
      code: '5.1',
      title: 'Thư điện tử',
      titleEn: 'E-mail',
      declaredMax: '2',
      children: [
        {
          code: '5.1.1',
          title: '100% CBCCVC có tài khoản thư điện tử chính thức',
          titleEn: 'All officials and public employees (CBCCVC) have an official e-mail account',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thng kê số lượng CBCC của tỉnh (gọi là a)',
              labelEn: 'Number of officials (CBCC)',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CBCC của tnh có tài khoản thư điện tử chính thức (gọi là b)',
              labelEn: 'Number of officials (CBCC) with an official e-mail account',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thng kê số lượng CBCC của tỉnh (gọi là a)\n- Thống kê số lượng CBCC của tnh có tài khoản thư điện tử chính thức (gọi là b)\n- Tỷ lệ = b/a* 100%',
            'The title counts CBCCVC (officials and public employees), the Ghi chú only CBCC (officials); the inputs follow the Ghi chú.',
          ],
        },
      ],
    },
    {
      code: '5.2',
      title: 'Hệ thống Quản lý văn bản và điều hành (QLVBĐH)',
      titleEn: 'Document management and administration system (QLVBĐH)',
      declaredMax: '6',
      children: [
        {
          code: '5.2.1',
          title: '100% trao đổi văn bản điện tử cấp tỉnh',
          titleEn: 'All documents exchanged electronically at provincial level',
          declaredMax: '2',
          appliesTo: ['department'],
          rule: {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [
              { numerator: 'b', weight: '1/2' },
              { numerator: 'c', weight: '1' },
            ],
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi được trao đổi của các cơ quan, đơn vị cấp tỉnh (trừ văn bản mật) (gọi là a)',
              labelEn: 'Outgoing documents exchanged by provincial agencies and units (classified documents excluded)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp tỉnh được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b)',
              labelEn: 'Of a: sent electronically alongside a paper copy',
            },
            {
              name: 'c',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp tỉnh được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c)',
              labelEn: 'Of a: sent fully electronically, without paper',
            },
          ],
          scoringText: 'Điểm= (b/a) * Điểm tối đa * 1/2 + (c/a) * Điểm tối đa',
          notes: [
            '- Thống kê tổng số văn bản đi được trao đổi của các cơ quan, đơn vị cấp tỉnh (trừ văn bản mật) (gọi là a).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp tỉnh được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp tỉnh được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c).',
            'b and c are disjoint parts of a, so b + c ≤ a and the points never exceed the max.',
          ],
        },
        {
          code: '5.2.2',
          title: '100% trao đổi văn bản điện tử cấp huyện',
          titleEn: 'All documents exchanged electronically at district level',
          declaredMax: '2',
          appliesTo: ['district'],
          rule: {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [
              { numerator: 'b', weight: '1/2' },
              { numerator: 'c', weight: '1' },
            ],
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tng svăn bản đi được trao đổi của các cơ quan, đơn vị cấp huyện (trừ văn bản mật) (gọi là a)',
              labelEn: 'Outgoing documents exchanged by district agencies and units (classified documents excluded)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp huyện được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b)',
              labelEn: 'Of a: sent electronically alongside a paper copy',
            },
            {
              name: 'c',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp huyện được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c)',
              labelEn: 'Of a: sent fully electronically, without paper',
            },
          ],
          scoringText: 'Điểm= (b/a) * Điểm tối đa * 1/2 + (c/a) * Điểm tối đa',
          notes: [
            '- Thống kê tng svăn bản đi được trao đổi của các cơ quan, đơn vị cấp huyện (trừ văn bản mật) (gọi là a).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp huyện được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp huyện được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c).',
            'b and c are disjoint parts of a, so b + c ≤ a and the points never exceed the max.',
          ],
        },
        {
          code: '5.2.3',
          title: '100% trao đi văn bản điện tử cấp xã',
          titleEn: 'All documents exchanged electronically at commune level',
          declaredMax: '2',
          appliesTo: ['district'],
          rule: {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [
              { numerator: 'b', weight: '1/2' },
              { numerator: 'c', weight: '1' },
            ],
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thng kê tng svăn bản đi được trao đổi của các cơ quan, đơn vị cấp xã (trừ văn bản mật) (gọi là a)',
              labelEn: 'Outgoing documents exchanged by commune agencies and units (classified documents excluded)',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp xã được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b)',
              labelEn: 'Of a: sent electronically alongside a paper copy',
            },
            {
              name: 'c',
              type: 'count',
              label:
                'Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp xã được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c)',
              labelEn: 'Of a: sent fully electronically, without paper',
            },
          ],
          scoringText: 'Điểm = (b/a) * Điểm tối đa *1/2 + (c/a) * Điểm tối đa',
          notes: [
            '- Thng kê tng svăn bản đi được trao đổi của các cơ quan, đơn vị cấp xã (trừ văn bản mật) (gọi là a).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp xã được gửi dưới dạng văn bản điện tử song song với bản giấy (gọi là b).\n- Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp xã được gửi hoàn toàn dưới dạng điện tử, không kèm văn bản giấy (gọi là c).',
            'Title as scanned; reads "100% trao đổi văn bản điện tử cấp xã".',
            'Communes are not ranked units: the district committee reports for the communes of its district.',
            'b and c are disjoint parts of a, so b + c ≤ a and the points never exceed the max.',
          ],
        },
      ],
    },
    {
      code: '5.3',
      title: 'Chữ ký điện tử, chữ ký s',
      titleEn: 'Electronic and digital signatures',
      declaredMax: '4',
      notes: ['Title as scanned; reads "Chữ ký điện tử, chữ ký số".'],
      children: [
        {
          code: '5.3.1',
          title: '100% các CQNN của tỉnh đã được cấp chứng thư số',
          titleEn: 'All state agencies of the province hold digital certificates',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thng kê số lượng CQNN của tỉnh (gọi là a)',
              labelEn: 'Number of state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CQNN được cấp chứng thư số của tỉnh (gọi là b)',
              labelEn: 'Number of state agencies issued a digital certificate',
            },
          ],
          scoringText: 'Điểm = Điểm tối đa*Tỷ lệ',
          notes: [
            '- Thng kê số lượng CQNN của tỉnh (gọi là a)\n- Thống kê số lượng CQNN được cấp chứng thư số của tỉnh (gọi là b)\n- Tỷ l = b/a * 100%',
          ],
        },
        {
          code: '5.3.2',
          title: '100% cán bộ lãnh đạo được cấp chứng thư số',
          titleEn: 'All leaders hold digital certificates',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng cán bộ lãnh đạo của tỉnh (gọi là a)',
              labelEn: 'Number of leaders',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng cán bộ lãnh đạo được cấp chứng thư số của tỉnh (gọi là b)',
              labelEn: 'Number of leaders issued a digital certificate',
            },
          ],
          scoringText: 'Điểm = Điểm tối đa* Tỷ lệ',
          notes: [
            '- Thống kê số lượng cán bộ lãnh đạo của tỉnh (gọi là a)\n- Thống kê số lượng cán bộ lãnh đạo được cấp chứng thư số của tỉnh (gọi là b)\n- Tỷ lệ = b/a * 100%',
          ],
        },
      ],
    },
    {
      code: '5.4',
      title: 'Các ứng dụng số cơ bản',
      titleEn: 'Basic digital applications',
      declaredMax: '9',
      notes: ['Declares 9 points but its four criteria are worth 2 each (8): see the max-mismatch erratum.'],
      children: [
        {
          code: '5.4.1',
          title: '100% CQNN của tỉnh đã triển khai ứng dụng Quản lý nhân sự',
          titleEn: 'All state agencies of the province use a human-resources management application',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CQNN của tnh (gọi là a)',
              labelEn: 'Number of state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý nhân sự của tỉnh (gọi là b)',
              labelEn: 'Number of state agencies using a human-resources management application',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê số lượng CQNN của tnh (gọi là a)\n- Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý nhân sự của tỉnh (gọi là b)\n- Tỷ lệ = b/a * 100%',
          ],
        },
        {
          code: '5.4.2',
          title: '100% CQNN của tỉnh đã triển khai ứng dụng Quản lý Tài chính - Kế toán',
          titleEn: 'All state agencies of the province use a finance and accounting application',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CQNN của tnh (gọi là a)',
              labelEn: 'Number of state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Tài chính - Kế toán của tnh (gọi là b)',
              labelEn: 'Number of state agencies using a finance and accounting application',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê số lượng CQNN của tnh (gọi là a)\n- Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Tài chính - Kế toán của tnh (gọi là b)\n- Tỷ l = b/a * 100%',
          ],
        },
        {
          code: '5.4.3',
          title: '100% CQNN của tỉnh đã triển khai ứng dụng Quản lý Thi đua khen thưởng',
          titleEn: 'All state agencies of the province use an emulation and commendation application',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CQNN của tỉnh (gọi là a)',
              labelEn: 'Number of state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Thi đua khen thưng (gọi là b)',
              labelEn: 'Number of state agencies using an emulation and commendation application',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê số lượng CQNN của tỉnh (gọi là a)\n- Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Thi đua khen thưng (gọi là b)\n- Tỷ lệ = b/a * 100%',
          ],
        },
        {
          code: '5.4.4',
          title: '100% CQNN của tnh đã triển khai ứng dụng Quản lý Tài sản',
          titleEn: 'All state agencies of the province use an asset management application',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng CQNN của tỉnh (gọi là a)',
              labelEn: 'Number of state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Tài sản của tỉnh (gọi là b)',
              labelEn: 'Number of state agencies using an asset management application',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê số lượng CQNN của tỉnh (gọi là a)\n- Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Tài sản của tỉnh (gọi là b)\n- Tỷ lệ = b/a * 100%',
            'Title as scanned; reads "100% CQNN của tỉnh đã triển khai ứng dụng Quản lý Tài sản".',
          ],
        },
      ],
    },
    {
      code: '5.5',
      title: 'Hệ thống thông tin báo cáo',
      titleEn: 'Reporting information system',
      declaredMax: '4',
      notes: ['The seed prints "4" twice on this row (see the copied-row erratum); 4 = 2 + 2 matches the criteria.'],
      children: [
        {
          code: '5.5.1',
          title: 'Đã triển khai hệ Hệ thống thông tin báo cáo của tỉnh',
          titleEn: "The province's reporting information system has been deployed",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'yes-no' },
          inputs: [
            {
              name: 'value',
              type: 'boolean',
              label: 'Đã triển khai',
              labelEn: 'Deployed (the unit uses the province reporting information system)',
            },
          ],
          scoringText: '- Đã triển khai: Điểm tối đa\n- Chưa kết nối: 0 điểm',
          notes: [
            'No Ghi chú in the seed; the input label is the first bullet of the scoring cell.',
            'The title repeats a word ("hệ Hệ thống"); kept as printed.',
          ],
        },
        {
          code: '5.5.2',
          title:
            '100% báo cáo định kỳ của SBN, UBND cấp huyện được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo của tỉnh',
          titleEn:
            "All periodic reports of departments and district committees are connected, integrated and shared as digital data on the province's reporting information system",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê số lượng báo cáo định kỳ CQNN của tỉnh lên Chính phủ, Thủ tướng Chính phủ (gọi là a)',
              labelEn: 'Periodic reports of state agencies to the Government and the Prime Minister',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê báo cáo định kỳ của tỉnh được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ (gọi là b)',
              labelEn: "Of a: connected, integrated and shared as digital data on the Government's reporting system",
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê số lượng báo cáo định kỳ CQNN của tỉnh lên Chính phủ, Thủ tướng Chính phủ (gọi là a)\n- Thống kê báo cáo định kỳ của tỉnh được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ (gọi là b)\n- Tỷ lệ = b/a * 100%',
            'Names both departments (SBN) and district committees, so it applies to both. The title and the Ghi chú name different systems: see the erratum.',
          ],
        },
      ],
    },
    {
      code: '5.6',
      title: 'Hội nghị truyền hình trực tuyến',
      titleEn: 'Online video conferencing',
      declaredMax: '2',
      children: [
        {
          code: '5.6.1',
          title:
            '100% cuộc họp qua hệ thống hội nghị truyền hình giữa UBND tỉnh với các CQNN cấp tỉnh, UBND cấp huyện, UBND cấp xã thực hiện trong năm',
          titleEn:
            "All meetings of the year between the provincial people's committee and provincial agencies, district and commune committees are held by video conference",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tổng số cuộc họp giữa UBND tỉnh với các CQNN cấp tỉnh, UBND cấp huyện, UBND cấp xã được thực hiện trong năm (gọi là a)',
              labelEn:
                'Meetings of the year between the provincial committee and provincial agencies, district and commune committees',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số lượng cuộc họp qua hệ thống hội nghị truyền hình giữa UBND tỉnh với các CQNN cấp tỉnh, UBND cấp huyện, UBND cấp xã được thực hiện trong năm (gọi là b)',
              labelEn: 'Of a: held through the video-conferencing system',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê tổng số cuộc họp giữa UBND tỉnh với các CQNN cấp tỉnh, UBND cấp huyện, UBND cấp xã được thực hiện trong năm (gọi là a)\n- Thống kê số lượng cuộc họp qua hệ thống hội nghị truyền hình giữa UBND tỉnh với các CQNN cấp tỉnh, UBND cấp huyện, UBND cấp xã được thực hiện trong năm (gọi là b)\n- Tỷ lệ = b/a * 100%',
            'Meetings with provincial agencies and with district/commune committees alike: applies to both blocks.',
          ],
        },
      ],
    },
    {
      code: '5.7',
      title: 'Hoạt động kiểm tra thông qua môi trường số',
      titleEn: 'Inspections carried out through the digital environment',
      declaredMax: '2',
      children: [
        {
          code: '5.7.1',
          title:
            '100% hoạt động kiểm tra của SBN, UBND cấp tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
          titleEn:
            "All inspections by departments and the provincial people's committee are carried out through the digital environment and the managing agency's information systems",
          declaredMax: '2',
          appliesTo: ['department'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '50%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê các hoạt động kiểm tra của cơ quan nhà nước thuộc tỉnh (gọi là a)',
              labelEn: 'Inspections by state agencies',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê các hoạt động kiểm tra của cơ quan nhà nước thuộc tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (gọi là b)',
              labelEn:
                "Of a: carried out through the digital environment and the managing agency's information systems",
            },
          ],
          scoringText: '- Tỷ lệ từ 50% trở lên: Điểm tối đa;\n- Tlệ dưới 50%: Tỷ lệ/50% * Điểm tối đa',
          notes: [
            '- Thống kê các hoạt động kiểm tra của cơ quan nhà nước thuộc tỉnh (gọi là a);\n- Thống kê các hoạt động kiểm tra của cơ quan nhà nước thuộc tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (gọi là b);\n- Tỷ lệ = b/a',
            'Applies to departments: the title names "SBN, UBND cấp tỉnh" (provincial level). Elsewhere the seed pairs SBN with "UBND cấp huyện" (5.5.2), so "cấp tỉnh" may be a slip for "cấp huyện"; the Ghi chú\'s "cơ quan nhà nước thuộc tỉnh" would also cover districts. If the plan\'s owner confirms that reading, set appliesTo to both blocks.',
          ],
        },
      ],
    },
    {
      code: '5.8',
      title: 'Tỷ lệ dịch vụ công trực tuyến',
      titleEn: 'Share of online public services',
      declaredMax: '10',
      children: [
        {
          code: '5.8.1',
          title: 'Tỷ lệ DVCTT mức độ 3',
          titleEn: 'Share of level-3 and level-4 online public services (5.8.2, level 4, merged into this row)',
          declaredMax: '10',
          appliesTo: ['department', 'district'],
          rule: {
            kind: 'weighted-ratios',
            denominator: 'a',
            terms: [
              { numerator: 'b', weight: '1/2' },
              { numerator: 'c', weight: '1' },
            ],
            fullWhen: { numerator: 'c', threshold: '80%' },
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tng số dịch vụ công của tỉnh, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là a)',
              labelEn: 'Public services, excluding online services deployed locally by ministries',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 3 tnh đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là b)',
              labelEn: 'Of a: provided online at level 3',
            },
            {
              name: 'c',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 4 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là c)',
              labelEn: 'Of a: provided online at level 4',
            },
          ],
          scoringText:
            '- Điểm tỷ lệ DVCTT mức độ 3, 4 được tính như sau:\n+ Nếu tỷ lệ DVCTT mức độ 4 từ 80% trở lên thì đạt Điểm tối đa;\n+ Nếu tỷ lệ DVCTT mức độ 4 dưới 80% thì tính theo công thức: b/a * (Điểm tối đa/2) + c/a * Điểm tối đa',
          notes: [
            '- Thống kê tng số dịch vụ công của tỉnh, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là a);\n- Thống kê số dịch vụ công trực tuyến mức độ 3 tnh đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là b);\n- Thống kê số dịch vụ công trực tuyến mức độ 4 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là c);\n- Tỷ lệ dịch vụ công trực tuyến mức độ 3 là b/a;\n- Tỷ lệ dịch vụ công trực tuyến mức độ 4 là c/a;',
            'Merged with the next seed row, which has no rule or points of its own: "5.8.2 — 100% DVCTT mức độ 4". One criterion, scored under 5.8.1 with 10 points (see the merged-rows erratum).',
            'A service counts at its highest level only, so b + c ≤ a; below the 80% level-4 threshold the points stay under 9/10 of the max.',
          ],
        },
      ],
    },
    {
      code: '5.9',
      title: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến',
      titleEn: 'Share of online public services that received online applications',
      declaredMax: '10',
      children: [
        {
          code: '5.9.1',
          title: '70% DVCTT mức độ 3 có phát sinh HSTT',
          titleEn:
            '70% of level-3 and level-4 online public services received online applications (5.9.2, level 4, merged into this row)',
          declaredMax: '10',
          appliesTo: ['department', 'district'],
          rule: {
            kind: 'threshold-proportional',
            denominator: ['a', 'c'],
            numerator: ['b', 'd'],
            threshold: '70%',
          },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 3 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là a)',
              labelEn: 'Level-3 online public services provided, excluding those deployed locally by ministries',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 3 có phát sinh HSTT, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là b)',
              labelEn: 'Of a: level-3 services that received online applications',
            },
            {
              name: 'c',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 4 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là c)',
              labelEn: 'Level-4 online public services provided, excluding those deployed locally by ministries',
            },
            {
              name: 'd',
              type: 'count',
              label:
                'Thống kê số dịch vụ công trực tuyến mức độ 4 có phát sinh HSTT, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là d)',
              labelEn: 'Of c: level-4 services that received online applications',
            },
          ],
          scoringText:
            'Điểm tỷ lệ DVCTT mức độ 3, 4 có phát sinh HSTT được tính như sau: Nếu x:\n+ Từ 70% trở lên: Điểm tối đa\n+ Dưới 70%: (x/70%)*Điểm tối đa',
          notes: [
            '- Thống kê số dịch vụ công trực tuyến mức độ 3 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là a);\n- Thống kê số dịch vụ công trực tuyến mức độ 3 có phát sinh HSTT, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là b);\n- Thống kê số dịch vụ công trực tuyến mức độ 4 đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là c);\n- Thống kê số dịch vụ công trực tuyến mức độ 4 có phát sinh HSTT, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là d);\n- Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh HSTT là x=(b+d)/(a+c)',
            'Merged with the next seed row, which has no rule or points of its own: "5.9.2 — 70% DVCTT mức độ 4 có phát sinh HSTT". One criterion, scored under 5.9.1 with 10 points (see the merged-rows erratum).',
            'x pools both levels: x = (b + d) / (a + c). b ≤ a and d ≤ c are parts of their wholes, and each level is checked on its own (b > a or d > c is refused even when the pooled sums hold).',
          ],
        },
      ],
    },
    {
      code: '5.10',
      title: 'Tỷ lệ hồ sơ trực tuyến',
      titleEn: 'Share of applications filed online',
      declaredMax: '12',
      children: [
        {
          code: '5.10.1',
          title: '60% hsơ trực tuyến cấp tỉnh',
          titleEn: '60% of applications filed online at provincial level',
          declaredMax: '4',
          appliesTo: ['department'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '60%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp tỉnh (gọi là a)',
              labelEn: 'Administrative-procedure applications handled in the year by provincial agencies and units',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp tỉnh (gọi là b)',
              labelEn: 'Of a: filed online through level-3/4 online public services',
            },
          ],
          scoringText:
            '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;\n- Tỷ lệ hsơ trực tuyến < 60%: điểm = (tỷ lệ/60%)* Điểm tối đa',
          notes: [
            '- Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp tỉnh (gọi là a);\n- Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp tỉnh (gọi là b);\n- Tỷ lệ hồ sơ trực tuyến là: b/a',
            'Title as scanned; reads "60% hồ sơ trực tuyến cấp tỉnh".',
            'The first bullet lost its "≥" sign: see the erratum.',
          ],
        },
        {
          code: '5.10.2',
          title: '60% hồ sơ trực tuyến cấp huyện',
          titleEn: '60% of applications filed online at district level',
          declaredMax: '4',
          appliesTo: ['district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '60%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp huyện (gọi là a)',
              labelEn: 'Administrative-procedure applications handled in the year by district agencies and units',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp huyện (gọi là b)',
              labelEn: 'Of a: filed online through level-3/4 online public services',
            },
          ],
          scoringText:
            '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;\n- Tỷ lệ hồ sơ trực tuyến < 60%: điểm = (tỷ lệ/60%)* Điểm tối đa',
          notes: [
            '- Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp huyện (gọi là a);\n- Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp huyện (gọi là b);\n- Tỷ lệ hồ sơ trực tuyến là: b/a',
            'The first bullet lost its "≥" sign: see the erratum.',
          ],
        },
        {
          code: '5.10.3',
          title: '60% hồ sơ trực tuyến cấp xã',
          titleEn: '60% of applications filed online at commune level',
          declaredMax: '4',
          appliesTo: ['district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '60%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp xã (gọi là a)',
              labelEn: 'Administrative-procedure applications handled in the year by commune agencies and units',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp xã (gọi là b)',
              labelEn: 'Of a: filed online through level-3/4 online public services',
            },
          ],
          scoringText:
            '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;\n- Tỷ lệ hồ sơ trực tuyến < 60%: điểm = (tỷ lệ/60%)* Điểm tối đa',
          notes: [
            '- Thống kê tổng số hồ sơ giải quyết TTHC trong năm của các cơ quan, đơn vị cấp xã (gọi là a);\n- Thống kê tổng số hồ sơ trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 trong năm của các cơ quan, đơn vị cấp xã (gọi là b);\n- Tỷ lệ hồ sơ trực tuyến là: b/a',
            'Communes are not ranked units: the district committee reports for the communes of its district.',
            'The first bullet lost its "≥" sign: see the erratum.',
          ],
        },
      ],
    },
    {
      code: '5.11',
      title: 'Mức độ hài lòng khi sử dụng DVCTT',
      titleEn: 'Satisfaction with online public services',
      declaredMax: '5',
      children: [
        {
          code: '5.11.1',
          title: '80% người dân, doanh nghiệp hài lòng khi sử dụng DVCTT',
          titleEn: '80% of citizens and businesses are satisfied with online public services',
          declaredMax: '5',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '80%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Thống kê tổng số lượt đánh giá của người dân, doanh nghiệp khi sử dụng DVCTT (gọi là a)',
              labelEn: 'Ratings given by citizens and businesses using online public services',
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Thống kê số lượt đánh giá từ hài lòng trở lên của người dân, doanh nghiệp khi sử dụng DVCTT (gọi là b)',
              labelEn: 'Of a: ratings of "satisfied" or better',
            },
          ],
          scoringText:
            '- Tỷ lệ hài lòng của người dân, doanh nghiệp 80%: Điểm tối đa;\n- Tỷ lệ hài lòng của người dân, doanh nghiệp < 80%: điểm = (tỷ lệ/80%)* Điểm tối đa',
          notes: [
            '- Thống kê tổng số lượt đánh giá của người dân, doanh nghiệp khi sử dụng DVCTT (gọi là a);\n- Thống kê số lượt đánh giá từ hài lòng trở lên của người dân, doanh nghiệp khi sử dụng DVCTT (gọi là b);\n- Tỷ lệ mức độ hài lòng là: b/a',
            'The first bullet lost its "≥" sign: see the erratum.',
          ],
        },
      ],
    },
    {
      code: '5.12',
      title: 'Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích (BCCI)',
      titleEn:
        'Receiving applications and returning results of administrative procedures by public postal service (BCCI)',
      declaredMax: '6',
      children: [
        {
          code: '5.12.1',
          title: '50% TTHC đã triển khai có phát sinh hồ sơ tiếp nhận hoặc trả kết quả giải quyết qua dịch vụ BCCI',
          titleEn:
            '50% of the administrative procedures offered by public postal service had applications received or results returned that way',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'threshold-proportional', denominator: 'a', numerator: 'b', threshold: '50%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'tổng số TTHC đang triển khai thực hiện dịch vụ BCCI',
              labelEn: 'Administrative procedures offered through the public postal service',
            },
            {
              name: 'b',
              type: 'count',
              label: 'số TTHC có phát sinh hồ sơ qua dịch vụ BCCI (tiếp nhận/trả kết quả hoặc cả hai)',
              labelEn: 'Of a: procedures with at least one application received or result returned by post',
            },
          ],
          scoringText:
            'Nếu tỷ lệ này đạt:\n+ Từ 50% trở lên đạt: Điểm tối đa;\n+ Dưới 50% đạt: Điểm tối đa * (a% / 50%) điểm.',
          notes: [
            'Thống kê danh mục TTHC đang triển khai tiếp nhận/trả kết quả qua dịch vụ BCCI, trong số đó, thống kê số TTHC có phát sinh hồ sơ tiếp nhận/trả kết quả qua dịch vụ BCCI.\n- Tính tỷ lệ % giữa số TTHC có phát sinh hồ sơ qua dịch vụ BCCI (tiếp nhận/trả kết quả hoặc cả hai) so với tổng số TTHC đang triển khai thực hiện dịch vụ BCCI (gọi là a%)',
            'The seed names no counts, only the percentage ("a%"); here a is the denominator and b the numerator, so the seed\'s a% is b/a (see the erratum).',
          ],
        },
        {
          code: '5.12.2',
          title: '5% hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI',
          titleEn: '5% of administrative-procedure applications received by public postal service',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'step-threshold', denominator: 'a', numerator: 'b', threshold: '5%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tổng số hồ sơ đã tiếp nhận trong năm (cả tiếp nhận qua dịch vụ BCCI và qua hình thức khác) của các TTHC nêu trên',
              labelEn:
                'Applications received in the year (by post or otherwise) for the procedures offering postal receipt that had applications',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số hồ sơ đã tiếp nhận qua dịch vụ BCCI của các TTHC nêu trên',
              labelEn: 'Of a: received by public postal service',
            },
          ],
          scoringText: 'Nếu tỷ lệ đạt:\n+ Từ 5% trở lên đạt: Điểm tối đa;\n+ Dưới 5% đạt: 0 điểm.',
          notes: [
            '+ Xác định các TTHC đã triển khai thực hiện tiếp nhận hồ sơ qua dịch vụ BCCI có phát sinh hồ sơ.\n+ Thống kê tổng số hồ sơ đã tiếp nhận trong năm (cả tiếp nhận qua dịch vụ BCCI và qua hình thức khác) của các TTHC nêu trên.\n+ Thống kê số hồ sơ đã tiếp nhận qua dịch vụ BCCI của các TTHC nêu trên.\n- Tính tỷ lệ % giữa số hồ sơ đã tiếp nhận qua dịch vụ BCCI so với tổng số hồ sơ đã tiếp nhận trong năm của các TTHC nêu trên',
            'The seed names no letters: a is the denominator (all applications received), b the numerator (received by post). All or nothing at 5%.',
          ],
        },
        {
          code: '5.12.3',
          title: '20% kết quả giải quyết TTHC được trả qua dịch vụ BCCI',
          titleEn: '20% of administrative-procedure results returned by public postal service',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'step-threshold', denominator: 'a', numerator: 'b', threshold: '20%' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label:
                'Thống kê tổng số hồ sơ TTHC trong năm đã được trả kết quả giải quyết của các TTHC nêu trên (bao gồm trả qua dịch vụ BCCI và trả qua hình thức khác)',
              labelEn:
                'Results returned in the year (by post or otherwise) for the procedures offering postal return that had applications',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê số hồ sơ đã được trả kết quả giải quyết qua dịch vụ BCCI của các TTHC nêu trên',
              labelEn: 'Of a: returned by public postal service',
            },
          ],
          scoringText: 'Nếu tỷ lệ này đạt:\n+ Từ 20% trở lên đạt: Điểm tối đa;\n+ Dưới 20% đạt: 0 điểm.',
          notes: [
            '+ Xác định các TTHC đã triển khai thực hiện trả kết quả giải quyết qua dịch vụ BCCI có phát sinh hồ sơ.\n+ Thống kê tổng số hồ sơ TTHC trong năm đã được trả kết quả giải quyết của các TTHC nêu trên (bao gồm trả qua dịch vụ BCCI và trả qua hình thức khác).\n+ Thống kê số hồ sơ đã được trả kết quả giải quyết qua dịch vụ BCCI của các TTHC nêu trên.\n- Tính tỷ lệ % giữa số hồ sơ đã được trả kết qugiải quyết qua dịch vụ BCCI so với tng số hồ sơ đã trả kết quả giải quyết trong năm của các TTHC nêu trên.',
            'The seed names no letters: a is the denominator (all results returned), b the numerator (returned by post). All or nothing at 20%.',
          ],
        },
      ],
    },
    {
      code: '5.13',
      title: 'Cổng Thông tin điện tử',
      titleEn: 'Electronic information portal',
      declaredMax: '6',
      children: [
        {
          code: '5.13.1',
          title:
            'Trang TTĐT Cung cấp đầy đủ các thông tin theo quy định của tỉnh và quy định tại Nghị định số 43/2011/NĐ-CP',
          titleEn:
            "The unit's website provides all information required by the province's rules and Decree 43/2011/NĐ-CP",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Số mục thông tin phải cung cấp theo quy định',
              labelEn: 'Information items the rules require',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số mục thông tin đã cung cấp đầy đủ theo quy định',
              labelEn: 'Of a: items provided in full',
            },
          ],
          scoringText:
            '- Nếu cung cấp đầy đủ thông tin theo quy định thì đạt Điểm tối đa;\n- Nếu cung cấp không đầy đủ thông tin theo quy định thì tính điểm theo tỷ lệ',
          notes: [
            'No Ghi chú in the seed. "tính điểm theo tỷ lệ" is read as (items provided / items required) × max; the input labels are ours.',
          ],
        },
        {
          code: '5.13.2',
          title: 'Trang TTĐT cung cấp đầy đủ các thông tin theo quy định',
          titleEn: "The unit's website provides all required information",
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Số mục thông tin phải cung cấp theo quy định',
              labelEn: 'Information items the rules require',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số mục thông tin đã cung cấp đầy đủ theo quy định',
              labelEn: 'Of a: items provided in full',
            },
          ],
          scoringText:
            '- Nếu cung cấp đầy đủ thông tin theo quy định thì đạt Điểm tối đa;\n- Nếu cung cấp không đầy đủ thông tin theo quy định thì tính điểm theo tỷ lệ',
          notes: [
            'No Ghi chú in the seed. "tính điểm theo tỷ lệ" is read as (items provided / items required) × max; the input labels are ours.',
            'Repeats 5.13.1 without naming the rules (see the copied-row erratum); scored on its own as the seed gives it its own 2 points.',
          ],
        },
        {
          code: '5.13.3',
          title: 'Tỷ lệ lượt truy cập Cổng TTĐT',
          titleEn: 'Visits to the electronic information portal per inhabitant',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'ratio', denominator: 'a', numerator: 'b', allowNumeratorAboveDenominator: true },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'tổng số dân của tnh',
              labelEn: 'Population of the province',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Thống kê tổng slượt truy cập trên Cổng TTĐT trong năm của tỉnh',
              labelEn: 'Visits to the portal in the year',
            },
          ],
          scoringText: 'Điểm = tỷ lệ * điểm tối đa',
          notes: [
            '- Thống kê tổng slượt truy cập trên Cổng TTĐT trong năm của tỉnh;\n- Tỷ lệ lượt truy cập = tổng số lượt truy cập trên Cổng TTĐT trong năm của tỉnh/tổng số dân của tnh',
            'Visits are compared with an outside figure (the population), so b may exceed a; the ratio is capped at 1 (one visit per inhabitant a year earns the max).',
          ],
        },
      ],
    },
    {
      code: '5.14',
      title: 'Tham gia điện tử của người dân, doanh nghiệp (chức năng mở rộng của Cổng TTĐT)',
      titleEn: 'E-participation of citizens and businesses (extended portal functions)',
      declaredMax: '6',
      children: [
        {
          code: '5.14.1',
          title:
            'Cổng TTĐT bổ sung chức năng cho phép người dân, doanh nghiệp giao tiếp trực tuyến theo thời gian thực với CQNN',
          titleEn: 'The portal lets citizens and businesses talk with state agencies online in real time',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có chức năng', labelEn: 'The function exists' }],
          scoringText: '- Có chức năng: Điểm tối đa\n- Không có: 0 điểm',
          notes: ['No Ghi chú in the seed; the input label is the first bullet of the scoring cell.'],
        },
        {
          code: '5.14.2',
          title: 'Cổng TTĐT Bổ sung chức năng có các tính năng về mạng xã hội',
          titleEn: 'The portal adds social-network features',
          declaredMax: '2',
          appliesTo: ['department', 'district'],
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có chức năng', labelEn: 'The function exists' }],
          scoringText: '- Có chức năng: Điểm tối đa\n- Không có: 0 điểm',
          notes: ['No Ghi chú in the seed; the input label is the first bullet of the scoring cell.'],
        },
        {
          code: '5.14.3',
          title: 'Cổng TTĐT Bổ sung chức năng Bầu cử điện tử',
          titleEn: 'The portal adds electronic voting',
          declaredMax: '1',
          appliesTo: ['department', 'district'],
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có', labelEn: 'Yes' }],
          scoringText: '- Có: Điểm tối đa\n- Không có: 0 điểm',
          notes: ['No Ghi chú in the seed; the input label is the first bullet of the scoring cell.'],
        },
        {
          code: '5.14.4',
          title: 'Cổng TTĐT Cung cấp thông tin về các cuộc họp công khai của hội đồng nhân dân',
          titleEn: "The portal publishes information on the People's Council's public meetings",
          declaredMax: '1',
          appliesTo: ['department', 'district'],
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có công khai', labelEn: 'Published' }],
          scoringText: '- Có công khai: Điểm tối đa\n- Không có: 0 điểm',
          notes: ['No Ghi chú in the seed; the input label is the first bullet of the scoring cell.'],
        },
      ],
    },
  ],
};

export const group5Errata: Erratum[] = [
  {
    code: '5',
    kind: 'max-mismatch',
    seedSays: '5 | Hoạt động của Chính quyền số | 100',
    interpretation:
      'The sub-groups declare 2+6+4+9+4+2+2+10+10+12+5+6+6+6 = 84 and their criteria add up to 83 (5.4 declares 9 for 8). The declared 100 is kept as printed, but no points are invented: the group is worth what its criteria are worth, 83.',
  },
  {
    code: '5.4',
    kind: 'max-mismatch',
    seedSays: '5.4 | Các ứng dụng số cơ bản | 9',
    interpretation:
      'Its four criteria 5.4.1–5.4.4 are worth 2 each, 8 in all. Kept as printed; the sub-group is worth 8.',
  },
  {
    code: '5.5',
    kind: 'copied-row',
    seedSays: '5.5 | Hệ thống thông tin báo cáo | 4 | 4',
    interpretation:
      'The "Tiêu chí" cell repeats the "Điểm tối đa" cell. Read as an empty criterion cell and a max of 4, which matches 5.5.1 + 5.5.2 = 2 + 2.',
  },
  {
    code: '5.5.1',
    kind: 'other',
    seedSays: '- Đã triển khai: Điểm tối đa\n- Chưa kết nối: 0 điểm',
    interpretation:
      'The "no" bullet speaks of not connected rather than not deployed. Scored yes/no on the title\'s question (deployed: full points; otherwise 0).',
  },
  {
    code: '5.5.2',
    kind: 'other',
    seedSays:
      '100% báo cáo định kỳ của SBN, UBND cấp huyện được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo của tỉnh | … | - Thống kê báo cáo định kỳ của tỉnh được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ (gọi là b)',
    interpretation:
      "The title measures reports on the province's reporting system, the Ghi chú reports to the Government on the Government's system (wording of the national, province-level index). Inputs follow the Ghi chú as printed, b/a × max; the reviewer (Sở TT&TT) should tell submitters which system they count, and a later catalogue revision should settle it.",
  },
  {
    code: '5.8.1',
    kind: 'merged-rows',
    seedSays: '5.8.2 | 100% DVCTT mức độ 4',
    interpretation:
      '5.8.2 has no rule or points of its own; the rule and the 10 points printed on 5.8.1 cover levels 3 and 4 ("Điểm tỷ lệ DVCTT mức độ 3, 4 …"). One criterion under 5.8.1; 5.8.2 is not a scored leaf.',
  },
  {
    code: '5.9.1',
    kind: 'merged-rows',
    seedSays: '5.9.2 | 70% DVCTT mức độ 4 có phát sinh HSTT',
    interpretation:
      '5.9.2 has no rule or points of its own; the rule and the 10 points printed on 5.9.1 pool levels 3 and 4 (x = (b+d)/(a+c)). One criterion under 5.9.1; 5.9.2 is not a scored leaf.',
  },
  {
    code: '5.10.1',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;',
    interpretation: 'Read as "≥ 60%: full points", the complement of the second bullet "< 60%".',
  },
  {
    code: '5.10.2',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;',
    interpretation: 'Read as "≥ 60%: full points", the complement of the second bullet "< 60%".',
  },
  {
    code: '5.10.3',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ hồ sơ trực tuyến 60%: Điểm tối đa;',
    interpretation: 'Read as "≥ 60%: full points", the complement of the second bullet "< 60%".',
  },
  {
    code: '5.11.1',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ hài lòng của người dân, doanh nghiệp 80%: Điểm tối đa;',
    interpretation: 'Read as "≥ 80%: full points", the complement of the second bullet "< 80%".',
  },
  {
    code: '5.12.1',
    kind: 'other',
    seedSays: '+ Dưới 50% đạt: Điểm tối đa * (a% / 50%) điểm.',
    interpretation:
      'The seed\'s "a%" is the percentage itself (procedures with postal applications / procedures offering the postal service), not a count. With this catalogue\'s names (a = denominator, b = numerator) a% = b/a: below 50%, points = (b/a) / 50% × max.',
  },
  {
    code: '5.13.2',
    kind: 'copied-row',
    seedSays: 'Trang TTĐT cung cấp đầy đủ các thông tin theo quy định',
    interpretation:
      'Repeats 5.13.1 ("… theo quy định của tỉnh và quy định tại Nghị định số 43/2011/NĐ-CP") with the same scoring text and no Ghi chú. Kept as its own 2-point criterion because 5.13 declares 6 = 2 + 2 + 2; reviewers should agree with Sở TT&TT which rules each row checks.',
  },
  {
    code: '5.7.1',
    kind: 'other',
    seedSays:
      '100% hoạt động kiểm tra của SBN, UBND cấp tỉnh được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
    interpretation:
      '"SBN, UBND cấp tỉnh" is most likely a slip for "SBN, UBND cấp huyện": elsewhere the seed pairs SBN with UBND cấp huyện (5.5.2), and the Ghi chú counts inspections of "cơ quan nhà nước thuộc tỉnh", districts included. Until the plan\'s owner confirms, the criterion applies as written, to departments only; confirmed, it would apply to both blocks.',
  },
  {
    code: '5.13.3',
    kind: 'other',
    seedSays:
      'Điểm = tỷ lệ * điểm tối đa | - Tỷ lệ lượt truy cập = tổng số lượt truy cập trên Cổng TTĐT trong năm của tỉnh/tổng số dân của tnh',
    interpretation:
      'Visits per inhabitant can exceed 1 (a portal visited twice a year per inhabitant), and the formula would then exceed the maximum of 2. The ratio is counted as at most 100%, so the points are capped at 2: one visit per inhabitant a year earns the maximum.',
  },
];
