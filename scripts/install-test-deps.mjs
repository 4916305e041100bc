// What mutate's own tests need beyond `npm ci`, installed once (`npm test` runs this first; it does
// nothing when all is in place):
// - the extra vitest majors the tests drive (test/vitest-versions/v3 and v5, each with its own lockfile);
// - the corpus of third-party sources the instrumenter's real-world oracle checks (test/corpus, its own
//   lockfile; `--corpus-only` installs just that, for `npm run corpus`);
// - Debian's Chromium, for the HTML report's browser test (never a downloaded browser).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const corpusOnly = process.argv.includes('--corpus-only');
const dirs = [...(corpusOnly ? [] : ['test/vitest-versions/v3', 'test/vitest-versions/v5']), 'test/corpus'];
for (const dir of dirs.map((relative) => path.join(root, relative))) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const wanted = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies });
  const installed = (name) => path.join(dir, 'node_modules', name, 'package.json');
  if (wanted.every(([name, version]) => existsSync(installed(name)) && JSON.parse(readFileSync(installed(name), 'utf8')).version.replace(/^v/, '') === version)) continue;
  console.log(`installing ${wanted.map(([name, version]) => `${name}@${version}`).join(', ')} for the tests in ${path.relative(root, dir)}...`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}
if (corpusOnly) process.exit(0);

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
