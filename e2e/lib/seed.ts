import type { APIRequestContext } from 'playwright-core';

const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString();
const inMin = (min: number) => new Date(Date.now() + min * 60_000).toISOString();

async function call(api: APIRequestContext, method: 'post' | 'patch', url: string, data: unknown) {
  const res = await api[method](`/api/v1${url}`, { data });
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()).data;
}

/**
 * A realistic catalog and a few incidents in different states, through the API as the signed-in
 * admin, so screenshots and accessibility checks see full pages rather than empty states.
 */
export async function seedShowcase(api: APIRequestContext, people: { sam: string }): Promise<string> {
  await call(api, 'post', '/teams', { name: 'Payments', description: 'Checkout, payment providers, invoicing.', members: [people.sam] });
  await call(api, 'post', '/teams', { name: 'Identity', description: 'Sign-in, sessions, accounts.', members: [] });
  await call(api, 'post', '/services', {
    name: 'payments-api',
    description: 'Talks to card and wallet providers.',
    ownerTeam: 'Payments',
    criticality: 'critical',
  });
  await call(api, 'post', '/services', { name: 'auth', description: 'Sign-in and sessions.', ownerTeam: 'Identity', criticality: 'high' });
  await call(api, 'post', '/services', { name: 'search', description: 'Product search and suggestions.', criticality: 'medium' });
  await call(api, 'post', '/services', {
    name: 'email-relay',
    description: 'Transactional e-mail.',
    ownerTeam: 'Identity',
    criticality: 'low',
  });
  await call(api, 'post', '/incidents', {
    title: 'Search results stale for some users',
    severity: 'SEV2',
    services: ['search'],
    status: 'investigating',
  });
  const login = await call(api, 'post', '/incidents', {
    title: 'Login e-mails delayed by up to 20 minutes',
    severity: 'SEV4',
    services: ['email-relay', 'auth'],
  });
  await call(api, 'post', `/incidents/${login.ref}/status`, { status: 'monitoring' });
  const inc = await call(api, 'post', '/incidents', {
    title: 'Card payments time out for EU customers',
    severity: 'SEV1',
    services: ['payments-api', 'checkout'],
    status: 'investigating',
    originalRequest:
      'From: support@\nSubject: Customers report "payment failed"\n\n14 tickets in 10 minutes, all EU cards. Example order #88213.',
  });
  const ref = inc.ref as string;
  await call(api, 'post', `/incidents/${ref}/roles`, { role: 'commander', user: 'me' });
  await call(api, 'post', `/incidents/${ref}/roles`, { role: 'comms_lead', user: people.sam });
  await call(api, 'post', `/incidents/${ref}/timeline`, {
    body: 'Alert **payments-latency-p99** fired (provider calls > 8 s)',
    occurredAt: ago(18),
    pinned: true,
  });
  await call(api, 'post', `/incidents/${ref}/comments`, {
    body: 'Provider status page is green. Our egress proxy shows `connect timeout` to `api.psp.example` from eu-west only.',
  });
  await call(api, 'post', `/incidents/${ref}/comments`, {
    body: 'Failing over payments-api to the secondary provider for EU.\n\n- flag `psp_eu_failover` on\n- watching error rate',
  });
  await call(api, 'post', `/incidents/${ref}/updates`, {
    body: 'Some customers in Europe cannot pay by card. Other payment methods work. We are switching to a backup provider and expect card payments to recover within 30 minutes.',
  });
  await call(api, 'patch', `/incidents/${ref}`, {
    symptoms: 'Card payments fail after ~10 s with "payment failed" for EU customers. Wallets and invoices work.',
    customerImpact: 'About **1 in 5** EU checkouts fail at the payment step; customers can retry with another method.',
    scopeCustomers: 'EU customers paying by card',
    scopeRegions: 'eu-west',
    scopeUserShare: 20,
    rootCauses: 'Connection pool to the provider exhausted after the egress proxy restarted (suspected).',
  });
  await call(api, 'post', `/incidents/${ref}/status`, { status: 'identified', message: 'Egress proxy connection pool exhausted' });
  await call(api, 'post', `/incidents/${ref}/whys`, { question: 'Why did the pool not recover after the proxy restart?' });
  await call(api, 'post', `/incidents/${ref}/actions`, {
    title: 'Fail over EU card traffic to the secondary provider',
    kind: 'next',
    owner: 'me',
    dueAt: inMin(20),
    priority: 'p1',
  });
  await call(api, 'post', `/incidents/${ref}/actions`, {
    title: 'Post status page notice',
    kind: 'next',
    owner: people.sam,
    dueAt: ago(5),
    priority: 'p2',
  });
  await call(api, 'post', `/incidents/${ref}/actions`, {
    title: 'Alert on pool saturation, not only latency',
    kind: 'follow_up',
    addresses: 'prevention',
    priority: 'p2',
  });
  return ref;
}
