import { factsOf } from '../../helpers/extract.js';

/** The person facts of a text, with the fields the tests compare. */
export const people = (text: string) => factsOf('person', text).map((f) => ({ name: f.name, title: f.title, roles: f.roles, org: f.org }));

/** The person fact of a text for one name. */
export const one = (text: string, name: string) => people(text).find((p) => p.name === name);
