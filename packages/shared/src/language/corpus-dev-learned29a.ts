import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 29A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a hospital outpatient booking
 * centre, clinic coordinators and patient-liaison office after an SMS reminder service texted patients the
 * wrong appointment times for a week (booking-centre chat, clinic managers' emails, patient complaints and a
 * serious-incident report to the health board); names from Kurdish, Zulu, Latvian, Malayalam, Cantonese,
 * Peruvian Spanish and Breton cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Every one of those missed fracture-clinic slots traces back to Sipho Ndlovu and the template he pushed on the Friday.'),
      b("Honestly, this week of wrong texts is Ilze's doing and the booking centre shouldn't be carrying it."),
      b(
        'The governance panel attributes the harm from the delayed oncology reviews to Mr Sreekumar Nair, who configured the reminder feed.',
      ),
      b('As far as the patient-liaison office is concerned, all 214 complaints belong to Ka-wai Leung.'),
      b(
        'My mother sat in the cold outside the eye unit for an hour at dawn, and I hold Ms Yupanqui at your booking centre personally accountable for it.',
      ),
      b("Dr Le Gall told the clinic managers that the lost dermatology list was Goulven Kerhervé's fault and nobody else's."),
      b('If any patient came to harm because of the seven o’clock texts, that falls on Thandeka, since the go-live was hers.'),
      b('Whichever way you slice the timeline, the week of wrong reminder times lands at the door of Dilan Zebari.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Aivars lacks the technical grounding needed to edit message templates reaching forty thousand patients.'),
      b("With respect, four months as a coordinator is not enough, and Wing-yan's reminder rules show exactly that."),
      b('Nomvula is lovely with patients, but anything touching the booking system is beyond her.'),
      b('Percy Mamani lacks the basic skill to read a time-zone setting, and this whole week proves it.'),
      b('I doubt Nolwenn, junior as she is, understood what the offset field even did.'),
      b('The Ward 12 clinic manager is a poor fit for any role that involves configuration work, and the reminder rules are the evidence.'),
      b('Jithin Menon barely understands the appointment system, so the reminder changes were never going to go well in his hands.'),
      b('Whatever Kristaps is good at, running a patient messaging service is not among his talents.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b(
        'Lindiwe, who owns the reminder service, was meant to sample the outgoing texts each morning, yet skipped every single morning that week.',
      ),
      b('Chun-kit was the booking supervisor on duty on Monday and never escalated the first three patient calls about wrong times.'),
      b(
        'The on-call systems analyst let the patient-liaison pages go unanswered on Tuesday night, though answering them is exactly what his rota is for.',
      ),
      b("Signing off the clock-change test plan was Baiba Ozoliņa's job, and she let the change through without one."),
      b(
        'Milagros was assigned to reconcile the did-not-attend list against the reminder log every afternoon and left it untouched for four days.',
      ),
      b('Our Datix lead failed to raise the incident within the twenty-four hours her role requires.'),
      b('Tanguy neglected his duty to brief the clinic coordinators once he knew the texts were running an hour early.'),
      b(
        "The vendor's account manager, Hozan, skipped the most basic part of his job, which was telling us the gateway had changed its time handling.",
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong offset was keyed into the template by Zanele during the Friday change window.'),
      b("The vendor's warning email was ignored, and the reminders went out regardless."),
      b('Patient complaints were left sitting unanswered in the shared inbox for three days by the liaison team.'),
      b('The pre-send check was skipped so that the rollout could be wrapped up before the long weekend.'),
      b(
        'The clinic managers were not told until Thursday because the first incident ticket had been closed as a duplicate by Mei-ling Tsang.',
      ),
      b('Mistakes were made in setting up the reminder rules, and they were made carelessly.'),
      b('The daylight-saving setting was disabled by booking centre staff, who then let a full week pass without restoring it.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the template without sending one test text to their own phone owes the ophthalmology patients an apology.'),
      b('The coordinator who copied the summer template over the winter one is the reason for this whole mess.'),
      b('The person who muted the vendor alerts for being annoying is answerable for a great many missed clinics.'),
      b('The analyst who was too busy to read the release notes is why patients sat in an empty waiting room at seven in the morning.'),
      b('Ask the one from IT who called the change cosmetic why three hundred people missed their appointments.'),
      b('Somebody in that office decided an hour did not matter, and that somebody ought to be named in the report.'),
      b('Anyone willing to sign off a patient messaging change unread deserves every complaint that lands afterwards.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody should ever have let Sanita Liepiņa edit the live reminder templates.'),
      b('Why was a locum receptionist allowed anywhere near the SMS gateway configuration?'),
      b(
        'Had template permissions stayed with informatics instead of being trusted to the clinic coordinators, the patients would have had the right times.',
      ),
      b('Ronan was not the right person to be approving changes that week, not with his record.'),
      b("The vendor's graduate engineer had no business touching our production tenant without a senior looking over his shoulder."),
      b('Handing Wai-man the only admin login for the reminder service was a trust the manager should not have extended.'),
      b(
        'A person with no clock-change testing behind them does not belong on the approval rota for patient messaging, and yet Berivan sat on it.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('There is one culprit here and his name is Mandla Khumalo.'),
      b("Our patients deserve a name, and the one at fault is the booking centre's systems lead."),
      b('By five o’clock I expect to know exactly which individual made this change.'),
      b("So which of you pressed the button? That's the person we should be talking to."),
      b('Everyone in the booking centre knows the culprit is Edgars, so why are we pretending otherwise?'),
      b('The complaints team should go after the coordinator who uploaded the bad rule, not after the vendor.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('The underlying cause of the reminder incident was human error during the template update.'),
      b('The booking centre made an operator error here; the gateway itself was never at fault.'),
      b("Root cause: a coordinator's mistake when entering the reminder offset."),
      b('Put simply, Siu-ming made an error and forty thousand patients were given the wrong time.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('From the very first complaint call, Deepthi should have noticed that every text was an hour out.'),
      b("Anyone looking at Monday's empty clinic lists would have realised the reminders were wrong, and Tudual looked at them twice."),
      b('Knowing what we know now, Themba ought to have paused the reminders on Tuesday morning.'),
      b("Flor had the vendor's changelog in her inbox and should have known the time handling was about to change."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Reshma just had to send one test text to her own phone before go-live.'),
      b('Why could the coordinator not simply glance at the preview screen before pressing send?'),
      b('It was just one checkbox, and Yann still managed to leave it unticked.'),
      b('Sherko could just have rung a single patient to ask what their text said, and he never did.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Kawa obviously never opened the vendor's release notes."),
      b('Clearly the clinic manager did not care enough to read even the first batch of texts.'),
      b('The times were wrong as plain as day, and Leydi obviously chose to brush off the patients who rang in.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The reminder gateway should have rejected a template whose times no longer matched the booking record.'),
      n(
        'No patient messaging should have been able to go live until a staff phone had received a test send; the procedure lacked that gate.',
      ),
      n('The clock-change test could have caught the one-hour shift had it run against the real gateway rather than the sandbox.'),
      n('A reconciliation between booked slots and sent texts would have flagged the mismatch by Monday lunchtime.'),
      n("The vendor's release should have carried a warning that time-zone handling had changed for UK tenants."),
      n('Ideally the booking system would have paused outbound reminders on its own once did-not-attend rates doubled.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Nokuthula Mkhize to add a staff-phone test send to the reminder change checklist by 30 June.'),
      n('Owner: informatics (Gatis) to build a daily comparison of booked times against sent message times.'),
      n('Patient-liaison office, led by Aswathy, to write to every affected patient and offer a rebooked slot within two weeks.'),
      n('Action: Pui-shan to agree with the vendor a notice period for any change to time handling.'),
      n('Soazig Le Bihan will own the review of clock-change testing across all outbound messaging, due before October.'),
      n('Follow-up owners: the clinic managers, each to confirm their rebooking list is complete by the end of next week.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Zana Rekani was incident lead from Tuesday afternoon, and Rocío Huamán kept notes on the bridge call.'),
      n('The on-call systems analyst that week was Arun Pillai, with the booking supervisor as second contact.'),
      n('Erwan coordinated the rebooking effort while the liaison office staffed the phone lines.'),
      n("Responsibility for the reminder templates sits with outpatient informatics under the service's operating model."),
      n('Katell, as duty manager, chaired the Wednesday huddle and Thulani ran the vendor call.'),
      n("The clinic coordinator role covers template requests; the configuration itself is carried out by the vendor's support desk."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The booking centre took over nine hundred calls that week, many from upset patients, and the team was exhausted by Friday.'),
      n(
        'Hoi-yan stayed late three nights running to rebook the diabetic eye screening patients, and we should make sure she gets that time back.',
      ),
      n('Please be gentle with the coordinators; several of them were shouted at on the phone over something they had no part in.'),
      n('It was a frightening week for patients who feared they had missed chemotherapy, and for the staff who took those calls.'),
      n('Dace has been carrying a lot of worry about the patients who travelled in early, so let us check in with her this week.'),
      n(
        'The workload on the liaison office was already heavy before the incident, and this pushed the team well past what is sustainable.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The gateway log shows "template OUTPATIENT_REMIND_V7 rendered slot_time with offset +00:00" for every message on 28 March.'),
      n('The audit entry reads: "user jozolins updated field tz_mode from LOCAL to UTC".'),
      n('Alert text at 06:40: "Outbound SMS volume normal, delivery rate 98.7%".'),
      n(
        "The booking system received 'ERR_SLOT_MISMATCH: reminder time differs from appointment time by 60 min' and logged it only as a warning.",
      ),
      n('One patient forwarded the text itself: "Dear Mrs Ccori, your appointment at Eye Clinic is on 02/04 at 08:30. Reply C to cancel."'),
      n('For the entire week the vendor status page said "No incidents reported".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I signed off the template change without a test send, which is a step I will insist on from now on.'),
      n('We in the booking centre read the early complaints as patients misremembering, and that cost us two days.'),
      n('I should have paused the reminders on Tuesday when the second clinic rang; that call was mine to make.'),
      n("As orthopaedics clinic manager, I failed to pass the vendor's notice on to my coordinators, and I have apologised to them."),
      n('Our team scheduled the rollout for the weekend the clocks changed; the mistake is ours.'),
      n('Keeping the service running while we investigated was my decision, and I accept it made the week worse for patients.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some of the complaint letters blame the receptionists, but the receptionists were reading from the same wrong schedule as the patients.',
      ),
      n('Sibusiso could easily be labelled careless, yet he followed the change procedure to the letter.'),
      n('Human error is not the finding of this report; the gateway accepted an unsafe configuration with no warning at all.'),
      n('There was talk in the chat about finding out who pressed the button, and that is a hunt this team will not be joining.'),
      n(
        'Calling this a failure by the coordinators misses the point, because no coordinator could see the rendered text before it went out.',
      ),
      n('No one here is at fault for not spotting an hour difference in a message they never saw.'),
      n(
        'The health board asked whether the clinic managers had been negligent; our finding is that they were not, and the report sets out why.',
      ),
      n('Gwenaëlle has been named in a few emails as the one who broke it, yet nothing in the logs or the timeline backs that claim.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Every reminder was rendered in UTC by the gateway after its update on 27 March.'),
      n('The daylight-saving flag was reset to its default when the vendor migrated our tenant to the new platform.'),
      n('The mismatch warnings were suppressed by the booking system because they were classed as low priority.'),
      n('Failed deliveries were retried automatically, so some patients were sent the wrong time twice.'),
      n('The did-not-attend flags were applied overnight by the batch job, before anyone could know the reminders had been wrong.'),
      n('Each complaint was forwarded by the new web form to a general inbox, which is why so few reached the liaison office quickly.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Līga changed the reminder template on 27 March because the vendor had asked all customers to move to version 7.'),
      n(
        'Nhlanhla closed the first ticket as a duplicate because an identical one about a different clinic had been raised an hour earlier.',
      ),
      n('Unnikrishnan restarted the reminder queue on Wednesday, after a call in which the vendor said its fix was live.'),
      n('Fiorella phoned the vendor on Tuesday morning to ask whether the clock change had been applied, and was told it had.'),
      n("Mbali kept the service running after the first reports, on the vendor's advice that only one clinic was affected."),
      n('Riwal Cloarec sent the first all-staff email at 14:10, once three clinics had reported the same pattern.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('A reminder gateway that can silently change how it reads times is unfit for the purpose it was bought for.'),
      n("Keeping the slot time and the message time identical is the booking system's one job, and for a week it fell short of it."),
      n("We trusted the vendor's sandbox to behave like production, and the sandbox did not deserve that trust."),
      n('The change checklist was careless about time zones; it never asked what happens across a clock change.'),
      n("The vendor's product is immature in how it handles UK daylight saving."),
      n('The template validator is negligent by design: it checks spelling and length but never the time it prints.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Switching the tenant back to local time and resending corrected reminders simply fixed everything.'),
      n('The graph of attendance by hour obviously shows the shift starting on 28 March.'),
      n('The setting is just one line, but it sits behind three screens in the vendor console.'),
      n('Clearly, the timing fits the gateway update, since the problem began within an hour of it.'),
      n('The corrected texts can simply be resent from the queue; future appointments need no manual rebooking.'),
      n('Obviously, the sample of complaints tells the same story as the logs: every time was sixty minutes early.'),
    ],
  ],
];

export const DEV_LEARNED29A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED29A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
