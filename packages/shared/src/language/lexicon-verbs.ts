/** Verb lists used by the rules. All entries are lowercase. */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs that by themselves describe a failure when a person is their subject ("Bob broke prod"). */
export const FAILURE_VERBS = words(`
  broke breaks broken messed screwed botched bungled forgot forgets forgotten neglected neglects ignored
  ignores overlooked overlooks missed misses skipped skips fat-fingered fatfingered fumbled mistyped
  misconfigured misread misjudged miscalculated mislabeled mislabelled caused causes wiped clobbered
  nuked trashed rubber-stamped rubberstamped crashed corrupted leaked ignoring forgetting skipping
  neglecting breaking missing overlooking misconfiguring botching messing screwing causing crashing
`);

/** Failure verbs strong enough to blame a person's artefact ("Bob's change broke prod"). */
export const ARTEFACT_FAILURE_VERBS = words('broke breaks caused causes wiped clobbered crashed corrupted');

/** Verbs that take a particle to describe a failure: "took down", "brought the API down". */
export const TAKE_DOWN_VERBS = words('took takes taking brought brings bringing knocked knocks knocking');
export const TAKE_DOWN_PARTICLES = words('down offline out over');

/** Objects that make "dropped" a failure ("dropped the users table", "dropped the ball"). */
export const DROP_OBJECTS = words('table tables database databases db ball index indexes collection schema keyspace');

/**
 * Verbs of checking, telling and responding: negated with a person subject they describe an omission
 * ("they didn't check", "nobody noticed"). Base and past forms.
 */
export const ATTENTION_VERBS = words(`
  check checked test tested read verify verified validate validated notice noticed follow followed
  review reviewed look looked bother bothered escalate escalated respond responded acknowledge
  acknowledged ack acked update updated tell told notify notified communicate communicated wait waited
  confirm confirmed run ran monitor monitored inform informed answer answered realize realized realise
  realised consider considered double-check double-checked investigate investigated warn warned mention
  mentioned document documented ask asked listen listened care cared heed heeded rotate rotated renew
  renewed patch patched think thought see saw fail roll rolled page paged report reported flag flagged
  react reacted show showed join joined pay paid test-drive attend attended
`);

/** Attention verbs that are praise, not omission, after "never" ("never failed"). */
export const NEVER_EXEMPT = words('fail failed');

/** Negators that precede an attention verb. */
export const NEGATORS = words("didn't didnt never hadn't hasn't haven't");

/** Ordinary action verbs (past tense) that become blame with a faulty object or a blame adverb. */
export const ACTION_VERBS = words(`
  pushed deployed merged shipped committed applied ran wrote introduced approved made released rolled
  configured set used picked chose selected edited changed executed typed entered copied pasted deleted
  removed dropped restarted killed disabled enabled turned flipped upgraded installed updated modified
  rebooted terminated truncated purged revoked rotated added created scaled moved renamed overwrote
  published triggered started stopped pointed targeted
`);

/** Objects that make an ordinary action a faulty one ("pushed a bad change", "made a mistake"). */
export const FAULTY_OBJECT_WORDS = words(`
  bad broken faulty buggy wrong incorrect untested unreviewed bogus botched risky dangerous rogue hacky
  half-baked mistake mistakes bug bugs typo typos blunder regression error errors
`);

/** Adverbs that mark an action as a blunder ("accidentally deleted"). */
export const BLAME_ADVERBS = words('accidentally mistakenly inadvertently wrongly blindly');

/** Nouns that, owned by a person, name a fault ("Alice's mistake", "it was Dave's fault"). */
export const FAULT_NOUNS = words(`
  mistake mistakes fault faults error errors blunder blunders screw-up screwup screw-ups fuck-up fuckup
  oversight typo typos doing mess slip slip-up misstep lapse failure
`);

/** Nouns after "error" that make it a technical term ("error message", "error budget"). */
export const ERROR_COMPOUNDS = words(`
  message messages budget budgets rate rates log logs code codes handling handler page pages count
  response responses class type types state path paths
`);

/** Base-form verbs that "just"/"simply" minimise ("just restart it", "you simply bump the limit"). */
export const BASE_ACTIONS = words(`
  restart reboot run rerun re-run roll rollback revert check read look click use follow add set turn
  flip bump delete drop retry redeploy deploy push merge ask ping page scale increase raise lower kill
  clear flush fix update upgrade downgrade patch rotate renew remove copy paste grep open type wait
  ignore skip disable enable edit change do need make apply reload purge tail search google configure
  install press hit fail failover switch move restore rename tweak adjust comment uncomment rebuild
  recreate drain cordon evict truncate reindex refresh reset bounce cycle trigger start stop point tell
  try know remember double-check glance notice watch ssh override bypass force cherry-pick rebase
  ship wipe nuke resize free bump
`);

/** Past-tense verbs that "just"/"simply" make dismissive when a person is the subject. */
export const DISMISSIVE_PAST = words(`
  ignored skipped assumed guessed clicked pushed merged forced deleted ran copied pasted approved
  bypassed disabled overrode shipped blew yoloed winged rubber-stamped dismissed acked silenced muted
  snoozed hit wiped nuked
`);

/** Whether a word reads as a past participle: regular (-ed) or in `IRREGULAR_PARTICIPLES`. */
export function isParticiple(word: string): boolean {
  return (word.length > 3 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word);
}

/** Irregular past participles (regular ones end in -ed). */
export const IRREGULAR_PARTICIPLES = words(`
  known seen done gone taken made told caught run read put set sent kept left found thought got gotten
  brought built written spent hit let shut cut felt held heard lost meant paid said shown understood
  won had begun chosen drawn driven fallen flown forgotten given grown hidden spoken stolen stuck thrown
  woken broken frozen fed fought led met sat shot slept sold stood struck taught bought spotted
  overwritten rewritten overridden mistaken undertaken withdrawn
`);
