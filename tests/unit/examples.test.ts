import { describe, expect, it } from 'vitest';
import { closeExample, exampleReason, examplesFor, forbiddenCloseExample, MAX_REASON_BYTES, reconnectExample, showsHandshakeDiagram } from '../../src/lib/examples';
import { UI_RESOURCES } from '../../src/i18n/translation';
import { LANGS } from '../../src/i18n/locales';
import { realFacts } from './helpers';

const comments = (lang: (typeof LANGS)[number]) => UI_RESOURCES[lang].examples.comments;

describe('code examples', () => {
  const facts = realFacts();
  const advising = (advice: string) => [...facts.values()].filter((f) => f.reconnect === advice).map((f) => f.code);
  const retryable = advising('backoff');
  const restartDelay = advising('restart-delay');

  it('retry exactly the codes whose facts say to reconnect with backoff', () => {
    const code = reconnectExample(retryable, restartDelay, comments('en'));
    expect(code).toContain(`const RETRYABLE = new Set([${retryable.join(', ')}]);`);
    expect(retryable).toContain(1006);
    expect(retryable).not.toContain(1000);
    expect(retryable).not.toContain(1008);
  });

  it('follow the registrations: 1012 waits 5–30 s, 1013 is not retried automatically', () => {
    expect(restartDelay).toEqual([1012]);
    expect(retryable).not.toContain(1013);
    expect(retryable).not.toContain(1012);
    const code = reconnectExample(retryable, restartDelay, comments('en'));
    expect(code).toContain('const RESTARTING = new Set([1012]);');
    expect(code).toContain('5_000 + Math.random() * 25_000');
  });

  it('stop reconnecting after a fixed number of attempts', () => {
    // Run the example against a fake WebSocket that always closes with a retryable code.
    const sockets: FakeSocket[] = [];
    const timers: (() => void)[] = [];
    class FakeSocket {
      listeners: Record<string, (e: { code: number }) => void> = {};
      constructor() {
        sockets.push(this);
      }
      addEventListener(type: string, fn: (e: { code: number }) => void) {
        this.listeners[type] = fn;
      }
    }
    const source = `${reconnectExample(retryable, restartDelay, comments('en'))}\nreturn connect;`;
    const connect = new Function('WebSocket', 'setTimeout', source)(FakeSocket, (fn: () => void) => timers.push(fn)) as (url: string) => void;
    connect('wss://example.test/');
    for (let i = 0; i < 50 && sockets.length === i + 1; i++) {
      sockets.at(-1)!.listeners.close!({ code: 1006 });
      timers.shift()?.();
    }
    expect(sockets.length).toBe(9); // the first connection and 8 attempts
    // A code not worth retrying stops at once.
    sockets.length = 0;
    connect('wss://example.test/');
    sockets[0]!.listeners.close!({ code: 1008 });
    expect(timers).toEqual([]);
  });

  it('give each registered code a close reason that fits its meaning', () => {
    expect(exampleReason(facts.get(3000)!)).toBe('token expired');
    expect(exampleReason(facts.get(3003)!)).toBe('access denied');
    expect(exampleReason(facts.get(3008)!)).toBe('no reply in time');
    expect(closeExample(facts.get(3003)!, comments('en'))).toContain("ws.close(3003, 'access denied');");
    expect(closeExample(facts.get(1000)!, comments('en'))).toContain("ws.close(4000, 'room closed');");
  });

  it.each(LANGS)('are valid JavaScript with %s comments', (lang) => {
    for (const source of [
      reconnectExample(retryable, restartDelay, comments(lang)),
      closeExample(facts.get(3000)!, comments(lang)),
      forbiddenCloseExample(1001, comments(lang)),
    ]) {
      expect(() => new Function('ws', 'longMessage', source)).not.toThrow();
    }
  });

  it('trim a close reason to whole characters within 123 UTF-8 bytes', () => {
    const fitReason = new Function(`${closeExample(facts.get(1000)!, comments('en')).split('function fitReason')[1]!.replace(/^/, 'return function fitReason').split('\nws.close')[0]}`)() as (r: string) => string;
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
