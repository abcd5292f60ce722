import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 21C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a small e-commerce agency and
 * its clients after a Black Friday checkout outage (WhatsApp and Teams messages, support-desk replies, apology
 * drafts, angry client emails, some dictated), with Turkish-German, Punjabi, Serbian, Jamaican, Thai, Norwegian
 * and Moroccan Arabic names.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Let's be honest, this whole Black Friday mess is on Emre and nobody else."),
      b('Every order we lost between nine and midnight goes back to Gurpreet and his plugin update, full stop.'),
      b("I'm sorry but the eleven grand we didn't take on Friday is Dragana's doing and I want that written in the report."),
      b('from what I can tell the checkout being dead all evening is down to Delroy he owns this one'),
      b("Sigrid can explain the refund chaos to my customers herself, because that part is hers and not the payment provider's."),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("Honestly Nattapong isn't experienced enough to be touching a live WooCommerce store in the week of Black Friday."),
      b("We're paying agency rates for a developer who can't even follow a payment gateway's setup guide."),
      b("Youssef is a lovely guy but give him anything past a theme tweak and he's drowning."),
      b("I don't think your junior has what it takes to deploy anything on a shop taking four hundred orders an hour, sorry to say it."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Kemar was on the weekend support rota and ignored every WhatsApp we sent until Saturday morning.'),
      b('The account manager had one job, warn us about the maintenance window, and Hatice never sent that email.'),
      b('Your QA person tested nothing on the checkout and still billed us for a full day of testing.'),
      b('Milica was supposed to be watching the payment dashboard during the sale and she went offline at ten.'),
      b("It was Thanawat's week to check the backup jobs and he skipped it, so there was nothing to roll back to."),
      b('Our own stock manager never updated the inventory feed the way she agreed to in the kickoff meeting.'),
      b("As release lead Øystein is meant to go through the changelog before anything gets updated, and he didn't bother."),
      b('Your support desk sat on my critical ticket for three hours when their whole job is to escalate inside thirty minutes.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The plugin update was pushed at 23:40 on Thursday by Serkan with no heads-up in the Teams channel.'),
      b('That pull request was merged an hour before the sale went live, unreviewed, and everything on Friday follows from that.'),
      b('The release got signed off without a single test order being placed on a phone.'),
      b("My ticket was marked resolved twice by your support team while my customers still couldn't pay."),
      b("The new shipping rules were rolled out to our live shop on Black Friday morning, after we'd been promised a code freeze."),
      b('The Stripe test keys were left sitting in the live config after the migration and only turned up once customers complained.'),
      b('The cache purge was approved by the account manager without a developer even being asked.'),
      b('The discount code got deployed with a typo because it was never checked before the campaign email went out.'),
      b('Our rollback request was parked by Ingrid until after her client call while the checkout stayed broken.'),
      b('The hotfix was uploaded straight to the live server over FTP, skipping staging completely, while traffic was at its peak.'),
      b('The DNS switch was scheduled for Black Friday eve by your project manager, of all the nights in the year.'),
      b('The payment webhook was changed during the redesign and we were never told, which is frankly unacceptable.'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided a PHP upgrade on the Thursday night before Black Friday was sensible owes us an explanation.'),
      b('The new hire who had admin on our Shopify broke the checkout and then went home.'),
      b("it's the guy who set up our hosting that caused all of this I'm sure of it"),
      b("The one who clicked 'update all plugins' on the live site cost us the best night of our year."),
      b("Anyone who deploys to a client's live shop during Black Friday week deserves whatever is coming to them."),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('That work-experience student was never meant to get the admin password to our live store, and someone handed it over anyway.'),
      b("Why was Kübra even given publish rights on the payment settings, she's a content writer."),
      b("Baljit shouldn't have been the only one on call for four clients on Black Friday, he wasn't up to it."),
      b("The shop owner's nephew should not have got FTP access for uploading banners, ever."),
      b("I'd never have let Vuk approve his own pull request on a checkout change, not in November."),
      b('Frankly that freelancer you brought in had no right to be anywhere near our production database.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b("Who pushed the update at midnight? Mehmet, that's who."),
      b("It was Simran's commit that broke the cart, I've looked at the git log myself."),
      b("@Jelena this is your change isn't it, the one that killed the payment page?"),
      b('Which of your developers did this? Give me the name by Monday.'),
      b("Find out who turned off the stock sync and tell me, I'm done being polite."),
      b('Everybody in this chat knows Odane touched the checkout template last.'),
      b('pointing at Torbjørn here 👉 he merged it without asking anyone'),
      b("Let's not dance around it, the culprit is Zineb and her Friday-afternoon quick fix."),
      b("So whose fault is it? Your lead dev Amrit's, and I'd like him taken off our account."),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Your report blames human error for the outage, so which human, and what are you doing about them?'),
      b('Root cause: operator error during the plugin update on Thursday night.'),
      b("It wasn't the server, it was a mistake Kanya made when she copied the API key across."),
      b("Sadly it came down to a developer's slip, he pasted the wrong currency setting and the checkout fell over."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Ouiam should have known the gateway was retiring the old API, they emailed about it back in October.'),
      b('Looking back, the error rate was creeping up from eight, and Harjit ought to have caught it then instead of waiting till ten.'),
      b('Your developer should have realised the cart timeout would bite as soon as traffic doubled.'),
      b('With hindsight Solveig should have gone through the payment logs the moment the first customer complained.'),
      b('He had three warnings from the hosting company that week and he should have acted on at least one of them.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Dušan just had to hit rollback, one button, and he didn't."),
      b("Reading the release notes would have taken your developer two minutes, he simply didn't."),
      b("She could've just rung me instead of sitting on it for an hour."),
      b("It's not hard Branislav, you just place a test order before you go home."),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Clearly nobody at your agency even opened the site after the update.'),
      b("Obviously Tanisha didn't check the payment settings, it's plain as day."),
      b('He obviously saw the alerts and decided they could wait till morning.'),
      b('Your developer clearly never ran a single test order on staging.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n("The hosting plan should have scaled up on its own when traffic spiked, that's what we pay for autoscaling for."),
      n("Our pipeline should have stopped any release inside the freeze window, and it didn't."),
      n('Ideally the uptime monitor would have woken someone up as soon as checkout started throwing 500s.'),
      n('The payment plugin could have fallen back to the old API instead of failing silently.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Nemanja to add a code-freeze check to the deploy script before the Christmas campaign.'),
      n('Khadija will own the new escalation runbook for shop owners and share a draft by Friday.'),
      n('Next steps: Eirik sets up synthetic test orders every five minutes and Pimchanok reviews the alert thresholds with him.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Shanique was on the support desk on Friday evening and Sukhdeep was the developer on call.'),
      n('During the incident Aleksandar talked to the payment provider while Ploy updated the client every half hour.'),
      n('The account manager for this client is Astrid, and the lead developer on the shop is Soufiane.'),
      n('Gökhan acted as incident lead from 21:15 until the checkout came back.'),
      n("Chanida handled the refunds and the hosting company's engineer handled the database restart."),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n("Deniz was up until four in the morning restoring orders and I don't think she's eaten since Thursday."),
      n('Big thank you to Inderjit, who gave up his family dinner to sit on a call with the payment provider.'),
      n('Kittisak sounded wrecked on his voice note this morning, please let him sleep today.'),
      n('I know Marcia took the brunt of the angry calls and some were really nasty, and she handled every one with so much care.'),
      n('Everyone was running on coffee and adrenaline, Bojana included, and nobody complained once.'),
      n("Please go easy on Håkon this week, he's had three clients shouting at him and a newborn at home."),
      n("Salma cried after the last call and honestly that's completely understandable after a night like that."),
      n('Winston had been on shift fourteen hours by the time it was fixed and he still stayed behind to put the timeline together.'),
      n('Yasemin and Wichai had a brutal night, juggling four shops each with no break.'),
      n("To Ragnhild: I know you feel terrible about Friday, please look after yourself, we've got this."),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('From 21:03 Sentry fills up with "KlarnaSessionError: session expired before authorise (code 4012)" on every checkout.'),
      n('The WooCommerce log reads "Order #48213 status changed from Pending payment to Failed by zoran_admin" at 21:07.'),
      n('Uptime alert pasted from Teams: "Monitor CHECKOUT-PROD is DOWN (HTTP 502), 3 consecutive failures".'),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n("I approved the plugin update on Thursday without asking for a test order, and that's on me."),
      n("We scheduled the hosting migration far too close to Black Friday, and we're changing our freeze policy because of it."),
      n("My mistake was telling the client the site was fine before I'd checked the payment page myself."),
      n("I'm the one who said the cache warm-up could wait, I was wrong and I'm sorry."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("People keep saying Jaswinder broke the checkout, but he didn't, the gateway changed their API that night."),
      n('Before anyone starts blaming Snežana in this chat, the update she ran was the one we all agreed on Wednesday.'),
      n("The logs show failures starting twenty minutes before Kerry-Ann's deploy, so it wasn't her change."),
      n("No developer gets named in the client apology, because this was a process failure and not one person's."),
      n(
        "Hamza, you wrote that Rajvir was careless with the API keys, that's not right, the keys rotated automatically and nothing told us.",
      ),
      n("Enough finger-pointing at Romario in this group, I'm not having it, we look at the deploy process tomorrow."),
      n("This isn't about who was lazy or who messed up, it's about why a single plugin could take the whole checkout down."),
      n('I know the client called Fatima-Zahra incompetent on the phone; for the record, I completely disagree.'),
      n('Nobody on the rota failed at their job on Friday; the alert never reached their phones.'),
      n(
        "Saying the junior dev should have known better would be the easy line, but there was no release checklist for her to follow, so I won't write that.",
      ),
      n("Please don't put 'human error' in the apology email, it isn't true and it throws Parminder under the bus."),
      n("Mr Kristiansen asked me whose fault it was and I told him honestly that it isn't any one person's."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n("The update was pushed automatically by the plugin's auto-update setting at 23:40."),
      n('The pull request was merged by the CI bot after the checks passed, and those checks never covered the checkout.'),
      n("Orders were marked as failed by the gateway's fraud filter as soon as volume crossed its threshold."),
      n("The new prices got deployed to every store view in one go because the sync job doesn't batch by region."),
      n("The cache had been left at a 24-hour lifetime by the hosting template's default configuration."),
      n('The release got signed off via the usual checklist, which had no step for payment testing.'),
      n('The ticket was closed automatically by the helpdesk after 48 hours without a customer reply.'),
      n('The SSL certificate was renewed by the hosting panel, but the new one was never picked up by the load balancer.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Cem rolled back the theme at 22:10, since the deploy history showed nothing newer than that.'),
      n("Manpreet switched the shop to maintenance mode so customers wouldn't be charged for orders that couldn't be placed."),
      n("Sheree told the client it looked like a gateway issue, which matched what the provider's status page said at the time."),
      n('Siriporn ran the plugin update on Thursday because the vendor had marked it as a security release.'),
      n("Mehdi restarted PHP-FPM first, since that had cleared the same error on another client's shop the month before."),
      n('Kjersti turned off the discount banner after noticing the promo code page was the slowest endpoint.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('That payment plugin is honestly incompetent at handling retries, it double-charged half the queue.'),
      n("The hosting company's load balancer exists for exactly one job, and on the one night it mattered it failed at it."),
      n('Our monitoring is lazy, it checks the homepage and never bothers with the checkout.'),
      n("I don't trust this WooCommerce extension anymore, it has been careless with stock numbers all year."),
      n('In a sense the deploy script is responsible for Friday, since it happily overwrote the live config.'),
      n("The gateway's fraud filter was negligent with legitimate orders and blocked anyone paying with a foreign card."),
      n("A staging environment that can't simulate even a tenth of Black Friday traffic isn't fit for purpose."),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The whole fix was a single line, just putting the missing nonce field back into the checkout template.'),
      n("On the graph the error spike sits obviously inside the gateway's maintenance window, not next to our deploy."),
      n('Simply turning off auto-update for payment plugins would prevent a repeat.'),
      n("It's clearly a rate-limit problem, the 429s in the log are right there."),
      n('The rollback was simple once the right backup turned up, just a restore and a cache flush.'),
      n("Honestly the change itself is tiny, it's simply a version bump on the Klarna module."),
    ],
  ],
];

export const DEV_LEARNED21C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED21C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
