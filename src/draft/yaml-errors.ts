import type { YAMLError } from 'yaml';

/** The yaml package's error codes that a hand-written spec meets, said in Chinese. */
const YAML_ERROR_HINTS: Readonly<Partial<Record<string, string>>> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进没有对齐（同一层的字段要从同一列开始）',
  MISSING_CHAR: '缺少配对的符号（] } 或引号）',
  TAB_AS_INDENT: '用了 Tab 缩进，请改用空格',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或一行文字被断开了（含冒号的文字请加引号）',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号',
  UNEXPECTED_TOKEN: '此处有多余的符号',
};

/** A YAML error in Chinese where the code is a common one, else the parser's first line. */
export function describeYamlError(error: YAMLError): string {
  return YAML_ERROR_HINTS[error.code] ?? firstLine(error.message);
}

/** The first line of a yaml message, without its “at line N, column M” tail. */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
