/**
 * Phụ lục 1 of plan 222/KH-UBND (21/10/2020): "PHÂN CÔNG THEO DÕI ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU",
 * section "I. Đến năm 2025" — the 14 province targets to 2025 and who leads / coordinates each.
 *
 * `content`, `lead` and the coordinating units are verbatim from the seed (capitalisation varies there:
 * "Các Sở, Ban, Ngành" / "Các sở, ban, ngành"; kept as printed). `coordinating` is the "Phối hợp" cell split on
 * ";" only, so "Các sở, ban, ngành" stays one entry. `targetValue` is the percentage that opens the content
 * (target 7 states it inside: "đóng góp 20%"); `unit` is ours: what that percentage is a share of.
 */
import type { ProvinceTarget } from '../catalogue.types';

export const tth2020Targets: ProvinceTarget[] = [
  {
    number: 1,
    content:
      '100% hoạt động quản lý nhà nước các cơ quan từ cấp tỉnh đến cấp xã sử dụng văn bản điện tử có chữ ký số, liên thông từ cấp tỉnh đến cấp xã và liên thông với Quốc gia trong các hoạt động quản lý nhà nước (Ngoại trừ các văn bản Mật theo quy định)',
    contentEn:
      'All state-management activities of agencies from province to commune use digitally signed electronic documents, interconnected from province to commune and with the national system (classified documents excepted)',
    targetValue: '100%',
    unit: 'hoạt động quản lý nhà nước sử dụng văn bản điện tử có chữ ký số',
    lead: 'Văn phòng UBND tỉnh',
    coordinating: ['Sở Thông tin và Truyền thông'],
  },
  {
    number: 2,
    content: '100% dịch vụ công trực tuyến mức độ 3,4 trên môi trường mạng',
    contentEn: 'All public services online at level 3 or 4',
    targetValue: '100%',
    unit: 'dịch vụ công được cung cấp trực tuyến mức độ 3,4',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Văn phòng UBND tỉnh'],
  },
  {
    number: 3,
    content:
      '100% người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử, dịch vụ đô thị thông minh được xác thực định danh điện tử thông suốt hợp nhất từ hệ thống Trung ương',
    contentEn:
      'All citizens and businesses using e-government and smart-city services are authenticated with a seamless, unified electronic identity from the central system',
    targetValue: '100%',
    unit: 'người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử, dịch vụ đô thị thông minh được xác thực định danh điện tử',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Các Sở, Ban, Ngành'],
  },
  {
    number: 4,
    content: '100% cơ quan nhà nước từ cấp tỉnh đến cấp xã xây dựng và triển khai hệ thống thông tin chuyên ngành',
    contentEn: 'All state agencies from province to commune build and run their specialised information systems',
    targetValue: '100%',
    unit: 'cơ quan nhà nước từ cấp tỉnh đến cấp xã xây dựng và triển khai hệ thống thông tin chuyên ngành',
    lead: 'Các Sở, Ban, Ngành',
    coordinating: ['Sở Thông tin và Truyền thông'],
  },
  {
    number: 5,
    content:
      '60% dữ liệu quản lý của các cơ quan hành chính nhà nước từ cấp tỉnh đến cấp xã được số hóa, lưu trữ tập trung tại Trung tâm Giám sát, điều hành đô thị thông minh và đưa vào khai thác hiệu quả',
    contentEn:
      '60% of the management data of administrative agencies from province to commune is digitised, stored centrally at the smart-city monitoring and operations centre and used effectively',
    targetValue: '60%',
    unit: 'dữ liệu quản lý của các cơ quan hành chính nhà nước được số hóa, lưu trữ tập trung và đưa vào khai thác',
    lead: 'Các Sở, ban, ngành',
    coordinating: ['Sở Thông tin và Truyền thông'],
  },
  {
    number: 6,
    content:
      '80% tiêu chí đánh giá xếp loại cơ quan nhà nước, công chức, viên chức dựa trên dữ liệu số được tổng hợp từ các hệ thống thông tin chính quyền điện tử và dịch vụ đô thị thông minh',
    contentEn:
      'Assessment and ranking of state agencies, civil servants and public employees rests for 80% of its criteria on digital data drawn from the e-government and smart-city information systems',
    targetValue: '80%',
    unit: 'tiêu chí đánh giá xếp loại cơ quan nhà nước, công chức, viên chức dựa trên dữ liệu số',
    lead: 'Sở Nội vụ',
    coordinating: ['Văn phòng UBND tỉnh'],
  },
  {
    number: 7,
    content: 'Tỷ trọng kinh tế số đóng góp 20% tổng GDP toàn tỉnh',
    contentEn: "The digital economy contributes 20% of the province's GDP",
    targetValue: '20%',
    unit: 'tổng GDP toàn tỉnh (tỷ trọng kinh tế số)',
    lead: 'Sở Kế hoạch và Đầu tư',
    coordinating: ['Sở Thông tin và Truyền thông'],
  },
  {
    number: 8,
    content: '100% địa bàn hành chính được kéo cáp quang internet',
    contentEn: 'Fibre-optic internet reaches every administrative area',
    targetValue: '100%',
    unit: 'địa bàn hành chính được kéo cáp quang internet',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Doanh nghiệp'],
  },
  {
    number: 9,
    content: '100% phủ sóng mạng 4G/5G',
    contentEn: 'Full 4G/5G network coverage',
    targetValue: '100%',
    unit: 'địa bàn được phủ sóng mạng 4G/5G',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Các sở, ban, ngành', 'Doanh nghiệp'],
  },
  {
    number: 10,
    content: '50% người dùng smartphone được tiếp cận với các dịch vụ chính quyền điện tử, dịch vụ đô thị thông minh',
    contentEn: 'Half of smartphone users have access to e-government and smart-city services',
    targetValue: '50%',
    unit: 'người dùng smartphone được tiếp cận với các dịch vụ chính quyền điện tử, dịch vụ đô thị thông minh',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Các sở, ban, ngành', 'Doanh nghiệp'],
  },
  {
    number: 11,
    content: '100% người dân đảm bảo điều kiện được phổ cập điện thoại thông minh',
    contentEn: 'Every inhabitant is able to have a smartphone',
    targetValue: '100%',
    unit: 'người dân đảm bảo điều kiện được phổ cập điện thoại thông minh',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Các sở, ban, ngành', 'Doanh nghiệp'],
  },
  {
    number: 12,
    content: '50% người dùng smartphone tham gia vào hoạt động thanh toán điện tử.',
    contentEn: 'Half of smartphone users make electronic payments',
    targetValue: '50%',
    unit: 'người dùng smartphone tham gia vào hoạt động thanh toán điện tử',
    lead: 'Sở Thông tin và Truyền thông',
    coordinating: ['Các sở, ban, ngành', 'Doanh nghiệp'],
  },
  {
    number: 13,
    content: '90% doanh nghiệp ứng dụng công nghệ thông tin trong hoạt động sản xuất kinh doanh',
    contentEn: '90% of businesses use information technology in production and trade',
    targetValue: '90%',
    unit: 'doanh nghiệp ứng dụng công nghệ thông tin trong hoạt động sản xuất kinh doanh',
    lead: 'Sở Công thương',
    coordinating: ['Sở Thông tin và Truyền thông', 'Doanh nghiệp'],
  },
  {
    number: 14,
    content:
      '70% doanh nghiệp cung cấp dịch vụ tiếp cận và tham gia vào các hoạt động giao dịch điện tử trên môi trường mạng',
    contentEn: '70% of service-providing businesses reach and take part in electronic transactions online',
    targetValue: '70%',
    unit: 'doanh nghiệp cung cấp dịch vụ tiếp cận và tham gia vào các hoạt động giao dịch điện tử trên môi trường mạng',
    lead: 'Sở Công thương',
    coordinating: ['Các sở, ban, ngành', 'Doanh nghiệp'],
  },
];
