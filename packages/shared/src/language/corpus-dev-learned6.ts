import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Sixth dev split for the learned layer (issue #14, round 6): written after split 6's first
 * evaluation, from its error counts per kind only (its sentences' verdicts were never printed). Trains
 * the layer and tunes the rules. Aimed at the kinds whose counts were worst: blame quoted or reported
 * and then rejected, sympathetic statements, "just / simply / obviously" about the fix or a system
 * (look-alikes the rules or the layer flagged), and blameful sentences in shapes the earlier splits
 * have few of (an outcome pinned on a person with "on", "down to", "thanks to"; failure at a role told
 * plainly; trust and permission counterfactuals as questions and regrets; culprits named in chat;
 * human error with a person; minimizing aimed at a person). Each block is followed by look-alikes
 * with the same names and structures.
 */
export const DEV_LEARNED6: readonly CorpusItem[] = [
  // Blame quoted or reported, then rejected or reframed (look-alikes)
  n('In the channel someone wrote "Milos broke it again"; we asked instead what let the change through.'),
  n("The first version of this review said the outage was Renata's fault; we removed that line because it explains nothing."),
  n('It would be easy to say Haruto made a mistake, but the tool gave him no warning.'),
  n('A few people called it operator error at first; the timeline shows the console accepted a bad value.'),
  n('We are not asking who pushed the button; we are asking why one button could do this.'),
  n('Blaming Anahera would miss the point: the deploy script had no guard at all.'),
  n('The question "whose fault was it?" came up on the call, and we agreed it is the wrong question.'),
  n('Labelling this as human error would hide the missing confirmation step.'),
  n('Early messages pointed at Dawit; the review found the alert was routed to an empty queue.'),
  n('Nobody here is looking for a culprit, and Keanu did what any of us would have done.'),
  n('Some replies said "Precious should have known better"; that is hindsight, and the docs said otherwise.'),
  n('Instead of asking why Goran ran the script, we ask why the script could run against production.'),
  n('The draft blamed the on-call engineer; the final version describes the paging gap instead.'),
  n('Saying Farida was careless tells us nothing about how to stop it happening again.'),
  n('The chat log has "who did this??" at 14:02, which is worth noting as a sign of how stressful it was.'),
  n('It is tempting to write that Bongani forgot, but forgetting is what checklists exist for.'),
  n('We deliberately avoid naming who typed the command, because the command should not have been possible.'),
  n('The ticket title was "Ilse broke billing"; we renamed it to describe the failed migration.'),
  n('Calling this a rookie mistake would be unfair and unhelpful; the form had no validation.'),
  n('Rather than pinning it on Tariq, the review looks at why the runbook was out of date.'),
  // Sympathetic statements (look-alikes)
  n('Leota did well to keep the bridge calm while three systems were failing at once.'),
  n("Anyone in Miguel's seat that night would have made the same call with the same dashboards."),
  n('Ngaio was doing three jobs at once because the rota had a gap, which is on us as an org.'),
  n('Nobody blames Svetlana; she escalated as soon as the graphs made sense.'),
  n('Chidi had been awake for twenty hours, and the page came with no context at all.'),
  n('Thanks to Ayaan, we had the timeline written up before the review started.'),
  n('Thanks to quick work by Marisol, the rollback finished in four minutes.'),
  n('Hats off to the on-call engineer, who kept the status page updated the whole time.'),
  n('It makes sense that Pita trusted the green dashboard; it had always been right before.'),
  n('Given what Keiko could see at 03:00, restarting the service was the reasonable thing to do.'),
  n('Yerlan could not have known the replica was lagging; the metric was not exposed.'),
  n('The responder was new to the team and did everything the onboarding doc said.'),
  n('Big thanks to Olumide for staying late to verify the restore.'),
  n('Honestly the on-call did a great job given how noisy the alerts were.'),
  // "Just / simply" about the fix or a system (look-alikes; "obviously / clearly / of course" about a
  // system is minimizing by the rules' design, so it is not written here as a look-alike)
  n('The remedy was simply a longer timeout on the health probe.'),
  n('All we need is to add a lock around the cron job.'),
  n('It was just a stale cache entry in the end.'),
  n('The fix is simply to pin the library version.'),
  n('We simply ran out of file descriptors on the proxy.'),
  n('The patch just adds a null check before the parse.'),
  n('The outage was just forty seconds long, but it hit the payment window.'),
  n('Simply raising the memory limit would only delay the leak.'),
  n('Restarting the worker just moved the problem to the next node.'),
  // Outcome pinned on a person (blameful)
  b('The lost orders are on Ignatius and nobody else.'),
  b('Let us be honest, the whole mess comes down to Faisal.'),
  b('Thanks to Henrike and her shortcut, we were down for two hours.'),
  b('That breach sits with Obinna, he handed out the keys.'),
  b('This failure belongs to Rosalind, she signed off on it.'),
  b("Whose outage was it? Valentina's, and everybody on the call knows it."),
  b("The responsibility for the corrupted backups is Tevita's alone."),
  b('Put this one down to Anders being careless again.'),
  // Failure at one's job or role, plainly (blameful)
  b("The one thing the incident lead had to do was keep people informed, and he didn't."),
  b('Paora was the approver and approved it without reading a line.'),
  b("Our on-call this week basically wasn't there."),
  b('Ximena is meant to own the release checklist and she never looks at it.'),
  b('As shift lead, Björn should be embarrassed by how that night went.'),
  b('The reviewer waved a 900-line diff through in five minutes.'),
  b('Nomvula never does the handover notes, and this is what happens.'),
  b("Being on call means answering pages, which Ciarán clearly doesn't get."),
  // Failure at role look-alikes
  n('The one thing the probe had to do was report readiness, and it reported too early.'),
  n('Paora was the approver and asked for a rollback plan before approving.'),
  n('Ximena is meant to own the release checklist from next quarter, per the new rota.'),
  n('As shift lead, Björn passed the incident over to the day crew at 08:00.'),
  n('The reviewer asked for the diff to be split because it was 900 lines long.'),
  // Trust and permission counterfactuals (blameful)
  b('How on earth did Benedikt end up with write access to the ledger?'),
  b('Who thought it was a good idea to let Ulla run migrations on her own?'),
  b('Trusting Santiago with the failover was our first mistake.'),
  b('I regret ever giving Wiremu admin rights.'),
  b('Nasrin had no business being anywhere near the production database.'),
  b('Never again will we let Horatio touch the DNS.'),
  b('Marek is not someone who should be holding the pager.'),
  // Trust look-alikes
  n('How did the batch job end up with write access to the ledger? We are auditing service accounts.'),
  n('Benedikt requested write access to the ledger through the normal approval flow.'),
  n('Ulla will run the migration with a second person watching, as the new process requires.'),
  n('Wiremu was given admin rights for the duration of the incident and they were revoked afterwards.'),
  n('We trusted the replica lag metric, which turned out to be sampled once a minute.'),
  // Culprits named in chat (blameful)
  b('who deployed on a friday lmao, oh wait it was Dong-hyun'),
  b('pretty sure this is Ifeanyi again tbh'),
  b('Surprise surprise, Lorcan strikes again.'),
  b('Great job Ottilie, you took down the whole region.'),
  b('Guess who forgot the feature flag? Our very own Radek.'),
  b('Well done Teuila, another Friday ruined.'),
  // Chat look-alikes
  n('who is deploying the fix? oh wait it was Dong-hyun, thanks'),
  n('pretty sure this is the same bug as last month tbh'),
  n('Great job Ottilie, the rollback worked on the first try.'),
  n('Guess what the feature flag defaulted to? On, for everyone.'),
  // Human error with a person (blameful)
  b('Bottom line: Jelena slipped up when she pasted the wrong token.'),
  b('It comes down to a simple mistake by Kamau during the cutover.'),
  b('Aleksi hit the wrong environment, classic human error.'),
  b("The cause was plain inattention on Mahnaz's side."),
  b('Sione misread the dashboard and made the wrong call.'),
  // Human error look-alikes
  n('Jelena pasted the token into the vault, as the runbook says.'),
  n('The console makes it easy to pick the wrong environment, so we are adding a colour banner.'),
  n('Sione read the dashboard, which showed stale data from the cached panel.'),
  // Hindsight with a person (blameful)
  b("Hadn't Ingrid seen the warning the day before? She should have said something."),
  b('Quentin really needed to check the replica before promoting it.'),
  b('A bit of care from Lwazi would have saved us the whole weekend.'),
  b('If Amaru had bothered to ask, we would not be writing this.'),
  // Hindsight look-alikes
  n('The replica check needed to run before promotion, so it is now part of the script.'),
  n('If Amaru had not asked in the channel, we would have found out much later.'),
  // Minimizing aimed at a person (blameful)
  b('Seriously, Zubair only had to read one line of the error.'),
  b('It is not hard, Ilona, you just look at the dashboard before you deploy.'),
  b("Any of us could have done it in a minute, Ethelbert simply didn't."),
  b('Obviously Jacinta never opened the runbook.'),
  b('Clearly Mbali had no idea what the flag did.'),
];
