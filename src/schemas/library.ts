import { z } from 'astro/zod';

/**
 * What one library, browser or service does with close codes, stored once in
 * content/libraries/{id}.yaml: its constants, the exact text it prints, the codes it closes
 * with by itself, and (browsers) what it does with a code it receives. Every fact names the
 * source it was read in, so a reader can check it and a version change can be traced.
 */

/**
 * Where a fact was read: an https URL, or a file in a public repository written
 * `owner/name:path/to/file`, optionally `@ref` (a tag, version or commit).
 */
const SOURCE_REF = /^(https:\/\/\S+|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+:[^\s@]+(@\S+)?)$/;
export const sourceRefSchema = z
  .string()
  .regex(SOURCE_REF, 'Give an https:// URL or a repository file as owner/name:path[@ref]');

/** A commit id cut to 12 hex digits: unambiguous in any repository, and a 40-digit id is 28 bytes of noise per link. */
const shortRef = (at: string) => (/^[0-9a-f]{40}$/.test(at) ? at.slice(0, 12) : at);

/** A source as a link: repository files open on GitHub at their ref (or the default branch). */
export function sourceHref(ref: string): string {
  if (ref.startsWith('https://')) return ref;
  const match = /^([^:]+):([^@]+)(?:@(.+))?$/.exec(ref);
  if (!match) throw new Error(`Not a source reference: ${ref}`);
  const [, repo, path, at] = match;
  return `https://github.com/${repo}/blob/${at ? shortRef(at) : 'HEAD'}/${path}`;
}

/** A short label for a source: the file name (with its ref) or the URL's host and path. */
export function sourceLabel(ref: string): string {
  if (ref.startsWith('https://')) {
    const url = new URL(ref);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  }
  const match = /^([^:]+):([^@]+)(?:@(.+))?$/.exec(ref)!;
  const [, repo, path, at] = match;
  return `${repo}/${path}${at ? `@${shortRef(at)}` : ''}`;
}

/** How a text reaches the developer. */
export const MESSAGE_KINDS = [
  'thrown', // an exception or error raised by a call (close(), send(), a read)
  'console', // printed to a browser's developer console
  'reason', // the reason text the library itself puts in the Close frame it sends with this code
  'reported', // how the library prints or reports a close with this code (error string, log line, event)
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const messageSchema = z.strictObject({
  /** Verbatim, with `…` where the text varies (a URL, an id, a number). */
  text: z.string().min(1),
  kind: z.enum(MESSAGE_KINDS),
  source: sourceRefSchema,
  /** The versions or dates the text applies to, as the source tells (e.g. `≥ 8.0`, `2021–2023`). */
  versions: z.string().min(1).optional(),
  /** An older wording, kept so that pasted text from older versions is still found. */
  older: z.boolean().default(false),
});
export type Message = z.infer<typeof messageSchema>;

/** Events after which a library closes (or reports a close) by itself. */
export const TRIGGERS = [
  'idle-timeout', // no traffic for the configured time
  'keepalive-timeout', // a ping went unanswered
  'shutdown', // the server or the process is stopping
  'message-too-big', // an incoming message exceeds the configured limit
  'too-many-fragments', // a message arrives in more fragments than allowed
  'send-queue-full', // outgoing data exceeds the buffer or queue limit
  'handler-error', // the application's handler threw
  'protocol-error', // a malformed frame from the peer
  'invalid-utf8', // a text frame or close reason that is not valid UTF-8
  'invalid-close-code', // the peer sent a code that must not be sent
  'extension-mismatch', // the extension negotiation gave something the library cannot honour
  'unexpected-data', // a data message where none was expected
  'close-without-code', // the library always closes without a status code (Socket.IO)
  'no-code-requested', // asked to close without a code (or with 1005), it sends a Close frame with none
  'empty-close-frame', // a Close frame without a code arrived
  'no-close-frame', // the connection ended without a Close frame
  'tls-failure', // the TLS handshake failed
  'page-unload', // the page is unloaded or navigated away (browsers)
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const generatesSchema = z.strictObject({
  when: z.enum(TRIGGERS),
  /** `sent`: put in the Close frame to the peer; `local`: reported only to the library's own user. */
  as: z.enum(['sent', 'local']),
  source: sourceRefSchema,
  versions: z.string().min(1).optional(),
});
export type Generates = z.infer<typeof generatesSchema>;

/** Browsers: what happens when this code arrives in a Close frame. */
export const receivedSchema = z.strictObject({
  /** `delivered`: the page's CloseEvent carries the code; `fails`: the browser fails the connection. */
  outcome: z.enum(['delivered', 'fails']),
  /** `CloseEvent.code` the page sees. */
  pageSees: z.int().min(0).max(65535),
  /** The code the browser sends back in its own Close frame, if it sends one. */
  sendsBack: z.int().min(0).max(65535).optional(),
  source: sourceRefSchema,
  versions: z.string().min(1).optional(),
});
export type Received = z.infer<typeof receivedSchema>;

export const libraryCodeSchema = z.strictObject({
  code: z.int().min(0).max(65535),
  /** Constant, enum member or type the library uses for this code, verbatim. */
  identifier: z.string().min(1).optional(),
  /** Where the identifier is defined; required with an identifier. */
  source: sourceRefSchema.optional(),
  messages: z.array(messageSchema).default([]),
  generates: z.array(generatesSchema).default([]),
  received: receivedSchema.optional(),
});
export type LibraryCode = z.infer<typeof libraryCodeSchema>;

export const LIBRARY_KINDS = ['browser', 'library', 'infrastructure'] as const;

export const librarySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Programming language or platform, e.g. "Go", "Java", "Browser". */
  platform: z.string().min(1),
  kind: z.enum(LIBRARY_KINDS),
  url: z.url(),
  /** Other names people type for it in a search (`gorilla`, `socket.io`); its name and id count already. */
  aliases: z.array(z.string().min(1)).default([]),
  /** What was read for this file: repository files or documentation pages. */
  sources: z.array(sourceRefSchema).min(1),
  codes: z.array(libraryCodeSchema).default([]),
});
export type Library = z.infer<typeof librarySchema>;

/** Libraries and browsers have a guide page; services (infrastructure) have none. */
export function hasGuide(library: Pick<Library, 'kind'>): boolean {
  return library.kind !== 'infrastructure';
}

/** The browsers every code page compares, in this order; a browser without data shows "not verified". */
export const COMPARED_BROWSERS = ['chrome', 'firefox', 'safari'] as const;
