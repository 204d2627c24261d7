/**
 * Group 2 of Phụ lục 4, plan 222/KH-UBND (2020): "Kiến tạo thể chế" (seed lines ~1389–1744).
 *
 * Conventions as in group-1.ts: titles, scoring texts and "Ghi chú" labels verbatim with scan losses kept,
 * each repaired reading recorded in `notes` as `Reading: "…"`; where the "Ghi chú" column names no figure,
 * labels are worded from the criterion and its "Cách tính điểm" cell. `appliesTo` is set on every leaf.
 */
import type { CatalogueNode, Erratum, UnitBlock } from '../catalogue.types';

const BOTH: UnitBlock[] = ['department', 'district'];

const LABELS_FROM_SCORING_TEXT =
  'The seed\'s "Ghi chú" is empty here: input labels are worded from the criterion text.';

const ISSUED = {
  name: 'value',
  type: 'boolean',
  label: 'Đã ban hành',
  labelEn: 'Issued',
} as const;

const ISSUED_OR_NOT = '- Đã ban hành: Điểm tối đa\n- Chưa ban hành: 0 điểm';

export const group2: CatalogueNode = {
  code: '2',
  title: 'Kiến tạo thể chế',
  titleEn: 'Building the institutional framework',
  declaredMax: '40',
  notes: ["Declared 40 (the sum of its sub-groups' declared maxima); its leaves sum to 38 (see errata for 2.2)."],
  children: [
    {
      code: '2.1',
      title: 'Kế hoạch, chương trình, đề án phát triển chính quyn số, ứng dụng công nghệ thông tin trong CQNN',
      titleEn: 'Plans, programmes and schemes for digital government and IT use in state agencies',
      declaredMax: '6',
      notes: [
        'Reading: "Kế hoạch, chương trình, đề án phát triển chính quyền số, ứng dụng công nghệ thông tin trong CQNN"',
      ],
      children: [
        {
          code: '2.1.1',
          title:
            'Đơn vị đã xây dựng và ban hành Kế hoạch, chương trình hoặc đề án về phát triển chính quyền s, ứng dụng CNTT trong CQNN giai đoạn 2021- 2025',
          titleEn:
            'The unit has drawn up and issued a plan, programme or scheme for digital government and IT use in state agencies for 2021–2025',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [
            'Reading: "… về phát triển chính quyền số, ứng dụng CNTT trong CQNN giai đoạn 2021- 2025"',
            LABELS_FROM_SCORING_TEXT,
          ],
        },
        {
          code: '2.1.2',
          title:
            'Đơn vị đã xây dựng và ban hành Kế hoạch, chương trình, đề án hàng năm về phát triển chính quyền số, ứng dụng CNTT trong CQNN',
          titleEn:
            'The unit has drawn up and issued an annual plan, programme or scheme for digital government and IT use in state agencies',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.1.3',
          title: 'Đơn vị đã xây dựng và ban hành Chương trình, đề án, kế hoạch xây dựng, phát triển đô thị thông minh',
          titleEn: 'The unit has drawn up and issued a programme, scheme or plan for building a smart city',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'Applies to both blocks: districts plan their own smart urban areas, departments the smart services of their sector (Phụ lục 3, part E).',
          ],
        },
      ],
    },
    {
      code: '2.2',
      title: 'Kiến trúc Chính quyền số/Chính quyền điện tử',
      titleEn: 'Digital / e-government architecture',
      declaredMax: '6',
      notes: ['Declared 6; its two criteria sum to 4 (see errata).'],
      children: [
        {
          code: '2.2.1',
          title: 'Đơn vị đã Nâng cấp Hệ thống thông tin CQNN tuân thủ Kiến trúc của tỉnh đã ban hành',
          titleEn:
            "The unit has upgraded its state-agency information systems to comply with the province's issued architecture",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Số Hệ thống thông tin CQNN của đơn vị',
              labelEn: "The unit's state-agency information systems",
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số Hệ thống thông tin CQNN tuân thủ Kiến trúc',
              labelEn: 'Of those, systems complying with the architecture',
            },
          ],
          scoringText:
            '- Kiến trúc được tổ chức triển khai, duy trì và cập nhật theo quy định: Điểm tối đa;\n- Tỷ lệ số Hệ thống thông tin CQNN tuân thủ Kiến trúc: tỷ lệ * Điểm tối đa',
          notes: [
            'The seed names no letters: a ratio of two counts, so a is the denominator and b the numerator.',
            'The first bullet (architecture deployed, maintained and updated) is scored as every system complying, b = a (see errata).',
          ],
        },
        {
          code: '2.2.2',
          title: 'Đơn vị đã Ban hành Kiến trúc ICT phát triển đô thị thông minh của ngành quản lý',
          titleEn: 'The unit has issued the ICT architecture for the smart-city development of the sector it manages',
          declaredMax: '2',
          appliesTo: ['department'],
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'Departments only: "của ngành quản lý" is the architecture of a managed sector, which only a provincial department has.',
          ],
        },
      ],
    },
    {
      code: '2.3',
      title: 'Các cơ chế, chính sách về Chính quyền số/Chính quyền đin tử',
      titleEn: 'Mechanisms and policies for digital / e-government',
      declaredMax: '16',
      notes: ['Reading: "Các cơ chế, chính sách về Chính quyền số/Chính quyền điện tử"'],
      children: [
        {
          code: '2.3.1',
          title: 'Đơn vị đã Ban hành quy chế hoạt động của Cổng Thông tin điện tử và Cổng Dịch vụ công',
          titleEn: 'The unit has issued the operating rules of its web portal and public-service portal',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.3.2',
          title:
            'Đơn vị đã xây dựng và Ban hành quy trình nội bộ, quy trình điện tử đối với việc giải quyết từng thủ tục hành chính cấp tỉnh, cấp huyện, cấp xã để thực hiện thống nhất trong toàn địa phương',
          titleEn:
            'The unit has drawn up and issued internal and electronic workflows for handling each provincial, district and commune administrative procedure, applied uniformly across the locality',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'tổng số quy trình (thủ tục hành chính) cần ban hành trên địa bàn tỉnh',
              labelEn: 'Workflows (administrative procedures) to be issued in the province',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Tổng số quy trình (thủ tục hành chính) đã ban hành',
              labelEn: 'Of those, workflows (administrative procedures) issued',
            },
          ],
          scoringText: '- Đã ban hành: tỷ lệ * Điểm tối đa\n- Chưa ban hành: 0 điểm',
          notes: [
            'Tỷ lệ = Tổng số quy trình (thủ tục hành chính) đã ban hành/tổng số quy trình (thủ tục hành chính) cần ban hành trên địa bàn tỉnh',
            'The seed names no letters: a ratio of two counts, so a is the denominator and b the numerator.',
          ],
        },
        {
          code: '2.3.3',
          title:
            'Đơn vị đã xây dựng và Ban hành kế hoạch và chỉ đạo việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền giải quyết của của đơn vị/ địa phương',
          titleEn:
            'The unit has drawn up and issued a plan, and directed the digitisation of the still-valid results of the administrative procedures it decides',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [
            'Reading: "… thuộc thẩm quyền giải quyết của đơn vị/ địa phương" (the seed doubles "của").',
            LABELS_FROM_SCORING_TEXT,
          ],
        },
        {
          code: '2.3.4',
          title:
            'Đơn vị đã xây dựng và Ban hành chính sách về cơ sở dữ liệu (gồm các nội dung: Chiến lược dữ liệu; Danh mục CSDL; Quy chế khai thác, sử dụng dữ liệu; Kế hoạch mở dữ liệu) của đơn vị/ địa phương',
          titleEn:
            'The unit has drawn up and issued its database policy (data strategy; database catalogue; rules for using data; open-data plan)',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: {
            kind: 'share-of-set',
            contents: [
              { label: 'Chiến lược dữ liệu', labelEn: 'Data strategy' },
              { label: 'Danh mục CSDL', labelEn: 'Database catalogue' },
              { label: 'Quy chế khai thác, sử dụng dữ liệu', labelEn: 'Rules for exploiting and using data' },
              { label: 'Kế hoạch mở dữ liệu', labelEn: 'Open-data plan' },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label:
                'Số nội dung đã ban hành (Chiến lược dữ liệu; Danh mục CSDL; Quy chế khai thác, sử dụng dữ liệu; Kế hoạch mở dữ liệu)',
              labelEn: 'How many of the four contents have been issued',
            },
          ],
          scoringText:
            '- Đã ban hành đầy đủ các nội dung: Điểm tối đa;\n- Ban hành chưa đầy đủ: tính theo tỷ lệ các nội dung đã ban hành * Điểm tối đa\n- Chưa ban hành: 0 điểm',
          notes: ['The four contents are listed in the title; each issued content is worth 1/4 of the maximum.'],
        },
        {
          code: '2.3.5',
          title:
            'Ban hành, cập nhật danh sách mã định danh điện tử cho các cơ quan, đơn vị thuộc, trực thuộc tỉnh và chia sẻ với Bộ TTTT theo quy định tại Quyết định số 20/2020/QĐ-TTg',
          titleEn:
            'Issuing and updating the list of electronic identifier codes of the agencies and units under the province and sharing it with the Ministry of Information and Communications (Decision 20/2020/QĐ-TTg)',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [
            {
              name: 'value',
              type: 'boolean',
              label: 'Đã ban hành, cập nhật và chia sẻ',
              labelEn: 'Issued, updated and shared',
            },
          ],
          scoringText: '- Đã ban hành, cập nhật và chia sẻ: Điểm tối đa\n- Chưa ban hành: 0 điểm',
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'Kept for both blocks as the seed words it generally: each unit issues and keeps current the codes of its own subordinate units.',
          ],
        },
        {
          code: '2.3.6',
          title:
            'Đơn vị đã xây dựng và Ban hành Quyết định quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý của đơn vị/ ngành/ địa phương',
          titleEn:
            'The unit has drawn up and issued a decision setting the periodic reporting regime its management needs',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.3.7',
          title:
            'Đơn vị đã Xây dựng, ban hành và cập nhật quy chế, chính sách bảo đảm an toàn thông tin mạng trong hoạt động của đơn vị',
          titleEn:
            'The unit has drawn up, issued and keeps updated its rules and policies for network information security',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ ...ISSUED }],
          scoringText: ISSUED_OR_NOT,
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.3.8',
          title:
            'Đơn vị đã xây dựng, Ban hành Chính sách để thực hiện chuyển đổi số đối với lĩnh vực liên quan đến đơn vị/ địa phương',
          titleEn:
            'The unit has drawn up and issued policies for the digital transformation of the sectors it deals with',
          declaredMax: '6',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số lĩnh vực ưu tiên đã ban hành chính sách',
                labelEn: 'Priority sectors with an issued policy',
                pointsEach: '0.5',
                maxCount: '8',
              },
              {
                input: 'count2',
                label: 'Số lĩnh vực khác đã ban hành chính sách',
                labelEn: 'Other sectors with an issued policy',
                pointsEach: '0.25',
                cap: '2',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số lĩnh vực ưu tiên đã ban hành chính sách',
              labelEn: 'Priority sectors with an issued policy',
            },
            {
              name: 'count2',
              type: 'count',
              label: 'Số lĩnh vực khác đã ban hành chính sách',
              labelEn: 'Other sectors with an issued policy',
            },
          ],
          scoringText:
            '- Đã ban hành chính sách: 0,5 điểm/lĩnh vực ưu tiên, 0,25 điểm/lĩnh vực khác, tối đa điểm cho lĩnh vực khác là 02 điểm\n- Chưa ban hành chính sách: 0 điểm',
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'Priority sectors are the "8 lĩnh vực ưu tiên" of Phụ lục 2 (item 17): 8 × 0,5 = 4 points, plus at most 2 for other sectors, makes the maximum of 6. A count above 8 priority sectors is a reporting error and is refused (COUNT_EXCEEDS_SET); the criterion is capped at 6.',
          ],
        },
        {
          code: '2.3.9',
          title:
            'Đơn vị đã Ban hành các văn bản khác liên quan đến phát triển chính quyền số, đô thị thông minh của đơn vị/ địa phương (nếu có)',
          titleEn: 'Other documents the unit has issued on developing digital government and smart cities (if any)',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số văn bản khác liên quan đến phát triển chính quyền số, đô thị thông minh đã ban hành',
                labelEn: 'Other documents issued on digital government and smart cities',
                pointsEach: '0.25',
                cap: '1',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số văn bản khác liên quan đến phát triển chính quyền số, đô thị thông minh đã ban hành',
              labelEn: 'Other documents issued on digital government and smart cities',
            },
          ],
          scoringText: '- Mỗi văn bản được 0,25 điểm, tối đa 01 điểm;\n- Không có: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
      ],
    },
    {
      code: '2.4',
      title: 'Tchức, nhân sự chuyên trách về Chuyển đổi số',
      titleEn: 'Organisation and dedicated staff for digital transformation',
      declaredMax: '6',
      notes: ['Reading: "Tổ chức, nhân sự chuyên trách về Chuyển đổi số"'],
      children: [
        {
          code: '2.4.1',
          title:
            'Đã có Quyết định thành lập Ban Chỉ đạo Chuyển đổi số của đơn vị, địa phương hoặc giao/bổ sung chức năng, nhiệm vụ Chuyển đổi số cho Ban chỉ đạo xây dựng CQĐT',
          titleEn:
            "A decision establishes the unit's digital-transformation steering committee, or assigns digital-transformation duties to its e-government steering committee",
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [
            {
              name: 'value',
              type: 'boolean',
              label: 'Đã có QĐ thành lập/giao nhiệm vụ',
              labelEn: 'A decision establishing it or assigning the duties exists',
            },
          ],
          scoringText: '- Đã có QĐ thành lập/giao nhiệm vụ: Điểm tối đa\n- Chưa thành lập: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.4.2',
          title: 'Đã có Quyết định bổ sung chức năng, nhiệm vụ về chuyển đổi số cho phòng/ ban/ đơn vị trực thuộc',
          titleEn: 'A decision adds digital-transformation functions and duties to a subordinate division or unit',
          declaredMax: '1',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Đã có', labelEn: 'Exists' }],
          scoringText: '- Đã có: Điểm tối đa\n- Không có: 0 điểm',
          notes: [LABELS_FROM_SCORING_TEXT],
        },
        {
          code: '2.4.3',
          title:
            'Có văn bản điều chỉnh bổ sung chức năng nhiệm vụ về chuyển đổi số đối với 01 phòng/ ban/ bộ phận trực thuộc đơn vị/ địa phương',
          titleEn: 'A document adds digital-transformation functions and duties to one division or section of the unit',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: {
            kind: 'per-item',
            items: [
              {
                input: 'count',
                label: 'Số đơn vị chuyên trách',
                labelEn: 'Dedicated units (divisions or sections)',
                pointsEach: '2',
                cap: '2',
              },
              {
                input: 'count2',
                label: 'Số nhân sự chuyên trách',
                labelEn: 'Dedicated staff members',
                pointsEach: '1/2',
                cap: '1',
              },
            ],
          },
          inputs: [
            {
              name: 'count',
              type: 'count',
              label: 'Số đơn vị chuyên trách',
              labelEn: 'Dedicated units (divisions or sections)',
            },
            { name: 'count2', type: 'count', label: 'Số nhân sự chuyên trách', labelEn: 'Dedicated staff members' },
          ],
          scoringText:
            '- Có đơn vị chuyên trách: Điểm tối đa;\n- Có nhân sự chuyên trách: mỗi nhân sự 1/2 điểm, tối đa 1 điểm;\n- Không có: 0 điểm',
          notes: [
            LABELS_FROM_SCORING_TEXT,
            'One dedicated unit earns the full 2 points ("Điểm tối đa"); without one, each dedicated staff member earns 1/2, at most 1.',
          ],
        },
        {
          code: '2.4.4',
          title:
            'Có nhân sự chuyên trách về Chuyển đổi số hoặc bổ sung chức năng nhiệm vụ về chuyển đổi số trong quyết định cử cán bộ chuyên trách CNTT của đơn vị',
          titleEn:
            "Staff dedicated to digital transformation, or digital-transformation duties added to the decision appointing the unit's dedicated IT officers",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'ratio', numerator: 'b', denominator: 'a', zeroWhenNumeratorZero: true },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Số cán bộ chuyên trách CNTT hoặc chuyển đổi số của đơn vị (tính cả người chỉ làm chuyển đổi số)',
              labelEn:
                "The unit's officers dedicated to IT or to digital transformation (those doing only digital transformation included)",
            },
            {
              name: 'b',
              type: 'count',
              label:
                'Trong đó, số cán bộ chuyên trách về Chuyển đổi số hoặc được bổ sung chức năng nhiệm vụ về chuyển đổi số trong quyết định cử cán bộ chuyên trách CNTT',
              labelEn:
                'Of those, officers dedicated to digital transformation or whose appointment decision adds digital-transformation duties',
            },
          ],
          scoringText: '- Có nhân sự chuyên trách: tỷ lệ * Điểm tối đa;\n- Không có: 0 điểm',
          notes: [
            'The seed does not say what "tỷ lệ" is a ratio of; see errata for the reading we score by: b of a, where a counts every officer dedicated to IT or to digital transformation, so b ≤ a for every unit, and b = 0 scores 0 even when a = 0.',
          ],
        },
      ],
    },
    {
      code: '2.5',
      title: 'Ngân sách cho công nghệ thông tin',
      titleEn: 'Budget for information technology',
      declaredMax: '6',
      children: [
        {
          code: '2.5.1',
          title: 'Tổng chi cho CNTT/ tổng chi NSNN của đơn vị, địa phương 01%',
          titleEn: "IT spending as a share of the unit's total state-budget spending ≥ 1%",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold: '1%' },
          inputs: [
            {
              name: 'a',
              type: 'quantity',
              label: 'tổng chi NSNN của đơn vị, địa phương',
              labelEn: "The unit's total state-budget spending (VND)",
            },
            { name: 'b', type: 'quantity', label: 'Tổng chi cho CNTT', labelEn: 'Of which, IT spending (VND)' },
          ],
          scoringText:
            '- Tỷ lệ chi cho CNTT 01%: Điểm tối đa\n- Tỷ lệ chi cho CNTT < 01%: điểm = (tỷ lệ/01%) * Điểm tối đa',
          notes: [
            'Reading: "Tổng chi cho CNTT/ tổng chi NSNN của đơn vị, địa phương ≥ 01%"; "Tỷ lệ chi cho CNTT ≥ 01%: Điểm tối đa" (see errata).',
            "Labels are the two terms of the title's fraction; a is the denominator and b the numerator.",
          ],
        },
        {
          code: '2.5.2',
          title: 'Tổng chi cho ATANM/ tổng chi cho CNTT của đơn vị, địa phương >10%',
          titleEn: "Information-security spending as a share of the unit's IT spending ≥ 10%",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'threshold-proportional', numerator: 'b', denominator: 'a', threshold: '10%' },
          inputs: [
            {
              name: 'a',
              type: 'quantity',
              label: 'tổng chi cho CNTT của đơn vị, địa phương',
              labelEn: "The unit's total IT spending (VND)",
            },
            {
              name: 'b',
              type: 'quantity',
              label: 'Tổng chi cho ATANM',
              labelEn: 'Of which, information-security spending (VND)',
            },
          ],
          scoringText:
            '- Tỷ lệ chi cho ATANM 10%: Điểm tối đa\n- Tỷ lệ chi cho ATANM < 10%: điểm = (tỷ lệ/10%) * Điểm tối đa',
          notes: [
            'Reading: "Tỷ lệ chi cho ATANM ≥ 10%: Điểm tối đa" (see errata).',
            "Labels are the two terms of the title's fraction; a is the denominator and b the numerator.",
          ],
        },
        {
          code: '2.5.3',
          title: 'Công khai chi ngân sách cho CNTT đầy đủ trên Cổng TTĐT của đơn vị/ địa phương theo quy định',
          titleEn: "Full publication of IT budget spending on the unit's web portal as required",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'ratio', numerator: 'b', denominator: 'a' },
          inputs: [
            {
              name: 'a',
              type: 'count',
              label: 'Số thông tin về chi ngân sách cho CNTT phải công khai theo quy định',
              labelEn: 'Items of IT-spending information that must be published',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số thông tin về chi ngân sách cho CNTT đã công khai trên Cổng TTĐT',
              labelEn: 'Of those, items published on the web portal',
            },
          ],
          scoringText:
            '- Công khai đy đủ trên Cổng TTĐT của tỉnh theo quy định: Điểm tối đa\n- Nếu không đầy đủ, tính tỷ lệ thông tin công khai, điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            'Reading (scoring text): "Công khai đầy đủ trên Cổng TTĐT của tỉnh theo quy định"',
            LABELS_FROM_SCORING_TEXT,
            'The ratio is of items of information ("tỷ lệ thông tin công khai"), so both inputs are counts, not money.',
            "The title says the unit's portal, the first bullet the province's; a unit's portal is part of the provincial portal system, so either counts.",
          ],
        },
      ],
    },
  ],
};

