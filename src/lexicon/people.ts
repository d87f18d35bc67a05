// Cues for people's names. None of these is a list of who may be a person:
// a name is recognized from its shape and its context, and these words are
// part of the context.

/** A legislator's party and state after the name: "D-Ohio", "R-Wash.", "D-N.Y." */
export const PARTY_STATE = /^[DRI]-(?:[A-Z][a-z]*\.?|(?:[A-Z]\.){2})$/;
/** The parties of a legislator's "(R-Ariz.)", by their letter. */
export const PARTY_LETTERS: Record<string, string> = { D: 'Democratic', R: 'Republican', I: 'Independent' };
/** The roles of a member of a legislature, whose party the story may give after the name. */
export const LEGISLATOR_ROLE = /^(?:former )?(?:senator|representative|congressman|congresswoman|legislator|assemblyman|assemblywoman|(?:(?:house|senate) )?(?:majority|minority) (?:leader|whip))$/;

/** Honorifics before a name; dropped from the name itself. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'mme', 'mme.',
  'messrs', 'messrs.', 'rev', 'rev.', 'sen.', 'sen', 'sens.', 'reps.', 'rep.', 'gov.', 'gen.', 'col.', 'capt.', 'lt.', 'sgt.', 'judge', 'justice', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'hojatoleslam', 'president', 'premier',
  'chancellor', 'ambassador', 'gen', 'col', 'capt', 'lt', 'sgt', 'maj', 'maj.', 'adm', 'adm.', 'brig', 'brig.', 'rt', 'cardinal',
  // (the wire's "Atty. Gen. Edwin Meese")
  'atty.',
]);

/** Words that open a rank written as a style: "Vice Adm.", "Rear Adm.". */
export const RANK_OPENINGS = new Set(['Vice', 'Rear']);

/** Military ranks written in full before a name, which a post may stand before: "Armed Forces Commander General Benny Murdani". */
export const MILITARY_RANKS = new Set([
  'general', 'lieutenant general', 'lieutenant-general', 'major general', 'major-general', 'brigadier', 'brigadier general', 'brigadier-general',
  'colonel', 'lieutenant colonel', 'lieutenant-colonel', 'admiral', 'vice admiral', 'rear admiral', 'air marshal', 'field marshal',
]);

/**
 * Words before a name whose "of" belongs to the style, not to an employer:
 * "Lord Irvine of Lairg", "Queen Mary of Teck", "Archbishop Tutu of Cape Town".
 */
export const STYLED_OF = new Set([
  'lord', 'lady', 'baron', 'baroness', 'earl', 'countess', 'count', 'duke', 'duchess', 'viscount', 'viscountess', 'marquess', 'marquis',
  'bishop', 'archbishop', 'cardinal', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'st.', 'emperor', 'empress', 'sultan', 'emir',
]);

/** Particles inside names: "Vincent van Gogh", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set(['van', 'von', 'zur', 'zu', 'vom', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos', 'das', 'do', 'des', 'degli', 'delle',
  // ("Daniel arap Moi": a Kalenjin name's "son of")
  'arap',
]);

/** Generational and post-nominal suffixes kept in the name. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Verbs of saying that put a person's name next to them ("said John Smith", "Smith told"). */
/** Verbs that attribute a quote in the present, as BBC stories write them ("explains Herbert Hansen of ..."). */
export const ATTRIBUTING_VERBS = new Set(['explains', 'adds', 'notes', 'argues', 'warns', 'insists']);

/** Honorifics that are a peer's or a royal's style, not a courtesy before a surname ("Lord Sainsbury"). */
export const STYLES = new Set(['lord', 'lady', 'baroness', 'baron', 'sir', 'dame', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh']);

export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'commented', 'argued', 'warned', 'insisted', 'acknowledged', 'admitted', 'wrote', 'asked', 'replied', 'declined', 'announced', 'predicted', 'estimated', 'believes', 'thinks', 'stressed', 'cautioned', 'urged', 'suggested', 'agreed', 'agrees', 'expects', 'forecast', 'forecasts', 'projects', 'contends', 'recalled', 'observed', 'conceded', 'emphasised', 'emphasized', 'remarked', 'pointed']);

/**
 * Frequent given names: one cue among several (with honorifics, titles, initials
 * and verbs of saying), so that a bare "Jim Laurie said" is a person and
 * "Goldman Sachs said" is not.
 */
