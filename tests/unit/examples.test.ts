import { describe, expect, it } from 'vitest';
import { closeExample, examplesFor, forbiddenCloseExample, MAX_REASON_BYTES, reconnectExample, showsHandshakeDiagram } from '../../src/lib/examples';
import { UI_RESOURCES } from '../../src/i18n/translation';
import { LANGS } from '../../src/i18n/locales';
import { realFacts } from './helpers';

const comments = (lang: (typeof LANGS)[number]) => UI_RESOURCES[lang].examples.comments;

describe('code examples', () => {
  const facts = realFacts();
  const retryable = [...facts.values()].filter((f) => f.reconnect === 'backoff').map((f) => f.code);

  it('retry exactly the codes whose facts say to reconnect with backoff', () => {
    const code = reconnectExample(retryable, comments('en'));
    expect(code).toContain(`new Set([${retryable.join(', ')}])`);
    expect(retryable).toContain(1006);
    expect(retryable).not.toContain(1000);
    expect(retryable).not.toContain(1008);
  });

  it.each(LANGS)('are valid JavaScript with %s comments', (lang) => {
    for (const source of [
      reconnectExample(retryable, comments(lang)),
      closeExample(3000, comments(lang)),
      forbiddenCloseExample(1001, comments(lang)),
    ]) {
      expect(() => new Function('ws', 'longMessage', source)).not.toThrow();
    }
  });

  it('trim a close reason to whole characters within 123 UTF-8 bytes', () => {
    const fitReason = new Function(`${closeExample(1000, comments('en')).split('function fitReason')[1]!.replace(/^/, 'return function fitReason').split('\nws.close')[0]}`)() as (r: string) => string;
    const arabic = 'انقطع الاتصال بسبب انتهاء مهلة الخمول في الخادم الوكيل '.repeat(3);
    const fitted = fitReason(arabic);
    expect(new TextEncoder().encode(fitted).length).toBeLessThanOrEqual(MAX_REASON_BYTES);
    expect(arabic.startsWith(fitted)).toBe(true);
    expect(fitReason('🔌'.repeat(40))).toBe('🔌'.repeat(30));
  });

  it('show the handshake diagram on the codes about how a connection ends', () => {
    const withDiagram = [...facts.values()].filter(showsHandshakeDiagram).map((f) => f.code);
    expect(withDiagram).toEqual([1000, 1001, 1005, 1006, 1012]);
  });

  it('are chosen from the facts', () => {
    expect(examplesFor(facts.get(1001)!)).toEqual(['reconnect', 'forbiddenClose']);
    expect(examplesFor(facts.get(1000)!)).toEqual(['close']);
    expect(examplesFor(facts.get(1006)!)).toEqual(['reconnect']);
    expect(examplesFor(facts.get(3000)!)).toEqual(['close']);
    expect(examplesFor(facts.get(1004)!)).toEqual([]);
  });
});
