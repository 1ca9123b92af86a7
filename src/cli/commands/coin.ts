import type { Command } from 'commander';
import { coin, type CoinProposal } from '../../analyze/coin.js';
import { UsageError } from '../../errors.js';
import type { CommandContext } from '../main.js';

interface CoinFlags {
  json?: boolean;
}

const POSITION_NAMES = { lead: '词首', tail: '词尾', inner: '词中' } as const;

function describe(p: CoinProposal): string {
  const morphemes = p.morphemes.map((m, i) => `${p.groups.length > 1 ? `${p.groups[i]!.join('、')}：` : ''}“${m.text}”在${POSITION_NAMES[m.position]}`);
  return `${p.term}  ${morphemes.join('；')}`;
}

export function registerCoin(program: Command, context: CommandContext): void {
  program
    .command('coin')
    .description('为一组并列短语提出数字提法（如 汲取前行力量 把准评价分量 … → 五量）')
    .argument('<短语...>', '并列的短语，用空格分开，或写成一个“、”分隔的列表')
    .option('--json', '输出 JSON')
    .addHelpText('after', '\n例：speechkit coin 全地域 全领域 全要素 全功能\n    speechkit coin "严以修身、严以用权、严以律己、谋事要实、创业要实、做人要实"')
    .action((words: string[], flags: CoinFlags) => {
      const items = words.flatMap((w) => w.split(/[、，,；;\s]+/)).filter(Boolean);
      if (items.length < 2) throw new UsageError('至少要给出两个并列的短语，例如：speechkit coin 全地域 全领域 全要素 全功能');
      const proposals = coin(items);
      if (flags.json) {
        context.io.stdout(`${JSON.stringify({ items, proposals }, null, 2)}\n`);
        return;
      }
      if (proposals.length === 0) {
        context.io.stdout(`这 ${items.length} 个短语没有共同的语素，提不出数字提法。\n`);
        return;
      }
      context.io.stdout(`${proposals.map((p, i) => `${i === 0 ? '建议' : '也可'}：${describe(p)}`).join('\n')}\n`);
    });
}
