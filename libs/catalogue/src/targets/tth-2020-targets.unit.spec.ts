import { tth2020Targets } from './tth-2020-targets';

describe('tth-2020 province targets to 2025 (Phụ lục 1)', () => {
  it('holds the 14 targets, numbered 1..14 in order', () => {
    expect(tth2020Targets).toHaveLength(14);
    expect(tth2020Targets.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('keeps the seed text verbatim (spot checks)', () => {
    expect(tth2020Targets[0]).toEqual(
      expect.objectContaining({
        content:
          '100% hoạt động quản lý nhà nước các cơ quan từ cấp tỉnh đến cấp xã sử dụng văn bản điện tử có chữ ký số, liên thông từ cấp tỉnh đến cấp xã và liên thông với Quốc gia trong các hoạt động quản lý nhà nước (Ngoại trừ các văn bản Mật theo quy định)',
        targetValue: '100%',
        unit: 'hoạt động quản lý nhà nước sử dụng văn bản điện tử có chữ ký số',
        lead: 'Văn phòng UBND tỉnh',
        coordinating: ['Sở Thông tin và Truyền thông'],
      }),
    );
    expect(tth2020Targets[6]).toEqual(
      expect.objectContaining({
        content: 'Tỷ trọng kinh tế số đóng góp 20% tổng GDP toàn tỉnh',
        targetValue: '20%',
        lead: 'Sở Kế hoạch và Đầu tư',
      }),
    );
    expect(tth2020Targets[11].content).toBe('50% người dùng smartphone tham gia vào hoạt động thanh toán điện tử.');
    expect(tth2020Targets[12]).toEqual(
      expect.objectContaining({
        content: '90% doanh nghiệp ứng dụng công nghệ thông tin trong hoạt động sản xuất kinh doanh',
        targetValue: '90%',
        lead: 'Sở Công thương',
      }),
    );
  });

  it('splits "Phối hợp" on ";" only, trimmed', () => {
    // "Các sở, ban, ngành; Doanh nghiệp": the commas belong to one name.
    expect(tth2020Targets[8].coordinating).toEqual(['Các sở, ban, ngành', 'Doanh nghiệp']);
    expect(tth2020Targets[12].coordinating).toEqual(['Sở Thông tin và Truyền thông', 'Doanh nghiệp']);
    expect(tth2020Targets[2].coordinating).toEqual(['Các Sở, Ban, Ngành']);
    for (const t of tth2020Targets) {
      expect(t.coordinating.length).toBeGreaterThan(0);
      for (const unit of t.coordinating) expect(unit).toBe(unit.trim());
    }
  });

  it('gives every target a percentage that the content states, with what it is a share of', () => {
    for (const t of tth2020Targets) {
      expect(t.targetValue).toMatch(/^\d+%$/);
      expect(t.content).toContain(t.targetValue);
      expect(t.unit.length).toBeGreaterThan(0);
      expect(t.lead.length).toBeGreaterThan(0);
      expect(t.contentEn).toBeTruthy();
    }
    expect(tth2020Targets.map((t) => t.targetValue)).toEqual([
      '100%',
      '100%',
      '100%',
      '100%',
      '60%',
      '80%',
      '20%',
      '100%',
      '100%',
      '50%',
      '100%',
      '50%',
      '90%',
      '70%',
    ]);
  });
});
