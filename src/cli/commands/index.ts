import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerNormalize } from './normalize.js';

/** Every command; each file registers one. */
export const COMMANDS: readonly ((program: Command, context: CommandContext) => void)[] = [registerNormalize];
