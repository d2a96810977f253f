// The `isnad` command: check (./check.ts), export and agreement.
import { tuneV8 } from '../v8.js';
import { checkMain } from './check.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';
import { exportMain } from './export.js';
import { agreementMain } from './agreement.js';

const COMMANDS: Record<string, (argv: string[]) => number> = { export: exportMain, agreement: agreementMain };
const [command, ...rest] = process.argv.slice(2);
tuneV8();
exitQuietlyOnClosedPipe();
process.exitCode = command && COMMANDS[command] ? COMMANDS[command](rest) : checkMain(process.argv.slice(2));
