#!/usr/bin/env node
// Checks a release tag before the release workflow publishes it, and prints what the workflow needs.
//   node scripts/release-check.mjs v1.2.3 [--notes FILE]
// Fails unless: the tag is semver (vMAJOR.MINOR.PATCH, optional -prerelease); CHANGELOG.md has a
// "## [MAJOR.MINOR.PATCH...]" section (its text becomes the release notes); the version recorded in every
// report (packages/shared/src/core/version.ts) and the root package.json are that version; and the tagged commit is
// on origin/main (or origin/release/vMAJOR, a maintenance line). Prints key=value lines for $GITHUB_OUTPUT: version, major, prerelease, move-major (true when
// no higher non-prerelease vMAJOR.* tag exists, so the moving major tag never goes backwards).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = process.env.RELEASE_CHECK_ROOT || resolve(import.meta.dirname, '..');
const [tag, flag, notesFile] = process.argv.slice(2);
const fail = (message) => {
  console.error(`release-check: ${message}`);
  process.exit(1);
};
const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/.exec(tag ?? '');
if (!m) fail(`tag ${JSON.stringify(tag ?? '')} is not a semver release tag such as v1.2.3 or v1.3.0-rc.1`);
const version = tag.slice(1);
const major = `v${m[1]}`;
const prerelease = m[4] !== undefined;

const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8');
const heading = new RegExp(`^## \\[${version.replace(/[.]/g, '\\.')}\\][^\\n]*$`, 'm');
const at = changelog.search(heading);
if (at < 0) fail(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries there first`);
const rest = changelog.slice(at).split('\n').slice(1);
const end = rest.findIndex((l) => /^## \[/.test(l));
const notes = rest
  .slice(0, end < 0 ? undefined : end)
  .join('\n')
  .trim();
if (!notes) fail(`CHANGELOG.md's section for ${version} is empty`);

const recorded = /DRIFTGATE_VERSION = '([^']+)'/.exec(
  readFileSync(resolve(root, 'packages/shared/src/core/version.ts'), 'utf8'),
)?.[1];
if (recorded !== version)
  fail(`packages/shared/src/core/version.ts says ${recorded}, the tag ${version}: bump it (and package.json)`);
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
if (pkg !== version) fail(`package.json says ${pkg}, the tag ${version}: bump it`);

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
if (!process.env.RELEASE_CHECK_SKIP_GIT) {
  const sha = git('rev-parse', `${tag}^{commit}`);
  const on = (branch) => {
    try {
      git('merge-base', '--is-ancestor', sha, branch);
      return true;
    } catch {
      return false;
    }
  };
  if (!on('origin/main') && !on(`origin/release/${major}`)) {
    fail(
      `${tag} (${sha}) is not on origin/main (nor origin/release/${major}): release only from main or a maintenance branch`,
    );
  }
}
const highest = process.env.RELEASE_CHECK_SKIP_GIT
  ? tag
  : git('tag', '--list', `${major}.*`, '--sort=-v:refname')
      .split('\n')
      .find((t) => /^v\d+\.\d+\.\d+$/.test(t));
const moveMajor = !prerelease && highest === tag;

if (flag === '--notes' && notesFile) writeFileSync(notesFile, `${notes}\n`);
console.log(`version=${version}`);
console.log(`major=${major}`);
console.log(`prerelease=${prerelease}`);
console.log(`move-major=${moveMajor}`);
