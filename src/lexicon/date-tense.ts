// Verb forms that tell the tense of a clause. wink tags parts of speech
// without tense, so the past is read off the word: "-ed", or one of these.

export const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'got', 'gave', 'saw', 'knew', 'thought', 'found', 'left',
  'felt', 'kept', 'held', 'brought', 'began', 'became', 'ran', 'met', 'paid', 'sold', 'bought', 'built', 'sent', 'spent', 'lost', 'won',
  'fell', 'rose', 'grew', 'drew', 'threw', 'flew', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'rode', 'struck', 'stood', 'understood',
  'led', 'fed', 'fled', 'sat', 'shot', 'fought', 'caught', 'taught', 'sought', 'meant', 'heard', 'hung', 'laid', 'lay', 'slid', 'swung',
  'stuck', 'sank', 'shrank', 'sprang', 'swore', 'tore', 'wore', 'woke', 'froze', 'forgot', 'forgave', 'withdrew', 'undertook', 'overtook',
  'oversaw', 'foresaw', 'arose', 'awoke', 'bore', 'bound', 'bred', 'dealt', 'dug', 'fit', 'forbade', 'hid', 'lent', 'lit', 'slept',
  'sped', 'spun', 'stole', 'strove', 'swept', 'wept', 'wound', 'outran', 'rebuilt', 'resold', 'retook', 'reran', 'upheld', 'withheld',
]);

/** auxiliaries and verbs that put what follows in the future */
export const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'wo', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca']);

/** "plans to", "expected to", "is due to": a following infinitive is still to come */
export const FUTURE_INTENT = new Set([
  'plan', 'plans', 'planned', 'planning', 'expect', 'expects', 'expected', 'expecting', 'schedule', 'scheduled', 'due', 'set', 'intend',
  'intends', 'intended', 'going', 'hope', 'hopes', 'hoped', 'aim', 'aims', 'likely', 'about', 'slated', 'poised', 'prepared', 'ready',
  'agree', 'agrees', 'agreed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'threaten',
  'threatens', 'threatened', 'propose', 'proposes', 'proposed', 'want', 'wants', 'seek', 'seeks', 'need', 'needs',
]);

