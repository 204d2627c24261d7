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

describe('isSyllable, rule by rule', () => {
  it.each([
    ['học', true],
    ['tọc', true],
    ['tốc', true],
    ['ếch', true],
    ['ạch', true],
    ['út', true],
    ['ụp', true],
    ['hỏc', false],
    ['hõc', false],
    ['àch', false],
    ['ach', false],
  ])('a stop rhyme takes the sắc or nặng tone only: "%s" %p', (word, expected) => {
    expect(isSyllable(word)).toBe(expected);
  });

  it.each([
    ['ke', true],
    ['kê', true],
    ['ky', true],
    ['ghi', true],
    ['nghe', true],
    ['ka', false],
    ['gha', false],
    ['ngha', false],
    ['ce', false],
    ['cê', false],
    ['cy', false],
    ['ca', true],
    ['nga', true],
  ])('k, gh, ngh only before i, e, ê, y; c and ng never: "%s" %p', (word, expected) => {
    expect(isSyllable(word)).toBe(expected);
  });

  it.each([
    ['quy', true],
    ['quynh', true],
    ['quých', true],
    ['qua', true],
    ['quu', false],
    ['gi', true],
    ['gỉ', true],
    ['oong', true],
    ['', false],
    ['b', false],
    ['đ', false],
    ['x1', false],
    ['ab', false],
  ])('onsets and rhymes: "%s" %p', (word, expected) => {
    expect(isSyllable(word)).toBe(expected);
  });

  it('reads decomposed (NFD) letters as their composed form', () => {
    expect(isSyllable('học'.normalize('NFD'))).toBe(true);
    expect(broken('Thống kê'.normalize('NFD'))).toEqual([]);
  });
});

describe('findBrokenSyllables, positions and tokens', () => {
  it('keeps the positions after a letter name', () => {
    expect(findBrokenSyllables('có mạng (gọi là b) thng')).toEqual([{ word: 'thng', index: 19 }]);
    expect(findBrokenSyllables('(gọi là b) (gọi là c) s')).toEqual([{ word: 's', index: 22 }]);
  });

  it('places a lost "đổi" after the word before it', () => {
    expect(findBrokenSyllables('Ngày chuyển đi số')).toEqual([{ word: 'đi', index: 12 }]);
    expect(findBrokenSyllables('trao đi, x')).toEqual([
      { word: 'đi', index: 5 },
      { word: 'x', index: 9 },
    ]);
    expect(findBrokenSyllables('chuyn đi)')).toEqual([
      { word: 'chuyn', index: 0 },
      { word: 'đi', index: 6 },
    ]);
    expect(broken('TRAO ĐI')).toEqual(['ĐI']);
    expect(broken('chuyển đi.')).toEqual(['đi']);
    expect(broken('đi trao')).toEqual([]);
    expect(broken('chuyển đing')).toEqual(['đing']);
  });

  it('checks hyphenated and apostrophed words part by part, at their positions', () => {
    expect(findBrokenSyllables('kê-thng')).toEqual([{ word: 'thng', index: 3 }]);
    expect(findBrokenSyllables('x’ab')).toEqual([
      { word: 'x', index: 0 },
      { word: 'ab', index: 2 },
    ]);
    expect(findBrokenSyllables("số'thng")).toEqual([{ word: 'thng', index: 3 }]);
    expect(broken('số- liệu, -kê')).toEqual([]);
    expect(broken('Hue-S, E-mail, Wi-Fi')).toEqual([]);
  });

  it('takes words with a figure, the allowed words and capital abbreviations whole', () => {
    expect(broken('4.0 IPv6 3G x1')).toEqual([]);
    expect(broken('ONLINE Website ttg')).toEqual([]);
    expect(broken('CNTT&TT ĐẠI ƯU A')).toEqual([]);
    expect(broken('TT& & x')).toEqual(['TT&', '&', 'x']);
    expect(broken('Ttg CNTt')).toEqual(['CNTt']);
  });

  it('flags the remnants that look like syllables in any case', () => {
    expect(broken('GI Din liu thưng')).toEqual(['GI', 'Din', 'liu', 'thưng']);
  });
});

describe('the tables, read on a fresh load', () => {
  // The onsets, rhymes, tones, allowed words and patterns are built when the module loads; a fresh load checks
  // every entry through a word that needs it.
  let fresh: typeof import('./vietnamese-syllables') | undefined;
  beforeAll(() => {
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import('./vietnamese-syllables')>('./vietnamese-syllables');
    });
  });
  const syllable = (word: string) => fresh?.isSyllable(word);
  const brokenWords = (text: string) => fresh?.findBrokenSyllables(text).map((entry) => entry.word);

  it('reads a word for every onset, every line of rhymes and every toned vowel', () => {
    const words = [
      ...['a', 'ba', 'ca', 'cha', 'da', 'đa', 'ga', 'ghe', 'giữ', 'ha', 'ke', 'kha', 'la', 'ma', 'na', 'nga'],
      ...['nghe', 'nha', 'pin', 'pha', 'qua', 'ra', 'sa', 'ta', 'tha', 'tra', 'va', 'xa'],
      ...['căn', 'cân', 'em', 'bên', 'tin', 'hoa', 'khoe', 'bôn', 'mơi', 'muôn', 'tuy', 'ngươi', 'yên'],
      ...['má', 'bắt', 'cấp', 'bé', 'bến', 'ít', 'có', 'số', 'mới', 'cú', 'cứ', 'ý'],
      ...['quy', 'quynh', 'quých', 'quân', 'quê', 'quăng', 'quyết'],
    ];
    expect(words.filter((word) => !syllable(word))).toEqual([]);
    expect(['hóà', 'quu', 'quia', 'quưa'].filter((word) => syllable(word))).toEqual([]);
  });

  it('accepts every allowed word and flags every remnant', () => {
    const allowed =
      'internet website web email e-mail online wifi wi-fi camera video zalo facebook app mobile smartphone ' +
      'cloud hue-s ipv6 iot iso gis big data volume paygov ttg';
    expect(brokenWords(allowed)).toEqual([]);
    expect(brokenWords('gi din đin ni liu thưng')).toEqual(['gi', 'din', 'đin', 'ni', 'liu', 'thưng']);
  });

  it('applies the patterns: lost "đổi", letter names, abbreviations', () => {
    expect(brokenWords('Ngày chuyển đi')).toEqual(['đi']);
    expect(brokenWords('chuyển đi số, trao đi, chuyển đinh')).toEqual(['đi', 'đi']);
    expect(brokenWords('có (gọi là b) và (gi là c)')).toEqual(['gi']);
    expect(brokenWords('UBND TT&TT Đ A TT&')).toEqual(['TT&']);
  });
});
