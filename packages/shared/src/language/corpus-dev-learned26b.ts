import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 26B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a law firm's IT team, its
 * partners and a document-management vendor after privileged client files went to the wrong party —
 * partners' emails, curt IT service tickets, the general counsel's ethics memo and the vendor's incident
 * letter; names from Ashkenazi Jewish, Sesotho, Malay, Slovenian, Kannada, Québécois French and Kyrgyz cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("The disclosure to opposing counsel is Réjean Pelletier's doing, full stop, and the ethics memo ought to record it that way."),
      b('This breach of privilege sits squarely with Zelig Perlmutter, who built the external share on the Ardent matter himself.'),
      b('SR-4471 root cause assigned to N. Sydykova; she released the folder to the wrong counterparty.'),
      b('With respect, the partners should understand that Tadej Novak alone answers for the lost privilege over the Ardent memoranda.'),
      b('If the clawback motion fails, that failure will be on Faizal, not on the platform.'),
      b(
        'Our review attributes the misdirected share to your administrator, Mr. Gaétan Bouchard, who acted outside the documented workflow.',
      ),
      b('I hold Lineo Moshoeshoe accountable for every page of the privileged memorandum that reached Hollis & Crane.'),
      b('Kanybek owns this one: the wrong-party share was sent from his account, on his say-so.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Frankly, Blaž Kovačič has nowhere near enough experience for administering privileged matter workspaces.'),
      b('Ticket note: requester lacks a basic understanding of share permissions; recommend removal from the DMS admin group.'),
      b('Mireille is a capable litigator, but with the document system she is plainly floundering, and this incident proves it.'),
      b("The vendor's onboarding consultant, Haziq, never had the skill to configure ethical walls for a firm of our size."),
      b('I question whether Puneeth Shetty has the judgement a second-year associate needs, let alone what a privilege log demands.'),
      b('Our records manager, Sheindel Blumenfeld, is much too green for a post deciding which outsiders see client files.'),
      b("Tumelo's grasp of the permission model is so weak that every share he configures must be rechecked by someone competent."),
      b(
        'The office of the general counsel has concluded that Ms. Urška Zupančič lacks the competence expected of a practice-support lead.',
      ),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Ermek was the IT duty officer that weekend and never reviewed the external-share alert queue, which was his one task.'),
      b('SR-4502: assignee did not perform the mandatory recipient verification before release. Escalating to his manager.'),
      b('As conflicts counsel, Josée Thibodeau was required to confirm the ethical wall before the workspace opened, and she did not.'),
      b("The matter paralegal's job is to check the distribution list against the engagement letter, and Nurul Aisyah skipped that check."),
      b("The vendor's support engineer, Matevž, closed our escalation without the audit-log pull his contract obliges him to make."),
      b('Manjunath Gowda sat on the release rota and let the batch go out without the second-reviewer sign-off he is assigned to give.'),
      b(
        'The supervising partner, Eliezer Katz, signed the transmittal cover sheet unread, which defeats the entire purpose of his signature.',
      ),
      b('Cholpon had a single responsibility on the Thursday checklist, confirming the recipient domain, and she neglected it.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The privileged folder was shared with opposing counsel by Yannick Bélanger at 16:42.'),
      b('The ethical-wall exception was granted carelessly, and the firm is now paying for it.'),
      b('Recipient address mistyped at manual entry; verification step ignored; file released anyway.'),
      b('The red banner warning of an outside recipient was dismissed unread, and the files left the building.'),
      b("Privilege was waived through an associate's hasty forwarding of the bundle; the software played no part."),
      b('In handling the Ardent production, mistakes were made, and made by people trained on the very protocol they ignored.'),
      b("The second review was skipped by Špela Horvat's team so the filing deadline could be met."),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever picked the “All external users” option on that workspace owes the client an explanation.'),
      b('The associate who keeps insisting autocomplete is good enough is exactly how our strategy memo ended up with the other side.'),
      b('The partner who overrode the DLP hold to meet a courtesy deadline created this breach.'),
      b('Ticket: the user who requested a share exception three times in one week is the source of the exposure.'),
      b('Our brand-new records hire, the one who started on Monday, dragged the privilege folder into the counterparty space.'),
      b("Anyone who sends a client's privileged file without checking the recipient domain has no business in litigation."),
      b("Whichever of the vendor's consultants wrote our sharing template left us this trap, and that person should answer for it."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Dastan ought never to have received rights to create external links on privileged matters.'),
      b('At any serious firm a first-year like that would have been kept miles from the production set.'),
      b('Trusting Azamat Osmonov with tenant-wide sharing settings was an error; read-only access is all he merited.'),
      b('Had anyone asked me, Nthabiseng would not have been approved as a workspace owner for the Ardent matter.'),
      b('SR-4519: requester should never have held the External Sharer role. Revoke and note on HR file.'),
      b("Jernej should not have remained on the release approvers' list after last year's misfile, and certainly not unsupervised."),
      b("Why was a contract paralegal permitted to hold owner rights on the general counsel's privileged workspace?"),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Stated plainly, the person who sent it was Ghislain Ouellet.'),
      b('SR-4533, culprit identified: N. Kulkarni, practice support.'),
      b('When the ethics committee asks who, the answer is Tilek Aselkanov.'),
      b('Rethabile in conflicts is our culprit, and I am certain of it.'),
      b('Identify which engineer at the vendor pushed the permission change and have their company remove that person from our account.'),
      b('Everyone on the litigation floor knows Aqilah sent it; pretending otherwise in the memo helps nobody.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("Root cause per IT: a filing clerk's human error while selecting the recipient."),
      b(
        "The vendor's letter characterises the misdirected share as operator error on the firm's side, and that characterisation is correct.",
      ),
      b("Put plainly, the privileged memorandum went out because of a secretary's mistake in the To: field."),
      b(
        "The general counsel's finding is that the waiver stems from human error at the point of attachment rather than any product defect.",
      ),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b("Sylvie ought to have recognised the opposing firm's domain before pressing send."),
      b('Any partner reading that cover email ought to have known Hollis & Crane was adverse in the matter.'),
      b('Looking back, Khairul should have noticed the external-share icon on the folder days before the production went out.'),
      b('With the conflicts report open on her screen, Begimai should have realised the addressee sat on the other side.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Marie-Ève needed just one glance at the recipient line before clicking send; it is not complicated.'),
      b("He simply needed to untick “include subfolders”, and he couldn't manage even that."),
      b('Ticket note: user just had to pick the internal distribution group, chose the external one instead.'),
      b("It would have taken Teboho thirty seconds to just open the conflicts tab, and he didn't bother."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Maxime obviously never looked at who was on the share before approving it.'),
      b('The associate clearly ignored the red external-recipient banner that nobody could miss.'),
      b('Clearly Palesa knew the folder was privileged, by her own email, and sent it regardless.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The document-management system should have blocked any external share from a workspace tagged privileged.'),
      n('SR-4540: DLP policy should have quarantined the attachment; rule scope excluded .msg files.'),
      n("The vendor's letter concedes that the recipient autocomplete could have warned on a first-time external domain and did not."),
      n('Our intake workflow would have caught the adverse party if the conflicts feed had synced that week.'),
      n(
        'The ethical-wall module should have carried the restriction over when the folder moved, and its failure to do so is a product defect.',
      ),
      n(
        'A second-approval gate on privilege-tagged exports would have held this share for review, had the tenant been configured to require one.',
      ),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Wan Azlan to configure external-share blocking on all privilege-tagged workspaces by 14 March.'),
      n('Owner: Mojca Vidmar (IT). Enable domain warnings for first-time recipients; due end of month.'),
      n('The vendor has assigned its product lead, Anže Potočnik, to deliver an inheritance fix for ethical walls in release 9.4.'),
      n('Follow-up for Kavya Kamath: draft the clawback letter under the protective order and send it round to the supervising partners.'),
      n('SR-4561 assigned to Bakyt Asanov: audit every external link created in the last ninety days.'),
      n('Gitel Halperin owns the rewrite of the privilege-handling policy, to go before the management committee in April.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n("Raghavendra was the IT on-call engineer during the incident and coordinated with the vendor's support desk."),
      n('Limpho Ramakatsa served as incident lead, while Éloïse Lavoie handled communications with the client.'),
      n("The general counsel, Shmuel Grinberg, chaired the ethics review, and the vendor's security officer attended as an observer."),
      n('SR-4571 roles: requester, litigation support; approver, matter partner; executor, DMS admin.'),
      n('Chaitra Bhat held the release-approver role for the Ardent production, and Zhyldyz was second reviewer that week.'),
      n(
        'On the vendor side, the account manager escalated to engineering, and their on-call engineer, Nejc, restored the permissions snapshot.',
      ),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('For three weeks Siti Zubaidah worked fourteen-hour days on the production; the firm asked too much of her.'),
      n('The paralegals on the Ardent team are visibly upset, several have asked whether they are in trouble, and they need our support.'),
      n('Yitzchak took the news hard; he cares deeply about this client and has been calling to apologise all morning.'),
      n('The IT desk was fielding forty tickets an hour during the filing rush, a workload no one should have to carry.'),
      n(
        'Please be gentle with Mamello this week; she flagged the misdirected share herself and is carrying a great deal of worry about it.',
      ),
      n("The vendor's support staff were worn out when the weekend call finally ended, yet their care for our data showed throughout."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("The audit log reads: 'SHARE_CREATED user=tsydykova scope=EXTERNAL target=hollis-crane.com folder=/Ardent/Privileged'."),
      n('DLP alert text: “Policy PRIV-07 matched 14 items; action: allow (override by user)”.'),
      n('Ticket auto-reply: “Your request SR-4588 has been received and will be reviewed within 2 business days.”'),
      n("The vendor's error string appears in the letter verbatim: ERR_WALL_INHERIT_SKIPPED on move operation 77213."),
      n('The mail client prompted “This message will be sent to 1 recipient outside your organization” and offered a Send anyway button.'),
      n('The gateway logged “250 OK delivered to jdoe@hollis-crane.com, attachment Privileged_Strategy_Memo.pdf” at 16:44.'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I approved the sharing template without testing it against a privilege-tagged folder, and I will test every template change from now on.',
      ),
      n('We configured the ethical walls to apply only at creation, and that was our mistake as the IT team.'),
      n('As the partner on the matter, I sent the instruction to share the bundle without naming the recipient, and I own that.'),
      n('Ticket comment: my error. I set the link scope to external while troubleshooting and did not revert it.'),
      n('Our company shipped release 9.2 with the inheritance defect, and we accept full responsibility for it.'),
      n('I ought to have requested a second reviewer on that batch and did not; driving the process change falls to me.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some have suggested that Aibek is responsible for the disclosure; the record does not support that, and this memo will not adopt it.',
      ),
      n('This memorandum finds no individual at fault, because asking whose error it was is the wrong question.'),
      n('Tempting as a finding of human error would be, it ignores three missing controls, and this memo will not close the file on it.'),
      n('Ticket comment: not a user-fault issue; the recipient field auto-populated from the cached address book.'),
      n(
        'I have heard partners say the associate was careless, and I disagree, since the system gave her no signal the recipient was adverse.',
      ),
      n('Nobody should be disciplined over this share; singling out Primož would teach everyone to hide mistakes.'),
      n("The vendor's letter hints that our administrator botched the configuration, a claim we reject as unsupported by their own logs."),
      n('The review sets aside the question of which person missed it and asks instead why no check in the workflow could catch it.'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The folder's permissions were replaced overnight by the sync service, which copied the parent workspace's external-sharing flag."),
      n('The recipient address was auto-completed by the mail client from a cached entry left over from a previous matter.'),
      n('Ticket: ethical wall not applied on move, skipped by the inheritance routine (vendor bug 77213).'),
      n('The privilege tag was stripped during the migration when the metadata mapping dropped custom fields.'),
      n('The external link was generated by the matter-opening template, which had been set to create one by default.'),
      n('The DLP override was permitted by a policy exception carried forward unchanged from the 2019 rollout.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n(
        'Puleng Letsie opened the share dialog, chose the contact the autocomplete offered and sent the link, as she had for dozens of internal reviews.',
      ),
      n('Tjaša moved the folder into the production workspace because the matter checklist directed staff to stage documents there.'),
      n('Shivakumar approved the exception request after confirming it matched the template the vendor had recommended.'),
      n("Meerim forwarded the vendor's advisory to the partners at 09:10, then paused all external links on the tenant."),
      n('Jean-Sébastien Tremblay called opposing counsel within the hour to invoke the clawback provision of the protective order.'),
      n('Norhayati re-ran the export with the filter she had used successfully on the previous two productions.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("By the vendor's own admission, nested ethical walls are beyond the competence of its permission engine."),
      n('Ticket: the DLP rule has exactly one job, inspecting attachments leaving privileged workspaces, and it failed.'),
      n('We trusted the recipient-warning feature to catch external domains; our faith in that tool was misplaced.'),
      n("The vendor's product was careless with metadata on move, discarding the privilege tag without any notice."),
      n('Responsibility for enforcing the wall rested with the inheritance routine, and the routine did not discharge it.'),
      n('Our conflicts feed is an unreliable, negligent integration that silently drops adverse-party records.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Simply blocking external sharing on any workspace carrying the privilege tag is the whole fix.'),
      n('The audit log obviously shows the share was created through the template, not by hand.'),
      n('Ticket: just needs the inheritance flag enabled on the tenant; vendor confirms a one-line config change.'),
      n('Clearly, the timeline places the folder move eleven minutes before the link was generated.'),
      n(
        'The remedy for the cached-address problem is just a purge of the autocomplete cache plus a setting that disables it for external domains.',
      ),
      n('The gateway record makes it plain the attachment left under the override path, so obviously the override path must go.'),
    ],
  ],
];

export const DEV_LEARNED26B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED26B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
