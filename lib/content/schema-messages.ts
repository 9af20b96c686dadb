/** Schema issues in words a contributor can act on: the checker and the build's loader share them. */
import type { z } from 'zod';
import { allowedKeysAt } from './schema-path';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

/** Words a contributor can act on, for one schema issue. */
export function describeIssue(issue: Issue, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'is required' }];
      return [{ path, message: issue.message.startsWith('Invalid input') ? `must be ${issue.expected}` : issue.message }];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      return [{ path, message: `"${input}" is not allowed; use one of: ${values.join(', ')}${didYouMean(input, values)}` }];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `is not a known field${didYouMean(key, allowed) || `; allowed fields: ${allowed.join(', ')}`}`,
      }));
    }
    case 'too_big':
      if (issue.origin === 'string' && typeof issue.input === 'string') {
        return [{ path, message: `${issue.message} (it has ${issue.input.length})` }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}
