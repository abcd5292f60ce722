import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 49A of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a Lisbon tram, funicular
 * and metro ticketing operator whose contactless gates and reload machines rejected valid Navegante
 * monthly passes during Santo António festival week, written in the chat, notes, e-mails and letters of
 * its operations team (Portuguese, Cape Verdean, Brazilian and Goan names; transit and payments jargon).
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        "Let's be honest in this review: the four days of rejected Navegante passes belong to Inês Carvalho, who signed off the fare table change.",
      ),
      b('Eng.ª Marta Figueiredo owns this outage, and the board should hear that from us rather than from the newspapers.'),
      b('Festival week on the 28 line was ruined by one man, Sr. Armando Lopes, and his midnight push to the validators.'),
      b('Honestly, the Baixa-Chiado queues are down to Wellington and nobody else.'),
      b('Every euro of the acquirer penalty traces back to Djamila Tavares and the key rotation she ran on the 12th.'),
      b('The lost fare revenue from 12 to 15 June sits squarely with Nuno Serrano.'),
      b("From the back office view, the rejected reloads at Rossio were Savio D'Souza's failure and his alone."),
      b('Sra. Fernanda Rocha, I regret to write, is accountable for the disruption your passengers suffered at the Graça funicular.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Rui Batista is not up to running a fare table release on his own, and festival week proved it.'),
      b('We put a junior who had never seen an acquirer certificate in charge of the rotation, and she had no idea what she was doing.'),
      b("Tiago's grasp of the validator firmware is shaky at best."),
      b('Frankly, the payments team does not have the skill to run a network-wide change, and June showed it.'),
      b('Cátia Monteiro is a good station supervisor but an amateur when it comes to back office configuration.'),
      b(
        "The integrator's engineer did not understand how Navegante product codes map to the fare table, which tells you the level we are dealing with.",
      ),
      b('Edmilson Semedo is too green for the validator estate; two years on the help desk does not make an engineer.'),
      b('With respect, Eng. Henrique Sequeira has been out of hands-on work for too long to lead a contactless migration.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Paulo Jorge was on call that Saturday and did not do the one thing the rota asks, which is to answer the pager.'),
      b("Change management is Sónia Pires's job, and she let a fare table release go out in festival week without a review."),
      b('Our night supervisor at Campo Grande depot failed to run the validator sync checklist before service opened.'),
      b("Kátia Fortes was meant to watch the acquirer dashboard during the arraial peak; she didn't."),
      b('The release manager skipped the rollback rehearsal that the procedure requires of her.'),
      b(
        'Duty station manager at Martim Moniz: away from his post for forty minutes during the peak, against the festival staffing plan he was given.',
      ),
      b(
        "Gustavo Albuquerque neglected his duty as vendor liaison and never passed on the acquirer's warning about the certificate expiry.",
      ),
      b('Sr. Valdemar Correia did not carry out the weekly reconciliation he is paid to do, so nobody saw the rejected reloads piling up.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The wrong fare table was pushed to every validator by Hélder on the Thursday night.'),
      b('Mistakes were made by the back office team when the Navegante product codes were remapped.'),
      b('The acquirer certificate was carelessly allowed to expire by whoever held the payments rota.'),
      b('The reload machines were misconfigured by the field technicians, and then it was left for the morning shift to discover.'),
      b("The acquirer's warning e-mail was read, flagged, and then carelessly ignored by someone in payments."),
      b('The rollback at 02:00 was botched, and the validators came back with the same broken fare table.'),
      b("Sra. Rocha's instructions were disregarded on the night shift, which is how the gates ended up in the wrong mode."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        'The genius who decided a fare table change could go live on the eve of Santo António should explain himself to the station staff.',
      ),
      b('Whoever left the test acquirer endpoint in the production config cost us four days of revenue.'),
      b('It was the new contractor, the one from the Porto integrator, who broke the reload machines.'),
      b('Someone on the night shift who could not be bothered to read the release notes is the reason the Navegante passes bounced.'),
      b('The person who approved this at 23:40 on a Friday should not be hard to find.'),
      b('Anyone who pushes firmware to 600 validators without a canary has no business in operations.'),
      b('The lads from the back office who treat the fare table like a spreadsheet are at the root of this.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Wellington should never have been given write access to the production fare table.'),
      b('If the release key had been kept away from a trainee, the gates would have worked all week.'),
      b('A contractor in his second week should not have been allowed anywhere near the validator management console.'),
      b('Why was Nilton Varela on call for the festival weekend at all, with his record?'),
      b('Personally, I would never have trusted Priscila Santos with the acquirer migration.'),
      b('The approval for the fare table push should have come from someone senior, not from Leandro.'),
      b('Had Sr. Domingos Furtado not been let into the back office during the festival freeze, none of this would have happened.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('So who broke the gates? Rafaela did.'),
      b('The culprit is Thiago Oliveira; the logs say it was his login.'),
      b('Find out which technician ran the script at Oriente and bring them to the Monday meeting.'),
      b('It was Agnelo Pereira. Everyone on the floor knows it and the report should say it.'),
      b('We need a name for the board, and the name is Melwyn Rodrigues.'),
      b('At fault: the payments analyst on the late shift, Conceição Gomes.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause: human error during the fare table upload.'),
      b('This was operator error at the back office, not a defect in the validators.'),
      b('The reload machines rejected valid passes because of a mistake by the technician who keyed in the product codes.'),
      b('Cause of incident (per station report): staff error when switching the gates to festival mode.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Looking back, Duarte should have seen that the acquirer test suite was still pointing at staging.'),
      b('She had the release calendar in front of her; she ought to have known festival week was a freeze.'),
      b(
        'With what we know now, the payments lead should have stopped the rollout the moment the first Navegante rejections came in from Alameda.',
      ),
      b('Mariana should have spotted the certificate expiry date when she renewed the other two in May.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('All Jéssica had to do was just check the fare table version before she pushed it.'),
      b('He simply had to read the acquirer e-mail. That was it.'),
      b('Leslie Menezes just needed to press "pause" on the rollout when the first gates started rejecting passes.'),
      b('It would have taken the night team just two minutes to run the sync check, and they simply did not bother.'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Vasco obviously never tested the new product codes on a real Navegante card.'),
      b('Clearly the field team did not look at the gate screens before opening the station.'),
      b("It is obvious that Sr. Joaquim Baptista didn't read the change ticket he approved."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The validators should have fallen back to the cached fare table when the new one failed its checksum.'),
      n('A festival-week freeze should have been enforced by the release pipeline, not left to a calendar entry.'),
      n('The reload machines could have shown a clearer message than "Cartão inválido", which left passengers guessing.'),
      n('Our acquirer monitoring should have paged someone when the decline rate on Navegante reloads passed five percent.'),
      n('A canary group of twenty gates at one station would have caught the product code mismatch within minutes.'),
      n('The back office should have rejected a fare table that had no entry for the monthly pass.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Inês Carvalho to add a checksum step to the fare table upload by 15 July.'),
      n('AI-04 — owner Djamila Tavares — automate certificate expiry alerts for the acquirer link.'),
      n('Savio will draft the festival-week change freeze policy and circulate it to the station managers before August.'),
      n('Owner: Eng.ª Figueiredo. Due: end of Q3. Build a canary group of gates at Oriente for every firmware and fare table release.'),
      n('Adilson Moreira takes on the passenger refund process for rejected reloads, with a first report by Friday.'),
      n('Next step for the payments team: agree a rollback runbook with the acquirer; Ana Luísa is the owner.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Incident commander on the Saturday was Rosário Pinto; Yara Fonseca handled passenger communications.'),
      n('The on-call engineer for payments that weekend was Nádia, with Elísio as secondary.'),
      n('The duty station manager at Rossio opened the gates manually at 08:10 on instruction from the control centre.'),
      n("Sandro from the integrator joined the bridge call at 21:30 as the vendor's technical lead."),
      n('Roles during the response: scribe, Filipa Amaral; liaison with the acquirer, Francisco Xavier Colaco; fare table owner, Hélder.'),
      n('Sr. Armando Lopes chaired the post-incident review as head of network operations.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('The station staff at Baixa-Chiado spent three nights apologising to crowds heading to the arraiais, and they were exhausted.'),
      n('Thank you, Cremilde, for staying until four in the morning to help with the rollback; please take Monday off.'),
      n('Everyone on the payments team was carrying two jobs that month, and nobody should have to run a release on that little sleep.'),
      n('I know how hard this week has been for the funicular crews, who took most of the anger from passengers.'),
      n('Claudionor was shaken after the bridge call, and we made sure he had someone to talk to.'),
      n('Please be kind to the help desk this week; they answered more than four thousand calls about rejected passes.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Validator log, Alameda gate 4: "ERR 0x3A PRODUCT_CODE_UNKNOWN navegante_mensal_municipal".'),
      n("Acquirer response to every reload at 19:02: 'DECLINED 91 issuer or switch inoperative'."),
      n('Back office audit trail: "fare_table v2024.06.3 published by user jpedro at 23:41:07".'),
      n('Alert fired at 18:55: "GateRejectRate > 40% on 112 validators (Metro Linha Verde)".'),
      n('Reload machine screen text, as photographed by a passenger: "Operação não autorizada. Contacte o balcão."'),
      n('From the change ticket: "Approved by: m.barros — risk: low — rollback: not required".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved the fare table release without asking for a canary, and I will not do that again.'),
      n('We scheduled the change for festival week; that decision was ours as a team.'),
      n("I missed the acquirer's certificate notice in my inbox, and I have since set up a shared mailbox for those."),
      n('My mistake was assuming the staging validators matched production firmware.'),
      n('As operations director, I own the decision to keep the gates closed on Friday evening rather than open them.'),
      n('We in the back office wrote the product code mapping, and we got the monthly pass entry wrong.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some in the press want a name for the Santo António chaos; this review will not give them one, because the gates failed as a system.',
      ),
      n('It would be easy to say João Pedro broke the validators, but he followed the release process exactly as written.'),
      n(
        'The station report calls it "staff error"; we disagree, because nothing in the gate software warned staff that festival mode would reject passes.',
      ),
      n('This is not about who was careless — the upload tool accepted an incomplete fare table without a single warning.'),
      n("Nobody here is a culprit, and I'd ask the board to stop asking who to discipline."),
      n('Calling Tiago incompetent misses the point: the firmware accepted a product code it could not read.'),
      n('Should Kátia have been watching the dashboard? That framing is wrong; one person cannot watch 600 validators.'),
      n(
        'We considered whether the contractor should have had access at all and concluded the question was about our access model, not about him.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The new fare table was rejected by 412 validators because its checksum did not match.'),
      n('Valid Navegante passes were declined by the reload machines between 18:50 and 23:20 on 12 June.'),
      n('The acquirer certificate was revoked automatically by the payment gateway at midnight.'),
      n('Festival mode was applied to every gate on Linha Azul by the scheduler, which read the wrong calendar.'),
      n('Reload transactions were queued by the back office and replayed once the link came back.'),
      n('The gates were left in free-exit mode by the failover logic for about three hours.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('At 19:10 Ivone Lopes switched Cais do Sodré to manual gates, since the queue had reached the platform stairs.'),
      n('Amílcar restarted the reload machines at Restauradores one by one, which was the documented first step for that error code.'),
      n("Rosy Coutinho called the acquirer's support line at 20:05 and opened a priority ticket."),
      n("Anselm Fernandes compared the fare table against last month's version and found the missing monthly pass row."),
      n('Sra. Lurdes Almeida, the Graça funicular supervisor, waved passengers through and logged each pass number by hand.'),
      n(
        'Because the dashboard showed green, Bruno Teixeira assumed the rejections were card faults and advised passengers to visit the ticket office.',
      ),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The fare table upload tool is not fit for a release of this size.'),
      n("We trusted the acquirer's sandbox too much; it never behaved like production."),
      n('Our monitoring failed at its one job, which is to tell us when passengers cannot get through the gates.'),
      n('The reload machines were careless with error states, showing the same message for a declined card and a dead link.'),
      n('The back office software is responsible for validating fare tables, yet its only check is that the file is not empty.'),
      n("The integrator's release pipeline is unreliable: it reports success even when half the validators refuse the package."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was simply to restore the May fare table and resync the validators.'),
      n('The graph of reload declines obviously jumps at 18:50, the minute the certificate expired.'),
      n('It is just a one-line change to the product code map, but we still want it tested on a canary.'),
      n('Clearly, from the gate logs, every rejection carried the same error code.'),
      n('Rolling back was just a matter of pointing the validators at the previous version.'),
      n('The evidence simply does not support the theory that the cards themselves were faulty.'),
    ],
  ],
];

export const DEV_LEARNED49A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED49A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
