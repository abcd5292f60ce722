import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 47H of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Taipei semiconductor
 * logistics firm whose customs-clearance integration lost shipping declarations for a night, holding
 * wafer shipments at Taoyuan airport; chat, notes, e-mails, letters and reviews in the English of a
 * Taiwanese IT team, with customs and integration jargon and Taiwanese names in several romanisations.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The lost declarations are on Wei-han, full stop; he pushed the broker endpoint change at 23:40 and went home.'),
      b('Management has concluded that the eleven-hour hold of the wafer shipments at Taoyuan is attributable to Mr. Kao Chih-ming.'),
      b("honestly this whole night of missing EDI is Shu-fen's doing lol"),
      b('If the Hsinchu fab asks why their lots sat in bonded storage, the answer is Kevin Hsu.'),
      b('We owe the forwarder the storage charges, and that bill belongs to Chang Hsin-yi, not to the team.'),
      b('Per my reading of the timeline, Yang Tzu-chi alone is responsible for the clearance backlog.'),
      b('Liu Chia-hao broke customs filing for the entire night shift.'),
      b('Every airline storage fee on those 31 airway bills traces straight back to Ms Cheng Ya-wen and her midnight deploy.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Hsieh Po-chun is not experienced enough to touch the EDI mapping layer, sorry to say.'),
      b('Lai Yu-chen does not understand how the broker API acknowledges a declaration, and it showed last night.'),
      b('Frankly, Chou Jui-lin is too green for integration work with a customs broker.'),
      b('Mr. Kuo Shih-kai, with respect, does not have the technical depth his title suggests.'),
      b("The broker's integration engineer, Ms Tseng Hui-min, is out of her depth with AS2 certificates."),
      b('Lu Chun-hung writes EDI mappings like someone who has never seen a customs declaration in his life.'),
      b("Two years on the integration team and Chiang Pin-yu still can't tell a CUSRES rejection from an acknowledgement."),
      b('We need a more capable engineer than Tang Kai-wen on the clearance connector -- this is beyond him.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Yeh Ting-yu was on call that night and never once checked the clearance queue.'),
      b('The duty engineer, Fang I-hsuan, did not follow the runbook step for replaying failed declarations.'),
      b("Monitoring the broker ACKs was Hung Chien-liang's job, and he did not do it."),
      b('As release approver, Ms Pan Szu-yu failed to review the endpoint change before it went live.'),
      b("Escalating to the freight forwarder was Wang Hsiao-mei's responsibility as shift lead, and she never made the call."),
      b('He ignored three pages from the dead-letter alert: Chien Yung-chi, our secondary on-call.'),
      b('Ho Chia-ling neglected the handover note, so the day team had no idea 212 declarations were missing.'),
      b("Reconciling airway bills against filed declarations at 02:00 is the night operator's only task, and Lo Cheng-en skipped it."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The broker endpoint was changed carelessly on Friday night and nobody was told.'),
      b('The pending declarations were deleted from the staging table by Chu Yi-hsuan during her cleanup.'),
      b('Mistakes were made in the certificate rotation, and they were made by the integration team.'),
      b('The dead-letter alert had been muted by someone on the night shift and was never switched back on.'),
      b('At 01:15 the replay script was run against production by Teng Ming-chieh, without a dry run.'),
      b("The forwarder's 03:10 warning e-mail was read and ignored, and the runbook was never opened."),
      b('Per the timeline, the queue was purged by hand by the on-call engineer without anyone checking what it held.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The guy who hard-coded the broker URL into the config map should be the one answering the customer.'),
      b('Whoever approved a Friday-night deploy to the customs connector owes the ops team an explanation.'),
      b('The new hire from the Kaohsiung office is the one who broke the EDI mapper.'),
      b('Ask the contractor who rotated the AS2 certificate why he thought testing in UAT was optional.'),
      b("It was the same person who caused last year's airway bill mix-up, so honestly no surprise."),
      b('Someone on the Hsinchu squad who thinks a code review is a formality pushed this change.'),
      b('Anyone who deploys to the clearance gateway at midnight without telling the brokers deserves what happens next.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Peng Shu-hua should never have had write access to the production broker credentials.'),
      b('We should not have let an intern near the customs EDI gateway in peak season.'),
      b('If Tu Kuan-ting had not been given deploy rights, the wafers would have cleared on time.'),
      b('Hsiao Pei-shan ought to have been kept off the on-call rota until she had proved herself.'),
      b("Letting the vendor's engineer approve his own change was the error; he should not have been trusted with that."),
      b('Liao Wen-chieh cannot be trusted with production access to the clearance queue, and he should never have been given it.'),
      b('Why was Shih Yu-ting on call alone for the customs window when she had never done a clearance night before?'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who did it? Tsao Chih-wei did -- he merged the mapper change.'),
      b('Culprit found: Kang Ya-ching flipped the broker environment flag from PROD to UAT.'),
      b('Let me be direct, the person at fault here is Weng Tsung-han.'),
      b('HR should talk to Tien Hsin-ju, since she is the one behind the lost declarations.'),
      b('We all know who broke clearance on Thursday, and his surname is Chuang.'),
      b('If the customer wants a name, give them Hou Yi-chun.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the broker certificate swap.'),
      b('The loss of the declarations was caused by operator error on the night shift.'),
      b("Our conclusion is that an engineer's mistake, not the software, emptied the clearance queue."),
      b('In short, a mistake by Cheng Kuo-hua (a wrong broker code typed into the replay job) cost us the night.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Yen Shu-yi should have known the broker would reject declarations signed with the old certificate.'),
      b('Fu Chien-hung must have seen the ACK count drop to zero at 23:52, and he should have acted right then.'),
      b('Any senior engineer would have seen that a Friday cutover was a bad idea; Zhang Zhihao did not.'),
      b("The warning was in the broker's release notes, which Li Jiahui ought to have read before the upgrade."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Xu Jiaxin had to do was just check the dead-letter queue before logging off.'),
      b('He simply needed to press replay on the failed declarations, and he could not even manage that.'),
      b("Vivian just had to forward the broker's warning to the channel."),
      b('It was simply a matter of Eddie reading the handover note, which he did not do.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Jhang Wei-jie never tested the new mapping against real airway bills.'),
      b('Ms Lin Pei-yu clearly did not bother to look at the rejection count before approving.'),
      b('The rejection spike was sitting right there on the dashboard, so Amber Wu clearly chose not to look.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The broker adapter should have raised an alert the first time a declaration went unacknowledged.'),
      n('Ideally the clearance queue would have kept failed messages instead of expiring them after six hours.'),
      n('The deploy pipeline could have blocked an endpoint change that pointed production at the UAT broker.'),
      n('A reconciliation job comparing airway bills with filed declarations should have existed long before this night.'),
      n("The EDI gateway's retry policy should have backed off rather than discarding CUSDEC messages after three attempts."),
      n('Should the certificate expiry check have run in staging? Yes, and it would have caught this.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 (owner: Chen Yi-ting, due 15 Nov): add a dead-letter depth alert for the broker queue.'),
      n('Lin Wei-han will own the nightly airway-bill reconciliation job, target end of month.'),
      n('Action: Huang Shu-fen to draft the notice to freight forwarders about manual re-filing, by Friday.'),
      n('Mr. Kao takes the action to put certificate rotation on the change calendar.'),
      n('Owner for the replay tooling: platform team, with Tsai Ming-hsuan as point of contact.'),
      n('Follow-up #4 -- Wu Pei-jun -- write a runbook page for the clearance-queue dashboard.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander: Hsu Kuan-yu; scribe: Chang Hsin-yi; broker liaison: Mr. Kuo.'),
      n('The on-call engineer that night was Yang Tzu-chi, with Liu Chia-hao as secondary.'),
      n('Our customs compliance officer, Ms Cheng Ya-wen, spoke with the Taoyuan customs office at 07:30.'),
      n('Release approver for the broker endpoint change was the integration lead.'),
      n("During the response, the freight forwarder's duty manager kept us updated on which pallets were still in bonded storage."),
      n('Shift lead on the night desk was Mr. Hsieh, who was also holding the pager for the warehouse system.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Yi-ting had been awake for almost twenty hours by the time the last declaration was re-filed, and she needs a proper rest.'),
      n('Thank you, Ming-che, for staying on the phone with the broker until dawn; that cannot have been easy.'),
      n('The night desk was already short two people because of the typhoon, which made everything harder.'),
      n('Several of you told me you felt terrible when the customer called, and that is completely understandable.'),
      n('Mei-ling handled the angry calls from the fab with real patience.'),
      n('It was a long, stressful night for the whole clearance team, and we appreciate the care that went into the re-filing.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Broker API returned: "HTTP 401 Unauthorized - certificate CN=tw-clearance-01 expired".'),
      n('Log line at 23:58: "CUSDEC 2024110700123 moved to DLQ after 3 retries (user=kyliang)".'),
      n('Alert text: "Clearance queue ack_rate below threshold for 30m".'),
      n('The forwarder portal showed "AWB 297-12345675: declaration not received" for every held shipment.'),
      n('Deploy log: "broker.endpoint changed from prod-gw to uat-gw by ctlee".'),
      n('Customs response (CUSRES) read: "Rejected - signature invalid, code E217".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the endpoint change without checking which environment it pointed to, and I am sorry.'),
      n('We missed the dead-letter alert because we had routed it to an inbox nobody on our team watches; we will fix that.'),
      n('That was my mistake: I ran the replay with the wrong broker code.'),
      n("I didn't tell the forwarder until 06:00, which I now think was too late."),
      n('Our team shipped the mapper change on a Friday night, and we own that decision.'),
      n('As integration lead I signed off on the certificate rotation plan, so the gap in it is mine.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about whether Chia-wei was careless; it is about why one config value could silence customs filing.'),
      n('Some people in the chat called it operator error, but we do not accept that as a cause.'),
      n('Nobody is being blamed for the lost declarations, and nobody should go looking for a culprit.'),
      n(
        'It would be easy to say the new hire should have known better, but that explanation stops at a person and teaches us nothing about the pipeline.',
      ),
      n('We asked "whose fault?" in the first hour and then dropped the question, because it did not help the wafers clear.'),
      n('Dear Mr. Lo, please be assured that the review found no individual responsible and no disciplinary action is planned.'),
      n('Calling Ms Yu incompetent, as one e-mail did, is wrong and unfair.'),
      n('Rather than ask who forgot the handover, ask why the handover depends on anyone remembering.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The declarations were dropped by the message broker when their six-hour TTL expired.'),
      n('At 23:41 the endpoint value was overwritten by the config sync job from the UAT template.'),
      n('Outbound CUSDEC messages were rejected by the customs gateway because the signing certificate had expired.'),
      n('The clearance queue was drained by the retry worker, which treated 401 responses as permanent failures.'),
      n('No alert was sent, since the dead-letter monitor is disabled by default in the new chart version.'),
      n('Airway bills were matched to the wrong declarations by the mapper after the field order changed.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 06:12 Su Wan-ting noticed the forwarder portal listing missing declarations and opened an incident.'),
      n('Jessica Liang re-filed 214 declarations by hand through the broker web portal, starting with the wafer lots.'),
      n('Tsai Ming-hsuan restarted the EDI gateway at 02:05, because the runbook lists a restart as the first step for a stuck queue.'),
      n('Kevin Hsu changed the broker endpoint at 23:40 as the ticket asked, since the broker had announced a new production host.'),
      n('Mr. Chao phoned the Taoyuan cargo terminal at 07:00 to ask whether the held pallets could stay in climate-controlled storage.'),
      n('Pan Yu-hsiang rolled back the config map after comparing it with the previous release, which took about ten minutes.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Our retry logic is naive: it has no way to tell a transient broker outage from a permanent rejection.'),
      n('The config sync job failed at its one job, which is keeping UAT values out of production.'),
      n('We trusted the broker API to return an error for unsigned declarations, and it returned 200 instead.'),
      n("The vendor's EDI library is careless about character encoding and silently strips Chinese consignee names."),
      n('Responsibility for detecting missing ACKs was never given to any monitor, so nothing watched for them.'),
      n('The old reconciliation script was unreliable, and the clearance dashboard cannot be trusted either.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to point the config map back at the production broker host.'),
      n('Obviously the graph shows ACKs falling to zero at 23:41 and staying there until morning.'),
      n('Just adding a DLQ depth alert would have surfaced this within minutes.'),
      n('Clearly the log timestamps put the certificate expiry before the deploy, not after.'),
      n('The patch is just four lines in the retry worker.'),
      n('Re-filing is simply a replay of the stored CUSDEC files once the certificate is valid.'),
    ],
  ],
];

export const DEV_LEARNED47H: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED47H_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
