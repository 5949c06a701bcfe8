/**
 * Finds the parts of a saved page that are not the report: index-number headers, encyclopedia
 * info boxes, share/QR prompts and site footers. Works line by line on the normalised text and
 * returns line ranges; nothing is deleted, so offsets stay valid.
 */

const META_LINE = /^(索引号|生成日期|发布日期|发布时间|成文日期|信息来源|浏览次数|访问次数|点击数|文号|关键字|关键词|所属机构|发布机构|发文机关|主题分类|公开方式|公开范围|来源|作者|字号|分享|时间|日期)\s*[:|]/;
const BULLET = /^[•·●▪■◆►]/;
const ONLY_PIPES = /^[|\s]*$/;
const FOOTER = /^(相关词条|热门词条|联络我们|联系我们|扫一扫|打印本页|关闭窗口|【?打印】?|【?关闭】?|分享到|主办单位|承办单位|主办:|网站标识码|版权所有|技术支持|网站地图|icp备|[a-z\u4e00-\u9fff]{0,4}icp备|返回顶部|【?收藏】?|上一篇|下一篇)/i;
const INFO_BOX_START = /^基本(介绍|信息)$/;
const INFO_BOX_LINE = /^[•·●]?\s*(中文名|外文名|类型|时间|地区|发布单位|所属|性质|别名|领域)\s*:/;
const TITLE_LIKE = /(19|20)\d{2}\s*年.*(报告|总结|年报)|(报告|总结|年报)$/;
const FIRST_HEADING = /^[一1][、.]/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(norm: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      lines.push({ start, end: i, text: norm.slice(start, i).trim() });
      start = i + 1;
    }
  }
  return lines;
}

function looksLikeHeaderMeta(text: string): boolean {
  return (
    text.length === 0 ||
    ONLY_PIPES.test(text) ||
    BULLET.test(text) ||
    META_LINE.test(text) ||
    text.includes('|') ||
    /^[\d\s/:.-]+$/.test(text)
  );
}

export function findBoilerplate(norm: string): [number, number][] {
  const lines = splitLines(norm);
  const drop = new Array<boolean>(lines.length).fill(false);

  // Header: metadata lines before the title or the first heading.
  const bodyStart = lines.findIndex((l) => TITLE_LIKE.test(l.text) || FIRST_HEADING.test(l.text));
  const headerEnd = bodyStart < 0 ? 0 : bodyStart;
  for (let i = 0; i < headerEnd; i++) if (looksLikeHeaderMeta(lines[i].text)) drop[i] = true;

  // Encyclopedia-style info boxes anywhere before the body proper.
  for (let i = 0; i < lines.length; i++) {
    if (!INFO_BOX_START.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j].text === '' || INFO_BOX_LINE.test(lines[j].text))) j++;
    if (j > i + 1) for (let k = i; k < j; k++) drop[k] = true;
  }

  // Footer: trailing lines that are footer furniture, blank or empty table cells.
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].text;
    if (t === '' || ONLY_PIPES.test(t) || FOOTER.test(t)) drop[i] = true;
    else break;
  }
  // Share prompts are furniture wherever the page put them.
  for (let i = 0; i < lines.length; i++) if (/^扫一扫在手机(上)?打开当前页/.test(lines[i].text)) drop[i] = true;

  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!drop[i] || lines[i].start === lines[i].end) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 >= lines[i].start) last[1] = lines[i].end;
    else ranges.push([lines[i].start, lines[i].end]);
  }
  return ranges;
}
