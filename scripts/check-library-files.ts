// Checks content/libraries/*.yaml against the schema alone (the build runs the full content check).
// Usage: node scripts/check-library-files.ts [id ...]
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { librarySchema } from '../src/schemas/library.ts';

const wanted = process.argv.slice(2);
let problems = 0;
for (const name of readdirSync('content/libraries').sort()) {
  const id = name.replace(/\.yaml$/, '');
  if (wanted.length && !wanted.includes(id)) continue;
  const result = librarySchema.safeParse(parse(readFileSync(`content/libraries/${name}`, 'utf8')));
  if (result.success) continue;
  for (const issue of result.error.issues) {
    problems++;
    console.log(`content/libraries/${name} › ${issue.path.join('.')}: ${issue.message}`);
  }
}
console.log(problems ? `${problems} problems` : 'ok');
process.exitCode = problems ? 1 : 0;
