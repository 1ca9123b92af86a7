/** JSON of a speech's length, four-character phrases, parallel runs and keywords (positions 1-based). */
import type { SpeechAnalysis } from '../analyze/types.js';

type Stats = SpeechAnalysis['stats'];

export interface StatsJson {
  readonly length: Stats['length'];
  readonly fourCharacter: Stats['fourCharacter'];
  readonly devices: readonly Record<string, unknown>[];
  readonly keywords?: SpeechAnalysis['keywords'];
}

export function statsToJson(analysis: SpeechAnalysis): StatsJson {
  const { length, fourCharacter, parallelRuns } = analysis.stats;
  const devices = parallelRuns.map((r) => ({
    kind: 'parallel',
    form: r.form,
    shared: r.shared,
    position: r.position,
    items: r.items,
    line: r.place.line,
    column: r.place.column,
    raw: r.place.raw,
  }));
  return analysis.keywords ? { length, fourCharacter, devices, keywords: analysis.keywords } : { length, fourCharacter, devices };
}
