import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 48E of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: the fleet-ops, dispatch and
 * app-support staff of a São Paulo shared e-scooter operator whose battery-swap dispatch sent crews to empty
 * docks over Carnaval weekend, writing chat, notes, e-mails and reviews in the English of a Brazilian ops team,
 * with Italian-, Japanese-, Afro- and Northeastern-Brazilian names and micromobility jargon.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The empty-dock fiasco on Carnaval Saturday is on Lorenzo, full stop.'),
      b("Honestly, gente, the whole swap mess is Kenji Tanaka's doing and the board should hear it from us first."),
      b("Three hours of vans driving to empty docks in Vila Madalena: that loss goes on Giovanna's account, not the planner's."),
      b('blame for the R$ 40k in lost rides sits with Josivaldo, he owns this one'),
      b('To be direct, responsibility for the failed Sunday rebalancing lies with Dona Francisca and nobody else.'),
      b('Seu Raimundo cost us the Ibirapuera cluster on Monday, and I want that written in the review.'),
      b('If you ask anyone in fleet ops, Akemi Sato is the reason half the swap crews spent Saturday night at racks with nothing in them.'),
      b('This outage belongs to Matteo; he pushed the dock-inventory change on Friday and everything that broke after it is his.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Thaís has no idea how to run battery-swap dispatch on the biggest weekend of the year, she can barely read the routing screen.'),
      b('Frankly, Cícero is out of his depth with anything more complicated than a spreadsheet.'),
      b('Pietro showed the whole floor exactly how green he is when the Carnaval surge hit.'),
      b('A decent mechanic, sure, but Hiroshi is a hopeless planner and the swap schedule proved it.'),
      b("Valdenice's grasp of dock telemetry is shaky at best, and it showed on Sunday."),
      b('Performance note: Caio Bianchi lacks the seniority and the judgement that fleet ops coordination demands.'),
      b('Dona Benedita, bless her, is too slow on the dispatch console to cope with a bloco weekend.'),
      b('I watched the new analyst misread the swap map four times in one hour; Rafaela is not capable of this job.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Edivaldo was on the dispatch rota Saturday night and never did the hourly dock-count check that the rota requires.'),
      b('Giuliana did not do her job: the pre-Carnaval inventory audit was assigned to her and it never happened.'),
      b('As fleet ops on-call, Takeshi left the pager ringing for forty minutes while vans circled empty docks.'),
      b('Mariko failed at the one task her role exists for, which is confirming batteries are in the rack before crews roll.'),
      b('Seu Genival skipped the Friday handover he is supposed to run, so the night shift never heard about the frozen feed.'),
      b('The app support lead let thirty empty-dock tickets pile up instead of escalating them as her shift duties say she must.'),
      b('Wellington, the geofence owner, neglected his responsibilities and left the Sambódromo zone unconfigured for the parade.'),
      b("Josenildo, you were the swap coordinator on shift, it was your job to call the crews back and you didn't."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The dock inventory was left unchecked all Saturday night by the dispatcher on duty.'),
      b('The wrong route file was uploaded to the swap vans, carelessly, and nobody wants to say by whom.'),
      b('Before the first bloco even started, the Vila Madalena geofence had been botched by Severino.'),
      b('The swap list was thrown together lazily and sent out without a second look, and thirty crews paid for it.'),
      b('Warnings from app support were brushed off by the night shift lead for most of Sunday.'),
      b('Battery counts had been fudged by Adenor so that his dock report would look complete.'),
      b('Key settings in the dispatcher were overwritten through sheer negligence during the Friday change.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever approved the Carnaval swap plan without checking a single dock needs to explain themselves.'),
      b('The guy from the Mooca hub who "fixed" the dock feed on Friday is the reason we lost the weekend.'),
      b('It was the new hire in fleet ops, the one who started in January, who broke the rebalancing job.'),
      b('Someone on the night desk who thinks checklists are optional sent twenty vans to nothing.'),
      b('Everyone on the floor knows the intern who was playing with the geofence editor at 2 a.m. caused this.'),
      b('Whoever wrote "docks OK" in the handover without looking owes every crew an apology.'),
      b('That contractor from the telemetry vendor, the one with the laptop full of stickers, wrecked our dock counts.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Kenji should never have been given write access to the dispatch config over Carnaval.'),
      b('Somebody six weeks into the company should not have been the fleet ops on-call for the biggest weekend of the year.'),
      b('Why on earth was Zezé allowed to push a dock-inventory change to production on a Friday night?'),
      b('The temporary crew supervisor should never have been allowed to approve his own swap routes.'),
      b('Dona Nilce should have been kept away from the production geofence tool until she finished her training.'),
      b('Giving Bianca admin rights on the swap dispatcher was asking for trouble.'),
      b('If it had been up to me, Ednaldo would never have been trusted with the Carnaval rota.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Let me be clear about who did this: Gildásio.'),
      b('Culprit: Rosivânia, who ran the bulk dock reset at 23:40.'),
      b('We all know who broke dispatch, and his name is Enzo.'),
      b('Leadership wants a name, so here it is, it was Akemi who emptied the swap queue.'),
      b('It was Seu Raimundo, not the software, who is at fault here.'),
      b('Go after Dandara for this one, the bad dock map came from her laptop.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error at the dispatch desk during the Carnaval surge.'),
      b('The empty-dock runs came down to operator error, plain and simple.'),
      b('This was a mistake by a fleet ops analyst, not a bug in the planner.'),
      b("Sunday's failure was caused by Iara's error when she keyed in the swap thresholds."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Wellington should have seen that a dock showing full for six straight hours was frozen.'),
      b('Anyone who looked at the Saturday map for ten seconds would have known the racks were empty, and Cícero had it open all night.'),
      b('Knowing what we know now, Dona Francisca ought to have pulled the crews back at the very first empty-dock report.'),
      b('With hindsight, Thaís should have questioned a swap list that sent eight vans to the same dock.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Josivaldo had to do was just refresh the dock feed before dispatching.'),
      b("Pietro simply needed to glance at the battery count, and he couldn't even manage that."),
      b("She just had to call the Pinheiros crew back, one phone call, that's it."),
      b('The night lead only had to open the map tab; it was simply a matter of looking.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Hiroshi obviously didn't read the handover, or he would have seen the warning about the dock feed."),
      b("Clearly the dispatcher on Saturday couldn't be bothered to check a single dock."),
      b('It is obvious to everyone on the team that Bianca ignored the alerts.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The dispatch service should have refused to assign a swap to a dock reporting zero charged batteries.'),
      n('Our dock telemetry should have flagged that the counts had not changed in six hours.'),
      n('A config freeze for event weekends would have stopped the Friday push from reaching production.'),
      n('The swap planner could have cross-checked dock inventory against the van manifests, but nothing in it was built to do that.'),
      n('Ideally, the geofence editor should have shown a diff before saving.'),
      n('The handover template should have had a field for stale feeds; it had none, so the gap crossed shifts unnoticed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: Matteo to add a staleness alarm on the dock inventory feed by 15/03.'),
      n('Owner Giovanna, add a second sign-off step for dispatch config changes on event weekends, due end of March.'),
      n('Takeshi will write the runbook for pulling swap crews back when a dock reports empty.'),
      n('Follow-up for app support (Luana): route "empty dock" rider tickets straight to the fleet ops channel.'),
      n('Dona Benedita owns the new pre-Carnaval inventory checklist and will present it at the April ops sync.'),
      n("Next step, Josenildo and Érika Hayashi pair on a dry run of the swap planner against last year's bloco calendar."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on Saturday was Caio Bianchi; Valdenice handled comms with the crews.'),
      n('The dispatcher on duty Saturday night was Edivaldo, with Mariko as fleet ops lead.'),
      n('App support on the night shift was Dona Nilce, who took the rider tickets.'),
      n('Seu Genival ran the Mooca hub while Rafaela covered the Pinheiros dock cluster.'),
      n('During the response, Yuki Oshiro kept the timeline and Severino coordinated the vans by radio.'),
      n('Roles for the weekend were one dispatcher per zone, one fleet ops lead, and Adenor as on-call engineer for the telemetry feed.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night crew had been on their feet since the Friday blocos, and several of them told me they were exhausted.'),
      n('Thank you, Dandara, for staying four hours past your shift to call every van back.'),
      n('Zezé was handling three zones at once with a phone in each hand, and nobody should be put in that position by our staffing plan.'),
      n('Our crews drove to empty docks in the rain for hours, so it is completely understandable that morale is low this week.'),
      n('Gildásio told me he felt terrible about the weekend; I want him to know the team is behind him.'),
      n('Working dispatch during Carnaval is brutal: the noise, the traffic, the rider calls that never stop.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Dispatcher log at 22:14: "swap_job 8812 assigned crew=SP-07 dock=PIN-031 available=12 (cached)".'),
      n('PagerDuty sent "DockInventoryStale: last update 6h ago" to the on-call channel at 03:02.'),
      n('The audit trail shows "geofence SAMBODROMO_01 updated by ednaldo.silva" at 19:47 on Friday.'),
      n('App support got this back from the system: "Error 409, battery reservation failed: dock empty".'),
      n('Grafana alert text, verbatim: "rebalancing_queue_depth > 400 for 30m (warn)".'),
      n('The van tablet displayed "Dock confirmed - 14 batteries ready" even though the rack was empty.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday config change without asking for a staging test, and I will not do that again.'),
      n('We chose to skip the pre-Carnaval inventory audit to save time, and as ops manager that decision was mine.'),
      n('My handover note said "docks fine" because I trusted a dashboard I had not checked; I own that.'),
      n('I was the one who turned off the staleness alert in January because it was noisy, my mistake.'),
      n('We in fleet ops underestimated the bloco crowds, and we are changing how we plan event weekends.'),
      n('On my side, I read the empty-dock tickets at 23:00 and assumed riders were confused, which was wrong of me.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some people on the floor are saying Luana ruined Carnaval; that is not what happened, and this review will not say it.'),
      n('This is not about who pressed the button.'),
      n('Calling it human error would be lazy, since the dispatcher acted on the numbers the system gave him.'),
      n('No one here is incompetent, pessoal, the dock feed lied to all of us equally.'),
      n('I have been asked to name a culprit and I am declining, because the failure was in how the swap planner trusts cached counts.'),
      n('Yes, the board wants someone to blame; no, we are not handing them a dispatcher.'),
      n(
        'It would be easy to say Seu Cleiton should have noticed, but the map in front of him showed full docks, so that is not our finding.',
      ),
      n("Blame is off the table at Thursday's retro: we are there to fix the planner, not to judge Noemi Kobayashi or anyone else."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The dock counts were overwritten by the nightly sync job with values cached on Friday.'),
      n('Thirty-one swap jobs were assigned by the planner to docks that riders had already emptied.'),
      n('The Sambódromo geofence was shrunk by the city API import, so scooters inside it were marked out of zone.'),
      n('Battery reservations were silently dropped once the queue hit its limit.'),
      n("The stale-feed warning was suppressed by the alert deduplication rule, which treated it as a repeat of Friday's."),
      n('Crews were routed to Vila Madalena by an out-of-date demand heatmap.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 22:30 Giuliana reassigned four vans to Pinheiros, because the dashboard showed it as the zone with the most demand.'),
      n('Yuki Oshiro restarted the telemetry collector at 01:10, which was the step the runbook listed for a frozen feed.'),
      n('Dona Maria das Dores phoned the Mooca hub for spare batteries when the second crew reported an empty rack.'),
      n('Lorenzo rolled back the dock-inventory change on Sunday morning after comparing counts with the photos the crews sent.'),
      n('Érika read the rider tickets, saw the word "vazio" in most of them, and posted a summary in #fleet-ops.'),
      n('Before dispatching, Ivanildo checked the planner screen, which showed every dock above 80%, and sent the crews out.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The swap planner is not competent to handle a surge; it was built for weekday demand.'),
      n('Our dock telemetry failed at its one job, telling us how many batteries were in the rack.'),
      n('The cached inventory was trusted by every screen far more than it deserved.'),
      n("The vendor's dock firmware is careless with timestamps and reports old counts as new ones."),
      n('Right now, responsibility for confirming a dock is stocked belongs to no check anywhere in the pipeline.'),
      n('During city events the geofence import is unreliable and cannot be trusted.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just a timestamp check: refuse any dock count older than fifteen minutes.'),
      n('The graph obviously shows the inventory flatlining at 17:52 on Friday.'),
      n('Rolling back was simply a matter of redeploying the previous config.'),
      n('From the van GPS traces it is clear that every empty-dock trip started after the sync job ran.'),
      n('It is only a two-line change to the planner, just a guard clause, but we want it tested before the next event weekend.'),
      n('The logs simply confirm what the crews reported, zero batteries at 27 docks.'),
    ],
  ],
];

export const DEV_LEARNED48E: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED48E_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
