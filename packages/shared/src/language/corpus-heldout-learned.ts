import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out sentences for the learned layer of the review (issue #14, "The blame-aware review must
 * generalise"): new sentences for the five blame kinds (responsibility pinned on a person, judgements
 * of competence, failure at one's job or role, passive voice or a description of the person,
 * counterfactual trust or permission) and for blame in other structures (questions, chat style,
 * quotes, long sentences with the blame in a subordinate clause), with as many neutral look-alikes
 * (people doing things, stated factually; action items; systems as the subject of a failure).
 * Written fresh, not as paraphrases of other corpus lines, and committed before the learned
 * classifier existed. Never used for training, for choosing the threshold or for tuning any rule
 * (the training sentences are in corpus-dev-learned.ts). Edit only to fix a labelling mistake, never
 * to make the score go up. Not part of `CORPUS`, so the rule-only figures of the older splits keep
 * their meaning.
 */
export const HELDOUT_LEARNED: readonly CorpusItem[] = [
  // Blameful: responsibility pinned on a person, in new wording.
  b("If you ask me, the whole mess is Dmitri's responsibility."),
  b('Who signed off on this? Because whoever did owns the outage.'),
  b('Everything that went wrong on Tuesday traces back to Ngozi.'),
  b("Let's be honest, the payments outage sits squarely with the platform lead."),
  b("lol this one's on @marcus again"),
  b('Since Helga wrote the migration, the data loss is hers to answer for.'),
  b('Xiomara must answer for the six hours of downtime.'),
  b('It is the release manager who owes customers an explanation for the broken checkout.'),
  b('The fault, as far as I can tell, belongs to the contractor who set up the VPN.'),
  b('Arash caused this and he should own it.'),

  // Blameful: judgements of competence.
  b("Frankly, Ines isn't up to the task of running on-call."),
  b('Would a real engineer have pushed a migration with no rollback plan?'),
  b('Kenji has no business touching the network config.'),
  b("The guy on shift doesn't understand how replication works."),
  b('Even a first-year student would have spotted the missing index.'),
  b('honestly Rosa is way too junior for this and it showed'),
  b('Nobody with real experience would have trusted a single replica.'),
  b('It takes a special kind of ignorance to delete the only backup, and Lars managed it.'),
  b('Beatriz is hopeless with anything involving certificates.'),
  b('The contractor we hired plainly lacked the know-how to configure the firewall.'),
  b('An engineer worth their salary would have read the deprecation notice.'),

  // Blameful: failure at one's job or role.
  b('As incident commander, Yusuf completely failed to lead.'),
  b("The on-call person simply wasn't doing what they were paid to do."),
  b("Fernanda was supposed to watch the queue and didn't bother."),
  b('The reviewer rubber-stamped the pull request without reading it.'),
  b('We needed a communications lead that night and Oskar was nowhere to be found.'),
  b('Our DBA, who is meant to guard the backups, let them rot for months.'),
  b('Laila had one job during the failover and she blew it.'),
  b('The support engineer abandoned his post in the middle of the incident.'),
  b('When the pager went off, the secondary just sat there.'),
  b('Pavel shirked the handover and went home.'),

  // Blameful: passive voice, or blame through a description of the person.
  b('The firewall was left wide open by the person who configured it last.'),
  b('The outage can be traced to a sloppy edit made by Ewa.'),
  b("Customer data was exposed by the developer who disabled authentication 'for testing'."),
  b("The broken build was merged by someone who couldn't be bothered to wait for CI."),
  b('Those credentials were leaked by the intern who pasted them into a public gist.'),
  b("The entire cluster was brought down by Rafael's typo."),
  b('A production secret got committed to the repo by Soo-ah.'),
  b('The maintenance page was never put up, thanks to the on-call lead.'),
  b('The alerts were muted for a week by whoever got annoyed with them.'),
  b('The incident happened because of the engineer who ignores every checklist.'),
  b('The config got clobbered by the same guy who did it in March.'),

  // Blameful: counterfactual trust or permission.
  b('Why was Viktor ever given access to the payments database?'),
  b('Handing the migration to a brand-new hire was asking for trouble.'),
  b("Lena can't be trusted with production anymore."),
  b('The on-call rota should never have included someone as inexperienced as Ahmed.'),
  b('I told them not to let Dario near the deploy button, and here we are.'),
  b("Whoever approved Kiri's admin access made a serious error of judgement."),
  b('From now on Gideon should be kept away from the release process.'),
  b('Putting Maya on call alone in her first week was reckless of us.'),

  // Blameful: long sentences with the blame in a subordinate clause; quotes, chat and questions.
  b(
    'Although the alerting had been noisy for weeks and the runbook was out of date, the real reason the outage lasted three hours is that Tomasz ignored the page.',
  ),
  b(
    'We spent the first forty minutes chasing the load balancer, which would not have been necessary if Kaveh had bothered to mention the DNS change he made.',
  ),
  b(
    "After the cache warmed up and traffic recovered, it became clear that the root of it all was Anouk's refusal to follow the rollback procedure.",
  ),
  b('The timeline shows the database filling up over two days, during which the person assigned to the storage alerts did nothing at all.'),
  b('In the channel Rhys wrote "not my problem", which sums up his attitude to the pager.'),
  b("tbh if sven had read the runbook we'd have been done in ten minutes"),
  b('Why does Harriet keep breaking staging?'),
  b('Seriously, who lets a junior dev run DROP statements on a Friday?'),

  // Neutral: people doing things, stated factually, in the same structures.
  n('Dmitri is responsible for the migration plan and shared it on Monday.'),
  n('Who owns the payments service is listed in the service catalogue.'),
  n('Ngozi traced the errors back to an expired intermediate certificate.'),
  n('The platform lead scheduled the review of the payments outage for Thursday.'),
  n('lol the pager went off again at 3am, @marcus acked it in two minutes'),
  n('Helga wrote the migration and Jonas reviewed it; both followed the checklist.'),
  n('Xiomara answered customer questions on the status page for six hours.'),
  n('The release manager posted an explanation of the broken checkout to customers.'),
  n("The fault was in the VPN concentrator's firmware, according to the vendor."),
  n('Arash found the cause and rolled back within ten minutes.'),
  n('Ines is taking over on-call from next Monday.'),
  n('Would a second reviewer have helped here? We will try it for schema changes.'),
  n('Kenji updated the network config after the change advisory board approved it.'),
  n('The engineer on shift read the replication lag graph and promoted the replica at 02:14.'),
  n('The missing index was spotted during the load test the next morning.'),
  n('Rosa paired with a senior engineer for her first on-call week, as planned.'),
  n('The deploy tool had no way to tell a single replica from a healthy pair.'),
  n('Lars restored the only backup onto a scratch host to check it was readable.'),
  n("Certificate renewal is now automated, so it no longer depends on anyone's memory."),
  n("The firewall vendor's documentation did not mention the default-allow rule."),
  n('The deprecation notice was sent to a mailing list that the team had left.'),
  n('As incident commander, Yusuf opened the bridge and assigned roles within five minutes.'),
  n('The on-call person was paged at 01:10 and acknowledged at 01:12.'),
  n('Fernanda watched the queue depth during the failover and reported it every ten minutes.'),
  n('The reviewer approved the pull request after the tests passed.'),
  n('Oskar took the communications lead role and posted updates every half hour.'),
  n('Our DBA restores one backup every month to prove they work.'),
  n('Laila ran the failover script and confirmed the new primary was healthy.'),
  n('The support engineer handed over to the night shift at 22:00.'),
  n('When the pager went off, the secondary joined the call and took notes.'),
  n('Pavel wrote up the handover notes before going home.'),

  // Neutral: systems as the subject or agent of a failure, in the passive voice too.
  n('The firewall was left open by a default in the Terraform module.'),
  n('The outage can be traced to an edit in the shared config template.'),
  n('Customer data was exposed by a caching layer that ignored the authorization header.'),
  n('The broken build was merged by the merge queue after a flaky test passed on retry.'),
  n('Those credentials were rotated by Soo-ah within an hour of the report.'),
  n('The entire cluster was brought down by a kernel bug in the new node image.'),
  n('The maintenance page was put up by the on-call lead at 09:30.'),
  n('The alerts were muted by a silence that had no expiry date.'),
  n('The incident happened because the checklist did not cover the new region.'),
  n('The retry storm, which started when the cache node restarted, overwhelmed the database.'),
  n('The job that prunes old snapshots deleted the newest one because of a sort-order bug.'),
  n('Why does staging keep breaking after every schema change?'),
  n('Why was the payments database reachable from the build network? That is what we want to understand.'),

  // Neutral: action items, permissions as process, and long sentences without blame.
  n('Handing migrations to the new pipeline cut deploy time in half.'),
  n('Action item: Lena will add a confirmation prompt to the production console.'),
  n('Follow-up for Gideon: document the release process in the runbook by the 15th.'),
  n('Maya shadowed the on-call engineer for two weeks before joining the rota.'),
  n('Going forward, the deploy button will require two approvals.'),
  n('Kiri asked for admin access through the usual request form, and it was granted the same day.'),
  n('Who should be paged for the billing queue is now configured in the on-call tool.'),
  n('Harriet will own the follow-up to add a canary stage for staging deploys.'),
  n('Although the alerting had been noisy for weeks, Tomasz acknowledged the page within a minute and started the rollback.'),
  n('We spent the first forty minutes chasing the load balancer because the DNS change was not in the change log.'),
  n('After the cache warmed up and traffic recovered, Anouk confirmed the rollback procedure had worked as written.'),
  n('In the channel Rhys wrote "looking at it now" and shared the first graph at 03:05.'),
  n('tbh the runbook was out of date so sven had to work it out from the source'),
  n('ok so the disk filled at 02:40, @priya expanded the volume, and writes resumed at 02:52'),
];
