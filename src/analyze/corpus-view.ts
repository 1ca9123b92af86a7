/**
 * Formulations across several speeches: each term once, with the documents and lines that use it
 * and the members each document gives, plus unnamed lists in other documents that spell out the
 * same members (corpus/001 lists four 转变 without naming them; corpus/004 names 三个转变).
 * Pure aggregation over per-document digests, so the per-file work can run anywhere.
 */
import { cleanForMatching, sameCleaned, SpellingIndex } from './spelling-index.js';
import type { Formulation, MemberStrategy, StandardMembers } from './formulations/types.js';
import type { ParallelRun } from './stats/types.js';
import type { SpeechAnalysis } from './types.js';
import { compareChinese } from '../text/compare-chinese.js';

/** What one document contributes: small enough to pass between worker threads. */
export interface DocumentDigest {
  readonly path: string;
  readonly formulations: readonly {
    readonly term: string;
    readonly n: number | null;
    readonly members: readonly string[] | null;
    readonly strategy: MemberStrategy | null;
    readonly standardMembers: StandardMembers | null;
    readonly lines: readonly number[];
    readonly uses: number;
  }[];
  /** Parallel runs of the document: candidate unnamed spellings of others' formulations. */
  readonly lists: readonly { readonly line: number; readonly items: readonly string[] }[];
}

export interface CorpusUse {
  readonly path: string;
  readonly lines: readonly number[];
  readonly uses: number;
  readonly members: readonly string[] | null;
  readonly strategy: MemberStrategy | null;
}

export interface CorpusFormulation {
  readonly term: string;
  readonly n: number | null;
  /** Uses in all documents. */
  readonly count: number;
  /** The lexicon's members for a well-known formulation, null if unknown. */
  readonly standardMembers: StandardMembers | null;
  readonly documents: readonly CorpusUse[];
  /** Lists in documents that never name the term but spell out its members. */
  readonly unnamed: readonly { readonly path: string; readonly line: number; readonly items: readonly string[] }[];
}

export function digestOf(path: string, formulations: readonly Formulation[], runs: readonly ParallelRun[]): DocumentDigest {
  return {
    path,
    formulations: formulations.map((f) => ({
      term: f.term,
      n: f.n,
      members: f.members,
      strategy: f.strategy,
      standardMembers: f.standardMembers,
      lines: [...new Set(f.occurrences.map((o) => o.line))],
      uses: f.occurrences.length,
    })),
    lists: runs.map((r) => ({ line: r.place.line, items: r.items })),
  };
}

export const analysisDigest = (analysis: SpeechAnalysis): DocumentDigest =>
  digestOf(analysis.speech.normalized.source.path, analysis.formulations, analysis.stats.parallelRuns);

/** Two spellings of one member: one contains the other, or they share most character pairs. */
export const sameMember = (a: string, b: string): boolean => sameCleaned(cleanForMatching(a), cleanForMatching(b));

export function buildCorpusView(digests: readonly DocumentDigest[]): CorpusFormulation[] {
  const byTerm = new Map<string, { n: number | null; standardMembers: StandardMembers | null; documents: CorpusUse[] }>();
  for (const digest of digests) {
    for (const f of digest.formulations) {
      const entry = byTerm.get(f.term) ?? { n: f.n, standardMembers: f.standardMembers, documents: [] };
      entry.documents.push({ path: digest.path, lines: f.lines, uses: f.uses, members: f.members, strategy: f.strategy });
      byTerm.set(f.term, entry);
    }
  }
  let lists: SpellingIndex | undefined;
  const view = [...byTerm].map(([term, { n, standardMembers, documents }]) => {
    const spelled = documents.flatMap((d) => d.members ?? []);
    const naming = new Set(documents.map((d) => d.path));
    const unnamed = spelled.length ? (lists ??= new SpellingIndex(digests)).spellingOut(spelled, naming) : [];
    return { term, n, count: documents.reduce((sum, d) => sum + d.uses, 0), standardMembers, documents, unnamed };
  });
  return view.sort((a, b) => b.documents.length - a.documents.length || b.count - a.count || compareChinese(a.term, b.term));
}
