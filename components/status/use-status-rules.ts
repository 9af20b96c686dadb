import { useEffect, useState } from 'react';
import type { MapLayout } from '@/lib/map/map-layout';
import type { PlaceRules } from '@/lib/map/shade-places';
import type { RuleFacts } from '@/lib/policy/rules';
import { STATUS_DATA_PATH, STATUS_FILE, unpackStatusFile, type StatusFile } from '@/lib/status/status-file';
import { withBasePath } from '@/lib/site-config';

export type StatusRules =
  | { state: 'idle' | 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; rules: RuleFacts[]; places: PlaceRules[]; layout: MapLayout };

type Unpacked = { rules: RuleFacts[]; places: PlaceRules[]; layout: MapLayout };
let request: Promise<Unpacked> | undefined;

/** The rules' data file, fetched at most once per page; a failed fetch is forgotten so a later choice retries. */
function load(): Promise<Unpacked> {
  request ??= fetch(withBasePath(`${STATUS_DATA_PATH}/${STATUS_FILE}`))
    .then((response) => {
      if (!response.ok) throw new Error(`${STATUS_FILE}: HTTP ${response.status}`);
      return response.json() as Promise<StatusFile>;
    })
    .then(unpackStatusFile);
  request.catch(() => (request = undefined));
  return request;
}

/** Every rule's facts, fetched once `wanted` (a day other than the build day, or an opened list). */
export function useStatusRules(wanted: boolean): StatusRules {
  const [loaded, setLoaded] = useState<StatusRules>({ state: 'idle' });
  useEffect(() => {
    if (!wanted || loaded.state === 'ready') return;
    let current = true;
    load().then(
      (data) => current && setLoaded({ state: 'ready', ...data }),
      (error: unknown) => current && setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded.state]);
  if (loaded.state === 'ready' || loaded.state === 'error') return loaded;
  return { state: wanted ? 'loading' : 'idle' };
}
