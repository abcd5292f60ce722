import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 40A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a São Paulo payments company
 * whose Pix settlement job double-posted credits for two hours on a Friday evening; Brazilian (Portuguese and
 * Japanese-Brazilian) staff writing in second-language English in Slack threads, a post-incident review, a note
 * to the central bank liaison and messages from the head of operations.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Honestly the two hours of duplicated Pix credits are on Rafael Oliveira, nobody else touched the settlement job that week.'),
      b(
        "From the note to the liaison: the R$ 3,1 million in duplicated credits is attributable to Juliana Costa's manual re-run of the liquidação batch.",
      ),
      b('Thiago owns this one, the double credit happened because of his deploy, period.'),
      b('For the board, put it plainly: Camila Yamamoto is the reason we paid the same customers twice on Friday.'),
      b('Bruno, the estorno of 41 thousand transactions we are doing this weekend is your fault, and I want you in the call tomorrow 8h.'),
      b('Whole mess traces back to Letícia Sato and her change in the idempotency key format.'),
      b('Gustavo Tanaka should carry this incident in his performance review, the double-posting is his and only his.'),
      b('If BACEN asks who is responsible for the duplicated liquidação, the answer is Fernanda Ribeiro, not the platform.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Marcelo Hayashi is not senior enough to touch the SPI settlement code, and Friday proved it.'),
      b('Sorry but the guy from the night plantão does not understand how Pix idempotency works, tipo, at all.'),
      b('Priscila is a good frontend dev but honestly she has zero feeling for payments code, you can see it in every PR she opens.'),
      b('The contractor squad from Campinas is too junior for a job that moves real money, simple as that.'),
      b('Renato Kobayashi lacks the experience to run a conciliação by hand under pressure; this is the real finding of the review.'),
      b("Aline's SQL is not at the level we need for someone touching the ledger tables."),
      b('Diego Watanabe codes like an intern, and the Friday release looked exactly like intern work.'),
      b('In my opinion the head of SRE is not fit to lead an incident of this size, he was lost during the whole two hours.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Natália was on plantão Friday and failed at her one duty, which was to acknowledge the page; it stayed open 38 minutes.'),
      b(
        'Eduardo Suzuki was the assigned reviewer of PR 4812 and never really reviewed it, he approved a settlement retry change in two minutes.',
      ),
      b('Vanessa, as release manager it was your job to block deploys after 17h on Friday, and you let this one pass.'),
      b(
        'The reconciliation team skipped the 19h conciliação check that their own runbook requires; that is a failure of the team, not of the tools.',
      ),
      b(
        'Felipe Ito neglected his responsibility as job owner: the settlement alerts were going to a channel that nobody of his squad watched.',
      ),
      b('The DBA on duty was supposed to freeze the ledger writes when the SEV1 opened, and he did not.'),
      b('Larissa did not follow the change-management process that she herself is accountable for.'),
      b('Our incident commander abandoned the war room at 20h to go to a dinner while credits were still being double-posted.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The idempotency check was removed by Rodrigo Matsumoto in the Friday deploy, without any discussion.'),
      b('The safety flag for duplicate E2E ids was switched off by someone on the payments squad and never switched back.'),
      b('The settlement job was carelessly re-triggered by hand at 18h52, and that is why every credit went out twice.'),
      b('Mistakes were made in the release approval, and the warnings in the PR were ignored.'),
      b('The duplicate-credit alert was acknowledged and then irresponsibly silenced at 18h47, and nobody in the war room was told.'),
      b('The rollback was delayed by Beatriz Lima for almost 40 minutes because she wanted to "investigate more".'),
      b(
        'Per the audit trail, the production config was edited directly, by a human, on a Friday, after the freeze — and that is how we got here.',
      ),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved a deploy to the liquidação service at 17h40 on a Friday needs to explain themselves.'),
      b('The new guy from the Rio office who ran the backfill script is the reason we paid 19 thousand customers twice.'),
      b('It was the same person who broke the DICT sync in March, again without testing the retry path.'),
      b('The one who copied the production credentials to his local .env is who started the second instance of the job.'),
      b('Some engineer who thinks payments are like a to-do app decided that retries without idempotency were fine.'),
      b('The analyst who silenced the conciliação alert because it was "always noisy" owes us an explanation.'),
      b('Anyone who pushes to the settlement repo without running the duplicate test suite is the problem here.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Leonardo should never have had write access to the SPI settlement schedule in the first place.'),
      b('Kaique, with three months in the company, should not have been trusted with the plantão alone on a Friday night of Pix peak.'),
      b('Tatiane Rocha was not someone we could trust with production deploys, and everyone in the squad knew it.'),
      b('If André had not been given the admin role on the Kafka cluster, the offsets would never have been reset.'),
      b('Honestly the engineer from the core banking vendor should not have been let near our ledger database.'),
      b('Patrícia Gomes should have lost her approval rights after the March incident; instead she approved this one too.'),
      b('I would not let Fábio near the settlement cron even on a quiet Tuesday, imagine on a Friday evening.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Ok, found it: the culprit is Mariana Teixeira, her commit of 17h12 is the one.'),
      b('We need to find out who pushed the retry config and have a serious conversation with this person.'),
      b('It was Caio. Caio ran the job twice.'),
      b('For the record, the person at fault for Friday is Débora from treasury ops.'),
      b('The head of ops asked me for a name, so here it is: Henrique Okada, he started the second instance of the job.'),
      b('Can someone tell me which one of the backend guys did this, I want the name in the report to BACEN.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the manual restart of the settlement job.'),
      b('The double credits were a simple operator error, the system worked as designed.'),
      b('Causa raiz, as we will inform the central bank: mistake of an employee when executing the reprocessing procedure.'),
      b('In the end it was a human mistake, Simone typed the wrong batch date and the job posted the 17h window again.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Vinícius should have known that a timeout from the SPI does not mean the payment failed.'),
      b(
        'Jéssica should have seen from the first duplicated pacs.008 at 18h41 that the job was replaying, it was right there on her screen.',
      ),
      b(
        'In hindsight, the payments lead ought to have noticed the retry count jumping on the Grafana board long before the client complained.',
      ),
      b('Lucas had all the information at 18h50; he should have paused the settlement right there instead of waiting for Daniel.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Roberta just had to check the E2E id before re-running, one query, and she did not.'),
      b('All Gabriela needed to do was simply read the runbook page, which is like ten lines.'),
      b('He only needed to just press pause on the scheduler, it is literally one button kkkk.'),
      b('Was it so hard for the reviewer to simply open the diff and see the idempotency check deleted?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Hugo obviously did not test the retry path before the deploy.'),
      b('Clearly Carolina never read the SPI manual about timeouts, otherwise this would not happen.'),
      b('The night analyst was obviously not paying attention to the conciliação dashboard for the whole two hours.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The settlement job should have rejected any pacs.008 with an E2E id already in the ledger.'),
      n('A deploy freeze after 17h on Fridays should have been enforced by the pipeline, not by a wiki page.'),
      n('Our reconciliation check could have caught the duplicates in minutes if it ran every 5 minutes instead of once per day.'),
      n('Ideally the duplicated-credit alert would have paged the whole payments squad, not only posted in a Slack channel.'),
      n('The retry library should have treated the SPI timeout as "unknown status" and queried before retrying.'),
      n('PR template should have forced an idempotency checkbox for any change in the liquidação module.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Márcio Sakamoto to add a unique constraint on (e2e_id, credit_date) in the ledger, due 15/03.'),
      n('Action item — Elaine Freitas will write the new runbook for manual re-run of the settlement job, with a dry-run step.'),
      n('Owner: Kenji Morimoto. Task: change the retry policy to query SPI status before any re-send. Prazo: two sprints.'),
      n('Sérgio owns the follow-up with the BACEN liaison and will send the final report by Wednesday.'),
      n('Yumi and the SRE squad will implement the Friday 17h deploy freeze in the pipeline until end of month.'),
      n('Next step, owner Paulo Batista: hourly reconciliation between ledger and conta PI balance, paging on any difference.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Who was the incident commander? Akira Nishimura, from 19h05 until the close at 21h10.'),
      n('Cláudia was the communications lead and sent updates to the customer support team every 20 minutes.'),
      n('The on-call SRE that night was Mateus Hirata; the payments on-call was Renata Campos.'),
      n('Scribe for the war room: Otávio Uehara, who kept the timeline in the incident doc.'),
      n('The treasury analyst handled the contact with the SPI operator while the engineers looked at the job.'),
      n('Luana, as head of operations, approved the reversal plan at 20h35 after the rollback was confirmed.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Wagner was on his fourth plantão in two weeks and very tired, and we need to look at how the rota is distributed.'),
      n('Thank you everyone who stayed until late on a Friday, I know many of you cancelled plans with family.'),
      n('Sabrina felt terrible on Saturday morning, and I want to be very explicit that she has all our support.'),
      n('The support team took more than 600 angry calls that night, that is a heavy load for anyone.'),
      n('Rogério worked with a lot of care during the reversal, checking each batch twice before confirming.'),
      n('It is normal to feel stressed after an incident with real money involved, please talk with your lead if you need some days off.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log at 18:41:07: "SettlementJob retry 2/5 for batch 20240308-1830, e2e_id E1234567820240308213000abc already POSTED".'),
      n('PagerDuty: "SEV2 – pix-settlement duplicate_credit_ratio > 0.5% – acknowledged by talita.moura".'),
      n('The deploy bot posted in #pix-releases: "igor.hamada deployed settlement-svc v2.31.0 to prod (17:48 BRT)".'),
      n('Error from the SPI gateway, copied from the dashboard: "Liquidação interrompida por timeout no PSP recebedor".'),
      n('Grafana annotation at 18:52: "manual trigger: settlement-job by viviane.correia".'),
      n('The reconciliation report said: "DIVERGÊNCIA: 19.482 créditos com e2e_id duplicado, valor total R$ 3.104.226,50".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved PR 4812 without checking the retry path, and from now on I will pair with the payments squad on every liquidação review.',
      ),
      n(
        'We decided to keep the settlement job running for the first 30 minutes because we thought the duplicates were a dashboard bug; that was our call and it was wrong.',
      ),
      n('My mistake was re-running the batch without first confirming in the SPI the status of the first run.'),
      n('As head of operations I signed off the Friday release window, so the decision to deploy at 17h48 is mine.'),
      n('I silenced the alert at 18h47 thinking it was the usual noise, I own that.'),
      n('We in the platform team never put an idempotency test in the pipeline, and this is on us.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people in the thread are saying Júlio is incompetent; that is not true and it is not how we do reviews here.'),
      n('This review is not about who pushed the button, it is about why one button could double the credits.'),
      n('I do not accept "human error" as root cause in this document, the job let a second run post the same E2E ids.'),
      n('Nobody is being fired or punished because of Friday, and the report to the Banco Central will not name any person.'),
      n('It is tempting to say the on-call should have noticed earlier, but the dashboard showed no duplicate metric at all.'),
      n('Flávia asked if this was her fault; no, the retry path had no idempotency check long before she joined the team.'),
      n('Please stop calling it "the Alexandre incident" in Slack, he followed the runbook exactly as written.'),
      n('Blaming the reviewer would be easy and useless, because a 400-line diff with no test for retries is hard for anyone to review.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each credit was posted twice because the retry was triggered by the scheduler after the SPI timeout.'),
      n('The idempotency cache was evicted by Redis under memory pressure at 18h39, so the second run found no keys.'),
      n('The duplicate alert was suppressed by the maintenance window that was still active from the afternoon deploy.'),
      n('18:40 — first duplicated credit posted by settlement-worker-2 after the SPI timeout on batch 1830.'),
      n("The conta PI was debited twice; the second debit was generated automatically by the job's retry loop."),
      n('The rollback was slowed down by a migration lock that the ledger service holds during end-of-day processing.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 18h52 Bianca Vieira re-triggered the settlement job, because the scheduler showed the 18h30 run as failed.'),
      n('Ricardo paused the Kafka consumer at 20h31 after seeing the duplicate count in the reconciliation query.'),
      n('Tiago Arakaki merged the retry change on Friday afternoon, following the normal two-approval flow, with CI green.'),
      n('Érica called the SPI operator help desk at 19h20 to confirm which messages had already been settled.'),
      n('Hideo wrote the SQL that listed all duplicated E2E ids, and treasury used it to start the reversals.'),
      n('Giovana Prado sent the preliminary note to the central bank liaison on Saturday 10h, as the regulation asks.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The retry library was never fit for a payment flow: it treats an ambiguous SPI response as a plain failure.'),
      n('The settlement job failed at its one job, which is posting each credit exactly once.'),
      n('We trusted the scheduler lock too much; it was never designed to guarantee a single run across two pods.'),
      n("The vendor's reconciliation module is careless with time zones and mixed the 17h and 18h windows."),
      n('Responsibility for deduplication was split between three services, and in practice none of them enforced it.'),
      n('The monitoring stack was negligent here: it measured the volume of credits but never the duplicates.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a unique index on e2e_id in the credits table, the rest is cleanup.'),
      n('Look at the graph from 18h40, the credit volume is obviously double the debit volume.'),
      n('It was just a two-line change in the retry config, which is why the review looked small.'),
      n('Clearly the logs show two pods running the job at the same time after the autoscaler event.'),
      n('Rollback is simple: revert to v2.30.4 and the old idempotency check comes back.'),
      n('The evidence is plain and simple, every duplicated credit has the same E2E id and a different internal id.'),
    ],
  ],
];

export const DEV_LEARNED40A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED40A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
