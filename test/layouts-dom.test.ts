import { afterEach, describe, expect, it } from 'vitest';
import { reportedMutant } from './support/report.js';
import { expectCleanRun, expectPriceVerdicts, layoutProject, PRICE_SOURCE, runMutate } from './support/layouts.js';
import type { TempProject } from './support/temp-project.js';

/** Layouts whose tests run in a DOM (vitest 4.1): the code under test builds elements, the tests read them back. */

const PRICE_TAG = `import { discounted } from './price.js';

export function priceTag(total: number): HTMLElement {
  const tag = document.createElement('span');
  tag.className = 'price';
  tag.textContent = String(discounted(total));
  return tag;
}
`;

const PRICE_TAG_TEST = `import { afterEach, describe, expect, it } from 'vitest';
import { priceTag } from '../src/price-tag.js';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('price', () => {
  it('takes 10% off 150', () => {
    document.body.append(priceTag(150));
    expect(document.querySelector('span.price')?.textContent).toBe('135');
  });
  it('keeps 50 as it is', () => {
    document.body.append(priceTag(50));
    expect(document.querySelector('span.price')?.textContent).toBe('50');
  });
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(['jsdom', 'happy-dom'])("a project whose tests run in environment '%s'", (environment) => {
  it('gets the right verdicts, the DOM-building code included', async () => {
    project = await layoutProject({
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { environment: '${environment}' } });
`,
      'src/price.ts': PRICE_SOURCE,
      'src/price-tag.ts': PRICE_TAG,
      'test/price-tag.test.ts': PRICE_TAG_TEST,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price-tag.test.ts');
    // No element, or one the tests' selector misses: both tests notice.
    expect(reportedMutant(report, 'src/price-tag.ts', 4, '""').status).toBe('Killed');
    expect(reportedMutant(report, 'src/price-tag.ts', 5, '""').status).toBe('Killed');
  });
});

describe('a project of React components (.tsx) tested with Testing Library in jsdom', () => {
  it('gets the right verdicts in the components and in the code they call', async () => {
    project = await layoutProject({
      'tsconfig.json': `{
  "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "jsx": "react-jsx", "strict": true },
  "include": ["src", "test"]
}
`,
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { environment: 'jsdom' } });
`,
      'src/price.ts': PRICE_SOURCE,
      'src/PriceTag.tsx': `import { useState } from 'react';
import { discounted } from './price.js';

export function PriceTag({ total }: { total: number }) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <button onClick={() => setShown(!shown)}>show the price</button>
      {shown && <span data-testid="price">{discounted(total)}</span>}
    </div>
  );
}
`,
      'test/PriceTag.test.tsx': `import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PriceTag } from '../src/PriceTag.js';

afterEach(cleanup);

function shownPrice(total: number): string | null {
  render(<PriceTag total={total} />);
  fireEvent.click(screen.getByRole('button', { name: 'show the price' }));
  return screen.getByTestId('price').textContent;
}

describe('price', () => {
  it('takes 10% off 150', () => {
    expect(shownPrice(150)).toBe('135');
  });
  it('keeps 50 as it is', () => {
    expect(shownPrice(50)).toBe('50');
  });
});
`,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/PriceTag.test.tsx');
    // The click toggles the price in: a click that does not, a price shown from the start (and hidden by
    // the click), a price never shown.
    expect(reportedMutant(report, 'src/PriceTag.tsx', 8, 'shown').status).toBe('Killed');
    expect(reportedMutant(report, 'src/PriceTag.tsx', 5, 'true').status).toBe('Killed');
    expect(reportedMutant(report, 'src/PriceTag.tsx', 9, 'false').status).toBe('Killed');
    // ~6 s with a kept-alive worker; a runner that starts a fresh jsdom worker per run takes ~30 s alone.
  }, 120_000);
});
