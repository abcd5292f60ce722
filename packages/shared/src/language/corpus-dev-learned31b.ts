import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 31B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a pharmaceutical cold-chain
 * logistics firm after overnight vaccine temperature alerts went unrouted and a pallet spoiled — loading-dock
 * and driver shorthand beside the quality pharmacist's GMP deviation report, a hospital customer's complaint
 * and a regulator's inspection letter; names from Igbo, Kazakh, Sicilian, Lao, Welsh, Peruvian Quechua and
 * Lebanese Arabic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The spoiled pallet of flu vaccine is on Ikenna, full stop, since he had the alert queue last night.'),
      b('Per the deviation investigation, the excursion on lot 4471 is attributable to Aigerim Seitkali, who held the alarm-routing rota.'),
      b('Dock 3 says it plain: that reefer cooked because of Turi, not because of the compressor.'),
      b('We hold Ms Gwenllian Pryce personally accountable for 1,200 doses arriving at our paediatric ward unusable.'),
      b('This whole write-off traces back to Khamphone and nobody else.'),
      b("Chalk the £38k of binned stock up to Wayra, it went warm on her watch and it's hers."),
      b(
        'The Inspectorate finds that the failure to act on the overnight excursion rests with the designated Responsible Person, Mr Ziad Haddad.',
      ),
      b("If finance wants a name against the scrapped pallet, put Obinna's down, he owned the reefer handover."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Running a cold-chain night desk is beyond Nurlan; he cannot tell you what counts as an excursion.'),
      b("Rosalia has been on the dock six years and still can't read a data logger trace."),
      b("Bounmy hasn't the experience for a solo 2–8°C load, frankly, and the overnight proved it."),
      b('The quality pharmacist on call that night lacked the basic GMP competence expected of anyone in the role.'),
      b("Rhodri's a decent forklift driver but a hopeless dispatcher, and that's being kind."),
      b('Our nursing staff have lost all confidence in the ability of your night supervisor, Mr Chukwuemeka Obi.'),
      b(
        'Interviews made evident that Ms Killa Quispe was not capable of assessing a temperature deviation to the standard her position demands.',
      ),
      b("lol Dauren couldn't tell a reefer alarm from a door chime with the manual open in front of him"),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Calogero was rostered as alarm responder from 22:00 and never picked up a single page.'),
      b('The on-call QP did not perform the excursion assessment required by SOP-QA-017 within the mandated thirty minutes.'),
      b("Driver on route 12 is meant to check the reefer display at every drop and didn't bother once."),
      b(
        'Ms Nadine Khoury failed to carry out the overnight monitoring duties assigned to her under the site’s temperature-control procedure.',
      ),
      b("Souksavanh's one job on nights is acknowledging alerts and she let them sit till six."),
      b('Your dispatcher neglected his obligation to notify us before delivering product that had been out of range.'),
      b('Aled ticked the handover sheet without doing the reefer walk-round, which is literally what the shift is for.'),
      b('The warehouse supervisor skipped the cold-room check his rota gave him, and the pallet paid for it.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The alerts sat for almost six hours, each one dismissed by the night dispatcher without a call made.'),
      b('The reefer was left unplugged at bay 7 after the driver swap, and of course nobody is owning up.'),
      b('It was decided by Mr Tarek Nassar not to escalate the excursion until morning.'),
      b('The acknowledge box was clicked through without the trace ever being opened, and then the shift was handed over as quiet.'),
      b(
        'Temperature data was not reviewed at the required intervals, and the deviation was then kept from the customer until after delivery.',
      ),
      b('The probe had been taped to the outside of the pallet wrap by someone on the loading crew, so the logger read ambient all night.'),
      b('Our complaint is that the warning was received, read and disregarded by your staff.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever muted the reefer alarm channel on Friday is the reason we binned a pallet.'),
      b('That new starter on nights, the lad who thought amber meant fine, let the whole load go warm.'),
      b('The courier who wheeled the pallet into our pharmacy without a logger printout knew exactly what he was doing.'),
      b("It's always the agency lad on nights who treats a red alert like spam."),
      b('Anyone who sleeps through fourteen temperature pages has caused this, simple as that.'),
      b('The same supervisor who skipped the route-risk briefing last month has now cost us a vaccine consignment.'),
      b('Whichever of the pickers shoved that pallet against the cold-room door is the reason the seal gave.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Nobody sane hands Baldassare admin on the alert router, yet here we are.'),
      b('Someone with two weeks on site had no place being sole on-call for a vaccine consignment.'),
      b("Why was Tegwen allowed to sign off excursions when she isn't even a qualified pharmacist?"),
      b('Had Maroun been kept away from release sign-off, that warm pallet stays in our quarantine cage instead of going to the hospital.'),
      b('Letting that agency driver loose with a GDP-licensed reefer was the mistake.'),
      b(
        'The inspectors question why an individual without documented training, Mr Askar Bekov, was authorised to approve excursion dispositions.',
      ),
      b("Never again do we hand Vongsa the overnight pager, and I'll say so at the review."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Just tell me who acked the first alert and rolled over, because I want a name.'),
      b('It was Chiamaka. She pointed the alert group at her old number and told nobody.'),
      b('The culprit here is Carmelo on the 10-to-6, the whole dock knows it.'),
      b('Find out which driver switched off the reefer unit and deal with him.'),
      b('We expect management to single out the person responsible and tell us what disciplinary action has followed.'),
      b("My money's on Yerzhan, he's the only one with the router password, so he's our guy."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, per the night log: the dispatcher misrouted the alert group, a plain human error.'),
      b('The excursion went unanswered because of an operator error made at the monitoring console.'),
      b("Not a system fault: Illari's mistake with the escalation list is what spoiled the pallet."),
      b('The investigation concluded that a lapse by the receiving clerk, rather than any equipment failure, caused the loss.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Hywel should have seen the logger climbing past 6°C and pulled the pallet into the cold room.'),
      b('By the third alert Ngozi should have twigged the routing was broken and rung the QP directly.'),
      b('Any driver worth his wage would have noticed the reefer display reading 14 at the Kendal drop.'),
      b(
        'In hindsight the dock lead must have known the unit had been playing up for days, so a trailer swap before loading anything was his to make.',
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('For Sengdao it was just pressing acknowledge and ringing the pharmacist, nothing more.'),
      b('He simply needed a glance at the display before pulling out of the yard.'),
      b("It's one phone call, Nino, you just had to make one phone call."),
      b('Your staff could have just glanced at the printout and seen the product was out of specification.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly Gulnara never once opened the dashboard during her shift.'),
      b('The driver obviously knew the unit was failing and carried on to the hospital regardless.'),
      b('How Elie missed fourteen red alerts when it was so obvious something was wrong is beyond me.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The alert router should have escalated to the backup pager after fifteen minutes unacknowledged.'),
      n('Our data loggers could have sent the excursion straight to QA if the gateway had been configured to.'),
      n('The SOP would have caught this had it required a second check on weekend routing changes.'),
      n('The reefer controller should have sounded a local alarm in the cab, and on this trailer model it does not.'),
      n('A dashboard that greys out stale feeds should have existed years ago.'),
      n('Deviation review: the rota tool should have flagged that the escalation group had zero active members.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Iolo Pritchard to add a fallback SMS route for all 2–8°C alerts by 14 March.'),
      n('CAPA-0392 owner: Aliya Nurpeisova (QA), revise SOP-QA-017 to include a thirty-minute escalation timer.'),
      n('AI-4: Sisavath to fit secondary probes inside the wrap on all vaccine pallets, due end of month.'),
      n("Owner for the router audit is Rami; he'll report back at Thursday's quality meeting."),
      n('Ifeoma will draft the written response to the hospital and share it with legal before Friday.'),
      n('Next step, owned by the transport manager: trial door-open sensors on two reefers on the northern route.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Qhispi Mamani was the on-call quality pharmacist for the night of 11 March.'),
      n('Berwyn Evans drove route 12 and delivered to the hospital at 07:40.'),
      n('The dispatcher on nights was Layal; the day supervisor took over the incident at 06:00.'),
      n('Incident lead for the response was the site quality head, with Ermek handling customer contact.'),
      n('Chinedu held the alarm-responder role that week under the normal rotation.'),
      n('Santo loaded the pallet at bay 4 and Latsamy checked the seal before dispatch.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night desk has been one person short since January, and Daovone was covering a double.'),
      n("Kelechi's been beating himself up about this all week and he shouldn't be carrying it alone."),
      n('Everyone on the dock was exhausted after three days of the pre-winter vaccine surge.'),
      n('The pharmacist on call had been up with a sick child and was running on very little sleep.'),
      n('Please go easy on the drivers this week; the overtime has been brutal and they care about this cargo.'),
      n('We recognise the hospital pharmacy team worked late into the evening to source replacement doses for their patients.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Logger export: "ALARM HIGH 8.1°C 23:14, ack_user=t.nurlanuly, status UNRESOLVED".'),
      n('The router log reads: "rule cold-chain-critical: 0 recipients matched, message dropped".'),
      n('Telematics for trailer RF-22 shows "Compressor fault E07, unit in defrost" from 01:02 to 05:47.'),
      n('The WMS printed "Putaway override by user OKAFOR_I, location CR-2 full" against the pallet at 21:50.'),
      n('Pager history: "Page 9 of 14 delivered to duty handset; no acknowledgement received".'),
      n(
        'The QA inbox received "[AUTO] Excursion candidate, manual review required" at 23:16, filed by a mail rule into an unwatched folder.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I changed the alert group the week before and never tested that the night number was still on it, so that one is mine.'),
      n('My mistake, that one: I saw amber on the handheld, took it for the usual door-open blip, and loaded anyway.'),
      n('We failed to give the night desk a second escalation path, and we are fixing that now.'),
      n('As the QP on call I should have checked my pager volume before the shift, and I now test it at every handover.'),
      n("I'm the one who signed off the new routing config, so the gap in review is on me."),
      n('We as a site let cold-chain monitoring drift for months; the deviation is our responsibility as an organisation.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Blaming Phouvong for sleeping through the pages misses the point that the pages never reached his phone.'),
      n('Human error makes a tidy label, but the router dropped the message before any person could see it.'),
      n('Nobody here is after a culprit; we want to know how one missed call could spoil a whole pallet.'),
      n('The hospital pressed us for someone at fault; we pointed them at how the escalation chain was designed instead.'),
      n("Some on the dock are saying Gethin should have spotted it, and I don't accept that when the display was dark."),
      n('This report does not attribute the excursion to negligence by any individual; the contributing factors are procedural.'),
      n("Sacking the night dispatcher would not have saved a single dose, so let's drop that line of talk."),
      n("I won't have Amaru named as the cause when he followed the SOP exactly as written."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The excursion alerts were routed to a distribution list emptied overnight by the directory sync job.'),
      n('The pallet was warmed by residual heat from the defrost cycle while the unit sat stuck in fault mode.'),
      n("Pages were muted by a maintenance-window rule that was still live after Friday's patch."),
      n("The logger readings were batched and held back by the gateway's low-bandwidth mode until 05:30."),
      n('The deviation was opened automatically at 06:12 when the morning reconciliation job ran.'),
      n("Twelve of the fourteen notifications were dropped by the SMS provider's rate limiter."),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Assel moved the pallet to quarantine at 06:20 as soon as she saw the logger trace, as the procedure directs.'),
      n('Emyr restarted the reefer unit at the Penrith drop because the fault code was one he had seen cleared by a restart before.'),
      n('Nayla phoned the hospital pharmacy at 07:55 to warn them before any doses were given.'),
      n('Ekene updated the escalation list on Tuesday to replace a departed colleague, following the change ticket as written.'),
      n(
        'Sumaq chose to drive on rather than stop on the hard shoulder, since the depot was forty minutes away and the display still read in range.',
      ),
      n('Agata acknowledged the first alert at 23:20 because the dashboard showed it had already cleared.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The old router was never fit for a GDP-critical alert stream, and its limits were known.'),
      n('Our monitoring platform flunked its one job, which is getting an excursion in front of a human.'),
      n("We trusted the vendor's gateway to buffer readings through an outage; that trust turned out to be unearned."),
      n('The escalation procedure is careless about weekends: it assumes a second responder that the rota does not provide.'),
      n("The trailer's reefer controller is negligent by design, logging a fault but telling no one."),
      n("The regulator's letter describes our alarm management system as inadequate and not in a state of control."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("Simply adding a second route is the fix: any unacknowledged critical alert goes to the duty manager's mobile after ten minutes."),
      n('The trace obviously shows the temperature crossing 8°C at 23:14 and never coming back down.'),
      n('Whether weekends were covered came down to just one checkbox in the router config.'),
      n('Clearly the cold-room door sensor data rules out the warehouse as the point of excursion.'),
      n('Patching the SMS gateway is just a config change, but validating it under GMP will take two weeks.'),
      n('The evidence plainly points to the trailer unit, and the logger placement obviously made the readings worse.'),
    ],
  ],
];

export const DEV_LEARNED31B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED31B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
