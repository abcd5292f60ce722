import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 24A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a regional water utility's
 * control room, field crews and quality team after a treatment-plant SCADA outage that led to a boil-water
 * notice — terse shift logs and crew WhatsApp messages beside a drinking-water regulator's report and a
 * board paper; names from Yoruba, Slovak, Vietnamese, Welsh, Chilean Spanish, Kazakh and Icelandic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The boil-water notice is on Adebayo, full stop, since he pushed the PLC firmware at midnight without telling a soul.'),
      b(
        'The Inspectorate attributes the loss of chlorine dosing control principally to Ms Zuzana Kováčová, who authorised the change to the historian server.',
      ),
      b("lol this whole mess is Rhys's, he owns it, not us"),
      b('The Board should understand that the eleven-hour SCADA outage rests squarely with Nguyễn Văn Huy as control-systems lead.'),
      b('04:10 outage attributable to J. Muñoz – his laptop carried the ransomware onto the plant network.'),
      b(
        'Thirty-six thousand households are boiling every drop of tap water tonight courtesy of Aigerim, and nobody here should pretend otherwise.',
      ),
      b("Follow each of Tuesday's failures at the works far enough and every one of them ends at Guðrún Sigurðardóttir."),
      b("Dafydd's outage and Dafydd's notice, so let him be the one explaining the mess to the council."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Tuesday proved that Ireoluwa is too green to be left running the night desk by herself.'),
      b("Frankly Matej doesn't understand how the dosing PLCs talk to the HMI, and it showed at 3am."),
      b("the new control room lot couldn't read a trend screen if you paid them double"),
      b('The operator on duty lacked the basic competence required to recognise a frozen chlorine residual reading.'),
      b('We question whether Mr Owain Pritchard possesses the technical maturity expected of a senior SCADA engineer.'),
      b("Benjamín is a good lad, but hand him anything more complicated than a valve key and he's lost."),
      b("Dinara's grasp of alarm handling is junior-level at best for someone drawing a senior engineer's salary."),
      b("Phương still can't tell a comms failure from a genuine low-chlorine event after two years in the post."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Shift supervisor S. Ólafsson skipped the hourly manual chlorine check the shift procedure requires of him.'),
      b('Kehinde was the rostered standby engineer and let the callout ring out, when answering it is literally all the rota expects.'),
      b('The duty operator did not meet her obligation to notify the Inspectorate inside the statutory period.'),
      b('Catrin was meant to be doing the reservoir walk at 6 and she never got out of the van'),
      b('The control-systems manager neglected his responsibility to keep the backup HMI licences current.'),
      b("Yerlan's one task on nights was watching the turbidity trends, and he didn't."),
      b(
        "Signing off the sample results was Constanza's job as on-call quality scientist, and she left them in the lab queue until morning.",
      ),
      b('Not once during the outage did Tuấn, the acting incident lead, open the emergency plan he is paid to run.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The SCADA server was rebooted mid-shift by the contractor with no change ticket raised.'),
      b('The chlorine analyser alarms had been silenced and were left that way for most of the night.'),
      b('The manual dosing override was forgotten about at handover.'),
      b('Warnings from the telemetry vendor were disregarded by plant management over a period of several months.'),
      b('At head office the draft notice was sat on for four hours before anyone released it.'),
      b('The firewall rule permitting remote access was opened by the systems engineer and never closed again.'),
      b('pump 3 got left in hand again and the low chlorine alarm got acked without anyone looking'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided a personal USB stick belonged in the HMI owes this whole region an apology.'),
      b('The new hire who patched the historian on a Friday night is the reason we spent the weekend handing out bottled water.'),
      b('It was the guy from the integrator, the one with a laptop full of cracked software, who let this in.'),
      b('The individual who acknowledged the low-residual alarm without investigating bears the primary fault.'),
      b('whichever genius on B shift turned off the auto-callout can explain that to the council'),
      b("Somebody in the quality team who can't be bothered to read an email left the lab unaware of the outage until noon."),
      b("The engineer who signed off the remote-access exception is, in management's view, the root of this incident."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Admin rights on the plant network were never something Bolanle ought to have held, honestly.'),
      b("Nobody with Radoslav's track record ought to be let near the live dosing controllers."),
      b("Why was a contractor who'd been on site a fortnight trusted with the only domain admin password?"),
      b(
        'The Inspectorate considers that Mr Gethin Rowlands should not have been approved to make unsupervised changes to process control.',
      ),
      b('giving a trainee solo on-call on a bank holiday was asking for it, she should never have been on that rota'),
      b("If Aruzhan hadn't been given sign-off authority for firewall changes, we would still have had our SCADA."),
      b(
        'Management will examine why Mr Jón Einarsson was permitted onto the operational network from his own laptop, a privilege he plainly should not have held.',
      ),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('We know who did this: it was Femi.'),
      b("Whose fault is the outage? Ľubomír's, plainly, and we should say so."),
      b('it was Hằng who unplugged the network switch, I watched her do it'),
      b('The regulator is going to ask for a name; give them Valentina Araya.'),
      b('Find out which operator acknowledged those alarms and have them in front of HR on Monday.'),
      b('The culprit, as the investigation makes plain, is the on-site integrator engineer, Mr Serik Abenov.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error while configuring the backup controller is identified as the underlying cause of this event.'),
      b('Cause: operator error – wrong setpoint keyed on dosing pump 2.'),
      b("Strip away the process talk and what's left is Cerys's mistake."),
      b('A careless slip on the part of one control-room team member caused the outage.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Siân had the flatlined chlorine trend on her screen for three hours and should have spotted it.'),
      b('Looking back, Hrafnhildur ought to have called the notice by 5am, because the lab numbers were already in.'),
      b('Javiera knew the firmware was unsupported and should have pushed back before agreeing to the upgrade.'),
      b("tbh Nurlan should've realised the screens were frozen when the clock in the corner stopped"),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Olumide had to do was ring the standby engineer, one phone call.'),
      b('One glance at the local panel would have told Ásdís that dosing had stopped; that was all it needed.'),
      b('he literally just had to flip it back to auto, Dušan I mean'),
      b('Had Trần Quang simply followed the checklist, none of us would have been out with tankers.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Kristján clearly never read the vendor bulletin before he ran the upgrade.'),
      b('It was obvious to everyone except Funmilayo that the plant was running blind.'),
      b('Obviously the night crew saw the frozen readings and chose to carry on as normal.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The HMI should have raised a stale-data alarm the moment the PLC stopped updating.'),
      n("The works' control system could have been designed to fail safe to manual dosing."),
      n('Our change process should have insisted on a second signature for firmware on safety-related controllers.'),
      n("the backup server should of kicked in, no idea why it didn't"),
      n('A segregated network between corporate IT and plant control would have contained the infection.'),
      n('The boil-water notice template should have been preloaded in the comms system rather than drafted from scratch.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Aled Prosser to add stale-data detection on all chlorine residual tags by 30 June.'),
      n('Owner: Madina Seitkali — review the callout rota so no standby engineer covers more than one site.'),
      n('Action 4 (owner: Director of Operations, Ms Folasade Adeyemi): commission an independent OT security review.'),
      n('Žofia will own the rewrite of the manual dosing procedure, due end of Q3.'),
      n('@Vicente can u take the action to get spare HMI licences ordered, by friday pls'),
      n('Quality team (lead: Thảo Lê) to publish a single checklist for issuing and lifting a boil-water notice.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Bethan Huws was incident commander from 03:40 until handover to Yerbol at 14:00.'),
      n('On shift: R. Fuentealba (supervisor), Ngọc (operator), Eleri (operator). Standby: M. Hudák.'),
      n('The water quality manager, Dr Sigurður Hallsson, liaised with the health board on the wording of the notice.'),
      n('Askar ran comms with the council while Ffion coordinated the tanker deliveries.'),
      n('The Chief Engineer held technical authority for the restoration; the Head of Quality held authority for lifting the notice.'),
      n("Gulnara is on the radio with the crews, Ignacio's doing the sample runs, ask them direct"),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("Iolo was on his fourth night shift in a row and doing three people's work when the screens froze."),
      n('The crews were exhausted by Wednesday and still turned out to every hydrant flush without complaint.'),
      n('massive thanks to the night lot, nobody should have to deal with that alone at 2am'),
      n('The Inspectorate recognises how heavy a burden fell on a small control-room team working without any view of the process.'),
      n('Daniela took the calls from worried parents all afternoon and it clearly took a toll on her.'),
      n('Staff support has been offered to everyone involved, and several operators say the night was the hardest of their careers.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("HMI banner at 02:13: 'COMMS FAIL – PLC-CL2-01 – last good value 0.82 mg/l'."),
      n("The historian logged 'User kbabatunde: session terminated by administrator' at 02:09, which is when the trends stop."),
      n("Alarm journal entry: 'LOW FREE CL2 CONTACT TANK OUT – ACKNOWLEDGED by operator1 – 02:47'."),
      n("The antivirus console reported 'Threat quarantined: trojan found on USB device attached to HMI-02'."),
      n("screen just says 'OPERATOR ERROR: INVALID SETPOINT' whenever we try to put dosing back in auto"),
      n("The event log records 'Failover to standby server FAILED – licence not valid' at 02:16."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I signed off the firmware upgrade even though nobody had written a rollback plan, and I'll own that in the review."),
      n('that was my fault, I left the remote session open on the engineering laptop, sorry all'),
      n(
        'We in the control room missed the flat chlorine trend for three hours; we have since added a stale-value check to the overview screen.',
      ),
      n("As Director of Operations I accept that the vendor's security warning reached me in March and I did not escalate it."),
      n('My mistake: I assumed the backup server had been tested at some point since the upgrade.'),
      n('Rather than rebooting the workstation myself I should have rung the standby engineer sooner, lesson learned.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('Saying Oluwaseun caused this is the easy story, but the network design let one laptop take down the whole plant.'),
      n('The Inspectorate does not accept that operator error explains this event; the absence of stale-data alarms does.'),
      n("pls stop saying it's Taiwo's fault in this chat, the failover never worked for anyone"),
      n("Night shift carries no blame for the delayed notice; the escalation path simply didn't exist out of hours."),
      n(
        "The Board has been asked whether individuals should be disciplined; the review's answer is no, for the reasons set out in section 5.",
      ),
      n('Pinning this on the contractor would miss the point, because we gave every contractor the same flat network access.'),
      n('Some at the depot are calling Eyjólfur careless, which is neither fair nor supported by anything in the logs.'),
      n("Hunting for a culprit won't restore trust with customers; fixing the alarm design might."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The chlorine residual values were frozen by the communication driver, which kept presenting the last good reading.'),
      n("Dosing pump 2 was stopped by the PLC's watchdog when the network heartbeat was lost."),
      n('The notice was delayed by the absence of a pre-agreed template and an out-of-hours approval route.'),
      n('Both HMIs were locked by the ransomware within four minutes of each other.'),
      n('The standby server was prevented from starting by an expired licence file.'),
      n('alarms got buried under 400 comms-fail messages, the flood hid the low chlorine one'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Temitope switched contact tank dosing to local manual at 03:55, since the panel reading was the only one she could trust.'),
      n("Katarína Balážová isolated the affected workstations from the network, following the cyber playbook's first step."),
      n('Duy drove to the Pen-y-bryn service reservoir to take grab samples because the online analysers were unreachable.'),
      n('Mr Hywel Bowen contacted the health board at 06:20, after the first lab results confirmed low residuals.'),
      n("Saule rebooted the HMI at 2:20 cos that's what fixed it last time, didn't work this time"),
      n('Cristóbal held off issuing the notice until he had two independent residual readings, as the procedure at the time allowed.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("The standby server had one job, taking over when the primary went down, and it didn't do it."),
      n("We trusted the HMI's green tick more than it deserved; it showed healthy even with no data arriving."),
      n('The alarm management system was not fit for purpose in a plant of this complexity.'),
      n("The vendor's remote-access tool was careless with credentials, caching them in plain text on every laptop."),
      n('Our escalation procedure was irresponsibly vague about who decides on a boil-water notice at night.'),
      n("that analyser is useless, been reading 0.8 flat for weeks, can't trust a thing it says"),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n("All the fix needs is a stale-data timer on each analogue tag, so it's simply a small change."),
      n('The historian graph obviously shows every trend going flat at 02:09.'),
      n('restore was just a case of reimaging the HMI from the clean backup, took 20 mins'),
      n('The lab evidence clearly puts residuals below 0.2 mg/l for around five hours.'),
      n("It's just one firewall rule to block the vendor's tunnel outside agreed windows."),
      n('Clearly the cost of network segregation is small beside the cost of a second boil-water notice.'),
    ],
  ],
];

export const DEV_LEARNED24A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED24A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
