/**
 * The export document model: what a speech is made of once it is to be laid out, whatever it was
 * read from (a draft in Markdown, a .txt/.docx/.html speech through the analysis). Pure data; only the
 * docx writer turns it into Word's terms (mammoth's model: reader → document model → writer).
 */
import type { Diagnostic } from '../model.js';

/** Document heading levels of GB/T 9704: 1 = 一、 2 = （一） 3 = 1. 4 = （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface ExportMeta {
  /** The speaker's post and name, "市委常委、组织部部长 张三". */
  readonly speaker?: string;
  /** As written, "2024年3月1日". */
  readonly date?: string;
  readonly meeting?: string;
}

/**
 * A heading paragraph. `marker + text + (rest ?? '')` is the paragraph's whole text: `text` is the
 * heading clause (in the heading font), `rest` what follows it in the same paragraph ("一、认清形势…。
 * 总书记…" → rest "总书记…", set in the body font).
 */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  /** Literal marker, '一、' '（一）' '1.' '（1）'; '' for an unmarked Markdown heading. */
  readonly marker: string;
  readonly text: string;
  readonly rest?: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** The salutation on its own line ("同志们："), which a house style may set flush left. */
export interface SalutationBlock {
  readonly kind: 'salutation';
  readonly text: string;
}

export type ExportBlock = HeadingBlock | ParagraphBlock | SalutationBlock;

export interface ExportDocument {
  readonly title?: string;
  readonly meta: ExportMeta;
  readonly blocks: readonly ExportBlock[];
}

/** A model and the problems met while building it (mammoth's Result(value, messages)). */
export interface ExportResult {
  readonly document: ExportDocument;
  readonly diagnostics: readonly Diagnostic[];
}

/** The full text of a block as it will be printed, paragraph by paragraph. */
export function blockText(block: ExportBlock): string {
  return block.kind === 'heading' ? `${block.marker}${block.text}${block.rest ?? ''}` : block.text;
}
