import { Help, type Command, type HelpConfiguration } from 'commander';
import { displayWidth } from '../report/text-width.js';

/** commander writes its help headings and option notes in English; users read Chinese. */
const HEADINGS: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

const NOTES: readonly (readonly [RegExp, string])[] = [
  [/\(default:\s+([^)]*)\)/g, '（默认：$1）'],
  [/\(choices:\s+([^)]*)\)/g, '（可选：$1）'],
  [/\(preset:\s+([^)]*)\)/g, '（不写值时：$1）'],
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
];

/** Help texts with Chinese headings and notes, for program.configureHelp (inherited by every command). */
export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title: string) => HEADINGS[title] ?? title,
  // Han characters take two columns: commander counts one, which misaligns and overflows the columns.
  displayWidth: (text: string) => displayWidth(text.replace(/\x1b\[[0-9;]*m/g, '')),
  formatHelp(command: Command, helper: Help): string {
    const english = Help.prototype.formatHelp.call(helper, command, helper);
    return NOTES.reduce((text, [pattern, chinese]) => text.replace(pattern, chinese), english);
  },
};
