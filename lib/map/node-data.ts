/** Reads a JSON file that an installed package ships (map topologies, GeoNames), from the project root. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The parsed file; callers check its shape before they trust it. */
export function readPackageJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', file), 'utf8'));
}
