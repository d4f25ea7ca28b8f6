/** La Poste's SIRET, which udata accepts although it fails the Luhn check. */
const LA_POSTE = '35600000000048';

export type SiretProblem = 'length' | 'digits' | 'checksum';

/** What people type (spaces, dots) taken out: `130 025 265 00013` → `13002526500013`. */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.\u00a0-]/g, '');
}

/**
 * udata's `check_siret` (organization/models.py), run before sending: 14 characters, the
 * SIREN (first 9) passing the Luhn check, La Poste excepted. Stricter in one point: all 14
 * must be digits (udata only reads the first 9). Empty is fine (the field is optional).
 */
export function siretProblem(raw: string): SiretProblem | null {
  const siret = normalizeSiret(raw);
  if (!siret) return null;
  if (siret.length !== 14) return 'length';
  if (!/^\d{14}$/.test(siret)) return 'digits';
  if (siret === LA_POSTE) return null;
  let total = 0;
  for (let i = 0; i < 9; i++) {
    const digit = Number(siret[i]) * (i % 2 ? 2 : 1);
    total += digit > 9 ? digit - 9 : digit;
  }
  return total % 10 ? 'checksum' : null;
}
