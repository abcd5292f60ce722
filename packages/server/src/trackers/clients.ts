import type { TrackerKind } from '@firebreak/shared';
import type { TrackerClient } from './client.ts';
import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { jira } from './jira.ts';
import { linear } from './linear.ts';

export const clients: Record<TrackerKind, TrackerClient> = { github, gitlab, jira, linear };
