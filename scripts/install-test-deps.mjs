// What mutate's own tests need beyond `npm ci`, installed once (`npm test` runs this first; it does
// nothing when all is in place):
// - the extra vitest majors the tests drive (test/vitest-versions/v3 and v5, each with its own lockfile);
// - Debian's Chromium, for the HTML report's browser test (never a downloaded browser).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

for (const version of ['v3', 'v5']) {
  const dir = path.join(root, 'test', 'vitest-versions', version);
  const wanted = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).devDependencies.vitest;
  const installed = path.join(dir, 'node_modules', 'vitest', 'package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === wanted) continue;
  console.log(`installing vitest ${wanted} for the tests in ${path.relative(root, dir)}...`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}

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
