import {
  CreateStatusComponentBody,
  CreateStatusMaintenanceBody,
  dataOf,
  MaintenanceUpdateBody,
  PublicationView,
  PublicSummaryBody,
  PublicUpdateBody,
  PublishIncidentBody,
  RefParams,
  StatusComponentParams,
  StatusComponentView,
  StatusMaintenanceQuery,
  StatusMaintenanceView,
  StatusPageSettingsBody,
  StatusPageSettingsView,
  UpdatePublicationBody,
  UpdateStatusComponentBody,
  UpdateStatusMaintenanceBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { createStatusComponent, deleteStatusComponent, listStatusComponents, updateStatusComponent } from './components.ts';
import { createStatusMaintenance, listStatusMaintenances, postMaintenanceUpdate, updateStatusMaintenance } from './maintenances.ts';
import { changePublication, postPublicUpdate, publishIncident, readPublication, unpublishIncident } from './publish.ts';
import { statusPageSettings, updateStatusPageSettings } from './settings.ts';
import { saveSummary } from './summary.ts';

const tags = ['status page'];
const Settings = { 200: dataOf(StatusPageSettingsView) };
const Component = dataOf(StatusComponentView);
const Publication = dataOf(PublicationView);
const Maintenance = dataOf(StatusMaintenanceView);

/** What responders and admins control on the public status page (the page itself and its JSON are public routes). */
export const statusPageRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---- settings and components (admins change them; everyone signed in reads them) ----
  app.get('/status-page/settings', { schema: { tags, summary: 'The status page settings', response: Settings } }, async (req) => ({
    data: await statusPageSettings(reader(req.ctx), req.ctx),
  }));
  app.put(
    '/status-page/settings',
    {
      schema: {
        tags,
        summary: 'Change the status page settings (admins): on/off, organisation name, logo, colour, support contact',
        body: StatusPageSettingsBody,
        response: Settings,
      },
    },
    async (req) => ({ data: await updateStatusPageSettings(req.ctx, req.body) }),
  );
  app.get(
    '/status-page/components',
    {
      schema: {
        tags,
        summary: 'Components on the status page, in page order, with what each shows now',
        response: { 200: z.object({ data: z.array(StatusComponentView) }) },
      },
    },
    async (req) => ({ data: await listStatusComponents(reader(req.ctx)) }),
  );
  app.post(
    '/status-page/components',
    {
      schema: {
        tags,
        summary: 'Add a component to the status page (admins)',
        body: CreateStatusComponentBody,
        response: { 201: Component },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await createStatusComponent(req.ctx, req.body) }),
  );
  app.patch(
    '/status-page/components/:id',
    {
      schema: {
        tags,
        summary: 'Change a component (admins), including its status set by hand',
        params: StatusComponentParams,
        body: UpdateStatusComponentBody,
        response: { 200: Component },
      },
    },
    async (req) => ({ data: await updateStatusComponent(req.ctx, req.params.id, req.body) }),
  );
  app.delete(
    '/status-page/components/:id',
    { schema: { tags, summary: 'Remove a component and its history (admins)', params: StatusComponentParams } },
    async (req, reply) => {
      await deleteStatusComponent(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );

  // ---- an incident on the status page ----
  app.get(
    '/incidents/:ref/status-page',
    {
      schema: {
        tags,
        summary: 'Whether and how the incident is on the status page, with its public updates',
        params: RefParams,
        response: { 200: Publication },
      },
    },
    async (req) => ({ data: await readPublication(req.ctx, req.params.ref) }),
  );
  app.post(
    '/incidents/:ref/status-page',
    {
      schema: {
        tags,
        summary: 'Publish the incident on the status page: public title, component impacts, first public update (never a private incident)',
        params: RefParams,
        body: PublishIncidentBody,
        response: { 201: Publication },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await publishIncident(req.ctx, req.params.ref, req.body) }),
  );
  app.patch(
    '/incidents/:ref/status-page',
    {
      schema: {
        tags,
        summary: 'Change the public title, component impacts or impact of a published incident',
        params: RefParams,
        body: UpdatePublicationBody,
        response: { 200: Publication },
      },
    },
    async (req) => ({ data: await changePublication(req.ctx, req.params.ref, req.body) }),
  );
  app.delete(
    '/incidents/:ref/status-page',
    {
      schema: {
        tags,
        summary: 'Take the incident off the status page (with its public updates)',
        params: RefParams,
        response: { 200: Publication },
      },
    },
    async (req) => ({ data: await unpublishIncident(req.ctx, req.params.ref) }),
  );
  app.post(
    '/incidents/:ref/status-page/updates',
    {
      config: { scope: 'ingest' },
      schema: {
        tags,
        summary: 'Post a public update on a published incident (resolved resolves it on the page)',
        params: RefParams,
        body: PublicUpdateBody,
        response: { 201: Publication },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await postPublicUpdate(req.ctx, req.params.ref, req.body) }),
  );

  app.put(
    '/incidents/:ref/status-page/summary',
    {
      schema: {
        tags,
        summary:
          "Save the customer-facing summary of the incident's retrospective, and publish it on its public page or keep it for responders (publishing needs a published retrospective)",
        params: RefParams,
        body: PublicSummaryBody,
        response: { 200: Publication },
      },
    },
    async (req) => ({ data: await saveSummary(req.ctx, req.params.ref, req.body) }),
  );

  // ---- scheduled maintenance (responders and admins) ----
  app.get(
    '/status-page/maintenances',
    {
      schema: {
        tags,
        summary: 'Scheduled maintenances: upcoming, active, completed or all',
        querystring: StatusMaintenanceQuery,
        response: { 200: z.object({ data: z.array(StatusMaintenanceView) }) },
      },
    },
    async (req) => ({ data: await listStatusMaintenances(reader(req.ctx), req.query.state) }),
  );
  app.post(
    '/status-page/maintenances',
    {
      schema: {
        tags,
        summary: 'Announce a scheduled maintenance (starts and completes on time by itself unless told not to)',
        body: CreateStatusMaintenanceBody,
        response: { 201: Maintenance },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await createStatusMaintenance(req.ctx, req.body) }),
  );
  app.patch(
    '/status-page/maintenances/:id',
    {
      schema: {
        tags,
        summary: 'Change a scheduled maintenance, or move its status by hand',
        params: StatusComponentParams,
        body: UpdateStatusMaintenanceBody,
        response: { 200: Maintenance },
      },
    },
    async (req) => ({ data: await updateStatusMaintenance(req.ctx, req.params.id, req.body) }),
  );
  app.post(
    '/status-page/maintenances/:id/updates',
    {
      schema: {
        tags,
        summary: 'Post an update on a scheduled maintenance, optionally moving its status',
        params: StatusComponentParams,
        body: MaintenanceUpdateBody,
        response: { 201: Maintenance },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await postMaintenanceUpdate(req.ctx, req.params.id, req.body) }),
  );
};
