import type { Diagnostic } from '../../model.js';
import type { Announcement } from '../types.js';
import { diagnostic } from './rules.js';

/** An announced count that the items do not match; an announcement with nothing after it. */
export function announcementDiagnostics(announced: readonly Announcement[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of announced) {
    if (a.found === 0) {
      const what = a.count === null ? '几项' : `${a.count} 项`;
      out.push(diagnostic('announced/items-not-found',
        `“${a.phrase}”宣布了${what}，但后文没有找到对应的标题或段落（如是转述他人讲话，可忽略）`, a.span));
    } else if (!a.ok) {
      const where = a.looksBack ? '前文' : '后文';
      out.push(diagnostic('announced/count-mismatch', `“${a.phrase}”宣布了 ${a.count} 项，${where}实际有 ${a.found} 项`, a.span));
    }
  }
  return out;
}
