/**
 * French "de" before a name: "d’Inès", "d’Éloïse", "de François" (elided before a vowel;
 * not before h, which may be aspirated: "de Hugo").
 */
export const deName = (name: string): string => (/^[aeiouyàâäéèêëîïôöùûüÿœæ]/i.test(name) ? `d’${name}` : `de ${name}`);

/** English possessive of a name ("Inès Garnier’s"). */
export const possessive = (name: string): string => `${name}’s`;
