import { describe, expect, it } from 'vitest';
import { InputError, SpeechkitError } from '../../src/errors.js';
import { fromTransferable, toTransferable } from '../../src/cli/parallel/transferable-error.js';

/** What crossing a thread does to a message: a structured clone. */
const crossThread = <T>(value: T): T => structuredClone(value);

describe('errors sent back from a worker', () => {
  it('keep their SpeechkitError class, file and line, so the CLI prints the same one line', () => {
    const original = new InputError('无法识别文件编码', '讲话稿/第三季度.txt', 12, 5);
    const revived = fromTransferable(crossThread(toTransferable(original)));
    expect(revived).toBeInstanceOf(InputError);
    expect((revived as SpeechkitError).format()).toBe('讲话稿/第三季度.txt:12:5: 无法识别文件编码');
  });

  it('keep the name, message and stack of an unexpected error', () => {
    const original = new TypeError("Cannot read properties of undefined (reading 'value')");
    const revived = fromTransferable(crossThread(toTransferable(original)));
    expect(revived).not.toBeInstanceOf(SpeechkitError);
    expect(revived.name).toBe('TypeError');
    expect(revived.message).toBe(original.message);
    expect(revived.stack).toBe(original.stack);
  });

  it('turn a thrown non-error into a message', () => {
    expect(fromTransferable(crossThread(toTransferable('分词引擎崩溃'))).message).toBe('分词引擎崩溃');
  });
});
