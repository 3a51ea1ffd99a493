import { describe, expect, it } from 'vitest';
import { isExtensionMessage } from '@/lib/extension/messages';

describe('isExtensionMessage', () => {
  it.each([
    [{ type: 'annexe1:detected' }, true],
    [{ type: 'annexe1:status' }, true],
    [{ type: 'annexe1:fill' }, true],
    [{ type: 'annexe1:check-tab', tabId: 7 }, true],
    [{ type: 'annexe1:check-tab' }, false],
    [{ type: 'annexe1:profiles' }, true],
    [{ type: 'annexe1:choose-profile', id: 'xyz' }, true],
    [{ type: 'annexe1:choose-profile' }, false],
    [{ type: 'annexe1:open-pdf', url: 'https://esante.gouv.fr/annexe1.pdf' }, true],
    [{ type: 'annexe1:open-pdf', url: 'javascript:alert(1)' }, false],
    [{ type: 'annexe1:check-tab', tabId: '7' }, false],
    [{ type: 'other' }, false],
    ['annexe1:status', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isExtensionMessage(value)).toBe(expected);
  });
});
