import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Diagnostic, SourceDocument, Span } from '../model.js';
import type { ExportBlock, ExportResult, HeadingLevel } from './export-document.js';
import { matchHeadingMarker } from './document-heading-markers.js';
import { readFrontMatter } from './front-matter.js';
import { blockFromParagraph } from './block-from-paragraph.js';
import { splitAfterMarker } from './split-heading.js';
import { markdownText, type MarkdownNode } from './markdown-text.js';

/**
 * Reads a draft in the format of docs/draft-format.md (what `speechkit draft` writes), or any
 * Markdown: the YAML block gives speaker/date/meeting, the one `#` heading the title, `##`–`#####`
 * the four heading levels (markers kept as written), every other paragraph a body paragraph; HTML
 * comments (the drafting hints) are dropped. Spans of the diagnostics point into `source.original`.
 */
export function readDraftMarkdown(source: SourceDocument): ExportResult {
  const front = readFrontMatter(source.original, source.path);
  const tree = fromMarkdown(source.original.slice(front.bodyStart));
  const diagnostics: Diagnostic[] = [];
  const blocks: ExportBlock[] = [];
  let title = front.title;
  let titleFromHeading = false;
  const spanOf = (node: MarkdownNode): Span => ({
    start: front.bodyStart + (node.position?.start.offset ?? 0),
    end: front.bodyStart + (node.position?.end.offset ?? 0),
  });

  const visit = (node: MarkdownNode, listMarker?: string): void => {
    switch (node.type) {
      case 'heading': {
        const text = markdownText(node);
        if (node.depth === 1 && !titleFromHeading) {
          title = text;
          titleFromHeading = true;
          return;
        }
        if (node.depth === 1) {
          diagnostics.push(warning('export/second-title', '草稿中有多个一级标题（#），讲话标题只能有一个；其余按一级标题排版', spanOf(node)));
        }
        const depthLevel = Math.min(Math.max(node.depth - 1, 1), 4) as HeadingLevel;
        const found = matchHeadingMarker(text);
        if (found && found.level !== depthLevel) {
          diagnostics.push(warning('export/heading-level', `“${found.written}”是第${found.level}级序号，却写成了${'#'.repeat(node.depth)}标题；按序号排为第${found.level}级`, spanOf(node)));
        }
        blocks.push(found ? splitAfterMarker(text, found.written, found.level) : { kind: 'heading', level: depthLevel, marker: '', text });
        return;
      }
      case 'paragraph': {
        const text = markdownText(node);
        if (text !== '') blocks.push(blockFromParagraph(listMarker === undefined ? text : `${listMarker}${text}`));
        return;
      }
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}.` : undefined;
          item.children.forEach((child, j) => visit(child, j === 0 ? marker : undefined));
        });
        return;
      case 'blockquote':
        for (const child of node.children) visit(child);
        return;
      case 'code':
      case 'html': {
        const text = markdownText(node);
        if (text !== '') blocks.push({ kind: 'paragraph', text });
        return;
      }
      default:
        return; // thematic breaks, link definitions: nothing to print (no GFM: tables stay paragraphs)
    }
  };
  for (const node of tree.children) visit(node);

  if (title === undefined) {
    diagnostics.push(warning('export/no-title', '草稿没有标题（# 标题行或元数据 title:），导出的文件将没有标题', { start: 0, end: 0 }));
  }
  return { document: { ...(title === undefined ? {} : { title }), meta: front.meta, blocks }, diagnostics };
}

function warning(ruleId: string, message: string, span: Span): Diagnostic {
  return { ruleId, severity: 'warning', message, span };
}
