import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerAnalyze } from './analyze.js';
import { registerCheck } from './check.js';
import { registerCoin } from './coin.js';
import { registerDraft } from './draft.js';
import { registerExport } from './export.js';
import { registerFormulations } from './formulations.js';
import { registerNormalize } from './normalize.js';
import { registerTemplates } from './templates.js';

/** Every command; each file registers one. */
export const COMMANDS: readonly ((program: Command, context: CommandContext) => void)[] = [registerNormalize, registerAnalyze, registerFormulations, registerCoin, registerCheck, registerExport, registerDraft, registerTemplates];
