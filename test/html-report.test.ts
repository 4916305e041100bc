import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

/** Debian's Chromium, never a downloaded browser. These flags keep it off this machine's closed network. */
const CHROMIUM = { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] };

// User code with markup in a string: the report must show it as text, never run it.
const XSS = `</script><img src=x onerror="window.__xss=1">`;

let project: TempProject;
let browser: Browser;
let html: string;

beforeAll(async () => {
  project = await tempVitestProject({
    'src/greet.ts': `export function greet(name: string): string {
  if (name.length > 20) return 'too long';
  return \`Hello, \${name}\`;
}
export const banner = ${JSON.stringify(XSS)};
`,
    'test/greet.test.ts': `import { expect, it } from 'vitest';
import { banner, greet } from '../src/greet.js';
it('greets', () => expect(greet('Ada')).toContain('Ada'));
it('has a banner', () => expect(typeof banner).toBe('string'));
`,
  });
  const result = await project.mutate('run', '--concurrency', '1');
  expect(result.exitCode).toBe(0);
  html = readFileSync(join(project.dir, 'reports/mutation/mutation.html'), 'utf8');
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  await project?.remove();
});

describe('the HTML report', () => {
  it('is one self-contained file: no external script, style or fetch', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^"'\s)]+\.(js|css)/);
  });

  it('renders in Chromium, opens on the survivors with their diff, tests and explanation, and logs no script error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('request', (request) => !request.url().startsWith('file:') && !request.url().startsWith('data:') && requests.push(request.url()));
    await page.goto(pathToFileURL(join(project.dir, 'reports/mutation/mutation.html')).href);

    const survivors = page.locator('#survivors .survivor');
    expect(await survivors.count()).toBeGreaterThan(0);
    expect(await page.locator('#survivors h3').first().textContent()).toContain('src/greet.ts');
    const boundary = survivors.filter({ hasText: 'EqualityOperator' }).first();
    expect(await boundary.locator('.removed').textContent()).toBe('- name.length > 20');
    expect(await boundary.locator('.added').textContent()).toBe('+ name.length >= 20');
    // Its explanation: what the tests gave, and the input that tells the two apart.
    expect(await boundary.locator('.why').textContent()).toBe('Tests gave `name.length` = 3: the original and the mutant agree on it. `name.length` = 20 tells them apart (original false, mutant true).');
    expect(await boundary.locator('details li').allTextContents()).toEqual(['test/greet.test.ts: greets']);
    expect(await page.locator('#score').textContent()).toMatch(/^\d+\.\d\d%$/);

    // The full viewer: mutation-testing-elements, defined and given the report.
    expect(await page.evaluate(() => customElements.get('mutation-test-report-app') !== undefined)).toBe(true);
    expect(await page.evaluate(() => Object.keys((document.querySelector('mutation-test-report-app') as unknown as { report: { files: object } }).report.files))).toEqual(['src/greet.ts']);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows markup from the user code as text and never runs it', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(project.dir, 'reports/mutation/mutation.html')).href);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#survivors img').count()).toBe(0);
    const survivorText = await page.locator('#survivors').textContent();
    expect(survivorText).toContain('<img src=x onerror=');
  });
});
