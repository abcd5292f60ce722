import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Held-out split 12A of the blame-aware review corpus, written blind from the labelling conventions alone
 * (no rule, lexicon, model or corpus file was read). Voice: people outside the engineering team writing about
 * an incident (support agents' escalation notes, account managers' e-mails to engineering, customers' forwarded
 * messages, sales and marketing colleagues in a company-wide channel, a call-centre team lead's shift report)
 * and the on-call engineers' replies, in plain non-technical language. Scored only, never trained or tuned on.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b(
        "Callum pushed the change to the Wallet app on Friday afternoon and went home, so as far as I'm concerned every minute of this outage belongs to him.",
      ),
      b('From what I heard in the lift, the two hours nobody could pay by card are down to Ngozi and her update.'),
      b("Please tell the Henderson account the delay was Jun Hao's fault, they keep asking for a name and I'm not covering for him."),
      b('Escalation note for Marlowe Hotels: every one of the forty missing reservations traces back to Mahmoud, and the client knows it.'),
      b(
        'Shift report, Tuesday: the queue hit 300 calls and that sits squarely with Tereza from the app team, who switched the login thing off without telling us.',
      ),
      b("Kwame's update is the reason Mrs Adjei got charged three times for her groceries, so I'm telling her it was him."),
      b(
        'Dear engineering, our biggest retailer lost a Saturday of online sales, and from where I sit that loss belongs to Milagros and nobody else.',
      ),
      b('Marketing lost the whole spring launch because of Chaminda, sorry but someone has to say it out loud.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Is the person running the payments side actually qualified? Thiago seems way out of his depth with all this.'),
      b("With respect, Kofi is far too junior to be handling a release that touches every customer's bank card."),
      b("I've worked alongside Larissa for three years and I'm not convinced she has ever understood how the refunds screen works."),
      b(
        "The client's finance director asked me point blank whether your engineers know what they're doing, and after this week I couldn't honestly say Duc does.",
      ),
      b(
        'Hui Min from the app team is lovely, but she is nowhere near skilled enough for something as big as the checkout, everyone on our floor says so.',
      ),
      b("Frankly, a team that can't keep a login page up for one weekend has no business calling itself engineering, and Petr leads it."),
      b('Quick poll in here: does anyone else feel Ewan has been a bit out of his league since they made him lead?'),
      b("I've been told Kasun only started coding last year, which explains a lot about why the monthly statements came out blank."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b("Nuwan was the on-call person last night and he didn't pick up a single one of my five calls while the app was down."),
      b("The release checklist is Adaeze's job and she skipped it, that's what the engineers on the bridge told me."),
      b('Jiří was supposed to warn support before the maintenance window and never did, so my team took 200 calls blind.'),
      b(
        "Isn't checking the price file before it goes live literally Gabriela's whole job? She didn't, and we sold televisions for nine pounds.",
      ),
      b(
        'Team lead shift report: second-line engineer Tarek failed to follow the escalation process and left tickets sitting untouched for six hours.',
      ),
      b(
        'Our engineering contact Amr promised the client daily updates and has gone silent since Wednesday, which is not how an account liaison is meant to behave.',
      ),
      b('Akosua was the one covering that week, and apparently her phone stayed on silent from Monday to Sunday.'),
      b("Hamish didn't do the one thing his role exists for, which is telling customers when the site is going to be down."),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The warning emails were ignored by the night engineer, according to a friend on the app team.'),
      b("Apparently the update went out without anybody's sign-off and was then carelessly left running overnight."),
      b("My customer was promised the fix had been tested, but it was rushed out by someone who hadn't bothered to check."),
      b('The price change was botched and then covered up, and the client would like to know why.'),
      b('That alert about the card machines was seen, acknowledged and then ignored for three hours by the engineer on duty.'),
      b("Support was kept in the dark on purpose, I'm sure of it, because the outage page was deliberately left green."),
      b('Mistakes were made on the weekend deployment by the team lead, and we were the ones who got shouted at.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever pressed the button on Friday night owes my team an apology and about forty hours of overtime.'),
      b('Apparently that new hire, the lad looking after the website since Monday, has broken it inside his first week.'),
      b("The guy from the app team who said it was 'totally safe' is the reason I spent my evening refunding people."),
      b("Somebody in engineering who thought they knew better changed the prices without asking, and now we're the ones apologising."),
      b("The contractor they brought in for the summer wiped everyone's loyalty points, or so our customer service director heard."),
      b('That developer who works from home on Fridays broke the booking page again, and our clients are sick of it.'),
      b(
        "The person who approved sending 'Test email 123' to our entire mailing list should really be the one answering the angry replies.",
      ),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Why was an intern ever allowed near the live payments system in the first place?'),
      b('Two months in and Quang could get into the whole customer database? He never ought to have had that.'),
      b("If you ask me, leaving Rodrigo to cover the biggest sale of the year on his own was never a good idea, he wasn't ready for it."),
      b("Given Linh's history, why is she still the one who approves changes to the app?"),
      b("The marketing agency's staff should never have had the login for our live store, not after what they did in March."),
      b("Next time please don't put Kojo on the weekend rota, we can't trust him with the servers."),
      b('In hindsight, should Salma really have had the power to switch off payments for the whole country on her own?'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Who broke it, exactly? I need a name for the client and I'd quite like one myself."),
      b("Word on the sales floor is that it was Emeka who did it, and we deserve to know if that's true."),
      b('It was Thu Trang. There, I said it. Everyone in support already knows.'),
      b("Let's be honest about who's at fault here: the app team under Ondřej."),
      b('I want whoever is responsible for yesterday tracked down and named in the letter to customers.'),
      b("The culprit, as far as our floor is concerned, is Yaw, and I've told the customer as much."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b("I've told the Novák account what engineering told me: the outage came down to human error on our side."),
      b('Root cause according to on-call: a typo in the price list, made by a member of staff.'),
      b('It was a silly mistake by one of the developers that took the whole app down, nothing more mysterious than that.'),
      b('Please let Mr Dvořák know it was operator error, a person at our end typed the wrong date into the billing run.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Surely Mariam should have realised that sending the sale email before the prices were live would cause chaos.'),
      b('In hindsight Tuan had every chance to notice the delivery dates reading 1970, and he let it go.'),
      b('Anybody on that team ought to have realised that Black Friday is the worst possible day to update the app.'),
      b("With what we know now, Kirsty needed to check with the bank before flipping the switch, and she didn't."),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b('Obinna could have just pressed undo in the first five minutes; instead he let it run for three hours.'),
      b('All it took was simply reading the warning on his screen. How hard is that?'),
      b("One phone call. Why couldn't whoever was on shift just pick up and ring us?"),
      b("Lucie simply needed to tick one box to keep the old prices, and she couldn't even manage that."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly nobody on the app team bothered to try the new version on an actual phone.'),
      b("Obviously Zdeněk didn't read the email we sent him about the launch date."),
      b("It's obvious to every customer who rang in that Adwoa never looked at the page before it went out."),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("The app should have shown customers a proper 'we're down' message instead of a spinning wheel."),
      n("Honestly, the booking page should have stopped taking orders the moment payments failed, that's what my customers kept saying."),
      n('Could the checkout have warned people before charging them twice? It feels like it should have.'),
      n('The alerting tool should have woken someone up within minutes; the engineers agree its threshold was far too high.'),
      n('The status page would have saved us about 300 calls if it updated itself automatically.'),
      n('In an ideal world the refund process would have kicked in by itself rather than waiting for a manual request.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action for Eilidh: write a plain-English script support can read to callers during the next outage, by Friday.'),
      n('Follow-up owned by Oluwaseun: add a banner to the app that appears whenever card payments are delayed.'),
      n('Nourhan will send the affected merchants a credit note and an apology letter by end of month.'),
      n("Next steps: Li Ting to set up a shared channel between support and on-call; Ishara to review how it's going after two weeks."),
      n('Going forward, Fraser owns the customer-facing status updates during incidents, with Yetunde as backup.'),
      n('Can Beatriz take the action to check every refunded customer actually got their money back? Due 14 June.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n("During Saturday's outage Mhairi was the on-call engineer, Chinedu coordinated with the bank, and I handled the phones."),
      n('For the record, the incident lead was Vojtěch and the person writing customer updates was Ama.'),
      n(
        'Kok Leong answered the escalation from the Tan & Sons account at 9:40 and remained on the call with engineering until the issue was resolved.',
      ),
      n('Our on-call rota this week has Lahiru as primary and Heba as secondary.'),
      n('Dilani from engineering was the one who decided to pause the sale email, and she explained her reasoning in the channel.'),
      n('Team lead report: Esi took over as shift supervisor at 14:00 and Camila ran the callback list.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Please pass on our thanks to Siew Mei, who was on the phone with engineers until 3am and must be exhausted.'),
      n('I know the app team has been stretched thin for months, and nobody there deserves the abuse customers are sending.'),
      n("Big shout out to the on-call folks, it can't be easy getting woken at 4am to a pile of angry messages."),
      n('My agents are worn out after twelve hours of refunds, and the engineers looked every bit as tired on the video call.'),
      n("Kelechi took every angry caller personally yesterday, which shows how much she cares, and I've told her to take today off."),
      n("The stress on the whole floor was enormous, so let's be kind to each other and to the people who were fixing it."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n("Customer forwarded a screenshot of the Wallet app that says 'Error 502: upstream server not responding'."),
      n("The email a client received read: 'Your payment failed because the user account Mendes.R is locked.'"),
      n("Three callers read me the same line off their screens, 'Transaction declined by operator (code 91)', word for word."),
      n("The alert in our support tool said 'Deploy by r.nascimento FAILED - rollback started' at 10:12, in case that helps."),
      n("Pasting what the kiosk shows: 'Service unavailable. Please try again later or contact staff.'"),
      n("A shopkeeper in Kumasi sent me a photo of her card reader showing 'HOST ERROR - USER ABORTED'."),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I sent the wrong outage time to our biggest client, that's on me, and I'll double-check with on-call before emailing next time."),
      n('We in support told customers it was fixed before it actually was; my mistake, I read the wrong update.'),
      n('I should have escalated the first few complaints sooner instead of waiting for a pattern, and from now on I will.'),
      n("That callback list was our team's miss, so we'll get a second person to check it every shift."),
      n("As the engineer who shipped the change, I caused the login problem, and I'm sorry for all the calls it created."),
      n("I'll own this one: I promised the client a fix by noon without checking with anyone."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        "Some people in the sales channel are saying this is Matheus's fault; it isn't, the payment provider changed their system overnight.",
      ),
      n('Before anyone goes looking for who to blame: nobody did anything wrong, the card network had a regional outage.'),
      n(
        "I've heard 'human error' thrown around the floor today, and the engineers have been clear it wasn't a person, it was an expired security certificate.",
      ),
      n(
        "A customer called our on-call engineer incompetent in a forwarded email; please don't repeat that, the problem turned out to be the bank's test data.",
      ),
      n("Bao's getting blamed for not catching it, which isn't fair: his screen showed nothing out of the ordinary."),
      n('No, the new hire did not break the website, whatever you heard in the kitchen; the hosting company had a power cut.'),
      n(
        "No names will go in the customer letter, because this wasn't one person's mistake; the release process was set up in a way that let it happen.",
      ),
      n('Instead of hunting for who dozed off, can we talk about why the warning landed in an unmonitored inbox?'),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('The orders were duplicated by the payment system when it retried after a timeout.'),
      n("Customers' baskets were emptied automatically once the session expired, which is why they kept losing items."),
      n('According to on-call, the promotional prices got replaced by the overnight import job.'),
      n("About 1,200 emails were held back by the spam filter at the client's end, so it looked like we never sent them."),
      n("Loyalty points were wiped when the database restore ran, and they've since been put back from the backup."),
      n('My login was blocked by the fraud checks after three attempts, same as hundreds of customers this morning.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Markéta restarted the card terminals at the Brno shop because the help article said that usually clears the fault.'),
      n(
        "Rania turned the sale off at 11:05 because the prices on the site didn't match the leaflet, which seemed the safest move at the time.",
      ),
      n("Kwabena rolled the app back to last week's version once the crash reports started, since that version had been stable."),
      n("Before going home Catriona updated the status page to say 'resolved', based on the green dashboard she was looking at."),
      n('Tharindu approved the change on Thursday; it had passed every check the team normally runs.'),
      n('Jhonatan sent the reminder emails at 9am as scheduled in the campaign plan, and the complaints began about an hour later.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The new chatbot is frankly incompetent at recognising an outage, it keeps offering customers password resets.'),
      n("That payment provider's system has been careless with our refunds twice now, and I no longer trust it."),
      n("Forty minutes the site was down and the monitoring tool didn't notice, which is literally what it's there for."),
      n("Our release process isn't fit for purpose if a price change can go live with no one else looking at it first."),
      n("I wouldn't trust the old card readers on a Saturday, they're simply too unreliable."),
      n("Whose responsibility is it to warn us? The alerting system's, and right now it isn't doing that job."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix was obviously small, one setting changed back, but it took a while to find.'),
      n("The graph the engineers showed us clearly puts the failures starting at 2:14, right when the bank's maintenance began."),
      n("Good news for the client: it's simply a case of re-sending the invoices, nothing was lost."),
      n('Just restarting the app fixes it for most customers, so agents can suggest that first.'),
      n("From the logs it's obvious the double charges all came from one retry loop."),
      n('Putting the old prices back is just a tiny edit, so it should be done well before the store opens.'),
    ],
  ],
];

export const HELDOUT_LEARNED12A: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const HELDOUT_LEARNED12A_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
