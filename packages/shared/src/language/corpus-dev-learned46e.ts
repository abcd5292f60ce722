import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 46E of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: an Almaty ride-hailing
 * company whose surge-pricing and driver-dispatch service sent drivers to the wrong side of the city in a
 * snowstorm, stranding riders at the airport; chat, notes, e-mails, letters and rider reviews in the
 * English of a Kazakh product and ops team, with Kazakh, Russian, Uyghur and Korean-Kazakh names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The airport meltdown on Friday is on Nurlan Seitkali, full stop.'),
      b(
        "Dear colleagues, as per my analysis the 11.4 million tenge of refunds are attributable to Dmitry Volkov's surge change and nobody else's.",
      ),
      b('Aigerim owns this outage: her geozone edit is why four hundred riders stood in the snow at ALA.'),
      b('This one is on Timur, not on the weather.'),
      b("We lost the airport for three hours and that is Dilnaz's doing, whatever the timeline says."),
      b('Responsibility for stranding riders at the airport lies with Gulnara Abenova as head of dispatch.'),
      b('The snowstorm did not send two hundred cars to Kok-Tobe; Arman did, and the refunds are his to answer for.'),
      b('To the board: the Friday incident, with all its losses, is attributable to Kim Sergey.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Dmitry is not senior enough to touch dispatch radius config on a storm night.'),
      b('Frankly, Asel does not understand how the ETA model works, and I doubt she ever did.'),
      b('Our new pricing analyst is completely out of his depth with multipliers.'),
      b("Yerlan lacks the experience to see what a flipped polygon does to dispatch, that's the real issue."),
      b("Madina's skill level is nowhere near what owning the airport geozone requires."),
      b('Incompetent is the only word I have for how Baurzhan handled the surge config.'),
      b('The Almaty ops lead is not fit to run a storm shift, and Friday proved it.'),
      b('Kim Viktoria is a nice person but a weak engineer, and the dispatch service shows it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Murat was the on-call dispatcher and did not acknowledge the airport alert for forty minutes of his own shift.'),
      b('Saltanat was supposed to review the geozone PR before release; she never did.'),
      b('Support lead failed to escalate the queue to ops, even after 300 tickets from the airport.'),
      b("It was Ilyar's job to watch the surge dashboard in storm mode, and he wasn't watching it."),
      b('The whole night rota skipped the weather checklist, which is literally their duty.'),
      b('Zhanna did not do the pre-storm capacity review that is assigned to her every week.'),
      b('As pricing owner, Ten Roman neglected the manual surge cap his own runbook requires.'),
      b('City manager left the airport zone without a duty coordinator, against the rota she signed.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The airport geozone was deleted by Olga Petrova at 18:42 without asking anyone.'),
      b('The storm alert was ignored by the night shift for almost an hour.'),
      b('Mistakes were made in pricing on Friday, and everyone knows by whom.'),
      b('Surge caps were switched off by somebody on the pricing team who then went home.'),
      b('Kazhydromet red warning was received at 14:00 and was not acted upon by the duty manager.'),
      b('The rollback was held up by Dilmurat, who insisted on finishing his analysis first.'),
      b('The dispatch radius was carelessly widened to 30 km by hand, and nobody was told.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pushed the geozone file on Friday evening broke the airport for the whole city.'),
      b('The guy who thinks surge fixes everything is the reason drivers went to Medeu instead of ALA.'),
      b('The new hire from Astana who edited the ETA weights without a ticket should explain himself.'),
      b('Whoever runs your Almaty dispatch should be ashamed, I waited two hours at the airport with a baby.'),
      b('Some intern from the analytics floor decided to "tune" the dispatch radius, and here we are.'),
      b('The same manager who cancelled the December storm drill left us with no plan on Friday.'),
      b('Anyone who approves a pricing change on a red-weather day deserves everything that followed.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Dilnaz should never have had write access to production geozones.'),
      b('A contractor like Pak Elena should not have been allowed to deploy on a storm day.'),
      b('Why was Alim on call for dispatch at all, after his last incident?'),
      b('If management had not trusted Arman with the surge console, the airport would have been covered.'),
      b('Nobody from analytics should be let near the live ETA model again.'),
      b('I would not have given the on-call to a person three weeks into the job.'),
      b("Gulzhan's approval rights for pricing releases should have been revoked after the autumn incident."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Culprit found: Nurlan.'),
      b('So who broke it? Tsoy Igor from the geo team.'),
      b('It was Rashida who pushed the bad config, let us not pretend otherwise.'),
      b('Management wants a name, and the name is Mukhtar.'),
      b('Everyone in ops chat already knows it was Abdulla; the review should say so.'),
      b('At fault: Olga Petrova, pricing ops.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the geozone update.'),
      b('This was operator error by the dispatcher on shift, not a software fault.'),
      b('The root of the whole mess was a mistake by Kairat, who typed the longitude into the latitude field for the airport polygon.'),
      b('Cause of incident, according to the vendor letter: mistake of your employee while configuring dispatch radius.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('With a red snow warning on the news all day, Timur should have known the surge cap had to be on.'),
      b('Looking back, Aigerim ought to have seen by 19:00 that the airport heatmap was empty.'),
      b('Any dispatcher should have noticed two hundred drivers heading south while ALA was red.'),
      b('Easy to say after the fact, but Baurzhan should have rolled back the moment support pinged him.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Yerzhan had to do was just press rollback.'),
      b('She simply had to look at the map once.'),
      b("Just check the geozone preview before saving, Yerlan, it's one button."),
      b('The pricing guy could simply have capped surge at 2x and gone home.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Madina obviously never opened the storm runbook.'),
      b('Clearly the dispatcher on shift did not care about the airport queue.'),
      b("It's obvious to everyone that Kim Sergey didn't test the polygon before he shipped it."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The geozone service should have rejected a polygon that puts the airport in Bostandyk district.'),
      n('Ideally the ETA model would have flagged that snow doubled travel times across the city.'),
      n('Surge pricing should have had a hard ceiling in storm mode, and it did not.'),
      n('The dispatch radius could have been capped automatically once the airport queue passed 150 riders.'),
      n('Our release pipeline should have blocked a pricing config change while the red weather flag was on.'),
      n('A sanity check on driver flow should have fired when ninety percent of idle cars headed to the south of the city.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1: add a max-distance validation to the geozone editor, owner Dilshat, due 7 Feb.'),
      n('Nurzhamal will own the storm-mode runbook rewrite and present it at the March ops sync.'),
      n('Action: pricing team (Anastasia Belova) to add a hard 2.5x surge ceiling for weather events by end of sprint.'),
      n('Owner: Kim Viktoria — snow feature for the ETA model, first draft by 20 February.'),
      n('Samat takes the airport-queue alert that pages ops when waiting riders pass 100; review next Tuesday.'),
      n('Support tooling item (owner: Gulnur Sabitova): auto-tag tickets coming from the ALA geozone.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Zarina; comms: Bekzat; scribe: Aidana.'),
      n('Asel covered pricing on the bridge while Nurbol held the dispatch pager.'),
      n('The duty dispatcher that night was the one who opened the incident channel at 19:12.'),
      n('Two support shift leads, Zhanna and Saltanat, worked the airport queue in turns.'),
      n('The geo team owns geozone polygons, pricing owns multipliers, and dispatch owns the radius.'),
      n('Ilyar joined the bridge as release manager for the 18:40 deploy.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge thanks to the support team, who stayed until 4 a.m. with a queue full of angry riders.'),
      n('Murat had been on shift for eleven hours when the alert came, and he was exhausted.'),
      n('Please remember that dispatchers were also answering drivers stuck in snowdrifts that night.'),
      n('Dear Aruzhan, I know Friday was very hard on you; take Monday off, we will cover.'),
      n('Nobody should carry this storm alone; people did their best with what the tools showed them.'),
      n('Our drivers spent hours on icy roads for us, and many of them lost a night of income.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert at 19:04: "ALA_AIRPORT geozone: 0 available drivers, 212 open requests".'),
      n('Deploy log line: "geozones.yaml updated by ezhumabayev, 3 polygons changed".'),
      n('Dispatch service error: "radius_km=25 exceeds zone bound, falling back to city centroid".'),
      n('From the support bot: "Your driver is 47 min away. We are sorry for the wait."'),
      n('Grafana annotation, 18:42: "surge_cap disabled (user: r.akhmetov)".'),
      n('Driver app push, sent 19:20: "High demand in Bostandyk! x3.4 surge, go now."'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the geozone change without opening the map preview, and I will add that step to my own checklist.'),
      n('We in pricing turned off the surge cap for a test and forgot it was off; that is ours.'),
      n('My mistake was trusting the ETA model in snow without checking it against real trips.'),
      n('I was the one on call, I saw the alert, and I took it for a false positive — I own that.'),
      n('Our team shipped the release on a red-weather day, and we are changing how we schedule releases.'),
      n('Mea culpa from me: I wrote the polygon script and did not test the airport case.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not looking for who broke the airport; it is looking for why the system let one edit break it.'),
      n("Some people in chat are calling this Daniyar's fault; it was not, the validator let his change straight through."),
      n('Calling this human error would be lazy and wrong.'),
      n('I do not accept "the dispatcher should have noticed" as a finding; the dashboard did not show it.'),
      n('No one here was incompetent or careless; the storm exposed a gap in our defaults.'),
      n('Firing someone over Friday would fix nothing, because the same config path is still open.'),
      n('The question "whose fault is it?" has no useful answer for this incident, and we will not put it in the report.'),
      n('Blaming the new analyst is tempting, but she followed the documented process exactly.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Airport requests were routed to the city centroid by the fallback logic.'),
      n('Idle drivers were pulled toward Bostandyk by the surge heatmap.'),
      n('The storm flag was overwritten by the nightly config sync at 18:00.'),
      n('ETAs were underestimated by a factor of three because the model was trained on summer trips.'),
      n('Around 1,400 ride requests were cancelled automatically after the 30-minute matching timeout.'),
      n('The airport polygon was shifted 18 km south when the coordinate order was flipped by the import script.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 19:12 Parida restarted the dispatch workers, because the November storm had been fixed that way.'),
      n('Rustem raised the dispatch radius to 25 km, which the runbook recommends when supply drops.'),
      n('Li Alexandra called the airport administration to ask for the taxi bay to stay open.'),
      n('Ten Roman compared the heatmap with driver GPS traces and found that the zones did not match.'),
      n('Gulzhan posted the first status update on Instagram at 19:40, since the in-app banner was not yet configurable.'),
      n("Abdurakhman paused surge in the airport geozone by hand after reading riders' messages."),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The ETA model is not competent in snow; it has never seen a storm in its training data.'),
      n('Our geozone validator failed at its only job: catching a polygon outside the city bounds.'),
      n('We trusted the vendor map tiles more than they deserved.'),
      n('The surge engine behaved irresponsibly, raising multipliers in an area with no riders.'),
      n('Storm mode is careless by design: it changes pricing but leaves dispatch untouched.'),
      n('Our alerting is not reliable enough to be trusted with a city-wide event.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is just one line: swap lat and lon in the import.'),
      n('The graph obviously shows supply leaving the airport at 18:45, right after the deploy.'),
      n("Rolling back was simply a matter of re-applying yesterday's geozones.yaml."),
      n('Clearly the heatmap and real demand diverged; see the overlay attached.'),
      n('Simply put, a 2.5x cap would have kept drivers where the riders were.'),
      n('The patch is obviously small, but it needs a storm-day test before release.'),
    ],
  ],
];

export const DEV_LEARNED46E: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED46E_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
