/**
 * A GitHub repository named as owner/name: the one parser behind every place that takes one (the CLI's
 * --repository and $GITHUB_REPOSITORY, the runner's GITHUB_REPOSITORY that every action and the release code
 * read through runContextOf). "shop" (no owner), "acme/shop/x", ".." or a control character is refused before
 * any work, naming where the value came from and the form expected.
 */
import { ConfigurationError } from './errors.js';
import { refuseControlCharacters } from './escape.js';

export interface Repository {
  owner: string;
  repo: string;
}

/** GitHub's rules: an owner is letters, digits and single hyphens; a name letters, digits, ".", "-" and "_". */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** `what` names the value's origin as the caller's messages do: `Input "repository"`, `GITHUB_REPOSITORY`. */
export function parseRepository(text: string, what: string): Repository {
  const value = text.trim();
  refuseControlCharacters(value, what);
  const [owner, repo, ...rest] = value.split('/');
  const problem =
    owner === undefined || repo === undefined
      ? 'has no owner'
      : rest.length
        ? 'has more than one "/"'
        : !OWNER.test(owner)
          ? 'has an owner that is not a GitHub user or organization name'
          : !NAME.test(repo) || repo === '.' || repo === '..'
            ? 'has a repository name GitHub does not allow'
            : undefined;
  if (problem || owner === undefined || repo === undefined) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(value)}: it ${problem}. Expected owner/name, such as acme/shop.`,
    );
  }
  return { owner, repo };
}
