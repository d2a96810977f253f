// Table of attribution forms (GUIDELINES §3): reporting verbs in every
// person, tense, voice and with clitics; reporting prepositions before and
// after the content; quotations over several sentences; elided subjects;
// chains of transmission; and sentences that must yield nothing.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import type { SourceType } from '../../server/src/core/types.js';

interface Expect {
  /** Which attribution of the text (default: the last). */
  nth?: number;
  cue: string;
  source: string;
  type: SourceType;
  content: string;
  resolved?: boolean;
  chain?: string[];
}

const cases: [string, Expect][] = [
  // verbs: persons, tenses, clitics
  ['قال مصدر أمني إن 5 أشخاص قتلوا.', { cue: 'قال', source: 'مصدر أمني', type: 'anonymous', content: '5 أشخاص قتلوا' }],
  ['وقالت الشرطة إن 5 أشخاص قتلوا.', { cue: 'قالت', source: 'الشرطة', type: 'official', content: '5 أشخاص قتلوا' }],
  ['يقول المحلل خالد يوسف إن الهجوم فشل.', { cue: 'يقول', source: 'المحلل خالد يوسف', type: 'person', content: 'الهجوم فشل' }],
  ['وتقول الوزارة إن المدارس أغلقت.', { cue: 'تقول', source: 'الوزارة', type: 'official', content: 'المدارس أغلقت' }],
  ['ويؤكد الجيش أن القرية تحررت.', { cue: 'يؤكد', source: 'الجيش', type: 'official', content: 'القرية تحررت' }],
  ['فأكدت المصادر أن الطريق مغلق.', { cue: 'أكدت', source: 'المصادر', type: 'anonymous', content: 'الطريق مغلق' }],
  ['وأوضحت وزارة الصحة أن 12 شخصا أصيبوا.', { cue: 'أوضحت', source: 'وزارة الصحة', type: 'official', content: '12 شخصا أصيبوا' }],
  ['صرّح المتحدث باسم الشرطة بأن 4 عناصر قتلوا.', { cue: 'صرّح', source: 'المتحدث باسم الشرطة', type: 'official', content: '4 عناصر قتلوا' }],
  ['وذكرت وكالة رويترز أن الحدود أغلقت.', { cue: 'ذكرت', source: 'وكالة رويترز', type: 'agency', content: 'الحدود أغلقت' }],
  ['وأفاد شهود بأن النيران اشتعلت.', { cue: 'أفاد', source: 'شهود', type: 'witness', content: 'النيران اشتعلت' }],
  ['كشف مسؤول عراقي أن 3 قرى سقطت.', { cue: 'كشف', source: 'مسؤول عراقي', type: 'anonymous', content: '3 قرى سقطت' }],
  ['وزعم تنظيم داعش أن مقاتليه سيطروا على الحي.', { cue: 'زعم', source: 'تنظيم داعش', type: 'armed-group', content: 'مقاتليه سيطروا على الحي' }],
  ['واعتبر الخبير أن الهجوم رسالة.', { cue: 'اعتبر', source: 'الخبير', type: 'person', content: 'الهجوم رسالة' }],
  ['ورأى سكان أن الوضع خطير.', { cue: 'رأى', source: 'سكان', type: 'witness', content: 'الوضع خطير' }],
  ['وأعلنت قيادة العمليات أن 20 مسلحا قتلوا.', { cue: 'أعلنت', source: 'قيادة العمليات', type: 'official', content: '20 مسلحا قتلوا' }],
  ['وقال حيدر عبد الحسين (35 عاما)، وهو مدرس، إن المسلحين دخلوا المسجد.', { cue: 'قال', source: 'حيدر عبد الحسين', type: 'person', content: 'المسلحين دخلوا المسجد' }],
  ['وقالت طالبة في الجامعة إن الشوارع خالية.', { cue: 'قالت', source: 'طالبة في الجامعة', type: 'witness', content: 'الشوارع خالية' }],
  // a verb that takes what is said as its object, source before or after it
  ['وأكد مصدر أمني مقتل 5 أشخاص.', { cue: 'أكد', source: 'مصدر أمني', type: 'anonymous', content: 'مقتل 5 أشخاص' }],
  ['فإن مصدراً أمنياً أكد مقتل 5 أشخاص.', { cue: 'أكد', source: 'مصدراً أمنياً', type: 'anonymous', content: 'مقتل 5 أشخاص' }],
  ['وأشارت المصادر إلى سقوط 3 قذائف على الحي.', { cue: 'أشارت', source: 'المصادر', type: 'anonymous', content: 'سقوط 3 قذائف على الحي' }],
  ['وكشف المصدر عن مقتل 7 عناصر.', { cue: 'كشف', source: 'المصدر', type: 'anonymous', content: 'مقتل 7 عناصر' }],
  ['وقال الناطق الرسمي باسم الحكومة: إن الوضع مستقر.', { cue: 'قال', source: 'الناطق الرسمي باسم الحكومة', type: 'official', content: 'الوضع مستقر' }],
  ['وصرح مسؤول كبير طلب عدم نشر اسمه بأن 8 أشخاص اعتقلوا.', { cue: 'صرح', source: 'مسؤول كبير', type: 'anonymous', content: '8 أشخاص اعتقلوا' }],
  ['ونقل التلفزيون الرسمي عن مصدر عسكري قوله إن 4 جنود قتلوا.', { cue: 'نقل', source: 'مصدر عسكري', type: 'anonymous', content: '4 جنود قتلوا', chain: ['مصدر عسكري', 'التلفزيون الرسمي'] }],
  ['وقال بيان صادر عن وزارة الداخلية إن 5 مسلحين قتلوا.', { cue: 'قال', source: 'بيان صادر عن وزارة الداخلية', type: 'official', content: '5 مسلحين قتلوا' }],
  ['وقال بيان للجيش إن 5 مسلحين قتلوا.', { cue: 'قال', source: 'بيان للجيش', type: 'official', content: '5 مسلحين قتلوا' }],
  ['وقال ثلاثة مسؤولين أمنيين إن 5 قتلوا.', { cue: 'قال', source: 'ثلاثة مسؤولين أمنيين', type: 'anonymous', content: '5 قتلوا' }],
  // passive: nobody named
  ['وقيل إن 3 أشخاص قتلوا.', { cue: 'قيل', source: 'قيل', type: 'anonymous', content: '3 أشخاص قتلوا' }],
  // colon and quotation marks; a quotation over two sentences
  ['وقال الضابط: «الوضع تحت السيطرة».', { cue: 'قال', source: 'الضابط', type: 'official', content: 'الوضع تحت السيطرة' }],
  ['قال الضابط “الوضع تحت السيطرة”.', { cue: 'قال', source: 'الضابط', type: 'official', content: 'الوضع تحت السيطرة' }],
  ['قال الضابط "الوضع تحت السيطرة".', { cue: 'قال', source: 'الضابط', type: 'official', content: 'الوضع تحت السيطرة' }],
  ['وقال الوزير: «قتل 5 أشخاص. وأصيب 10 آخرون». ثم غادر.', { cue: 'قال', source: 'الوزير', type: 'official', content: 'قتل 5 أشخاص. وأصيب 10 آخرون' }],
  ['وقال المحافظ إن «الهجوم فشل. والمدينة آمنة» في كلمة له.', { cue: 'قال', source: 'المحافظ', type: 'official', content: '«الهجوم فشل. والمدينة آمنة» في كلمة له' }],
  ['وقال الوزير «قتل 5 أشخاص في الهجوم.', { cue: 'قال', source: 'الوزير', type: 'official', content: 'قتل 5 أشخاص في الهجوم' }], // left open: it goes on in the next paragraph
  ['قال الوزير: «نؤكد أن 5 قتلوا».', { cue: 'نؤكد', source: 'الوزير', type: 'official', content: '5 قتلوا', resolved: true }], // first person inside a quotation: the one quoted
  // reporting prepositions after, before and around the content
  ['قتل 5 أشخاص، حسب مصادر طبية.', { cue: 'حسب', source: 'مصادر طبية', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  ['قتل 5 أشخاص بحسب وكالة الأناضول.', { cue: 'بحسب', source: 'وكالة الأناضول', type: 'agency', content: 'قتل 5 أشخاص' }],
  ['وبحسب الشرطة، قتل 5 أشخاص في الهجوم.', { cue: 'بحسب', source: 'الشرطة', type: 'official', content: 'قتل 5 أشخاص في الهجوم' }],
  ['قتل 5 أشخاص وفقاً لـ مصادر محلية.', { cue: 'وفقاً لـ', source: 'مصادر محلية', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  // a joined لـ is no part of the source; ل + ال is written لل: the span starts after it, the chain names it with its article
  ['قتل 5 أشخاص وفقا للمصادر.', { cue: 'وفقا', source: 'مصادر', type: 'anonymous', content: 'قتل 5 أشخاص', chain: ['المصادر'] }],
  ['وفقاً للمصادر الأمنية، قتل 5 أشخاص.', { cue: 'وفقاً', source: 'مصادر الأمنية', type: 'anonymous', content: 'قتل 5 أشخاص', chain: ['المصادر الأمنية'] }],
  ['وفقاً لمصادر أمنية، قتل 5 أشخاص.', { cue: 'وفقاً', source: 'مصادر أمنية', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  ['أصيب 4 مدنيين طبقاً للشرطة المحلية.', { cue: 'طبقاً', source: 'شرطة المحلية', type: 'official', content: 'أصيب 4 مدنيين', chain: ['الشرطة المحلية'] }],
  ['طبقا لـ مصادر طبية، أصيب 4 مدنيين.', { cue: 'طبقا لـ', source: 'مصادر طبية', type: 'anonymous', content: 'أصيب 4 مدنيين' }],
  ['اعتقل 7 مشتبهين تبعاً للجيش.', { cue: 'تبعاً', source: 'جيش', type: 'official', content: 'اعتقل 7 مشتبهين', chain: ['الجيش'] }],
  ['قتل 5 أشخاص استناداً للمصادر الطبية.', { cue: 'استناداً', source: 'مصادر الطبية', type: 'anonymous', content: 'قتل 5 أشخاص', chain: ['المصادر الطبية'] }],
  ['قتل 5 أشخاص استنادا إلى مصادر طبية.', { cue: 'استنادا إلى', source: 'مصادر طبية', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  // a noun that starts with ل keeps it (للجنة = ل + لجنة or اللجنة): only one letter is the clitic
  ['تأجل التصويت 3 أيام وفقاً للجنة الانتخابات.', { cue: 'وفقاً', source: 'لجنة الانتخابات', type: 'official', content: 'تأجل التصويت 3 أيام' }],
  ['وفقا للمتحدث باسم الشرطة لوكالة رويترز، قتل 5 أشخاص.', { cue: 'وفقا', source: 'متحدث باسم الشرطة', type: 'official', content: 'قتل 5 أشخاص', chain: ['المتحدث باسم الشرطة', 'وكالة رويترز'] }],
  ['قتل 5 أشخاص وفقا للوكالة الوطنية للإعلام.', { cue: 'وفقا', source: 'وكالة الوطنية للإعلام', type: 'agency', content: 'قتل 5 أشخاص', chain: ['الوكالة الوطنية للإعلام'] }],
  ['قال قائد الشرطة للوكالة الوطنية للإعلام إن 5 أشخاص قتلوا.', { cue: 'قال', source: 'قائد الشرطة', type: 'official', content: '5 أشخاص قتلوا', chain: ['قائد الشرطة', 'الوكالة الوطنية للإعلام'] }],
  // elided subject and anaphora after such a source
  ['وفقا للمصادر، قتل 5 أشخاص. وأضافت أن 3 آخرين أصيبوا.', { cue: 'أضافت', source: 'مصادر', type: 'anonymous', content: '3 آخرين أصيبوا', resolved: true, chain: ['المصادر'] }],
  ['قالت مصادر أمنية إن الطريق مغلق. وأصيب 3 أشخاص وفقا للمصادر.', { cue: 'وفقا', source: 'مصادر', type: 'anonymous', content: 'وأصيب 3 أشخاص', chain: ['مصادر أمنية'] }],
  // a compound whose verb carries the object pronoun (وفقاً لما ذكرته، بحسب ما نقلته)
  ['قتل 5 أشخاص، وفقاً لما ذكرته الشرطة.', { cue: 'وفقاً لما ذكرته', source: 'الشرطة', type: 'official', content: 'قتل 5 أشخاص' }],
  ['قتل 5 أشخاص، بحسب ما نقلته وكالة رويترز عن مصدر أمني.', { cue: 'بحسب ما نقلته', source: 'مصدر أمني', type: 'anonymous', content: 'قتل 5 أشخاص', chain: ['مصدر أمني', 'وكالة رويترز'] }],
  ['قتل 5 أشخاص نقلاً عن مصدر في الشرطة.', { cue: 'نقلاً عن', source: 'مصدر في الشرطة', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  ['جاء ذلك على لسان قائد الشرطة.', { cue: 'على لسان', source: 'قائد الشرطة', type: 'official', content: 'جاء ذلك' }],
  ['قتل 5 أشخاص، حسبما أفاد مسؤول محلي.', { cue: 'حسبما أفاد', source: 'مسؤول محلي', type: 'anonymous', content: 'قتل 5 أشخاص' }],
  ['الوضع هادئ، كما قال المحافظ.', { cue: 'كما قال', source: 'المحافظ', type: 'official', content: 'الوضع هادئ' }],
  ['قتل 5 أشخاص، وفق ما أعلنت الشرطة.', { cue: 'وفق ما أعلنت', source: 'الشرطة', type: 'official', content: 'قتل 5 أشخاص' }],
  ['قتل 5 أشخاص، بحسب ما نقلت وكالة رويترز عن مصدر أمني.', { cue: 'بحسب ما نقلت', source: 'مصدر أمني', type: 'anonymous', content: 'قتل 5 أشخاص', chain: ['مصدر أمني', 'وكالة رويترز'] }],
  ['وقتل، وفق الشرطة، ستة عناصر.', { cue: 'وفق', source: 'الشرطة', type: 'official', content: 'وقتل، وفق الشرطة، ستة عناصر' }],
  // elided subjects resolve to the last named source
  ['قال سكان إن الوضع هادئ. وقالوا إن 3 منازل دمرت.', { cue: 'قالوا', source: 'سكان', type: 'witness', content: '3 منازل دمرت', resolved: true }],
  ['قال الوزير إن الوضع مستقر، مشيراً إلى أن 3 قرى تحررت.', { cue: 'مشيراً', source: 'الوزير', type: 'official', content: '3 قرى تحررت', resolved: true }],
  ['قال الوزير إن الوضع مستقر، مشيراً إلى أن 3 قرى تحررت.', { nth: 0, cue: 'قال', source: 'الوزير', type: 'official', content: 'الوضع مستقر' }],
  ['وقالت الوزيرة إن المدارس مغلقة، موضحة أن 40 مدرسة تضررت.', { cue: 'موضحة', source: 'الوزيرة', type: 'official', content: '40 مدرسة تضررت', resolved: true }],
  ['قال نقيب في الشرطة إن الهجوم بدأ فجراً. وتابع أن 4 عناصر قتلوا. ويضيف “الوضع تحت السيطرة”.', { cue: 'يضيف', source: 'نقيب في الشرطة', type: 'official', content: 'الوضع تحت السيطرة', resolved: true }],
  ['وقال في بيان إن القوات تقدمت.', { cue: 'قال', source: '', type: 'official', content: '' }], // no antecedent: nothing (checked below)
  // chains: speaker ← relay
  ['قال قائد الشرطة لوكالة فرانس برس إن 48 مسلحا قتلوا. وأضاف أن 10 آخرين اعتقلوا.', { cue: 'أضاف', source: 'قائد الشرطة', type: 'official', content: '10 آخرين اعتقلوا', resolved: true, chain: ['قائد الشرطة', 'وكالة فرانس برس'] }],
  ['قال عميد في الجيش لـ«فرانس برس» إن 46 شخصاً قتلوا.', { cue: 'قال', source: 'عميد في الجيش', type: 'official', content: '46 شخصاً قتلوا', chain: ['عميد في الجيش', 'فرانس برس'] }],
  ['وتبنى تنظيم داعش عبر وكالة أعماق الهجوم.', { cue: 'تبنى', source: 'تنظيم داعش', type: 'armed-group', content: 'الهجوم', chain: ['تنظيم داعش', 'وكالة أعماق'] }],
  ['وتبنى تنظيم داعش عبر وكالة أعماق الهجوم. وقالت إن 5 قتلوا.', { cue: 'قالت', source: 'وكالة أعماق', type: 'agency', content: '5 قتلوا', resolved: true, chain: ['تنظيم داعش', 'وكالة أعماق'] }],
  ['ونقلت صحيفة الحياة عن مصدر أمني أن 7 أشخاص اعتقلوا.', { cue: 'نقلت', source: 'مصدر أمني', type: 'anonymous', content: '7 أشخاص اعتقلوا', chain: ['مصدر أمني', 'صحيفة الحياة'] }],
  ['وأوضح المصدر بحسب وكالات أنباء محلية أن الاشتباكات مستمرة.', { cue: 'أوضح', source: 'المصدر', type: 'anonymous', content: 'الاشتباكات مستمرة', chain: ['المصدر', 'وكالات أنباء محلية'] }],
  ['وأكدت مصادر محلية أن الاشتباكات بدأت فجراً، حسب وكالة الصحافة الفرنسية.', { nth: 0, cue: 'أكدت', source: 'مصادر محلية', type: 'anonymous', content: 'الاشتباكات بدأت فجراً', chain: ['مصادر محلية', 'وكالة الصحافة الفرنسية'] }],
  // the verb after what was said
  ['«قتل 5 أشخاص. وأصيب 10 آخرون»، قال المحافظ.', { cue: 'قال', source: 'المحافظ', type: 'official', content: 'قتل 5 أشخاص. وأصيب 10 آخرون' }],
  ['الوضع مستقر، قال المحافظ لوكالة رويترز.', { cue: 'قال', source: 'المحافظ', type: 'official', content: 'الوضع مستقر', chain: ['المحافظ', 'وكالة رويترز'] }],
  ['قتلت القوات 5 مسلحين، قال الجيش في بيان صحفي، وأضاف أن 3 اعتقلوا.', { cue: 'أضاف', source: 'الجيش', type: 'official', content: '3 اعتقلوا', resolved: true }],
  ['وأبلغ مصدر أمني وكالة رويترز أن 9 قتلوا.', { cue: 'أبلغ', source: 'مصدر أمني', type: 'anonymous', content: '9 قتلوا', chain: ['مصدر أمني', 'وكالة رويترز'] }],
  ['وأضاف المصدر، الذي طلب عدم الكشف عن اسمه، أن 7 جرحى نقلوا.', { cue: 'أضاف', source: 'المصدر', type: 'anonymous', content: '7 جرحى نقلوا' }],
  ['وكان المسؤول الذي قال إن 5 قتلوا قد غادر.', { cue: 'قال', source: 'المسؤول', type: 'anonymous', content: '5 قتلوا قد غادر' }],
  ['وأفادت تقارير بأن 3 أشخاص قتلوا.', { cue: 'أفادت', source: 'تقارير', type: 'anonymous', content: '3 أشخاص قتلوا' }],
  ['وأوضحت موسكو أن القاعدة ستبقى.', { cue: 'أوضحت', source: 'موسكو', type: 'official', content: 'القاعدة ستبقى' }],
  ['وقال الوزير للصحافيين: «قتل 4 أشخاص».', { cue: 'قال', source: 'الوزير', type: 'official', content: 'قتل 4 أشخاص' }],
  ['وقال قضاة يتعاملون مع القضايا إنهم يرفضون القانون.', { cue: 'قال', source: 'قضاة', type: 'person', content: 'يرفضون القانون' }],
  // issue 16: cues from the larger lexicon, generated weak-verb forms (defective, hollow)
  ['ولفتت الهيئة إلى أن 6 مراكز أغلقت.', { cue: 'لفتت', source: 'الهيئة', type: 'official', content: '6 مراكز أغلقت' }],
  ['وروت الشاهدة أن المسلحين دخلوا القرية ليلاً.', { cue: 'روت', source: 'الشاهدة', type: 'witness', content: 'المسلحين دخلوا القرية ليلاً' }],
  ['وحكت الشاهدة أن الجنود طوقوا السوق.', { cue: 'حكت', source: 'الشاهدة', type: 'witness', content: 'الجنود طوقوا السوق' }],
  ['وادّعت الجماعة أن مقاتليها سيطروا على التلة.', { cue: 'ادّعت', source: 'الجماعة', type: 'armed-group', content: 'مقاتليها سيطروا على التلة' }],
  ['ونبّهت الوزارة إلى أن الطرق مغلقة.', { cue: 'نبّهت', source: 'الوزارة', type: 'official', content: 'الطرق مغلقة' }],
  ['واستبعد المسؤول أن تستأنف المفاوضات قريباً.', { cue: 'استبعد', source: 'المسؤول', type: 'anonymous', content: 'تستأنف المفاوضات قريباً' }],
  ['ورجّحت مصادر طبية أن يرتفع العدد.', { cue: 'رجّحت', source: 'مصادر طبية', type: 'anonymous', content: 'يرتفع العدد' }],
  // «ورد في», «جاء في»: the document names the source, what it says opens with أن or a colon
  ['وورد في التقرير أن 30 منزلا دمرت.', { cue: 'ورد في', source: 'التقرير', type: 'anonymous', content: '30 منزلا دمرت' }],
  ['وجاء في بيان الوزارة أن 4 جنود قتلوا.', { cue: 'جاء في', source: 'بيان الوزارة', type: 'official', content: '4 جنود قتلوا' }],
  // the subject before the verb
  ['الرئيس الكيني جوزيف موانغي قال إن بلاده سترسل مساعدات.', { cue: 'قال', source: 'الرئيس الكيني جوزيف موانغي', type: 'official', content: 'بلاده سترسل مساعدات' }],
  ['وكان الوزير قد قال إن الاتفاق سيوقع.', { cue: 'قال', source: 'الوزير', type: 'official', content: 'الاتفاق سيوقع' }],
  ['أما المحافظ فقال إن الطرق مغلقة.', { cue: 'قال', source: 'المحافظ', type: 'official', content: 'الطرق مغلقة' }],
  // phrases between the verb, its source and its content
  ['وقال مؤخراً رئيس الأركان إن الحرب انتهت.', { cue: 'قال', source: 'رئيس الأركان', type: 'official', content: 'الحرب انتهت' }],
  ['وكانت الحكومة الكينية قالت الأسبوع الماضي إنها ستضغط على المجلس.', { cue: 'قالت', source: 'الحكومة الكينية', type: 'official', content: 'ستضغط على المجلس' }],
  ['وكانت كينيا قالت الأسبوع الماضي إنها ستضغط على المجلس.', { cue: 'قالت', source: 'كينيا', type: 'official', content: 'ستضغط على المجلس' }],
  ['غير أن جوزيف موانغي قال لصحيفة (الأخبار) إن المقاتلين فروا.', { cue: 'قال', source: 'جوزيف موانغي', type: 'person', content: 'المقاتلين فروا', chain: ['جوزيف موانغي', 'صحيفة (الأخبار)'] }],
  ['وقال المتحدث أمس الاثنين إن 5 جنود أصيبوا.', { cue: 'قال', source: 'المتحدث', type: 'official', content: '5 جنود أصيبوا' }],
  ['وقال الوزير عن الحادث إن التحقيق بدأ.', { cue: 'قال', source: 'الوزير', type: 'official', content: 'التحقيق بدأ' }],
  // dotted and bracketed names stay whole
  ['وقالت وكالة أ.ف.ب إن 6 أشخاص قتلوا.', { cue: 'قالت', source: 'وكالة أ.ف.ب', type: 'agency', content: '6 أشخاص قتلوا' }],
  ['وقالت وكالة (أ ف ب) إن 6 أشخاص قتلوا.', { cue: 'قالت', source: 'وكالة (أ ف ب)', type: 'agency', content: '6 أشخاص قتلوا' }],
  ['وقال المتحدث باسم (الأمم المتحدة) إن المساعدات وصلت.', { cue: 'قال', source: 'المتحدث باسم (الأمم المتحدة)', type: 'official', content: 'المساعدات وصلت' }],
  ['وقال الوزير في (بيان) إن الوضع مستقر.', { cue: 'قال', source: 'الوزير', type: 'official', content: 'الوضع مستقر' }],
  // a name starting with ي or ت after a prepositional phrase is no verb
  ['وقال مدير في شركة النفط يحيى سالم إن الإنتاج توقف.', { cue: 'قال', source: 'مدير في شركة النفط يحيى سالم', type: 'official', content: 'الإنتاج توقف' }],
  ['وقال مسؤول في وزارة الداخلية تامر حسن إن الطريق مغلق.', { cue: 'قال', source: 'مسؤول في وزارة الداخلية تامر حسن', type: 'anonymous', content: 'الطريق مغلق' }],
  ['وقال ضابط في الشرطة يعمل في المدينة إن الوضع هادئ.', { cue: 'قال', source: 'ضابط في الشرطة', type: 'official', content: 'الوضع هادئ' }],
  // a pronoun object: the speaker it agrees with, resolved
  ['وقال الوزير إن المفاوضات مستمرة. ونقلت الوكالة عنه أن الاتفاق قريب.', { cue: 'نقلت', source: 'الوزير', type: 'official', content: 'الاتفاق قريب', resolved: true, chain: ['الوزير', 'الوكالة'] }],
  ['وقالت الوزيرة إن الحدود مفتوحة. ونقلت صحيفة محلية عنها أن المعبر سيفتح.', { cue: 'نقلت', source: 'الوزيرة', type: 'official', content: 'المعبر سيفتح', resolved: true, chain: ['الوزيرة', 'صحيفة محلية'] }],
  // issue 16: a title abbreviated with a dot opens or continues the name (د. فلان، أ.د. فلان)
  ['وقال د. سامر حداد إن العدوى انتشرت.', { cue: 'قال', source: 'د. سامر حداد', type: 'person', content: 'العدوى انتشرت' }],
  ['وقالت أ.د. ريم سالم إن النتائج مشجعة.', { cue: 'قالت', source: 'أ.د. ريم سالم', type: 'person', content: 'النتائج مشجعة' }],
  ['وقال مدير المختبر د. سامر حداد إن العينات وصلت.', { cue: 'قال', source: 'مدير المختبر د. سامر حداد', type: 'official', content: 'العينات وصلت' }],
  // issue 16: a quoted name after باسم or في is part of the source; a quoted medium is not
  ['وقال الناطق باسم "الحرس الوطني" إن القوات انسحبت.', { cue: 'قال', source: 'الناطق باسم "الحرس الوطني"', type: 'official', content: 'القوات انسحبت' }],
  ['وقال مسؤول في «الهلال الأحمر» إن القافلة وصلت.', { cue: 'قال', source: 'مسؤول في «الهلال الأحمر»', type: 'anonymous', content: 'القافلة وصلت' }],
  ['وقال المحافظ في "كلمة" إن الوضع مستقر.', { cue: 'قال', source: 'المحافظ', type: 'official', content: 'الوضع مستقر' }],
  // issue 16: a fronted subject with a prepositional phrase (المتحدث باسم X قد أعلن)
  ['وكان المتحدث باسم الدفاع المدني قد أعلن أن 4 منازل انهارت.', { cue: 'أعلن', source: 'المتحدث باسم الدفاع المدني', type: 'official', content: '4 منازل انهارت' }],
  ['وكانت الناطقة باسم البلدية قالت إن المياه عادت.', { cue: 'قالت', source: 'الناطقة باسم البلدية', type: 'official', content: 'المياه عادت' }],
  // issue 16: «على حد قول/تعبير» names who said it, before or after the content
  ['ارتفعت الأسعار كثيرا، على حد قول أحد التجار.', { cue: 'على حد قول', source: 'أحد التجار', type: 'anonymous', content: 'ارتفعت الأسعار كثيرا' }],
  ['وعلى حد تعبير المحافظ، فإن المدينة آمنة.', { cue: 'على حد تعبير', source: 'المحافظ', type: 'official', content: 'فإن المدينة آمنة' }],
  // issue 16: the pronoun object before the subject (نقلت عنه X), or with the subject elided: one speaker, then the relay
  ['وقال المحافظ إن الطرق مفتوحة. ونقلت عنه صحيفة محلية أن القافلة وصلت.', { cue: 'نقلت', source: 'المحافظ', type: 'official', content: 'القافلة وصلت', resolved: true, chain: ['المحافظ', 'صحيفة محلية'] }],
  ['وقالت المديرة إن المدرسة أغلقت. ونقل عنها التلفزيون الرسمي قولها إن الطلاب بخير.', { cue: 'نقل', source: 'المديرة', type: 'official', content: 'الطلاب بخير', resolved: true, chain: ['المديرة', 'التلفزيون الرسمي'] }],
  ['وقال سكان إن المياه مقطوعة. ونقلت عنهم الوكالة أن الكهرباء انقطعت.', { cue: 'نقلت', source: 'سكان', type: 'witness', content: 'الكهرباء انقطعت', resolved: true, chain: ['سكان', 'الوكالة'] }],
  ['وقال المحافظ إن الطرق مفتوحة. ونقلت عنه أمس صحيفة محلية أن القافلة وصلت.', { cue: 'نقلت', source: 'المحافظ', type: 'official', content: 'القافلة وصلت', resolved: true, chain: ['المحافظ', 'صحيفة محلية'] }],
  ['وقال المحافظ إن الطرق مفتوحة. ونقلت عنه أن القافلة وصلت.', { cue: 'نقلت', source: 'المحافظ', type: 'official', content: 'القافلة وصلت', resolved: true, chain: ['المحافظ'] }],
  // issue 16: heads from the larger lexicon (an observatory, a coalition, a ministry named by its portfolio)
  ['قتل 9 أشخاص في القصف، بحسب المرصد الوطني للرصد.', { cue: 'بحسب', source: 'المرصد الوطني للرصد', type: 'official', content: 'قتل 9 أشخاص في القصف' }],
  ['وقال التحالف الدولي إن 40 غارة نفذت.', { cue: 'قال', source: 'التحالف الدولي', type: 'official', content: '40 غارة نفذت' }],
  ['وأعلنت الداخلية الكينية أن 7 موقوفين أفرج عنهم.', { cue: 'أعلنت', source: 'الداخلية الكينية', type: 'official', content: '7 موقوفين أفرج عنهم' }],
  // a quoted source of five words, a time phrase and a bracket before بأن
  ['أفاد " المرصد الوطني لحقوق الإنسان " اليوم ( الأحد ) , بأن 8 مدنيين قتلوا.', { cue: 'أفاد', source: 'المرصد الوطني لحقوق الإنسان', type: 'official', content: '8 مدنيين قتلوا' }],
  // a fronted subject in quotes, or with a quoted name inside
  ['لكن " المرصد " أشار إلى أن 3 قرى سقطت.', { cue: 'أشار', source: 'المرصد', type: 'official', content: '3 قرى سقطت' }],
  ['وكانت صحيفة " النهار " المحلية قد نقلت أن 4 جنود أسروا.', { cue: 'نقلت', source: 'صحيفة " النهار " المحلية', type: 'agency', content: '4 جنود أسروا' }],
  // a fronted subject with a relative clause or an apposition before its verb
  ['وكان التحالف الذي تقوده كينيا قال أمس إن 200 مقاتل بقوا.', { cue: 'قال', source: 'التحالف', type: 'official', content: '200 مقاتل بقوا' }],
  ['وكانت الوزيرة سلمى حداد، التي قدمت المشروع، قالت إن 6 مدارس أغلقت.', { cue: 'قالت', source: 'الوزيرة سلمى حداد', type: 'official', content: '6 مدارس أغلقت' }],
  ['جوزيف موانغي، رئيس هيئة الأركان، قال إن 5 جنود أصيبوا.', { cue: 'قال', source: 'جوزيف موانغي', type: 'person', content: '5 جنود أصيبوا' }],
  // issue 16: an outlet told right after the verb is a relay, the subject elided
  ['وقال الوزير إن 3 قتلوا. وأضاف لوكالة رويترز أن 5 قتلوا.', { cue: 'أضاف', source: 'الوزير', type: 'official', content: '5 قتلوا', resolved: true, chain: ['الوزير', 'وكالة رويترز'] }],
  // a hashtag sign before the source
  ['قال # التحالف الدولي إن 900 مقاتل بقوا.', { cue: 'قال', source: 'التحالف الدولي', type: 'official', content: '900 مقاتل بقوا' }],
  // a time phrase (and commas) between the source and an object content
  ['أعلنت الداخلية الكينية الأحد، مقتل خمسة أشخاص.', { cue: 'أعلنت', source: 'الداخلية الكينية', type: 'official', content: 'مقتل خمسة أشخاص' }],
  ['ووثقت الشبكة الوطنية منذ آذار 2011 وحتى نيسان الماضي مقتل 300 صحفي.', { cue: 'وثقت', source: 'الشبكة الوطنية', type: 'agency', content: 'مقتل 300 صحفي' }],
  ['ودعا الوزير إلى وقف القتال.', { cue: 'دعا', source: 'الوزير', type: 'official', content: 'إلى وقف القتال' }],
  // issue 16: the source named by a statement noun before the verb (تصريح لفلان قال فيه)
  ['وجاء ذلك بعد تصريح لوزير الدفاع جوزيف موانغي قال فيه إن 300 جندي انتشروا.', { cue: 'قال', source: 'وزير الدفاع جوزيف موانغي', type: 'official', content: '300 جندي انتشروا' }],
  ['وفي تصريح لـ نائب رئيس الوزراء، سالم حداد، اليوم، قال إن المعبر سيفتح.', { cue: 'قال', source: 'نائب رئيس الوزراء', type: 'official', content: 'المعبر سيفتح' }],
  ['وقال الوزير إن 3 قتلوا. وفي تصريح لوكالة رويترز قال إن 5 قتلوا.', { cue: 'قال', source: 'الوزير', type: 'official', content: '5 قتلوا', resolved: true }],
];

const nothing = [
  'قتلت القوات عددا كبيرا من المسلحين من دون ذكر عددهم.',
  'وتم نقل الجرحى إلى المستشفى.',
  'رأي الخبراء مهم في هذه المسألة.',
  'وصل الوزير إلى بغداد أمس.',
  'كما قتل حوالي 12 مسلحاً في الاشتباكات.',
  'وقال في بيان إن القوات تقدمت.',
  'في زيارة لم يعلن عنها مسبقاً ضد «داعش».',
  'ولا توجد اي حركة نقل ونحن في حيرة.',
  'قتل 5 أشخاص وفقاً لأحكام القانون.',
  'وأشار بيده إلى السماء.',
  'وتوزع المساعدات حسب الأصول.',
  'لقد شاهدنا الناس يعيشون في العراء، كما رأينا عائلتين في خيمة.',
  // تابع after a noun and before لـ is an adjective (affiliated), not the verb
  'قصفت الطائرات مركز قيادة تابع للتنظيم في الريف.',
  // «جاء في» with no document saying anything: a ranking, not a report
  'وجاء في المرتبة الثانية فريق المدينة.',
];

describe('attributions: table of forms', () => {
  for (const [text, e] of cases) {
    if (!e.source) continue;
    it(`${text} → ${e.cue} / ${e.source}`, () => {
      const a = analyse(text);
      const x = e.nth === undefined ? a.attributions[a.attributions.length - 1] : a.attributions[e.nth];
      assert.ok(x, `no attribution in «${text}»`);
      assert.equal(x.cue.text, e.cue);
      assert.equal(x.source.text, e.source);
      assert.equal(text.slice(x.source.start, x.source.end), x.source.text, 'the source span is its text');
      assert.equal(x.source.type, e.type);
      assert.equal(text.slice(x.content.start, x.content.end), e.content);
      assert.equal(x.source.resolved === true, e.resolved === true, 'resolved');
      if (e.chain) assert.deepEqual(x.source.chain, e.chain);
      else assert.equal(x.source.chain[0], x.source.resolved ? x.source.chain[0] : e.source);
    });
  }

  for (const text of nothing)
    it(`${text} → no attribution`, () => {
      assert.deepEqual(analyse(text).attributions.map((x) => `${x.cue.text} ${x.source.text}`), []);
    });

  it("the writer's own voice (يذكر أن) is no elided speaker's", () => {
    const text = 'قال الوزير إن 3 قتلوا. يذكر أن الجسر افتتح عام 1990.';
    assert.deepEqual(analyse(text).attributions.map((x) => x.cue.text), ['قال']);
  });

  it('a verb written with ه is a cue where the same word written with ة is not', () => {
    assert.deepEqual(analyse('ونوه الوزير إلى أن الطرق مغلقة.').attributions.map((x) => x.cue.text), ['نوه']);
    assert.deepEqual(analyse('ونوة الوزير إلى أن الطرق مغلقة.').attributions.map((x) => x.cue.text), []);
  });

  it('gives every element of a chain its own offsets, speaker first', () => {
    const text = 'ونقل التلفزيون الرسمي عن مصدر عسكري قوله إن 4 جنود قتلوا.';
    const x = analyse(text).attributions[0]!;
    assert.deepEqual(x.source.links.map((l) => text.slice(l.start, l.end)), ['مصدر عسكري', 'التلفزيون الرسمي']);
    assert.deepEqual(x.source.links.map((l) => l.text), x.source.chain);
    // a relay joined to لـ: its span starts after the clitic
    const t2 = 'قال قائد الشرطة لوكالة فرانس برس إن 48 مسلحا قتلوا.';
    const y = analyse(t2).attributions[0]!;
    assert.deepEqual(y.source.links.map((l) => t2.slice(l.start, l.end)), ['قائد الشرطة', 'وكالة فرانس برس']);
  });

  it('a resolved pronoun object points at the speaker where it was first named', () => {
    const text = 'وقال الوزير إن المفاوضات مستمرة. ونقلت الوكالة عنه أن الاتفاق قريب.';
    const x = analyse(text).attributions[1]!;
    assert.equal(text.slice(x.source.links[0]!.start, x.source.links[0]!.end), 'الوزير');
    assert.ok(x.source.links[0]!.start < text.indexOf('.'), 'the first mention, in the first sentence');
  });

  it('a pronoun object before the subject: the speaker where first named, the relay where it is written', () => {
    const text = 'وقال المحافظ إن الطرق مفتوحة. ونقلت عنه صحيفة محلية أن القافلة وصلت.';
    const x = analyse(text).attributions[1]!;
    assert.deepEqual(x.source.links.map((l) => [text.slice(l.start, l.end), l.start]), [
      ['المحافظ', text.indexOf('المحافظ')],
      ['صحيفة محلية', text.indexOf('صحيفة محلية')],
    ]);
  });

  it('gives every figure inside a content its source, and the rest to the article', () => {
    const text = 'أحمد علي: قتل 3 أشخاص أمس. وقال مصدر أمني إن 5 آخرين قتلوا.';
    const a = analyse(text);
    const by = Object.fromEntries(a.figures.map((f) => [f.text, f.source]));
    assert.equal(by['3']?.type, 'article');
    assert.equal(by['3']?.text, 'أحمد علي');
    assert.equal(by['5']?.text, 'مصدر أمني');
    assert.equal(by['5']?.attribution, 0);
  });
});
