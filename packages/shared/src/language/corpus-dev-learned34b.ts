import { blameful as b, type CorpusItem, neutral as n } from './corpus-types.ts';

/**
 * Dev split 34B of the blame-aware review corpus (training text), written blind from the labelling
 * conventions alone (no rule, lexicon, model or corpus file was read). Voice: a university whose online
 * exam platform stopped taking submissions twenty minutes early and lost three hundred students' answers,
 * told through the e-learning team's chat, the exams office's incident log, students' posts and emails, an
 * academic's complaint to senate and the pro-vice-chancellor's review, student slang beside committee
 * prose; names from Igbo, Faroese, Gujarati, Welsh, Quechua, Tongan and Uzbek cultures.
 */
const KINDS: ReadonlyArray<readonly [string, readonly CorpusItem[]]> = [
  [
    'blameful: Responsibility pinned on a named person',
    [
      b('The three hundred lost scripts are on Obinna, full stop, because he pushed that config change on exam morning.'),
      b('Honestly, Rhodri and that upload-limit tweak of his are why any of this happened, nobody else.'),
      b(
        "From the exams office's side, the loss of the final's submissions is attributable to Hiral's decision to patch the server mid-sitting.",
      ),
      b(
        'Senate should record that the failure of the CHEM2041 final rests squarely with Dr Sjúrður Joensen, who insisted on the new platform.',
      ),
      b("ngl if u want to know why my answers vanished ask Tevita, it's his fault the portal died lol"),
      b('The pro-vice-chancellor finds that responsibility for the lost submissions lies with Dilnoza Karimova as platform lead.'),
      b('Whatever the timeline says, this one belongs to Killa; she turned off the autosave queue and three hundred students paid for it.'),
      b('I hold Gwenllian accountable for every one of the three hundred answers that never reached the markers.'),
    ],
  ],
  [
    'blameful: Competence judgements',
    [
      b('Chinedu has about six months of experience, and finals week is no place for someone that green to be steering the exam platform.'),
      b("Bárður hasn't a clue how load balancing works, and that's who we had doing the migration."),
      b(
        'The committee must ask whether a junior developer eight months into the post was fit to configure a system carrying three hundred finals.',
      ),
      b('Jignesh is sound as a person but anything bigger than a WordPress plugin is beyond him.'),
      b("Sione's lot are genuinely incompetent, my little brother could build an upload form that doesn't eat your exam"),
      b('It is my view that Dr Amaru Quispe lacks the technical seniority to have signed off the platform for high-stakes assessment.'),
      b("Ffion's understanding of timeouts is shaky, and Thursday afternoon proved it."),
      b('The e-learning team does not possess the skill that summative examinations demand, as 14 June showed.'),
    ],
  ],
  [
    'blameful: Failure at one’s job or role',
    [
      b('Nnamdi held the exam-support rota slot that afternoon and not once did he open the monitoring dashboard.'),
      b('Rannvá owned the pre-final load test on the exams plan and it was never run, by her or anyone she handed it to.'),
      b('The invigilation lead, Hetal Shah, did not escalate to e-learning when the first students reported errors, as her role required.'),
      b("Otabek's task that afternoon was watching the queue, yet he spent forty minutes in a meeting with his camera off."),
      b('As duty officer, Cerys neglected the exam-day checklist she is paid to complete.'),
      b("Our module convenor's one duty when things broke was giving us a backup submission address and it never came, cheers Dr Waman"),
      b('Mele never did the pre-exam capacity check that the exams office plan assigned to her.'),
      b(
        'The on-call engineer, Sherzod, let three pages go unanswered during the sitting, and answering pages is what the rota exists for.',
      ),
    ],
  ],
  [
    'blameful: Blame in the passive voice',
    [
      b("The submission timeout was set to the wrong value by Pita during Wednesday night's deploy."),
      b('The warnings from the staging run were ignored, and the exam was allowed to go ahead on an untested build.'),
      b('Three hundred scripts were lost because the maintenance window was scheduled over a live final by someone in e-learning.'),
      b('The students were let down by Gulnora, who had been told about the storage limit twice.'),
      b('Mid-exam the capacity alert was silenced, and it stayed silenced until three hundred scripts were gone.'),
      b('Recovery of the answers was abandoned by Heðin Poulsen before anyone had checked the browser cache.'),
      b('apparently the autosave got switched off by our own developer the week before finals'),
    ],
  ],
  [
    'blameful: Blame through a description of the person',
    [
      b('Whoever decided to deploy on the morning of a final owes all three hundred of us an explanation.'),
      b("It's the new starter who reworked the upload handler that brought the platform down."),
      b("Whoever it was that muted the queue alerts for being 'too noisy' can explain that to three hundred students."),
      b('Somebody in that office who thinks a final can run on a free-tier server owes us our marks.'),
      b('The contractor e-learning brought in during March is the person who broke submissions, and everyone in the team knows it.'),
      b('the guy who posts memes in the e-learning channel all day is the same guy who was meant to be testing the exam build'),
      b('Whichever administrator approved a 20 MB upload cap for a handwritten-scan exam is responsible for this.'),
    ],
  ],
  [
    'blameful: Counterfactuals about who should have been trusted or allowed',
    [
      b('Giving Kelechi admin rights on the exam servers in his first month was a decision that never should have been made.'),
      b('Nobody should have let Dafydd anywhere near the production platform during assessment week.'),
      b('Putting an intern alone on call for the biggest final of the year should have been vetoed by whoever drew up that rota.'),
      b("If Lupe hadn't been trusted with sign-off on the release, three hundred students would still have their answers."),
      b('Senate must ask why a lecturer with no technical background was allowed to approve the platform change.'),
      b('Why was Sardor, of all people, holding the only deploy key on exam day?'),
      b('Access to exam settings ought to have been taken off Turið after the mock-exam incident in May.'),
    ],
  ],
  [
    'blameful: Naming a culprit',
    [
      b('Right, who pushed the build at 13:40? I want a name.'),
      b('Ikechukwu is the culprit, and the commit hash proves it.'),
      b("it was Nirav from IT who did it, I've seen the screenshot, someone go after him"),
      b('I have identified the member of staff at fault and will be naming Dr Eyðun Hansen in my complaint to senate.'),
      b(
        'Someone needs to establish exactly which of the e-learning developers switched the timeout, and that person should face a disciplinary.',
      ),
      b('No point tiptoeing round it, Salote is who did this.'),
    ],
  ],
  [
    'blameful: Human error',
    [
      b('Submissions failed because of a human error made when the exam was being set up.'),
      b('Cause of the lost submissions: operator error by the platform administrator.'),
      b("Let's not dress it up, Chiamaka made a mistake with the cut-off time and that's why the portal closed early."),
      b('The review concludes that a member of the e-learning team made a configuration error and that this caused the loss.'),
    ],
  ],
  [
    'blameful: Hindsight',
    [
      b('The practice exam showed the server choking on three hundred uploads, and Rhiannon ought to have clocked it then.'),
      b("Bekzod, with his years on the platform, should've known a timezone setting change would move the cut-off."),
      b('With the warnings he had on Monday, Jóannes should have realised the final was at risk and moved it to paper.'),
      b('Twenty minutes early is the kind of closing time any competent administrator would spot, and Nkechi did not.'),
    ],
  ],
  [
    'blameful: Minimizing "just / simply" aimed at a person',
    [
      b("Qori only needed to extend the deadline by twenty minutes, and he simply didn't."),
      b("Chintan could simply have restarted the submission worker, it's one command."),
      b('Somebody in e-learning simply had to peek at the error log once mid-exam.'),
      b("honestly Madina could've just pressed extend-time for everyone, how hard is that"),
    ],
  ],
  [
    'blameful: "Obviously / clearly" aimed at a person',
    [
      b('Obviously Ugochi never tested the exam in the live platform before releasing it to students.'),
      b("Iolo clearly didn't bother reading the vendor's release notes, or he'd have seen the upload change."),
      b('It is evident, and frankly obvious, that Dr Falguni Desai failed to check the exam settings before the sitting.'),
    ],
  ],
  [
    'look-alike: "Should have" about systems',
    [
      n('The platform should have queued late uploads instead of rejecting them outright.'),
      n('Autosave should have been writing answers to the server every minute, not only on submit.'),
      n('The deployment pipeline could have blocked any release during a scheduled exam window, and it did not.'),
      n("ngl the portal should've just shown a warning instead of a blank page when it stopped taking uploads"),
      n('A capacity test at three hundred concurrent submissions would have shown the bottleneck weeks earlier.'),
      n('The exams office procedure should have included a fallback email submission route for online finals.'),
    ],
  ],
  [
    'look-alike: Action items with owners',
    [
      n('Action: Sunnvá to add an exam-window freeze to the deployment calendar by 1 August.'),
      n('Owner Akmal Yusupov: load test the submission service at 500 concurrent users before the resit period.'),
      n('Dhruti will draft the fallback submission procedure and send it to the exams office before September.'),
      n('AP-4 (owner: Ólavur): restore the client-side autosave and confirm it survives a session timeout.'),
      n('Next steps: Ebuka takes the alert routing review, Sisa takes the student communications template.'),
      n(
        'The pro-vice-chancellor has asked Dr Llinos Pritchard to chair a working group on the resilience of online assessment, reporting in October.',
      ),
    ],
  ],
  [
    'look-alike: Roles named neutrally',
    [
      n('Tróndur was incident lead from 14:52 and Nodira handled the student-facing updates.'),
      n('Dr Kinjal Mehta was the academic responsible for the CHEM2041 paper and acted as the exams office contact during the incident.'),
      n('Heledd held the e-learning on-call pager that afternoon and acknowledged the first page at 14:47.'),
      n('The head of digital education owned the platform then, and the exams office owned the sitting itself.'),
      n('During recovery, Wayra ran the database queries and Siosaia checked the restored scripts against the candidate list.'),
      n('Taniela covered the exams office phone line while Bjarta wrote up the incident timeline.'),
    ],
  ],
  [
    'look-alike: Sympathetic statements',
    [
      n('Bhavin had been doing two jobs since March and was on his twelfth day without a break when the exam ran.'),
      n(
        'The support desk took over four hundred panicked messages in an hour, and several of them stayed until midnight answering students.',
      ),
      n('huge respect to Amarachi who stayed on the student chat till 2am, she must be wiped out'),
      n('Staff in the exams office were visibly shaken by the calls from students and deserve proper time off after this.'),
      n('Gethin has said he feels awful about the students who lost work, and the team should make sure he is supported.'),
      n(
        'Everyone on the e-learning team was running on fumes by finals fortnight, after a workload that had been building since the start of term.',
      ),
    ],
  ],
  [
    'look-alike: Quoted tool output',
    [
      n('Platform log at 14:40:07: "SubmissionRejected: assessment window closed (user=s2291044)".'),
      n('The error students saw read “Your attempt could not be saved. Contact your administrator.”'),
      n('Alert fired at 14:41: "upload_queue_depth > 250 for 60s on exam-worker-2".'),
      n('At 09:12 on exam day the platform recorded "closing_time updated by admin u.tevita".'),
      n("A student pasted the banner into the group chat: 'Submissions for this assessment are closed.'"),
      n(
        'From the load balancer: "503 Service Unavailable - upstream exam-api timed out after 30000 ms", repeated 1,312 times between 14:40 and 15:00.',
      ),
    ],
  ],
  [
    'look-alike: First-person ownership',
    [
      n(
        'I changed the closing time on the Wednesday and did not check it against the exam timetable; I will add that check to the release steps.',
      ),
      n('That was me, I silenced the queue alert during the sitting because it kept flapping, and I should not have.'),
      n('We in the exams office signed off the online format without asking for a fallback, and we own that.'),
      n("I'm the one who told students the portal would be fine, and I'm sorry I gave that assurance."),
      n('As convenor I chose to run the final online against advice, and the consequences of that choice are mine.'),
      n('We made the mistake of deploying in exam week; from now on the e-learning team freezes changes for the whole assessment period.'),
    ],
  ],
  [
    'look-alike: Blame discussed only to reject it',
    [
      n(
        'Some students have asked who to blame, but this review is looking for how one change could close an exam early, not for a culprit.',
      ),
      n("People keep saying it's Obinna's fault, and it isn't: the config he changed had no validation and no review step."),
      n(
        'Labelling the outage human error is tempting, and the panel rejects that framing because the platform accepted a closing time earlier than the timetable.',
      ),
      n("I don't think Cerys failed at her job; the rota gave one person three systems to watch."),
      n(
        'The senate complaint names Dr Sjúrður Joensen as responsible, but nothing the panel found supports holding any single person accountable.',
      ),
      n('not blaming the e-learning lot here btw, the platform literally gave no warning before it locked us out'),
      n(
        'Calling the on-call engineer incompetent misses the point, since nothing paged until the queue had already been full for twelve minutes.',
      ),
      n(
        'Asking who should have been trusted with deploy rights gets us nowhere; the useful question concerns how one deploy could reach a live exam.',
      ),
    ],
  ],
  [
    'look-alike: Passives with system agents',
    [
      n('Submissions were rejected by the gateway once the queue passed its configured limit.'),
      n('The exam was closed early because the closing time was computed in UTC and displayed in local time.'),
      n('Answers were held in browser memory and were discarded when the session token expired.'),
      n('The 14:41 alert was swallowed by deduplication, which had classed it as a repeat of a morning warning.'),
      n('Roughly three hundred uploads were dropped by the retry logic after the third failed attempt.'),
      n('The cut-off was brought forward twenty minutes by the timezone conversion in the scheduler.'),
    ],
  ],
  [
    'look-alike: Factual actions by named people',
    [
      n("Jinal restarted the submission workers at 14:49, following the runbook's first step for a stuck queue."),
      n('Emrys changed the closing time on Wednesday to match the timetable he had been sent, not knowing it was the draft.'),
      n('Zarina emailed the module convenors at 15:05 with the backup submission address, since the platform was still refusing uploads.'),
      n('Manase rolled back the morning release at 15:20, reasoning that it was the only change made that day.'),
      n('Chaska posted in the student forum that answers were being recovered, based on what the database team had told her at the time.'),
      n('Ketan approved the release on Tuesday after the staging checks came back green.'),
    ],
  ],
  [
    'look-alike: Competence / job / trust words about systems',
    [
      n("Accepting files until the deadline is the upload service's one job, and on 14 June it failed that job."),
      n("The exam platform isn't mature enough yet for high-stakes finals with hundreds of candidates."),
      n("We trusted the vendor's autosave feature more than its design deserved."),
      n('Grouping alerts is where the monitoring got careless.'),
      n("Converting exam times is the scheduler's responsibility, and across a clock change it proved unequal to it."),
      n('As a process, change management here was negligent about exam windows, since nothing in it knew an exam was running.'),
    ],
  ],
  [
    'look-alike: "Just / simply / obviously" about the fix or the evidence',
    [
      n('Validating closing times against the timetable before saving them is simply the fix.'),
      n('Obviously, the queue graph goes flat at 14:40, exactly when the complaints start.'),
      n('Recovering the lost answers was not just a restore, because the browser-held drafts were never on the server.'),
      n('Clearly the change was tiny, one field in one form, and that is exactly why the tooling needs a guard for it.'),
      n('Putting an exam-window freeze into the pipeline is simply one extra rule.'),
      n("lol the logs just say 'closed' over and over, obviously the portal thought the exam was finished"),
    ],
  ],
];

export const DEV_LEARNED34B: readonly CorpusItem[] = KINDS.flatMap(([, items]) => items);
export const DEV_LEARNED34B_KINDS: readonly string[] = KINDS.flatMap(([kind, items]) => items.map(() => kind));
