/**
 * Group 4 of Phụ lục 4, plan 222/KH-UBND (2020): "Dữ liệu số" (seed lines ~2145–2434).
 *
 * Conventions as in group-1.ts and group-3.ts: titles, scoring texts and "Ghi chú" labels verbatim with scan
 * losses kept, each repaired reading recorded in `notes` as `Reading: "…"`; a label is its "Ghi chú" line
 * without the bullet dash and trailing ";", keeping "(gọi là a)".
 *
 * Who answers what: rows naming "SBN" (sở, ban, ngành) or a "ngành" are the departments'; rows naming
 * "SBN, UBND cấp huyện", the province or state agencies in general are both blocks', each unit counting
 * its own databases, systems and transactions although the "Ghi chú" is worded for the whole province.
 */
import type { CatalogueNode, Erratum, InputSpec, Rule, UnitBlock } from '../catalogue.types';

const BOTH: UnitBlock[] = ['department', 'district'];
const DEPARTMENT: UnitBlock[] = ['department'];

const B_OF_A: Rule = { kind: 'ratio', numerator: 'b', denominator: 'a' };

const PROVINCE_WORDING =
  'The "Ghi chú" counts for the whole province ("của tỉnh"); a unit reports the same figures for its own scope.';

function counts(a: string, aEn: string, b: string, bEn: string): InputSpec[] {
  return [
    { name: 'a', type: 'count', label: a, labelEn: aEn },
    { name: 'b', type: 'count', label: b, labelEn: bEn },
  ];
}

