import { findBrokenSyllables, isSyllable } from './vietnamese-syllables';

const broken = (text: string) => findBrokenSyllables(text).map((entry) => entry.word);

describe('isSyllable', () => {
  it.each([
    'thống',
    'kê',
    'số',
    'lượng',
    'chuyển',
    'đổi',
    'quyền',
    'nghiệp',
    'khuyến',
    'quyết',
    'quốc',
    'gì',
    'giữ',
    'gìn',
    'nguyễn',
    'huỳnh',
    'xoong',
    'thuở',
    'ương',
    'y',
    'điện',
  ])('accepts "%s"', (word) => expect(isSyllable(word)).toBe(true));

  it.each([
    ['thng', 'no vowel'],
    ['tnh', 'no vowel'],
    ['s', 'a lone consonant'],
    ['chuyn', '"uyn" is no rhyme'],
    ['slượng', 'two syllables run together'],
    ['tốć', 'two tone marks'],
    ['tôc', 'a stop rhyme takes only the sắc or nặng tone'],
    ['tồc', 'a stop rhyme takes only the sắc or nặng tone'],
    ['ki', 'valid'],
    ['ci', '"c" is never written before i'],
    ['ngi', '"ng" is never written before i'],
    ['ghe', 'valid'],
  ])('"%s" (%s)', (word, why) => expect(isSyllable(word)).toBe(why === 'valid'));
});

describe('findBrokenSyllables', () => {
  it('finds the scan damage the issue quotes', () => {
    expect(broken('Thng kê số lượng CBCC')).toEqual(['Thng']);
    expect(broken('tng shệ thng thông tin')).toEqual(['tng', 'shệ', 'thng']);
    expect(broken('Tuyên truyền, ph biến về chuyn đi s')).toEqual(['ph', 'chuyn', 'đi', 's']);
  });

  it('finds lost tone letters that leave a syllable-shaped remnant', () => {
    expect(broken('có mạng LAN (gi là b)')).toEqual(['gi']);
    expect(broken('đã kết ni với mạng din rộng')).toEqual(['ni', 'din']);
    expect(broken('Ngày chuyển đi số')).toEqual(['đi']);
    expect(broken('100% trao đi văn bản điện tử')).toEqual(['đi']);
  });

  it('accepts correct Vietnamese, abbreviations, codes and the letters that name figures', () => {
    expect(broken('Thống kê tổng số văn bản đi của các cơ quan, đơn vị cấp tỉnh (gọi là b)')).toEqual([]);
    expect(broken('UBND, CBCCVC, TT&TT, CSDL, QLVBĐH, HTTT, LGSP')).toEqual([]);
    expect(broken('Quyết định số 20/2020/QĐ-TTg; IPv6; mức độ 3, 4; 01%')).toEqual([]);
    expect(broken('Cổng TTĐT, Internet, Big data, PayGov')).toEqual([]);
  });

  it('gives each broken word with its position', () => {
    expect(findBrokenSyllables('Dữ liệu s')).toEqual([{ word: 's', index: 8 }]);
  });
});
