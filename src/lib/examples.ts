/**
 * Code examples built from the facts, so they never disagree with them (the set of codes
 * worth retrying is the set whose facts say "reconnect with backoff"). Comments come in the
 * reader's language; the code itself is the same everywhere.
 */
import { browserMayClose } from './ranges';

/** Longest close reason in UTF-8 bytes: a control frame holds 125 bytes, 2 go to the code. */
export const MAX_REASON_BYTES = 123;

export interface ExampleComments {
  retryable: string;
  restartDelay: string;
  maxAttempts: string;
  stop: string;
  backoff: string;
  resetOnOpen: string;
  closeNormal: string;
  closeApp: string;
  fitReason: string;
  throws: string;
  instead: string;
}

/**
 * Reconnects after the codes worth retrying, with capped backoff and a cap on attempts: in
 * browsers 1006 also covers a handshake refused with 401 or 403, which retrying never fixes.
 * Codes whose registration asks for a longer randomized delay (1012: 5–30 s) get that delay.
 */
export function reconnectExample(retryable: readonly number[], restartDelay: readonly number[], c: ExampleComments): string {
  return `// ${c.retryable}
const RETRYABLE = new Set([${retryable.join(', ')}]);
// ${c.restartDelay}
const RESTARTING = new Set([${restartDelay.join(', ')}]);
// ${c.maxAttempts}
const MAX_ATTEMPTS = 8;

function connect(url, attempt = 0) {
  const ws = new WebSocket(url);
  // ${c.resetOnOpen}
  ws.addEventListener('open', () => { attempt = 0; });
  ws.addEventListener('close', (event) => {
    const retry = RETRYABLE.has(event.code) || RESTARTING.has(event.code);
    // ${c.stop}
    if (!retry || attempt >= MAX_ATTEMPTS) return;
    // ${c.backoff}
    const cap = Math.min(30_000, 500 * 2 ** attempt);
    const delay = RESTARTING.has(event.code)
      ? 5_000 + Math.random() * 25_000
      : cap / 2 + Math.random() * (cap / 2);
    setTimeout(() => connect(url, attempt + 1), delay);
  });
  return ws;
}`;
}

/**
 * A reason that fits the code: an expired credential is 3000, a refusal 3003, a timeout 3008
 * (the registered meanings); otherwise an application-defined code from 4000–4999.
 */
export function exampleReason(facts: { code: number; nature: string; reconnect: string }): string {
  if (facts.code === 1000) return 'done';
  if (facts.reconnect === 'after-reauth') return 'token expired';
  if (facts.nature === 'policy') return 'access denied';
  if (facts.nature === 'timeout') return 'no reply in time';
  return 'room closed';
}

export function closeExample(facts: { code: number; nature: string; reconnect: string }, c: ExampleComments): string {
  const own = browserMayClose(facts.code) && facts.code !== 1000;
  const app = own ? facts : { code: 4000, nature: 'application', reconnect: 'no' };
  return `// ${c.closeNormal}
ws.close(1000, 'done');

// ${c.closeApp}
ws.close(${app.code}, '${exampleReason(app)}');

// ${c.fitReason}
function fitReason(reason, limit = ${MAX_REASON_BYTES}) {
  const encoder = new TextEncoder();
  let out = '';
  for (const ch of reason) {
    if (encoder.encode(out + ch).length > limit) break;
    out += ch;
  }
  return out;
}
ws.close(1000, fitReason(longMessage));`;
}

export function forbiddenCloseExample(code: number, c: ExampleComments): string {
  return `// ${c.throws}
ws.close(${code}); // InvalidAccessError

// ${c.instead}
ws.close(1000);
ws.close(4000, 'shutting down');`;
}

/**
 * Whether a code's page shows the closing-handshake diagram: for codes about how a connection
 * ends (a normal close, a departure, a Close frame without a code, no Close frame at all).
 */
export function showsHandshakeDiagram(facts: { nature: string }): boolean {
  return ['completed', 'departure', 'no-status', 'connection-lost'].includes(facts.nature);
}

export type ExampleKind = 'reconnect' | 'close' | 'forbiddenClose';

/** Which examples a code's page shows, from its facts. */
export function examplesFor(facts: {
  code: number;
  reconnect: string;
  canSendInCloseFrame: boolean;
  canPassToBrowserClose: boolean;
}): ExampleKind[] {
  const kinds: ExampleKind[] = [];
  if (facts.reconnect === 'backoff' || facts.reconnect === 'restart-delay') kinds.push('reconnect');
  if (facts.canPassToBrowserClose || facts.code === 1005) kinds.push('close');
  if (facts.canSendInCloseFrame && !facts.canPassToBrowserClose) kinds.push('forbiddenClose');
  return kinds;
}
