/**
 * Spots the words a scan broke: the seed lost letters ("Thng kê", "chuyn đi s", "tng shệ thng") and the
 * remains are rarely Vietnamese syllables. A syllable is an onset, a rhyme from the closed list of
 * Vietnamese rhymes and at most one tone mark; checked/stop rhymes (-c, -ch, -p, -t) take only the sắc or
 * nặng tone. Abbreviations and foreign words that display texts use on purpose are listed below.
 *
 * Pure string work (no Node API): the web application imports the catalogue library in the browser.
 */

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];

/** Every Vietnamese rhyme, written without its tone mark (the medial o/u included). */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ' +
    'ăc ăm ăn ăng ăp ăt ' +
    'âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ' +
    'ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt ' +
    'oe oen oeo oet ooc oong ' +
    'ô ôc ôi ôm ôn ông ôp ôt ' +
    'ơ ơi ơm ơn ơp ơt ' +
    'u ua uc ui um un ung up ut uân uât uâng uây uê uêch uênh uôc uôi uôm uôn uông uôt uơ ' +
    'uy uya uych uyên uyêt uynh uyt uyu ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêng yêt yêu'
  ).split(' '),
);

/** After "qu" the medial u is spelled by the onset: quy, quyết, quốc, quả. */
const RHYMES_AFTER_QU = new Set([...RHYMES].filter((rhyme) => /^[aăâeêoôơy]/.test(rhyme)).concat(['ynh', 'ych']));

/** Base vowel and tone of each toned letter (NFC). Tone 0 = ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
const TONED = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries({
  a: 'áàảãạ',
  ă: 'ắằẳẵặ',
  â: 'ấầẩẫậ',
  e: 'éèẻẽẹ',
  ê: 'ếềểễệ',
  i: 'íìỉĩị',
  o: 'óòỏõọ',
  ô: 'ốồổỗộ',
  ơ: 'ớờởỡợ',
  u: 'úùủũụ',
  ư: 'ứừửữự',
  y: 'ýỳỷỹỵ',
})) {
  [...forms].forEach((form, index) => TONED.set(form, [base, index + 1]));
}

/**
 * Abbreviations and foreign words the display texts use on purpose (checked case-insensitively after the
 * upper-case test below fails). A new one is added here deliberately, never by a scan.
 */
const ALLOWED_WORDS = new Set([
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
  // Stryker disable next-line StringLiteral: a word with a figure is accepted before this list is read, so "ipv6" never needs its entry
  'ipv6',
  'iot',
  'iso',
  'gis',
  'big',
  'data',
  'volume',
  'paygov',
  // "QĐ-TTg": decisions of the Prime Minister (Thủ tướng).
  'ttg',
]);

/**
 * Remains of the scan that happen to be spelled like syllables but are not words of these texts: the tone
 * letter of "gọi", "diện", "điện", "nối", "liệu", "thưởng" was lost. Checked as whole words.
 */
const SCAN_REMNANTS = new Set(['gi', 'din', 'đin', 'ni', 'liu', 'thưng']);

/** "đổi" that lost its "ổ" reads "đi": only its neighbours tell ("chuyển đi số", "trao đi văn bản"). */
const REMNANT_PHRASES: readonly RegExp[] = [/\b(chuyển|chuyn|trao) (đi)(?=$|[\s,.;:)])/giu];

/** "(gọi là b)": the seed names a figure by a letter, which is not a broken word. */
const LETTER_NAME = /\((?:gọi|gi) là [a-z]\)/gu;

/** Upper-case abbreviations of the seed (UBND, CBCCVC, TT&TT, CSDL…). */
const ABBREVIATION = /^[A-ZĐ][A-ZĐ&]*[A-ZĐ]$|^[A-ZĐ]$/u;

export interface BrokenSyllable {
  /** The offending word as written. */
  word: string;
  /** Its position (code units) in the text. */
  index: number;
}

