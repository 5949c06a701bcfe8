/** Pinyin a broken conversion left after a character: 號(hào), 機(jī)構(gòu). A tone mark is required. */
const PINYIN_AFTER_HANZI = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)/g;
/** `?` placeholders where a character could not be encoded, next to CJK text or digits. */
const PLACEHOLDER = /\?+(?=[\u3400-\u9fff\d])|(?<=[\u3400-\u9fff])\?+/g;

/** Ranges of `text` to delete, sorted and disjoint. */
export function damageRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of [PINYIN_AFTER_HANZI, PLACEHOLDER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const FULLWIDTH_PUNCT: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '．': '.', '　': ' ', '％': '%', '－': '-', '｜': '|', '／': '/', '〔': '[', '〕': ']',
};

/** Full-width digits and Latin letters → ASCII, in the reviewer-visible repaired text too. */
export function halfWidthAlnum(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  return ch;
}

export function halfWidthPunct(ch: string): string {
  return FULLWIDTH_PUNCT[ch] ?? ch;
}
