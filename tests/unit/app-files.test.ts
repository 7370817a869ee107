import { describe, expect, it } from 'vitest';
import { readAppFiles } from '../../src/lib/content-files';
import { checkAppFiles, type AppFileProblem } from '../../src/lib/app-validation';
import { LANGS } from '../../src/i18n/locales';
import { ROOT } from './helpers';

describe('the real application systems (content/apps)', () => {
  it('pass every check, in every language', () => {
    const { apps, appTexts } = readAppFiles(ROOT);
    const problems: AppFileProblem[] = [];
    checkAppFiles(apps, appTexts, LANGS, 'content/apps', problems);
    expect(problems.map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([]);
  });
});
