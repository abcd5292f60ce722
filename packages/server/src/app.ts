import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { actionRoutes, followUpTrackerRoutes } from './actions/index.ts';
import { alertIngestRoutes, alertRoutes, alertSetupRoutes, heartbeatCheckInRoutes } from './alerts/index.ts';
import { auditRoutes, registerAuditHooks } from './audit/index.ts';
import { chatRoutes, mattermostRoutes, registerChatHandoverHooks, registerChatHooks, slackRoutes, teamsRoutes } from './chatops/index.ts';
import { commsRoutes } from './comms/index.ts';
import { incidentRoutes } from './incidents/index.ts';
import { insightRoutes } from './insights/index.ts';
import { investigationRoutes } from './investigation/index.ts';
import { jobRoutes } from './jobs/index.ts';
import { languageRoutes, registerLanguageHooks } from './language/index.ts';
import { learningRoutes, registerLearningHooks } from './learning/index.ts';
import { mailInRoutes } from './mailin/index.ts';
import { notificationRoutes, registerNotificationHooks } from './notifications/index.ts';
import { calendarFeedRoutes, handoverRoutes, registerHandoverPages, scheduleRoutes } from './oncall/index.ts';
import { pagesFor, pagingRoutes, registerPagingHooks } from './paging/index.ts';
import { registerAuth, requireRole } from './platform/auth.ts';
import type { Deps } from './platform/context.ts';
import { registerSecurityHeaders, webCacheControl } from './platform/headers.ts';
import {
  capConnectionsPerClient,
  clientErrorHandler,
  frameworkErrors,
  registerErrorHandling,
  rejectNulCharacters,
} from './platform/http.ts';
import { registerMetrics } from './platform/metrics.ts';
import {
  registerRetroHooks,
  retroAnswerRoutes,
  retroMeetingRoutes,
  retroRoutes,
  retroSharingRoutes,
  retroWhyRoutes,
} from './retros/index.ts';
import { searchRoutes } from './search/index.ts';
import { serviceRoutes } from './services/index.ts';
import { severityRoutes, watchSettings } from './severities/index.ts';
import {
  registerStatusPageHooks,
  registerStatusSubscriberHooks,
  statusHostRewrite,
  statusPageRoutes,
  statusPublicPageRoutes,
  statuspageRoutes,
  statusSubscriberAdminRoutes,
  statusSubscriberRoutes,
} from './status/index.ts';
import { teamRoutes } from './teams/index.ts';
import { templateRoutes } from './templates/index.ts';
import { registerLiveMetrics, timelineRoutes } from './timeline/index.ts';
import { trackerRoutes, trackerWebhookRoutes } from './trackers/index.ts';
import { userRoutes } from './users/index.ts';
import { registerWebhookHooks, webhookRoutes } from './webhooks/index.ts';

/** `loggerInstance`: the process's logger (main.ts), shared with the rest of the process; `logger`: options for one of Fastify's own. */
export type AppOptions = { logger?: boolean | object; loggerInstance?: FastifyBaseLogger; webDir?: string };

