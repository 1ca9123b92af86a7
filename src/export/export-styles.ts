import type { BlockFormat, ExportStyle } from './export-style.js';

/** 三号 仿宋, justified, indented two characters: the text of the standard. */
const BODY: BlockFormat = { font: 'fangsong', size: 32, bold: false, alignment: 'both', firstLineIndentChars: 2 };

/**
 * GB/T 9704-2012 (see ../shared/reference/official-document-format.md): A4; margins top 37 mm, bottom
 * 35 mm, left 28 mm, right 26 mm; 22 lines of 28 characters; title 二号 小标宋 centred; headings
 * 一、黑体 （一）楷体 1. （1）仿宋, all 三号 and indented like the body; "— 1 —" in 四号 宋体, odd pages
 * right and even pages left, one character in.
 */
export const STANDARD_STYLE: ExportStyle = {
  id: 'standard',
  description: '党政机关公文格式（GB/T 9704-2012）',
  page: {
    width: 11906,
    height: 16838,
    marginTop: 2098,
    marginBottom: 1984,
    marginLeft: 1587,
    marginRight: 1474,
    // Puts the page number line about 7 mm below the text block (checked on a rendering).
    footer: 1307,
    header: 851,
  },
  grid: { linesPerPage: 22, charsPerLine: 28 },
  title: { font: 'xiaobiaosong', size: 44, bold: false, alignment: 'center', firstLineIndentChars: 0 },
  linesAfterHead: 1,
  body: BODY,
  salutation: BODY,
  headings: [
    { ...BODY, font: 'heiti' },
    { ...BODY, font: 'kaiti' },
    BODY,
    BODY,
  ],
  pageNumber: { font: 'songti', size: 28, before: '— ', after: ' —', placement: 'outside', indentChars: 1 },
};

/**
 * Common 讲话稿 practice on top of the standard: speaker and date under the title in 三号 楷体, the date
 * in （）; the salutation 同志们： flush left; page numbers centred.
 */
export const SPEECH_STYLE: ExportStyle = {
  ...STANDARD_STYLE,
  id: 'speech',
  description: '讲话稿（标题下署讲话人和日期，称呼顶格，页码居中）',
  byline: { font: 'kaiti', size: 32, bold: false, alignment: 'center', firstLineIndentChars: 0, dateBrackets: ['（', '）'] },
  salutation: { ...BODY, firstLineIndentChars: 0 },
  pageNumber: { ...STANDARD_STYLE.pageNumber, placement: 'center' },
};

export const EXPORT_STYLES: readonly ExportStyle[] = [STANDARD_STYLE, SPEECH_STYLE];

export function findExportStyle(id: string): ExportStyle | undefined {
  return EXPORT_STYLES.find((s) => s.id === id);
}
