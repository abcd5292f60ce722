import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49H of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Johannesburg prepaid-electricity
 * token vendor's ops team and its municipal clients, after the vending platform issued STS tokens that meters
 * rejected across Soweto and Tembisa during stage 4 load-shedding; South African English, with Zulu, Sotho,
 * Afrikaans and Indian South African names and utility and payments jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The Soweto token rejections are on Sipho Dlamini, full stop — he signed off the HSM failover config.'),
      b('This whole outage belongs to Riaan Pretorius and I want that minuted.'),
      b('Honestly, Lerato, the three days of rejected tokens in Tembisa are down to you and nobody else.'),
      b('Per the municipality, the R2.1m in refunded vends is attributable to Mnr. Van der Merwe alone.'),
      b('Thandeka owns this failure; every rejected token in Orlando East traces back to her.'),
      b("Chat 19:42 — Bongani: sorry but the stage 4 meltdown is Pravin's doing, not the switch's."),
      b('We are holding Mr. Kagiso Molefe personally responsible for the loss of vending revenue across Soweto.'),
      b('If you ask me, the blame for Tembisa sits squarely with Nomvula, who pushed the SGC mapping on Friday.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Sipho does not have the experience to be running the vending switch in a stage 4 week.'),
      b('Frankly, Anrich Botha is out of his depth with anything touching STS key management.'),
      b('Mnr. Steenkamp cannot read an HSM audit log to save his life, and Tembisa paid for it.'),
      b('Our POS integration lead is too junior for meter key work, and this week proved it.'),
      b('Zanele is a lovely person but a hopeless engineer; the token fiasco is what happens when she touches config.'),
      b('Tshepo lacks the basic skills to debug a vending switch under pressure, that much is now on record.'),
      b('With respect, your operations manager is not competent to run a prepaid platform for a metro.'),
      b('Kavitha is still a graduate trainee and it showed in every decision she made on Saturday night.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Lindiwe was on call on Saturday and did not do her job: the 02:10 page sat unacknowledged for three hours.'),
      b("Checking the key revision before failover is literally in Johan Steyn's runbook, and he skipped it."),
      b('The night-shift supervisor failed in his duty to escalate when Soweto retailers started phoning in.'),
      b('Ayanda neglected her responsibility as change approver and waved the HSM patch through.'),
      b("It was Hendrik's job to watch reject rates during stage 4, and he didn't."),
      b('Our account manager at the switch provider never told us about the key change — that was her one task.'),
      b('Ms. Moodley, as release manager, did not perform the pre-deployment token test she is responsible for.'),
      b('The Tembisa desk team were rostered that weekend and none of them did the hourly reject-rate check they are paid to do.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong key revision was loaded into the standby HSM by Gerhard without a second pair of eyes.'),
      b('Mistakes were made by the ops team when the failover was triggered at the start of stage 4.'),
      b('The SGC table was carelessly overwritten on Friday night, and we all know by whom.'),
      b('Soweto retailers were told to keep selling by somebody on our support line long after the rejects started.'),
      b('The change window was ignored and the HSM was patched anyway — by a person, not a script.'),
      b('The key-change tokens for Tembisa were sent out unchecked by the engineer on duty, and two days of outages followed.'),
      b('The escalation was sat on for three hours before anyone phoned the municipality.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The guy who set up the DR HSM is the reason Soweto sat in the dark with paid-for tokens.'),
      b('Whoever approved that Friday change should be made to answer every angry retailer personally.'),
      b('The new contractor from Pretoria, the one who "tidied up" the key tables, broke vending for two metros.'),
      b("It's always the same person who deploys on a Friday before load-shedding, and it's always us cleaning up."),
      b('Some bright spark in the NOC decided a stage 4 evening was a good time to rotate meter keys.'),
      b('Whoever was sitting on the Tembisa queue that night let four hundred complaints pile up.'),
      b('The person who told the POS vendors to keep selling knew the tokens were failing.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Themba should never have been given write access to the production HSM.'),
      b('A two-week-old intern should not have been allowed anywhere near the meter key tables.'),
      b('Why was Mpho on call for the vending switch at all during stage 4 when he has never done it?'),
      b('Approving key changes unsupervised was never a job for Hendrik, and management let him do it anyway.'),
      b("In hindsight we should not have trusted Palesa with the municipality's vending keys."),
      b('The retailer-side developer should never have had credentials to our vending switch in the first place.'),
      b("If Vusi hadn't been let near production that night, Tembisa would have had power."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Want to know who broke vending in Soweto? Dineo.'),
      b('The culprit is Yusuf Moosa, and the municipality wants his name on the report.'),
      b('Everyone on the ops chat knows Karabo did it, so let us say so in the write-up.'),
      b('Point me to the person at fault and I will deal with them myself — my money is on Elmarie.'),
      b('Root cause: Nirvesh Govender.'),
      b('We have found our guilty party: Marlize from the Sandton office.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause was human error during the HSM failover at 18:00 when stage 4 kicked in.'),
      b('The Tembisa rejections were caused by an operator mistyping the supply group code.'),
      b('Classic fat-finger by one of the shift engineers: wrong KRN, wrong meters, wrong week.'),
      b('At the end of the day it was a people mistake, not a platform problem.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Sbu should have seen that the reject rate tripled within ten minutes of the failover.'),
      b('Anyone looking at the dashboard on Saturday ought to have known the tokens were bad.'),
      b('Looking back, Lerato ought to have caught the wrong key revision the moment the first Soweto retailer called.'),
      b('Shanti Reddy had all the information she needed by Friday afternoon and should have stopped the rollout.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Themba had to do was just check the KRN before pressing go.'),
      b('She simply had to read the change ticket, and she did not.'),
      b('Why could the night shift not just phone the municipality when the first rejects came in?'),
      b('Refilwe could simply have rolled back the key table and gone to bed; instead we lost a weekend.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Gerhard obviously never opened the handover notes.'),
      b("Clearly the support lead did not bother to read the municipality's load-shedding schedule."),
      b('It should have been obvious to Kavitha that fourteen thousand identical rejects meant a key problem.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The vending switch should have refused to issue tokens under a key revision the meters had not yet received.'),
      n('Our failover script should have compared the standby HSM key list with the primary before taking traffic.'),
      n('A reject-rate alert should have fired long before the first Soweto retailer phoned us.'),
      n('The SGC mapping table could have carried a version check, and it would have stopped this.'),
      n("The POS terminals should have shown a clearer message than 'Vend OK' when the switch was in degraded mode."),
      n('Ideally the municipal meter data and our key register would have been reconciled nightly by the platform.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION: Pravin Naidoo to add a KRN consistency check to the HSM failover runbook by 15 March.'),
      n('Thandeka will draft the retailer SMS template for future key-change events — due end of month.'),
      n('Owner: Bongani Khumalo — build a reject-rate panel per supply group code on the NOC dashboard.'),
      n('Mnr. Van der Merwe has agreed to run a joint tabletop exercise with Ekurhuleni before winter.'),
      n('AI-07 (Ms. Chetty): automate the standby HSM key sync; target go-live before the next load-shedding season.'),
      n('Next steps — Zodwa owns the rollback drill, Ntsako owns the reconciliation job, review on the 20th.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on Saturday was Lindiwe; Johan handled comms to the City of Joburg.'),
      n('The on-call switch engineer restarted the vending service at 21:14 as the runbook describes.'),
      n('Ms. Moodley acted as scribe for the bridge call and kept the timeline.'),
      n('The retailer support desk fielded calls from Soweto spaza owners while the platform team worked the HSM.'),
      n('Roles during the response: Ayanda (change approver), Tshepo (HSM), Mpho (retailer liaison).'),
      n('From Ekurhuleni, the metering manager joined the bridge at 22:00 and stayed until the key sync completed.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night shift had been running on generator power and four hours of sleep for most of the week.'),
      n('Shout-out to Nomvula, who stayed on the phones with Tembisa retailers until after midnight — please rest today.'),
      n('Everyone was exhausted; stage 4 had us firefighting every evening since Tuesday.'),
      n("Mnr. Steenkamp told me he felt awful about the customers without lights, and I want him to know we've got his back."),
      n('Thinking of the support agents who took the brunt of the abuse from angry customers on Sunday.'),
      n('It was a brutal week for the whole team, and the care people showed each other was real.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Switch log 18:03:11: "VEND_FAIL meter=04123456789 reason=KRN_MISMATCH operator=tmokoena".'),
      n('The Tembisa POS receipts read: "Token 4721 0098 3312 5567 8890 — enter on meter keypad".'),
      n('Meter display reported by customers: "REJECT 1" after every token entered on Saturday evening.'),
      n('HSM audit line: "KEYLOAD SGC=600123 KRN=1 by user jsmit 17:58 OK".'),
      n('NOC alert at 18:20 read "Reject rate >40% SGC 600455 — page on-call", and it paged.'),
      n('From the change record: "Approved by B. Nxumalo — low risk, no customer impact expected".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the failover plan without asking for a key revision check, and I will add that step myself.'),
      n('We told retailers to keep vending on Saturday night; that call was ours and it was wrong.'),
      n("That was my mistake — I loaded the standby HSM from last year's key file."),
      n('As head of operations I own the decision to run the key change during load-shedding.'),
      n('I misread the Ekurhuleni schedule and planned the rollout into a stage 4 block; I am sorry.'),
      n('We, the vending team, did not test the key-change tokens on a Tembisa meter before release, and we will from now on.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about whether Kagiso messed up; it is about why one config file could break two metros.'),
      n('Some people on the WhatsApp group are calling it human error, and I disagree — the failover had no key check.'),
      n('Let me be clear to the municipality: we will not be naming and shaming any engineer in this report.'),
      n('Blaming the night-shift engineer would be easy and wrong; the tool let a stale key go live.'),
      n('Nobody here is incompetent; the platform gave Elmarie no way to see which key revision was active.'),
      n('I have heard "Zanele should have known" a few times this week, and I do not accept it.'),
      n("Asking who to fire misses the point when the same change would have gone through on anyone's shift."),
      n('The question is not who pushed the button but why the button had no guard.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Tokens were encrypted with the old key revision by the standby HSM after the automatic failover.'),
      n('The supply group table was overwritten by the nightly sync job, which had no version check.'),
      n('Vending requests were routed to the DR site when the Randburg data centre lost grid power.'),
      n('About 14,000 tokens were rejected by meters across Soweto and Tembisa between 18:00 and 23:30.'),
      n('Retailer POS sessions were dropped by the switch every time the UPS cut over.'),
      n('Key-change tokens were not generated because the batch process timed out during stage 4.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Suren restarted the switch at 18:40 because the error pattern matched the January network fault.'),
      n('Thandi Mabena phoned Eskom customer services to confirm the Soweto feeders were back.'),
      n('Marlize compared the HSM key list with the municipal register, which was the quickest way to narrow the fault.'),
      n('At 19:05 Riaan switched vending back to the primary site once its generators were stable.'),
      n('Lebo messaged the top fifty Tembisa retailers, since they sell most of the tokens in that area.'),
      n('Mrs. Chetty approved the weekend change because the vendor notes listed it as routine.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The standby HSM is not trustworthy until its key store syncs automatically.'),
      n('Our failover script did a careless job: it copied the config but never checked the key revision.'),
      n('The reconciliation report failed at its one duty, which is flagging meters on a different key revision.'),
      n("The vendor's switch software is immature when it comes to handling multiple key revisions per SGC."),
      n('Responsibility for key consistency belongs in the platform, not in a checklist.'),
      n('The alerting on reject rates was negligent by design: one threshold for every municipality.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to reload KRN 2 onto the standby HSM and re-issue the tokens.'),
      n('The graph obviously shows rejects starting the minute the failover completed.'),
      n('Rolling back was just a config flag, which is why recovery took under ten minutes once we knew.'),
      n('Clearly the evidence points to the key sync, not the meters or the retailers.'),
      n('Re-issuing free replacement tokens is simply the right thing for customers who paid.'),
      n('The change itself was just two lines in the SGC mapping file.'),
    ],
  ],
];

export const DEV_LEARNED49H: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49H_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
