import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 22A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a national news organisation's
 * digital desk after its publishing system failed on election night (Slack threads, an editor-in-chief's memo,
 * a standards editor's review); names from Sicilian Italian, Ewe, Tamil Sri Lankan, Czech, Colombian Spanish,
 * Faroese and Uyghur cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The whole live-blog blackout from 21:40 onward is on Santuzza, full stop.'),
      b('Honestly the botched exit-poll embargo lift belongs to Rógvi and nobody else.'),
      b('Standards review finding: the premature call in the Senate race is attributable to Abdurehim overriding the decision desk.'),
      b('We lost forty minutes of homepage updates and that loss sits squarely with Vojtěch.'),
      b("Let's be straight in this thread: the push alert fiasco was Yesenia's doing from start to finish."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Kajan is too green to run the slot on a night this big, and everyone could see it.'),
      b('Frankly Dzifa is not a good enough engineer to be touching CMS caching config.'),
      b('Heðin has no real grasp of how the results feed works, which is worrying for someone with his title.'),
      b("Memo: Ondřej's skills are nowhere near the level the product team needs for a national election."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Nunzio held the CMS pager that night and let it ring out when publishing froze.'),
      b("The homepage editor's whole job is to check push alert copy, and Gulnar didn't."),
      b('Standards review: the night desk lead failed to run the pre-election checklist she is assigned to own.'),
      b('Wilmar was supposed to watch the ingestion dashboard all night and instead he was writing a sidebar.'),
      b('As release manager Sámal had one duty that evening, freezing deploys, and he let it slide.'),
      b('Our duty editor neglected the handover log entirely, which is exactly what that role exists to prevent.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The template change was merged by Tharshan at 19:55, an hour before polls closed and squarely inside the freeze.'),
      b('The push alert went out on one source because the second check was skipped by the slot editor.'),
      b('The caching patch got a sign-off from the managing editor without a single test on staging.'),
      b('The CMS incident got closed as fixed by our on-call producer, who never checked that readers were still seeing blank pages.'),
      b('In direct breach of the election freeze, the config went live everywhere in one go, courtesy of product engineering.'),
      b('The override was approved by Mawuli with a thumbs-up emoji and no questions asked.'),
      b("That results flag got switched on mid-broadcast by someone on the apps team who hadn't told the desk."),
      b('The embargoed county results had been left in a public folder by the data reporter since the afternoon.'),
      b('The rollback request was ignored by the duty engineer for twenty minutes while the desk begged in channel.'),
      b('Mistakes were made by people on the live-blog team, and they cost us the first hour of results.'),
      b('The migration was kicked off at peak traffic, against every warning in the channel, by the platform lead.'),
      b('The wrong results table got published because the live draft was saved over by Concetta without checking which version was up.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to ship a CMS update on election day owes the whole newsroom an explanation.'),
      b('That apps-team newcomer who pushed the config has cost us our biggest night of the year.'),
      b('The one who muted the publishing alerts to "reduce noise" is the reason we flew blind for an hour.'),
      b("Somebody on the night desk who couldn't be bothered to read the runbook broke the live blog."),
      b('The bright spark who set the cache TTL to a full day owes the politics team an apology.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tursunay should never have had production access to the CMS on a night like this.'),
      b('Why was a freelance developer allowed anywhere near the publishing pipeline during the count?'),
      b("If we'd kept Bárður off the on-call rota, the live blog would still be up."),
      b('Nobody should have let the intern approve push alerts without a senior editor standing over them.'),
      b("Memo: given Radek's track record, handing him the homepage on election night was a decision nobody should have made."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Who merged the template change? It was Calogero, I checked the history.'),
      b("It was Esinam's commit that took the live blog down, plain and simple."),
      b('Find out who flipped the cache flag and get them in my office first thing tomorrow.'),
      b("👉 Pirashanth, this one's yours, the blank homepage traces straight back to you."),
      b("So the culprit is Libuše; she's the one who deleted the results widget."),
      b('No point tiptoeing here: Duvan broke publishing.'),
      b('I want a name for whoever sent that push alert, and I want it before the morning conference.'),
      b('Q: who pushed the bad build at 20:03? A: Turið, from her laptop at home.'),
      b('The fault lies with Parhat, and the standards review should say so in plain words.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause: human error, specifically our on-call CMS engineer's."),
      b("The 20:00 deploy failed because of an operator mistake, and that's what took us offline."),
      b("The wrong-race push alert was a producer's error, not a system fault."),
      b("Standards review conclusion: a copy editor's slip in the results table caused the miscall."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Eyðun should have known the CMS couldn't take a deploy halfway through the count."),
      b('Any reasonable editor would have held the alert until the wire call came through.'),
      b('How hard could it have been for the apps team to notice the error rate doubling?'),
      b('Dilnur ought to have caught that the embargo timestamp was set in the wrong timezone.'),
      b('Looking back, Leidy must have seen the staging failures and chose to ship anyway.'),
      b("The slot editor could have caught the duplicate headline if she'd bothered to reload the page."),
      b('Anyone glancing at those graphs would have noticed the queue backing up, and Kalaivani was looking right at it.'),
      b('In hindsight Jógvan should have escalated the moment the first publish failed rather than sitting on it for half an hour.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Marleny only needed to just hit the rollback button.'),
      b('Sutharsan had to do nothing more than simply read the pinned freeze notice.'),
      b("He just needed to wait ninety seconds before firing the alert, that's it."),
      b("It would have taken Přemysl one click to check the preview, and he simply didn't."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Edilberto never opened the preview before publishing.'),
      b("The politics editor obviously didn't read the correction request before approving it."),
      b('She was obviously not watching the live blog when it went blank.'),
      b("It's clear the apps lead ignored every warning staging threw at him."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The CMS should have refused a publish that references a missing results table.'),
      n('Our push alert tool ought to have required a second approval for anything tagged elections.'),
      n('A freeze-aware deploy pipeline could have refused those changes, yet ours let them through.'),
      n('Staging would have caught the cache bug if it carried anything like election-night traffic.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Mihray to add a hard deploy freeze to the CMS release calendar by 15 March.'),
      n('Owner, Yuliana: build a two-person approval step into the push alert tool before the local elections.'),
      n("Follow-up for Hanus and the platform team: load-test the live blog at triple last cycle's peak."),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Zdeňka was slot editor for the evening shift and Ekber was the CMS on-call engineer.'),
      n('The live-blog team was run by Rosalia, with Selorm handling push alerts.'),
      n('The managing editor chaired the bridge call; the standards editor kept the timeline.'),
      n('During the outage Fabián coordinated with the social team while Nirosha posted updates by hand.'),
      n('Responsibility for the incident channel moved to the night editor at 23:30, as the rota set out.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Vithusha was fourteen hours into her shift when publishing came back, and she kept the blog alive by hand.'),
      n('Huge thanks to Makafui, who stayed past 3am rebuilding the results pages while everyone was exhausted.'),
      n('Gaetano was under enormous pressure with the whole country watching, and he held it together.'),
      n('I know Brynhild took the blank homepage really hard, so please look in on her over the next few days.'),
      n('Nobody on the night desk had a proper break after the afternoon, and Sigrun in particular was running on fumes.'),
      n("Jiřina fielded angry calls from three regional desks while trying to fix the feed; that's a brutal night."),
      n('Erkin was so determined to get the results right that he was still checking tables at dawn.'),
      n('It was a punishing night for Yayra and the apps team, who were paged eleven times before midnight.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The CMS log shows "publish rejected: user tharshan.s lacks lock on story 88412" repeated 212 times.'),
      n('PagerDuty fired "LiveBlog-Publish-Latency CRITICAL, assigned to Nurmemet" at 21:38.'),
      n('At 20:15 the push tool returned `ERROR 409: alert already sent by desk-editor-04`.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I merged the template change during the freeze; that mistake is mine.'),
      n("I should have held the push alert until we had a second source; I didn't, and I own that."),
      n("We on the product team shipped a config we hadn't load-tested, and we're changing how we release."),
      n('That blank homepage is on me, because I approved the cache change without reading it properly.'),
      n("Honestly I got careless with the embargo timestamp and I'm angry at myself about it."),
      n('My call to skip the staging run was the wrong one.'),
      n("We let the checklist slide on the politics desk, and I'm the editor who signed off on that."),
      n('Muting the alerts was my doing, and I ought to have warned the channel before I did it.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not on Agata; she did every step the runbook lists, in order.'),
      n('Before anyone says Kafui broke publishing, the logs show the CMS fell over two minutes ahead of his deploy.'),
      n("People in this thread are calling it Vito's fault, but the timeline doesn't support that at all."),
      n("I won't have a pile-on about who sent the alert in this channel; we're looking at the tool, not the person."),
      n('To correct the bridge call: the slot editor did not skip the check, the check silently failed.'),
      n('Writing this up as a human error would be tempting, and wrong.'),
      n("I'm not going to put anyone's name next to “root cause” in this memo."),
      n("Whatever you've heard, Thusyanthan was not careless; the preview pane was showing him a cached page."),
      n('Blaming the night desk for the miscall misses the point, because they were handed a feed that lied.'),
      n('Stop asking who pushed the bad build; the pipeline waved it through, so the pipeline is what we fix.'),
      n('Some say Nohora should have known better, yet nothing on her screens that night told her so.'),
      n('The standards review found no evidence that any editor acted negligently.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The template update was merged on its own by our dependency bot once checks passed.'),
      n('The alert was pushed to all app users because the segment filter was dropped by the tool on save.'),
      n("Every region received the release simultaneously, since the pipeline's default is a global deploy."),
      n('The incident ticket got auto-closed by our monitoring integration when the health check briefly went green.'),
      n('The old results table had been left cached at the CDN edge for six hours by a stale TTL.'),
      n('The embargo flag got cleared during the nightly sync, which overwrites story metadata.'),
      n('The correction was approved by the workflow rule that auto-approves edits under fifty characters.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 21:42 Mathivathani restarted the publishing worker, since that had cleared a similar stall during the primaries.'),
      n("Bohuslav posted results to social by hand because the live blog wasn't accepting edits."),
      n('Jhon Fredy paused all scheduled push alerts at 22:05 to stop duplicates going out.'),
      n('Tróndur deployed the cache fix after it passed staging, which was the documented process.'),
      n('Delali chose to republish the homepage from the backup template, which had worked in a drill last month.'),
      n('Květa rang the vendor at 20:50 after the API started timing out, following the escalation doc.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("At election-night traffic levels the CMS simply isn't up to its task."),
      n("We trusted the vendor's results feed far more than its reliability record deserved."),
      n("The publishing queue has one job, failing loudly, and it couldn't manage even that."),
      n('Our deploy process is careless about freeze windows since it knows nothing about them.'),
      n('The push alert tool is responsible for deduplication, and it let three copies through.'),
      n("The CDN's purge API is hopeless at anything over a few thousand URLs."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply changing a single line in the cache TTL setting.'),
      n('The latency graph obviously has the error spike starting before any deploy that night.'),
      n('Rolling back just meant reverting the template and purging the CDN.'),
      n('Clearly the queue depth tells the story: it climbed from 20:01 and never came down.'),
      n('The evidence is simply that publishing latency and traffic rose in lockstep.'),
      n("It's obviously a tiny patch, three lines in the feed parser, but it needs review before the next count."),
    ],
  ],
];

export const DEV_LEARNED22A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED22A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
