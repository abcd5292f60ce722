/** Word lists for recognising people. All entries are lowercase. */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Pronouns and indefinites that refer to other people. `they`/`them`/`their` are resolved in context. */
export const PERSON_PRONOUNS = words(`
  he she they him her them you someone somebody anyone anybody everyone everybody nobody no-one
  whoever y'all
`);

/** Negative people-subjects ("nobody could have known" defends rather than blames). */
export const NEGATIVE_PEOPLE = words('nobody no-one');

/** First-person pronouns: statements of ownership get gentler treatment (see docs/language-review.md). */
export const FIRST_PERSON = words("i we me us myself ourselves i've we've i'd we'd i'm we're");

/** Possessive determiners that point at another person. */
export const PERSON_POSSESSIVES = words('his her their your');

/** Nouns (singular, plural or group) that denote people by role. */
export const ROLE_NOUNS = words(`
  engineer engineers developer developers dev devs programmer programmers coder coders intern interns
  oncall on-call on-caller on-callers oncaller sre sres operator operators admin admins administrator
  administrators sysadmin sysadmins dba dbas lead leads manager managers ops devops qa tester testers
  reviewer reviewers approver approvers contractor contractors consultant consultants hire hires junior
  juniors senior seniors newbie newbies rookie rookies responder responders commander ic author authors
  committer committers maintainer maintainers owner owners person people guy guys colleague colleagues
  teammate teammates coworker coworkers co-worker co-workers employee employees staff human humans team
  teams squad crew folks member members analyst analysts architect architects cto ceo vp director
  specialist specialists technician technicians whoever
  leader leaders planner planners supervisor supervisors coordinator coordinators dispatcher dispatchers
  officer officers nurse nurses doctor doctors clerk clerks signaller signallers executive executives
  foreman superintendent trader traders accountant accountants pharmacist pharmacists
`);

/** Role nouns that, preceded by "my"/"our", mean the writer's own group rather than another person. */
export const GROUP_NOUNS = words('team teams squad crew folks people');

/** Common first names (lowercase). Deliberately diverse; not meant to be complete. */
export const FIRST_NAMES = words(`
  aaron abby adam ahmed aisha akira alan albert alex alexander alexis ali alice amanda amara amit amy
  ana andrea andrew angela anil anita anna anne anthony anya arjun arthur ashley astrid austin barbara
  ben benjamin beth betty bob bobby brandon brenda brian bruce bryan carl carla carlos carol caroline
  catherine charles charlie charlotte chen cheryl chidi chloe chris christian christina christine
  christopher cynthia dan daniel danielle dave david deborah debra deepa denise dennis diana diane diego
  dmitri donald donna doris dorothy douglas dylan edward elena elizabeth ella emil emily emma eric
  ethan eugene evelyn fatima felix frances francesca gabriel gary george gerald giulia gloria greg
  greta gregory hannah harold haruto hassan heather heidi helen henry hiro hiroshi hugo hui ibrahim ida
  ingrid irene isabella ivan jacob jake jamal james jamie janet janice jason javier jeff jeffrey
  jen jennifer jenny jeremy jerry jesse jessica jim jimmy joan joao joe john johnny jon jonas jonathan
  jordan jose joseph josh joshua joyce juan judith judy julia julie justin kamal karen kate
  katherine kathleen katie kavya kayla keith kelly kenji kenneth kevin kim kimberly kwame kyle
  lars laura lauren lawrence layla lena leo li liam linda lisa liz logan lorenzo lori louis luca lucas
  lucia lukas madison mallory marcus margaret maria marie marco marilyn martha mary mateo matt matthew
  megan mei melissa mia michael michelle mike mohammed muhammad nancy natalie natasha nate nathan neha
  nicholas nicole nils nina noah ngozi olga oliver olivia omar oscar pablo pamela patricia patrick
  paul pedro peggy pete peter philip pooja priya rachel rahul raj rajesh ravi rebecca richard robert
  roger rohan ronald russell ruth ryan sakura sam samantha samuel sandra sanjay sara sarah scott sean
  sergei sharon shirley sofia sophia stephanie stephen steve steven sunita susan sven takeshi teresa
  terry theresa thomas tiago tim timothy tom tomas tony trent tyler victor victoria vikram vincent
  virginia walter wei willie yan yuki yusuf zach zachary zainab zoe
  abena adaeze aditya agnieszka aiden akinyi alejandro alessandro ananya andrei andres anh aoife aroha arya
  aylin ayesha baraka bartek beatriz bilal bisi bogdan bruno callum camila carla cerys chiara chinedu ciaran
  dafydd daan daiki dara deniz divya efua elias elif emeka emre eoin erik farah federica femke fernanda finn
  freya gabriela hamza hana haruka henrik hina ifeoma ilya imran ines ioana isla ishaan jia joana johan joon
  jovana kai kaito kamau kaori karthik kasia katarzyna katya kemi kofi kwabena lakshmi leila lerato linh
  linnea lotte luka maja marta mateus matteo maya meera mehmet mihai mikhail milan minh ming mo murat
  nadia naledi niamh nikhil nikola njeri nour nuno obinna oleksandr olena oskar otieno pavel petra piotr
  pranav rafael rami rhys salma sami samira sanne santiago sebastian sinead siobhan sipho sneha stefan
  suresh svetlana takumi tane taras tarek thabo thanh thiago thijs tolu tomasz tunde tuan valentina vijay
  vlad wanjiru xin ying youssef yuri yuto zain zanele zara zawadi zeynep
`);

/** Names that are also everyday words: recognised only when capitalised. */
export const AMBIGUOUS_NAMES = words(`
  will mark bill grant rob pat sue chase jack frank ray drew art dawn faith hope joy rose gene guy max
  page rich don hunter penny ruby amber crystal sandy grace holly eve jan jun ed ken nick min saga yaw bao
  mai ren sora tao lei ling rui ama hao yu jin seo duc hoa
`);

/**
 * Whether a lowercase word is one of `FIRST_NAMES`, also with its accents and other marks taken off
 * ("ciarán", "zoë", "josé" are "ciaran", "zoe", "jose"): the list is written without marks, and a
 * name's spelling in the text should not decide whether it is read as a person.
 */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) || (/[^a-z' -]/.test(word) && FIRST_NAMES.has(word.normalize('NFD').replace(/\p{M}/gu, '')));
}
