/**
 * What `npm run new` and `npm run new:entity` do after reading their flags: decide whether to
 * ask questions, gather the answers, write the file and say what to do next.
 */
import path from 'node:path';
import { createPrompter, PromptEnded, type Prompter } from './prompt';
import type { Result } from '../result';
import { writeNewFile } from './write-new-file';

export interface RunNewOptions<T> {
  command: string;
  contentRoot: string;
  /** Whether any flag that answers a question was given. */
  anyAnswerFlag: boolean;
  interactive: boolean;
  usage: string;
  gather: (prompter: Prompter | undefined) => Promise<Result<T>>;
  file: (value: T) => { relative: string; text: string };
}

/** Runs the command and returns its exit code. */
export async function runNew<T>(options: RunNewOptions<T>): Promise<number> {
  // Questions are asked when forced, or when run bare in a terminal; never to a closed input.
  const ask = options.interactive || (!options.anyAnswerFlag && process.stdin.isTTY === true);
  if (!ask && !options.anyAnswerFlag) {
    console.error(options.usage);
    return 1;
  }
  const prompter = ask ? createPrompter(process.stdin, process.stdout) : undefined;
  let gathered: Result<T>;
  try {
    gathered = await options.gather(prompter);
  } catch (error) {
    if (error instanceof PromptEnded) {
      console.error(`${options.command}: ${error.message}; nothing was written`);
      return 1;
    }
    throw error;
  } finally {
    prompter?.close();
  }
  if (!gathered.ok) {
    for (const line of gathered.error.split('\n')) console.error(`${options.command}: ${line}`);
    console.error(`\n${options.usage}`);
    return 1;
  }
  const { relative, text } = options.file(gathered.value);
  const written = writeNewFile(options.contentRoot, relative, text);
  if (!written.ok) {
    console.error(`${options.command}: ${written.error}`);
    return 1;
  }
  console.log(`Created ${path.relative(process.cwd(), written.value)}`);
  console.log('Next: replace every TODO in it (`npm run check` lists each one with its line), then run `npm run check` until it passes.');
  return 0;
}
