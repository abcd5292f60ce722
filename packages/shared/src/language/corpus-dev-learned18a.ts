import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 18A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: incident reviews in a hospital's
 * health-system IT (EHR downtime, lab-interface and pharmacy-system outages, clinician paging), in mixed-case
 * prose by clinicians, nurse informaticists and IT staff in review meetings and their minutes; names from
 * Brazilian Portuguese, Yoruba, Tamil, Polish, Vietnamese, Lebanese and Scottish Gaelic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The four hours of EHR downtime on Ward 6 are on Thiago, full stop.'),
      b(
        'As far as the minutes go, the lost lab results from Saturday night are attributable to Folasade and her change to the interface mapping.',
      ),
      b('This delay in the stat potassium reaching the ICU belongs to Wojciech and nobody else.'),
      b(
        'Let the record show that the pharmacy outage traces straight back to Rania, since she started the database migration without telling anyone.',
      ),
      b(
        'Ruairidh owns this one: the paging gap that left cardiology unreachable for forty minutes came from his decision and happened on his watch.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Kavitha hasn't nearly enough experience for unsupervised work on the HL7 interface engine, honestly."),
      b("I'm not sure Grzegorz is up to running a downtime cutover; he looked lost from the first call to the last."),
      b("Phuong's build of the sepsis order set was amateurish and well below what we expect from an analyst at her grade."),
      b('The new interface analyst plainly lacks the skill to read an ACK message, and that is the problem we keep circling.'),
      b("With respect, Nadine is a fine nephrologist but a hopeless super-user who still can't find the downtime viewer."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Oluwaseun was the on-call integration engineer, and fifty minutes went by before he answered a single page.'),
      b('The charge nurse on 4 West never moved the unit to paper MARs, which is written into her downtime duties.'),
      b('Eilidh was rostered as change reviewer that week and never opened the change.'),
      b("Validating the interface after every upgrade is the pharmacy informatics lead's job, and Tuan skipped it."),
      b('Sending the downtime notice to the wards falls to the vendor liaison, and Karim never sent it.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The LIS upgrade was pushed to production at 2 a.m. without the validation step that Wednesday's change board had asked for."),
      b('The order-set change was signed off without the test results ever being opened by the nursing informatics lead.'),
      b('While the lab queue kept backing up, the interface ticket was being closed out by our on-call analyst.'),
      b(
        'The downtime procedure was approved by Dr. Mansour even though the paper forms it referenced had been discontinued a year earlier.',
      ),
      b('The pager rota was edited by someone in switchboard at the last minute, and nephrology was never told.'),
      b(
        'The barcode scanner firmware got deployed on a Friday afternoon against every rule we have, and the wards paid for it all weekend.',
      ),
      b('The microbiology mapping was merged before anyone had tested it against a real culture result.'),
      b(
        'The standby server had been left in maintenance mode by the night technician, so when the primary died there was nothing to fail over to.',
      ),
      b(
        'The pharmacy interface was rolled out across all three sites in one go, when it had been promised as a single-site pilot, and that decision is why dispensing stopped everywhere.',
      ),
      b('The critical-value paging rule was disabled for testing, and it was never re-enabled by the analyst who disabled it.'),
      b('Warnings from the interface monitor were acknowledged and dismissed by the overnight service desk without a single escalation.'),
      b('The allergy table got overwritten because the pre-upgrade backup was skipped by whoever ran the script.'),
      b('The downtime printouts were never refreshed by the ward clerks, so the paper MAR on two units was three days stale.'),
      b('The formulary change was waved through at CAB by Małgorzata with no rollback plan attached.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided that the lab interface could restart itself during morning rounds needs to explain themselves.'),
      b('The locum who copied the insulin order forward unread is why we are sitting in this review.'),
      b("It's the same agency tech who unplugged the interface server last spring, and this outage is his doing too."),
      b('Anyone who pages the entire surgical team for a non-urgent potassium deserves every complaint they get.'),
      b('The analyst who decided testing in the production pharmacy system was acceptable has cost us a night of manual dispensing.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('A first-week contractor should never have had write access to the live medication database.'),
      b('Had Senthil never been handed admin rights on the interface engine, the outage would never have started.'),
      b("Frankly, Joumana shouldn't have been the one approving pharmacy changes while she was still in orientation."),
      b('Somebody that new to the hospital had no business carrying the primary pager for the rapid response team.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who restarted the interface engine mid-shift? Babajide did, and the minutes should say so.'),
      b('It was Thanh who loaded the wrong formulary file, plain and simple.'),
      b("Look at Przemysław's commit from Tuesday night; that's where the lab units got broken."),
      b("@Seonaidh this one's yours, you were the last person in the paging config before it fell over."),
      b('Before we close this, I want to know which person turned off the critical-results alert so I can speak to them.'),
      b("On the bridge call it was no secret that Ilango was the culprit, since he'd been poking at the ADT feed all afternoon."),
      b("So the guilty party is the vendor's field engineer, Marcelo, who swapped the wrong network card."),
      b("Scroll up in the channel: Temitope pushed the bad mapping, and there's our answer."),
      b('The board will want a name, and the name is Zbigniew, because his script is what wiped the pharmacy queue.'),
      b('Pull the audit log and tell me which nurse overrode the cabinet lock, so I know who to talk to.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause, in my view: the overnight pharmacist's human error while entering the interface mapping."),
      b('This was operator error, pure and simple, on the part of whoever ran the downtime script.'),
      b('The lab outage came down to a mistake Lan made when she typed the wrong port number.'),
      b("I'd put the cause down to a slip on the ward: the unit clerk keyed the patient into the wrong bed and the feed did the rest."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Fernanda should have known that restarting the LIS during the 6 a.m. draw would bury the lab in unresulted orders.'),
      b('Looking back, Calum ought to have spotted that every pager number in the new directory was off by one digit.'),
      b("Any reasonably alert nurse would have seen that the eMAR was showing yesterday's doses and stopped giving them."),
      b('Karthikeyan had the error report in front of him at midnight and should have recognised it as the start of the outage.'),
      b('In hindsight, Iracema needed to call the downtime before the pharmacy queue hit a thousand orders, not after.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Mòrag had to do was check the interface status page before going home.'),
      b("Ziad had simply to read the vendor's release note, and it was two paragraphs long."),
      b("It's one phone call to switchboard; Duc just had to pick up the phone."),
      b("The on-call analyst just couldn't be bothered checking how deep the queue was, and that's the whole story."),
      b('Honestly, the downtime checklist was taped to the wall beside them and they simply ignored it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Adebayo obviously never tested the new mapping against a real haemolysed sample.'),
      b('The red tile sat on the dashboard all night, and Huong clearly chose to ignore it.'),
      b("Obviously the pharmacy lead didn't read the downtime plan, or he'd have known the cabinets drop into override mode."),
      b("Anyone glancing at that alert storm could plainly see the interface was down, so I can't understand how Maroun missed it."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The interface engine should have raised an alert the moment the lab queue stopped draining.'),
      n('Ideally the paging system would have retried through the secondary carrier instead of silently dropping the messages.'),
      n('The downtime viewer could have printed the active MARs automatically if the scheduled job had been set up for every unit.'),
      n('A lab-side validation ought to have been a required gate in our change process before any mapping reached production.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Agnieszka to add a queue-depth alarm on the lab interface before month end.'),
      n('Owner for the paging-directory audit is Ayodele, with a first report due at the next quality meeting.'),
      n(
        'Follow-up: the pharmacy informatics team, led by Thenmozhi, will rewrite the downtime dispensing checklist before the March go-live.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n(
        'Rima was incident commander, Somhairle handled communication with the wards, and the lab manager ran the manual result callbacks.',
      ),
      n('The nursing supervisor on duty that night was Luana, who coordinated the switch to paper charting across four units.'),
      n('On the IT side, Wojciech held the bridge while the interface vendor worked on the database.'),
      n('Dr. Nguyen was the attending who first reported that results had stopped arriving on the ward.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Folasade worked a double shift through the downtime and still walked every new nurse through the paper MAR; thank you.'),
      n(
        'Catrìona had three critical patients and no working eMAR for six hours, and she kept every dose on time; that must have been exhausting.',
      ),
      n('I know the night pharmacists, Elie especially, were under enormous pressure checking every order by hand.'),
      n('Kavitha told us she barely slept afterwards, worrying about the delayed results, and we want her to know the team has her back.'),
      n('It was a brutal night for Raimundo at the switchboard, fielding two hundred pages with a directory that was wrong.'),
      n("Let's acknowledge that Quynh was covering two wards and an outage at once, which is a load nobody should carry alone."),
      n('Peigi stayed three hours past handover to reconcile the lab results, and she was clearly running on empty by the end.'),
      n('The interface team, Khanh and Ealasaid in particular, were carrying a huge workload that week and still answered every call.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The interface log shows “ACK timeout from LIS, user tnguyen, message discarded” forty times between 02:10 and 02:50.'),
      n('The pharmacy system returned “Order rejected: override by RN ADEYEMI_T exceeds limit” on every attempt after midnight.'),
      n(
        'The audit trail entry says “Record unlocked by mkowalczyk at 03:14, reason: downtime”, which is what the system logs for any downtime unlock.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the interface change without asking for the lab validation, and I'll be asking for it on every change from now on."),
      n("As the informatics team, we missed the retired pager numbers in the directory update; that's ours to fix."),
      n('I assumed the pharmacy backup had run without checking it, and that mistake is mine.'),
      n('I restarted the LIS during the morning draw myself, not knowing the downstream queue would jam.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("Before anyone says it was the night nurse's fault, she followed the downtime procedure to the letter."),
      n("This isn't on Caetano; the script he ran was the one in the official runbook."),
      n('People keep saying the lab tech was careless, but the audit log shows she scanned every specimen correctly.'),
      n("I'm not going to let this turn into a hunt for who pressed the button."),
      n(
        'To correct what was said earlier: the pharmacist did not cause the outage, because the database was already failing before she logged in.',
      ),
      n("Enough, please; nobody in this meeting is going to be named as the culprit, so let's talk about the interface."),
      n(
        "Some on the chat called it human error, but that's not a finding we accept when the screen offered two identical-looking buttons.",
      ),
      n('Blaming Arulmozhi for the missed page is tempting and wrong: her pager never received it.'),
      n('The question of whose fault this was is not one this review will answer.'),
      n('Calling the unit clerk incompetent ignores that the ADT screen auto-filled the wrong bed.'),
      n("There was a question about the on-call analyst noticing sooner; the alert didn't fire, so there was nothing for him to notice."),
      n("We are not writing 'operator error' in the root cause, because nothing the operator did was outside normal practice."),
      n("As chair I'm stopping the thread about Jadwiga right now; pointing fingers at her will not bring back a single lab result."),
      n(
        'Reading the minutes, it sounds as if we blamed the vendor engineer, and I want to withdraw that, since the fault was in our own configuration.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The mapping change was merged by the integration pipeline on its own once the scheduled window opened.'),
      n(
        "The pharmacy update was pushed to all cabinets by the vendor's deployment tool in a single batch, which is how that tool is configured.",
      ),
      n('The lab ticket got auto-resolved by the monitoring system when the heartbeat came back, even though messages were still queued.'),
      n('The order set was approved through the standard content-review workflow, which has no pharmacy check for weight-based doses.'),
      n('Stale pager numbers were kept in the directory because the HR feed never sends deactivations for contract staff.'),
      n('The failover was rolled back by the cluster manager after two failed health checks.'),
      n('Results were held in the outbound queue and discarded once the retention limit was reached.'),
      n('The downtime reports got overwritten each night by the scheduled export, so only the latest copy was ever kept.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("At 01:40 Murugan restarted the interface service, since the vendor's runbook puts a restart first for a stalled queue."),
      n(
        'Fadi switched the pharmacy to downtime mode after the dispensing cabinets rejected three orders in a row, which is the cue in our procedure.',
      ),
      n('Iain phoned the on-call nephrologist directly when the paging system stayed silent, since that was the fastest route he knew.'),
      n(
        'Selvi held the lab results on paper until the interface recovered, reasoning that keying them in twice would risk transcription mistakes.',
      ),
      n('Joaquim approved the change on Tuesday based on the test summary he was given, which showed every case passing.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The old interface engine simply isn't competent to handle the message volume we now send it."),
      n("The paging vendor's product failed at its most basic duty, which is delivering a page or telling you it couldn't."),
      n('I no longer trust the downtime viewer; it has been unreliable at every one of the last three outages.'),
      n('The backup job was careless with the allergy table, silently skipping it whenever the table was locked.'),
      n("Responsibility for catching bad mappings sits with the validation step, and right now that step doesn't do its job."),
      n('The LIS is negligent about acknowledgements: it drops them under load and reports nothing.'),
      n('Our change-approval process is at fault here, because it lets a mapping reach production without a clinical sign-off.'),
      n("The dispensing cabinets' override logic is the real culprit behind the duplicate doses."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to add a queue-depth alarm on the interface engine.'),
      n('Obviously the queue stalls at 02:07 on that graph, well before any alert fired.'),
      n('The retry setting needed just one line changed, which is why it went through the fast track.'),
      n('Clearly the pager directory needs a nightly check against the HR roster.'),
      n("Restoring the allergy table simply meant replaying last night's export."),
      n('The logs just confirm what the timeline already suggests: the database locked before anyone touched it.'),
      n('Obviously the downtime packets need to be regenerated automatically rather than on a monthly schedule.'),
    ],
  ],
];

export const DEV_LEARNED18A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED18A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
