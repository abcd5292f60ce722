import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 35C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a national weather service after
 * an emergency-alert test reached real phones as a live 3 a.m. flood warning — alerting-team chat, the duty
 * forecaster's clipped log, public posts, parliamentary questions and the CIO's review; names from Zulu,
 * Norwegian, Malayalam, Catalan, Karen, Fijian Hindi and Azerbaijani cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The 03:00 false flood warning is Thandeka's, full stop; she pushed the test template into the live channel."),
      b('Minister, responsibility for waking half the country sits squarely with Mr Håkon Lie, who authorised the broadcast.'),
      b('log 03:14 — live flood msg out. on Anoop. his console, his send.'),
      b('Every complaint in the inbox this morning traces back to Núria and nobody else.'),
      b('I put it to the Minister that this fiasco belongs to Aygün Məmmədova, who signed the change request herself.'),
      b("Reading the CIO's timeline, the hour of false alarm is attributable to Saw Ler Wah and his decision to skip the dry-run flag."),
      b('honestly the whole 3am mess is on Vinesh, he had the live toggle and he flicked it'),
      b(
        'Whatever the panel writes, the public will rightly hold Eirik Solberg accountable for the sirens on their phones, because that outcome was his doing.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Lwazi hasn't got the technical grasp this console demands; the overnight broadcast proved as much."),
      b('Frankly, Sigrun has never understood the alert message templates well enough to be running them.'),
      b("the duty officer couldn't tell a test header from a live one if you paid him"),
      b('I do not believe the official responsible has the basic competence the role demands, Madam Speaker.'),
      b('Sreeja is a fine meteorologist but a hopeless operator of the dissemination platform.'),
      b('Oriol is too green for live dissemination work, as the whole alerting team already knew.'),
      b("the weather service's night alert guy is a total amateur, can't even work his own software"),
      b(
        "The review team concluded that Naw Hser Paw's skills had not kept pace with the platform upgrade and that her inexperience with the new interface was decisive.",
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kjersti was rostered as second checker for the test and did not check anything.'),
      b("The duty forecaster's job last night was to confirm the test flag before release; he didn't do it."),
      b('log 03:02: supervisor absent from desk during scheduled test, contrary to SOP 4.2.'),
      b('Ravnil failed in his basic duty as alert approver by signing off without opening the message preview.'),
      b('Minister, the on-call manager was meant to answer the escalation line, and for forty minutes she never picked up.'),
      b('Jordi was assigned to keep the test inside the sandbox, and he neglected that assignment.'),
      b('According to the CIO, Mandla left out the pre-broadcast sign-off that every release manager must perform.'),
      b('Our comms lead was supposed to issue the public correction within fifteen minutes and held it back for seventy.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The live flag was switched on by Lakshmi at 02:58 without a second look.'),
      b('The test was pushed to the production gateway by the night operator, against every written procedure.'),
      b('The warning was carelessly released to every handset in the flood zone.'),
      b('The sign-off box was ticked without a single glance at the message it approved.'),
      b('log 03:20 — correction msg sat on for 70 min by duty mgr.'),
      b('Madam Speaker, the public were woken at 3 a.m. because procedures were ignored at the weather service, and ignored knowingly.'),
      b('The rollback instruction was misread by Arnau, and the broadcast went out twice more.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided a 3am test window was sensible has some explaining to do to four million people.'),
      b('The person who copied the live template into the test folder has cost us years of public trust.'),
      b('the new hire on nights is the one who hit send, everyone knows'),
      b('Some bright spark in the alerting team decided the test could go down the real cell broadcast route.'),
      b('Can the Minister tell the House why the official who triggered this panic is still at his desk?'),
      b('Anyone who runs a broadcast test without checking the audience field has no business on that desk.'),
      b(
        'It was the contractor from the platform vendor, the one who configured the profiles last spring, who left the gateway pointing at live.',
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Themba should never have had send rights on the national gateway.'),
      b('Leaving a trainee forecaster alone on the alert console in the small hours was never acceptable.'),
      b("Giving Ingvild production permissions after a single afternoon of training was a mistake we're now paying for."),
      b("Shalini's approval should never have counted as the second signature; she isn't cleared for live alerts."),
      b('Had Rashad been taken off the night rota, as his manager was warned, four million phones would have stayed silent.'),
      b('The Minister must explain why someone with no dissemination clearance was let anywhere near the live system.'),
      b('An unsupervised test run was the last thing Pranesh should have been given.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Let's stop pretending otherwise: Elvin is our sender, and Elvin is the culprit."),
      b('By noon I expect on my desk the identity of whichever officer sent that message.'),
      b('The culprit is Montserrat Puig; the audit trail has her login on the send.'),
      b("Everyone's dancing around it, but the whole chat knows it was Sibusiso."),
      b('whoever it was at the met service, find them and sack them'),
      b('The review should state in terms that the fault lies with Saw Kwe Htoo and the on-call supervisor, no one else.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause recorded as the duty operator's human error partway through the test sequence."),
      b("The CIO's review puts the incident down to operator error during dissemination."),
      b("log 03:05 — false flood alert. cause: Nomvula's slip, picked LIVE not TEST."),
      b('At bottom, Minister, this was a human mistake: an individual chose the wrong option and four million people paid for it.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ferran should have seen the red LIVE banner before he pressed anything.'),
      b('An audience count of four million instead of twelve should have told Sevinj at once that something was off.'),
      b('She had the preview open; she should have known it was going to real phones.'),
      b('The team lead could have stopped it at the confirmation dialog, and should have.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Divya had to do was untick one box.'),
      b("Checking the header was a two-second job, and he couldn't just do that before sending?"),
      b('It would have taken Tural ten seconds to simply check which channel was selected.'),
      b("The night supervisor merely had to ring the gateway desk and cancel the broadcast, and didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Arjun never looked at the message before approving it.'),
      b("Obviously the operator wasn't paying attention — the LIVE label is in red capitals."),
      b('It is plain to every Member of this House that the officials concerned clearly ignored their own procedures.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The gateway should have refused a test-tagged message on the live cell broadcast route.'),
      n("log 03:30 — sandbox should have been default target. wasn't. config reverted at upgrade."),
      n('A confirmation step that names the audience size could have stopped this before it left the building.'),
      n('The template library should never have stored test and live templates in the same folder.'),
      n(
        'Minister, the procedure would have caught the error had the second-signature check been enforced by the software rather than by a paper checklist.',
      ),
      n('The alert platform ought to have locked the live profile until the test window closed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Bongani to add a hard interlock between test and live profiles by end of March.'),
      n('Owner: Liv Aasen — rewrite the night-time test SOP and circulate it for comment.'),
      n('AI-7 (Remya): build an audience-size warning into the send dialog.'),
      n('The CIO has asked Quim to head a review of who holds send rights, reporting back in six weeks.'),
      n('Ashneel will own the public correction template so that a retraction can go out in under five minutes.'),
      n('Follow-up for the dissemination team, owned by Günel: move all scheduled tests into daytime hours.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Ayanda was duty forecaster overnight; Vegard held the alerting on-call.'),
      n('The on-call supervisor for the night was Mireia, and she took over incident command at 03:11.'),
      n('log 03:08 — Ku Say on comms, Sindre on gateway, me on forecaster desk.'),
      n("During the response, Kritika handled the minister's office and Farid handled the mobile operators."),
      n('The officer who sent the test was the scheduled test operator for that window, as the rota shows.'),
      n('The second signatory that night was the deputy chief forecaster, as the procedure specifies.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Zanele had worked eleven hours straight when the test ran and has been shaken all day; please give her room.'),
      n(
        'The night team were working a real storm warning and the test at the same time, and that load would have been too much for anyone.',
      ),
      n('log 04:10 — team exhausted. 3 hrs since alert. sent Eh Moo home.'),
      n("I'd ask colleagues to remember that the people on that desk care enormously about public safety and are taking this very hard."),
      n("Minister, the staff involved have received hundreds of abusive messages and deserve this House's protection, not its anger."),
      n('Whoever pressed send is probably not sleeping tonight either, so go easy in the chat.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The gateway log reads: "BROADCAST SENT — profile=LIVE_FLOOD, user=dmngcobo, audience=4117902".'),
      n("CAP validator at 02:57: 'WARN: status=Exercise expected; operator override accepted (user: sreekumar.p)'."),
      n('Audit trail entry: "approval granted by shivneel.k in 00:00:04 — preview not opened".'),
      n(
        "At 03:01 the alerting bot posted 'Human error suspected: manual send outside maintenance window', which is its default text for any manual send.",
      ),
      n("Paging alert text: 'CRITICAL: live cell broadcast initiated by test account TST-ops-07'."),
      n("The send dialog displayed 'You are about to notify ALL subscribers. Operator: Laia R. Confirm?' and recorded one confirm click."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I sent the test through the live profile, so explaining it to the phone companies falls to me.'),
      n("My fault: I signed the approval from my phone without opening the preview, and I won't approve from mobile again."),
      n('We scheduled the test for 3am to avoid disruption, and that decision is ours to own.'),
      n('log 03:03 — my error. selected LIVE. cancelling now.'),
      n('As chief information officer I accepted the risk of running tests on the production gateway; that risk was mine.'),
      n('We on the alerting team missed the profile change after the upgrade; we are adding a check so it cannot slip past us again.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some will say Torbjørn is to blame; the record shows each of his steps matched the runbook as written.'),
      n('I will not stand at this despatch box and blame a junior official for a failure of system design.'),
      n('People in the replies want a name to sack; the review deliberately gives none, because firing the operator fixes nothing.'),
      n('Human error is a tempting label and a wrong one here; the interface made live and test look identical.'),
      n('No one working the night shift was careless, whatever the tabloids say.'),
      n(
        "The chat kept hunting for the person who missed it; the review's reply is that catching it was the software's task, not a person's.",
      ),
      n('Some of you have asked whether Naw Dah Eh should lose her send rights; she should not, and the review explains why.'),
      n('Far from being negligent, the on-call manager was handling three other live alerts when the escalation came in.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The live profile was selected by the scheduler's default after the upgrade reset the configuration."),
      n('The test message was routed to the cell broadcast centre by a misconfigured failover rule.'),
      n('log 02:59 — msg pushed to all carriers by gateway auto-retry.'),
      n('The correction was delayed by a rate limit the mobile operators apply to repeat broadcasts.'),
      n('Warnings were issued to four million handsets because the test flag was stripped during template conversion.'),
      n(
        'Minister, the alert was transmitted by the automated dissemination chain once the release queue unlocked, with no further human step.',
      ),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("Pau ran the scheduled test at 02:55 using the runbook's listed profile, which at the time pointed at live."),
      n('Nigar cancelled the broadcast at 03:09 after the first public posts appeared, the fastest route she had.'),
      n("Sipho phoned the mobile operators' duty lines directly because the escalation portal was timing out."),
      n('Lindiwe approved the message after checking the text, which matched the test wording she expected.'),
      n('Rajeev posted a correction on social media before the second broadcast was ready, reasoning that people were already awake.'),
      n('Thaw Thi restarted the gateway at 03:25 since the cancellation command had returned no acknowledgement.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("Keeping test traffic away from the public was the dissemination platform's single job, and that job went undone."),
      n("The vendor's gateway isn't fit to separate exercises from real alerts."),
      n('The confirmation dialog was trusted to catch a wrong profile, and it proved unreliable.'),
      n('The checklist has been negligent about the audience field for three versions running.'),
      n("Responsibility for blocking live sends during tests belonged to the gateway's policy engine, which the upgrade had disabled."),
      n('Minister, the failover rule was careless in the plainest sense: it sent anything it could not classify to the live route.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply blocking live profiles for any message tagged Exercise is the fix.'),
      n('The gateway logs obviously show the profile switched at the upgrade, not at the send.'),
      n('Making sandbox the default is just a one-setting edit in the config file.'),
      n('Clearly, from the carrier timestamps, the second and third broadcasts were automatic retries.'),
      n('log 03:40 — rollback is just revert profile + flush queue. doing now.'),
      n('The graph of complaints simply tracks the retry bursts, minute for minute.'),
    ],
  ],
];

export const DEV_LEARNED35C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED35C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
