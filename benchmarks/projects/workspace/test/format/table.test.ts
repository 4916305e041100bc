import { describe, expect, it } from 'vitest';
import { renderDefinitions, renderTable, type Column } from '../../src/format/index.js';

interface Asset {
  name: string;
  size: number;
}

const assets: Asset[] = [
  { name: 'alpha', size: 3 },
  { name: 'b', size: 1200 },
];
const columns: Column<Asset>[] = [
  { header: 'name', value: (asset) => asset.name },
  { header: 'size', value: (asset) => asset.size, align: 'right' },
];

describe('renderTable without border', () => {
  it('pads every column to its widest cell, two spaces apart', () => {
    expect(renderTable(assets, columns)).toHaveLines(['name   size', 'alpha     3', 'b      1200']);
  });

  it('trims the padding of a last left-aligned column', () => {
    const reversed = [columns[1]!, columns[0]!];
    expect(renderTable(assets, reversed)).toHaveLines(['size  name', '   3  alpha', '1200  b']);
  });

  it('takes the header into the width', () => {
    const wide: Column<Asset>[] = [{ header: 'asset name', value: (asset) => asset.name }, columns[1]!];
    expect(renderTable(assets, wide)).toHaveLines(['asset name  size', 'alpha          3', 'b           1200']);
  });

  it('renders the header alone when there are no rows', () => {
    expect(renderTable([], columns)).toBe('name  size');
  });

  it('renders nothing without columns', () => {
    expect(renderTable(assets, [])).toBe('');
  });

  it('measures coloured cells by their visible width', () => {
    const coloured: Column<Asset>[] = [
      { header: 'n', value: (asset) => `\u001b[36m${asset.name}\u001b[39m` },
      { header: 'size', value: (asset) => asset.size, align: 'right' },
    ];
    expect(renderTable(assets, coloured)).toHavePlainText('n      size\nalpha     3\nb      1200');
  });
});

describe('renderDefinitions', () => {
  it('pads the terms to the longest', () => {
    expect(
      renderDefinitions([
        ['-v, --verbose', 'Talk more'],
        ['--out <dir>', 'Where to write'],
      ]),
    ).toEqual(['-v, --verbose  Talk more', '--out <dir>    Where to write']);
  });

  it('leaves a term without description unpadded', () => {
    expect(renderDefinitions([['--long-flag', 'x'], ['-q', '']])).toEqual(['--long-flag  x', '-q']);
  });

  it('returns nothing for no entries', () => {
    expect(renderDefinitions([])).toEqual([]);
  });
});
