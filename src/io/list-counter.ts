import type { ListDefinitions, ListInstance } from './docx-list-definitions.js';
import { formatListNumber } from './list-number-formats.js';

/**
 * Counts a document's numbered paragraphs in order, as Word does, and writes the marker Word shows
 * before each: 一、 （一） 1. （1） ①. Bullets and "no numbering" get none.
 */
export class ListCounter {
  /** Current number per level of each abstract list; a missing level has not started (or restarted). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** The start value a restarted level of an abstract list takes, set by the instance that restarted it. */
  private readonly restartValues = new Map<string, Map<number, number>>();
  private readonly usedInstances = new Set<string>();

  constructor(private readonly definitions: ListDefinitions) {}

  /** The marker of the next paragraph of list `numId` at `level`; undefined for a bullet or an unknown list. */
  next(numId: string, level: number): string | undefined {
    const instance = this.definitions.instances.get(numId);
    const definition = instance?.levels[level];
    if (!instance || !definition) return undefined;
    const counters = this.countersOf(instance.counterKey);
    if (!this.usedInstances.has(numId)) {
      this.usedInstances.add(numId);
      this.restart(instance);
    }
    counters[level] = counters[level] === undefined ? this.startOf(instance, level) : counters[level]! + 1;
    instance.levels.forEach((deeper, index) => {
      if (index > level && deeper && level < (deeper.restartAfter ?? index)) counters[index] = undefined;
    });
    if (definition.numFmt === 'bullet') return undefined;
    return definition.lvlText.replace(/%([1-9])/g, (_, n: string) => {
      const index = Number(n) - 1;
      const value = counters[index] ?? this.startOf(instance, index);
      return formatListNumber(value, definition.legal ? 'decimal' : (instance.levels[index]?.numFmt ?? 'decimal'));
    });
  }

  private countersOf(key: string): (number | undefined)[] {
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    return counters;
  }

  /** "Restart numbering" in Word makes a new instance with w:startOverride: its levels count afresh. */
  private restart(instance: ListInstance): void {
    if (instance.startOverrides.size === 0) return;
    const counters = this.countersOf(instance.counterKey);
    const restartValues = new Map(instance.startOverrides);
    for (const level of instance.startOverrides.keys()) counters[level] = undefined;
    this.restartValues.set(instance.counterKey, restartValues);
  }

  private startOf(instance: ListInstance, level: number): number {
    return this.restartValues.get(instance.counterKey)?.get(level) ?? instance.levels[level]?.start ?? 1;
  }
}
