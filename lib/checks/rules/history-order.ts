/** Status history reads oldest first, and its last step is the entry's current `status`. */
import { isRealDate } from '../../content/dates';
import { objectItems, problemAt, stringField, type Rule } from '../rule';

export const historyOrder: Rule = {
  id: 'history-order',
  description: 'History steps are in date order and the last one matches `status`.',
  check: ({ entries }) =>
    entries.flatMap((entry) => {
      const steps = objectItems(entry, 'history').filter(
        (step) => typeof step.value.date === 'string' && isRealDate(step.value.date) && typeof step.value.status === 'string',
      );
      const problems = [];
      for (let i = 1; i < steps.length; i++) {
        const previous = steps[i - 1]!;
        const step = steps[i]!;
        if ((step.value.date as string) < (previous.value.date as string)) {
          problems.push(problemAt(entry, ['history', step.index, 'date'], `is ${String(step.value.date)}, before the step above it (${String(previous.value.date)}); list history oldest first`));
        }
      }
      const last = steps.at(-1);
      const status = stringField(entry, 'status');
      if (last && status !== undefined && last.value.status !== status) {
        problems.push(problemAt(entry, ['status'], `is "${status}" but the last history step (${String(last.value.date)}) says "${String(last.value.status)}"; they must agree`));
      }
      return problems;
    }),
};
