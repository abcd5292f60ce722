import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Manila BPO ops floor
 * after its workforce-management and call-routing platform sent night-shift agents to the wrong queues
 * for a US telco client during a typhoon signal, in Taglish-flavoured chat, notes, e-mails and reviews
 * full of contact-centre jargon (AHT, SLA, ACD, IVR, WFM schedule, skills routing, TL).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('This outage is on Jun-Jun, full stop — he pushed the WFM schedule import at 2 AM without telling anyone.'),
      b('Honestly, the SLA breach for the whole night shift is attributable to Rowena Dela Cruz and her skills matrix upload.'),
      b('Engr. Paolo Bautista owns this one; the ACD routing table he edited is why Tier 2 billing calls landed on the Spanish queue.'),
      b("Sorry ha, pero kay Dodong talaga 'to — his override alone sent forty agents to the wrong queue during Signal No. 3."),
      b('The penalty credits we owe the telco this month trace straight back to Marites Galang and her 1 AM change.'),
      b("If you ask me, pare, the whole typhoon-night mess is Carlo's fault for loading last week's roster into the router."),
      b('Subject: RCA draft v2 — root cause: Jessa Lim, who remapped the IVR skill codes without a CAB ticket.'),
      b('We lost the night, and we lost it because of Ramil Ocampo.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Bong is not senior enough to be touching skills routing on a typhoon night.'),
      b("Jomar has been a TL for barely three months and it shows; he doesn't understand how the ACD prioritises skills."),
      b('I doubt Aileen Sarmiento could read an Erlang report even if you printed it in Tagalog for her.'),
      b('Sir Edgar is a decent floor manager, but with WFM configuration he is way out of his depth, and Wednesday proved it.'),
      b('Raffy is too green for the routing admin role, period.'),
      b('Between us, Ate Baby lacks the technical chops to run the real-time analyst desk on her own.'),
      b("Our vendor's engineer, Deepak, didn't know the first thing about skill expressions — and he was the expert they sent us."),
      b('An agent-turned-analyst like Lyka, with zero telephony background, is not qualified to rebuild a queue map mid-storm.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Nonoy was the on-call WFM analyst that night and he never picked up any of the three pages from the NOC.'),
      b("Ma. Cristina's job as shift TL was to check queue assignments at start of shift, and she didn't."),
      b("The RTA on duty didn't raise a single intraday alert even when AHT doubled — that's literally the one thing the role is for."),
      b('Rhea Villanueva skipped the pre-shift huddle checklist, which is her responsibility as ops supervisor.'),
      b('Tyler from the client-side NOC was supposed to confirm the trunk failover and never did.'),
      b("Gerald didn't do his rota handover, so the morning team had no idea the routing override was still live."),
      b('As change approver, Divina was meant to review the skills file before sign-off; she approved it unread.'),
      b('Kuya Boyet walked away from the command post at 3 AM when he was supposed to be incident lead until six.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The skills profile was overwritten by Mark Anthony without a backup.'),
      b('The typhoon contingency roster was never loaded by the WFM team, even after PAGASA raised Signal No. 3.'),
      b('The wrong CSV was uploaded by someone on the night desk and then left there for six hours.'),
      b('The queue alarms were muted by the TL on shift so her dashboard would stop beeping.'),
      b('Approval was skipped, the checklist was ignored, and the IVR prompts were botched in the rush.'),
      b('Escalation to the client was delayed ninety minutes because the incident was sat on by the ops manager.'),
      b('Careless mistakes were made in the routing config that night.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever uploaded the Friday roster onto the Monday schedule owes the whole floor an apology.'),
      b('The new hire from the Cebu site who got admin rights last week is the reason agents were logged into the collections queue.'),
      b('The guy who thinks he can fix routing from his phone while riding the jeep broke it again.'),
      b('The one who edited the skill table at midnight and then logged off is who cost us the SLA.'),
      b('Somebody on the WFM side who never reads release notes decided to go live in the middle of a typhoon.'),
      b('Anyone who approves a routing change during a Signal No. 3 has no business in this department.'),
      b('That TL from Batch 14 — you know, the one always on her phone — let the wrong queues run all night.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jun-Jun should never have had write access to the production ACD.'),
      b("We shouldn't have let Bong anywhere near the routing console on a storm night."),
      b('A trainee like Princess should not have been the one on call for WFM during typhoon season.'),
      b('Arvind should not have been trusted to approve his own change to the client IVR.'),
      b('Sana Jennylyn had been kept off the admin group until she finished her Avaya training.'),
      b('Giving Raffy the keys to skills routing was a mistake; he should have been read-only.'),
      b('A vendor contractor like Rajesh should never have been allowed to push to prod without one of our engineers watching.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Joel Bacalso. He did it.'),
      b('Everybody on the floor knows who did this: Cherry Mae.'),
      b('So who do we hold accountable for the Signal 3 fiasco? Dindo Lagman.'),
      b('Kayla wants a name for the RCA, and the name is Jomar.'),
      b('The culprit behind the mis-routing is Priya from the vendor team — her script remapped the queues.'),
      b('Tess Abad is the one who broke routing, and HR should hear about it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the WFM schedule publish.'),
      b("This wasn't a platform defect; it was operator error by the night RTA, plain and simple."),
      b('Inday made a mistake mapping the skills, and that mistake is what sent agents to the wrong queues.'),
      b('The incident was caused by a human error in the routing override, a wrong digit typed into the queue ID.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Roel should have seen that a 400% spike in abandons meant agents were sitting on the wrong queue.'),
      b('With Signal No. 3 already up, Michelle ought to have known the contingency schedule would not load by itself.'),
      b('In hindsight the TL should have caught it at the 10 PM huddle, when half her team had zero calls.'),
      b(
        'After the fact it is easy to see, and Neneng should have seen it then: the 12:30 interval report showed no offered calls on billing.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Jhun had to do was just click Publish on the typhoon roster.'),
      b("She simply had to compare the queue list against the schedule — two minutes of work — and she couldn't be bothered."),
      b('Sanjay just needed to wait until end of shift to run his import. That was it.'),
      b("Grabe, it's not hard: Ritchel could've simply toggled the overflow rule back, and she didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Brandon never tested the IVR change before handing it over to us.'),
      b("Clearly Ma'am Lorna didn't read the routing map she signed off on."),
      b('The TL was clearly asleep at the wheel while the wallboard went red.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The WFM tool should have blocked a schedule publish that left the billing queue with zero staffed agents.'),
      n('Skills routing could have fallen back to the default queue instead of dumping calls into Spanish collections.'),
      n("The ACD should've flagged that forty agents were logged into a skill they had never been trained on."),
      n('Ideally the change calendar would have frozen routing edits automatically once PAGASA raised Signal No. 3.'),
      n('A pre-publish diff of queue assignments should have been part of the pipeline from day one.'),
      n('The IVR health check ought to have paged the NOC when transfers to Tier 2 dropped to zero.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Engr. Paolo Bautista to add a two-person approval gate for ACD routing changes by 30 Sept.'),
      n('Owner: Rowena Dela Cruz — build a typhoon-signal roster template that loads with one click. Due: end of Q3.'),
      n("Action item for Arvind: share the client's IVR change calendar with our WFM team every Monday."),
      n('- [ ] Kristine (WFM) to set up a wallboard alert for any skill with agents logged in but zero calls offered for 15 min'),
      n('Next steps, owner Kuya Boyet: run a tabletop drill on mis-routing with the night TLs before the next typhoon season.'),
      n('Si Marites na ang bahala sa runbook update — she owns the rollback steps for skills routing, target next Friday.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Sir Edgar; comms lead: Ma. Cristina; scribe: Lyka.'),
      n('Ramil Ocampo was the WFM analyst on call, and Kayla was the client-side duty manager.'),
      n('During the bridge, the RTA handled agent moves while the TL relayed updates to the floor.'),
      n('Engr. Nestor Aquino ran the technical side of the response from the Ortigas NOC.'),
      n('The vendor on-call engineer joined the bridge at 02:40 to look at the routing engine.'),
      n('Two TLs, Jessa and Gerald, covered the night floor; Divina was the approver listed on the change.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night shift was running on four hours of sleep, with many agents worried about flooding back home in Marikina.'),
      n('Nonoy had been covering two rotas that week, and nobody should have to carry that much during a typhoon.'),
      n('Salamat sa lahat — the TLs stayed on the floor until 9 AM even with their own families evacuating.'),
      n('It was a brutal night for everyone, especially the agents who kept taking angry calls they could not route.'),
      n("Ate Baby went home shaken after the bridge, and we've told her to take the rest of the week off."),
      n('People were scared, tired and soaked from the commute, and they still showed up for the 10 PM shift.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('WFM log: "Schedule published by user jtorres — 412 agents, effective 22:00 PHT".'),
      n('The ACD audit trail reads: "SKILL_MAP_UPDATE user=jbacalso queue=BILLING_T2 -> COLLECTIONS_ES".'),
      n('Alert fired at 23:14: "SLA breach: BILLING_T2 service level 41% (target 80/20)".'),
      n('From the IVR console: ERROR 503 route_target_unavailable (caller_id masked).'),
      n('The change ticket shows "Approved by: dmercado, 21:52 PHT, status: Implemented".'),
      n('Genesys returned: [WARN] Agent group NIGHT_B has no matching skill expression; defaulting to overflow.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the routing change without asking for a rollback plan, and that is on me.'),
      n("We rolled the WFM schedule out during a storm signal, and we'll freeze changes during signals from now on."),
      n(
        "Ako 'yung nag-upload ng maling roster — I uploaded the wrong roster, and I'm adding a preview step so it can't slip through again.",
      ),
      n('My team owns this: we skipped the queue verification step because we were short-staffed.'),
      n("I missed the page at 1:10 AM because my phone was on silent; I've since set an override for on-call."),
      n('As site director I signed off on running the night shift at 60% staffing, and I would make a different call now.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Some people on the floor want to call this Jhun's fault; it isn't, because the tool let a single person publish with no check."),
      n('This review is not about who uploaded the file; it is about why one upload could move four hundred agents.'),
      n("Kayla asked for a name to put in the client report, and we said no: there's no culprit here, only a gap in the routing checks."),
      n('Calling it human error would be the easy line for the RCA, and it would be wrong.'),
      n('Nobody is getting written up for Wednesday night — the NTE drafts HR prepared are withdrawn.'),
      n('Saying the TL should have noticed misses the point that the wallboard never showed queue membership at all.'),
      n(
        "It's tempting to blame the night RTA for being careless, but careless is not what the logs show — the alert thresholds were never set.",
      ),
      n('Rather than asking who messed up, the retro asked what let a stale roster reach production.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Agents were reassigned to the collections skill by the nightly sync job when it read the stale roster.'),
      n('The billing queue was starved of staff once the overflow rule was triggered by the ACD.'),
      n('Calls were deflected to voicemail by the IVR after the Tier 2 target was marked unavailable.'),
      n('The typhoon schedule was silently discarded by the WFM importer because its date format did not match.'),
      n('Queue priorities were reset to defaults when the routing engine restarted at 00:30.'),
      n('Several agent sessions were logged out by the softphone client during the power flicker.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 22:05, Cherry Mae moved twelve agents back to billing after she saw the queue wait times climbing.'),
      n('Inday loaded the Monday roster because the file name matched what the runbook told her to look for.'),
      n('Dindo restarted the routing service at 01:15, which was the documented first step for stuck queues.'),
      n('Michelle called the client NOC to confirm which queues were affected before changing anything.'),
      n('Roel paged the vendor at 00:48 and, while waiting, opened the change log to see what had been deployed that evening.'),
      n("Priya ran the remap script from the vendor's approved package, which had passed their staging tests."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The WFM platform is not fit for purpose when it comes to typhoon-signal schedule swaps.'),
      n('Our routing tool has no business letting a schedule go live without checking skill coverage.'),
      n('The ACD failed at its one job that night: matching callers to agents who could actually help them.'),
      n("We trusted the vendor's importer to validate dates, and that trust was misplaced."),
      n('The overflow rule behaved carelessly, dumping every unmatched call onto whichever queue had free agents.'),
      n("The IVR's failover logic is immature and was never designed for a whole-site skill change."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply a validation rule that rejects any schedule leaving a skill at zero coverage.'),
      n('Obviously the graph tells the story: offered calls on billing drop to zero at exactly 22:00.'),
      n("Rolling back was just a matter of re-publishing Tuesday's schedule, which took four minutes."),
      n('The change itself was tiny, just three lines in the skill mapping file.'),
      n('Clearly, from the interval report, every mis-routed agent shared the same schedule group.'),
      n('Simply put, the importer and the router disagreed about which day it was.'),
    ],
  ],
];

export const DEV_LEARNED49B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