/** The words of `text` that are not Vietnamese syllables, abbreviations or allowed foreign words. */
export function findBrokenSyllables(text: string): BrokenSyllable[] {
  const normalized = text.normalize('NFC');
  const broken: BrokenSyllable[] = [];
  // Blank out the letter names, keeping the positions of everything else.
  // Stryker disable next-line Regex: the letter name ends with its letter and ")", so " x)" occurs only at the end
  const scanned = normalized.replace(LETTER_NAME, (name) => name.replace(/ [a-z]\)$/u, '  )'));
  for (const pattern of REMNANT_PHRASES) {
    for (const match of normalized.matchAll(pattern)) {
      broken.push({ word: match[2], index: (match.index ?? 0) + match[1].length + 1 });
    }
  }
  for (const match of scanned.matchAll(/[\p{L}\p{N}&'’-]+/gu)) {
    const token = match[0];
    if (isAcceptedToken(token)) continue;
    // Hyphenated or apostrophed compounds are checked part by part ("Hue-S" is allowed whole above).
    let offset = 0;
    for (const part of token.split(/[-'’]/)) {
      if (part.length > 0 && !isAcceptedToken(part)) broken.push({ word: part, index: (match.index ?? 0) + offset });
      offset += part.length + 1;
    }
  }
  return broken.sort((left, right) => left.index - right.index);
}

function isAcceptedToken(token: string): boolean {
  if (/\p{N}/u.test(token)) return true; // codes and figures: "4.0", "IPv6", "01"
  if (ALLOWED_WORDS.has(token.toLowerCase())) return true;
  if (SCAN_REMNANTS.has(token.toLowerCase())) return false;
  // Stryker disable next-line MethodExpression: an upper-case word is never a syllable, and isPlainAbbreviation accepts every ABBREVIATION match, so the case makes no difference
  if (ABBREVIATION.test(token) && !isSyllable(token.toLowerCase())) return isPlainAbbreviation(token);
  return isSyllable(token.toLowerCase());
}

/** A run of capitals with no Vietnamese vowel letter (â, ư, ơ…) or tone: "UBND", "CNTT", "TT&TT". */
function isPlainAbbreviation(token: string): boolean {
  // Stryker disable next-line Regex: only reached for an ABBREVIATION match, which is all [A-ZĐ&]: with or without its anchors it holds
  return /^[A-Z&Đ]+$/u.test(token);
}

/** True when `word` (lower case) is one Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  let tone = 0;
  let bare = '';
  for (const letter of word.normalize('NFC')) {
    const toned = TONED.get(letter);
    if (toned) {
      if (tone !== 0) return false; // two tone marks
      tone = toned[1];
      bare += toned[0];
    } else {
      bare += letter;
    }
  }
  // Stryker disable next-line ConditionalExpression,Regex: onsets and rhymes are spelled with these letters only, so the loop below refuses any other letter too
  if (!/^[a-zăâđêôơư]+$/u.test(bare)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!rhymeFits(onset, rhyme)) continue;
    // Stryker disable next-line Regex,ConditionalExpression: c, ch, p, t occur in rhymes only at the end; tone 0 with a stop rhyme is refused on the next line as well
    if (/(c|ch|p|t)$/.test(rhyme) && tone !== 0 && tone !== 1 && tone !== 5) continue;
    // Stryker disable next-line Regex: c, ch, p, t occur in rhymes only at the end
    if (/(c|ch|p|t)$/.test(rhyme) && tone === 0) continue;
    return true;
  }
  return false;
}

function rhymeFits(onset: string, rhyme: string): boolean {
  // Stryker disable next-line all: never decides: the onsets before it already read gì, gỉ as g + i (kept to say why they are syllables)
  if (onset === 'gi' && rhyme === '') return true; // gì, gỉ
  if (onset === 'qu') return RHYMES_AFTER_QU.has(rhyme);
  if (!RHYMES.has(rhyme)) return false;
  // k, gh and ngh are written only before i, e, ê (and iê/y); c, g and ng never are.
  const front = /^(i|e|ê|y)/.test(rhyme);
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  return true;
}
