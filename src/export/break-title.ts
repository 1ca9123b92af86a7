import type { ExportStyle } from './export-style.js';
import { layoutMetrics } from './layout-metrics.js';

/** Marks that may not begin a line, and marks that may not end one. */
const NO_LINE_START = /^[，。、；：！？”’）》」』,.;:!?)]/;
const NO_LINE_END = /[“‘（《「『(]$/;

/** Prepositions that belong to the phrase after them, so a title line never ends with one. */
export const LEADING_WORDS: readonly { readonly word: string; readonly example: string }[] = [
  { word: '在', example: '在全市机关党的建设工作会议上的讲话' },
  { word: '关于', example: '关于进一步加强和改进机关党的建设的意见' },
  { word: '对', example: '对胡锦涛在青藏铁路通车庆祝大会上讲话的评析' },
  { word: '为', example: '为机关党建高质量发展提供坚强组织保障' },
  { word: '以', example: '以良好的精神状态奋力开创强县事业新局面' },
  { word: '向', example: '向“品牌建设”为主转变' },
];
const LEADING = new Set(LEADING_WORDS.map((w) => w.word));

/**
 * Width of a title line in characters of its size: Chinese characters and full-width marks 1, Latin
 * letters and digits ½, and the ¼ character Word puts between Chinese and Latin text.
 */
export function titleWidth(text: string): number {
  let width = 0;
  let previousLatin: boolean | undefined;
  for (const char of text) {
    const latin = char.charCodeAt(0) < 0x80;
    width += latin ? 0.5 : 1;
    if (previousLatin !== undefined && latin !== previousLatin && /[0-9A-Za-z\u3400-\u9fff]/.test(char)) width += 0.25;
    previousLatin = latin;
  }
  return width;
}

/**
 * Breaks a title that does not fit one line into as few lines as it needs, of widths as even as
 * possible and only between words (GB/T 9704 §7.3.2: 词意完整, 排列对称, 梯形或菱形), never after a
 * leading preposition nor between a mark and its word: "开展基层党建推进工作试点在基层党建工作推进会议上的
 * 讲话" → 开展基层党建推进工作试点 / 在基层党建工作推进会议上的讲话. `words` is the title cut into words. A
 * title that cannot be broken so is returned whole, for Word to wrap.
 */
export function breakTitle(words: readonly string[], charsPerLine: number): string[] {
  const whole = words.join('');
  const total = titleWidth(whole);
  if (total <= charsPerLine) return [whole];
  const n = words.length;
  const line = (from: number, to: number) => words.slice(from, to).join('');
  const canBreakBefore = (i: number) => !NO_LINE_START.test(words[i]!) && !NO_LINE_END.test(words[i - 1]!) && !LEADING.has(words[i - 1]!);
  for (let lines = 2; lines <= n; lines++) {
    const target = total / lines;
    // cost[m][j]: least squared deviation from `target` of words[0, j) set in m lines; from[m][j]: last break.
    const cost = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let m = 1; m <= lines; m++) {
      for (let j = 1; j <= n; j++) {
        if (j < n && !canBreakBefore(j)) continue;
        for (let i = m - 1; i < j; i++) {
          const width = titleWidth(line(i, j));
          if (width > charsPerLine || cost[m - 1]![i] === Infinity) continue;
          const candidate = cost[m - 1]![i]! + (width - target) ** 2;
          if (candidate < cost[m]![j]!) {
            cost[m]![j] = candidate;
            from[m]![j] = i;
          }
        }
      }
    }
    if (cost[lines]![n] === Infinity) continue;
    const result: string[] = [];
    for (let m = lines, j = n; m > 0; j = from[m]![j]!, m--) result.unshift(line(from[m]![j]!, j));
    return result;
  }
  return [whole];
}

/** The title's lines in a style; the segmenter is loaded only for a title longer than a line. */
export async function titleLines(title: string, style: ExportStyle): Promise<string[]> {
  const charsPerLine = Math.floor(layoutMetrics(style).textWidth / (style.title.size * 10));
  if (titleWidth(title) <= charsPerLine) return [title];
  const { loadSegmenter } = await import('../segment/segmenter.js');
  return breakTitle((await loadSegmenter()).cut(title), charsPerLine);
}
