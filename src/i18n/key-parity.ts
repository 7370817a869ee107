/**
 * Compares a translation's UI strings with the reference (English) key by key. Plural keys
 * must come in exactly the forms the language uses (Intl.PluralRules), e.g. Russian
 * one/few/many/other, Arabic zero/one/two/few/many/other.
 */
type Tree = { [key: string]: unknown };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function flattenKeys(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree as Tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of flattenKeys(value, path)) out.set(k, v);
      } else {
        out.set(path, value);
      }
    }
  }
  return out;
}

export function uiKeyProblems(reference: unknown, translation: unknown, lang: string): { key: string; message: string }[] {
  const ref = flattenKeys(reference);
  const tr = flattenKeys(translation);
  const problems: { key: string; message: string }[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const pluralBases = new Set([...ref.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
  for (const [key] of ref) {
    if (PLURAL_SUFFIX.test(key)) continue;
    if (!tr.has(key)) problems.push({ key, message: 'Missing UI string' });
    else if (typeof tr.get(key) !== 'string' || !(tr.get(key) as string).trim()) problems.push({ key, message: 'Must be a non-empty string' });
  }
  for (const base of pluralBases) {
    for (const category of categories) {
      const key = `${base}_${category}`;
      if (typeof tr.get(key) !== 'string') problems.push({ key, message: `Missing plural form "${category}" (${lang} uses ${categories.join(', ')})` });
    }
  }
  for (const key of tr.keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const known = PLURAL_SUFFIX.test(key) ? pluralBases.has(base) && categories.includes(PLURAL_SUFFIX.exec(key)![1] as Intl.LDMLPluralRule) : ref.has(key);
    if (!known) problems.push({ key, message: 'Not a key of the reference language, or a plural form this language does not use' });
  }
  return problems;
}
