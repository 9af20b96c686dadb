/** Asking a contributor for answers one line at a time, in a terminal or from piped input. */
import { createInterface } from 'node:readline';
import type { Result } from '../result';

export interface Prompter {
  /** Asks until `parse` accepts the answer; an empty answer is passed to `parse` too. */
  ask<T>(question: string, parse: (raw: string) => Result<T>): Promise<T>;
  close(): void;
}

export class PromptEnded extends Error {
  constructor() {
    super('input ended before every question was answered');
    this.name = 'PromptEnded';
  }
}

const MAX_TRIES = 5;

export function createPrompter(input: NodeJS.ReadStream | NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  const terminal = 'isTTY' in input && input.isTTY === true;
  const rl = createInterface({ input, output: terminal ? output : undefined, terminal });
  // Reading through the iterator keeps lines that arrive before a question is asked.
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, parse) {
      for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
        output.write(question);
        const next = await lines.next();
        if (next.done) throw new PromptEnded();
        if (!terminal) output.write('\n');
        const result = parse(next.value);
        if (result.ok) return result.value;
        output.write(`  ${result.error}\n`);
      }
      throw new Error(`no acceptable answer after ${MAX_TRIES} tries`);
    },
    close: () => rl.close(),
  };
}
