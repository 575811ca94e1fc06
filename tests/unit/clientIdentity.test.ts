import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { clientIdentifier, debugAllowed } from '../../src/http/clientIdentity.js';

describe('debugAllowed', () => {
  it('is never true without DEBUG_HEADER_KEY, whatever the header says', () => {
    const config = parseConfig({});
    for (const header of ['1', 'true', '', undefined, ['1']]) expect(debugAllowed(config, header)).toBe(false);
  });

  it('is true only for the configured key', () => {
    const config = parseConfig({ DEBUG_HEADER_KEY: 'a-long-enough-secret' });
    expect(debugAllowed(config, 'a-long-enough-secret')).toBe(true);
    expect(debugAllowed(config, 'a-long-enough-secreT')).toBe(false);
    expect(debugAllowed(config, '1')).toBe(false);
    expect(debugAllowed(config, ['a-long-enough-secret'])).toBe(false);
  });
});

describe('clientIdentifier', () => {
  const config = parseConfig({ API_KEYS: 'key-one-0123456789,key-two-0123456789' });
  const identify = clientIdentifier(config);

  it('gives each configured key its own bucket with the key limits', () => {
    const one = identify('Bearer key-one-0123456789', '10.0.0.1');
    const two = identify('bearer key-two-0123456789', '10.0.0.1');
    expect(one.id).toMatch(/^key:[0-9a-f]{16}$/);
    expect(two.id).not.toBe(one.id);
    expect(one.limits).toEqual({ maximum: 50000, restoreRate: 1000 });
    // The same key from another address is the same client.
    expect(identify('Bearer key-one-0123456789', '10.9.9.9').id).toBe(one.id);
  });

  it('counts no key, an unknown key or another scheme by address', () => {
    for (const auth of [undefined, 'Bearer key-three-0123456789', 'Basic a2V5LW9uZS0wMTIzNDU2Nzg5', 'key-one-0123456789']) {
      expect(identify(auth, '10.0.0.1')).toEqual({ id: 'ip:10.0.0.1', limits: { maximum: 10000, restoreRate: 250 } });
    }
  });
});
