import { CreateTemplateBody, TemplateSchema, UpdateTemplateBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { createTemplate, getTemplate, removeTemplate, updateTemplate } from './configure.ts';
import { allTemplates } from './store.ts';

const tags = ['retro templates'];
const TemplateParams = z.object({ id: z.string().min(1).max(64) });

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/retro-templates',
    {
      schema: {
        tags,
        summary: 'Retrospective templates (default first)',
        querystring: z.object({ archived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ data: z.array(TemplateSchema) }) },
      },
    },
    async (req) => ({
      data: await allTemplates(reader(req.ctx), req.query.archived === 'true'),
    }),
  );
  app.get(
    '/retro-templates/:id',
    {
      schema: {
        tags,
        summary: 'Read a template',
        params: TemplateParams,
        response: { 200: z.object({ data: TemplateSchema }) },
      },
    },
    async (req) => ({
      data: await getTemplate(req.ctx, req.params.id),
    }),
  );
  app.post(
    '/retro-templates',
    {
      schema: {
        tags,
        summary: 'Create a template (admin); at least one section',
        body: CreateTemplateBody,
        response: { 201: z.object({ data: TemplateSchema }) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await createTemplate(req.ctx, req.body) }),
  );
  app.patch(
    '/retro-templates/:id',
    {
      schema: {
        tags,
        summary: 'Edit a template, built-in ones included (admin)',
        params: TemplateParams,
        body: UpdateTemplateBody,
        response: { 200: z.object({ data: TemplateSchema }) },
      },
    },
    async (req) => ({
      data: await updateTemplate(req.ctx, req.params.id, req.body),
    }),
  );
  app.delete(
    '/retro-templates/:id',
    {
      schema: {
        tags,
        summary: 'Archive a custom template, or reset a built-in one (admin)',
        params: TemplateParams,
        response: {
          200: z.object({
            data: z.object({
              reset: z.boolean().describe('true: a built-in template went back to its original; false: a custom one was archived'),
            }),
          }),
        },
      },
    },
    async (req) => ({
      data: await removeTemplate(req.ctx, req.params.id),
    }),
  );
};
