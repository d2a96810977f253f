// The people of the scene are the whole toll (claims/whole-group.ts,
// data/claims/whole-groups.json): a count of worshippers, passengers,
// pilgrims, wedding guests, fans, protesters — of workers at their workplace,
// of migrants in their boat — names everyone the incident befell, as «N
// قتلى» of another outlet does; so do the people a measure implies (arrested
// suspects, freed hostages). A movement's name that is also a word (الشباب)
// is the movement by its article and country (claims/movement.ts). And the
// traps each rule must keep silent: a list with the driver or the crew, the
// police at a protest, workers or refugees away from their site, the youth
// elsewhere, another accident of the same story. Our own wording; each row
// fails without its rule.
import assert from 'node:assert/strict';
import { warnings } from './headline-pair.fixture.js';

const rows: [string, string, string, string[]][] = [
  // the people of the scene against the unspecified toll
  ['worshippers of a mosque bombing', 'مقتل 41 شخصا في تفجير انتحاري داخل مسجد بمدينة كويتا', 'هجوم انتحاري على مسجد في كويتا يودي بحياة 48 مصليا', ['41 ↔ 48']],
  ['passengers of a capsized boat', 'غرق مركب في بحيرة بمدينة موانزا ومصرع 27 راكبا', 'انقلاب مركب في بحيرة قرب موانزا يسفر عن 35 قتيلا', ['27 ↔ 35']],
  ['guests of a wedding', 'تسمم 64 مدعوا في حفل زفاف بمدينة بنزرت', 'إصابة 90 شخصا بتسمم غذائي في عرس ببنزرت', ['64 ↔ 90']],
  ['pilgrims of a bus', 'مصرع 13 معتمرا في حادث حافلة قرب الطائف', 'حادث حافلة قرب الطائف يخلف 17 قتيلا', ['13 ↔ 17']],
  ['fans of a stampede', 'إصابة 52 مشجعا في تدافع عند بوابة ملعب بمدينة ياوندي', 'تدافع في ملعب بياوندي يخلف 70 جريحا', ['52 ↔ 70']],
  ['protesters shot at a protest', 'مقتل 9 متظاهرين برصاص الشرطة خلال احتجاجات في مدينة الأبيض', 'مقتل 14 شخصا خلال احتجاجات في الأبيض', ['14 ↔ 9']],
  ['workers of a collapsed mine', 'مقتل 9 عمال في انهيار منجم ذهب بولاية نهر النيل', 'انهيار منجم ذهب في ولاية نهر النيل يقتل 14 شخصا', ['14 ↔ 9']],
  ['workers of a building under construction', 'مقتل 6 عمال في انهيار مبنى قيد الإنشاء بمدينة الإسكندرية', 'انهيار مبنى قيد الإنشاء في الإسكندرية يودي بحياة 9 أشخاص', ['6 ↔ 9']],
  ['fishermen of a fishing boat', 'غرق قارب صيد قبالة سواحل نواذيبو ومقتل 9 صيادين', 'مصرع 12 شخصا في غرق قارب صيد قبالة نواذيبو', ['12 ↔ 9']],
  ['migrants of a sunk boat', 'غرق 23 مهاجرا إثر انقلاب قارب قبالة سواحل صفاقس', 'مصرع 31 شخصا في غرق قارب قبالة صفاقس', ['23 ↔ 31']],
  // the people a measure implies
  ['suspects are whoever is arrested', 'توقيف 26 مشتبها بهم في قضية تهريب بمدينة وجدة', 'اعتقال 33 شخصا في قضية تهريب بوجدة', ['26 ↔ 33']],
  ['hostages are whoever is freed', 'الإفراج عن 14 رهينة في ولاية زمفارا', 'مسلحون يطلقون سراح 19 شخصا في ولاية زمفارا', ['14 ↔ 19']],
  // a movement's name
  ['الشباب with its article in a country of the movement', 'مقتل 17 من عناصر الشباب في غارة قرب مدينة كيسمايو', 'غارة قرب كيسمايو تقتل 25 مسلحا من حركة الشباب', ['17 ↔ 25']],
  // traps
  ['trap: passengers and the driver are a list, not the whole', 'مقتل 15 راكبا والسائق في انقلاب حافلة قرب أسوان', 'انقلاب حافلة قرب أسوان يودي بحياة 16 شخصا', []],
  ['trap: passengers and the crew counted apart are a list', 'مقتل 20 راكبا و4 من أفراد الطاقم في غرق عبارة قرب موانزا', 'غرق عبارة قرب موانزا يخلف 24 قتيلا', []],
  ['trap: protesters in clashes are one side', 'إصابة 25 متظاهرا في مواجهات بمدينة الأبيض', 'إصابة 31 شخصا في مواجهات بمدينة الأبيض', []],
  ['trap: the police at a protest are never among the protesters', 'إصابة 25 متظاهرا خلال احتجاجات بمدينة الأبيض', 'إصابة 40 شرطيا خلال احتجاجات الأبيض', []],
  ['trap: aid workers away from a workplace stay a part', 'مقتل 3 عمال إغاثة في قصف على مدينة رفح', 'مقتل 12 شخصا في قصف على مدينة رفح', []],
  ['trap: fishermen away from their boat stay a group', 'مقتل 4 صيادين في قصف على ميناء مدينة الحديدة', 'مقتل 11 شخصا في قصف على ميناء الحديدة', []],
  ['trap: refugees away from a boat stay a group', 'مقتل 6 لاجئين في قصف على مخيم قرب مدينة الجنينة', 'مقتل 10 أشخاص في قصف على مخيم قرب الجنينة', []],
  ['trap: the youth elsewhere are no movement', 'مقتل 5 من الشباب في شجار بمدينة إربد', 'مقتل 7 مسلحين في شجار بمدينة إربد', []],
  ['trap: another accident named with its kind is another incident', 'وفاة 3 معتمرين في حادث تصادم آخر بين سيارتين قرب الطائف', 'مصرع 9 أشخاص في حادث حافلة قرب الطائف', []],
];

describe('claims: the people of the scene are the whole toll (table: each row fails without its rule)', function () {
  this.timeout(60_000);
  for (const [name, a, b, want] of rows) it(`${name}: ${a} / ${b}`, () => assert.deepEqual(warnings(a, b), want));
});
