import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 25A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a container port terminal
 * after its terminal operating system failed for a day and ships waited at anchor — clipped crane and
 * planner radio logs beside a harbour master’s inquiry notes, shipping lines’ angry emails and a formal
 * incident report; names from Tongan, Ukrainian, Telugu, Jamaican, Swahili, Lao and Scottish Gaelic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        'Harbour master’s note: the thirty-one hours the Lomipeau spent swinging at anchor are Bohdan Kovalenko’s doing and nobody else’s.',
      ),
      b('Crane 4 to control, for the record, this whole stoppage sits on Sione’s shoulders, over.'),
      b(
        'Our principal’s demurrage bill for the anchorage delay is attributable to your planner, Ms Sravani Reddy, and we expect the terminal to treat it accordingly.',
      ),
      b(
        'Put it in the incident report in plain words: the lost day is Ruairidh’s, because the database patch he pushed at shift change is what broke it.',
      ),
      b('Every reefer that went warm at berth two traces back to one man, Delroy Campbell, and I want that minuted.'),
      b('Control, Neema here, the queue of trucks at the gate is down to Oksana, tell the lines that, over.'),
      b('If you ask me who owns the three vessels still waiting off the breakwater, it’s Khamphone, full stop.'),
      b(
        'Formally, the panel attributes the terminal’s twenty-six-hour standstill to the conduct of the duty systems engineer, Mr Tevita Fifita.',
      ),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Give yard planner Marcia anything bigger than a feeder and she’s drowning, and yesterday proved it.'),
      b('Frankly, Taras has no business running a failover when he can’t read a bay plan.'),
      b(
        'With respect, the terminal put a second-year graduate in charge of a twelve-thousand-TEU call, and the inexperience showed in every decision he took.',
      ),
      b('Crane 7, copy, tell Zawadi to get off the console before she breaks something else, she doesn’t understand the system, over.'),
      b(
        'The inquiry is not persuaded that Mr Chanthavong had the skill or the seniority to run a manual stowage sequence on a vessel of that size.',
      ),
      b('Eilidh is a decent clerk but a hopeless shift lead, and the anchorage queue is what hopeless looks like.'),
      b(
        'Our line has stopped expecting competence from your night planning desk; Mr Venkatesh in particular seems unable to sequence a discharge list without software holding his hand.',
      ),
      b('Honestly, Bakari’s too green for the control room, he froze the moment the screens went grey.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('The duty IT officer, Seumas MacLeod, was rostered to watch the TOS replication overnight and did not look at it once.'),
      b('Gate supervisor Halima never phoned the hauliers, which was the first item on her checklist when the system drops.'),
      b('Control to all cranes, Viliami was supposed to be running the paper move sheets and he hasn’t produced a single one, over.'),
      b('A shift planner’s job during a TOS outage is to issue manual bay plans within the hour; Ms Bondarenko issued none for six.'),
      b(
        'Our vessel operations manager chased your berth planner eleven times, and Mr Thongsavath failed on each occasion to return a call that was his to answer.',
      ),
      b('The rota gave Lakshmi a single job last night, walking the reefer stacks every hour, and she skipped it.'),
      b(
        'The harbour master records that the terminal’s pilotage liaison, Mr Winston Brown, neglected his duty to notify the port of the revised berthing times.',
      ),
      b('Makame was meant to be the eyes on the backup server, and instead he went home at eighteen hundred without a handover.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The failover switch was left in manual by the night engineer, and that is why nothing came back.'),
      b('Four hours of replication alarms were acknowledged and ignored on the ops floor before a phone got picked up.'),
      b('The bay plan for the Dnipro Trader was keyed in wrong by a planner working from memory.'),
      b('Warnings from the vendor were read, filed and forgotten in the operations office.'),
      b('Per the inquiry notes, the standby crane gang was sent home early by the shift manager, contrary to the contingency plan.'),
      b('Crane 2, be advised the paper lists were printed from last week’s file by someone in planning, over.'),
      b('The licence renewal reminder was dismissed twice by Mr Latu before the server locked everyone out.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The one who restarted the database without taking a snapshot can explain it to the lines themselves.'),
      b('Whoever unplugged the switch in the server room has cost this port a day and three ships.'),
      b('Crane 6 to control, the new lad in planning who sent me the wrong bay twice is going to get somebody hurt, over.'),
      b(
        'Our masters ask us to say that the person who chose not to ring the harbour master until noon owes every one of them an explanation.',
      ),
      b('The contractor who was ‘tidying cables’ on Tuesday night is the reason the whole berth stopped.'),
      b(
        'The inquiry will want to hear from whichever supervisor told the gate to keep accepting export boxes into a yard that had no map.',
      ),
      b('Somebody in that control room who thought backups were optional owes us a day of crane time.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Admin rights on the live TOS server were handed to Dmytro, and they never ought to have been.'),
      b('The overnight core-system pager belonged with a senior engineer, never with a temp in his second week.'),
      b('If Mele hadn’t been allowed near production on a Friday night, the ships would have berthed on schedule.'),
      b('The inquiry questions why an unsupervised contractor was permitted to touch the live database during a vessel call.'),
      b('Control, for the log, whoever signed off Ostap’s change request shouldn’t have held signing authority, over.'),
      b('Your terminal should not have trusted a junior planner with approval over system changes while our ships were alongside.'),
      b('Had Mr Souksavanh been kept off the emergency rota, as his own manager recommended, this report would not exist.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Let’s be honest on this channel, it was Fitzroy, everyone on the quay knows who did it, over.'),
      b('Tell us who among your engineers is to blame, and tell us what the terminal proposes to do about him.'),
      b('Yaroslava is the guilty one in all this, and her name belongs in the report.'),
      b('Inquiry note: the terminal must identify which employee pulled the plug and put that person before the inquiry.'),
      b('Everybody’s dancing around it, so I’ll say it: Baraka on the night desk did this, and I’ll tell him so myself.'),
      b('Find out who switched off the replication alarm and go after them, the lines are demanding a head.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, as recorded: the on-shift systems administrator made a human error during a routine restart.'),
      b('The terminal’s preliminary finding lays the outage at the door of operator error rather than any fault in the vendor’s code.'),
      b('Control, it’s a people mistake, not a computer one, somebody fat-fingered the berth schedule, over.'),
      b('In the inquiry’s view, a clerk’s slip in the gate system started the chain that left the yard blind.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Pita had the disk graph on his screen for days; he should have spotted the volume climbing long before it went.'),
      b('Padma, in hindsight, was the one who should have rung the vendor the moment the first screen froze, not three hours afterwards.'),
      b(
        'Looking back, the yard manager knew enough to tell the old backup tapes were useless, and keeping quiet about it at the planning meeting was his failing.',
      ),
      b('With the alarms he had in front of him, Mr Tkachenko should have realised by mid-morning that the system was not coming back.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Kalolaine just had to ring the vendor’s hotline, a single call, and she never did.'),
      b('He simply needed to tick the failover box before he left, that’s the whole of it.'),
      b('Control, Clive just had to flip the standby on, it’s one switch, over.'),
      b('Your planner simply had to email our line a revised berth window, and even that was beyond him.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Sengdao obviously didn’t read the handover notes, otherwise she’d have seen the server warning.'),
      b('It is clearly the case that the shift manager ignored the contingency plan, and the report should say so.'),
      b('Crane 1 to control, Dwayne obviously never checked the backup, plain as the hull on that ship, over.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The TOS should have switched itself over to the standby site, and its design meant it could not.'),
      n('Our replication monitor should have paged someone when the lag passed ten minutes; it was configured to page nobody.'),
      n('Crane 3, the backup lists should have printed from the local cache, but the cache was empty, over.'),
      n(
        'The harbour master notes that the port’s vessel traffic system could have received berthing updates by EDI had the interface been enabled.',
      ),
      n('A proper contingency procedure would have told the gate to stop export receivals the moment the yard map went dark.'),
      n('The licence server should never have been a single point of failure for forty cranes.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Juma Shabani to test the standby TOS failover monthly and circulate the results, due end of March.'),
      n('Owner Oighrig MacAskill: rewrite the manual bay plan procedure so a planner can run it from paper.'),
      n('ACTION 4 — Srinivas responsible for arranging a night escalation line with the TOS vendor; target thirty days.'),
      n('For the harbour master’s office, lead Ms Mwanaisha: agree a notification template for berth delays over six hours.'),
      n('Carlene to own the reefer temperature backup sheet and brief all shifts on it by Friday.'),
      n('Next step, owner Vilayvanh: add a disk-space alarm on the database host that pages the on-call engineer, not the shared inbox.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Bounmy was the duty planner on the night shift, and Calum held the control room lead until oh-six-hundred.'),
      n('During the outage Rehema ran the radio net for the cranes while Mosese worked the paper yard map.'),
      n('The harbour master’s inquiry was chaired by Captain Ùisdean MacRae, with the terminal’s operations manager attending.'),
      n('Responsibility for vessel communications sat with the marine desk, which Shanique covered from noon.'),
      n('Crane 5 was driven by Garfield on the first shift and by Siosaia after the meal break.'),
      n('On call for systems that night was Mykola, with the vendor’s Singapore office as second line.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The night planners worked nineteen hours straight building bay plans by hand, and several were shaking by the end.'),
      n(
        'Nobody should have to explain to an angry master on channel 14 why his ship is still at anchor, and the marine desk did it forty times.',
      ),
      n('Catrìona carried the weight of the gate queue all afternoon and went home exhausted; we owe her a rest day.'),
      n('It’s clear the crane drivers were frustrated and worn out, sitting in cabs for hours with no moves coming.'),
      n('The inquiry recognises the strain placed on terminal staff who faced the shipping lines’ complaints while the system was dark.'),
      n('Control to all stations, you’ve done well tonight, get some water and take your breaks, nobody is in trouble, over.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('The TOS log at 03:12 reads: ‘ERROR user t.halaholo session terminated, database connection refused’.'),
      n('Crane 8 screen is showing ‘JOB LIST UNAVAILABLE - CONTACT PLANNER’, over.'),
      n('The alert that went to the shared inbox said ‘Replication lag exceeded threshold (operator: ofa.t)’.'),
      n('The gate kiosk printed ‘Appointment not found - manual check required’ for every truck after 09:40.'),
      n('The vendor’s portal closed ticket 88213 by itself, stamping it ‘Customer error: licence not renewed by admin’.'),
      n('The EDI gateway rejected our BAPLIE with ‘Sender failed validation: responsible party unknown’, which we forwarded at 11:05.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the patch window without asking whether the standby had been tested, and that’s on me.'),
      n('We in terminal management failed to fund the second data centre, and we will fund it this year.'),
      n('Crane 2, that’s my mistake, I gave you bay forty-two instead of forty-six, correcting now, over.'),
      n(
        'As planning manager I should have insisted on printed bay plans for every vessel on the lineup, and I’ll insist on them from this week.',
      ),
      n('We let our customers learn about the delay from their own masters rather than from us, and I apologise for that.'),
      n('Waiting another hour before declaring the outage was my call, and I got it wrong.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Some of the lines want Nagarjuna named as the culprit, but this report looks at why one restart could stop a whole terminal.'),
      n('Labelling this human error and moving on would be convenient; the inquiry declines to do so.'),
      n('Crane 4, nobody’s blaming the planners for this one, it’s the system, keep working, over.'),
      n('Your email calls our night engineer incompetent; we reject that, and the evidence points to an untested failover design.'),
      n('The question is not whose fault it was but why the backup had never been exercised.'),
      n('I’ve heard people saying Vasyl should have known better, and I don’t accept it: nothing on his screens told him.'),
      n(
        'The harbour master’s notes record that no individual is held responsible for the delay, as the failure arose from the terminal’s architecture.',
      ),
      n(
        'Pointing at the lad who pressed restart is tempting, but with that same screen in front of them every one of us would have pressed it too.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The berth schedule was overwritten at 00:30 by a synchronisation job that copied in last week’s version.'),
      n('Crane job lists were wiped when the application server restarted without its cache.'),
      n('The reefer monitoring feed was cut off by the same network switch failure that took down the TOS.'),
      n('Container positions in blocks C and D were lost when the yard database was rolled back automatically by the recovery script.'),
      n('Export receivals were blocked by the gate system once it could no longer verify bookings.'),
      n('Our vessel was sent to anchor by the port’s queueing rules after its berth window was released by the system at midnight.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Mwajuma restarted the database at 02:40, following the vendor’s recovery guide, whose opening step is a restart.'),
      n('Alasdair held the Mekong Spirit at anchor rather than berth her without a stowage plan, since working blind risked mis-loads.'),
      n('Crane 9, Imani here, I’ve stopped discharge on bay twenty until planning confirms the hatch sequence, over.'),
      n('Vamsi switched the gate to manual booking checks at ten, reasoning that a slow gate was better than a blind yard.'),
      n('Losaline phoned the agent of each shipping line in turn, starting with the vessels closest to their cut-off.'),
      n('Mairead kept the old server powered on overnight, expecting the vendor to want its logs.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The standby server existed for one duty, taking over from a dead primary, and it did not perform it.'),
      n('The vendor’s failover product passed acceptance testing and was trusted on that basis; it turned out not to deserve the trust.'),
      n('The backup procedure was careless about disk space; it kept writing until no space remained and then stopped without a word.'),
      n('The TOS is not competent at running in degraded mode; with the database gone it cannot show a single container.'),
      n('Responsibility for detecting replication lag belonged to the monitoring tool, and the monitoring tool was never set up to do it.'),
      n('Our line’s EDI interface is reliable; your terminal’s gateway, on this evidence, is not.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply put, the fix was a fresh licence key; the old one had expired at midnight.'),
      n('Obviously, the disk-usage graph shows the database volume hitting a hundred percent at 01:58.'),
      n('Control to crane 3, it’s just a reboot of your cab terminal, should take two minutes, over.'),
      n('The remedy is clearly a second, independent database host, and the board has approved it.'),
      n('Getting the yard map back was just a question of replaying the gate transactions once the server was up again.'),
      n('The timeline is obvious from the logs alone: network switch down, replication stopped, TOS locked.'),
    ],
  ],
];

export const DEV_LEARNED25A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED25A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
