import type { OutlineItem } from '../analyze/types.js';
import type { Diagnostic, Speech } from '../model.js';
import type { ExportBlock, ExportMeta, ExportResult, HeadingLevel } from './export-document.js';
import { headingLevelOfFamily } from './document-heading-markers.js';
import { isSalutation } from './salutations.js';
import { splitAfterMarker } from './split-heading.js';

/**
 * The export model of an analysed speech: its title, the metadata cleaning found, and its paragraphs,
 * those that the outline analysis found opening with a document heading marker (一、 （一） 1. （1）)
 * becoming headings. Enumerations inside paragraphs (第一， 一是 首先) stay body text, as do parallel
 * sections that have no marker.
 */
export function documentFromSpeech(speech: Speech, outline: readonly OutlineItem[]): ExportResult {
  const headings = new Map<number, { marker: string; level: HeadingLevel }>();
  for (const item of flatten(outline)) {
    const level = headingLevelOfFamily(item.family);
    const paragraph = speech.paragraphs[item.paragraph];
    if (level === undefined || item.implicit || !paragraph?.value.startsWith(item.marker)) continue;
    headings.set(item.paragraph, { marker: item.marker, level });
  }

  const blocks: ExportBlock[] = [];
  for (const paragraph of speech.paragraphs) {
    if (speech.title && paragraph.span.start === speech.title.span.start) continue;
    const heading = headings.get(paragraph.index);
    if (heading) blocks.push(splitAfterMarker(paragraph.value, heading.marker, heading.level));
    else if (isSalutation(paragraph.value)) blocks.push({ kind: 'salutation', text: paragraph.value });
    else blocks.push({ kind: 'paragraph', text: paragraph.value });
  }

  const { metadata } = speech.normalized;
  const title = speech.title?.value ?? metadata.title;
  // Not metadata.date: cleaning reads it from the page furniture (发布时间), when the page was
  // published, not when the speech was given. A byline written in the speech stays in its text.
  const meta: ExportMeta = Object.fromEntries(
    Object.entries({ speaker: metadata.speaker, meeting: metadata.meeting }).filter(([, v]) => v),
  );
  const diagnostics: Diagnostic[] = [];
  if (title === undefined) {
    diagnostics.push({
      ruleId: 'export/no-title',
      severity: 'warning',
      message: '没有找到讲话标题（首行不像标题，网页信息中也没有），导出的文件将没有标题',
      span: { start: 0, end: 0 },
    });
  }
  return { document: { ...(title === undefined ? {} : { title }), meta, blocks }, diagnostics };
}

function* flatten(items: readonly OutlineItem[]): Generator<OutlineItem> {
  for (const item of items) {
    yield item;
    yield* flatten(item.children);
  }
}
