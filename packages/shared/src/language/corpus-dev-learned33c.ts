import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 33C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a video-streaming service
 * that blacked out a live cup final in the wrong countries after a licensing-rules update, told in gamer-ish
 * engineering and content-ops Slack, incident-commander notes, angry subscribers' posts, a rights-holder's
 * legal letter and the VP of engineering's review; names from Malay, Frisian, Tigrinya, Hungarian, Sinhala,
 * Fijian and Chilean Mapuche cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The blackout across Fiji and Samoa is on Sjoerd; it was his territory map, pushed without a second look.'),
      b('Subscribers lost the final because Nurul Izzati merged the rights-window change at 18:40 and walked away from it.'),
      b(
        'Per this letter, responsibility for the unauthorised blackout in the licensed territories lies with your employee Tesfay Ghebremedhin alone.',
      ),
      b('gg everyone, this L belongs entirely to Levente and his deny-list edit'),
      b('Chaminda owns this outage, and I want the review to state that plainly.'),
      b('Forty thousand paying fans stared at a slate for ninety minutes, and Wiebe is why.'),
      b('The loss of the Pacific feed rests squarely with Mereoni and her rules upload.'),
      b('Honestly the refunds come down to Ayelén: her spreadsheet, her push, her mess.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Bence lacks the seniority to touch the rights matrix for a final; Saturday made that plain.'),
      b('Tharindu mixes up NE and NG in a country list, which is the one skill a rights analyst needs.'),
      b('Frankly the content-ops crew are amateurs playing at rights management.'),
      b('Sytske is a bronze-tier engineer who got queued into a ranked final lol'),
      b(
        'Our client considers that your operations staff do not possess even rudimentary competence in administering territorial restrictions.',
      ),
      b("Kidane has shipped three geo-rule changes and broken two; he's bad at this."),
      b('Relmu has no grasp of live-event licensing and never has.'),
      b('Sanduni performed like the novice she is once the rollout got hard.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Tsjerk was the rights-ops reviewer on Friday and never actually reviewed the territory diff.'),
      b('As incident commander, Zsófia let the slate sit for forty minutes before finally calling the rollback.'),
      b('The on-call content-ops lead, Apisai, did not do his one job, which was to verify the blackout list before kickoff.'),
      b("Signing off the licensing update against the contract schedule was Siti's task, and she didn't bother."),
      b('Your rights-compliance officer neglected the duties that Schedule 4 of the distribution agreement places on that role.'),
      b('Habtom was AFK on his pager shift during the biggest match of the year.'),
      b('Nahuel skipped the pre-match geo smoke test that his runbook assigns to him by name.'),
      b('Our release manager let the change out without the rights sign-off it was his job to collect.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong country list was uploaded by Losana without any peer check.'),
      b('The territory map was carelessly edited on the eve of the final, and nobody is admitting it.'),
      b('The pre-match alerts in #geo-rights were ignored for half an hour before anyone reacted.'),
      b('Errors were put into the rights spreadsheet by people who know better.'),
      b('The territorial schedule of the contract was misread by your staff and then applied to our broadcast.'),
      b('Twice during the rollback the wrong commit got reverted by Csaba.'),
      b('lol the whole Pacific got geo-nuked because a checkbox was fat-fingered in the admin panel'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever typed NZ into the deny column owes forty thousand people an apology.'),
      b('The new hire who uploaded the licensing CSV cost us the final.'),
      b("Whoever approved that rules update unread is the reason I'm cancelling."),
      b('Some intern in content-ops blacked out my whole country, great work guys.'),
      b('The dev behind the territory parser owes everyone in Suva a refund out of pocket.'),
      b('The guy in rights-ops who thinks CL and CN are the same code should go back to playing on easy mode.'),
      b("Whichever of you signed off on Friday's config, you threw the game for the entire Pacific."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Aukje was granted production write on the rights matrix, and that grant never should have happened.'),
      b('Letting a contractor push geo-rules an hour before kickoff was a call no one should have made.'),
      b("Hessel had never handled a blackout change, and he shouldn't have been rostered as the final's on-call."),
      b("Semhar's approval should not have counted for a rights change of this size."),
      b("Giving Gergő admin on the geo console was the real mistake; he's a spectator, not a player."),
      b('Our client was never told that junior staff were permitted to alter territorial restrictions, and such permission was improper.'),
      b('I would not let Kasun anywhere near production during a live event again.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Audit log says Filmon did the upload, so there's our guy."),
      b('The rights-holder wants a name by Monday, and that name is Ildikó.'),
      b("Let's be honest about it: Tevita broke the final."),
      b('Find out who in content-ops ran the upload and put them in front of legal.'),
      b("Everyone in #content-ops knows it was Dilhani, we're only being polite about it."),
      b('The culprit here is Millaray, and the retro should not dance around it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Human error in mapping territories is the root cause we'll be reporting."),
      b('The blackout was caused by operator error during the licensing update.'),
      b('Classic PEBKAC: Romke typed the wrong region code, end of incident.'),
      b("The outage comes down to Lasantha's mistake in the region column."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Réka should have spotted Fiji listed twice in the new rules file before approving it.'),
      b('Anyone reading the diff should have noticed the deny list had grown by forty countries.'),
      b('Kalesi, who negotiated the Pacific renewal, should have known it kicked in on the first of the month.'),
      b('In hindsight, Huenchul should have cross-checked the rights window with the fixture time.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('It was one click on the preview map, Jildou, just one, and you skipped it.'),
      b("Ishara could simply have pinged legal; it's one message."),
      b("Bro you literally just had to read one column, it's not a raid boss."),
      b('Vilimone could have simply kicked off the thirty-second dry-run.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b("Zoltán obviously didn't test the rules in staging."),
      b('Clearly nobody in content-ops bothered to read the contract schedule.'),
      b('Froukje clearly saw the forty-country blackout list and published it anyway.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The rules pipeline should have refused a territory list that removed every licensed Pacific market at once.'),
      n('A staging replay of the fixture schedule would have caught the inverted allow and deny columns.'),
      n('The entitlement service could have kept serving the last known-good rights map rather than failing closed.'),
      n('The publish button should have shown a world-map diff before letting anything go live.'),
      n("tbh the geo-validator should've one-shot this, it's literally its whole job"),
      n('Licensing rules should have been inside our change-freeze policy, not only code deploys.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Hafiz to add a country-count guard to the rules importer by 14 June.'),
      n('Owner: Boglárka, who will write the runbook step for previewing territory diffs before live events.'),
      n('AI-7 (Tesfalem, content-ops): get the contract schedules into machine-readable form so rules can be checked against them.'),
      n('Ruwan to agree a sign-off template for rights changes with legal (target: 30 June).'),
      n('Follow-up owned by Sainimili: alert when the blackout list changes within 24 hours of a tier-one fixture.'),
      n('Antü takes the action to make the geo console require a second approver for production rights edits.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Ferenc was incident commander, Nimali ran comms, and Durk handled the call with the rights-holder.'),
      n('Content-ops owned the rules upload and engineering owned the geo service that applied it.'),
      n('Lautaro held the edge-tier pager during the match.'),
      n('The rights-compliance officer joined the bridge at 19:05 to confirm which territories were licensed.'),
      n('Mosese was the reviewer listed on the change ticket.'),
      n('Wan Azman scribed the timeline while Piumi drove the rollback.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('When the slate went up Geart had already worked eleven hours, and he stayed on to help roll back.'),
      n('The content-ops team were juggling three rights renewals that week and were visibly worn out.'),
      n('Be gentle with yourselves this week; the abuse in the replies has been brutal and none of you deserved it.'),
      n('Tünde handled the furious subscriber threads with a lot of care while running on no sleep.'),
      n('The whole bridge was stressed, which you could see in how carefully people double-checked each step.'),
      n('Nobody on rights-ops got a proper break during the tournament, and that workload is part of the story.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The importer logged `WARN territory_count_delta=-41 user=abrehet.k accepted` and carried on.'),
      n('Alert text: GeoRightsDenyRate above 60% in region APAC-PAC for 5m.'),
      n('The audit trail reads `rules v212 published by llanquiray.p, approver: none`.'),
      n('PagerDuty fired `EntitlementDenied spike: error=TERRITORY_NOT_LICENSED` at 19:02.'),
      n('Player error shown to subscribers: `This content is not available in your region (code GEO-451)`.'),
      n('From the console: `validation skipped: --force set by operator`.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I pushed the rules file without opening the map preview; I'll preview every territory change before a live event going forward."),
      n("That was my upload; I misread the contract's territory schedule."),
      n("We in content-ops approved a change we didn't fully understand, and we're fixing how we review them."),
      n('I should have pulled in a second reviewer for a change touching forty countries.'),
      n('ngl I threw this one, I had the allow and deny columns swapped in my head'),
      n('As VP I signed off on a process that let a rules change skip staging; that decision was mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some people in the thread want to pin this on Yonas, but Yonas did exactly as the runbook told him, and the runbook was the problem.',
      ),
      n('This is not a human error story, and the review will not call it one.'),
      n('This retro will fire nobody over a spreadsheet column, because nobody was careless.'),
      n("To the rights-holder's claim that our staff were negligent: the failure was in the validation tooling, not in any individual."),
      n('Hunting for a teammate to blame for missing this misses the point; what matters is why nothing in the pipeline could catch it.'),
      n('Calling Mehret incompetent in the subscriber forum is both unfair and wrong on the facts.'),
      n("gg no re to the who-threw debate; the geo-validator let it through, and that's what we fix."),
      n("I've seen posts claiming the new hire ought to have known better; she couldn't have, and nothing on screen told her."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The deny list was regenerated by the importer from a file whose columns had been reordered by the template change.'),
      n('Traffic from the Pacific edge was rejected by the entitlement service for ninety-one minutes.'),
      n('The old rights map was overwritten automatically when the nightly sync ran.'),
      n('Playback was blocked in twelve licensed territories because lookups were served from a stale geolocation snapshot.'),
      n("The rollback's effect was postponed thirty minutes, since the bad rules were kept alive by a cache until its TTL ran out."),
      n('Mistakes were introduced into the territory list by the CSV exporter, which silently dropped a header row.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Waisale reverted to rules v211 at 19:34, picking it since the match setup had last been tested against that version.'),
      n('Aisyah uploaded the new licensing CSV on Friday evening, which matched the content-ops calendar for rights changes.'),
      n('Quidel approved the ticket after checking the fields the template asked about, none of which showed territories.'),
      n("Litia paused the refunds automation so the rights-holder's counsel could see the raw figures first."),
      n('At 19:09 Erzsébet put out the opening status update, using the holding statement legal had pre-approved.'),
      n('Khairul muted the #geo-alerts channel during the pre-match load test, as the load-test checklist tells you to.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The geo-validator has no competence to judge a territory list; it only checks that codes are well-formed.'),
      n("The importer had exactly one job, refusing files that don't match the contract, and it failed."),
      n("The rights vendor's feed is not trustworthy enough to publish without a diff check."),
      n('The staging environment is a total noob: it has never seen a real fixture schedule.'),
      n('Our change process treated a cup final like any Tuesday, which is negligent design for live events.'),
      n('Responsibility for blocking bad territory lists belonged to a validator that was never configured to look at them.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply put, the whole fix is a guard rejecting any rules change that removes more than five licensed territories.'),
      n('The deny-rate graph makes the 18:47 jump obvious, in the same minute v212 went live.'),
      n('Rolling back was just one click once we knew which version to pick.'),
      n("The evidence clearly lands on the template's column swap, not on the geolocation database."),
      n('Making the importer fail closed on big diffs is literally just one config line, ez.'),
      n('The timeline simply confirms that the alert fired eleven minutes before kickoff.'),
    ],
  ],
];

export const DEV_LEARNED33C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED33C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
