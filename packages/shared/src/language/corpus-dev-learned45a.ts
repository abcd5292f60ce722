import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 45A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Lagos logistics start-up
 * whose last-mile dispatch app assigned the same riders to hundreds of pickups at once during a Black
 * Friday sale while the support desk drowned; Nigerian ops English with Yoruba, Igbo, Hausa and Edo names and some Pidgin in chat.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Make una hear me: this whole Black Friday wahala na Tunde own, full stop.'),
      b('The double-assignment of riders to 400 pickups at Yaba hub is squarely on Chiamaka Okafor.'),
      b("Oga Kunle, with respect, the six hours of backlog in the pickup queue sit on your desk and nobody else's."),
      b('Per the board memo, accountability for the lost Black Friday revenue rests with Mr. Efosa Igbinedion.'),
      b('If we lose the Jumia account after this, that one go be Aminu own, I no go lie.'),
      b("Three thousand angry customers on the support desk, and every single ticket traces back to Madam Ngozi's dispatch config."),
      b('Alhaji Sani, the payout batch that went out twice on Saturday is yours to answer for.'),
      b('Honestly, the SMS flood that told 9,000 customers their rider was "arriving now" was Rotimi, start to finish.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Obinna is not ready to be touching the assignment engine on a sale weekend; he no sabi am reach.'),
      b('Frankly, Ifeoma lacks the experience to run dispatch ops for a hub the size of Ikeja.'),
      b('This guy Segun no get the skill for this work at all, na only slides him sabi.'),
      b("Bisi can't read a queue graph, and a senior dispatch lead who can't do that has no business holding the title."),
      b('In my assessment, Mr. Irabor is too junior for the responsibilities of an on-call ops engineer during peak.'),
      b('Kelechi is not competent with the routing config, and Black Friday proved it beyond argument.'),
      b('Zainab, I say this as your manager: your grasp of how the payout batch works is weak, and it showed.'),
      b('A first-year intern would have handled the rider pool better than Ehis did.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Damilola was on the dispatch rota that night and did not watch the pickup queue as her role required.'),
      b('The support lead, Halima, never escalated the ticket spike, which is the one thing her job description demands.'),
      b('Na Emeka be the on-call, and him no pick phone for two hours.'),
      b('Omoregie failed to run the pre-sale capacity checklist he was assigned last Monday.'),
      b("It was Yusuf's duty to approve the rider roster before 6 a.m., and he didn't."),
      b('Dear Mr. Lawal, you neglected your responsibility as hub manager to pause pickups once the duplicate assignments appeared.'),
      b('Nneka skipped the hourly queue review that the peak-day runbook put in her hands.'),
      b('As shift supervisor, Gbenga was meant to call the SMS vendor the moment delivery receipts stopped; he never did.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The rider cap was carelessly switched off by Chinedu an hour before the sale opened.'),
      b('The assignment limit was removed carelessly during the Friday night change, and nobody has owned up.'),
      b('The warning from the queue monitor was ignored by the Surulere hub team for forty minutes.'),
      b('Alerts were muted on purpose by somebody on the ops desk so they could sleep.'),
      b('The waybill template was botched by Uche, and the riders paid for it.'),
      b('Support tickets were left to pile up because they were never looked at by the weekend shift.'),
      b('The payout batch was run twice through sheer negligence, and the rider complaints followed.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The new hire who edited the assignment weights without a review is the reason riders got 300 pickups each.'),
      b('Whoever disabled the dedupe check on Thursday night owes every rider an apology.'),
      b('Na that guy wey dey use admin login anyhow cause all this wahala.'),
      b('The person who approved the sale push without looping in dispatch has a lot to answer for.'),
      b('Our so-called routing expert, the one with the fancy certificates, is who broke the queue.'),
      b('Somebody on the night shift who thought he knew better turned off the throttle, and we all paid.'),
      b('The contractor from the vendor side who pasted prod keys into the test config cost us the day.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Chidi should never have been given write access to the dispatch rules in his second week.'),
      b('If Madam Folake had not been allowed to approve her own config change, none of this would have happened.'),
      b('Nobody should have trusted Aisha with the on-call pager on the biggest sale day of the year.'),
      b('Why on earth was an intern let near the production payout batch?'),
      b('Oga, that boy no suppose get admin access at all, na who give am?'),
      b('In future, people like Dauda should not be allowed to push to the live assignment engine unsupervised.'),
      b("Eseosa shouldn't have been on the Black Friday rota at all, let alone on call alone."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('We know who did this: Ebuka.'),
      b('Make we no dey form, na Kabiru do am.'),
      b('The culprit, for the record, is the Lekki hub lead, Mrs. Omolara Adeyemi.'),
      b('I want to know which dispatcher hit "assign all" so that we can deal with him.'),
      b('Everyone on this thread already knows the fault lies with Salisu, so let us stop pretending.'),
      b('HR, please go after Ifeanyi first; he is the one who caused this.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by the dispatch operator during the pre-sale config change.'),
      b('This incident was caused by operator error, not by any defect in the app.'),
      b("At bottom, it was a person's mistake at the hub console that assigned the riders twice."),
      b('Primary cause: operator mistake during the manual override at 09:12.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Tobi should have seen that 400 pickups on one rider was impossible.'),
      b("In hindsight Lanre ought to have known the SMS gateway couldn't take that volume."),
      b('After the fact it is plain that Nura should have paused the sale the minute the first rider complained.'),
      b('With what we know now, Jamila should have double-checked the roster import before sending it live.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Dayo had to do was just click "pause assignments" — one button.'),
      b('Abeg, Idris simply needed to read the alert, e no hard.'),
      b("Osas just had to ring the gateway people; it's not rocket science."),
      b('Why did the hub lead not simply turn off the sale banner when the queue jammed?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Usman clearly never looked at the dashboard before he went to bed.'),
      b('Obviously the dispatch lead ignored the alerts; there is no other explanation.'),
      b("Maryam clearly didn't read the runbook before running the override."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The assignment engine should have refused to give one rider more than twelve open pickups.'),
      n('Our SMS gateway should have rate-limited itself instead of firing 40,000 messages in ten minutes.'),
      n('A capacity check in the deploy pipeline could have caught the missing rider cap before the sale.'),
      n('The payout service would have blocked the second batch if it had an idempotency key.'),
      n('The support desk tooling should have grouped duplicate tickets instead of showing agents 3,000 separate ones.'),
      n('Ideally the hub dashboard would have turned red long before the pickup queue hit five figures.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Adebayo to add a hard per-rider pickup cap to the assignment engine by 15 Dec.'),
      n('[Owner: Chiamaka] Write the runbook step for pausing the sale banner from the ops console.'),
      n('Musa will set up rate limits on the SMS gateway with the vendor before the January promo.'),
      n('Action — Osaze owns moving the payout batch to an idempotent job; target end of sprint.'),
      n('Follow-up for Funmilayo: draft the support desk macro for "rider reassigned" tickets, due Friday.'),
      n('Next steps: Hauwa and Bello pair on a queue-depth alert for every hub, review on Tuesday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Yetunde Bakare; comms lead: Emeka Nwosu; scribe: Aisosa Osagie.'),
      n('The hub manager at Ikeja coordinated rider reassignments while the support lead handled customer messages.'),
      n('During the incident, Alhaji Garba acted as the liaison with the SMS gateway vendor.'),
      n('Ngozi was the on-call dispatcher from 18:00 to 02:00, and Kunle took over after that.'),
      n('Payout ops was represented by the finance analyst on duty, who joined the bridge at 21:40.'),
      n('Oga Rabiu was in charge of the war room; Madam Ivie ran the support desk rota.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Somto had been awake for almost thirty hours by the time the queue cleared, and we are grateful.'),
      n('The support team took over 2,000 calls in one night, many of them abusive, and they stayed kind throughout.'),
      n('Riders waited for hours at the hub in the heat without knowing what was happening, and that was hard on them.'),
      n('Abeg make una rest, everybody don try well well this weekend.'),
      n('Nobody should have to carry a pager through a sale like that without backup; the workload on Efe was too much.'),
      n('I know Ekene was under a lot of pressure from three different managers at once, and that pressure was real.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The dispatch log read: "rider_id=R-2291 assigned 312 pickups (limit: none) by user tunde.a".'),
      n('At 20:14 the alert fired: "PICKUP_QUEUE_DEPTH > 5000 at HUB-YABA for 15m".'),
      n('SMS gateway response, verbatim: "429 Too Many Requests — sender ID LASTMILE throttled".'),
      n('The payout service logged "batch PB-1123 submitted twice; operator=musa.b; no idempotency key".'),
      n('Audit trail entry: "config.rider_cap changed from 12 to 0 by e.ogbeide at 19:58".'),
      n('The ticketing tool showed "3,412 open tickets, oldest 6h 12m" on the support desk screen at midnight.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I removed the rider cap to speed up testing on Thursday and forgot to put it back; that one is on me.'),
      n('We shipped the new assignment algorithm two days before the sale, and we will not do that again.'),
      n('I was the on-call and I missed the first queue alert because my phone was on silent.'),
      n('As head of ops, I approved the launch without a load test, and I own that decision.'),
      n('Na me turn off the SMS throttle, I go fix am and write the note myself.'),
      n('Our team did not plan for support volume at all, and I take responsibility for that gap.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some people in the chat are saying it was Femi who broke dispatch; he did not, the app accepted the config and nothing stopped it.',
      ),
      n('This review will not name a culprit, because looking for who to punish teaches us nothing about the queue.'),
      n('Calling it human error would be lazy; the console let anyone set the cap to zero without a warning.'),
      n('Abeg, no be Aminu fault — the system no get any guardrail.'),
      n(
        'It is tempting to say the dispatcher should have known better, but nothing on her screen told her the assignments were duplicating.',
      ),
      n('Nobody was careless here; Halima followed the runbook exactly as written.'),
      n('The question "who pushed the button?" is the wrong question, and we are setting it aside.'),
      n(
        'I have heard the support lead called incompetent this week, and I reject that completely; she had no tool that could show the backlog.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Each rider was assigned up to 300 pickups by the batching algorithm in a single pass.'),
      n('The duplicate payout batch was generated by a retry loop in the payments worker.'),
      n('Customer SMS messages were queued and then sent all at once when the gateway recovered.'),
      n('Around 11,000 pickups were dropped from the queue by the cleanup job at 03:00.'),
      n('The rider cap was reset to its default value when the config service restarted.'),
      n('Support tickets were auto-closed by the helpdesk rule that treats 48-hour-old tickets as resolved.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 19:58 Osagie lowered the rider cap to zero, following the load-test note from the week before.'),
      n('Hauwa restarted the SMS worker because the last time receipts stalled, a restart had cleared it.'),
      n('Uyi paused all new pickups at Yaba hub at 21:30 and posted the reason in #ops-war-room.'),
      n('Before approving, Rotimi checked the staging dashboard, which showed assignments within normal range.'),
      n('Adebayo phoned the three largest merchants to explain the delays, since the SMS gateway was down.'),
      n('Madam Iyabo moved ten support agents from email to phone once call waiting time passed twenty minutes.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The assignment engine is not competent to handle a sale spike; it was never designed for it.'),
      n("Our SMS vendor's gateway failed at its one job, which is delivering messages on time."),
      n('We trusted the staging load test too much, and it turned out to be unreliable as a signal.'),
      n('The payout service behaved carelessly with retries, firing the batch again without checking.'),
      n('Responsibility for deduplicating pickups sits with the order-intake service, and that service has no such check today.'),
      n('The hub dashboard is negligent about stale data: it shows a green tick even when it has not refreshed in an hour.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a per-rider cap in the assignment engine, maybe twenty lines.'),
      n('The graph obviously shows the queue doubling every ten minutes after 20:00.'),
      n('Just adding an idempotency key to the payout job would stop the double batch.'),
      n('Clearly the SMS spike lines up with the gateway retry storm in the logs.'),
      n('Na just one config flag, e simple to flip back.'),
      n("The rollback was simply a redeploy of Wednesday's build."),
    ],
  ],
];

export const DEV_LEARNED45A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED45A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
