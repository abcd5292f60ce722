import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 43B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Québec electricity
 * distributor whose outage map and customer text alerts froze during an ice storm and told hundreds of
 * thousands of customers their power was back when it was not; a bilingual team (French-Canadian,
 * Haitian-Québécois and anglophone Montreal names) writing in English with utility and IT jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The false restoration texts are on Jean-François Tremblay, full stop.'),
      b("Frankly, the frozen outage map is Marie-Ève Gagnon's doing and nobody else's."),
      b('We can trace the 300,000 bogus restoration alerts straight back to Mathieu Bouchard.'),
      b('Sylvie owns this one: her cutover of the SMS templates is what sent the wrong message to every customer on the North Shore.'),
      b('Tell the regulator what you like, but internally this outage-map failure belongs to Étienne Lavoie.'),
      b('Responsibility for the second night of stale restoration estimates lies with Nathalie Pelletier.'),
      b('If you want to know why half of Laval thought the lights were back, ask Guillaume — that mess is his.'),
      b(
        'The OMS auto-closing 1,400 tickets while the laterals were still dead is attributable to Isabelle Gauthier and her config change of Jan. 4.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frédéric has no business configuring an outage management system; he barely understands how feeders nest.'),
      b("Honestly, Geneviève isn't senior enough to run the storm room on her own."),
      b("The SMS vendor's account rep, Kevin O'Brien, is out of his depth with anything bigger than a summer thunderstorm."),
      b('Luc Fortin lacks the technical depth to debug a message queue under load, and everyone on the floor knows it.'),
      b("With all respect to Chantal, she's a billing analyst, not an OMS engineer, and it showed."),
      b('The GIS team is too green to be maintaining a public outage map during a major event.'),
      b("Stéphane Girard is, to put it kindly, not the sharpest integration developer we've ever had."),
      b('Josée Ouellet is an incompetent shift supervisor, and three nights of verglas proved it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Patrice was the on-call OMS admin that night and did not answer a single page, which was the one thing his rota asked of him.'),
      b("Mélanie Caron's job was to validate every restoration message before release, and she didn't do it."),
      b('The storm-room coordinator neglected the checklist item that says to confirm AMI pings before declaring a feeder restored.'),
      b("Éric was supposed to watch the vendor's delivery dashboard overnight; he went home at eleven."),
      b('As change approver, Valérie Poirier failed in her duty to review the template rollback.'),
      b("Our vendor's support engineer ignored his own escalation procedure for four hours."),
      b('Sébastien Dubé did not do his part: monitoring the map export was explicitly his assignment on the storm roster.'),
      b('Jean-Robert Pierre-Louis, who held the communications lead role, dropped the ball on the 6 a.m. customer update.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The restoration alert template was pushed to production without being tested by the person on duty.'),
      b('The warning from the meter data team was ignored for most of the night.'),
      b('Mistakes were made in the storm room on the night of the 5th, and the map paid for it.'),
      b('The cache purge was botched by Annie Cloutier, and the map stayed frozen until noon.'),
      b("The vendor's throttling notice was never read, let alone acted on."),
      b('The ETR override was carelessly entered, which is why Gatineau got a 2 p.m. estimate for a line still lying in the snow.'),
      b('Apparently the rollback was forgotten by the evening shift.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The guy who wrote the auto-close rule for nested outages should explain himself to the board.'),
      b('Whoever clicked "Send to all" on the restoration template owes 300,000 customers an apology.'),
      b('It was the new contractor at the SMS vendor, the one who started in December, who broke the delivery queue.'),
      b("Somebody on the night shift who couldn't be bothered to check the AMI data let those texts go out."),
      b('The analyst who thought a recloser event meant the whole feeder was back is the reason Longueuil got the wrong text.'),
      b('Anyone who silences a queue-depth alarm during an ice storm is the problem, not the software.'),
      b('Ask the intern who scheduled the map refresh job on a shared cron box how that worked out.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Yannick should never have been given write access to the OMS rules engine.'),
      b("Karine Paquette shouldn't have been on call for the storm; she'd only been with us three weeks."),
      b('Nobody from the vendor should have been allowed to touch our production SMS gateway mid-event.'),
      b('Benoît Lévesque was the last person who should have been trusted with the restoration broadcast button.'),
      b('Letting a summer student near the outage map publisher during a level-3 event was asking for trouble.'),
      b('We should have kept Julie off the change approval list until she had been through a storm season.'),
      b("Why was Alexandre Boucher allowed to approve his own change to the alerting rules at 2 a.m.? He shouldn't have been."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('The culprit is Heather Cohen, plain and simple.'),
      b("Let's be honest about who broke the map: it was Ryan MacDonald."),
      b('Find out which dispatcher manually closed those 212 outage tickets and bring them to my office.'),
      b('At fault: Widlyne Joseph, GIS integration.'),
      b("If there has to be one name in the report, it's Fabienne Saint-Fleur's."),
      b('The person to go after here is the vendor engineer, Michael Rosenberg.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the OMS rule update.'),
      b('The map froze because of an operator mistake, not a software defect.'),
      b('This was a dispatcher error, pure and simple, and the post-mortem should say so.'),
      b("Our preliminary finding is that someone's slip in the SMS vendor's portal caused the false notices."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ricardo should have known that a recloser reset does not mean every lateral is energized.'),
      b("Looking back, Nadège ought to have noticed that the map's timestamp hadn't moved since 3:12."),
      b('In hindsight the shift lead should have seen that 300,000 restorations in twenty minutes made no sense.'),
      b("Wilson had the vendor's throttling e-mail in his inbox on Thursday; he should have realized what it meant for Friday's storm."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Stéphanie had to do was just look at the AMI last-gasp counts before hitting send.'),
      b('Mackenson simply needed to pause the campaign in the vendor portal; it is one button.'),
      b("He just had to call the storm room before closing the tickets. That's it."),
      b('Honestly, the on-call could simply have refreshed the map once to see it was frozen.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Guerline clearly never checked whether the map export had run.'),
      b("Obviously the dispatcher didn't read the feeder status before declaring it restored."),
      b('Jeff Michel was clearly asleep at the wheel that night.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The OMS should have kept nested outages open until every downstream meter reported power.'),
      n('The outage map should have shown a "data may be out of date" banner the moment the export job stopped.'),
      n("The vendor's gateway could have held back a 300,000-message burst for review; it has no such hold."),
      n('A restoration message would have been caught if the template pipeline compared it against live AMI data.'),
      n('The change process should have required a storm-mode freeze on alerting rules from the first ice warning.'),
      n('Ideally the ETR calculator would have refused to publish an estimate for a feeder with no crew assigned.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Marie-Ève Gagnon, due 15 Feb): add an AMI cross-check before any "restored" SMS is queued.'),
      n('Action: Mathieu to add a staleness alarm on the outage map export job by end of March.'),
      n('Owner — Colin Murphy: negotiate a per-campaign throttle and kill switch with the SMS vendor.'),
      n('Siobhan Kelly will draft the bilingual customer apology template and circulate it to Legal by Friday.'),
      n(
        'Next step, assigned to the GIS team (lead: Marjorie Cadet): serve a static fallback map when the live feed is older than 15 minutes.',
      ),
      n('TODO @kervens: write the runbook section on pausing alert campaigns during a level-3 event.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander for the night of 5–6 January was Sylvie Côté; scribe was David Abramowitz.'),
      n('The distribution control centre ran the switching; customer communications owned the text alerts.'),
      n("Rose-Merline Bazile was the vendor liaison and kept the line open with the SMS provider's support desk."),
      n('Étienne handled feeder status updates from the field while Nathalie took the media calls.'),
      n('The on-call OMS administrator that night was a member of the Montréal-Nord platform team.'),
      n('Roles: IC — Rachel Weinstein; ops lead — Brendan Walsh; comms — Jennifer Stewart.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The crews in the Laurentides had been working sixteen-hour shifts in freezing rain by the time the texts went out.'),
      n("I know Guillaume hasn't slept properly since the storm, and he's been carrying this hard."),
      n('Nobody in the call centre deserved the abuse they took from customers who had been told their power was back.'),
      n('Isabelle stayed until the map was fixed even though her own house in Saint-Jean had no power.'),
      n('The dispatch team was exhausted, short three people to the flu, and still answering every radio call.'),
      n('Merci to everyone who worked through the weekend; we know what it cost your families.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('OMS log, 03:14:07: "EVT-88213 closed by AUTO_RESTORE rule (parent breaker CLOSED)".'),
      n('Vendor dashboard at 03:20: "Campaign RESTORE_FR_EN — 312,448 queued, 0 failed".'),
      n('The map exporter kept printing "ERROR: lock held by pid 4412, skipping run" every five minutes until noon.'),
      n('Audit trail entry: "user=mgfraser action=ETR_OVERRIDE feeder=LVL-214 value=14:00".'),
      n('SMS text as received by customers: "Hydro: Votre courant est rétabli / Your power has been restored. Merci de votre patience."'),
      n('PagerDuty showed "Incident #4471 acknowledged by a.katz" at 02:58.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the template change on the 4th without asking for a test against storm-mode data, and I will not do that again.'),
      n("We turned off the map's staleness alarm last summer because it was noisy; that was our call and it was wrong."),
      n('I was the one who told the vendor to push the restoration campaign; I read the OMS count and trusted it.'),
      n('My mistake: I assumed the export job would fail loudly.'),
      n("We on the platform team didn't rehearse a level-3 storm with the new OMS, and we own that."),
      n('That pause button in the vendor portal? I did not know it existed until Saturday, and I should have found out.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review will not name a culprit for the frozen map, because there is no single one.'),
      n("Some people on the floor are saying it's Yannick's fault; it isn't, and the timeline shows why."),
      n('Calling this "human error" would be lazy and would teach us nothing about the auto-close rule.'),
      n('Nobody was careless: the dispatcher followed the procedure exactly as written.'),
      n(
        'The media want a name; they will not get one from us, because the failure was in how the OMS and the SMS gateway were wired together.',
      ),
      n('It is tempting to say Karine should have caught it, but nothing on her screen could have told her the map was stale.'),
      n('We are not asking who approved the change; we are asking why a single approval was enough to reach 300,000 phones.'),
      n('Incompetence is the wrong word for what happened on the night shift, and I want it out of the draft.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The outage tickets were closed automatically by the OMS when the upstream breaker reclosed.'),
      n('Map tiles were served by the CDN from a cache last refreshed by the exporter at 3:12 a.m.'),
      n("Roughly 312,000 messages were sent by the vendor's gateway in under nine minutes."),
      n('The export job was blocked by a stale lock file left behind when the server rebooted.'),
      n('Restoration estimates were recalculated by the ETR engine every fifteen minutes from crew status that had stopped updating.'),
      n('The AMI last-gasp messages were dropped by the head-end once its buffer filled.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'At 03:25 Jean-Robert paused the campaign in the vendor portal after a customer in Terrebonne called the IVR to say she was still in the dark.',
      ),
      n('Heather restarted the map export service at 11:40, which cleared the lock and brought the map back.'),
      n(
        'Ricardo Jean-Baptiste closed the Sainte-Thérèse tickets because the OMS showed the parent breaker closed, which is how he had always been told a restoration looks.',
      ),
      n('Annie phoned the SMS vendor at 04:10 and asked them to send a correction in both languages.'),
      n(
        'Before sending the second wave, Frédéric Morin checked the AMI dashboard, which at that hour was showing data from the previous afternoon.',
      ),
      n('Chantal Leblanc opened a priority-1 ticket with the vendor at 05:02 and stayed on the bridge until it was acknowledged.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The OMS is not competent to decide on its own that a feeder is restored when only the head breaker reports in.'),
      n("We trusted the vendor's delivery reports more than they deserved."),
      n('The map exporter failed at its one job: telling customers when its own data was old.'),
      n('The auto-close rule was careless about nested outages; it treated the whole feeder as one customer.'),
      n('Responsibility for deciding "restored" sat with a rule in the OMS rather than with any check against the meters.'),
      n('The SMS platform is dependable for a few thousand texts an hour; at 300,000 in nine minutes it was not fit for the job.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply to make the auto-close rule wait for AMI confirmation.'),
      n('The graph obviously shows the export job dying at 3:12 and never recovering.'),
      n('Just adding a timestamp to the map header would have told customers the data was stale.'),
      n("The change is small: it's just two lines in the campaign config to cap the send rate."),
      n('Clearly, the vendor logs and our OMS log agree on the sequence, so the timeline is solid.'),
      n('Simply put, the cache never expired.'),
    ],
  ],
];

export const DEV_LEARNED43B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED43B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
