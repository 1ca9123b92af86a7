import type { DraftSpec, SpecSubpoint } from './draft-spec.js';
import type { HintedItem, PhraseIdea } from './hint-comments.js';
import { planLengthBudget, splitChars, type LengthBudget } from './length-budget.js';
import { POINTS_PART, type TemplateInfo } from './template-header.js';

export interface SubpointContext extends HintedItem {
  /** 1-based ordinal, for {{marker 2 number}}. */
  readonly number: number;
  readonly title: string;
}

export interface PointContext extends SubpointContext {
  readonly subpoints: readonly SubpointContext[];
}

/** What a template sees: the spec with every field present, numbered points and the length budget. */
export interface DraftContext {
  readonly title: string;
  readonly meeting: string;
  readonly speaker: string;
  readonly date: string;
  readonly minutes: number;
  readonly closing: string;
  readonly points: readonly PointContext[];
  readonly budget: LengthBudget;
  readonly template: { readonly name: string; readonly label: string };
}

export interface DraftContextOptions {
  /** Speaking rate, characters per minute. */
  readonly rate: number;
  /** Phrase ideas for each point, in the order of the points. */
  readonly ideas?: readonly (readonly PhraseIdea[])[];
}

export function buildDraftContext(spec: DraftSpec, template: TemplateInfo, options: DraftContextOptions): DraftContext {
  const budget = planLengthBudget(spec.minutes, options.rate, template.parts);
  const pointChars = splitChars(budget.chars[POINTS_PART] ?? 0, spec.points.map(() => 1));
  const points = spec.points.map((point, i): PointContext => {
    const chars = pointChars[i]!;
    const subChars = splitChars(chars, point.subpoints.map(() => 1));
    return {
      ...item(point, i, chars),
      ideas: options.ideas?.[i] ?? [],
      subpoints: point.subpoints.map((sub, j) => item(sub, j, subChars[j]!)),
    };
  });
  const { title, meeting, speaker, date, minutes, closing } = spec;
  return { title, meeting, speaker, date, minutes, closing, points, budget, template: { name: template.name, label: template.label } };
}

function item(spec: SpecSubpoint, index: number, chars: number): SubpointContext {
  return { number: index + 1, title: spec.title, notes: spec.notes, chars, ideas: [] };
}
