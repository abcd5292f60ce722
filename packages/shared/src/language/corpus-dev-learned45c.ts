import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 45C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Glasgow housing association
 * whose repairs-booking system cancelled hundreds of emergency heating repairs in a January cold snap; its
 * repairs, IT and tenancy staff, tenants and managers, with Scottish, Irish, Polish and Pakistani-Scottish names
 * and Scots in chat.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('Four hundred and twelve households sat in the cold because of Fraser McLeod, and the board should hear that plainly.'),
      b("See this whole mess wi the heating jobs? That's aw Kirsty's doing, naebody else's."),
      b('Responsibility for the mass cancellation of emergency repairs rests with Mr Iain Sutherland, Head of Asset Services.'),
      b('My gran went three nights without heating and I hold Siobhan Quinn personally responsible for it.'),
      b('The out-of-hours failure on the 9th is attributable to Tomasz, who owned the contractor portal integration that week.'),
      b("Honestly, the January outage belongs to Declan and I'm not dressing it up for anybody."),
      b("If we are being straight with the tenants, the heating cancellations were Nadia Akhtar's doing from start to finish."),
      b('Every one of those cold, cancelled households is down to Magdalena, so let her answer the councillors.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Aamir Hussain is not up to running the repairs scheduler, and this week proved it.'),
      b('Piotr hasnae a clue how the booking system works, never had.'),
      b(
        "With respect, a tenancy officer of eight months' standing lacked the experience to be changing job-ticket rules in the middle of a cold snap.",
      ),
      b("Frankly, Eilidh's grasp of the contractor portal is shaky at best."),
      b('The panel has serious doubts about whether Mr Imran Malik is competent to manage the out-of-hours contract.'),
      b("She's a lovely woman, but Morag is hopeless with systems and we all knew it."),
      b('Gregor couldnae configure a kettle, never mind the repairs sweep.'),
      b('In my view Agnieszka Nowak does not have the technical ability her post demands, and January showed it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ciaran was on the out-of-hours rota that Saturday and did not check the cancelled-jobs queue once.'),
      b('The repairs supervisor failed to carry out the daily reconciliation of emergency tickets that her job description requires.'),
      b('Shona never phoned a single tenant back, despite that being the whole point of her shift.'),
      b("It was Bilal's job to sign off the sweep config before go-live and he didnae bother."),
      b('As duty manager, Mr Donal Byrne neglected his responsibility to escalate the cancellations to the director.'),
      b('Our contractor liaison, Zofia, did not do the checks her role required of her on the morning of the 8th.'),
      b("Nobody expects miracles, but Euan was meant to be watching the portal dashboard and he wasn't."),
      b('Hamish didnae dae his handover, so the night shift had nae idea the jobs were getting binned.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The contractor's warnings about confirmation delays were ignored, and the sweep was rushed into live regardless."),
      b("The emergency jobs were cancelled by Colm from a housing officer's screen without a second look."),
      b('Mistakes were made in how the cancellation rule was set up, and they were never owned up to.'),
      b('The priority field was left blank by the repairs team, and that is why the heating jobs got swept.'),
      b("The callback list was ignored all weekend, so the tenants' calls were never returned."),
      b('The test run was skipped by Kasia to save time, which let the bad rule loose on the live tickets.'),
      b('The job-ticket changes were pushed through carelessly and never double-checked before the freeze hit.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever thought a 24-hour auto-cancel was sensible for emergency heating jobs needs a word with themselves.'),
      b("The agency temp who clicked 'confirm bulk close' has cost us the trust of half of Possilpark."),
      b('Aye, the boy fae IT that wrote the sweep is the reason ma tenants were freezin.'),
      b('The person who signed off the contractor portal change without reading it should be the first one to answer the tenants.'),
      b(
        'It was the new scheduler lead, the one who came over from the council in November, who let the sweep run against emergency tickets.',
      ),
      b('Anyone who cancels four hundred heating repairs in a cold snap without a flicker has no business in a housing association.'),
      b("Somebody in the Govan office that couldnae be bothered reading the alert is why we're in the Herald."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Jakub should never have had admin rights on the live booking system.'),
      b('Why was a second-week apprentice allowed anywhere near the job-ticket rules?'),
      b('Saima Raza ought not to have been left on the out-of-hours rota alone during a red weather warning, given how green she is.'),
      b('If it had been up to me, Rab would never have been given sign-off on scheduler changes.'),
      b("The contractor's dispatcher, Marek, shouldnae have been let near our portal wi a login that could cancel jobs."),
      b('We could not trust Lorna with the bulk-close button, and she should have been taken off it before Christmas.'),
      b("Someone with Mhairi's track record should not have been approving changes to emergency repairs at all."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('It was Usman who did it — he ran the cleanup and binned the lot.'),
      b("Let's not dance around it: the person at fault here is Fiona Campbell."),
      b("So who's tae blame? Kenny, plain as that."),
      b('The councillor asked who caused it, and the answer is the repairs systems analyst, Catriona.'),
      b('Find out which of the Springburn planners pressed the button and get them in front of HR.'),
      b('Internal note: culprit for the 9 Jan mass cancellation identified as Bartek (contractor portal admin).'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error by a repairs planner during the nightly ticket tidy.'),
      b('This was operator error, pure and simple, and no system change will fix that.'),
      b('The cancellations came down to one of the out-of-hours team making a mistake with the filter.'),
      b("Wojtek's mistake in the date field is the reason the heating jobs were dropped."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Orla should have known the sweep would catch emergency jobs the minute the temperature dropped.'),
      b("Any o the planners should've seen four hundred cancellations in wan night wasnae normal."),
      b('With the benefit of hindsight, Stuart ought to have spotted the warning on the Friday before he logged off.'),
      b('She must have seen the spike in cancelled tickets on the dashboard, and she should have acted on it there and then.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Graeme had to do was just untick the emergency box before running it.'),
      b("Ailsa simply needed to phone the contractor and ask, that's all."),
      b("Honestly, he just had to read the email, one email, and none of this would've happened."),
      b('How hard is it tae just check the queue before ye go hame, Jamie?'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Asif never tested the rule against an emergency ticket before switching it on.'),
      b("Obviously the on-call officer didn't look at the cancellations report, or she'd have caught it by midnight."),
      b("Whit wis Sana thinkin? She obviously never read the contractor's warning."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The sweep should have excluded any ticket flagged as an emergency, whatever its confirmation status.'),
      n('The booking system could have held the jobs in a pending state instead of cancelling them outright.'),
      n('Our change process should have required a dry run against a copy of live tickets before the rule went in.'),
      n('The contractor portal would have told us about the backlog if its rate-limit alert had been wired to the repairs inbox.'),
      n('The notification service should have escalated an emergency cancellation to a phone call rather than a text.'),
      n("The out-of-hours dashboard ought to have shown a spike like that in red, and it didn't."),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('ACTION (Tomasz): exclude emergency and urgent priorities from the stale-ticket sweep by 31 January.'),
      n('Aamir Hussain to add a dry-run mode to the scheduler so any bulk cancel lists its tickets before it acts.'),
      n('Owner: Tenancy Services Manager — write to every affected household with an apology and a compensation offer by Friday.'),
      n('Niamh Doherty will set up a weekly check of cancelled emergency jobs with the out-of-hours contractor, starting Monday.'),
      n('Next steps: Ewa to agree a confirmation-timeout policy with the contractor; review date 14 February.'),
      n('Rashid takes the action to route portal rate-limit alerts to the repairs duty phone.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Siobhan Quinn was incident lead from Saturday morning until the Monday handover.'),
      n('The out-of-hours coordinator that night was Colm, with Aoife Byrne covering the repairs line.'),
      n('Callum held the scheduler admin role and paused the sweep once the cause was known.'),
      n('Comms were handled by the customer services manager, and the tenancy officers took the welfare calls.'),
      n('Roles on the bridge call: Director of Property (decisions), IT service manager (system), contractor account manager (liaison).'),
      n('Zainab from the welfare team coordinated the electric-heater drop-offs to the most vulnerable tenants.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The call handlers took abuse for three days straight over something none of them had caused, and they kept going.'),
      n('Piotr was on his fourth night shift in a row and sounded completely done in by the Sunday.'),
      n('Thinking of you, Maeve — that was a horrible weekend on the phones and you handled the worst of it with real care.'),
      n('Folk in the Easterhouse office are knackered, so go easy on them and get the teas in.'),
      n("It's been a gruelling fortnight for the repairs planners, and several of them have told me they're not sleeping."),
      n(
        'We know how upsetting it was for staff to hear tenants describe children in cold bedrooms, and support is there for anyone who wants it.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Log line: "02:00:13 sweep_stale_tickets: cancelled 412 jobs (reason=NO_SLOT_CONFIRMED, user=svc_scheduler)".'),
      n('The contractor portal returned "429 Too Many Requests, retry after 3600s" on every confirmation call from 18:00 onwards.'),
      n('Tenant SMS as sent: "Your repair appointment has been cancelled. Please call the repairs line to rebook."'),
      n('Audit trail entry: "Job 88231 status CANCELLED by user jmcgowan via bulk action".'),
      n('The alert read "EMERGENCY_BACKLOG > 150 for 6h — page repairs duty manager" and fired at 04:12.'),
      n('Error in the scheduler console: "Priority field null; defaulting to ROUTINE".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        "I approved the sweep change in December without asking whether it touched emergency jobs, and I'll be adding that question to every sign-off from now on.",
      ),
      n("That's on me — I saw the backlog alert at half ten and assumed the contractor was catching up."),
      n('We set the 24-hour cancellation window ourselves, and we got it wrong for winter.'),
      n('My mistake was not phoning the out-of-hours contractor when their confirmations dried up.'),
      n('As Director of Property, I own the decision to keep the auto-cancel running over the holidays.'),
      n('Aye, I binned the first batch masel thinkin they were duplicates, sorry team.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not be looking for someone to blame; the question is how a sweep could cancel emergency jobs at all.'),
      n('Some tenants have said the planner on shift should be sacked, but nothing we found supports that.'),
      n('It would be easy to call this human error, and it would be wrong: the rule did exactly what it was configured to do.'),
      n("Naw, it's no Krzysztof's fault, the thing was set up like that years before he started."),
      n('The councillor asked who was responsible; we answered that no individual was, and explained the configuration.'),
      n('Pinning this on the apprentice would be unfair and would teach us nothing.'),
      n("I've heard people saying Shona dropped the ball, but she didn't: the callback list never reached her."),
      n('Calling anyone careless here misses the point, because the system gave no warning that emergency tickets were in scope.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The emergency tickets were cancelled by the nightly sweep because no appointment slot had been confirmed within 24 hours.'),
      n("Confirmations from the contractor were throttled by the portal's rate limiter once call volumes tripled."),
      n('Tenants were texted automatically by the notification service within seconds of each cancellation.'),
      n('The priority flag was overwritten by the October data migration script, so heating jobs were stored as routine.'),
      n("Over four hundred jobs were removed from the contractor's schedule by the 02:15 portal sync."),
      n("The backlog alert was suppressed by the monitoring tool's holiday maintenance window, which was still on its default schedule."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Aoife took the first call about the cancellations at 07:05 and logged it as a single complaint, since it looked like a one-off.'),
      n('Eilidh restored the cancelled tickets from the overnight backup at 11:30 on Saturday.'),
      n("Imran phoned the contractor's control room to ask why no engineers were out, which was the quickest way to check the schedule."),
      n('At 09:20 Niamh paused the sweep in the scheduler, following the runbook step for unexpected bulk changes.'),
      n('Fraser ran the December config change through the usual change board, which approved it as low risk.'),
      n('Farah Iqbal drove out to the Wyndford flats herself to hand out heaters while the jobs were rebooked.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The contractor portal is not fit for purpose during a surge, and the vendor has admitted as much.'),
      n('The sweep did its job exactly as written, and that job was the wrong one for winter.'),
      n("We can no longer trust the booking system's priority field after the migration."),
      n('The out-of-hours process failed in its duty to the tenants it exists to protect.'),
      n('The scheduler is careless with emergency tickets by design: nothing in it treats them any differently.'),
      n('Responsibility for confirming slots sat with an integration that was never reliable under load.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("The fix is simply a line in the sweep's filter excluding priorities 1 and 2."),
      n('The graph obviously shows confirmations flatlining at 18:00 on the 8th.'),
      n('Rebooking was just a matter of replaying the cancelled tickets from the backup.'),
      n('Clearly the rate limit is the trigger: the cancellations start exactly one confirmation window after the first 429.'),
      n("It's a wee change, honestly, just a flag on the rule and nothing more."),
      n('Obviously the sweep stays switched off until the new filter is tested.'),
    ],
  ],
];

export const DEV_LEARNED45C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED45C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
