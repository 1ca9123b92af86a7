/**
 * fast-check arbitraries for text that looks like a downloaded speech: real sentence pieces from
 * the corpus, heading markers, announcement phrases, mixed punctuation, traditional characters,
 * boilerplate lines and odd whitespace, glued together in any order.
 */
import fc from 'fast-check';

/** Pieces cut from corpus/*.txt, so the generator exercises the genre's real shapes. */
const CORPUS_PIECES: readonly string[] = [
  '下面，我就进一步推进机关党建工作高质量发展，讲几点意见。', // corpus/004
  '下面,我再强调三个方面的意见:', // corpus/003, half-width punctuation
  '一、认清形势、提高认识，深刻理解把握机关党建高质量发展的重要性和紧迫性。', // corpus/004
  '第二,创新机关党建工作要体现在不断提升机关党员、干部的能力素质上。', // corpus/000
  '一是市委的决策部署在基层得到了较好的推进和落实。', // corpus/003
  '其次是抓配備。在推選好機關黨委成員的同時,我們始終把精力放在專職黨務干部的配備上。', // corpus/002, traditional
  '做好“汲取前行力量、把准评价分量、追求服务质量、做优堡垒增量、汇聚先锋能量”这篇“五量”答卷', // corpus/001
  '也得到广阔干部群众的充分认可，成绩是主要的。', // corpus/003, a substituted word
  '党员电子身份认证已达x%以上，五星党员创评覆盖率已达x%以上。', // corpus/003, placeholders
  '有的党组（党委）书记把主要精力放在业务上，对党建工作过问较少；', // corpus/004
  '第9页 共9页', // corpus/003, page footer
  '       从百年党史中汲取前行力量,始终保持大抓机关党建的底气和定力。', // corpus/001, indent spaces
];

const MARKERS = ['一、', '二、', '（一）', '(二)', '1.', '2、', '（1）', '第一，', '第三,', '一是', '二要', '首先，', '其次', '最后，'];
const PUNCTUATION = ['。', '，', '、', '；', '：', '？', '！', '……', '…', '“', '”', '"', '‘', '’', '《', '》', '（', '）', ',', '.', ':', ';', '(', ')', '?', '!', '——', '-', '+'];
const WHITESPACE = ['\n', '\n\n', '\r\n', '\r', ' ', '\u3000', '\u00a0', '\t', '\u200b', '\ufeff'];
const NUMBERS = ['四个', '五点', '三个方面', '1+10+N', '2024年', '十九大', '“两个确立”', '三', '几点'];
const HAN = ['党', '建', '机', '关', '國', '們', '發', '展', '质', '量', '会', '议'];

const fragment = fc.oneof(
  fc.constantFrom(...CORPUS_PIECES),
  fc.constantFrom(...MARKERS),
  fc.constantFrom(...PUNCTUATION),
  fc.constantFrom(...WHITESPACE),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...HAN),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

/** A speech-like text of up to 40 fragments. */
export const speechLikeText: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

/** Any code points at all, including control characters and astral planes. */
export const anyUnicodeText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 200 });

/** Any UTF-16 code units, including lone surrogates (what a bad UTF-16 decode can produce). */
export const anyCodeUnits: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 100,
});
