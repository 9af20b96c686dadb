/** Links to commits on the repository's site, only when a real repository address is set. */
import { PLACEHOLDER_REPOSITORY_URL, REPOSITORY, type Repository } from '../site-config';

const isSet = (repository: Repository) => repository.url !== PLACEHOLDER_REPOSITORY_URL;

/** `<repository>/commit/<hash>`, or undefined while the address is the placeholder. */
export function commitUrl(hash: string, repository: Repository = REPOSITORY): string | undefined {
  if (!isSet(repository) || !/^[0-9a-f]{7,64}$/.test(hash)) return undefined;
  return `${repository.url}/commit/${hash}`;
}

/** `<repository>/commits/<branch>/<file>`: the file's whole history, or undefined as above. */
export function fileHistoryUrl(sourceFile: string, repository: Repository = REPOSITORY): string | undefined {
  if (!isSet(repository)) return undefined;
  const file = sourceFile.split('/').map(encodeURIComponent).join('/');
  return `${repository.url}/commits/${encodeURIComponent(repository.branch)}/${file}`;
}