export const GIVEN_NAMES = new Set(
  `aaron abdul adam adrian ahmed alan albert alberto alex alexander alfred ali alice allan allen amanda amy andrea andreas andrew andy angela
anita ann anna anne anthony antonio arthur barbara barry ben benjamin bernard bill billy bob bobby brad bradley brian bruce bryan carl carlos
carol caroline catherine charles charlie chris christian christine christopher claire claude colin craig dan daniel david dean deborah denis
dennis derek diana diane dick dominic don donald doug douglas duncan ed eddie edward elizabeth emily emma eric erik ernest eugene evan frank
fred frederick gary gavin geoffrey george gerald gerard gerhard gordon graham greg gregory guy hans harold harry heinz helen helmut henry
herbert howard hugh ian jack jacques james jane janet jason jean jeff jeffrey jennifer jeremy jerry jim jimmy joan joe john johnny jon jonathan
jose joseph juan judith julia julian julie karen karl kate katherine keith ken kenneth kevin klaus larry laura lawrence lee leo leonard linda
lisa louis lucy luis malcolm marc marco margaret maria mark martin mary matthew max michael michel michelle mike nancy neil nicholas nick nigel
norman oliver pamela patricia patrick paul peter philip phil pierre ralph raymond richard rick robert roberto robin roger ronald ross roy
rupert russell ryan sally sam samuel sandra sarah scott sean sergei simon stephen steve steven stuart susan thomas tim timothy todd tom tony
victor vincent walter warren wayne william willie wolfgang yves zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo
rajeev raj rahul sanjay amit vijay anil sunil ravi mohammed muhammad hassan hussein abdullah yuri vladimir mikhail boris dmitry igor ivan
takeshi hiroshi kenji akira yoshi kim park lee choi
alastair alec alison alistair alvin amos andre andres angus annie antoine archie arnold arturo audrey barney bart basil beatrice benoit
bernd bert beth betty bjorn blake brenda brett bridget byron calvin carla carlo carmen carolyn cecil cedric charlotte cheryl christina
christoph christophe cindy clara clarence claudia claus clifford clive cliff clint conrad cynthia dale damien darren darryl dave davide
debbie desmond diego dieter dirk dolores dominique donna doris dorothy duane dwight eduardo edwin eileen elaine eleanor elena elliot elmer
emil emile emilio enrique erich ernesto esther ethan etienne eva evelyn fabio felipe felix fernando fiona floyd francesco francis francisco
franco francois franz fritz gabriel gareth gene georg georges gerd gianni gilbert gillian giorgio giovanni giuseppe glenn gloria gregg
gunter gunther gustavo hank hector heidi heinrich herb hermann hideo hilary hillary horst hubert ingrid irene isaac jacob jacqueline jake
jamie janice jay jeanne jens jesse jessica jill joachim joanna joanne joel johann johannes jonas jorge josef joyce juergen jurgen
jules karin kathleen kathy keiko kirk kirsten kirsty kurt lance lars leon leonardo leslie lester lionel lois lorenzo lorraine louise ludwig luigi luke lynn
manfred manuel marcel marcus marie mario marjorie martha marvin massimo matt matthias maurice mauro melvin michele miguel mildred miriam
mohamed ahmad monica nathan neville nicolas nicole niels noel norbert olaf olivier owen pablo paolo pascal patrice pedro penny percy pete philippe
pieter rachel rafael ralf ramon randall randy ray rebecca reginald reinhard rene ricardo riccardo rita robbie rodney rolf ron ronnie rudolf
rudy ruth salvatore sandy sergio seth sheila shirley sidney silvio stefan stefano stephanie sylvia ted teresa terence terry theo theodore
thierry theresa tessa harriet hazel yvette clare geoff gerry jacqui josie lesley liam mick nicola norma patsy peggy phyllis rhodri shaun sian stan wendy zoe alun glenys hywel iain moira fraser gwyneth dafydd estelle margo tina toby tommy tracy trevor ulrich uwe valerie vernon veronica vivian werner wilbur wilhelm willem willy yasuo yoshio yvonne
abigail adele agnes aileen amelia angie annabel belinda bethany beverley carole cassandra catriona cecilia celia cherie chloe colette connie
constance deirdre delia denise dianne doreen edith eliza eloise elsie emilia erica ethel fearne felicity francesca gabrielle gail gemma
geraldine gina gladys glenda gwen hannah hayley helena henrietta isabel isabella jeanette jemima jenna jennie jenny jocelyn josephine judy
juliet kathryn katie kristin lara lauren leah lillian lindsay lorna louisa lydia lynne madeleine maggie mandy marcia margot marian marion
maureen maxine megan melanie melissa miranda molly muriel nadia naomi natalie natasha nina nora olivia paula pauline penelope philippa phoebe
priscilla roberta rosalind rosemary samantha sara sharon sophie suzanne tamsin tanya tracey ursula vanessa aidan ambrose bernie bertie cyril
damian dermot dougal edmund emlyn ernie fergus godfrey hamish horace humphrey ivor jared jasper jerome kieran lenny piers quentin
randolph rhys rory rufus seamus tristan wilfred mukesh naresh dinesh rajesh suresh ramesh ashok manmohan lakshmi priya indira yasser khalid
faisal tariq pervez shaukat junichiro yoshiro dmitri yulia leonid gennady`.split(/\s+/),
);

/** Verbs by which an organization gives someone a post: "Meta appointed Susan Li as", "hired Sabih Khan as". */
export const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'hired', 'promoted', 'nominated', 'picked', 'chose', 'tapped', 'recruited']);

/** Posts British and Irish news writes after a name, no part of it: "Margaret Moran MP", "John Smith MEP". */
export const POSTNOMINAL_POSTS = new Set(['MP', 'MPs', 'MEP', 'MSP', 'MLA', 'TD', 'AM', 'QC']);

/** Months that are also family names ("Bill May", "Theresa May"). */
export const SURNAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

/** Words that head firms' names and are family names too ("Tony Banks", "Gordon Banks"). */
export const FAMILY_NAME_HEADS = new Set(['banks', 'church', 'mills', 'hall', 'house']);
