import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/lib/content-files';
import { codeFactsSchema, type CodeFacts } from '../../src/schemas/code';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real content, parsed as the site parses it. */
export function realFacts(): Map<number, CodeFacts> {
  const snapshot = readContent(ROOT);
  return new Map(
    snapshot.codes.map((file) => {
      const facts = codeFactsSchema.parse(file.data);
      return [facts.code, facts];
    }),
  );
}

export const ALL_CODES = [
  1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 3000, 3003, 3008,
];
