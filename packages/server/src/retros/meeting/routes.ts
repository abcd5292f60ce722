import { MeetingBody, MeetingNotesBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RetroParams, ViewResponse, view } from '../routes.ts';
import { agendaFor, meetingIcs } from './agenda.ts';
import { cancelMeeting, saveMeetingNotes, scheduleMeeting } from './meeting.ts';

const tags = ['retrospectives'];

/** The review meeting: scheduling, notes, the generated agenda and the calendar invite. */
export const retroMeetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/retros/:id/meeting',
    { schema: { tags, summary: 'Schedule or move the review meeting', params: RetroParams, body: MeetingBody, response: ViewResponse } },
    async (req) => {
      await scheduleMeeting(req.ctx, req.params.id, req.body);
      return view(req.ctx, req.params.id);
    },
  );
  app.delete(
    '/retros/:id/meeting',
    { schema: { tags, summary: 'Cancel the review meeting', params: RetroParams, response: ViewResponse } },
    async (req) => {
      await cancelMeeting(req.ctx, req.params.id);
      return view(req.ctx, req.params.id);
    },
  );
  app.put(
    '/retros/:id/meeting/notes',
    {
      schema: {
        tags,
        summary: 'Save meeting notes (baseRevision; stale saves answer 409 with both versions)',
        params: RetroParams,
        body: MeetingNotesBody,
        response: { 200: z.object({ data: z.object({ notes: z.string(), notesRevision: z.number().int() }) }) },
      },
    },
    async (req) => ({ data: await saveMeetingNotes(req.ctx, req.params.id, req.body) }),
  );
  app.get(
    '/retros/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Generated agenda: timeline summary, themes, surprises, open whys, proposed follow-ups',
        params: RetroParams,
        response: {
          200: z.object({
            data: z.object({
              retroId: z.string(),
              incidentRef: z.string(),
              durationMinutes: z.number().int(),
              markdown: z.string(),
              items: z.array(
                z.object({
                  title: z.string(),
                  minutes: z.number().int(),
                  points: z.array(z.string()),
                  links: z.object({ entryIds: z.array(z.number().int()), whyIds: z.array(z.string()), actionIds: z.array(z.string()) }),
                }),
              ),
            }),
          }),
        },
      },
    },
    async (req) => ({ data: await agendaFor(req.ctx, req.params.id) }),
  );
  app.get(
    '/retros/:id/meeting.ics',
    { schema: { tags, summary: 'The review meeting as a calendar invite (.ics)', params: RetroParams, produces: ['text/calendar'] } },
    async (req, reply) => {
      const { filename, ics } = await meetingIcs(req.ctx, req.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(ics);
    },
  );
};
