import { receiptLine } from '../src/receipt';

describe('receiptLine', () => {
  it('pads the label with dots up to the price', () => {
    expect(receiptLine('Wine', 1850, 16)).toBe('Wine.......18.50');
  });
});
