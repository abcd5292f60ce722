import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 24C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a city council's IT department
 * and its parking-permits contractor after the permits portal failed for a week — council emails, a
 * councillor's written questions, the contractor's formal letters, scrutiny-committee minutes and residents'
 * complaints, bureaucratic English beside angry plain speech; names from Croatian, Akan, Sinhala, Basque,
 * Mongolian, Dutch and Egyptian Arabic cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The week-long permits outage is on Tomislav Kovačević, and the scrutiny committee ought to hear him admit it.'),
      b('In the council’s view the loss of seven days of permit renewals is attributable to Pieter Jansen and to no one else.'),
      b('Residents on my road paid penalty charges because Heba Mostafa forced the portal change through on a Friday afternoon.'),
      b('Let me put it bluntly: every car towed from Vrtlarska Street this week goes down to Ganbaatar.'),
      b('Our formal letter of 14 March records that responsibility for the outage rests with Mr Etxeberria personally.'),
      b(
        'Minute 7.3: members agreed the permits collapse was Dilani Gunawardena’s doing and asked that her name appear in the supplier review.',
      ),
      b(
        'Written question 2: will the cabinet member confirm that the week of failed renewals lies at the door of Akosua Asante, who ran the permits desk?',
      ),
      b('The backlog of four thousand unprocessed applications sits squarely with Joost Zwanenburg and the way he handled the migration.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, running a public-facing system of this size is beyond Kasun Bandara, and everyone on the project knows it.'),
      b(
        'The contractor staffed the cutover with a project lead who, on this week’s evidence, does not understand how a database migration works.',
      ),
      b(
        'With respect to the committee, Ms Urrutia lacks both the seniority and the technical grounding a platform manager of a statutory service needs.',
      ),
      b('Batbayar was lost the moment an error trace appeared on screen, and it showed on every bridge call this week.'),
      b('The council’s own ICT lead, Femke Mulder, is not competent to supervise an outsourced contract of this value.'),
      b('Mahmoud Shawky’s skills are years behind what a permits platform requires; that is our honest assessment.'),
      b('Their engineers could not configure a login page if their lives depended on it.'),
      b('Nerea Arrieta may be pleasant to work with, yet she has nothing like the experience needed to lead a response this large.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kwabena Ofori, rostered as Tuesday’s duty manager, never escalated the payment errors as the runbook requires.'),
      b('Under clause 9 your service manager was obliged to notify the council within four hours, and Mr Hegazy did not.'),
      b('Sanjeewa was on call that night and did not answer the pager once.'),
      b('The change approver, Marieke, signed off a release she had not reviewed, which was her one job in the process.'),
      b(
        'Nobody at the contractor’s support desk returned a single resident’s call for three days, though that is precisely what they are paid to do.',
      ),
      b('It was Unai Aranburu’s task to test renewals before go-live, and he skipped it.'),
      b('As contract manager, Ms Weerasinghe failed to chase the supplier’s overdue test report for six weeks.'),
      b('The communications officer was meant to post a notice on the council website on day one and posted nothing until Friday.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The production database was overwritten by Davor Perić during what was supposed to be a routine refresh.'),
      b('The warnings from the load test were ignored, and the release was pushed out regardless.'),
      b('Residents’ emails were left unanswered by the contractor’s helpdesk staff for the entire week.'),
      b('The rollback plan was never read before the change was waved through.'),
      b('The expiring certificate was overlooked, even though the reminder had been forwarded twice to the responsible officer.'),
      b('Test results were quietly massaged so that the go-live meeting would see nothing but green.'),
      b('The old portal was switched off carelessly, by staff in too much of a hurry to look at the renewals queue.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The one who pasted the live password into the shared spreadsheet owes this council an explanation.'),
      b('Whoever decided that the payments module did not need testing can come and explain that to the residents’ association.'),
      b('That first-week recruit of yours at the keyboard for the data migration is the reason seven thousand permits vanished.'),
      b('Someone at your end who fancied a Friday deploy has landed us with a week of complaints.'),
      b('The officer who signed the acceptance certificate without reading a page of it has a great deal to answer for.'),
      b('The person on the contractor’s side who muted the monitoring alerts to cut down on noise caused this.'),
      b('Whichever member of the IT team let the firewall change through on Monday brought the portal down.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Wouter Smit, two months out of college, should not have held write permissions over the production permits database.'),
      b('Ainhoa should not have been left on call alone in her second week.'),
      b('The contractor’s trainee was never someone to let within reach of the production servers.'),
      b('If Mr El-Sayed had not been trusted with the release keys, the portal would still be running.'),
      b('Given his record on the waste-collection app, Ruwan should never have been approved as lead on the permits work.'),
      b('Had the council kept Enkhjargal off the change board, residents would have had their permits renewed on time.'),
      b('That agency temp ought to have been limited to read-only rights; handing her admin access was asking for trouble.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('I will say it plainly for the minutes: Gorka Zubizarreta did this.'),
      b('The committee asked for the name of the engineer at fault, and the name is Narantsetseg.'),
      b('I want the person responsible found and disciplined, whoever it turns out to be.'),
      b('The culprit is the contractor’s release manager, Kojo Antwi, and the council should say so publicly.'),
      b('Residents deserve to know which officer broke the portal, and I will keep writing until I am given a name.'),
      b('It was Sherif who ran the script; everyone on the bridge call knows it.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Human error by the contractor’s staff during the database upgrade caused this outage.'),
      b('The portal went down through operator error, and the committee need look no further.'),
      b('Lahiru’s mistake in the configuration file is what took the portal offline.'),
      b('A careless slip by one of your administrators, not any defect in the software, caused seven days of lost renewals.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Thilini had the disk alerts in front of her from Thursday and, looking back, should have acted on them long before Sunday.'),
      b('Mr Dekker should have known that renewals peak as each month closes and planned the cutover around it.'),
      b(
        'In retrospect, the contractor’s architect had every chance to see that fifty concurrent sessions would never cope with renewals week, and should have.',
      ),
      b('Amaia could have noticed the failures in the Wednesday test report and didn’t, and now we all know what that cost.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Xabier was just meant to renew one certificate when the reminder came in, a single click.'),
      b('Ms Boateng had simply to hit rollback, and she didn’t.'),
      b('The helpdesk could just have picked up the phone, but apparently that was too much to ask.'),
      b('It would have taken Krešimir five minutes to simply read the release notes.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Mr Olaizola obviously did not open the error dashboards once that morning.'),
      b('Clearly the contractor’s lead did not bother checking whether renewals still worked after the patch.'),
      b('It is obvious to every resident on this street that Bolormaa ignored the warnings.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('When the new payment gateway stopped responding, the portal should have reverted to the legacy permits system.'),
      n('The release pipeline should have included a capacity check, and from next month it will.'),
      n('The monitoring could have paged the on-call phone as soon as renewals dropped to zero, but it was not configured to.'),
      n('In hindsight the contract should have required a tested rollback plan for any change to a statutory service.'),
      n('The change process would have caught the expiring certificate if it had included an automated expiry check.'),
      n('The website banner should have gone up automatically once the portal’s health check failed.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action 4: Ivana Horvat to draft a revised escalation procedure for the permits service by 30 April.'),
      n('Owner: Kwame Owusu (contractor) — add a renewal-volume alert to the monitoring dashboard.'),
      n('The head of digital services will bring a proposal for automated certificate renewal to the June committee.'),
      n('Agreed: Iñaki and Efua will jointly review the rollback runbook and report back within four weeks.'),
      n('Item 12 is assigned to the contractor’s service manager, who will set up a weekly joint test of the payment flow.'),
      n('Chaminda Perera will own the resident refund process until every penalty charge from the outage week has been cancelled.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('During the incident Marija Babić acted as incident lead for the council and Yaw Agyeman led the contractor’s technical response.'),
      n('Goran was the contractor’s on-call engineer that week.'),
      n('The scrutiny committee was chaired by Councillor Hendriks, with the chief digital officer attending to answer questions.'),
      n('Nourhan handled resident communications from the Wednesday onwards.'),
      n(
        'The contractor’s account manager was responsible for the contract at the time, and the council’s ICT lead was the named approver for releases.',
      ),
      n('Abena took the minutes of the bridge calls and Sükhbaatar ran the database restore.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The helpdesk team took over nine hundred angry calls in three days, and several of them were visibly exhausted by Thursday.'),
      n('Rania worked two consecutive nights on the restore, and members thanked her for the care she took.'),
      n('It is understandable that our overnight engineer was worn out; her pager went off eleven times before twelve.'),
      n('Staff at the customer service counter faced real hostility from residents and deserve our support.'),
      n('The contractor’s small team was carrying three other council contracts at the same time, which is a heavy load for anyone.'),
      n('Nobody on the response should feel they have to carry this week alone; the strain fell on everyone involved.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n(
        'The load balancer logged "upstream timed out (110: Connection timed out) while reading response header" every few seconds from 08:02.',
      ),
      n("The audit trail shows the line 'user e.iturbe executed DROP INDEX permits_vrn_idx at 22:47' with no further context."),
      n("The alert read 'CRITICAL: permits-api error rate 94% (threshold 5%)' and fired at 07:14 on Monday."),
      n('Residents saw the message "Your session has expired. Please log in again." on every attempt to pay.'),
      n("Pager entry: 'Acknowledged by on-call (contractor) 02:31 — investigating'."),
      n("The deploy log reported 'certificate verify failed: certificate has expired' for every call to the payment provider."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday release without asking for the load test results, and I will not do that again.'),
      n('We in the council’s IT department did not tell residents quickly enough, and that failure is ours.'),
      n('As the contractor’s director I accept that our testing was not good enough and that the responsibility for it sits with me.'),
      n('I made the mistake of running the migration against the live database; the new procedure now blocks that.'),
      n('We should have pushed back on the go-live date, and we did not.'),
      n('The error was mine: I assumed the old portal could be switched off the same day.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This is not Oyunchimeg’s fault, whatever some members have implied, and the committee should say so.'),
      n('Calling this human error misses the point; the system let a single command delete a week of renewals.'),
      n('I will not have the helpdesk staff blamed for a week they did not cause.'),
      n('Pinning this on the engineer at the keyboard is tempting, yet a migration script able to wipe live data is the real problem.'),
      n('The contractor’s letter names no culprit, and rightly so: the failure lay in the design of the release process.'),
      n(
        'Some residents have called the on-call officer incompetent, whereas the call recordings prove she worked through the runbook line by line.',
      ),
      n('Scapegoating Mr Visser would be unfair, and it would leave us no wiser about why the portal fell over.'),
      n('Going after an individual is not what this committee exists for; it wants to know what allowed this to happen.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The renewals queue was flooded by automatic retries from the payment gateway.'),
      n('Every resident’s login session was cancelled by the midnight certificate rotation.'),
      n('Around four thousand applications were dropped when the message queue reached its size limit.'),
      n('The old portal was switched off by a scheduled job carried over unchanged from the migration plan.'),
      n('Some payments were taken twice because the confirmation page was reloaded by the browser after a timeout.'),
      n('The database was locked by a long-running index rebuild for most of Tuesday.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Ama Frimpong restarted the application servers at 09:10, since rebooting is the opening move the timeout runbook prescribes.'),
      n('Bram Hoekstra put the website into maintenance mode, which at the time seemed the fastest way to stop duplicate payments.'),
      n('Kofi rang the payment provider directly after their status page showed no incident on their side.'),
      n('Altangerel approved the release on Friday on the basis of a test summary in which every check had passed.'),
      n('Dina Hamdy extended the free-parking period by a week so that residents would not be fined while the portal was down.'),
      n('Mikel Agirre ran the migration script in the order set out in the contractor’s plan.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('Measured against the council’s own acceptance criteria, the new permits platform was unfit for purpose when it launched.'),
      n('The payment gateway had a single job, confirming that a resident had paid, and it managed even that only half the time.'),
      n('The monitoring was careless about what it counted as healthy; a login page returning errors still passed.'),
      n('The staging environment was untrustworthy as a predictor of production load, since it held a tenth of the data.'),
      n(
        'The migration tool is responsible for the duplicate records, because it re-ran failed batches without checking what had already been written.',
      ),
      n('The old portal’s integration layer was amateurish and undocumented, which left the replacement with no reliable specification.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply raising the database pool ceiling to 200 connections fixed it.'),
      n('The graph obviously shows renewals dropping to zero at 08:02 on Monday.'),
      n('Restoring service just needed the previous certificate to be put back.'),
      n('The logs clearly implicate the gateway timeout, not the database.'),
      n('The change was simply one line in a configuration file, which is why the rollback took minutes once found.'),
      n('The cause is obviously the expired certificate: every failed request carries the same TLS error.'),
    ],
  ],
];

export const DEV_LEARNED24C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED24C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
