/**
 * Group 3 of Phụ lục 4, plan 222/KH-UBND (2020): "Hạ tầng và nền tảng số" (seed lines ~1745–2144).
 *
 * Conventions as in group-1.ts: titles, scoring texts and "Ghi chú" labels verbatim with scan losses kept,
 * each repaired reading recorded in `notes` as `Reading: "…"`. A label is its "Ghi chú" line without the
 * bullet dash, keeping "(gọi là a)" so the label still says which letter it is.
 *
 * Who answers what: rows about "CQNN cấp tỉnh" are the departments'; rows about "UBND cấp huyện" and "cấp xã"
 * are the district committees' (a district committee reports for its communes); rows about "CQNN" or
 * "máy tính" in general are both blocks', each unit counting its own agencies and machines.
 */
import type { CatalogueNode, Erratum, InputSpec, Rule, UnitBlock } from '../catalogue.types';

const BOTH: UnitBlock[] = ['department', 'district'];
const DEPARTMENT: UnitBlock[] = ['department'];
const DISTRICT: UnitBlock[] = ['district'];

const RATIO_TIMES_MAX = 'Điểm = Tỷ lệ *Điểm tối đa';

/** Share of a whole: b of a. */
const B_OF_A: Rule = { kind: 'ratio', numerator: 'b', denominator: 'a' };

/**
 * 3.1.x and 3.2.x write "Tỷ lệ = b/a" with a = computers and b = staff: read literally, more staff per
 * computer would score higher. We score computers per staff member (a/b), which may exceed 1 and is capped.
 */
const COMPUTERS_PER_STAFF: Rule = {
  kind: 'ratio',
  numerator: 'a',
  denominator: 'b',
  allowNumeratorAboveDenominator: true,
};

/** The "Ghi chú" cells of 3.1.x and 3.2.x, verbatim: quoted in notes and in the inverted-ratio errata. */
const GHI_CHU_3_1_1 =
  '- Thống kê số lượng máy tính để bàn tại CQNN cấp tỉnh (gọi là a)\n- Thống kê số lượng CBCC cấp tnh (gọi là b)\n- Tỷ lệ = b/a * 100%';
const GHI_CHU_3_1_2 =
  '- Thng kê slượng máy tính để bàn tại CQNN cấp huyện (gọi là a)\n- Thống kê số lượng CBCC cấp huyện (gọi là b)\n- Tỷ lệ = b/a * 100%';
const GHI_CHU_3_1_3 =
  '- Thng kê slượng máy tính để bàn tại CQNN cấp huyện (gọi là a)\n- Thống kê số lượng CBCC cấp (gọi là b)\n-Tỷ lệ = b/a * 100%';
const GHI_CHU_3_2_1 =
  '- Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp tnh (gọi là a)\n- Thống kê số lượng CBCC cấp tỉnh (gọi là b)\n- Tỷ lệ = b/a * 100%';
const GHI_CHU_3_2_2 =
  '- Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp huyện (gọi là a)\n- Thống kê số lượng CBCC cấp huyện (gọi là b)\n- Tỷ lệ = b/a * 100%';
const GHI_CHU_3_2_3 =
  '- Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp xã (gọi là a)\n- Thống kê số lượng CBCC cấp xã (gọi là b)\n- Tỷ lệ = b/a * 100%';

const INVERTED_NOTE =
  'The seed writes "Tỷ lệ = b/a" (staff per computer); we score computers per staff member, a/b, capped at 1 (see errata).';

function counts(a: string, aEn: string, b: string, bEn: string): InputSpec[] {
  return [
    { name: 'a', type: 'count', label: a, labelEn: aEn },
    { name: 'b', type: 'count', label: b, labelEn: bEn },
  ];
}

