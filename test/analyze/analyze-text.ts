/** Analyzes a speech given as text, as `speechkit analyze` would analyze a UTF-8 .txt file. */
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import type { OutlineItem, SpeechAnalysis } from '../../src/analyze/types.js';
import { sourceFromText } from '../helpers/source.js';

export function analyzeText(text: string): SpeechAnalysis {
  return analyzeSource(sourceFromText(text));
}

/** The outline flattened in document order, as `level marker text` lines. */
export function outlineLines(analysis: SpeechAnalysis): string[] {
  const out: string[] = [];
  const walk = (items: readonly OutlineItem[]): void => {
    for (const item of items) {
      out.push(`${item.level} ${item.implicit ? '〔并列段〕' : item.marker}${item.text}`);
      walk(item.children);
    }
  };
  walk(analysis.outline);
  return out;
}
