import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Diagnostic, Span } from '../model.js';
import type { MappedText } from '../text/mapped-text.js';
import { extractHtmlText } from './html-to-text.js';
import { readFrontMatter } from './read-front-matter.js';
import { TextExtraction } from './text-extraction.js';

export interface MarkdownText {
  readonly text: MappedText;
  readonly frontMatter?: Readonly<Record<string, string>>;
  readonly warnings: readonly Diagnostic[];
  /** The spans of its # headings, in order. */
  readonly headings: readonly Span[];
}

/**
 * The plain text of a Markdown file, one block (heading, paragraph, list item) per line, mapped
 * into the file: heading #s, emphasis marks, bullets, the leading metadata block and HTML comments
 * are dropped. Ordered-list numbers are kept: in a speech "1." is a heading marker, not decoration.
 * Indented "code" is kept as text too — Chinese writers indent paragraphs with spaces. A soft line
 * break stays a line break, as in a .txt: Chinese writers end paragraphs with a single newline.
 */
export function markdownToText(original: string): MarkdownText {
  const { frontMatter, warnings } = readFrontMatter(original);
  const bodyStart = frontMatter?.end ?? 0;
  const extraction = new TextExtraction(original);
  const startOf = (node: Nodes): number => bodyStart + (node.position?.start.offset ?? 0);
  const endOf = (node: Nodes): number => bodyStart + (node.position?.end.offset ?? 0);
  const headings: Span[] = [];

  const visit = (node: Nodes, orderedList = false): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return extraction.keepAligned(startOf(node), endOf(node), node.value);
      case 'code':
        extraction.keepAligned(codeContentStart(original, startOf(node), endOf(node)), endOf(node), node.value);
        return extraction.breakLine();
      case 'html':
        return extractHtmlText(extraction, startOf(node), endOf(node));
      case 'break':
      case 'thematicBreak':
        return extraction.breakLine();
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
        return;
      case 'listItem':
        if (orderedList) keepListMarker(node);
        node.children.forEach((child) => visit(child));
        return extraction.breakLine();
      case 'list':
        return node.children.forEach((child) => visit(child, node.ordered === true));
      default:
        if (node.type === 'heading') headings.push({ start: startOf(node), end: endOf(node) });
        if ('children' in node) node.children.forEach((child) => visit(child));
        if (node.type === 'paragraph' || node.type === 'heading') extraction.breakLine();
    }
  };
  const keepListMarker = (item: Nodes & { type: 'listItem' }): void => {
    const start = startOf(item);
    const firstChild = item.children[0];
    const markerEnd = firstChild ? startOf(firstChild) : endOf(item);
    extraction.keep(start, start + original.slice(start, markerEnd).trimEnd().length);
  };

  visit(fromMarkdown(original.slice(bodyStart)));
  return { text: extraction.finish(), frontMatter: frontMatter?.fields, warnings, headings };
}

/** A fenced block's content starts on the line after its opening fence; an indented one at once. */
function codeContentStart(original: string, start: number, end: number): number {
  if (!/^ {0,3}(?:```|~~~)/.test(original.slice(start, start + 6))) return start;
  const lineEnd = original.indexOf('\n', start);
  return lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
}
