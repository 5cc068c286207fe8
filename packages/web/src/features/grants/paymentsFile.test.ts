import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

describe('the payment export download', () => {
  it('is named in the language of the page, with the run id', () => {
    const name = (bundle: { paymentsFile: string }, id: number) => bundle.paymentsFile.replace('{{id}}', String(id));
    expect(name(nl, 7)).toBe('betalingen-7.csv');
    expect(name(fr, 7)).toBe('paiements-7.csv');
    expect(name(en, 7)).toBe('payments-7.csv');
  });
});