export const group2Errata: Erratum[] = [
  {
    code: '2',
    kind: 'max-mismatch',
    seedSays: '2 | Kiến tạo thể chế | 40',
    interpretation:
      "Group 2 declares 40, which is the sum of its sub-groups' declared maxima (6 + 6 + 16 + 6 + 6), but its leaves sum to 38 because sub-group 2.2 holds only 4 points of criteria. Scoring uses the leaves: the group is worth 38.",
  },
  {
    code: '2.2',
    kind: 'max-mismatch',
    seedSays: '2.2 | Kiến trúc Chính quyền số/Chính quyền điện tử | 6',
    interpretation:
      'Sub-group 2.2 declares 6, but its only criteria, 2.2.1 (2) and 2.2.2 (2), sum to 4. No third criterion is in the seed, so the sub-group scores against 4.',
  },
  {
    code: '2.2.1',
    kind: 'other',
    seedSays:
      '- Kiến trúc được tổ chức triển khai, duy trì và cập nhật theo quy định: Điểm tối đa;\n- Tỷ lệ số Hệ thống thông tin CQNN tuân thủ Kiến trúc: tỷ lệ * Điểm tối đa',
    interpretation:
      'The two bullets are not exclusive alternatives: the first is a yes/no about the architecture, the second a ratio of systems. We score the ratio (b systems complying of a systems) and record the first bullet as the case b = a, since an architecture deployed, maintained and updated as required means every system follows it.',
  },
  {
    code: '2.4.4',
    kind: 'other',
    seedSays: '- Có nhân sự chuyên trách: tỷ lệ * Điểm tối đa;\n- Không có: 0 điểm',
    interpretation:
      'The seed scores "tỷ lệ" without saying of what, and its "Ghi chú" is empty. Following the title, we read it as the share of the unit\'s dedicated staff (a: every officer dedicated to IT or to digital transformation, a digital-transformation officer who is not an IT officer included) who are dedicated to digital transformation or whose appointment decision adds digital-transformation duties (b): points = b/a × 2. Counting the digital-transformation officers in a keeps b ≤ a, so a unit with a digital-transformation officer but fewer or no IT officers is scored (an earlier reading, a = IT officers only, refused it); "Không có: 0 điểm" holds before the ratio, so b = 0 scores 0 even when a = 0. Every unit can be scored.',
  },
  {
    code: '2.5.1',
    kind: 'lost-comparison-sign',
    seedSays: 'Tổng chi cho CNTT/ tổng chi NSNN của đơn vị, địa phương 01% | - Tỷ lệ chi cho CNTT 01%: Điểm tối đa',
    interpretation:
      'The comparison sign before "01%" was lost in the title and the first bullet. The second bullet covers "< 01%", so the first is "≥ 01%": full points at or above 1% of state-budget spending, otherwise (share / 1%) × 2.',
  },
  {
    code: '2.5.2',
    kind: 'lost-comparison-sign',
    seedSays: '- Tỷ lệ chi cho ATANM 10%: Điểm tối đa',
    interpretation:
      'The comparison sign before "10%" was lost in the first bullet. The second bullet covers "< 10%", so the first is "≥ 10%" (the title\'s ">10%" leaves exactly 10% uncovered; the bullets decide): full points at or above 10% of IT spending, otherwise (share / 10%) × 2.',
  },
];
