import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 15C of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: open-source maintainers and
 * contributors on a broken release of a popular library (issue comments, PR reviews, a mailing-list thread and
 * a release retrospective, native and non-native English); names from Dutch, Turkish, Vietnamese, Swahili,
 * Hebrew, Bengali, Serbian, Québécois, Mongolian and Haitian cultures, plus GitHub-style handles.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b("Let's be honest in this retro: the 5.3.0 breakage is on Joost, who cut the tag from his local branch."),
      b("this regression is entirely attributable to @burak-k's rewrite of the exports map, no way around it"),
      b('The yanked release and two days of angry issues trace back to Nguyễn Thảo and nobody else.'),
      b('Imo the breakage for webpack users belongs to Dragan, since he insisted we ship without the canary.'),
      b("If we write this up honestly, the lost weekend for every downstream maintainer is Étienne's doing."),
      b('Frankly Batbayar owns this outage: his publish script, his tag, his broken tarball.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b("With respect, Sanne doesn't have the experience with dual ESM/CJS packaging to be cutting releases of a library this size."),
      b('tbh the build tooling is way beyond what @emre_codes can handle and this release proves it'),
      b('Neema is a fine docs contributor but nowhere near senior enough to review changes to the resolver.'),
      b('For a release manager, Arnab understands conditional exports frighteningly poorly.'),
      b('Honestly Jelena is too green for core maintainer duty, she joined four months ago and it shows.'),
      b("Mathieu's semver knowledge is shaky, and labelling a removed export as a minor change proves it."),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Wouter was release manager for 5.3 and never ran the checklist he wrote himself.'),
      b('As reviewer of record Elif was supposed to pull the branch and try it locally, and she did not.'),
      b('Linh had the triage rotation that week and left the first three regression reports sitting unlabelled for two days.'),
      b('The backport maintainer has one job, comparing the changelog against the diff, and Baraka skipped it.'),
      b("Yael signed up to watch the canary channel after the release and then simply wasn't there to watch it."),
      b('Part of owning CI is noticing when the Windows job quietly stops running, and Sudipta failed at that for a month.'),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b('The PR was merged at 2am on a Friday without a second approval, which is exactly how this release went out broken.'),
      b('5.3.0 was pushed to npm before the CI run had even finished.'),
      b('The release was signed off by Milica without anyone having installed the tarball.'),
      b('The regression issue got closed as resolved by the triager after a single thumbs-up, and stayed broken another week.'),
      b('The exports change was approved on the strength of a green badge nobody bothered to click into.'),
      b('The hotfix was rolled out to the latest tag before it had been looked at by anyone who knows the resolver.'),
      b(
        'The broken build got deployed to the docs site as well, after the preview step was skipped by the maintainer on duty for the third release running.',
      ),
      b('The failing Windows job had been left red for three weeks and the release was cut anyway.'),
      b('A breaking change was slipped into a minor release by the release manager, with no changelog entry at all.'),
      b('The compatibility note the author put in the description was read and then waved through by both reviewers.'),
      b("The canary step was commented out of the workflow by Dušan 'temporarily' in March and never restored."),
      b('Those first reports were closed as works-on-my-machine within minutes, without a single attempt to reproduce them.'),
      b('The revert was held back for six hours by the core team, who wanted to argue about semver first.'),
      b('the deprecation notice got deleted in a drive-by cleanup PR and that PR was approved by @zoran-s without one question'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b(
        'Whoever decided a laptop with a dirty working tree was an acceptable place to publish from needs to stay out of the release workflow.',
      ),
      b('The drive-by contributor who rewrote the resolver in one 3,000-line PR got us into this mess.'),
      b("The same person who turned off the Windows job 'for a day' is now asking why Windows users are broken."),
      b('Anyone who approves a PR titled misc cleanup that touches the exports map deserves to answer every one of these issues.'),
      b('the maintainer with the force-push habit on release branches strikes again'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Tuấn should never have been handed publish rights on npm after only two merged PRs.'),
      b('We never should have let Geneviève merge into the release branch on her own.'),
      b('Giving @ganbaa commit access to the core repo was a mistake, and 5.3.0 is what it cost us.'),
      b('Rehema could only bypass branch protection because she had org admin, and she should not have had it.'),
      b("Someone with Oren's track record shouldn't be the second approver on anything that ships to npm."),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Nobody wants to say it, so I will: Kerem broke 5.3.0.'),
      b('git blame on the exports map points straight at Mirlande, so the questions go to her.'),
      b('I want to know who approved #4412, because that person is at fault here.'),
      b('The culprit is @femke-dev, plain and simple; her commit, her tag.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Root cause, in one line: human error while publishing by hand.'),
      b('This was a maintainer mistake, not a tooling problem; the release script did exactly what it was told.'),
      b("Cause of the broken tarball according to the retro draft: operator error on the publisher's side."),
      b("It all comes down to Shira's mistake when she edited the files array by hand."),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('Anouk should have seen the bundle size drop by 40% and asked why before tagging.'),
      b('In hindsight it was on Phương to know that the exports change would break CommonJS consumers; every packaging guide says so.'),
      b('Any reviewer who read that diff should have spotted the default export vanishing from index.js.'),
      b(
        "Sayan had the failing downstream test right in front of him and didn't connect it to the release, which in hindsight is hard to excuse.",
      ),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Thijs just had to run npm pack and look inside the tarball once, that's all."),
      b('tagging after the green run was simply all that was asked of you, @nemanja_v'),
      b('It would have taken Oyunchimeg thirty seconds to just install the release candidate in a fresh project.'),
      b('Nobody asked for heroics, Chantal simply had to go through the checklist once before she pushed the tag.'),
      b("I don't get it, Jabari literally just had to click Details on the red check."),
      b("Stefan simply didn't bother testing on Node 18, the version half of our users run."),
      b('How hard would it have been for Tamar to just drop a message in the maintainers channel before merging?'),
      b('the whole thing goes away if the reviewer had just pulled the branch instead of rubber-stamping it'),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Marc-André obviously never opened the CI logs before approving.'),
      b("It's clear Ishita didn't read the migration guide she was asked to review."),
      b('The reviewer, clearly, skimmed and never noticed that the default export was gone.'),
      b("obviously @dieufort-j pushed the tag without waiting, the timestamps don't lie"),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The release workflow should have refused to publish while any required check was still pending.'),
      n('Our CI matrix should have included a CommonJS consumer project, which would have caught this in minutes.'),
      n('publint would have flagged the broken exports map if the pipeline ran it against the packed tarball.'),
      n("Honestly the branch protection rules should have blocked a tag on a commit that isn't on main."),
      n('A canary dist-tag should have been a mandatory stage before latest, not an optional one.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action item: Maarten adds a packed-tarball smoke test to CI before 5.3.2 goes out.'),
      n('Owner: Zeynep, wire a publint check into the release workflow, due end of month.'),
      n('AI-3 (Saidi): document the manual recovery steps for a yanked npm version.'),
      n('@quynh-n volunteered to own the Windows runner setup going forward, follow-up tracked in #4430.'),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Bojana was release manager for 5.3.0 and Ruud was the second reviewer on the exports PR.'),
      n('During the incident Enkhjin coordinated on the issue tracker while Frantz handled the npm deprecation.'),
      n('Avital held the triage rotation the week the first regression reports came in.'),
      n('The maintainer responsible for build tooling at the time was Temuulen, who took it over in January.'),
      n('Khoa wrote the original exports-map PR, Guerda reviewed it and Debashis did the publish.'),
      n('For the recovery Josée acted as incident lead and @altan-ts kept the pinned issue up to date.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Huge thanks to Imani, who stayed up until 4am her time answering angry issues with more patience than any of us had.'),
      n('Bram has been carrying the release work alone for months next to a day job, and that night was brutal for him.'),
      n('Please go easy on Lieke, she got forty notification emails an hour and still kept the pinned issue accurate.'),
      n('I know Cem took that night really hard and hardly slept, so please check in on him this week.'),
      n('Nadège did the rollback from a hospital waiting room, which tells you how much she cares about this project.'),
      n('Sarangerel is exhausted after three straight days of triage and is taking the week off, which she has more than earned.'),
      n('kudos to @wilner-p for staying calm in the issue thread when people were being really harsh to him'),
      n('It was a rough night for Vuk and Moumita, both juggling the revert across timezones on almost no sleep.'),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('npm printed `npm ERR! 403 Forbidden - You do not have permission to publish yarrow` for user rosemene-b at 02:14.'),
      n('The bot comment said: Merged by ganbaatar-b after 1 approving review; required checks 3 of 4 passed.'),
      n(
        "Node threw ERR_PACKAGE_PATH_NOT_EXPORTED: Package subpath './parse' is not defined by exports in /app/node_modules/yarrow/package.json",
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n('I approved #4412 without pulling it locally; starting today I test every packaging PR against a CJS project before approving.'),
      n("We shipped 5.3.0 with a broken exports map, and that's on us as the core team."),
      n('My mistake: I published from my own machine instead of the release workflow because it felt faster.'),
      n('i disabled the windows job back in march and forgot about it, sorry all, re-enabling it today'),
      n("As release manager for this one I own the decision to skip the canary, and I'll write up what I'll do differently."),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n("This isn't Daan's fault; the workflow let anyone with publish rights skip the checks."),
      n(
        'Before anyone starts asking who pushed the tag, the question for this retro is why the workflow accepted a tag with CI still running.',
      ),
      n('People keep saying Hüseyin broke it, but the bisect lands on a Renovate dependency bump, not on his commit.'),
      n("I'm not going to name whoever approved that PR in a public thread, and I'd ask everyone else not to either."),
      n('@kaan_y you called Lan careless, yet she followed the release doc word for word and it was the doc that was wrong.'),
      n("Okay, I'm locking this sub-thread: piling on the release manager helps nobody, and this retro exists to fix the process."),
      n("I won't accept human error as the cause when three separate safeguards were missing."),
      n("Some comments here read like a hunt for someone to blame, and we don't do that on this project."),
      n('Blaming the reviewer misses the point, since the diff GitHub showed did not even include the generated package.json.'),
      n('To whoever on the list said Zuberi should lose commit access: no, and the evidence does not support it either.'),
      n("It's tempting to say Anh should have caught it, but nobody could have from the diff she was shown."),
      n("No one on this team is incompetent; dual packaging is genuinely hard and our tests didn't cover it."),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n(
        'The PR was merged automatically by the merge queue once the required checks reported green, and the Windows job was not among them.',
      ),
      n('5.3.0 was pushed to npm by the release workflow the moment the tag appeared, with no wait on the test matrix.'),
      n('The tarball was built from a dist folder that had been regenerated by a postinstall hook, and that hook dropped the CJS entry.'),
      n('After 14 days without activity the regression issue was labelled stale and then resolved by the bot.'),
      n('The Windows job had been skipped on every run since March because its path filter evaluated to false.'),
      n('The dependency bump was approved and merged by the automerge rule, since it was classed as a patch.'),
      n('The broken build got deployed to the docs site by the same pipeline, because docs are published from every tag.'),
      n('5.3.1 was rolled out to the latest dist-tag automatically, while the CDN kept serving 5.3.0 until its cache expired.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n('Oğuz reverted the exports change at 09:40 UTC because it was the smallest diff that restored CJS imports.'),
      n(
        'Sébastien published 5.3.0 from his laptop since the release workflow was failing on an unrelated token expiry, which the runbook allowed.',
      ),
      n('Munkhzul approved #4412 after a green CI run, which at the time covered every target in our support policy.'),
      n('Dieuseul pinned an issue with the workaround so downstream users would stop opening duplicates.'),
      n('Rupa bumped the minor version rather than the major because the changelog tooling classified the change as a feature.'),
      n('Gilad merged the backport to 5.2.x first, reasoning that LTS users had the least room to upgrade.'),
      n('Trâm ran the bisect overnight and posted the offending commit range in the tracking issue.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n('The release script is careless about what ends up in the tarball, it packs whatever sits in dist, stale or not.'),
      n("Our CI matrix isn't competent at catching packaging bugs since it only ever imports from source."),
      n('The files allowlist in package.json has exactly one job, keeping the CJS build in the package, and it failed.'),
      n('The green badge on the README is not trustworthy: it reports the last run on main, not the commit that was tagged.'),
      n('changesets is responsible for the version bump and it got the semver level wrong for a removed export'),
      n('The merge queue is negligent about optional checks, it treats a skipped job the same as a passing one.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('The fix is simply restoring the require condition in the exports map, a two-line change.'),
      n('The download graph obviously shows the errors starting with 5.3.0 and stopping with 5.3.1.'),
      n("just pin to 5.2.4 until 5.3.1 lands, that works with every bundler we've tested"),
      n('Clearly the tarball is the evidence here: the cjs folder is simply missing from it.'),
    ],
  ],
];

export const DEV_LEARNED15C: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED15C_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
