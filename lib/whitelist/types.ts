/** One `Domaine` of the whitelist: a domain as served by one certificate. */
export interface WhitelistEntry {
  readonly domain: string;
  readonly description: string;
  readonly certificateDn: string;
  /** `ResponsableContact`: the published project contact. */
  readonly projectContact: Contact;
  /** `SupportContact`: the published technical contact. */
  readonly technicalContact: Contact;
  /** `DateMAJ`, as published (ISO 8601). */
  readonly updatedAt: string;
}

/** A contact as published (`text`, usually "phone, e-mail"), and its parts when found. */
export interface Contact {
  readonly text: string;
  readonly phone?: string;
  readonly email?: string;
}

const EMAIL = /[^\s,;:<>()"]+@[^\s,;:<>()"]+\.[A-Za-z]{2,}/;
const PHONE = /\+?\d[\d .()-]{7,}\d/g;
const PHONE_DIGITS = { min: 9, max: 13 };

/**
 * A published contact split into phone and e-mail where the text holds them, whatever
 * else it holds (a name, a comment on the call price).
 *
 * @example parseContact('08 10  61 50 50, a@b.fr') // { text, phone: '08 10 61 50 50', email }
 */
export function parseContact(text: string): Contact {
  const email = EMAIL.exec(text)?.[0];
  const withoutEmail = email === undefined ? text : text.replace(email, ' ');
  const phone = [...withoutEmail.matchAll(PHONE)]
    .map(([found]) => found.replace(/\s+/g, ' ').trim())
    .find((found) => {
      const digits = found.replace(/\D/g, '').length;
      return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
    });
  return {
    text,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
  };
}
