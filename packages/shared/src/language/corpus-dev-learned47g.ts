import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47G of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an Accra fintech whose
 * mobile-money remittance corridor to Lagos failed silently for a weekend, leaving families unpaid;
 * Akan, Ewe, Ga and Hausa names and remittance jargon, in the chat, notes, e-mails, letters and
 * reviews of a Ghanaian tech team.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Boss, this weekend's corridor outage is squarely on Kwabena Mensah, full stop."),
      b('Frankly, the two days of unpaid Lagos transfers are attributable to Yaw Boateng and nobody else.'),
      b('Every family in Ikeja and Surulere that waited without their money, that one is on Selasi.'),
      b('The compliance review concluded that responsibility for the GHS 2.3m in stuck remittances rests with Nii Okai.'),
      b('Abena owns this outage — she switched the partner-bank callback URL on Friday evening and the weekend is hers to answer for.'),
      b('If you ask me, Auntie Efua, the reversal backlog belongs to Mawuli and he must account for it.'),
      b("Let the minutes record that the silent failure of the Accra–Lagos corridor is Ibrahim Fuseini's doing."),
      b("We lost the Lagos partner bank's confidence because of Dzifa, and the board letter should say so."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Honestly, Kojo is not senior enough to be touching FX rate configs on a Friday.'),
      b("Naa Ayeley doesn't understand how callbacks work, and it showed this weekend."),
      b('Chale, Edem is out of his depth with anything beyond the USSD menu.'),
      b('With all due respect, Nii Lante lacks the experience to handle a partner-bank integration of this size.'),
      b('Ei, this Sena cannot even read a settlement report, how will she manage reconciliation?'),
      b('Mr. Alhassan is not fit to lead the on-call rota for the Lagos corridor.'),
      b('Between us, Kafui is a weak engineer and the retry logic he wrote proves it.'),
      b("Adjoa's grasp of payment messages is shaky at best, and I doubt she is ready for remittance work at all."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kwaku was the on-call engineer on Saturday and never acknowledged a single page.'),
      b("It was Enyonam's job to watch the settlement dashboard, and she didn't do it."),
      b('The weekend duty manager, Nii Tackie, failed to escalate the unmatched callbacks as the runbook requires.'),
      b('Zainab skipped the Friday reconciliation she was rostered for, so the gap went unseen.'),
      b('As compliance officer, Hajia Rabi was supposed to clear the holds by 6pm, and she neglected it.'),
      b("Our ops lead didn't do his one job: confirm that the partner bank's callbacks were landing."),
      b('Delali was assigned the certificate renewal ticket three weeks ago and left it sitting untouched.'),
      b('Per the rota, Kweku Ansah owned Saturday monitoring, yet he switched off his phone at noon without handing over.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The FX rate table was overwritten by Mustapha at 17:40 on Friday, and that is what broke the corridor.'),
      b('Mistakes were made in how the callback endpoint was configured, and they were made carelessly.'),
      b("The partner bank's warning e-mail was ignored for two full days."),
      b('The reversal script was run against production without sign-off, against every rule we have.'),
      b('Alerts from the Lagos settlement queue were silenced on Thursday night by the person on duty, which is why we were blind.'),
      b('The compliance holds were carelessly left on over the weekend, and families in Lagos paid for it.'),
      b('Our escalation e-mails were never read by Senyo, and that is how Saturday was lost.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed the config change at 5pm on a Friday should explain himself to the families.'),
      b('The new hire who turned off the callback retries is the reason this happened.'),
      b("The guy who approved the FX override without checking it — that's where the fault sits."),
      b('Anyone who deploys to the remittance switch on a Friday evening is asking for exactly this, and they should answer for it.'),
      b('The one on the weekend desk who saw the red dashboard and went back to sleep failed all of us.'),
      b('Our so-called payments expert from the Lagos office broke the corridor and walked away.'),
      b("It's the intern who copied the staging credentials into production who caused this whole wahala."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kofi should never have been given write access to the FX rate service.'),
      b('If Elikem had not been let near production, the corridor would still be running.'),
      b('Nobody should have allowed Yayra to approve her own change to the callback handler.'),
      b("Worlanyo should never have been put on call alone for our biggest corridor; he wasn't someone we could rely on."),
      b('Ashong had no business holding the partner-bank API keys, and they should have been taken from him months ago.'),
      b('Management should not have trusted Salamatu with the compliance-hold override after the March incident.'),
      b("Had Issah's production access been revoked when he moved to the card team, none of this would have happened."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Lamptey. It was Lamptey.'),
      b("I think Aminu is the one at fault here, and I'll say it in the review."),
      b('The culprit is Naa Korkoi: she flipped the routing flag.'),
      b("Let's be honest about who broke it — Tetteh."),
      b('Find out which engineer merged that PR and bring him to my office on Monday morning.'),
      b('Everybody in the WhatsApp group knows it was Quaye who killed the Lagos corridor.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the Friday partner-bank certificate rotation.'),
      b('This was operator error, plain and simple, not a platform fault.'),
      b('The incident was caused by a mistake Afua made when she keyed in the new FX margin.'),
      b('Primary cause, per the draft report to the regulator: a manual error by the settlement operator.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Looking back, Nana Yaa should have known that a 200 from the partner bank doesn't mean the money has landed."),
      b('Sadia should have spotted on Saturday morning that the callback count was zero — it is right there in the screenshot she posted.'),
      b('With hindsight, Yakubu ought to have rung the Lagos partner the moment the first complaint came in.'),
      b('Knowing what we know now, Mr. Odartey should have paused the corridor instead of waiting for Monday.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Kojo had to do was just check the callback dashboard once on Saturday.'),
      b("Naa Dedei simply had to press 'pause corridor', and she didn't."),
      b('Boss, it would have taken her two minutes to just call the partner bank.'),
      b("Why couldn't the on-call person simply read the alert before snoozing it?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Clearly Mawuli didn't read the partner bank's deprecation notice."),
      b('Obviously nobody on the weekend shift bothered to look at the reversal queue.'),
      b('Ibrahim obviously should have seen that the FX rate was off by a factor of ten.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The callback listener should have raised an alert after thirty minutes without a single confirmation from the partner bank.'),
      n('Our reconciliation job could have caught the mismatch on Friday night if it compared sent against settled.'),
      n('The corridor health check would have failed loudly had it tested a real end-to-end transfer instead of a ping.'),
      n('The compliance-hold queue should have had an upper limit that pages the duty desk once it passes 500 transfers.'),
      n("A dead-man's switch on the Lagos settlement feed should have flagged the silence within the hour."),
      n('Honestly, the deploy pipeline should have refused a Friday-evening change to the FX service without a second approval.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Selasi Agbeko to add a synthetic GHS→NGN transfer every 15 minutes, due 14 June.'),
      n('Owner: Nii Armah — build a zero-callbacks alert for each partner bank by next sprint.'),
      n('Abdul-Rahman will draft the customer apology letter and the reversal FAQ by Wednesday.'),
      n("Action: Esi to agree a weekend escalation contact with the Lagos partner bank's ops team."),
      n('Kwabena Mensah takes ownership of the compliance-hold runbook rewrite, target end of month.'),
      n('Follow-up (owner: Naa Ayeley): add a dashboard tile showing pending reversals older than two hours.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander for the Sunday recovery was Gifty Asamoah; Elorm handled comms with the partner bank.'),
      n('The on-call engineer that weekend was Kwesi, with Naa Adjeley as secondary.'),
      n('Our head of compliance joined the bridge at 09:10 on Monday and took the decision on releasing the holds.'),
      n('Scribe: Fatima Sulemana. Liaison with the central bank: the CFO.'),
      n('During the response, Nii Ayi ran the reversal batches while Yaw Darko kept customer care updated.'),
      n("The partner bank's duty officer in Lagos, Mallam Bashir, confirmed receipt of our escalation at 11:45."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Dzifa was on her third straight weekend on call, and she was exhausted long before Saturday.'),
      n('Please, give Kweku some space; he has been taking calls from crying mothers in Surulere since Monday.'),
      n('The customer care team took a real beating this weekend and carried it with grace.'),
      n('Auntie Akosua stayed on the phone till 2am making sure each reversal went through, God bless her.'),
      n('Everyone on the ops desk has been stretched thin since the Nairobi launch, and this landed on top of that.'),
      n('Senyo has been ringing families himself since Monday to explain the delays; please check that he is eating and sleeping.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The partner gateway log read: "2024-06-08T02:14:07Z WARN callback rejected: signature mismatch (partner=LGS-02)".'),
      n('Grafana alert text: "CorridorGHNG SettlementLag > 3600s — state: NoData".'),
      n('Audit trail entry: "config.update fx_margin=0.35 actor=kowusu source=admin-console".'),
      n('Error returned on every reversal attempt: "ERR_4093 Compliance hold active — manual release required".'),
      n(
        'From the partner bank\'s status e-mail: "Scheduled certificate rotation on api.partner-ng completed 18:00 WAT; clients must install the new chain."',
      ),
      n('Slack bot, Saturday 07:02: [remit-monitor] 0 callbacks received from LagosPartnerBank in last 6h (threshold 1).'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the FX service deploy on Friday without checking the callback path, and I own that.'),
      n('We turned off the noisy settlement alert in April and never replaced it; that was our call, and it was wrong.'),
      n('My mistake was assuming the partner bank would e-mail us about the certificate change.'),
      n("As head of engineering, I set a rota that left one person covering two corridors, and I'll fix it."),
      n("We should have tested the weekend batch path before launch — that's on us as a team."),
      n("I missed the partner's Friday e-mail because I was in Kumasi, and I'm sorry to every family that waited."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people have been saying this is Kafui's fault; it isn't, and this review won't pretend it is."),
      n("Calling this 'human error' would be lazy; the system let a single config change stop every callback."),
      n('This is not about finding a culprit, Boss — the question is why nothing alerted for 40 hours.'),
      n("We are not going to say Nii Lante 'should have known'; nobody could have known from what the dashboard showed."),
      n('The board letter will not name an engineer, because no single person caused this outage.'),
      n("I've heard 'incompetent' thrown around in the WhatsApp group about the ops desk, and I reject it completely."),
      n("Rather than asking who was careless, let's ask why a Friday deploy could silence the whole corridor."),
      n("It's tempting to pin the weekend on the on-call person, but the pager was routed to a decommissioned number by a stale config."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Callbacks from the Lagos partner were silently dropped by the API gateway after the TLS certificate expired.'),
      n('Roughly 4,100 transfers were held by the sanctions-screening engine because of a stale name list.'),
      n("The FX rate was cached for 72 hours by the pricing service, so Saturday's quotes used Thursday's rate."),
      n('Reversals were queued but never executed, because the scheduler had been paused by the weekend maintenance window.'),
      n("Every Nigerian recipient's status was marked PENDING by the reconciliation job, which cannot tell a timeout from a delay."),
      n('The alert was suppressed by a deduplication rule that treated each silent hour as the same incident.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("At 17:38 on Friday, Kwame Ofori rotated the partner-bank certificate, following the steps in the vendor's e-mail."),
      n('Ewurabena paused the corridor at 08:15 on Monday, once the partner confirmed nothing had settled.'),
      n('Sani Mohammed restarted the callback listener because the runbook lists that as the first step for stuck transfers.'),
      n('Because the dashboard showed green, Edinam treated the queue as healthy and carried on with the card-payments ticket.'),
      n('Naa Shika phoned the Lagos partner hotline on Sunday afternoon and logged the call reference in the incident doc.'),
      n('Haruna approved the FX margin change on Friday after it passed the usual two-reviewer check.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The callback handler failed at its one job: telling us when money had actually landed.'),
      n("The partner bank's 200 OK response was never trustworthy as proof of settlement."),
      n('Frankly, our monitoring is not competent to watch a corridor that settles in batches.'),
      n('The reconciliation service was careless with timeouts, counting them as successes.'),
      n(
        'The sanctions-screening engine is responsible for releasing cleared transfers, and since the migration it has quietly failed at that duty.',
      ),
      n('The old USSD switch was reliable; the new corridor service has not yet earned that kind of trust.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to renew the certificate and replay the callbacks — about ten minutes of work.'),
      n('Obviously the graph tells the story: callbacks drop to zero at 17:41 on Friday and stay there.'),
      n("It's just a two-line change to the alert threshold, Boss; we can ship it today."),
      n('Clearly the timeout-as-success mapping is the mechanism, since every stuck transfer passed through it.'),
      n("Just replaying the 4,100 callbacks from the partner's SFTP drop cleared most of the backlog by Tuesday."),
      n("Simply put, the evidence shows the money never left the partner bank's suspense account."),
    ],
  ],
];

export const DEV_LEARNED47G: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47G_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
