/** A mistyped command line gets a Chinese answer that says what to do, and exit 2. */
import { describe, expect, it } from 'vitest';
import { COMMANDER_MESSAGES, translateCommanderMessage } from '../../src/cli/commander-messages.js';
import { runCli, STACK_LINE } from '../helpers/cli.js';

describe('usage errors', () => {
  it.each(COMMANDER_MESSAGES.map((entry) => [entry.example.typed, entry.example.message]))(
    '%s: commander\'s own message, said in Chinese',
    async (typed, message) => {
      const chinese = translateCommanderMessage(`${message}\n`);
      expect(chinese).toMatch(/^错误：\p{Script=Han}/u);
      expect(chinese).not.toMatch(/error|Expected|missing|unknown|Did you/);
      // The example is what commander really says for what the user typed.
      const run = await runCli(typed.split(' ').slice(1));
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(chinese);
      expect(run.stderr).not.toMatch(STACK_LINE);
    },
  );
});
