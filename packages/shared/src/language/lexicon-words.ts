/** Word lists for systems, verbs and modifiers. All entries are lowercase. */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Nouns naming systems, components and artefacts (singular forms; plurals are derived). */
export const SYSTEM_NOUNS = words(`
  deploy deployment job service cache database db server pipeline alert alerting config configuration
  cluster node pod query request api endpoint script cron build test check healthcheck container
  process worker queue disk volume certificate cert dns network migration rollout release upgrade
  replica primary failover monitor monitoring dashboard system app application proxy gateway cdn lambda
  function scheduler autoscaler tool tooling bot ci cd backup restore index table pool connection retry
  retries loader library client daemon agent controller balancer router firewall vpn host instance vm
  machine broker consumer producer topic stream webhook hook handler task batch import export sync
  upload snapshot storage bucket file flag feature toggle rule policy limit limiter breaker timeout
  threshold metric metrics log logs logger trace tracing sidecar mesh ingress registry image artifact
  package dependency module plugin component layer code change commit patch merge pr branch version
  binary runtime kernel driver firmware page pager rotation schedule escalation ticket form ui interface
  button screen console command cli terminal shell compiler parser validator resolver secret key token
  session header payload response message event signal thread lock transaction vacuum compaction
  rebalance partition shard region zone datacenter provider vendor upstream downstream frontend backend
  site website link canary probe synthetic heartbeat watchdog timer counter gauge rate spike traffic
  load cpu memory heap leak bug error exception crash outage incident failure issue problem regression
  condition deadlock kubelet kubeconfig manifest chart template state plan environment env staging prod
  production stack infra infrastructure mechanism setting settings option default dialog banner warning
  notification email channel integration orchestrator runner executor renewal sdk engine design
  replication
`);

/** Nouns for the outcome of an incident; they never decide who the subject of a sentence is. */
export const FAILURE_NOUNS = words(`
  outage outages incident incidents failure failures breakage downtime mess problem problems bug bugs
  regression regressions data loss disruption degradation
`);

/** Capitalised words that are products, places or dates rather than people. */
export const PROPER_NON_PEOPLE = words(`
  kubernetes postgres postgresql mysql mariadb redis kafka zookeeper terraform ansible puppet jenkins
  github gitlab bitbucket grafana prometheus datadog pagerduty opsgenie slack jira confluence docker
  helm envoy nginx haproxy istio linkerd linux ubuntu debian windows macos chrome safari firefox
  android ios amazon google azure cloudflare fastly akamai vault consul nomad elasticsearch elastic
  kibana logstash splunk sentry cassandra mongo mongodb memcached rabbitmq celery sidekiq rails django
  node java python rust golang stripe twilio okta heroku vercel netlify lambda argo argocd flux
  spinnaker bazel gradle maven webpack vite react fastify firebreak spark airflow snowflake bigquery
  dynamo dynamodb aurora etcd coredns calico cilium karpenter keda loki tempo jaeger zipkin vitess
  citus pgbouncer patroni graphql monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december utc gmt europe
  america asia africa australia london paris berlin dublin tokyo frankfurt oregon ohio sev incident
  postmortem retrospective timeline summary impact action actions root cause
`);

/** Determiners that open a noun phrase. */
export const DETERMINERS = words(`
  the a an our their his her this that these those my your its some any every each another one no all
  both whose
`);

/** Words that can sit inside a noun phrase before its head ("the on-call payments engineer"). */
export const NP_MODIFIERS = words(`
  junior senior new lead principal staff other same whole entire responsible offending overnight night
  weekend primary secondary original previous former external outside third-party incident duty
  payments platform data database network infra infrastructure security mobile web frontend backend
  api sre qa ops support release product growth billing search storage core edge on-call oncall
  integration competent experienced inexperienced tired busy single certain particular basic
  shift day evening morning late early
`);

/** Adverbs, auxiliaries and negations allowed between a subject and its verb. */
export const PREDICATE_SKIP = words(`
  had has have was were is are am did didn't didnt don't doesn't do does not never also then again
  just simply clearly obviously still already apparently accidentally mistakenly inadvertently
  probably unfortunately completely totally basically somehow even really actually initially later
  immediately quickly repeatedly once twice only allegedly reportedly seemingly literally honestly
  blindly carelessly recklessly wrongly squarely naturally evidently supposedly silently will would can could
  should may might must shall won't can't cannot
`);

/** Prepositions that attach a post-modifier to a noun ("the engineer on call", "anyone with access"). */
export const POSTMODIFIER_PREPOSITIONS = words('on from in at of with for to');

/** Subordinators and coordinators that start a new clause. */
export const CLAUSE_STARTERS = words(`
  because when after before since while although though if unless so but and or then until once
  whereas whether
`);

/** Relative pronouns whose antecedent is the noun right before them. */
export const RELATIVE_PRONOUNS = words('who that which');