export const group4: CatalogueNode = {
  code: '4',
  title: 'Dữ liệu s',
  titleEn: 'Digital data',
  declaredMax: '50',
  notes: ['Reading: "Dữ liệu số"', 'Declared 50; its leaves sum to 44 (see errata).'],
  children: [
    {
      code: '4.1',
      title: 'Sự sẵn sàng của dữ liệu',
      titleEn: 'Data readiness',
      declaredMax: '12',
      children: [
        {
          code: '4.1.1',
          title: 'Đã ban hành danh mục CSDL của ngành quản lý, UBND cấp huyện',
          titleEn: "The database catalogue of the managed sector or of the district people's committee has been issued",
          declaredMax: '3',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Đã ban hành', labelEn: 'Issued' }],
          scoringText: '- Đã ban hành: Điểm tối đa\n- Chưa ban hành: 0 điểm',
          notes: [
            'The seed\'s "Ghi chú" is empty: the label is the first bullet\'s condition.',
            'Both blocks: "ngành quản lý" is a department\'s, "UBND cấp huyện" a district committee\'s.',
          ],
        },
        {
          code: '4.1.2',
          title: '100% CSDL chuyên ngành của SBN, cấp huyện đã được xây dựng, triển khai',
          titleEn: 'All sectoral databases of departments and districts have been built and deployed',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê số CSDL của tỉnh trong Danh mục CSDL cần xây dựng (gọi là a)',
            'Databases in the catalogue that are to be built',
            'Thống kê số CSDL của tỉnh đã và đang xây dựng trong Danh mục CSDL (gọi là b)',
            'Of those, databases built or being built',
          ),
          scoringText: 'Điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            '- Thống kê số CSDL của tỉnh trong Danh mục CSDL cần xây dựng (gọi là a);\n- Thống kê số CSDL của tỉnh đã và đang xây dựng trong Danh mục CSDL (gọi là b);\n- Tỷ lệ = b/a',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.1.3',
          title:
            'Tỷ lệ trung bình mức độ hoàn thành của các CSDL dùng chung, chuyên ngành của tỉnh đã và đang xây dựng',
          titleEn: 'Average completion of the shared and sectoral databases built or being built',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê tng số thực thể dữ liệu lõi của các CSDL đã và đang xây dựng (gọi là a)',
            'Core data entities of the databases built or being built',
            'Thống kê số thực thể dữ liệu lõi đã được số hóa của các CSDL đã và đang xây dựng (gọi là b)',
            'Of those, core data entities digitised',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            '- Thống kê tng số thực thể dữ liệu lõi của các CSDL đã và đang xây dựng (gọi là a);\n- Thống kê số thực thể dữ liệu lõi đã được số hóa của các CSDL đã và đang xây dựng (gọi là b);\n- Tỷ lệ = b/a',
            'Reading (label a): "Thống kê tổng số thực thể dữ liệu lõi …"',
            'The title speaks of an average completion rate; the "Ghi chú" pools the entities of all databases into one ratio, which we follow.',
          ],
        },
        {
          code: '4.1.4',
          title:
            'Tỷ lệ trung bình mức độ hoàn thành của các thực thể dữ liệu chính trong các CSDL quốc gia thuộc phạm vi ngành phải cung cấp',
          titleEn: 'Average completion of the main data entities the sector must supply to national databases',
          declaredMax: '3',
          appliesTo: DEPARTMENT,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê tổng số thực thể dữ liệu lõi của của tất cả CSDL quốc gia thuộc phạm vi tỉnh phải cung cấp (gọi là a)',
            'Core data entities to be supplied to all national databases',
            'Thống kê số thực thể dữ liệu lõi đã được số hóa của các CSDL quốc gia thuộc phạm vi tỉnh phải cung cấp (gi là b)',
            'Of those, core data entities digitised',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm ti đa',
          notes: [
            '- Thống kê tổng số thực thể dữ liệu lõi của của tất cả CSDL quốc gia thuộc phạm vi tỉnh phải cung cấp (gọi là a);\n- Thống kê số thực thể dữ liệu lõi đã được số hóa của các CSDL quốc gia thuộc phạm vi tỉnh phải cung cấp (gi là b);\n- Tỷ lệ = b/a',
            'Reading: scoring text "Điểm = Tỷ lệ * Điểm tối đa"; label a "… lõi của tất cả CSDL quốc gia …" (the seed doubles "của"); label b "… (gọi là b)"',
            'Departments only: the title scopes it to what "ngành" (a sector, which a provincial department manages) must supply.',
          ],
        },
      ],
    },
    {
      code: '4.2',
      title: 'Kết ni, chia sẻ dữ liệu, dữ liệu mở',
      titleEn: 'Data connection and sharing, open data',
      declaredMax: '24',
      notes: ['Reading: "Kết nối, chia sẻ dữ liệu, dữ liệu mở"'],
      children: [
        {
          code: '4.2.1',
          title: '100% CSDL chuyên ngành của SBN, UBND cấp huyện đã triển khai kết nối, chia sẻ với LGSP',
          titleEn:
            'All sectoral databases of departments and district committees are connected to and share through the provincial integration platform (LGSP)',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê số CSDL dùng chung, chuyên ngành của tỉnh (gọi là a)',
            'Shared and sectoral databases',
            'Thống kê số CSDL dùng chung, chuyên ngành của tỉnh đã triển khai kết nối, chia sẻ với LGSP (gọi là b)',
            'Of those, databases connected to and sharing through the LGSP',
          ),
          scoringText: 'Điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            '- Thống kê số CSDL dùng chung, chuyên ngành của tỉnh (gọi là a);\n- Thống kê số CSDL dùng chung, chuyên ngành của tỉnh đã triển khai kết nối, chia sẻ với LGSP (gọi là b);\n- Tỷ lệ = b/a',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.2.2',
          title: '100% CSDL chuyên ngành của SBN, UBND cấp huyện đã triển khai kết nối, chia sẻ với NGSP',
          titleEn:
            'All sectoral databases of departments and district committees are connected to and share through the national integration platform (NGSP)',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê số CSDL dùng chung, chuyên ngành của tỉnh (gọi là a)',
            'Shared and sectoral databases',
            'Thống kê số CSDL dùng chung, chuyên ngành của tỉnh đã triển khai kết nối, chia sẻ với NGSP (gọi là b)',
            'Of those, databases connected to and sharing through the NGSP',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            '- Thống kê số CSDL dùng chung, chuyên ngành của tỉnh (gọi là a);\n- Thống kê số CSDL dùng chung, chuyên ngành của tỉnh đã triển khai kết nối, chia sẻ với NGSP (gọi là b);\n- Tỷ lệ = b/a',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.2.3',
          title:
            '100% thực thể dữ liệu chính trong các CSDL chuyên ngành của tỉnh được chia sẻ trên Cổng dữ liệu quốc gia',
          titleEn: 'All main data entities in the sectoral databases are shared on the national data portal',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê tổng số các thực thể dữ liệu trong CSDL dùng chung, chuyên ngành của tỉnh (gọi là a)',
            'Data entities in the shared and sectoral databases',
            'Thống kê tổng số các thực thể dữ liệu trong CSDL dùng chung, chuyên ngành của tỉnh được chia sẻ trên Cổng dữ liệu quốc gia (gọi là b)',
            'Of those, entities shared on the national data portal',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            '- Thống kê tổng số các thực thể dữ liệu trong CSDL dùng chung, chuyên ngành của tỉnh (gọi là a);\n- Thống kê tổng số các thực thể dữ liệu trong CSDL dùng chung, chuyên ngành của tỉnh được chia sẻ trên Cổng dữ liệu quốc gia (gọi là b);\n- Tỷ lệ = b/a',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.2.4',
          title: '100% số dịch vụ dữ liệu của SBN, UBND cấp huyện được cung cấp trên Cổng dữ liệu quốc gia',
          titleEn: 'All data services of departments and district committees are offered on the national data portal',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê tổng số dịch vụ dữ liệu của tỉnh (gọi là a)',
            'Data services',
            'Thống kê số dịch vụ dữ liệu của tỉnh được cung cấp trên Cổng dữ liu quốc gia (gi là b)',
            'Of those, services offered on the national data portal',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            '- Thống kê tổng số dịch vụ dữ liệu của tỉnh (gọi là a);\n- Thống kê số dịch vụ dữ liệu của tỉnh được cung cấp trên Cổng dữ liu quốc gia (gi là b);\n- Tỷ lệ = b/a',
            'Reading (label b): "… được cung cấp trên Cổng dữ liệu quốc gia (gọi là b)"',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.2.5',
          title:
            '100% số thực thể dữ liệu chính trong các CSDL chuyên ngành của SBN được chuyển thành dữ liệu mở để cung cấp cho cộng đồng qua cổng dữ liệu quốc gia',
          titleEn:
            "All main data entities in the departments' sectoral databases are turned into open data offered to the public through the national data portal",
          declaredMax: '3',
          appliesTo: DEPARTMENT,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê thực thể dữ liệu chính trong các CSDL dùng chung, chuyên ngành của tỉnh (gọi là a)',
            'Main data entities in the shared and sectoral databases',
            'Thống kê số thực thể dữ liệu chính trong các CSDL dùng chung, chuyên ngành của tỉnh được chuyển thành dữ liệu mở để cung cấp cho cộng đồng qua cổng dữ liệu quốc gia (gọi là b)',
            'Of those, entities turned into open data on the national data portal',
          ),
          scoringText: 'Điểm = Tỷ lệ * Điểm tối đa',
          notes: [
            '- Thống kê thực thể dữ liệu chính trong các CSDL dùng chung, chuyên ngành của tỉnh (gọi là a);\n- Thống kê số thực thể dữ liệu chính trong các CSDL dùng chung, chuyên ngành của tỉnh được chuyển thành dữ liệu mở để cung cấp cho cộng đồng qua cổng dữ liệu quốc gia (gọi là b);\n- Tỷ lệ = b/a',
            'Departments only: the title names the databases "của SBN".',
          ],
        },
        {
          code: '4.2.6',
          title:
            '100% số hệ thống thông tin trong SBN đang khai thác các CSDL phục vụ hoạt động cung cấp dịch vụ công, chia sẻ thông tin và việc ra quyết định',
          titleEn:
            'All information systems in the departments draw on the databases to provide public services, share information and support decisions',
          declaredMax: '3',
          appliesTo: DEPARTMENT,
          rule: B_OF_A,
          inputs: counts(
            'Thống kê tổng số HTTT của tỉnh (gọi là a)',
            'Information systems',
            'Thống kê HTTT đang khai thác các CSDL phục vụ việc ra quyết định (gọi là b)',
            'Of those, systems drawing on the databases to support decisions',
          ),
          scoringText: 'Điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            '- Thống kê tổng số HTTT của tỉnh (gọi là a);\n- Thống kê HTTT đang khai thác các CSDL phục vụ việc ra quyết định (gọi là b);\n- Tỷ lệ = b/a',
            'Departments only: the title names the systems "trong SBN".',
            'The title lists public services, information sharing and decisions; label b names only decisions. A system drawing on the databases for any of the three counts.',
          ],
        },
        {
          code: '4.2.7',
          title:
            'Có khai thác các CSDL (dùng chung, chuyên ngành của tỉnh hoặc CSDL quốc gia) để phục vụ cho hoạt động của mình',
          titleEn: 'Agencies draw on the databases (shared, provincial sectoral or national) for their own work',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: B_OF_A,
          inputs: counts(
            'Tng số CQNN của tỉnh (gọi là a)',
            'State agencies',
            'Số CQNN của tỉnh khai thác các CSDL (dùng chung, chuyên ngành của tnh hoặc CSDL quốc gia) để phục vụ cho hoạt động của mình (gọi là b)',
            'Of those, agencies drawing on the databases for their work',
          ),
          scoringText: 'Điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            '- Tng số CQNN của tỉnh (gọi là a);\n- Số CQNN của tỉnh khai thác các CSDL (dùng chung, chuyên ngành của tnh hoặc CSDL quốc gia) để phục vụ cho hoạt động của mình (gọi là b);\n- Tỷ lệ = b/a',
            'Reading (labels): "Tổng số CQNN của tỉnh (gọi là a)"; "… chuyên ngành của tỉnh hoặc CSDL quốc gia …"',
            PROVINCE_WORDING,
          ],
        },
        {
          code: '4.2.8',
          title:
            '100% số giao dịch chia sẻ dữ liệu của SBN trên trung bình số giao dịch chia sẻ dữ liệu của một tỉnh trên cả nước.',
          titleEn:
            'Data-sharing transactions of the departments reach 100% of the national average of data-sharing transactions per province',
          declaredMax: '3',
          appliesTo: DEPARTMENT,
          rule: { kind: 'ratio', numerator: 'b', denominator: 'a', allowNumeratorAboveDenominator: true },
          inputs: [
            {
              name: 'a',
              type: 'quantity',
              label: 'Trung bình số giao dịch chia sẻ dữ liệu của một tỉnh trên cả nước (gọi là a)',
              labelEn: 'National average of data-sharing transactions per province',
            },
            {
              name: 'b',
              type: 'count',
              label: 'Số giao dịch chia sẻ dữ liệu của tỉnh (gọi là b)',
              labelEn: 'Data-sharing transactions',
            },
          ],
          scoringText: 'Điểm = Tỷ lệ* Điểm tối đa',
          notes: [
            '- Trung bình số giao dịch chia sẻ dữ liệu của một tỉnh trên cả nước (gọi là a);\n- Số giao dịch chia sẻ dữ liệu của tỉnh (gọi là b);\n- Tỷ lệ = b/a',
            'Departments only: the title counts the transactions "của SBN".',
            'a is an outside figure (a national average, possibly fractional): b may exceed it, and the ratio is capped at 1.',
          ],
        },
      ],
    },
    {
      code: '4.3',
      title: 'Dữ liệu lớn và công cụ phân tích dữ liệu ln (Big data)',
      titleEn: 'Big data and big-data analytics tools',
      declaredMax: '8',
      notes: ['Reading: "Dữ liệu lớn và công cụ phân tích dữ liệu lớn (Big data)"'],
      children: [
        {
          code: '4.3.1',
          title:
            'Đơn vị có sử dụng nền tảng dữ liệu lớn và công cụ phân tích dữ liệu lớn (Big data) phục vụ Chính quyền số, công tác chỉ đạo điều hành, cung cấp dịch vụ số',
          titleEn:
            'The unit uses a big-data platform and analytics tools for digital government, direction and management, and digital services',
          declaredMax: '3',
          appliesTo: BOTH,
          rule: { kind: 'yes-no' },
          inputs: [{ name: 'value', type: 'boolean', label: 'Có sử dụng', labelEn: 'In use' }],
          scoringText: '- Có sử dụng: Điểm tối đa\n- Chưa: 0 điểm',
          notes: ['The seed\'s "Ghi chú" is empty: the label is the first bullet\'s condition.'],
        },
        {
          code: '4.3.2',
          title: 'Mức độ triển khai áp dụng Big data',
          titleEn: 'Extent of big-data deployment',
          declaredMax: '5',
          children: [
            {
              code: '4.3.2.1',
              title: 'Có triển khai áp dụng nền tảng dữ liệu lớn phục vụ cho các ứng dụng/ dịch vụ của mình',
              titleEn: 'Agencies deploy a big-data platform for their own applications and services',
              declaredMax: '3',
              appliesTo: BOTH,
              rule: B_OF_A,
              inputs: counts(
                'Thống kê số CQNN của tỉnh (gọi là a)',
                'State agencies',
                'Thống kê số CQNN của tỉnh có triển khai áp dụng nền tảng dữ liệu lớn phục vụ cho các ứng dụng/ dịch vụ của mình (gọi là b)',
                'Of those, agencies deploying a big-data platform for their applications and services',
              ),
              scoringText: 'Điểm = Tỷ lệ *Điểm tối đa',
              notes: [
                '- Thống kê số CQNN của tỉnh (gọi là a);\n- Thống kê số CQNN của tỉnh có triển khai áp dụng nền tảng dữ liệu lớn phục vụ cho các ứng dụng/ dịch vụ của mình (gọi là b);\n-Tỷ lệ = b/a* 100%',
                PROVINCE_WORDING,
              ],
            },
            {
              code: '4.3.2.2',
              title: 'Tỷ lệ tài nguyên tính toán, lưu trữ của Tỉnh được triển khai xử lý trên nền tảng dữ liệu lớn',
              titleEn: 'Share of computing and storage resources processed on the big-data platform',
              declaredMax: '2',
              appliesTo: BOTH,
              rule: B_OF_A,
              inputs: [
                {
                  name: 'a',
                  type: 'quantity',
                  label: 'Thống kê khối lượng (volume) dữ liệu đã được số hóa của tỉnh (gọi là a)',
                  labelEn: 'Volume of digitised data',
                },
                {
                  name: 'b',
                  type: 'quantity',
                  label:
                    'Thống kê khối lượng (volume) dữ liệu lớn được triển khai xử lý trên nền tảng dữ liu lớn của tỉnh (gi là b)',
                  labelEn: 'Of that, volume processed on the big-data platform',
                },
              ],
              scoringText: 'Điểm = Tỷ lệ *Điểm tối đa',
              notes: [
                '- Thống kê khối lượng (volume) dữ liệu đã được số hóa của tỉnh (gọi là a);\n- Thống kê khối lượng (volume) dữ liệu lớn được triển khai xử lý trên nền tảng dữ liu lớn của tỉnh (gi là b);\n- Tỷ lệ = b/a* 100%',
                'The seed codes this row "43.2.2" (see errata).',
                'Reading (label b): "… trên nền tảng dữ liệu lớn của tỉnh (gọi là b)"',
                "Volumes are quantities in one unit of the reporter's choice (e.g. GB), the same for a and b.",
                PROVINCE_WORDING,
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const group4Errata: Erratum[] = [
  {
    code: '4',
    kind: 'max-mismatch',
    seedSays: '4 | Dữ liệu s | 50',
    interpretation:
      "Group 4 declares 50, but its sub-groups are 4.1 (12), 4.2 (24) and 4.3 (8), each agreeing with its own criteria: 44 in all. No criterion is missing from the seed's table, so the group scores against 44.",
  },
  {
    code: '4.3.2.2',
    kind: 'mistyped-code',
    seedSays:
      '43.2.2 | Tỷ lệ tài nguyên tính toán, lưu trữ của Tỉnh được triển khai xử lý trên nền tảng dữ liệu lớn | Điểm = Tỷ lệ *Điểm tối đa | 2',
    interpretation:
      'The row after 4.3.2.1, inside sub-group 4.3.2 (declared 5 = 3 + 2), is coded "43.2.2": a lost dot. We code it 4.3.2.2.',
  },
  {
    code: '4.1.2',
    kind: 'other',
    seedSays:
      '100% CSDL chuyên ngành của SBN, cấp huyện đã được xây dựng, triển khai | - Thống kê số CSDL của tỉnh đã và đang xây dựng trong Danh mục CSDL (gọi là b)',
    interpretation:
      'The title counts databases "đã được xây dựng, triển khai" (built and deployed), the Ghi chú counts those "đã và đang xây dựng" (built or being built). The inputs follow the Ghi chú, the definition submitters count by: a database still being built counts in b.',
  },
  {
    code: '4.2.8',
    kind: 'other',
    seedSays: 'Điểm = Tỷ lệ* Điểm tối đa | - Tỷ lệ = b/a',
    interpretation:
      'a is a national average, not a whole that b is part of: a province above the average has b/a > 1 and the formula would exceed the maximum of 3. The ratio is counted as at most 100%, so the points are capped at 3.',
  },
];
