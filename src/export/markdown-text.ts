import type { fromMarkdown } from 'mdast-util-from-markdown';

type Root = ReturnType<typeof fromMarkdown>;
/** Any node of a Markdown tree below the root. */
export type MarkdownNode = Root['children'][number] | Extract<Root['children'][number], { type: 'paragraph' }>['children'][number];

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
/** A line break between two CJK characters joins them without a space (Chinese has none). */
const CJK_BREAK = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])[ \t]*\r?\n[ \t]*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])/g;

/**
 * The printable text of a Markdown node: inline marks removed, HTML comments (drafting hints) and
 * tags dropped, soft line breaks joined (without a space between Chinese characters).
 */
export function markdownText(node: MarkdownNode): string {
  return collect(node).replace(CJK_BREAK, '$1').replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
}

function collect(node: MarkdownNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return node.value.replace(HTML_COMMENT, '').replace(HTML_TAG, '');
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as readonly MarkdownNode[]).map(collect).join('') : '';
  }
}
