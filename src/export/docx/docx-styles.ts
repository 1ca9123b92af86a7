/**
 * Word styles from an ExportStyle: every format lives in a named style (so a user restyles the whole
 * document in Word by editing one style), fonts are named per slot (ascii/hAnsi Times New Roman,
 * eastAsia the Chinese face) and never taken from the theme.
 */
import type { ICharacterStyleOptions, IFontAttributesProperties, IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { BlockFormat, ExportStyle, FontProfile, FontRole } from '../export-style.js';
import type { LayoutMetrics } from '../layout-metrics.js';

/** Style ids the writer puts on paragraphs and runs. Built-in ids where Word has one. */
export const STYLE_ID = {
  body: 'Normal',
  title: 'Title',
  headings: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  byline: 'Byline',
  salutation: 'Salutation',
  pageNumber: 'PageNumber',
  /** Character style for the body text that runs on after an inline heading clause. */
  bodyRun: 'BodyTextChar',
} as const;

/**
 * The font of a role in every slot: Latin letters and digits in the profile's Latin face (or, for
 * the page number's 宋体 digits, the Chinese face too), the hint making quotes and dashes Chinese.
 */
function fontSlots(role: FontRole, fonts: FontProfile, digits: 'latin' | 'chinese' = 'latin'): IFontAttributesProperties {
  const eastAsia = fonts.eastAsian[role];
  const latin = digits === 'chinese' ? eastAsia : fonts.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

export function buildStyles(style: ExportStyle, fonts: FontProfile, metrics: LayoutMetrics): IStylesOptions {
  const run = (format: BlockFormat) => ({
    font: fontSlots(format.font, fonts),
    size: format.size,
    sizeComplexScript: format.size,
    bold: format.bold,
    // Condensing belongs to the body grid: only text set in the body size is condensed.
    ...(format.size === style.body.size ? { characterSpacing: metrics.characterSpacing } : {}),
  });
  const paragraph = (format: BlockFormat) => ({
    alignment: format.alignment,
    indent: {
      firstLine: format.firstLineIndentChars * format.size * 10,
      firstLineChars: format.firstLineIndentChars * 100,
    },
    spacing: { before: 0, after: 0, line: metrics.lineSpacing, lineRule: 'exact' as const },
  });
  const paragraphStyle = (id: string, name: string, format: BlockFormat, extra: object = {}): IParagraphStyleOptions => ({
    id,
    name,
    ...(id === STYLE_ID.body ? {} : { basedOn: STYLE_ID.body, next: STYLE_ID.body }),
    quickFormat: true,
    run: run(format),
    paragraph: { ...paragraph(format), ...extra },
  });

  const paragraphStyles: IParagraphStyleOptions[] = [
    paragraphStyle(STYLE_ID.body, 'Normal', style.body),
    paragraphStyle(STYLE_ID.title, 'Title', style.title),
    ...style.headings.map((format, i) =>
      // Outline levels make Word's navigation pane and tables of contents show the structure.
      paragraphStyle(STYLE_ID.headings[i]!, `heading ${i + 1}`, format, { outlineLevel: i, keepNext: true }),
    ),
    paragraphStyle(STYLE_ID.salutation, '称呼', style.salutation),
    {
      id: STYLE_ID.pageNumber,
      name: '页码',
      // Not based on the body style: the page number has neither its indent, spacing nor condensing.
      run: { font: fontSlots(style.pageNumber.font, fonts, 'chinese'), size: style.pageNumber.size },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
    },
  ];
  if (style.byline) paragraphStyles.push(paragraphStyle(STYLE_ID.byline, '讲话人和日期', style.byline));

  const characterStyles: ICharacterStyleOptions[] = [{ id: STYLE_ID.bodyRun, name: '正文字符', run: run(style.body) }];

  return {
    default: {
      document: {
        run: { font: fontSlots(style.body.font, fonts), size: style.body.size, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      },
    },
    paragraphStyles,
    characterStyles,
  };
}
