import busboy from 'busboy';
import type { Request, RequestHandler, Response } from 'express';
import { Message, msg, render } from '../i18n/message';
import { errorBody, headerLocale } from './hardening';
import { ReceivedFile } from './upload';

export interface MultipartLimits {
  /** Largest file accepted, in bytes: a larger one is refused while it streams in. */
  maxFileBytes: number;
  /** Largest `operations` or `map` field, in bytes (the JSON request body limit). */
  maxFieldBytes: number;
}

/**
 * GraphQL multipart requests (graphql-multipart-request-spec) for file uploads: the `operations` field holds the
 * usual JSON body with the file variables null, `map` says which file part goes where, then the file. One file per
 * request. The file is read as it streams, and the request is refused as soon as it passes the limit, so an
 * unbounded body is never held; what is kept is at most the limit. Apollo then runs the operation as any other, with
 * its CSRF check (multipart is a "simple" content type: clients send `Apollo-Require-Preflight: true`).
 */
export function multipartRequests(limits: MultipartLimits): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || !req.is('multipart/form-data')) return next();
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxFileBytes + 2 * limits.maxFieldBytes) return refuseTooLarge(req, res, limits);

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fields: 2, parts: 3, fileSize: limits.maxFileBytes, fieldSize: limits.maxFieldBytes },
      });
    } catch {
      return refuseBadRequest(req, res, msg('documents.multipart.noBoundary'));
    }
    const fields = new Map<string, string>();
    const files = new Map<string, ReceivedFile>();
    let refused = false;
    const refuse = (answer: () => void) => {
      if (refused) return;
      refused = true;
      req.unpipe(parser);
      answer();
      drainThenClose(req, limits.maxFieldBytes);
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return refuse(() => refuseTooLarge(req, res, limits, false));
      fields.set(name, value);
    });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => refuse(() => refuseTooLarge(req, res, limits, false)));
      stream.on('close', () => {
        if (!refused) files.set(name, new ReceivedFile(info.filename ?? '', Buffer.concat(chunks)));
      });
    });
    // A second file or a third field is refused; busboy's parts limit is only a ceiling (it fires on reaching it).
    for (const event of ['filesLimit', 'fieldsLimit'] as const) {
      parser.on(event, () => refuse(() => refuseBadRequest(req, res, msg('documents.multipart.onlyParts'))));
    }
    parser.on('error', () => refuse(() => refuseBadRequest(req, res, msg('documents.multipart.unreadable'))));
    parser.on('close', () => {
      if (refused) return;
      const problem = placeFiles(fields, files);
      if ('key' in problem) return refuseBadRequest(req, res, problem);
      req.body = problem.operations;
      next();
    });
    req.pipe(parser);
  };
}

/** The operations with each mapped file put in place of its null variable, or what is wrong with the request. */
function placeFiles(
  fields: Map<string, string>,
  files: Map<string, ReceivedFile>,
): Message | { operations: Record<string, unknown> } {
  let operations: unknown;
  let map: unknown;
  try {
    operations = JSON.parse(fields.get('operations') ?? 'null');
    map = JSON.parse(fields.get('map') ?? '{}');
  } catch {
    return msg('documents.multipart.notJson');
  }
  if (!isRecord(operations)) return msg('documents.multipart.oneOperation');
  if (!isRecord(map)) return msg('documents.multipart.mapObject');
  for (const [key, paths] of Object.entries(map)) {
    const file = files.get(key);
    if (!file) return msg('documents.multipart.fileMissing', { key });
    if (!Array.isArray(paths) || paths.length !== 1 || typeof paths[0] !== 'string')
      return msg('documents.multipart.onePath', { key });
    const steps = paths[0].split('.');
    if (steps[0] !== 'variables' || steps.length < 2)
      return msg('documents.multipart.notVariables', { path: paths[0] });
    let holder: unknown = operations;
    for (const step of steps.slice(0, -1)) holder = isRecord(holder) ? holder[step] : undefined;
    const last = steps[steps.length - 1];
    if (!isRecord(holder) || holder[last] !== null) return msg('documents.multipart.notNull', { path: paths[0] });
    holder[last] = file;
    files.delete(key);
  }
  if (files.size > 0) return msg('documents.multipart.fileUnnamed');
  return { operations };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseTooLarge(
  req: Parameters<RequestHandler>[0],
  res: Response,
  limits: MultipartLimits,
  drain = true,
): void {
  res
    .status(413)
    .set('Connection', 'close')
    .json(
      errorBody(
        render(msg('documents.tooLarge', { limit: limits.maxFileBytes }), headerLocale(req)),
        'PAYLOAD_TOO_LARGE',
      ),
    );
  if (drain) drainThenClose(req, limits.maxFieldBytes);
}

function refuseBadRequest(req: Request, res: Response, problem: Message): void {
  if (res.headersSent) return;
  const locale = headerLocale(req);
  const text = render(msg('documents.badMultipart', { problem: render(problem, locale) }), locale);
  res.status(400).json(errorBody(text, 'BAD_REQUEST'));
}

/**
 * After a refusal the client is usually still sending: read (and drop) a little more so that it can read the
 * answer, then close the connection rather than read an unbounded body.
 */
function drainThenClose(req: Parameters<RequestHandler>[0], allowance: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > allowance) req.destroy();
  });
  req.resume();
}
