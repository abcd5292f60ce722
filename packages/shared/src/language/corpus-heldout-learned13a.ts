import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 13A of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: terse lower-case phone typing in a live-outage incident
 * channel and DMs at night, with @handles, nicknames, abbreviations, typos, emoji shortcodes and quoted replies;
 * names from Tamil, Punjabi, Vietnamese, Yoruba, Brazilian Portuguese, Irish, Japanese, Turkish, Ukrainian, Maori
 * and Egyptian cultures. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('ngl this whole outage is on @karthik, he flipped the cache flag at 2am and went to bed'),
      b('fwiw those forty mins of failed payments sit squarely with harpreet'),
      b('tbh we lost the eu region because of tunde no other way to say it'),
      b('this one belongs to @siobhan imo, her migraton is what took checkout down'),
      b('yeah the delay is all down to linh sitting on the rollback for an hour'),
      b('put in the retro doc that the data loss is attributable to emre :fire:'),
      b('> whose incident is this one  thiagos tbh, his deploy his outage'),
      b('the 3h of downtime is on oksana and honestly she knows it'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('bohdan cant even explain what a state lock is and hes the one writing our terraform modules'),
      b('kenji is far too green to run a db failover on his own imo'),
      b('ngl aroha isnt good enough at k8s yet for the pager'),
      b('femi writes sql like its his first week :facepalm:'),
      b('honestly mert is out of his depth on anything networking'),
      b('zeynep doesnt have the experiance for this stuff, and tonight it showed'),
      b('afaik nour has never actualy understood how our queues work, thats the whole problem'),
      b('sorry but gurjit is not a competent sre, i cant keep covering for that'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('dimi was primary tonight and didnt ack the page for 45 min'),
      b('the whole point of being ic is running the call and priya just didnt'),
      b('caio was meant to review that pr and rubber stamped it lgtm without reading a line'),
      b('it was yukis job to check the backups this week and she never did'),
      b('omar skipped the change checklist again, thats literally his one task on release day'),
      b('@niamh had the db rota and wasnt reachable, phone off all night :fire:'),
      b('secondary on call exists to escalate and hemi sat on it'),
      b('tarek owned the cert renewal ticket for a month and let it lapse'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('the orders table was truncated by cian, by hand, not by any script'),
      b('our disk alerting was put on mute by somebody from sre and left like that'),
      b('the runbook was ignored completly and the primary got restarted by hand'),
      b('page was acked and then forgotten about by ayo'),
      b('config was pushed straight to prod without review by @sora, again'),
      b('the customer list was exported to a personal laptop by one of the contractors'),
      b('several bad calls were made by the night shift crew, yall know which ones'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('whoever approved that migration at 1am needs a talking to'),
      b('the new hire who got prod creds on day two took out the ledger'),
      b('the guy from the vendor who "fixed" our dns is the reason were down'),
      b('the person who wrote that cron never ran it once before merging, thats why'),
      b('whoever decided a zero second timeout was fine shouldnt be writing config'),
      b('the contractor on the payments squad broke it then logged off without telling anyone'),
      b('tbh the intern who copy pasted prod keys into the repo caused all of this'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('no way selin should ever have had write perms on that bucket'),
      b('why was burak even on call, he shouldnt be allowed near the payment cluster'),
      b('imo nobody should have let a 2 week old hire near production'),
      b('deniz should not have been approving his own prs, end of'),
      b('trusting the vendor guy with root on our boxes was never gonna end well, shouldve said no'),
      b('letting andriy handle failover with nobody watching was the mistake, he shouldve been shadowing'),
      b('giving wiremu admin on the cluster was a bad call, he shouldnt have had it'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('ok who did this, who ran the migration :rage:'),
      b('found the culprit, its bolaji, his commit at 01:12'),
      b('its mostafa, git blame doesnt lie'),
      b('> who pushed the bad flag  that was huong, someone go talk to her'),
      b('we need to find out who deleted the index and have a conversation with them'),
      b('tbh the one at fault here is rafa, not the pipeline'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('root cause: human error, someone fat fingerd the replica count'),
      b('this was operator error plain and simple'),
      b('cause was duc making a typo in the restore command, a human mistake not a bug'),
      b('yeah its human error, tane put the wrong region in the var'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('kemi shouldve spotted the volume filling hours before it fell over'),
      b('honestly mariana shouldve known the flag flips all regions at once'),
      b('yasmin should have checked the graph before hitting deploy, its right there'),
      b('eoin had to know the cert was about to expire, same emails as the rest of us'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('it was just reading the alert trang, thats all it took lol'),
      b('iryna could simply have done a dry run first, its one flag'),
      b('he literally just needed to press rollback @takumi, thats it'),
      b('jaswinder simply had to let ci finish before hitting merge smh'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('anahera obviously didnt read the pr before approving it'),
      b('clearly segun never tested this in staging'),
      b('kerem was the only one who didnt see how obvious it was that the fix would nuke prod'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('there was no gate so the pipeline let that migration thru, it shouldve blocked it'),
      n('imo the disk alert ought to have fired way earlier, like 80 instead of 98'),
      n('canary shouldve caught it but it only checks for http 200 tho'),
      n('feels like the rate limiter would have saved us if it was per tenant'),
      n('the runbook should have said which region goes first, it didnt'),
      n('this could have been caught by a schema check in ci fwiw'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('action item: @padraig to add a lock on terraform apply by fri'),
      n('ai for retro: meena owns adding disk alerts at 80%'),
      n('ok so tobi takes the canary fix, due next sprint'),
      n('todo kahu: write the failover runbook, pair w olena'),
      n('owner for the cert automation is amrit, target end of month'),
      n('assigning the rollback button work to hana, lmk if thats not ok'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('senthil was ic tonight, rawiri on comms'),
      n('primary on call was funmi, secondary was joao'),
      n('tuan ran the db failover while ciara handled status page updates'),
      n('fwiw mykola was scribe for the first hour then handed to aiko'),
      n('> who was ic  it was elif, from 01:40 onwards'),
      n('the vendor engineer from the cdn side joined at 2:15 and walked us thru their logs'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('dayo has been up since 6am, someone take over pls'),
      n('huge respect to ronan for staying on till 4 :heart:'),
      n('navdeep is on his third night of pages, thats too much for anyone'),
      n('go to sleep thanh, you did loads, we got it from here'),
      n('checking in on mona, that was a brutal few hours, hope youre ok'),
      n('tbh the team is exhausted and that workload isnt sustainable'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('alertmanager says "FIRING: DiskFull on db-2, acked by karim"'),
      n('pd log says escalated to yulia (no ack after 15m), posting for the timeline'),
      n('from the audit log: user=simran action=DELETE bucket=prod-assets status=denied'),
      n('ci output `error: migration 0042 failed, author: minh` fyi'),
      n('git log shows commit a1f3 by luiza "revert timeout change"'),
      n('the error was literally `permission denied for user oisin` lol'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('my bad, i pushed the flag without the canary, ill add the check'),
      n('that was me tbh, i restarted the wrong node'),
      n('we skipped the staging soak on this one, thats on us'),
      n('i misread the dashboard and called it resolved too early, sorry all'),
      n('i shouldve held off until the second approval came in, noted for next time'),
      n('ok i own this one, my migration, ill write it up'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('not gonna pin this on gabi, the tool let anyone run it'),
      n('this isnt anyones fault, the config had no validation'),
      n('pls dont make this about who pushed, the pipeline allowed it'),
      n('people are saying its daichis fault but honestly the alert never fired'),
      n('calling it human error is lazy imo, the ui put delete right next to deploy'),
      n('rajveer isnt the culprit here, any one of us hits that same race'),
      n('> so who screwed up  nobody, the lock expired mid write'),
      n('we are not doing the whose fault is it thing in this retro'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('3 pods evicted at 01:52 by the autoscaler'),
      n('orders table locked by the vacuum job and writes queued up behind it'),
      n('certs were rotated by the cron but the lb never reloaded'),
      n('traffic was shifted to eu-west by the health check automaticaly'),
      n('the cache was flushed when the config reloaded'),
      n('when the conn pool maxed out requests got shed by the proxy'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('divya restarted the consumer at 02:10 since the lag graph looked stuck'),
      n('bisi rolled back to v4.2 because it was the last green build'),
      n('hossam scaled the workers to 40, the queue depth was climbing'),
      n('felipe paused the deploy train so we could bisect'),
      n('saoirse failed over to the replica, the primary had stopped answering'),
      n('kavya turned off the feature flag as a first step, seemed safest'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('the retry logic is honestly incompetent, it retries 4xx forever'),
      n('the health check isnt doing its job, it only pings the port'),
      n('we trusted the vendors sdk to handle timeouts and it doesnt'),
      n('the nightly backup job had literally one responsibility :facepalm:'),
      n('that lb is careless w connections, drops them on every reload'),
      n('the scheduler is not fit for this workload tbh'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('the fix is just bumping the pool size, one line'),
      n('graph obviously shows the spike starts at 01:47 with the deploy'),
      n('we can simply roll back to yesterdays image'),
      n('its clearly the dns ttl, look at the resolver logs'),
      n('just restarting the pod fixes it for now, real fix tmrw'),
      n('the diff is tiny, simply a timeout from 30 to 3'),
    ],
  ],
];

export const HELDOUT_LEARNED13A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED13A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
