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
  giveUp: string;
  backoff: string;
  resetOnOpen: string;
  closeNormal: string;
  closeApp: string;
  fitReason: string;
  throws: string;
  instead: string;
}

export function reconnectExample(retryable: readonly number[], c: ExampleComments): string {
  return `// ${c.retryable}
const RETRYABLE = new Set([${retryable.join(', ')}]);

function connect(url, attempt = 0) {
  const ws = new WebSocket(url);
  // ${c.resetOnOpen}
  ws.addEventListener('open', () => { attempt = 0; });
  ws.addEventListener('close', (event) => {
    if (!RETRYABLE.has(event.code)) return; // ${c.giveUp}
    // ${c.backoff}
    const cap = Math.min(30_000, 500 * 2 ** attempt);
    const delay = cap / 2 + Math.random() * (cap / 2);
    setTimeout(() => connect(url, attempt + 1), delay);
  });
  return ws;
}`;
}

export function closeExample(code: number, c: ExampleComments): string {
  const app = browserMayClose(code) && code !== 1000 ? code : 4000;
  return `// ${c.closeNormal}
ws.close(1000, 'done');

// ${c.closeApp}
ws.close(${app}, 'session expired');

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
  if (facts.reconnect === 'backoff') kinds.push('reconnect');
  if (facts.canPassToBrowserClose || facts.code === 1005) kinds.push('close');
  if (facts.canSendInCloseFrame && !facts.canPassToBrowserClose) kinds.push('forbiddenClose');
  return kinds;
}
