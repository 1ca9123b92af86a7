/** JSON of a speech's length, four-character phrases, parallel runs and keywords (positions 1-based). */
import type { SpeechAnalysis } from '../analyze/types.js';

export function statsToJson(analysis: SpeechAnalysis): Record<string, unknown> {
  const { length, fourCharacter, parallelRuns } = analysis.stats;
  return {
    length,
    fourCharacter,
    devices: parallelRuns.map((r) => ({
      kind: 'parallel',
      form: r.form,
      shared: r.shared,
      position: r.position,
      items: r.items,
      line: r.place.line,
      column: r.place.column,
      raw: r.place.raw,
    })),
    ...(analysis.keywords ? { keywords: analysis.keywords } : {}),
  };
}
