import type { Diagnostic, SourceDocument, Speech } from '../model.js';
import { normalizeDocument, type NormalizeOptions } from '../normalize/normalize-document.js';
import { parseSpeech } from '../parse/parse-speech.js';
import { timed, type StageTimer } from '../stage-timer.js';
import { findAnnouncements } from './announced/find-announcements.js';
import { resolveAnnouncements } from './announced/resolve-announcements.js';
import { toAnnouncement } from './announced/to-announcement.js';
import { announcementDiagnostics } from './diagnostics/announcement-diagnostics.js';
import { findPlaceholders } from './diagnostics/find-placeholders.js';
import { outlineDiagnostics } from './diagnostics/outline-diagnostics.js';
import { extractFormulations } from './formulations/extract-formulations.js';
import { speechStats } from './stats/speech-stats.js';
import { findHeadingRuns } from './outline/find-heading-runs.js';
import { toOutlineItems } from './outline/to-outline-items.js';
import type { SpeechAnalysis } from './types.js';

export interface AnalyzeOptions {
  /** Options of the normalize stage, for analyzeSource. */
  readonly normalize?: NormalizeOptions;
  /** Times the stages (normalize, parse, analyze and those nested in them), e.g. for `analyze --timings`. */
  readonly timer?: StageTimer;
  /** Speaking rate for the speaking time, characters a minute (default 180). */
  readonly rate?: number;
  /** Called with the parsed speech before it is analyzed (to start work that can run alongside, such as its cut for keywords). */
  readonly onParsed?: (speech: Speech) => void;
}

/**
 * The analyze stage, in order: heading lines and markers → runs of headings → announced counts and the
 * sections they introduce (implicit sections join the outline) → outline → numbered formulations
 * (the outline's sections can be their members) → length and rhetoric → diagnostics.
 */
export function analyzeSpeech(speech: Speech, options: AnalyzeOptions = {}): SpeechAnalysis {
  const markers = findHeadingRuns(speech);
  const sections = resolveAnnouncements(speech, findAnnouncements(speech), markers.headings, markers.enumerations);
  const outline = toOutlineItems(speech, sections.tree);
  const announced = sections.announcements.map((a) => toAnnouncement(speech, a));
  const formulations = extractFormulations(speech, { outline });
  const diagnostics = byPosition([
    ...(speech.normalized.source.warnings ?? []), // bytes that did not decode, a file with no text
    ...speech.normalized.diagnostics,
    ...outlineDiagnostics(speech, sections.tree),
    ...announcementDiagnostics(announced),
    ...findPlaceholders(speech),
    ...formulations.diagnostics,
  ]);
  const title = speech.title?.value ?? speech.normalized.metadata.title;
  return {
    speech,
    ...(title ? { title } : {}),
    outline,
    announced,
    formulations: formulations.formulations,
    numberedTerms: formulations.otherTerms,
    stats: speechStats(speech, options.rate),
    diagnostics,
  };
}

/** The library entry: normalize → parse → analyze one source document. */
export function analyzeSource(source: SourceDocument, options: AnalyzeOptions = {}): SpeechAnalysis {
  const { timer } = options;
  const normalized = timed(timer, 'normalize', () => normalizeDocument(source, { ...options.normalize, timer }));
  const speech = timed(timer, 'parse', () => parseSpeech(normalized));
  options.onParsed?.(speech);
  return timed(timer, 'analyze', () => analyzeSpeech(speech, options));
}

const byPosition = (list: readonly Diagnostic[]): Diagnostic[] =>
  [...list].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
