// Installs the extra vitest majors mutate's tests drive (test/vitest-versions/v3 and v5, each with its
// own lockfile), once: `npm test` runs this first, and it does nothing when they are already in place.
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