/** Builds the HTTP app on the given dependencies; used by main.ts and by tests (app.inject). */
export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: opts.logger ?? false }),
    bodyLimit: deps.config.bodyLimit,
    // FIREBREAK_STATUS_HOST: that host serves only the public status page, at `/` (status/page/host.ts).
    rewriteUrl: statusHostRewrite(deps.config),
    // X-Forwarded-* only from the proxies the operator lists (FIREBREAK_TRUST_PROXY); otherwise the
    // client address is the TCP peer (sign-in throttling counts per address, so it must not be forgeable).
    trustProxy: deps.config.trustProxy.length ? deps.config.trustProxy : false,
    routerOptions: { maxParamLength: 500 },
    frameworkErrors,
    clientErrorHandler,
    // Slow clients are dropped: headers must arrive within 20 s and a whole request within 2 minutes
    // (a large chat import over a slow link); idle keep-alive connections close after 10 s. Responses
    // are not limited, so live streams (SSE) stay open.
    requestTimeout: 120_000,
    keepAliveTimeout: 10_000,
    // Open SSE streams would otherwise keep close() (and so SIGTERM) waiting forever.
    forceCloseConnections: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.server.headersTimeout = 20_000;
  capConnectionsPerClient(app.server, deps.config.maxConnectionsPerClient, deps.config.trustProxy);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDir = opts.webDir ?? join(import.meta.dirname, '../../web/dist');
  const hasWeb = existsSync(join(webDir, 'index.html'));
  registerErrorHandling(app, { spaFallback: hasWeb });
  registerSecurityHeaders(app, webDir);
  rejectNulCharacters(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Firebreak API',
        version: '1',
        description: 'Incident response and learning. Errors: {"error": {"code", "message", "details"}}.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'firebreak_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    // Routes that need no sign-in say so in the document (`security: []`), so clients do not send credentials they lack.
    transform: (args) => {
      const out = jsonSchemaTransform(args);
      return (args.route.config as { auth?: string } | undefined)?.auth === 'public'
        ? { ...out, schema: { ...out.schema, security: [] } }
        : out;
    },
  });
  // Slices that take part in the incident lifecycle register their hooks (idempotent, by name).
  registerRetroHooks();
  registerAuditHooks();
  registerNotificationHooks();
  registerWebhookHooks();
  registerStatusPageHooks();
  registerLearningHooks(deps);
  registerLanguageHooks(deps);
  registerPagingHooks();
  registerChatHooks();
  registerChatHandoverHooks();
  // Handovers list the pages of the shift; the paging slice reads them (schedules never import paging).
  registerHandoverPages(async (tx, q) =>
    (await pagesFor(tx, q)).map((p) => ({ id: p.id, title: p.title, at: p.firstNotifiedAt, status: p.status })),
  );
  registerStatusSubscriberHooks();
  registerAuth(app, deps);
  const unwatch = watchSettings(deps);
  app.addHook('onClose', async () => unwatch());
  const registry = registerMetrics(app, deps);
  registerLiveMetrics(registry, deps.bus);

  app.get('/healthz', { config: { auth: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await deps.db.selectFrom('counters').select('name').limit(1).execute();
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ error: { code: 'not_ready', message: 'The database is not reachable' } });
    }
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    requireRole(req.ctx, 'admin');
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
      await api.register(userRoutes(deps));
      await api.register(severityRoutes);
      await api.register(teamRoutes);
      await api.register(serviceRoutes);
      await api.register(incidentRoutes);
      await api.register(timelineRoutes);
      await api.register(actionRoutes);
      await api.register(searchRoutes);
      await api.register(followUpTrackerRoutes);
      await api.register(retroRoutes);
      await api.register(retroWhyRoutes);
      await api.register(retroAnswerRoutes);
      await api.register(retroMeetingRoutes);
      await api.register(retroSharingRoutes(deps));
      await api.register(templateRoutes);
      await api.register(investigationRoutes);
      await api.register(languageRoutes);
      await api.register(jobRoutes);
      await api.register(auditRoutes);
      await api.register(notificationRoutes(deps));
      await api.register(commsRoutes);
      await api.register(alertRoutes);
      await api.register(pagingRoutes(deps));
      await api.register(alertSetupRoutes);
      await api.register(mailInRoutes);
      await api.register(webhookRoutes);
      await api.register(trackerRoutes);
      await api.register(insightRoutes);
      await api.register(statusPageRoutes);
      await api.register(scheduleRoutes);
      await api.register(handoverRoutes);
      await api.register(calendarFeedRoutes(deps));
      await api.register(learningRoutes);
      await api.register(statusSubscriberAdminRoutes);
      await api.register(chatRoutes);
    },
    { prefix: '/api/v1' },
  );
  // Monitoring tools post here with an integration key (PagerDuty and Opsgenie paths, /api/v1/ingest/…).
  await app.register(alertIngestRoutes(deps));
  await app.register(heartbeatCheckInRoutes(deps));
  // Trackers report issue changes here, signed with the connection's webhook secret.
  await app.register(trackerWebhookRoutes(deps));
  // The public status page's Statuspage-compatible JSON (no sign-in).
  await app.register(statuspageRoutes(deps));
  // The public status page and its subscriptions (no sign-in), at /status and on FIREBREAK_STATUS_HOST.
  await app.register(statusPublicPageRoutes(deps));
  await app.register(statusSubscriberRoutes(deps));
  // Slack's slash commands, interactivity and Events API (each request signed with the workspace's signing secret).
  await app.register(slackRoutes(deps));
  // Mattermost slash commands, buttons and outgoing webhook; Teams outgoing webhook (each checks its own token or HMAC).
  await app.register(mattermostRoutes(deps));
  await app.register(teamsRoutes(deps));

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      prefix: '/',
      cacheControl: false,
      setHeaders: (res, path) => res.header('cache-control', webCacheControl(path)),
    });
  }
  return app;
}
