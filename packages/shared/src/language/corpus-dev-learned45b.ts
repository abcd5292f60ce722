import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 45B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Buenos Aires
 * public-transport card operator whose top-up service double-charged and then blocked cards during a
 * national strike weekend, written in the English of an Argentine tech team (chat, notes, e-mails,
 * letters and reviews full of top-ups, validators, settlement files, acquirers and card blacklists).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The Saturday double-charges are on Facundo, and he knows it.'),
      b(
        'Per the call-centre log, the 41,000 blocked cards are attributable to Lic. Yanina Benítez and the blacklist export she pushed at 06:10.',
      ),
      b("Let's be clear with the board: the reversal backlog belongs to Martín Ferraro, not to the acquirer."),
      b('Ezequiel owns this outage — his settlement job, his weekend, his mess.'),
      b('For the record, I hold Ing. Santiago Pellegrini responsible for every peso we refunded on Monday.'),
      b("Whatever the acquirer says, those three hours of dead validators on the Line B subte were Romina Galli's doing."),
      b('The blacklist fiasco sits squarely with Hernán Echeverría, and the incident report should say so.'),
      b("Strike weekend, two million trips, and the one service that broke was Débora Szpilman's to keep alive; the outage is hers."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Gonzalo is not senior enough to be touching the acquirer integration, and Saturday proved it.'),
      b(
        'With respect, Ing. Ariel Goldberg has never understood how idempotency keys work, and it shows in every line of the retry handler.',
      ),
      b('Honestly the new kid on settlements is out of his depth with anything that touches the acquirer.'),
      b('Tamara is a lovely person, but she is not a payments engineer and never will be.'),
      b('Two years in the transit team and Nicolás still cannot read a settlement file without help.'),
      b('Our call-centre supervisor has neither the experience nor the temperament for a P1, and Sunday showed exactly that.'),
      b('Frankly, Lic. Mariela Lombardi is too inexperienced to run a weekend rota during a national strike.'),
      b('Leandro is a web developer pretending to know payments, and the reconciliation logic he wrote reads like it.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Valentina was the on-call engineer on Saturday and failed to acknowledge the duplicate-charge page for 47 minutes.'),
      b("Checking the settlement file before it goes to the acquirer is Matías Esposito's job, and he did not do it on Friday night."),
      b('The shift lead at the call centre never opened a P1, even though that is the first line of her runbook.'),
      b('Ing. Schvartz signed off the release as reviewer without reviewing anything.'),
      b(
        'Our acquirer contact, Florencia Russo, was supposed to be reachable all weekend and let her phone go to voicemail from Saturday to Monday.',
      ),
      b("Nobody in Julián's team did the blacklist sanity check that the change procedure requires of them."),
      b('He was the incident commander, and he spent the first hour arguing in the chat instead of commanding anything.'),
      b('As release manager, Carla Vitale had one duty on Friday (hold the freeze) and she waved the top-up deploy straight through.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The retry limit was carelessly raised to five on Friday afternoon without telling anyone.'),
      b('The production blacklist was overwritten by Uriel Feldman at 02:14, with no ticket and no second pair of eyes.'),
      b('Alerts were ignored on Saturday, and the call centre paid for it.'),
      b('The change freeze was broken on Friday night, and it was not broken by accident.'),
      b("The acquirer's warning e-mail was read on Friday and then sat on until Monday."),
      b('Mistakes were made at the top-up desk and were then covered up in the shift handover.'),
      b('The settlement file had been edited by hand by the night operator, which is how the duplicate batch got through.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('The genius who set the retry timeout to 200 ms owes the call centre an apology.'),
      b('Whoever approved a deploy on the Friday before a national strike should explain themselves to the board.'),
      b('It was the new hire from the Rosario office who loaded the wrong blacklist, not the system.'),
      b('The guy who keeps bypassing code review did it again, and this time it cost us 60 million pesos in reversals.'),
      b('Somebody who had never opened a settlement file in their life decided to "fix" it by hand on Saturday.'),
      b('The contractor who wrote the blacklist sync and then left for Europe is the reason cards were blocked all Sunday.'),
      b('Anyone who pushes a payments change without reading the acquirer spec is the problem here, and we had one of those on Friday.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Gonzalo should never have had write access to the production blacklist.'),
      b('Why was an intern allowed anywhere near the acquirer credentials on a strike weekend?'),
      b('If Lic. Pilar Zubiría had not been given approval rights, the bad top-up build would never have shipped.'),
      b('A junior like Milagros should not have been the only person on call for payments during the strike.'),
      b('Ramón Cabañas should not have been trusted with the settlement keys after what happened in March.'),
      b(
        "The call-centre vendor's agents should never have been allowed to unblock cards from the admin console; they unblocked the wrong ones.",
      ),
      b('Had Noelia not been able to approve her own change, none of this would have happened.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Che, who broke top-ups? Damián. It was Damián.'),
      b('The culprit is the payments team lead, and everyone on the floor knows it.'),
      b('I want the name of whoever pushed the blacklist on Saturday on my desk by noon.'),
      b('Lucía Gorostiaga is at fault here, not the acquirer and not the strike.'),
      b('It was Sebastián, plain and simple: his deploy, his fault.'),
      b('HR should go after the operator who unblocked the test cards in production.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the Friday night settlement run.'),
      b('The double-charge was operator error, nothing more — a wrong flag typed at the console.'),
      b('This was a mistake by our on-call engineer, and the acquirer had nothing to do with it.'),
      b('Cause of the card blocks: Agustina made an error in the blacklist query.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ezequiel should have seen the duplicate authorisations in the acquirer dashboard long before riders started calling.'),
      b('Looking back, the on-call engineer ought to have known that a strike weekend triples top-ups at the kioscos.'),
      b('She should have noticed the settlement totals were double the usual before she sent the file.'),
      b('With a national strike announced on Wednesday, anyone running payments should have known not to deploy on Friday.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Facundo had to do was just check the idempotency flag before rerunning the batch.'),
      b('He simply had to read the acquirer e-mail; it was three lines long.'),
      b('Honestly, the night operator just needed to press pause on the settlement job, and she did not.'),
      b('It would have taken Mariela one minute to simply look at the blacklist count before publishing it.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Matías obviously did not test the retry change against the acquirer sandbox.'),
      b('Clearly nobody on the weekend rota bothered to look at the blocked-card graph.'),
      b('It was obvious to everyone except Ing. Bertolini that you do not rerun a settlement file by hand.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The top-up service should have rejected a second charge with the same idempotency key.'),
      n('Ideally the blacklist sync would have refused to publish a list 40 times larger than the previous one.'),
      n("The acquirer's gateway could have returned a clear duplicate code instead of a generic 05."),
      n('Our change-freeze process should have covered the Friday before a strike, not only public holidays.'),
      n('Honestly, a settlement-file checksum should have caught this long before the validators did.'),
      n('Validators on the colectivos of the 60 line should have kept accepting cards offline while the blacklist was being rebuilt.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('AI-1 — Owner: Ing. Gianluca Rossi. Add an idempotency check on top-up retries, due 30/06.'),
      n('Soledad Iturralde will add a size guard to the blacklist export before the next release.'),
      n('Action: call-centre runbook to include an escalation path for blocked cards — owned by Tamara, target end of month.'),
      n('Owner for the acquirer reversal reconciliation: Julián Quiroga, with a first report on Thursday.'),
      n('Yerutí Ayala takes the follow-up on the strike-weekend capacity plan and will present it at the next ops review.'),
      n('- [ ] Alert on duplicate authorisations per card per minute (owner: Arasy Giménez, sprint 42)'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on Saturday was Lic. Noelia Wainstein; Hernán took comms with the Secretaría de Transporte.'),
      n('The on-call payments engineer was paged at 07:02 and joined the bridge at 07:09.'),
      n('Roles during the response: scribe, Pilar; acquirer liaison, Ramón; call-centre lead, Mainumby Cáceres.'),
      n('Our account manager at the acquirer coordinated the reversal batch from their side.'),
      n('Ariel acted as deputy incident commander from 13:00 until the all-clear on Sunday.'),
      n('The night operator in the control room was the one who handled the validator restarts on Line C.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Yanina worked a 16-hour shift on Sunday with riders shouting at her team, and she kept everyone calm.'),
      n('The call-centre agents took over 12,000 angry calls in two days; they deserve rest and our thanks.'),
      n('Everyone on the rota was exhausted by Sunday night, and that is on the schedule, not on them.'),
      n('Please go easy on Valentina this week: she took the first page, and she is carrying it personally.'),
      n('It was a brutal weekend for the settlements crew, working with half the city on strike and no trains to get home.'),
      n('We know how much Lucía cares about the riders, and how hard the blocked cards hit her.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Alert text at 06:58: "TOPUP_DUP_AUTH rate > 5% for acquirer=ACQ-02 (user: abianchi)".'),
      n('The validator log shows "CARD_BLOCKED reason=BLACKLIST_MATCH list_version=20240601-0214" on every tap from 02:20.'),
      n('Console output: "reversal job started by operator c.vitale — 9,312 records queued".'),
      n('Settlement file header: "BATCH 0417 | RECORDS 184,220 | TOTAL ARS 91,446,000 | STATUS DUPLICATE_SUSPECTED".'),
      n('Pager at 07:02: "Acknowledged by Uriel Feldman".'),
      n('The acquirer answered with "ERR 94 — duplicate transmission" for 23% of Saturday top-ups.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the Friday deploy, and I should have held it until after the strike.'),
      n('We on the payments team shipped the retry change without a sandbox run, and we own that.'),
      n('My mistake: I assumed the acquirer deduplicated retries on their side, and I never checked.'),
      n('I was the one who ran the reversal batch on Sunday, and I am writing this so nobody else has to guess.'),
      n('As head of operations, I signed off on running the strike weekend with a skeleton rota; that call was mine.'),
      n('We missed the acquirer warning on Friday because our shared inbox has no owner, and fixing that is on us.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n('This review is not about finding who broke top-ups; it is about why one retry could charge a card twice.'),
      n('Some people on the chat called it human error, and I disagree: the system let a retry go out without a key.'),
      n('Blaming the night operator would be easy and wrong, because the runbook told her to rerun the file.'),
      n('Nobody here is going to be named as a culprit, and nobody is losing their job over this.'),
      n("The acquirer's e-mail suggests we find the person responsible; we replied that we do blameless reviews."),
      n('Was it carelessness by Ing. Rossi? No, the blacklist tool never showed him a diff before publishing.'),
      n('"Whoever pushed this should be fired" was said on Saturday, in anger, and it is not the position of this team.'),
      n(
        'It is tempting to say the reviewer should have caught it, but no reviewer could have seen a duplicate that only appeared under strike-level load.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Cards were blocked by the blacklist sync when the list-size check failed open.'),
      n('Each top-up was charged twice because the request was retried by the gateway after a 30-second timeout.'),
      n('The settlement file was generated with duplicate rows by the nightly batch, which reads from a replica that lagged 40 minutes.'),
      n('Riders were charged again on Sunday morning when the queued retries were replayed automatically.'),
      n('The admin console was locked by the rate limiter as the call centre tried to unblock cards in bulk.'),
      n('Validator caches were not refreshed for six hours, since the push channel had been saturated by strike-day traffic.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 07:15 Santiago paused the top-up queue, since pausing was the only lever he had that did not touch the acquirer.'),
      n("Débora called the acquirer's emergency line at 08:40 to request a hold on Saturday's settlement."),
      n('Martín restarted the blacklist sync with the previous list version, which was the documented rollback.'),
      n('Ing. Soledad Iturralde compared the settlement file with the acquirer report line by line and found 18,402 duplicate records.'),
      n('Leandro drafted the rider notice in Spanish and English and posted it on the app at noon.'),
      n('Mainumby opened a bridge with the acquirer and the call-centre vendor at 09:00 so both sides saw the same numbers.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The retry handler was never competent to deal with an acquirer that times out but still approves.'),
      n('The blacklist tool failed at its one job: keeping stolen cards off the validators without touching good ones.'),
      n('We trusted the acquirer sandbox far more than it deserved; it does not emulate timeouts at all.'),
      n('The settlement pipeline is careless with retries and will happily resend a file it already sent.'),
      n('Responsibility for deduplication was split between our gateway and the acquirer, so in practice neither did it.'),
      n('The call-centre CRM is not fit for a day with twelve thousand calls; it froze twice on Sunday.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply an idempotency key on every top-up request.'),
      n('The graph obviously shows the duplicate rate jumping at 06:41, the minute the retry config went live.'),
      n('Rolling back the blacklist was just a matter of pointing the validators at version 0531.'),
      n('Clearly, the settlement totals tell the story: Saturday is exactly twice Friday.'),
      n('It is just a three-line change to the gateway, but it needs a sandbox that can fake timeouts.'),
      n('Simply put, the logs show every blocked card shared one list version.'),
    ],
  ],
];

export const DEV_LEARNED45B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED45B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