export const group3: CatalogueNode = {
  code: '3',
  title: 'Hạ tầng và nền tảng số',
  titleEn: 'Digital infrastructure and platforms',
  notes: ['The seed gives no "Điểm tối đa" for this group; its leaves sum to 43 (see errata).'],
  children: [
    {
      code: '3.1',
      title: 'Trang bị máy tính để bàn cho CBCC',
      titleEn: 'Desktop computers for civil servants',
      declaredMax: '70',
      notes: ['Declared 70; its three criteria sum to 6 (see errata).'],
      children: [
        {
          code: '3.1.1',
          title: '100% CBCC tại CQNN cấp tỉnh được trang bị máy tính để bàn',
          titleEn: 'All civil servants in provincial state agencies have a desktop computer',
          declaredMax: '2',
          appliesTo: DEPARTMENT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thống kê số lượng máy tính để bàn tại CQNN cấp tỉnh (gọi là a)',
            'Desktop computers in provincial state agencies',
            'Thống kê số lượng CBCC cấp tnh (gọi là b)',
            'Provincial civil servants',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [GHI_CHU_3_1_1, 'Reading (label b): "Thống kê số lượng CBCC cấp tỉnh (gọi là b)"', INVERTED_NOTE],
        },
        {
          code: '3.1.2',
          title: '100% CBCC tại UBND cấp huyện được trang bị máy tính để bàn',
          titleEn: "All civil servants in the district people's committee have a desktop computer",
          declaredMax: '2',
          appliesTo: DISTRICT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thng kê slượng máy tính để bàn tại CQNN cấp huyện (gọi là a)',
            'Desktop computers in district state agencies',
            'Thống kê số lượng CBCC cấp huyện (gọi là b)',
            'District civil servants',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [
            GHI_CHU_3_1_2,
            'Reading (label a): "Thống kê số lượng máy tính để bàn tại CQNN cấp huyện (gọi là a)"',
            INVERTED_NOTE,
          ],
        },
        {
          code: '3.1.3',
          title: '100% CBCC tại UBND cấp xã được trang bị máy tính để bàn',
          titleEn: "All civil servants in commune people's committees have a desktop computer",
          declaredMax: '2',
          appliesTo: DISTRICT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thng kê slượng máy tính để bàn tại CQNN cấp huyện (gọi là a)',
            'Desktop computers in commune state agencies (the seed says district: see errata)',
            'Thống kê số lượng CBCC cấp (gọi là b)',
            'Commune civil servants (the seed omits the level: see errata)',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [
            GHI_CHU_3_1_3,
            'Reading (label a): "Thống kê số lượng máy tính để bàn tại CQNN cấp xã (gọi là a)"; (label b): "Thống kê số lượng CBCC cấp xã (gọi là b)" (see errata).',
            'A district committee reports for the communes of its district.',
            INVERTED_NOTE,
          ],
        },
      ],
    },
    {
      code: '3.2',
      title: 'Trang bị máy tính xách tay/máy tính bảng cho CBCC',
      titleEn: 'Laptops and tablets for civil servants',
      declaredMax: '6',
      children: [
        {
          code: '3.2.1',
          title: '100% CBCC tại CQNN cấp tỉnh được trang bị máy tính xách tay/máy tính bảng',
          titleEn: 'All civil servants in provincial state agencies have a laptop or tablet',
          declaredMax: '2',
          appliesTo: DEPARTMENT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp tnh (gọi là a)',
            'Laptops and tablets in provincial state agencies',
            'Thống kê số lượng CBCC cấp tỉnh (gọi là b)',
            'Provincial civil servants',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [GHI_CHU_3_2_1, 'Reading (label a): "… tại CQNN cấp tỉnh (gọi là a)"', INVERTED_NOTE],
        },
        {
          code: '3.2.2',
          title: '100% CBCC tại UBND cấp huyện được trang bị máy tính xách tay/máy tính bảng',
          titleEn: "All civil servants in the district people's committee have a laptop or tablet",
          declaredMax: '2',
          appliesTo: DISTRICT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp huyện (gọi là a)',
            'Laptops and tablets in district state agencies',
            'Thống kê số lượng CBCC cấp huyện (gọi là b)',
            'District civil servants',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [GHI_CHU_3_2_2, INVERTED_NOTE],
        },
        {
          code: '3.2.3',
          title: '100% CBCC tại UBND cấp xã được trang bị máy tính xách tay/máy tính bảng',
          titleEn: "All civil servants in commune people's committees have a laptop or tablet",
          declaredMax: '2',
          appliesTo: DISTRICT,
          rule: COMPUTERS_PER_STAFF,
          inputs: counts(
            'Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp xã (gọi là a)',
            'Laptops and tablets in commune state agencies',
            'Thống kê số lượng CBCC cấp xã (gọi là b)',
            'Commune civil servants',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [GHI_CHU_3_2_3, 'A district committee reports for the communes of its district.', INVERTED_NOTE],
        },
      ],
    },
    {
      code: '3.3',
      title: 'Mạng kết nối',
      titleEn: 'Networks',
      declaredMax: '22',
      children: [
        {
          code: '3.3.1',
          title: 'Mạng LAN',
          titleEn: 'Local area networks',
          declaredMax: '6',
          children: [
            {
              code: '3.3.1.1',
              title: '100% CQNN cấp tỉnh có mạng LAN',
              titleEn: 'All provincial state agencies have a LAN',
              declaredMax: '2',
              appliesTo: DEPARTMENT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng CQNN cấp tnh (gọi là a)',
                'Provincial state agencies (the department and its units)',
                'Thống kê số lượng CQNN cấp tỉnh có mng LAN (gi là b)',
                'Of those, agencies with a LAN',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng CQNN cấp tnh (gọi là a)\n- Thống kê số lượng CQNN cấp tỉnh có mng LAN (gi là b)\n- Tỷ lệ = b/a * 100%',
                'Reading (labels): "Thống kê số lượng CQNN cấp tỉnh (gọi là a)"; "Thống kê số lượng CQNN cấp tỉnh có mạng LAN (gọi là b)"',
              ],
            },
            {
              code: '3.3.1.2',
              title: '100% CQNN cấp huyện có mạng LAN',
              titleEn: 'All district state agencies have a LAN',
              declaredMax: '2',
              appliesTo: DISTRICT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê slượng UBND cấp huyện (gọi là a)',
                "State agencies of the district (the district people's committee and its specialised agencies)",
                'Thống kê số lượng UBND cấp huyện có mạng LAN (gọi là b)',
                'Of those, agencies with a LAN',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê slượng UBND cấp huyện (gọi là a)\n- Thống kê số lượng UBND cấp huyện có mạng LAN (gọi là b)\n- Tlệ = b/a * 100%',
                'Reading (label a): "Thống kê số lượng UBND cấp huyện (gọi là a)"',
                'For one district committee the counts are of its own agencies (the title says "CQNN cấp huyện").',
              ],
            },
            {
              code: '3.3.1.3',
              title: '100% CQNN cấp xã có mạng LAN',
              titleEn: 'All commune state agencies have a LAN',
              declaredMax: '2',
              appliesTo: DISTRICT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng UBND cấp xã (gọi là a)',
                "Commune people's committees in the district",
                'Thống kê slượng UBND cấp xã có mng LAN (gi là b)',
                'Of those, with a LAN',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng UBND cấp xã (gọi là a)\n- Thống kê slượng UBND cấp xã có mng LAN (gi là b)\n-Tỷ lệ = b/a * 100%',
                'Reading (label b): "Thống kê số lượng UBND cấp xã có mạng LAN (gọi là b)"',
                'A district committee reports for the communes of its district.',
              ],
            },
          ],
        },
        {
          code: '3.3.2',
          title: 'Kết nối mạng Internet',
          titleEn: 'Internet connection',
          declaredMax: '4',
          children: [
            {
              code: '3.3.2.1',
              title: '100% máy tính kết nối Internet (trừ các máy tính xử lý tài liệu mật theo quy định)',
              titleEn: 'All computers are connected to the Internet (except those processing classified documents)',
              declaredMax: '4',
              appliesTo: BOTH,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng máy tính (trừ các máy tính xử lý tài liệu mật theo quy định) của các CQNN thuộc tỉnh (gọi là a)',
                'Computers of the state agencies (excluding those processing classified documents)',
                'Thống kê slượng máy tính có kết nối Internet của các CQNN thuộc tỉnh (gọi là b)',
                'Of those, computers connected to the Internet',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng máy tính (trừ các máy tính xử lý tài liệu mật theo quy định) của các CQNN thuộc tỉnh (gọi là a)\n- Thống kê slượng máy tính có kết nối Internet của các CQNN thuộc tỉnh (gọi là b)\n- Tỷ lệ = b/a * 100%',
                'Reading (label b): "Thống kê số lượng máy tính có kết nối Internet …"',
                'Both blocks: each unit counts the computers of its own agencies.',
              ],
            },
          ],
        },
        {
          code: '3.3.3',
          title: 'Kết nối mạng WAN',
          titleEn: 'Wide area network connection',
          declaredMax: '4',
          children: [
            {
              code: '3.3.3.1',
              title: '100% CQNN đã kết ni với mạng diện rộng của tỉnh',
              titleEn: "All state agencies are connected to the province's wide area network",
              declaredMax: '4',
              appliesTo: BOTH,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng CQNN thuộc tỉnh (gọi là a)',
                'State agencies (of the unit)',
                'Thống kê số lượng CQNN thuộc tỉnh có kết nối với mạng din rộng của tỉnh (gi là b)',
                "Of those, agencies connected to the province's WAN",
              ),
              scoringText: 'Điểm = Tỷ lệ *Điểm ti đa',
              notes: [
                '- Thống kê số lượng CQNN thuộc tỉnh (gọi là a)\n- Thống kê số lượng CQNN thuộc tỉnh có kết nối với mạng din rộng của tỉnh (gi là b)\n- Tỷ lệ = b/a * 100%',
                'Reading: "100% CQNN đã kết nối với mạng diện rộng của tỉnh"; scoring text "Điểm = Tỷ lệ *Điểm tối đa"; label b "… có kết nối với mạng diện rộng của tỉnh (gọi là b)"',
                'Both blocks: each unit counts its own agencies.',
              ],
            },
          ],
        },
        {
          code: '3.3.4',
          title: 'Kết nối Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước (Mạng TSLCD)',
          titleEn: 'Connection to the dedicated data-transmission network of Party and State agencies (TSLCD)',
          declaredMax: '8',
          children: [
            {
              code: '3.3.4.1',
              title: '100% CQNN cấp tỉnh đã kết nối với Mạng TSLCD cấp II',
              titleEn: 'All provincial state agencies are connected to the level-II TSLCD network',
              declaredMax: '2',
              appliesTo: DEPARTMENT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng CQNN cấp tỉnh (gọi là a)',
                'Provincial state agencies (the department and its units)',
                'Thống kê số lượng CQNN cấp tỉnh đã kết nối với Mạng TSLCD (gọi là b)',
                'Of those, agencies connected to the TSLCD network',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng CQNN cấp tỉnh (gọi là a)\n- Thống kê số lượng CQNN cấp tỉnh đã kết nối với Mạng TSLCD (gọi là b)\n- Tỷ lệ = b/a * 100%',
                'The seed\'s title cell starts with a bullet dash ("- 100% …"), dropped here.',
              ],
            },
            {
              code: '3.3.4.2',
              title: '100% UBND cấp huyện đã kết nối với Mạng TSLCD cấp II',
              titleEn: "All district people's committees are connected to the level-II TSLCD network",
              declaredMax: '2',
              appliesTo: DISTRICT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng UBND cấp huyện (gọi là a)',
                "State agencies of the district (the district people's committee and its specialised agencies)",
                'Thống kê số lượng UBND cấp huyện đã kết nối với Mạng TSLCD (gọi là b)',
                'Of those, agencies connected to the TSLCD network',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng UBND cấp huyện (gọi là a)\n- Thống kê số lượng UBND cấp huyện đã kết nối với Mạng TSLCD (gọi là b)\n- Tỷ lệ = b/a * 100%',
                'The seed\'s title cell starts with a bullet dash ("- 100% …"), dropped here.',
                'For one district committee the counts are of its own agencies.',
              ],
            },
            {
              code: '3.3.4.3',
              title: '100% UBND cấp xã đã kết ni với Mạng TSLCD cấp II',
              titleEn: "All commune people's committees are connected to the level-II TSLCD network",
              declaredMax: '2',
              appliesTo: DISTRICT,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số lượng UBND cấp xã (gọi là a)',
                "Commune people's committees in the district",
                'Thống kê số lượng UBND cấp xã đã kết nối với Mạng TSLCD (gọi là b)',
                'Of those, connected to the TSLCD network',
              ),
              scoringText: RATIO_TIMES_MAX,
              notes: [
                '- Thống kê số lượng UBND cấp xã (gọi là a)\n- Thống kê số lượng UBND cấp xã đã kết nối với Mạng TSLCD (gọi là b)\n- Tỷ lệ = b/a * 100%',
                'Reading: "100% UBND cấp xã đã kết nối với Mạng TSLCD cấp II"',
                'A district committee reports for the communes of its district.',
              ],
            },
            {
              code: '3.3.4.4',
              title: 'Triển khai Kết ni mạng TSLCD cấp II vào mạng TSLCD cấp I theo hướng dẫn của Bộ TTTT',
              titleEn:
                'Connecting the level-II TSLCD network to the level-I network as the Ministry of Information and Communications directs',
              declaredMax: '2',
              appliesTo: BOTH,
              rule: { kind: 'yes-no' },
              inputs: [{ name: 'value', type: 'boolean', label: 'Có', labelEn: 'Done' }],
              scoringText: '- Có: Điểm tối đa\n- Không: 0 điểm',
              notes: [
                'Reading: "Triển khai Kết nối mạng TSLCD cấp II vào mạng TSLCD cấp I theo hướng dẫn của Bộ TTTT"',
                'The seed\'s title cell starts with a bullet dash ("- Triển khai …"), dropped here.',
                'The seed\'s "Ghi chú" is empty: the label is the first bullet\'s condition.',
                'Kept for both blocks as the seed words it generally: a unit whose level-II connection is routed to level I as directed answers yes.',
              ],
            },
          ],
        },
      ],
    },
    {
      code: '3.4',
      title: 'Ứng dụng Ipv6 trên hạ tầng, mạng lưới dịch vụ của CQNN trên địa bàn tỉnh',
      titleEn: "IPv6 on the infrastructure and service networks of the province's state agencies",
      declaredMax: '4',
      children: [
        {
          code: '3.4.1',
          title: 'Kế hoạch chuyển đổi Ipv6 của tỉnh',
          titleEn: "The province's IPv6 transition plan",
          declaredMax: '2',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Đã có', labelEn: 'Exists' }],
          scoringText: '- Đã có: Điểm tối đa;\n- Không có: 0 điểm',
          notes: [
            'The seed\'s "Ghi chú" is empty: the label is the first bullet\'s condition.',
            "Kept for both blocks as the seed words it generally: the unit answers whether it has an IPv6 transition plan (its own, or its part of the province's).",
          ],
        },
        {
          code: '3.4.2',
          title: '100% HTTT của CQNN đã chuyển đi sang Ipv6',
          titleEn: 'All state-agency information systems have moved to IPv6',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'tổng số HTTT của CQNN',
            'Information systems of the state agencies',
            'tng sHTTT của CQNN đã chuyển đổi sang IPv6',
            'Of those, systems moved to IPv6',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [
            'Tỷ lệ = tng sHTTT của CQNN đã chuyển đổi sang IPv6/tổng số HTTT của CQNN',
            'Reading: "100% HTTT của CQNN đã chuyển đổi sang Ipv6"; label b "tổng số HTTT của CQNN đã chuyển đổi sang IPv6"',
            'The seed names no letters: a ratio of two counts, so a is the denominator and b the numerator.',
          ],
        },
      ],
    },
    {
      code: '3.5',
      title: 'Nền tảng thanh toán trực tuyến, di động',
      titleEn: 'Online and mobile payment platforms',
      declaredMax: '5',
      children: [
        {
          code: '3.5.1',
          title: '100% số dịch vụ công trực tuyến của tỉnh có tích hợp, hỗ trợ thanh toán trực tuyến',
          titleEn: 'All online public services integrate and support online payment',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh (gọi là a)',
            'Level-4 online public services',
            'Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có tích hợp, hỗ trợ thanh toán trực tuyến (gọi là b)',
            'Of those, services that integrate and support online payment',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [
            '- Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh (gọi là a);\n- Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có tích hợp, hỗ trợ thanh toán trực tuyến (gọi là b)\n- Tỷ lệ = b/a',
            'Both blocks: each unit counts the level-4 services of the procedures it handles.',
          ],
        },
        {
          code: '3.5.2',
          title:
            '100% số dịch vụ công trực tuyến của tỉnh có kết nối, hỗ trợ thanh toán qua hệ thống thanh toán điện tử quốc gia PayGov',
          titleEn: 'All online public services connect to and support payment through the national PayGov system',
          declaredMax: '2',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có tích hợp, hỗ trợ thanh toán trực tuyến (gọi là a)',
            'Level-4 online public services that support online payment',
            'Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có kết nối, hỗ trợ thanh toán qua hệ thống thanh toán điện tử quốc gia PayGov (gọi là b)',
            'Of those, services connected to PayGov',
          ),
          scoringText: RATIO_TIMES_MAX,
          notes: [
            '- Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có tích hợp, hỗ trợ thanh toán trực tuyến (gọi là a);\n- Thống kê số dịch vụ công trực tuyến mức độ 4 của Tỉnh có kết nối, hỗ trợ thanh toán qua hệ thống thanh toán điện tử quốc gia PayGov (gọi là b)\n- Tỷ lệ = b/a',
            "The denominator is the services that already support online payment (3.5.1's b), not all services; a service connected to PayGov supports online payment, so b cannot exceed a.",
          ],
        },
      ],
    },
  ],
};

