import { STAGES, type StageName, type StageTotals } from '../../stage-timer.js';

const STAGE_LABELS: Readonly<Record<StageName, string>> = {
  read: '读取',
  clean: '清理',
  normalize: '规范化',
  parse: '解析',
  analyze: '分析',
  segment: '分词与关键词',
  render: '生成报告',
};

/**
 * What `--timings` prints on stderr after a batch: one JSON line with --json (for scripts such as
 * the benchmark), else a line in Chinese. With several workers the times are summed over them.
 */
export function renderStageTimings(totals: StageTotals, json: boolean): string {
  const rounded = Object.fromEntries(STAGES.map((s) => [s, Math.round(totals[s] * 10) / 10])) as StageTotals;
  if (json) return `${JSON.stringify({ stages: rounded })}\n`;
  const parts = STAGES.map((s) => `${STAGE_LABELS[s]} ${Math.round(totals[s])}`);
  return `各阶段耗时（毫秒，多线程时为各线程之和）：${parts.join('，')}\n`;
}
