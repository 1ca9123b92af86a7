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
      message: "error: unknown option '--jsn'",
    },
  },
  {
    pattern: /^error: unknown command '(.+?)'/,
    chinese: (name) => `没有命令 ${name}，用 speechkit --help 查看全部命令`,
    example: {
      typed: 'speechkit analyse 讲话.txt',
      message: "error: unknown command 'analyse'",
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
      message: "error: option '-o, --output <文件>' argument missing",
    },
  },
  {
    pattern: /^error: required option '(.+?)' not specified/,
    chinese: (flags) => `必须给出选项 ${flags}`,
    example: {
      typed: 'speechkit export 讲话.txt',
      message: "error: required option '-o, --output <文件>' not specified",
    },
  },
  {
    pattern: /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./,
    chinese: (flags, value, choices) => `选项 ${flags} 不接受“${value}”，可选的值有：${choices}`,
    example: {
      typed: 'speechkit export 讲话.txt -o a.docx --style x',
      message: "error: option '--style <样式>' argument 'x' is invalid. Allowed choices are gbt9704, speech.",
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
  {
    pattern: /^error: option '(.+?)' cannot be used with option '(.+?)'/,
    chinese: (first, second) => `选项 ${first} 不能和选项 ${second} 一起用`,
    example: {
      typed: 'speechkit draft --from a.txt --spec s.yaml',
      message: "error: option '--from <文件>' cannot be used with option '--spec <文件>'",
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