function invertedRatio(code: string, ghiChu: string): Erratum {
  return {
    code,
    kind: 'inverted-ratio',
    seedSays: ghiChu,
    interpretation:
      'a counts computers and b counts staff, so "b/a" is staff per computer and would reward having fewer computers. The criterion ("100% CBCC … được trang bị") means computers per staff member: we score a/b × 2, allowing a > b (more machines than staff) and capping the ratio at 1.',
  };
}

export const group3Errata: Erratum[] = [
  {
    code: '3',
    kind: 'other',
    seedSays: '3 | Hạ tầng và nền tảng số',
    interpretation:
      "The seed declares no maximum for group 3. Its leaves sum to 43 (3.1: 6, 3.2: 6, 3.3: 22, 3.4: 4, 3.5: 5), which is what the group scores against; its sub-groups' declared maxima would sum to 107 because of 3.1's 70.",
  },
  {
    code: '3.1',
    kind: 'max-mismatch',
    seedSays: '3.1 | Trang bị máy tính để bàn cho CBCC | 70',
    interpretation:
      'Sub-group 3.1 declares 70, but its criteria 3.1.1, 3.1.2 and 3.1.3 are worth 2 each, 6 in all, like the parallel sub-group 3.2 (declared 6). 70 matches neither the sub-group nor the leaves of group 3 (43). The group-3 row just above has no "Điểm tối đa" at all, and 70 is of the order of the other groups\' maxima (40, 50, 100, 30, 20): the 70 is most likely group 3\'s own maximum printed one row down. Either way we score against the leaves: 3.1 is worth 6 and group 3 is worth 43 (a declared 70 for group 3 would be one more max-mismatch, like groups 2, 4, 5 and 6).',
  },
  invertedRatio('3.1.1', GHI_CHU_3_1_1),
  invertedRatio('3.1.2', GHI_CHU_3_1_2),
  invertedRatio('3.1.3', GHI_CHU_3_1_3),
  {
    code: '3.1.3',
    kind: 'copied-row',
    seedSays: '- Thng kê slượng máy tính để bàn tại CQNN cấp huyện (gọi là a)',
    interpretation:
      'The commune row repeats the district row\'s label for a ("tại CQNN cấp huyện"). The title is about "UBND cấp xã", and 3.2.3 counts "tại CQNN cấp xã": a is the desktop computers in commune state agencies.',
  },
  {
    code: '3.1.3',
    kind: 'other',
    seedSays: '- Thống kê số lượng CBCC cấp (gọi là b)',
    interpretation:
      'The level is missing after "cấp". Per the title ("UBND cấp xã") and the parallel 3.2.3, b is the commune civil servants ("CBCC cấp xã").',
  },
  invertedRatio('3.2.1', GHI_CHU_3_2_1),
  invertedRatio('3.2.2', GHI_CHU_3_2_2),
  invertedRatio('3.2.3', GHI_CHU_3_2_3),
  {
    code: '3.3.1.2',
    kind: 'other',
    seedSays:
      '100% CQNN cấp huyện có mạng LAN | - Thống kê slượng UBND cấp huyện (gọi là a)\n- Thống kê số lượng UBND cấp huyện có mạng LAN (gọi là b)',
    interpretation:
      'The title counts state agencies (CQNN) at district level, the Ghi chú counts district people\'s committees (UBND cấp huyện). A district committee answers for itself, where one committee would make the ratio 0 or 1, so we follow the title: a and b count the district\'s state agencies (the committee and its specialised agencies), and the labels shown say so ("Thống kê số lượng CQNN cấp huyện …").',
  },
  {
    code: '3.3.4.2',
    kind: 'other',
    seedSays:
      '- Thống kê số lượng UBND cấp huyện (gọi là a)\n- Thống kê số lượng UBND cấp huyện đã kết nối với Mạng TSLCD (gọi là b)',
    interpretation:
      "As in 3.3.1.2, a district committee reporting for itself would count one committee; a and b count the district's state agencies (the committee and its specialised agencies) connected to the TSLCD network, and the labels shown say so.",
  },
];
