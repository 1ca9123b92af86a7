/**
 * An export style: the whole layout of the exported document as data, in Word's units (twips =
 * twentieths of a point; font sizes in half-points: 二号 44, 三号 32, 四号 28). The standard style and
 * the 讲话稿 house style are two values of this type (export-styles.ts); a unit adds its own the same way.
 */

/** A typeface by its role in the document; a FontProfile names the installed family for each role. */
export type FontRole = 'xiaobiaosong' | 'heiti' | 'kaiti' | 'fangsong' | 'songti';

export type Alignment = 'left' | 'center' | 'right' | 'both';

export interface BlockFormat {
  readonly font: FontRole;
  /** Half-points. */
  readonly size: number;
  readonly bold: boolean;
  readonly alignment: Alignment;
  /** First-line indent in characters of this block's size (GB/T 9704: two for body text). */
  readonly firstLineIndentChars: number;
}

export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Distance from the page's bottom edge to the footer's last line. */
  readonly footer: number;
  readonly header: number;
}

export interface PageNumberFormat {
  readonly font: FontRole;
  readonly size: number;
  /** Text around the number: "— " and " —" (U+2014) in the standard. */
  readonly before: string;
  readonly after: string;
  /** 'outside': odd pages right, even pages left (even/odd footers); 'center': every page centred. */
  readonly placement: 'outside' | 'center';
  /** Indent from the outer edge, in characters of the number's size ('outside' only). */
  readonly indentChars: number;
}

export interface ExportStyle {
  readonly id: string;
  /** One line for `--help` and reports (Chinese). */
  readonly description: string;
  readonly page: PageSetup;
  /** The body text fills the text block in this many lines of this many characters. */
  readonly grid: { readonly linesPerPage: number; readonly charsPerLine: number };
  readonly title: BlockFormat;
  /** Speaker and date under the title; absent: not printed. */
  readonly byline?: BlockFormat & {
    /** Wraps the date: ['（', '）']. */
    readonly dateBrackets: readonly [string, string];
  };
  /** Empty lines between the title (and byline) and the body. */
  readonly linesAfterHead: number;
  readonly body: BlockFormat;
  readonly salutation: BlockFormat;
  /** Formats of heading levels 1–4 (一、 （一） 1. （1）). */
  readonly headings: readonly [BlockFormat, BlockFormat, BlockFormat, BlockFormat];
  readonly pageNumber: PageNumberFormat;
}

/** Font families for each role, as named on the machine that opens the document. */
export interface FontProfile {
  readonly id: string;
  readonly description: string;
  /** Latin letters and digits. */
  readonly latin: string;
  readonly eastAsian: Readonly<Record<FontRole, string>>;
}
