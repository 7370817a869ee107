import { z } from 'astro/zod';
import { sourceRefSchema } from './library';

/**
 * Close codes that one application, service, protocol or framework defines for itself,
 * stored once in content/apps/{id}.yaml (language-neutral facts). Each language's meanings
 * and description live in content/apps/{lang}/{id}.yaml.
 */

export const APP_KINDS = [
  'api', // a hosted service's real-time API (Discord Gateway, Pusher Channels)
  'protocol', // a sub-protocol others implement (GraphQL over WebSocket, SockJS, Nostr)
  'framework', // a framework or library developers build on (Spring, Centrifuge, Colyseus)
  'server', // a server product run by the developer (Hasura, Laravel Reverb, OBS WebSocket)
] as const;
export type AppKind = (typeof APP_KINDS)[number];

/** What the system itself tells its clients to do after the code. */
export const APP_RECONNECT = [
  'reconnect', // reconnect (and resume where the system allows it)
  'backoff', // reconnect after waiting, with a growing delay
  'immediately', // reconnect at once
  'reauthorize', // fetch new credentials, then reconnect
  'change', // reconnect only after changing the request (another URL, TLS, a setting)
  'no', // do not reconnect: the same request fails again, or the close was deliberate
  'unspecified', // the system's sources say nothing
] as const;
export type AppReconnect = (typeof APP_RECONNECT)[number];

/** Who puts the number on the connection. */
export const APP_SENDERS = [
  'server', // the system's server closes with it
  'client', // the system's own client library closes with it, or reports it, by itself (no server sent it)
] as const;

/** Where the number reaches the developer when it is not a Close frame's status code. */
export const APP_CARRIERS = [
  'close-frame', // the Close frame's status code, seen as CloseEvent.code
  'error-event', // a protocol message or error event carries it (e.g. pusher:error), not the Close frame
  'library-event', // the system's client library surfaces it on its own object (SockJS)
] as const;

/**
 * A version (`0.20.0`, `v5`) or a date (`2023-06-17`, `2025-02`, `2019`; four digits read as a year). One system uses one kind,
 * so its entries can be ordered.
 */
const VERSION = /^v?\d+(\.\d+){0,3}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const versionPointSchema = z
  .string()
  .refine((s) => VERSION.test(s) || DATE.test(s), 'Give a version (0.20.0, v5) or a date (2023-06-17, 2025-02, 2019)');

export type VersionPoint = { kind: 'version'; parts: number[] } | { kind: 'date'; parts: number[] };

/** Parses a since/until value into comparable parts; null when it does not parse. */
export function parseVersionPoint(value: string): VersionPoint | null {
  if (DATE.test(value)) return { kind: 'date', parts: value.split('-').map(Number) };
  if (VERSION.test(value)) return { kind: 'version', parts: value.replace(/^v/, '').split('.').map(Number) };
  return null;
}

/** Orders two points of the same kind; a missing part counts as 0 (`1.2` = `1.2.0`). */
export function compareVersionPoints(a: VersionPoint, b: VersionPoint): number {
  const length = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < length; i++) {
    const diff = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const appCodeSchema = z.strictObject({
  code: z.int().min(1000).max(4999),
  /** The system's own name or constant for the code, verbatim. */
  name: z.string().min(1),
  /** A second verbatim identifier where the docs' name and the code's constant differ. */
  constant: z.string().min(1).optional(),
  /** Verbatim texts the system sends or prints with the code (the close reason, an error message); `…` where it varies. */
  texts: z.array(z.string().min(1)).default([]),
  sender: z.enum(APP_SENDERS),
  reconnect: z.enum(APP_RECONNECT),
  carrier: z.enum(APP_CARRIERS).default('close-frame'),
  /** The first version or date with this meaning, where it changed. */
  since: versionPointSchema.optional(),
  /** The version or date from which this meaning no longer holds. */
  until: versionPointSchema.optional(),
  source: sourceRefSchema,
});
export type AppCode = z.infer<typeof appCodeSchema>;

/** A block of numbers the system claims; `rule` when the system gives the whole block one reconnect rule. */
export const appRangeSchema = z.strictObject({
  min: z.int().min(1000).max(4999),
  max: z.int().min(1000).max(4999),
  rule: z.enum(APP_RECONNECT).optional(),
  source: sourceRefSchema.optional(),
});
export type AppRange = z.infer<typeof appRangeSchema>;

export const appSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Use lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  kind: z.enum(APP_KINDS),
  /** The system's home or documentation page. */
  url: z.url({ protocol: /^https$/ }),
  /** Everything read for this file; each code also names its own source. */
  sources: z.array(sourceRefSchema).min(1),
  /** What since/until count: the product or package whose versions they are (a name that reads the same in every language: `github.com/centrifugal/centrifuge`, `discord/discord-api-docs`). */
  versionOf: z.string().min(1).optional(),
  /** How a reader can tell this system closed the socket. */
  identify: z
    .strictObject({
      /** Hosts (or host patterns with `*`) its clients connect to. */
      hosts: z.array(z.string().min(1)).default([]),
      /** Values of Sec-WebSocket-Protocol it negotiates. */
      subprotocols: z.array(z.string().min(1)).default([]),
      /** Client packages whose names show in a stack trace or a dependency list. */
      packages: z.array(z.string().min(1)).default([]),
    })
    .default({ hosts: [], subprotocols: [], packages: [] }),
  ranges: z.array(appRangeSchema).min(1),
  codes: z.array(appCodeSchema).min(1),
});
export type App = z.infer<typeof appSchema>;

/**
 * content/apps/{lang}/{id}.yaml: one language's text for one system. `meanings` is keyed
 * by code (`4004`), or for a meaning that ended, by code and end (`3012<0.20.0`).
 */
export const appTextSchema = z.strictObject({
  app: z.string().min(1),
  /** What the system is, in a sentence or two. */
  description: z.string().min(1),
  meanings: z.record(z.string(), z.string().min(1)),
  /** Facts about the system's codes that no field holds (a code hidden in a reason, a naming trap). */
  notes: z.array(z.string().min(1)).default([]),
});
export type AppText = z.infer<typeof appTextSchema>;

/** The key of a code's meaning in the per-language files. */
export const meaningKey = (entry: Pick<AppCode, 'code' | 'until'>): string =>
  entry.until ? `${entry.code}<${entry.until}` : String(entry.code);
