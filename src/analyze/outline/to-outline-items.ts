import type { Speech } from '../../model.js';
import { locateSpan } from '../speech-text.js';
import type { OutlineItem } from '../types.js';
import type { OutlineNode, OutlineTree } from './heading.js';
import { LAST_ORDINAL } from './marker-families.js';

/** The outline as the report and the JSON give it: levels, markers, heading texts, spans. */
export function toOutlineItems(speech: Speech, tree: OutlineTree): OutlineItem[] {
  const text = speech.normalized.text.value;
  const convert = (node: OutlineNode): OutlineItem => {
    const h = node.heading;
    const { span, raw } = locateSpan(speech, h.start, h.textEnd);
    return {
      level: node.depth,
      marker: h.marker,
      family: h.family?.id ?? (node.run.headingLines ? 'heading-line' : 'implicit'),
      ordinal: h.ordinal === LAST_ORDINAL ? null : h.ordinal,
      text: text.slice(h.textStart, h.textEnd),
      sentence: text.slice(h.start, h.sentenceEnd),
      implicit: h.family === null,
      span,
      raw,
      paragraph: h.paragraphIndex,
      children: node.children.map(convert),
    };
  };
  return tree.roots.map(convert);
}
