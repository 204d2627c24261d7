/**
 * The display texts of tth-2020 that differ from the seed (Phụ lục 4 as scanned): the Vietnamese that users
 * read, with the scan's lost letters restored ("Thng kê slượng" → "Thống kê số lượng", "chuyn đi s" →
 * "chuyển đổi số"), and the labels corrected where an erratum already reads the seed otherwise:
 * - 3.1.3: the commune row's labels say "cấp huyện" and "cấp" where the errata read "cấp xã";
 * - 3.3.1.2, 3.3.4.2: a district committee counts its own agencies (the note and the title's "CQNN cấp
 *   huyện"), not "UBND cấp huyện";
 * - 5.8.1, 5.9.1: each scores levels 3 and 4 together (the merged rows 5.8.2, 5.9.2).
 * The group files stay verbatim; the assembled catalogue carries these as `title`/`label` and the seed's
 * text as `seedText`. A label keeps its "(gọi là a)": explanations and formulas name the figure by it.
 */
import type { DisplayTextRepairs } from '../display-texts';

export const tth2020DisplayTexts: DisplayTextRepairs = {
  '1.1': { title: 'Tuyên truyền, phổ biến về chuyển đổi số' },
  '1.2.3.1': {
    title:
      'Đơn vị tự xây dựng và triển khai chương trình, kế hoạch đào tạo, tập huấn về chuyển đổi số, chính quyền số cho cấp phòng và đơn vị trực thuộc',
  },
  '1.3': { title: 'Chủ trương, chỉ đạo về chuyển đổi số trong cơ quan nhà nước' },
  '1.3.2': {
    title: 'Đơn vị xây dựng Chỉ thị, văn bản chỉ đạo chuyên đề về chuyển đổi số',
    options: { 1: 'Có chỉ thị, văn bản chủ trương chuyên đề về chuyển đổi số' },
  },
  '1.4': { title: 'Ngày chuyển đổi số' },
  '2.1': { title: 'Kế hoạch, chương trình, đề án phát triển chính quyền số, ứng dụng công nghệ thông tin trong CQNN' },
  '2.1.1': {
    title:
      'Đơn vị đã xây dựng và ban hành Kế hoạch, chương trình hoặc đề án về phát triển chính quyền số, ứng dụng CNTT trong CQNN giai đoạn 2021- 2025',
  },
  '2.3': { title: 'Các cơ chế, chính sách về Chính quyền số/Chính quyền điện tử' },
  '2.4': { title: 'Tổ chức, nhân sự chuyên trách về Chuyển đổi số' },
  '3.1.1': { inputs: { b: 'Thống kê số lượng CBCC cấp tỉnh (gọi là b)' } },
  '3.1.2': { inputs: { a: 'Thống kê số lượng máy tính để bàn tại CQNN cấp huyện (gọi là a)' } },
  '3.1.3': {
    inputs: {
      a: 'Thống kê số lượng máy tính để bàn tại CQNN cấp xã (gọi là a)',
      b: 'Thống kê số lượng CBCC cấp xã (gọi là b)',
    },
  },
  '3.2.1': { inputs: { a: 'Thống kê số lượng máy tính xách tay/máy tính bảng tại CQNN cấp tỉnh (gọi là a)' } },
  '3.3.1.1': {
    inputs: {
      a: 'Thống kê số lượng CQNN cấp tỉnh (gọi là a)',
      b: 'Thống kê số lượng CQNN cấp tỉnh có mạng LAN (gọi là b)',
    },
  },
  '3.3.1.2': {
    inputs: {
      a: 'Thống kê số lượng CQNN cấp huyện (UBND cấp huyện và các cơ quan chuyên môn thuộc UBND cấp huyện) (gọi là a)',
      b: 'Thống kê số lượng CQNN cấp huyện có mạng LAN (gọi là b)',
    },
  },
  '3.3.1.3': { inputs: { b: 'Thống kê số lượng UBND cấp xã có mạng LAN (gọi là b)' } },
  '3.3.2.1': { inputs: { b: 'Thống kê số lượng máy tính có kết nối Internet của các CQNN thuộc tỉnh (gọi là b)' } },
  '3.3.3.1': {
    title: '100% CQNN đã kết nối với mạng diện rộng của tỉnh',
    inputs: { b: 'Thống kê số lượng CQNN thuộc tỉnh có kết nối với mạng diện rộng của tỉnh (gọi là b)' },
  },
  '3.3.4.2': {
    inputs: {
      a: 'Thống kê số lượng CQNN cấp huyện (UBND cấp huyện và các cơ quan chuyên môn thuộc UBND cấp huyện) (gọi là a)',
      b: 'Thống kê số lượng CQNN cấp huyện đã kết nối với Mạng TSLCD (gọi là b)',
    },
  },
  '3.3.4.3': { title: '100% UBND cấp xã đã kết nối với Mạng TSLCD cấp II' },
  '3.3.4.4': { title: 'Triển khai Kết nối mạng TSLCD cấp II vào mạng TSLCD cấp I theo hướng dẫn của Bộ TTTT' },
  '3.4.2': {
    title: '100% HTTT của CQNN đã chuyển đổi sang IPv6',
    inputs: { b: 'Tổng số HTTT của CQNN đã chuyển đổi sang IPv6' },
  },
  '4': { title: 'Dữ liệu số' },
  '4.1.3': { inputs: { a: 'Thống kê tổng số thực thể dữ liệu lõi của các CSDL đã và đang xây dựng (gọi là a)' } },
  '4.1.4': {
    inputs: {
      b: 'Thống kê số thực thể dữ liệu lõi đã được số hóa của các CSDL quốc gia thuộc phạm vi tỉnh phải cung cấp (gọi là b)',
    },
  },
  '4.2': { title: 'Kết nối, chia sẻ dữ liệu, dữ liệu mở' },
  '4.2.4': {
    inputs: { b: 'Thống kê số dịch vụ dữ liệu của tỉnh được cung cấp trên Cổng dữ liệu quốc gia (gọi là b)' },
  },
  '4.2.7': {
    inputs: {
      a: 'Tổng số CQNN của tỉnh (gọi là a)',
      b: 'Số CQNN của tỉnh khai thác các CSDL (dùng chung, chuyên ngành của tỉnh hoặc CSDL quốc gia) để phục vụ cho hoạt động của mình (gọi là b)',
    },
  },
  '4.3': { title: 'Dữ liệu lớn và công cụ phân tích dữ liệu lớn (Big data)' },
  '4.3.2.2': {
    inputs: {
      b: 'Thống kê khối lượng (volume) dữ liệu lớn được triển khai xử lý trên nền tảng dữ liệu lớn của tỉnh (gọi là b)',
    },
  },
  '5.1.1': {
    inputs: {
      a: 'Thống kê số lượng CBCC của tỉnh (gọi là a)',
      b: 'Thống kê số lượng CBCC của tỉnh có tài khoản thư điện tử chính thức (gọi là b)',
    },
  },
  '5.2.2': {
    inputs: {
      a: 'Thống kê tổng số văn bản đi được trao đổi của các cơ quan, đơn vị cấp huyện (trừ văn bản mật) (gọi là a)',
    },
  },
  '5.2.3': {
    title: '100% trao đổi văn bản điện tử cấp xã',
    inputs: {
      a: 'Thống kê tổng số văn bản đi được trao đổi của các cơ quan, đơn vị cấp xã (trừ văn bản mật) (gọi là a)',
    },
  },
  '5.3': { title: 'Chữ ký điện tử, chữ ký số' },
  '5.3.1': { inputs: { a: 'Thống kê số lượng CQNN của tỉnh (gọi là a)' } },
  '5.4.1': { inputs: { a: 'Thống kê số lượng CQNN của tỉnh (gọi là a)' } },
  '5.4.2': {
    inputs: {
      a: 'Thống kê số lượng CQNN của tỉnh (gọi là a)',
      b: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Tài chính - Kế toán của tỉnh (gọi là b)',
    },
  },
  '5.4.3': { inputs: { b: 'Thống kê số lượng CQNN đã triển khai ứng dụng Quản lý Thi đua khen thưởng (gọi là b)' } },
  '5.4.4': { title: '100% CQNN của tỉnh đã triển khai ứng dụng Quản lý Tài sản' },
  '5.8.1': {
    title: 'Tỷ lệ DVCTT mức độ 3 và mức độ 4',
    inputs: {
      a: 'Thống kê tổng số dịch vụ công của tỉnh, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là a)',
      b: 'Thống kê số dịch vụ công trực tuyến mức độ 3 tỉnh đang cung cấp, không tính các DVCTT do bộ/ngành triển khai tại địa phương (gọi là b)',
    },
  },
  '5.9.1': { title: '70% DVCTT mức độ 3 và mức độ 4 có phát sinh HSTT' },
  '5.10.1': { title: '60% hồ sơ trực tuyến cấp tỉnh' },
  '5.13.3': {
    inputs: { a: 'Tổng số dân của tỉnh', b: 'Thống kê tổng số lượt truy cập trên Cổng TTĐT trong năm của tỉnh' },
  },
  '6.2.1': { inputs: { b: 'Tổng số hệ thống thông tin được phê duyệt theo cấp độ' } },
  '6.3.1': {
    inputs: { b: 'Tổng số hệ thống thông tin CQNN có 100% máy chủ được cài đặt phần mềm phòng chống mã độc' },
  },
  '7': { title: 'Đào tạo và nguồn nhân lực cho Chính quyền số' },
  '7.1.1': { inputs: { a: 'Thống kê số lượng CBCCVC của tỉnh (gọi là a)' } },
  '7.1.3': { inputs: { a: 'Thống kê số lượng CBCCVC của tỉnh (gọi là a)' } },
  '7.2.1': {
    title: '100% lãnh đạo các cấp của tỉnh được đào tạo về kỹ năng quản lý Chuyển đổi số',
    inputs: {
      b: 'Thống kê số lượng lãnh đạo cấp tỉnh, cấp huyện, cấp xã đã được đào tạo về kỹ năng quản lý Chuyển đổi số (gọi là b)',
    },
  },
  '7.2.3': {
    title:
      'Cử cán bộ tham gia đào tạo chuyên sâu về các công nghệ mới do các tổ chức nước ngoài giảng dạy của một CBCCVC chuyên trách về CNTT thuộc tỉnh đầy đủ và đúng thành phần',
  },
  '7.2.4': {
    inputs: {
      a: 'Thống kê số lượng CBCCVC của tỉnh (gọi là a)',
      b: 'Thống kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng sử dụng, khai thác các hệ thống thông tin của tỉnh (gọi là b)',
    },
  },
  '7.2.5': {
    inputs: {
      a: 'Thống kê số lượng CBCCVC của tỉnh (gọi là a)',
      b: 'Thống kê số lượng CBCCVC được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liệu của tỉnh (gọi là b)',
    },
  },
};
