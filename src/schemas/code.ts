import { z } from 'astro/zod';

/**
 * Language-neutral facts about one close code, stored once in content/codes/{code}.yaml.
 * Everything a page says in words lives in content/prose/{lang}/{code}.mdx instead.
 */

/** Who puts this code in a Close frame in practice. `none`: never on the wire, only reported locally. */
export const SENDERS = ['client', 'server', 'browser', 'proxy', 'none'] as const;
export type Sender = (typeof SENDERS)[number];

/** What a client should do after receiving the code. */
export const RECONNECT_ADVICE = [
  'no', // the closure was intended: do not reconnect automatically
  'depends', // it depends on who closed and why (1005)
  'backoff', // transient: reconnect with capped exponential backoff and jitter
  'restart-delay', // the registration asks for a randomized 5–30 s delay (1012)
  'elsewhere-or-user', // another address, or the same one on user action only (1013)
  'after-fix', // reconnecting repeats the failure: fix the cause first
  'after-reauth', // reconnect only with new or corrected credentials
  'never-seen', // reserved: no conforming peer sends it
] as const;
export type ReconnectAdvice = (typeof RECONNECT_ADVICE)[number];

/** The kind of event a code reports; comparisons contrast codes by it. */
export const NATURES = [
  'completed', // the connection did its job (1000)
  'departure', // an endpoint is leaving or restarting (1001, 1012)
  'protocol-violation', // a malformed frame or a forbidden value (1002)
  'unsupported-data', // a type of data the receiver does not accept (1003)
  'invalid-payload', // message content that does not match its type, e.g. bad UTF-8 (1007)
  'extension-missing', // an extension the client required was not agreed (1010)
  'limit', // a message exceeded a size limit (1009)
  'policy', // refused by a rule or an access decision
  'failure', // an unexpected failure in an endpoint or behind it
  'overload', // a temporary overload (1013)
  'no-status', // a Close frame without a code (1005)
  'connection-lost', // no closing handshake at all (1006)
  'tls-failure', // the TLS handshake failed (1015)
  'timeout', // something took too long (3008)
  'reserved', // no meaning (1004)
] as const;
export type Nature = (typeof NATURES)[number];

/**
 * What a page's `CloseEvent.wasClean` says when this code is reported (WHATWG: true only when
 * the closing handshake completed and the TCP connection closed after it).
 */
export const CLEAN_CLOSE = [
  'if-handshake-completes', // a code in a Close frame (1004 too, when a peer breaks the rule): true once both Close frames were exchanged
  'yes', // the handshake completed, the frame just had no code (1005)
  'no', // no closing handshake happened (1006, 1015)
] as const;
export type CleanClose = (typeof CLEAN_CLOSE)[number];

export const SOURCE_KINDS = ['rfc6455', 'iana', 'whatwg', 'hybi', 'erratum'] as const;

export const sourceSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  /** Section or anchor label shown to readers, e.g. "7.4.1". */
  section: z.string().min(1).optional(),
  url: z.url(),
});

export const OTHER_NAME_ORIGINS = ['mdn', 'legacy'] as const;

export const codeFactsSchema = z.strictObject({
  code: z.int().min(0).max(65535),
  /** Exact name from the IANA registry; null where the registry gives none (1014). */
  ianaName: z.string().min(1).nullable(),
  /** Name used where the registry gives none or where a common label differs. */
  commonName: z.string().min(1).optional(),
  otherNames: z
    .array(z.strictObject({ name: z.string().min(1), origin: z.enum(OTHER_NAME_ORIGINS) }))
    .default([]),
  sources: z.array(sourceSchema).min(1),
  canSendInCloseFrame: z.boolean(),
  canPassToBrowserClose: z.boolean(),
  senders: z.array(z.enum(SENDERS)).min(1),
  reconnect: z.enum(RECONNECT_ADVICE),
  nature: z.enum(NATURES),
  cleanClose: z.enum(CLEAN_CLOSE),
  /** HTTP status with the closest meaning, where one exists. */
  httpStatus: z.int().min(100).max(599).optional(),
  /** Codes most often confused with this one, most confused first. */
  related: z.array(z.int()).default([]),
});

export type CodeFacts = z.infer<typeof codeFactsSchema>;
