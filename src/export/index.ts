/** The export stage: a speech or draft as a .docx in the official-document layout. */
export { exportDocx, type ExportedDocx } from './export-docx.js';
export type { ExportBlock, ExportDocument, ExportMeta, ExportResult, HeadingBlock, HeadingLevel } from './export-document.js';
export type { ExportStyle, FontProfile, FontRole, BlockFormat, PageNumberFormat } from './export-style.js';
export { EXPORT_STYLES, STANDARD_STYLE, SPEECH_STYLE, findExportStyle } from './export-styles.js';
export { FONT_PROFILES, findFontProfile } from './font-profiles.js';
export { layoutMetrics, type LayoutMetrics } from './layout-metrics.js';
export { readDraftMarkdown } from './read-draft-markdown.js';
export { documentFromSpeech } from './document-from-speech.js';
export { writeDocx, type DocxOptions } from './docx/write-docx.js';
