import { describe, expect, it } from 'vitest';
import { LEDGER_REASON_CODES } from '@springplank/server/modules/ledger/reason-codes.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';
import { ledgerReason } from './ledgerReason.ts';

describe('the reason of a ledger step', () => {
  it('says the reason Springplank gave in the reader\'s language, followed by what a person wrote', () => {
    for (const bundle of [nl, fr, en]) {
      for (const code of LEDGER_REASON_CODES) expect(bundle.reasonCode[code], code).toMatch(/\w/);
    }
    const say = (bundle: typeof nl) => (code: (typeof LEDGER_REASON_CODES)[number]) => bundle.reasonCode[code];
    const uncertain = { reason_code: 'automatic-grant-uncertain' };
    expect(ledgerReason(uncertain, null, say(nl))).toBe('Niet zeker genoeg om automatisch toe te kennen. Een medewerker kijkt het na.');
    expect(ledgerReason(uncertain, null, say(fr))).toBe('Pas assez sûr pour octroyer automatiquement. Un travailleur vérifie.');
    expect(ledgerReason(uncertain, null, say(en))).toBe('Not sure enough to grant automatically. A worker checks it.');
    expect(ledgerReason({ reversed_grant_decision: 3, reason_code: 'automatic-grant-reversed' }, 'Verhuisd', say(en))).toBe('The automatic grant was reversed. Verhuisd');
    // What a worker wrote is shown as written; an unknown code is not shown as if it were text.
    expect(ledgerReason({}, 'Inkomen te hoog', say(fr))).toBe('Inkomen te hoog');
    expect(ledgerReason({ reason_code: 'something-else' }, null, say(nl))).toBeNull();
  });
});
