/**
 * The words the synthetic province's people write: reviewers' rejection reasons, units' correction and
 * not-applicable reasons, lead reviewers' reopening reasons, signers of evidence. Domain data is Vietnamese.
 */
export const REJECTION_REASONS = [
  'Thiếu văn bản minh chứng cho số liệu báo cáo',
  'Số liệu không khớp với báo cáo thống kê của đơn vị',
  'Văn bản minh chứng chưa có chữ ký của Thủ trưởng đơn vị',
  'Mẫu số không đúng với số liệu trên Cổng dịch vụ công',
  'Đề nghị bổ sung danh sách chi tiết kèm theo',
  'Số liệu kỳ báo cáo chưa cập nhật đến cuối quý',
] as const;

export const CORRECTION_REASONS = [
  'Cập nhật số liệu theo kết quả rà soát cuối quý',
  'Điều chỉnh theo số liệu đối soát với Sở Thông tin và Truyền thông',
  'Bổ sung hồ sơ phát sinh sau thời điểm báo cáo',
  'Sửa lỗi nhập liệu ở mẫu số',
] as const;

export const NOT_APPLICABLE_REASONS = [
  'Đơn vị không có thủ tục hành chính thuộc lĩnh vực này',
  'Đơn vị không được giao nhiệm vụ này trong kỳ báo cáo',
  'Hệ thống thông tin này do cơ quan cấp trên quản lý',
] as const;

export const REOPEN_REASONS = [
  'Mở lại theo kết luận kiểm tra của Thanh tra tỉnh',
  'Mở lại để điều chỉnh số liệu theo đề nghị của đơn vị',
] as const;

export const REVIEW_NOTES = ['Đã đối chiếu minh chứng', 'Số liệu phù hợp', 'Đạt yêu cầu'] as const;

export const SIGNERS = [
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Quang Minh',
  'Phạm Thị Thu Hà',
  'Hoàng Văn Nam',
  'Võ Thị Mai',
  'Đặng Hữu Phúc',
] as const;
