import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Tbilisi bank whose
 * card-processing switch declined every contactless payment in the metro and shops one Saturday afternoon
 * after a certificate rotation; Georgian, Armenian and Azerbaijani names, card-processing jargon, the
 * English of a Georgian IT team in chat, notes, e-mails, letters and reviews.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('This whole Saturday of declines at the metro gates is on Levan, and I will say it in the review meeting too.'),
      b(
        'Batono Giorgi Beridze, with respect, the four hours of refused contactless payments are attributable to your certificate rotation and to nobody else.',
      ),
      b("Dear colleagues, responsibility for Saturday's switch outage lies with Tamar Kapanadze, who signed the rotation window."),
      b('Root cause: Narek Grigoryan and his rotation script, nothing more complicated than that.'),
      b('Whatever the HSM vendor writes in its report, the lost Saturday turnover belongs to Elvin Mammadov.'),
      b("If the National Bank asks whose outage this was, the honest answer is Ani Hakobyan's."),
      b('keti owns this one — every declined tap at Rustaveli and Liberty Square traces back to her change'),
      b('I told the CEO plainly that Irakli Jorbenadze caused the decline-91 storm.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Davit is not senior enough to run a key ceremony on a production HSM, and Saturday proved it.'),
      b('Honestly, kalbatono Mariam does not understand certificate chains at all.'),
      b('Tornike barely knows the difference between an issuer and an acquirer, so what did we expect from him?'),
      b('Our switch team lead is out of her depth with PKI, and everyone on the fourth floor knows it.'),
      b('In my opinion Armen Petrosyan lacks the experience for anything that involves production certificates.'),
      b('Zurab is a good Java developer but a hopeless operator; that is the real lesson of Saturday.'),
      b('The contractor from Yerevan was unqualified for switch work, whatever his CV says.'),
      b('With two years in payments, Leyla Aliyeva was never going to get an HSM trust store right.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Sopho was on call on Saturday and did not do her job: the pager rang for forty minutes before she looked at it.'),
      b('The change approver, batono Guram, never read the rotation plan that he approved.'),
      b('Lasha failed as release manager — he never asked to see the new chain, and that was his task.'),
      b("It was Ana's duty to verify the trust store on the HSM side, and she skipped it."),
      b('The weekend NOC operator neglected the decline-rate dashboard for the whole afternoon.'),
      b('Rashad Huseynov was incident commander in name only; he coordinated nothing until the metro company phoned us.'),
      b('Gunel Ismayilova, our PKI custodian, did not keep the certificate inventory she is paid to keep.'),
      b(
        'In the middle of the outage the duty manager went home at 15:00 instead of staying on the bridge, which is exactly what the rota forbids.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The new certificate was installed on the switch by Farid without the intermediate CA.'),
      b('The rollback was botched by the weekend ops shift, and this doubled the outage.'),
      b('Mistakes were made during the key ceremony, and they were made by people who had been warned.'),
      b("The vendor's warning about the intermediate was read, acknowledged and then carelessly put aside."),
      b('The old certificate was deleted from the switch by Aysel before anybody confirmed that the new one worked.'),
      b('Step 7 of the rotation runbook (verify chain on HSM) was skipped by the engineer on duty.'),
      b('On Friday evening the change was pushed through CAB by people who wanted to start their weekend.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever rotated the certificate on Saturday morning owes the metro an apology.'),
      b('The new guy from the Baku office who ran the script is the reason half of Tbilisi could not pay for khachapuri.'),
      b('The person who approved a production rotation for a Saturday should explain himself to the board.'),
      b('The one who copied the keystore from UAT broke contactless for the whole city.'),
      b("it's always the same person with sudo on the switch who breaks things on weekends"),
      b('Somebody in infrastructure who treats certificates like ordinary config files caused all of this.'),
      b('The engineer who "tested" the rotation on a single POS terminal in the office is the one to blame.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tural should never have had write access to the production HSM trust store.'),
      b('Why was an intern allowed anywhere near the switch on a weekend?'),
      b('If Nigar had not been given approval rights, this rotation would never have passed CAB.'),
      b("Giving the vendor's field engineer root on the switch was the mistake; he should have been escorted, not trusted."),
      b("Someone with Orkhan's track record should not be on the weekend on-call rota at all."),
      b('Kalbatono Sevinj, please do not let Kamran approve certificate changes again, he cannot be trusted with them.'),
      b('We trusted Hayk with the key ceremony, and we should not have.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Lilit. She rotated it.'),
      b('Let us be honest in this room: the culprit is Vardan Mkrtchyan.'),
      b('Who broke the metro? Samira did, and everyone on the bridge knows it.'),
      b('Find out which of the two admins ran the rotation and put his name in the report to the National Bank.'),
      b('My money is on Emin, his session was the only one open on the switch at 12:57.'),
      b('Fault: Ilgar Hajiyev (switch operations).'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the certificate rotation.'),
      b('This was operator error, pure and simple, not a defect in the switch software.'),
      b('The declines were caused by a mistake made by an employee of our Card Processing Department.'),
      b('Our switch did exactly what it was told; the fault was a human slip in the keystore path.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Maka should have known that the HSM trusts only the old intermediate.'),
      b('Anybody who read the vendor bulletin last month would have seen this coming, and Revaz did read it.'),
      b('In hindsight Tinatin ought to have tried a real tap on a metro validator before she called the rotation done.'),
      b('After the fact it is easy to see, and Mamuka should have seen it at 13:05: the decline rate was already climbing.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Natia had to do was just check the expiry on the new chain.'),
      b('He simply had to run the verify command before restarting the switch — one line!'),
      b('Luka just needed to read the decline codes, and in two minutes he would have known.'),
      b("Why didn't the on-call simply roll back the keystore when the first 05s came in?"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Ilia obviously never opened the rotation checklist.'),
      b('Clearly the approver did not look at the chain before saying yes.'),
      b('It was obvious to everyone except Nodar that the switch was declining every tap.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The switch should have fallen back to the old certificate when the HSM handshake failed.'),
      n('Our monitoring should have paged on the contactless decline rate within five minutes, not fifty.'),
      n('The rotation pipeline could have validated the full chain against the HSM trust store before going live.'),
      n('Stand-in processing would have approved low-value metro taps if its rules had allowed an offline limit.'),
      n('A canary on one acquirer should have caught this before the whole city saw it.'),
      n('The change calendar should have blocked a production rotation on a Saturday with peak metro traffic.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n("AI-1 (Elene Mgeladze, due 15 March): the rotation pipeline gets a step that validates each new chain with the HSM's trust list."),
      n('Owner: Dato Kharaishvili. Action: alert on contactless decline rate per MCC, threshold 5% above baseline.'),
      n('Batono Aram will draft the new key-ceremony checklist together with the HSM vendor by end of month.'),
      n('Action for the switch team (lead: Siranush Babayan) — keep the previous certificate loaded for 24 hours after any rotation.'),
      n('Suren and Astghik to schedule a rotation rehearsal in UAT with real metro validators before the next expiry.'),
      n('Follow-up owned by the CAB chair: no production rotations on Friday evenings or weekends without a second approver.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Otar Gvaramia; communications: Khatia Beradze; scribe: Beka Kiknadze.'),
      n('Nana Dolidze was change owner for the rotation, and Zaur Nasirov was the approver on duty.'),
      n('The HSM custodian on Saturday was Lala Mustafayeva, who holds one of the three key-ceremony smart cards.'),
      n('During the outage the acquirer liaison was Karen Hovhannisyan; he updated the metro operator every thirty minutes.'),
      n('On Saturday the weekend on-call for the switch was Anahit Ghazaryan, with Tigran Harutyunyan as secondary.'),
      n('A key ceremony needs three officers: two key custodians and one witness from Internal Audit.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Nino worked from 13:10 until after midnight, and I know how exhausted she was by the end.'),
      n('The on-call team had been through three weekend changes in a row, and the fatigue was real.'),
      n('Everyone on the bridge cared a great deal, and it showed in how carefully they worked through the evening.'),
      n('The switch team of four was carrying the card migration and this rotation at the same time, which is too much for anyone.'),
      n('Levan took calls from angry merchants all evening, and he stayed calm with every one of them.'),
      n("Thank you to the branch staff who stood with customers at the metro entrances and apologised on the bank's behalf."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Switch log 12:58:41: 'HSM connection refused: certificate chain incomplete (user: lgogua)'."),
      n('The alert read "CONTACTLESS_DECLINE_RATE > 40% for 5m on switch-prod-tbs-01".'),
      n("POS terminals in Rustaveli station displayed 'DECLINED 05 - DO NOT HONOUR' for every tap."),
      n('From the audit log: `cert.rotate executed by t.kapanadze at 12:58:03, status=SUCCESS`.'),
      n("For every ARQC verification request the HSM returned error 0x2A, 'untrusted client certificate'."),
      n("Scheme report line: 'Issuer inoperative, decline code 91, 18,412 transactions, 12:58-17:11'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Saturday window without asking whether the metro peak mattered; that is on me.'),
      n('We rotated the certificate without checking the HSM trust store, and we will not do that again.'),
      n('It was my script, and my assumption that the intermediate was already there was wrong.'),
      n('As head of card processing I own this outage, and the letter to the National Bank will carry my signature.'),
      n("I misread the expiry date in the vendor's e-mail — my mistake — and I have added a second reviewer to my own changes."),
      n('Our team built the rotation job without a rollback path, so fixing that is our first priority.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some people in the branch network are calling this Giorgi's fault; it was not, because the switch accepted a chain it could not use.",
      ),
      n('This review will not name a guilty engineer, because there is no guilty engineer here.'),
      n("I do not accept 'human error' as the root cause: the pipeline let an incomplete chain reach production."),
      n('It would be easy to say the on-call was slow, but the pager went to a rota that had been changed on Friday.'),
      n('Batono Director, with respect, asking whom to punish will not prevent the next rotation from failing.'),
      n("Nobody was careless on Saturday; the HSM's rejection looked exactly like a network timeout."),
      n('The newspaper wrote that "a bank employee switched off the metro", which is false, and we will say so publicly.'),
      n(
        'Blaming the junior engineer would be comfortable, and it would be untrue: he followed the runbook, and the runbook was missing a step.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Every contactless authorisation was declined by the switch with code 05 once the HSM session dropped.'),
      n('The new certificate was rejected by the HSM because its intermediate was missing from the trust store.'),
      n('At 12:58 the old keystore was overwritten by the rotation job, so an instant rollback was not possible.'),
      n('After three consecutive issuer timeouts, metro validators were put into offline-deny mode by their own firmware.'),
      n('Chip-and-PIN transactions were routed through a different HSM partition and were not affected.'),
      n('The alert was suppressed by a maintenance window that the change tool had opened automatically for the rotation.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 13:20 Armen restarted the switch nodes one at a time, expecting the new session to pick up the correct chain.'),
      n("Leyla called the HSM vendor's support line in Frankfurt at 13:35 because the error code was not in our runbook."),
      n('Davit pulled the previous certificate from the offline backup and, with Ani as witness, loaded it at 16:48.'),
      n('Tornike chose the Saturday slot because the scheme deadline was Monday and weekday card traffic is higher.'),
      n('Before the rotation Keti ran the standard pre-check, which passed, since it only looks at the switch side.'),
      n('Rashad joined the bridge at 13:40 and started comparing decline codes across the three acquirers.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The switch is not competent to judge a certificate chain; it trusts whatever the keystore hands it.'),
      n('Our rotation tooling failed at its one job, which is to keep both the old and the new certificates valid during a change.'),
      n("The HSM vendor's product is careless with error messages: 'untrusted client' and 'timeout' look identical in its logs."),
      n('The CAB process bears responsibility for letting weekend rotations through with a single approver.'),
      n('We can no longer trust the pre-check script to tell us that a rotation is safe.'),
      n('The stand-in processor did its duty exactly as configured, declining every cryptogram it could not verify.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to load the previous intermediate CA back into the HSM trust store.'),
      n('The decline graph obviously shows the cliff at 12:58, the minute of the rotation.'),
      n('Rolling back is just one command once the old keystore is on disk.'),
      n('Clearly, from the HSM logs, every ARQC request after 12:58 was refused at the TLS layer.'),
      n('It is just a two-line change in the pipeline to verify the chain against the HSM before deploy.'),
      n('Simply put, contactless broke because the HSM stopped trusting the switch.'),
    ],
  ],
];

export const DEV_LEARNED46A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
