// Words around a number that show it counts things rather than names a year:
// "1990 employees", "$2000", "Flight 1990", "No. 2010".

/** nouns after a four-digit number that is a count */
export const COUNTED_NOUNS = new Set([
  'people', 'persons', 'employees', 'workers', 'jobs', 'staff', 'members', 'troops', 'soldiers', 'students', 'residents', 'deaths',
  'cases', 'shares', 'units', 'cars', 'vehicles', 'homes', 'houses', 'copies', 'acres', 'feet', 'foot', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'tons', 'tonnes', 'barrels', 'ounces', 'pounds', 'dollars', 'euros', 'yen', 'votes', 'seats', 'points',
  'stores', 'outlets', 'branches', 'locations', 'sites', 'plants', 'beds', 'rooms', 'passengers', 'customers', 'users', 'visitors',
  'patients', 'children', 'women', 'men', 'refugees', 'prisoners', 'households', 'families', 'companies', 'firms', 'contracts',
  'patents', 'lines', 'pages', 'words', 'hours', 'minutes', 'days', 'rounds', 'kg', 'km', 'mw', 'megawatts', 'mph', 'degrees', 'bps',
  'mln', 'billion', 'million', 'percent', 'pct', 'per', 'times', 'yards', 'calories', 'items', 'products', 'titles', 'games', 'cards',
  'aircraft', 'planes', 'jets', 'ships', 'guns', 'rifles', 'tanks', 'missiles', 'officers', 'police', 'agents', 'delegates', 'voters',
  'signatures', 'applications', 'complaints', 'incidents', 'attacks', 'arrests', 'lawsuits', 'claims', 'loans', 'accounts', 'bonds',
  'contracts', 'deals', 'villages', 'towns', 'cities', 'schools', 'hospitals', 'ha', 'hectares', 'sq', 'square', 'cubic',
]);

/** words before a four-digit number that make it a name or a code */
export const NUMBER_LABELS = new Set([
  'no', 'no.', 'nos.', 'number', 'flight', 'route', 'highway', 'interstate', 'boeing', 'airbus', 'model', 'form', 'section', 'rule',
  'article', 'chapter', 'windows', 'office', 'room', 'suite', 'box', 'apartment', 'apt.', 'unit', 'lot', 'bill', 'resolution',
  'class', 'series', 'version', 'v', 'pier', 'gate', 'page', 'pages', 'p.', 'pp.', 'tel', 'tel.', 'phone', 'fax', 'ext.', 'code',
  'iso', 'en', 'rfc', 'ps', 'nasdaq', 'dow', 'index', 'about', 'over', 'under', 'nearly', 'almost', 'some', 'than', 'roughly',
  'approximately', 'exactly', 'estimated', 'total', 'totalling', 'totaling',
]);

/** words before a number that make it a year even without other evidence */
export const YEAR_CUES = new Set([
  'in', 'since', 'of', 'during', 'until', 'till', 'before', 'after', 'between', 'through', 'throughout', 'circa', 'c.', 'year',
  'fiscal', 'early', 'late', 'mid', 'mid-', 'spring', 'summer', 'fall', 'autumn', 'winter', 'for', 'and', 'or', 'the', 'its', 'post',
  'pre', 'post-', 'pre-', 'that', 'calendar', 'from', 'to', 'by',
]);

/**
 * Capitalized words after a capitalized day or time of day that make it part of a title, not a time: newspapers
 * ("Sunday Times", "Evening Standard", "China Daily Business"), programmes ("Saturday Night Takeaway", "Sunday Live").
 */
export const TITLE_WORDS_AFTER_TIME = new Set([
  'Times', 'Telegraph', 'Standard', 'Express', 'Mail', 'Mirror', 'Independent', 'Post', 'Herald', 'Star', 'News', 'Chronicle',
  'Record', 'Tribune', 'Journal', 'Gazette', 'Observer', 'Sport', 'Business', 'Programme', 'Show', 'Live', 'Takeaway', 'Bloody',
]);
