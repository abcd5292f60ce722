import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';

type Envelope = { error: { code: string; message: string; details?: Record<string, unknown> } };
const envelope = (code: string, message: string, details?: Record<string, unknown>): Envelope => ({
  error: details ? { code, message, details } : { code, message },
});

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_BAD_URL: [400, 'bad_url'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'bad_request'],
};

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || /UNIQUE constraint failed/.test(String(e?.message));
};

/** One place maps every error to HTTP and the `{"error": {...}}` envelope; nothing leaks a stack. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(envelope(err.code, err.message, err.details));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => {
        const path = `${err.validationContext ?? ''}${v.instancePath || ''}`.replace(/\//g, '.');
        return { path: path || (err.validationContext ?? ''), message: v.message ?? 'invalid' };
      });
      const first = issues[0];
      return reply
        .status(400)
        .send(envelope('invalid_input', `${first.path}: ${first.message}`, { issues }));
    }
    if (err.validation) {
      return reply.status(400).send(envelope('invalid_input', err.message, { issues: err.validation }));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.status(mapped[0]).send(envelope(mapped[1], err.message));
    if (isUniqueViolation(err)) return reply.status(409).send(envelope('conflict', 'That already exists (a unique value is taken)'));
    if (isResponseSerializationError(err)) req.log.error({ err }, 'response did not match its schema');
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = (err.code ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
      return reply.status(status).send(envelope(code, err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(envelope('internal_error', 'Something went wrong on our side; it was logged'));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send(envelope('route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`)),
  );
}
