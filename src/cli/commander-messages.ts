/**
 * commander's usage errors, in Chinese. commander writes them in English (`error: unknown option
 * '--jsn'`); each entry matches one of its messages (commander 14) and says it again, with what to do.
 */
export interface CommanderMessage {
  readonly pattern: RegExp;
  readonly chinese: (...groups: string[]) => string;
  /** What a user typed, and commander's message for it. */
  readonly example: { readonly typed: string; readonly message: string };
}

export const COMMANDER_MESSAGES: readonly CommanderMessage[] = [
  {
    pattern: /^error: unknown option '(.+?)'/,
    chinese: (flag) => `没有选项 ${flag}，用 --help 查看可用的选项`,
    example: {
      typed: 'speechkit normalize --jsn 讲话.txt',
      message: "error: unknown option '--jsn'\n(Did you mean --json?)",
    },
  },
  {
    pattern: /^error: unknown command '(.+?)'/,
    chinese: (name) => `没有命令 ${name}，用 speechkit --help 查看全部命令`,
    example: {
      typed: 'speechkit exprot 讲话.txt',
      message: "error: unknown command 'exprot'\n(Did you mean export?)",
    },
  },
  {
    pattern: /^error: missing required argument '(.+?)'/,
    chinese: (name) => `缺少参数 ${name}，例如 speechkit normalize 讲话.txt`,
    example: {
      typed: 'speechkit normalize',
      message: "error: missing required argument '文件或目录'",
    },
  },
  {
    pattern: /^error: option '(.+?)' argument missing/,
    chinese: (flags) => `选项 ${flags} 后面要跟一个值`,
    example: {
      typed: 'speechkit export 讲话.txt -o',
      message: "error: option '-o, --output <文件.docx>' argument missing",
    },
  },
  {
    pattern: /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)/,
    chinese: (command, expected, got) => `${command ? `命令 ${command} ` : ''}参数太多：应有 ${expected} 个，收到 ${got} 个`,
    example: {
      typed: 'speechkit templates 工作会议',
      message: "error: too many arguments for 'templates'. Expected 0 arguments but got 1.",
    },
  },
];

/** commander's suggestion line, `(Did you mean analyze?)`. */
const SUGGESTION = /\(Did you mean (?:one of )?(.+)\?\)/;

/** The message in Chinese, `错误：…`, keeping commander's suggestion; unknown messages pass through. */
export function translateCommanderMessage(message: string): string {
  const suggestion = SUGGESTION.exec(message)?.[1];
  const hint = suggestion ? `（是不是要输入 ${suggestion}？）` : '';
  for (const { pattern, chinese } of COMMANDER_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return `错误：${chinese(...match.slice(1).map((group) => group ?? ''))}${hint}\n`;
  }
  return message.replace(/^error: /, '错误：');
}
