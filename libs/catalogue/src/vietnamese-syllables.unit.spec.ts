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
  // The onsets, rhymes, tones, allowed words and patterns are built when the module loads. Each test loads it
  // afresh inside its own body (not in a hook), so every table entry is evaluated while that test runs and a
  // wrong entry fails the test that pins it.
  const fresh = (): typeof import('./vietnamese-syllables') => {
    let loaded: typeof import('./vietnamese-syllables') | undefined;
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('./vietnamese-syllables')>('./vietnamese-syllables');
    });
    if (loaded === undefined) throw new Error('vietnamese-syllables did not load');
    return loaded;
  };
  const brokenWords = (text: string) =>
    fresh()
      .findBrokenSyllables(text)
      .map((entry) => entry.word);

  /** The sắc form of each base vowel: every rhyme takes it, the stop rhymes (-c, -ch, -p, -t) included. */
  const SAC: Record<string, string> = {
    a: 'á',
    ă: 'ắ',
    â: 'ấ',
    e: 'é',
    ê: 'ế',
    i: 'í',
    o: 'ó',
    ô: 'ố',
    ơ: 'ớ',
    u: 'ú',
    ư: 'ứ',
    y: 'ý',
  };
  /** `rhyme` with the sắc mark on its first vowel. */
  const withSac = (rhyme: string) => {
    const at = [...rhyme].findIndex((letter) => letter in SAC);
    return [...rhyme].map((letter, index) => (index === at ? SAC[letter] : letter)).join('');
  };

  // Every Vietnamese rhyme, by its first vowel.
  const RHYME_LINES = [
    'a ac ach ai am an ang anh ao ap at au ay',
    'ăc ăm ăn ăng ăp ăt',
    'âc âm ân âng âp ât âu ây',
    'e ec em en eng eo ep et',
    'ê êch êm ên ênh êp êt êu',
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
    'o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt',
    'oe oen oeo oet ooc oong',
    'ô ôc ôi ôm ôn ông ôp ôt',
    'ơ ơi ơm ơn ơp ơt',
    'u ua uc ui um un ung up ut uân uât uâng uây uê uêch uênh uôc uôi uôm uôn uông uôt uơ',
    'uy uya uych uyên uyêt uynh uyt uyu',
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
    'y yêm yên yêng yêt yêu',
  ];
  const RHYMES = RHYME_LINES.flatMap((line) => line.split(' '));

  it.each([
    ['', 'an'],
    ['b', 'ba'],
    ['c', 'ca'],
    ['ch', 'cha'],
    ['d', 'da'],
    ['đ', 'đa'],
    ['g', 'ga'],
    ['gh', 'ghe'],
    ['gi', 'giữ'],
    ['h', 'ha'],
    ['k', 'ke'],
    ['kh', 'kha'],
    ['l', 'la'],
    ['m', 'ma'],
    ['n', 'na'],
    ['ng', 'nga'],
    ['ngh', 'nghe'],
    ['nh', 'nha'],
    ['p', 'pin'],
    ['ph', 'pha'],
    ['qu', 'qua'],
    ['r', 'ra'],
    ['s', 'sa'],
    ['t', 'ta'],
    ['th', 'tha'],
    ['tr', 'tra'],
    ['v', 'va'],
    ['x', 'xa'],
  ])('onset "%s": "%s" is a syllable, which no shorter onset spells', (_onset, word) => {
    expect(fresh().isSyllable(word)).toBe(true);
  });

  it.each(['fa', 'ja', 'wa', 'za', 'qa', 'bla', 'tra-', 'sta'])('"%s" has no Vietnamese onset', (word) => {
    expect(fresh().isSyllable(word)).toBe(false);
  });

  it.each(RHYME_LINES)('every rhyme of "%s" is a syllable alone, after b and after th (with the sắc tone)', (line) => {
    const { isSyllable } = fresh();
    const rhymes = line.split(' ').map(withSac);
    expect(rhymes.filter((rhyme) => !isSyllable(rhyme))).toEqual([]);
    expect(rhymes.filter((rhyme) => !isSyllable(`b${rhyme}`))).toEqual([]);
    expect(rhymes.filter((rhyme) => !isSyllable(`th${rhyme}`))).toEqual([]);
  });

  it.each(['ơc', 'ưp', 'uyn', 'iê', 'ôa', 'ee'])('"%s" is no rhyme', (rhyme) => {
    expect(fresh().isSyllable(withSac(rhyme))).toBe(false);
    expect(fresh().isSyllable(`b${withSac(rhyme)}`)).toBe(false);
  });

  it('after qu, exactly the rhymes that start with a, ă, â, e, ê, o, ô, ơ or y, and ynh, ych', () => {
    const { isSyllable } = fresh();
    const afterQu = RHYMES.filter((rhyme) => /^[aăâeêoôơy]/u.test(rhyme));
    const notAfterQu = RHYMES.filter((rhyme) => !/^[aăâeêoôơy]/u.test(rhyme));
    expect(afterQu.filter((rhyme) => !isSyllable(`qu${withSac(rhyme)}`))).toEqual([]);
    expect(notAfterQu.filter((rhyme) => isSyllable(`qu${withSac(rhyme)}`))).toEqual([]);
    // The medial u is the onset's: quynh, quých; "ynh" and "ych" are no rhymes after any other onset.
    expect(isSyllable('quynh')).toBe(true);
    expect(isSyllable('quých')).toBe(true);
    expect(isSyllable('bynh')).toBe(false);
    expect(isSyllable('bých')).toBe(false);
  });

  // A base vowel, the word it is read in (an open rhyme after b) and the stop rhyme that tests its tone.
  const VOWELS: [string, string, string][] = [
    ['a', 'áàảãạ', 't'],
    ['ă', 'ắằẳẵặ', 'n'],
    ['â', 'ấầẩẫậ', 'n'],
    ['e', 'éèẻẽẹ', ''],
    ['ê', 'ếềểễệ', ''],
    ['i', 'íìỉĩị', ''],
    ['o', 'óòỏõọ', ''],
    ['ô', 'ốồổỗộ', ''],
    ['ơ', 'ớờởỡợ', ''],
    ['u', 'úùủũụ', ''],
    ['ư', 'ứừửữự', ''],
    ['y', 'ýỳỷỹỵ', ''],
  ];

  it.each(VOWELS)('"%s" takes each of its tone marks %s', (base, forms) => {
    const { isSyllable } = fresh();
    // ă and â are no rhymes alone: read them in ăn, ân.
    const coda = base === 'ă' || base === 'â' ? 'n' : '';
    expect([...forms].map((form) => isSyllable(`b${form}${coda}`))).toEqual([true, true, true, true, true]);
    // Two marks on one syllable are refused, whichever of them.
    expect([...forms].map((form) => isSyllable(`b${form}${coda}${forms[0] === form ? 'ì' : 'í'}`))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each(VOWELS)('"%s" before a stop (-t) takes the sắc and nặng marks only: %s', (base, forms) => {
    const { isSyllable } = fresh();
    // "yt" is no rhyme: y is read in "uyt" (huýt).
    const onset = base === 'y' ? 'hu' : 'b';
    expect([...forms].map((form) => isSyllable(`${onset}${form}t`))).toEqual([true, false, false, false, true]);
    expect(isSyllable(`${onset}${base}t`)).toBe(false);
  });

  it.each([
    'internet',
    'website',
    'web',
    'email',
    'e-mail',
    'online',
    'wifi',
    'wi-fi',
    'camera',
    'video',
    'zalo',
    'facebook',
    'app',
    'mobile',
    'smartphone',
    'cloud',
    'hue-s',
    'iot',
    'iso',
    'gis',
    'big',
    'data',
    'volume',
    'paygov',
    'ttg',
  ])('the allowed word "%s" is accepted whole, in any case, and a near miss is not', (word) => {
    expect(brokenWords(word)).toEqual([]);
    expect(brokenWords(word[0].toUpperCase() + word.slice(1))).toEqual([]);
    expect(brokenWords(`${word}x`)).not.toEqual([]);
  });

  it('accepts a word with a figure without a list ("IPv6", "4G")', () => {
    expect(brokenWords('IPv6 ipv6 4G x1')).toEqual([]);
  });

  it.each([
    ['gi', 'gì'],
    ['din', 'diện'],
    ['đin', 'điện'],
    ['ni', 'nối'],
    ['liu', 'liệu'],
    ['thưng', 'thưởng'],
  ])('the scan remnant "%s" is flagged, in any case, and "%s" is not', (remnant, word) => {
    expect(fresh().isSyllable(remnant)).toBe(true);
    expect(brokenWords(remnant)).toEqual([remnant]);
    expect(brokenWords(remnant.toUpperCase())).toEqual([remnant.toUpperCase()]);
    expect(brokenWords(word)).toEqual([]);
  });

  it.each([
    ['chuyển đi', ['đi']],
    ['trao đi', ['đi']],
    ['chuyn đi', ['chuyn', 'đi']],
    ['chuyển đi số', ['đi']],
    ['chuyển đi\tsố', ['đi']],
    ['chuyển đi, số', ['đi']],
    ['chuyển đi.', ['đi']],
    ['chuyển đi;', ['đi']],
    ['chuyển đi:', ['đi']],
    ['(trao đi)', ['đi']],
    ['chuyển đinh', []],
    ['trao đii', ['đii']],
    ['chuyển đi-', []],
    ['đi số', []],
    ['chuyển  đi', []],
  ])('a lost "đổi" after chuyển or trao: "%s" flags %p', (text, words) => {
    expect(brokenWords(text)).toEqual(words);
  });

  it.each([
    ['(gọi là b)', []],
    ['(gi là c)', ['gi']],
    ['(gọi là z) thng', ['thng']],
    ['(gọi là bb)', ['bb']],
    ['(gọi là đ)', ['đ']],
    ['(gọi là 1)', []],
    ['gọi là b', ['b']],
    ['(gọi là b', ['b']],
  ])('a letter that names a figure: "%s" flags %p', (text, words) => {
    expect(brokenWords(text)).toEqual(words);
  });

  it.each([
    ['UBND', []],
    ['TT&TT', []],
    ['CBCCVC', []],
    ['ĐTĐT', []],
    ['A', []],
    ['Đ', []],
    ['TT&', ['TT&']],
    ['UBND&', ['UBND&']],
    ['&UBND', ['&UBND']],
    ['&A', ['&A']],
    ['A&', ['A&']],
    ['&', ['&']],
    ['xUBND', ['xUBND']],
    ['UBNDx', ['UBNDx']],
    ['UbND', ['UbND']],
  ])('capital abbreviations are taken whole: "%s" flags %p', (text, words) => {
    expect(brokenWords(text)).toEqual(words);
  });
});
