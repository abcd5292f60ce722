import { INTEGRATION_FORMATS } from '@firebreak/shared';
import { describe, expect, it } from 'vitest';
import { KEY_PLACEHOLDER, setupGuide } from './integrationSetup.ts';

const base = 'https://firebreak.example.com/';
const key = '0123456789abcdef0123456789abcdef';

describe('integration set-up snippets', () => {
  it('Alertmanager: a webhook receiver with the URL and the key as bearer credentials', () => {
    const [yaml] = setupGuide('alertmanager', base, key).snippets;
    expect(yaml.text).toContain('webhook_configs:\n      - url: https://firebreak.example.com/api/v1/ingest/alertmanager\n');
    expect(yaml.text).toContain(`authorization:\n            credentials: ${key}`);
  });

  it('Grafana: the webhook URL with the key; PagerDuty and Opsgenie: the base URL and the key', () => {
    expect(setupGuide('grafana', base, key).snippets[0].text).toBe(`https://firebreak.example.com/api/v1/ingest/grafana/${key}`);
    const pd = setupGuide('pagerduty', base, key).snippets;
    expect(pd.map((s) => s.text).slice(0, 2)).toEqual(['https://firebreak.example.com', key]);
    expect(pd[2].text).toContain('https://firebreak.example.com/v2/enqueue');
    const og = setupGuide('opsgenie', base, key).snippets;
    expect(og[2].text).toContain(`GenieKey ${key}`);
    expect(setupGuide('generic', base, key).snippets[0].text).toContain(`/api/v1/ingest/generic/${key}`);
  });

  it('without the key (it is shown once) every format shows the placeholder, never an empty value', () => {
    for (const f of INTEGRATION_FORMATS) {
      const text = setupGuide(f, base, null)
        .snippets.map((s) => s.text)
        .join('\n');
      expect(text, f).toContain(KEY_PLACEHOLDER);
    }
  });
});
