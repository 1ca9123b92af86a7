import type { OutlineItem } from '../analyze/types.js';

/** How a report shows a section without a marker: a heading line of its own, or a parallel paragraph. */
export const unmarkedLabel = (item: OutlineItem): string => (item.family === 'heading-line' ? '〔标题行〕' : '〔并列段〕');
