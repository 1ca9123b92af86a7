/** Length and rhetoric of a speech. */
import type { TextPlace } from '../formulations/types.js';

export interface LengthStats {
  /** Han characters; punctuation, digits and Latin letters are not counted. */
  readonly characters: number;
  readonly paragraphs: number;
  readonly sentences: number;
  /** Han characters per sentence, one decimal. */
  readonly averageSentenceLength: number;
  /** At 616 characters a page (GB/T 9704: 22 lines of 28 characters), one decimal. */
  readonly pages: number;
  /** Characters spoken a minute. */
  readonly rate: number;
  /** characters / rate, one decimal. */
  readonly speakingMinutes: number;
}

export interface FourCharacterStats {
  /** Clauses (between punctuation marks) of exactly four Han characters: 认清形势、提高认识. */
  readonly phrases: number;
  readonly clauses: number;
  /** phrases / clauses, three decimals. */
  readonly share: number;
  /** The most frequent ones, most frequent first. */
  readonly common: readonly { readonly phrase: string; readonly count: number }[];
}

/** 排比: three or more parallel clauses sharing a lead or a tail. */
export interface ParallelRun {
  readonly items: readonly string[];
  /** The shared part: 一起, 人心, 见. */
  readonly shared: string;
  readonly position: 'lead' | 'tail';
  /** 'clauses': separate clauses (一起谋划、一起部署…); 'compact': inside one clause (见速见力见效). */
  readonly form: 'clauses' | 'compact';
  readonly place: TextPlace;
}

export interface SpeechStats {
  readonly length: LengthStats;
  readonly fourCharacter: FourCharacterStats;
  readonly parallelRuns: readonly ParallelRun[];
}
