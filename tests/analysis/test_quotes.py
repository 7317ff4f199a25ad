"""Who said what, sentence by sentence: real sentences (the seed, ANT — Apache-2.0, please cite
the ANT corpus — and a few SaudiNewsNet excerpts, CC BY-NC-SA 4.0) and sentences written for
these tests, with the expected speaker, cue, kind and content; and sentences that hold no quote."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import make_article
from analysis.gazetteer import gazetteer, use_archive_names
from analysis.normalize import normalize_ar
from analysis.quotes import (
    _GLUED_HINT,
    _GLUED_MEMO,
    GLUED_VERB_LETTERS,
    _glued_candidates,
    _glued_words,
    _site_name_pattern,
    extract_quotes,
    glued_cuts,
    glued_verb_cut,
)
from analysis.segment import quote_spans, sentences


def quotes_of(*paragraphs: str):
    return extract_quotes(make_article("t.txt", "\n".join(["عنوان", *paragraphs])))


def speakers_and_contents(sentence: str) -> list[tuple[str, str]]:
    """Who said what in one sentence (the tables of (sentence, speaker, content) below)."""
    return [(q.speaker, q.content) for q in quotes_of(sentence)]


SENTENCES = [
    # (sentence, speaker, cue, kind, content)
    # the object after an adverbial of the source's own statement (في افتتاحيتها), not after
    # the comma
    (
        'انتقدت صحيفة "هآرتس" في افتتاحيتها مشروع قانون إعدام الأسرى، معتبرة أنه "عنصري".',
        'صحيفة "هآرتس"',
        "انتقدت",
        "indirect",
        "مشروع قانون إعدام الأسرى",
    ),
    (
        "قال وزير الخارجية الأميركي أنتوني بلينكن إن الولايات المتحدة تعارض العملية.",
        "أنتوني بلينكن",
        "قال",
        "indirect",
        "الولايات المتحدة تعارض العملية",
    ),
    (
        "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن روسيا قلقة للغاية.",
        "ماريا زاخاروفا",
        "قالت",
        "indirect",
        "روسيا قلقة للغاية",
    ),
    (
        "في السياق، قال مسؤول رفيع بالبنتاغون، إن “أوستن أعرب لوزير الدفاع الإسرائيلي عن اعتقاده "
        "ضرورة تفكيك كتائب حماس في رفح”.",
        "مسؤول رفيع بالبنتاغون",
        "قال",
        "direct",
        "أوستن أعرب لوزير الدفاع الإسرائيلي عن اعتقاده ضرورة تفكيك كتائب حماس في رفح",
    ),
    (
        'وأشار البحيري إلى أن " التطاول على مؤسسة دستورية منتخبة يقع تحت طائلة القانون".',
        "البحيري",
        "أشار",
        "direct",
        "التطاول على مؤسسة دستورية منتخبة يقع تحت طائلة القانون",
    ),
    (
        "وأكد فرومان من جهته أنه «في هذه المرحلة الأخيرة من المفاوضات نحن واثقون».",
        "فرومان",
        "أكد",
        "direct",
        "في هذه المرحلة الأخيرة من المفاوضات نحن واثقون",
    ),
    (
        "وحذّرت منظمة الصحة العالمية من انهيار المنظومة الصحية في غزة.",
        "منظمة الصحة العالمية",
        "حذّرت",
        "indirect",
        "من انهيار المنظومة الصحية في غزة",
    ),
    (
        "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.",
        "أنطونيو غوتيريش",
        "دعا",
        "indirect",
        "إلى وقف فوري لإطلاق النار",
    ),
    (
        "وذكرت صحيفة هآرتس أن الجيش يستعد لعملية واسعة في رفح.",
        "صحيفة هآرتس",
        "ذكرت",
        "indirect",
        "الجيش يستعد لعملية واسعة في رفح",
    ),
    (
        "ويوم أمس، نقلت وسائل إعلام مصرية، عن مصادر مطلعة، أن مصر تقترب من التوصل إلى هدنة.",
        "مصادر مطلعة",
        "نقلت",
        "indirect",
        "مصر تقترب من التوصل إلى هدنة",
    ),
    (
        "نفى طاهر النونو، المستشار الإعلامي لحركة حماس، أن يكون تم التوصل إلى اتفاق هدنة.",
        "طاهر النونو",
        "نفى",
        "indirect",
        "يكون تم التوصل إلى اتفاق هدنة",
    ),
    (
        'وبحسب بيان صدر عن وزارة الصحة في غزة، فقد "ارتفع عدد الشهداء إلى مئة شهيد".',
        "وزارة الصحة في غزة",
        "بحسب",
        "direct",
        "ارتفع عدد الشهداء إلى مئة شهيد",
    ),
    (
        "وشدّدت الوزيرة السابقة ليلى عبد الله على ضرورة حماية المدنيين.",
        "ليلى عبد الله",
        "شدّدت",
        "indirect",
        "على ضرورة حماية المدنيين",
    ),
    (
        "أمرت محكمة العدل الدولية، اليوم الجمعة، الاحتلال الإسرائيلي بوقف الهجوم العسكري على رفح.",
        "محكمة العدل الدولية",
        "أمرت",
        "indirect",
        "بوقف الهجوم العسكري على رفح",
    ),
    (
        'وتابع: "لن نقبل بأي اتفاق لا يضمن عودة النازحين".',
        None,
        "تابع",
        "direct",
        "لن نقبل بأي اتفاق لا يضمن عودة النازحين",
    ),
    # stances: praise, a topic raised, a dismissal, a hope
    (
        "وأشاد الرئيس الأميركي جو بايدن بالعلاقة المهمة مع الهند.",
        "جو بايدن",
        "أشاد",
        "indirect",
        "بالعلاقة المهمة مع الهند",
    ),
    (
        "وتطرق رئيس المكتب السياسي إسماعيل هنية إلى أهمية البرلمانات.",
        "إسماعيل هنية",
        "تطرق",
        "indirect",
        "إلى أهمية البرلمانات",
    ),
    (
        "واستبعد رئيس الحكومة عبد الحميد الدبيبة أن تنهار الهدنة.",
        "عبد الحميد الدبيبة",
        "استبعد",
        "indirect",
        "تنهار الهدنة",
    ),
    (  # a word the scraper set between spaced marks closes there: the quote is the second one
        'وأكد بن غفير، في تغريدة عبر منصة " إكس "، دعمه للقانون، قائلا "كل من يقتل سيحاكم".',
        "بن غفير",
        "قائلا",
        "direct",
        "كل من يقتل سيحاكم",
    ),
    # cues set after their words: the sentence (or the quotation) before them is the content
    # (also with a clause that describes the speaker after the name)
    (
        "«لن نتراجع عن مطالبنا»، تقول سعاد محمد، وهي أم لخمسة أطفال.",
        "سعاد محمد",
        "تقول",
        "direct",
        "لن نتراجع عن مطالبنا",
    ),
    (
        '"الوضع في رفح خطير جدا"، قال وزير الخارجية.',
        "وزير الخارجية",
        "قال",
        "direct",
        "الوضع في رفح خطير جدا",
    ),
    # (and the outlet spoken to, then a relative clause that describes her: bulk aj-0189)
    (
        '"أدركوا أن هذه المرة الاعتقال لي أنا"، تقول شهد للجزيرة نت، والتي أفرج عنها أمس.',
        "شهد",
        "تقول",
        "direct",
        "أدركوا أن هذه المرة الاعتقال لي أنا",
    ),
    # a quotation that is the whole sentence before its cue is speech however short, and an
    # occasion or a time after the subject does not stop it (bulk snn-2015-07-24-0753 «…»، كما
    # يقول غيري كاي، مؤسس موقع…)
    ('"أنا متفائل"، قال اللاعب محمد صلاح عقب المباراة.', "محمد صلاح", "قال", "direct", "أنا متفائل"),
    (
        '"لن نتراجع عن مطالبنا"، قال المتظاهر محمد علي بعد انتهاء الاعتصام أمس.',
        "محمد علي",
        "قال",
        "direct",
        "لن نتراجع عن مطالبنا",
    ),
    # (هكذا points to the words before the cue, as كما does)
    (
        '"لن نتراجع عن مطالبنا"، هكذا قال المتظاهر محمد علي لبي بي سي.',
        "محمد علي",
        "قال",
        "direct",
        "لن نتراجع عن مطالبنا",
    ),
    # figures an attribution names before the body that published them (bulk aj-0176 «حسب
    # بيانات وزارة الزراعة الفلسطينية»); «البيانات» alone are no one's (NO_QUOTE)
    (
        "وبحسب بيانات البنك المركزي، فإن التضخم ارتفع إلى 12%.",
        "البنك المركزي",
        "بحسب",
        "indirect",
        "التضخم ارتفع إلى 12%",
    ),
    (
        '"نحن هنا باقون ولن نرحل"، بهذه الكلمات ختم الوزير حديثه.',
        "الوزير",
        "ختم",
        "direct",
        "نحن هنا باقون ولن نرحل",
    ),
    # a feature story's verbs of telling, recalling, crying out and asking, with their words
    # after a colon or in quotation marks
    ('ويحكي أبو أحمد: "خرجنا من البيت تحت القصف".', "أبو أحمد", "يحكي", "direct", "خرجنا من البيت تحت القصف"),
    ('وتستذكر أم محمد: "كان ابني يحلم بالعودة".', "أم محمد", "تستذكر", "direct", "كان ابني يحلم بالعودة"),
    ('وتسأل الأم بحسرة: "أين نذهب الآن؟".', "الأم", "تسأل", "direct", "أين نذهب الآن؟"),
    ("وأخبر الوزير الصحفيين أن الحكومة لن تستقيل.", "الوزير", "أخبر", "indirect", "الحكومة لن تستقيل"),
    ("ولمح المسؤول إلى أن الاتفاق قد يتأخر.", "المسؤول", "لمح", "indirect", "الاتفاق قد يتأخر"),
    (
        "وشجبت الجامعة العربية الهجوم على المدنيين.",
        "الجامعة العربية",
        "شجبت",
        "indirect",
        "الهجوم على المدنيين",
    ),
    # ذهب «held that» only before إلى أنّ; an opinion's attribution opening the sentence
    (
        "ويذهب الخبير العسكري واصف عريقات إلى أن المقاومة ما زالت تملك زمام المبادرة.",
        "واصف عريقات",
        "يذهب",
        "indirect",
        "المقاومة ما زالت تملك زمام المبادرة",
    ),
    (  # a source's own words by another's phrase (بحسب تعبير، على حد تعبير X)
        "وبحسب تعبير الباحث أحمد الحيلة، فإن الاحتلال يخوض حرب استنزاف.",
        "أحمد الحيلة",
        "بحسب تعبير",
        "indirect",
        "الاحتلال يخوض حرب استنزاف",
    ),
    (
        "وفي تقدير الخبير العسكري فايز الدويري، فإن المعركة ستطول.",
        "فايز الدويري",
        "في تقدير",
        "indirect",
        "المعركة ستطول",
    ),
    # (and with no comma after the closing mark: bulk aj-0042 «…الأقصى" أضاف عمرو.»)
    (
        '"عملت سلطات الاحتلال على إسكات صوت النشطاء" أضاف الباحث رضوان عمرو.',
        "رضوان عمرو",
        "أضاف",
        "direct",
        "عملت سلطات الاحتلال على إسكات صوت النشطاء",
    ),
    (
        "وبلغت هذه المسافة ما يزيد على 2200 كلم، كما ذكر السيد الحوثي، وقد تمكنت المسيرة من الوصول.",
        "السيد الحوثي",
        "ذكر",
        "indirect",
        "وبلغت هذه المسافة ما يزيد على 2200 كلم",
    ),
    (
        'إضافة إلى ذلك، "اعترف الاحتلال بأن اليمن يصنع أسلحة متقدمة"، كما تابع السيد الحوثي.',
        "السيد الحوثي",
        "تابع",
        "direct",
        "اعترف الاحتلال بأن اليمن يصنع أسلحة متقدمة",
    ),
    # the quotation كما points back to, whatever follows its subject (a description, the
    # occasion, another cue) — bulk: mayadeen-08604, mayadeen-04230
    (
        "حاول الاحتلال فرض الجنسية، لكن مواجهتهم كانت راسخة، "
        '"فمن يحمل الجنسية الإسرائيلية لا يُصلى عليه عند وفاته"، كما قال الشيخ نزيه محمود، من سكان الجولان.',
        "نزيه محمود",
        "قال",
        "direct",
        "فمن يحمل الجنسية الإسرائيلية لا يُصلى عليه عند وفاته",
    ),
    (
        'فكان الموقف "تضامناً كاملاً مع عائلات الضحايا"، كما قال القيادي في حركة حماس، '
        'محمود الزهار، مؤكداً أنّ "هذا العدوان لن يمر".',
        "محمود الزهار",
        "قال",
        "direct",
        "تضامناً كاملاً مع عائلات الضحايا",
    ),
    (  # set inside the sentence, the kama clause covers all of it
        "وكان نتنياهو قد رفض، كما أكدت صحيفة هآرتس، عروضا أميركية لتعويض إسرائيل.",
        "صحيفة هآرتس",
        "أكدت",
        "indirect",
        "وكان نتنياهو قد رفض، كما أكدت صحيفة هآرتس، عروضا أميركية لتعويض إسرائيل",
    ),
    (
        'وكان التضامن "واسعا من مختلف الدول"، بحسب ما أكده قائد أنصار الله.',
        "قائد أنصار الله",
        "بحسب ما",
        "mixed",
        'وكان التضامن "واسعا من مختلف الدول"',
    ),
    (
        "والمجتمع -بحسب مصادر محلية- يختنق ويحتاج إلى تمثيل سياسي.",
        "مصادر محلية",
        "بحسب",
        "indirect",
        "والمجتمع -بحسب مصادر محلية- يختنق ويحتاج إلى تمثيل سياسي",
    ),
    (  # a named subject between a form that is also a preposition (عَبْر) and its own
        # preposition: the verb, whose content the preposition opens
        "وعبّر الكاتب سعيد السريحي عن فخره بفوز الناشطة اليمنية بالجائزة.",
        "سعيد السريحي",
        "عبّر",
        "indirect",
        "عن فخره بفوز الناشطة اليمنية بالجائزة",
    ),
    (  # a relay's verb and name before نقلاً عن: the source speaks, the content follows the
        # complementizer
        "أفادت فايننشال تايمز نقلاً عن منظمات إنسانية، أن إسرائيل تعرقل وصول المساعدات.",
        "منظمات إنسانية",
        "أفادت",
        "indirect",
        "إسرائيل تعرقل وصول المساعدات",
    ),
    (  # …also when the relay's name is one the lexicons do not know
        "أفاد موقع ميدل إيست آي نقلاً عن مصادر مطلعة، أن الوفد وصل إلى القاهرة.",
        "مصادر مطلعة",
        "أفاد",
        "indirect",
        "الوفد وصل إلى القاهرة",
    ),
    (  # نقلاً عن is the attribution phrase, not a verb: it ends the medium's name, and the
        # source after it speaks (the medium relays)
        "وذكرت صحيفة هآرتس نقلاً عن مصادر أمنية أن الجيش يستعد للهجوم.",
        "مصادر أمنية",
        "ذكرت",
        "indirect",
        "الجيش يستعد للهجوم",
    ),
    (  # joined by و and closed by a comma, the attribution opens its clause (a glued subheading
        # before it is no content)
        "تحديات قانونية ووفق المحلل عاموس هرئيل، تواجه إسرائيل عقبات قانونية كذلك.",
        "عاموس هرئيل",
        "وفق",
        "indirect",
        "تواجه إسرائيل عقبات قانونية كذلك",
    ),
    (  # وفقاً/طبقاً with its ل written, as it nearly always is, on the source's first word
        "ووفقاً للكاتب جدعون ليفي، فإن فوز ممداني حدث تاريخي.",
        "جدعون ليفي",
        "وفقاً",
        "indirect",
        "فوز ممداني حدث تاريخي",
    ),
    (
        "وطبقاً لوزارة الصحة في غزة، ارتفع عدد الشهداء إلى 300.",
        "وزارة الصحة في غزة",
        "طبقاً",
        "indirect",
        "ارتفع عدد الشهداء إلى 300",
    ),
    (  # a phrase pointing back that opens the sentence: the sentence after it
        "برأيه، الحرب لن تنتهي قريباً.",
        None,
        "برأيه",
        "indirect",
        "الحرب لن تنتهي قريباً",
    ),
    (  # the verb's own preposition on a common noun ends its subject and opens the content
        "وطالبت الوزارة بإغلاق السفارة فوراً.",
        "الوزارة",
        "طالبت",
        "indirect",
        "بإغلاق السفارة فوراً",
    ),
    (  # «وفقاً لما» and its verb (with the object pronoun «ما» leaves on it)
        "والوضع في غزة كارثي، وفقاً لما قاله الوزير.",
        "الوزير",
        "وفقاً لما",
        "indirect",
        "والوضع في غزة كارثي",
    ),
    (  # …and whom it was said of (عنه) before the source
        "وكان مولعاً بالطيران منذ صغره، طبقاً لما قال عنه الكاتب الصحافي جهاد الخازن.",
        "جهاد الخازن",
        "طبقاً لما",
        "indirect",
        "وكان مولعاً بالطيران منذ صغره",
    ),
    (  # must not: after its content, the attribution covers what came before it
        "وتواجه إسرائيل عقبات قانونية كذلك، وفق المحلل عاموس هرئيل.",
        "عاموس هرئيل",
        "وفق",
        "indirect",
        "وتواجه إسرائيل عقبات قانونية كذلك",
    ),
    (
        "ورداً على سؤال حول الجائزة، أجابت الكاتبة هتون الفاسي: المرأة السعودية أثبتت قدرتها.",
        "هتون الفاسي",
        "أجابت",
        "indirect",
        "المرأة السعودية أثبتت قدرتها",
    ),
    # words in the speaker's own voice right after «قال X», without quotation marks
    (
        "وقال الوزير نحن مستعدون للحوار.",
        "الوزير",
        "قال",
        "indirect",
        "نحن مستعدون للحوار",
    ),
    # (also after the outlet spoken to: its name, its site's, or in quotation marks)
    ("وقال الوزير للجزيرة نت نحن مستعدون للحوار.", "الوزير", "قال", "indirect", "نحن مستعدون للحوار"),
    (
        'وقالت كشغري لــ "سبق" أتوقع حصول المرأة السعودية على الجائزة.',
        "كشغري",
        "قالت",
        "indirect",
        "أتوقع حصول المرأة السعودية على الجائزة",
    ),
    (
        "وقالت الكاتبة أميرة كشغري أتوقع حصول المرأة السعودية على الجائزة.",
        "أميرة كشغري",
        "قالت",
        "indirect",
        "أتوقع حصول المرأة السعودية على الجائزة",
    ),
    # a describing verb: its content opens at the object the ب phrase describes
    (
        'ووصف الموسوي خلال حديثه ما حصل في 7 أكتوبر بـ "المفاجأة".',
        "الموسوي",
        "وصف",
        "mixed",
        'ما حصل في 7 أكتوبر بـ "المفاجأة"',
    ),
    # an attribution set between commas inside its sentence, the sentence going on with ف
    (
        "لم يكن إطلاق صافرات الإنذار مفاجئاً، وفقا لمحللين إسرائيليين، فهو أمر اعتاده سكان الجنوب.",
        "محللين إسرائيليين",
        "وفقا",
        "indirect",
        "لم يكن إطلاق صافرات الإنذار مفاجئاً، وفقا لمحللين إسرائيليين، فهو أمر اعتاده سكان الجنوب",
    ),
    # «وفق ما أفاد به X»: the verb's ب pronoun before the source
    (
        "وتشهد المدينة تعزيزات أمنية كبيرة، وفق ما أفاد به مراسل الجوهرة.",
        "مراسل الجوهرة",
        "وفق ما",
        "indirect",
        "وتشهد المدينة تعزيزات أمنية كبيرة",
    ),
    # عزا: a cause attributed, its object the content
    (
        "ويعزو الكاتب الهجوم على ممداني إلى مواقفه من الحرب.",
        "الكاتب",
        "يعزو",
        "indirect",
        "الهجوم على ممداني إلى مواقفه من الحرب",
    ),
    # a statement's issuer behind ل (بلاغ للداخلية: the ministry, in Tunisian usage)
    (
        "وحسب بلاغ للداخلية، تمكنت الوحدات الأمنية من إيقاف المشتبه بهم.",
        "الداخلية",
        "حسب",
        "indirect",
        "تمكنت الوحدات الأمنية من إيقاف المشتبه بهم",
    ),
    # the same letters with a subject before أنّ report
    (
        "ويذكر المؤرخون أن اكتشاف طريق الرجاء الصالح غيّر التجارة.",
        "المؤرخون",
        "يذكر",
        "indirect",
        "اكتشاف طريق الرجاء الصالح غيّر التجارة",
    ),
    # an attribution's own verb is no cue, and the narrator's note is no part of the content
    (
        "يُذكر أنّه، منذ بداية المعركة، أصيب 4284 جندياً، بحسب ما أعلن جيش الاحتلال.",
        "جيش الاحتلال",
        "بحسب ما",
        "indirect",
        "منذ بداية المعركة، أصيب 4284 جندياً",
    ),
    # a relative clause's own statement, its antecedent's
    (
        'وانتقد الوزير تصريحات المحلل أمين محفوظ والتي قال فيها إن "أعداء الديمقراطية في البرلمان".',
        "الوزير",
        "انتقد",
        "indirect",
        "تصريحات المحلل أمين محفوظ",
    ),
    # وعد's imperfect as a promise: أنّ close after it
    (
        "ويعد الوزير بأن تنتهي الأزمة قبل نهاية العام.",
        "الوزير",
        "يعد",
        "indirect",
        "تنتهي الأزمة قبل نهاية العام",
    ),
    # the verb بيّن without a conjunction: أنّ close after it
    (
        "كما بيّن الوزير أنّ الحركة ليس لديها شروط.",
        "الوزير",
        "بيّن",
        "indirect",
        "الحركة ليس لديها شروط",
    ),
    # a verb after a year (not a counted noun: 400 طالب), and after a scraped time (12:27)
    (
        "وفي 7 أكتوبر 2023 أعلنت الكتائب أن المعركة بدأت.",
        "الكتائب",
        "أعلنت",
        "indirect",
        "المعركة بدأت",
    ),
    # its shadda written, the verb بيّن even where an occasion keeps أنّ away (bulk:
    # mayadeen-08083)
    (
        "كما بيّن الوزير، في هذا السياق، أنّ الحركة ليس لديها شروط.",
        "الوزير",
        "بيّن",
        "indirect",
        "الحركة ليس لديها شروط",
    ),
    # ثمّن praises what follows, its object (not in its bare form, which is also the noun)
    (
        "وثمّنت الوزيرة جهود المتطوعين في الإغاثة.",
        "الوزيرة",
        "ثمّنت",
        "indirect",
        "جهود المتطوعين في الإغاثة",
    ),
    # a copula's subject before a finite verb (without قد)
    (
        "وكانت وزيرة الخارجية ترى أن الحل قريب.",
        "وزيرة الخارجية",
        "ترى",
        "indirect",
        "الحل قريب",
    ),
    # an adverb between the subject and the preposition that opens the content
    (
        "وتطالب نيوزيلندا خصوصاً بإمكانيات أكبر لدخول سوق الألبان.",
        "نيوزيلندا",
        "تطالب",
        "indirect",
        "بإمكانيات أكبر لدخول سوق الألبان",
    ),
    (
        "وندد الوزير بشدة بالهجوم على المدنيين.",
        "الوزير",
        "ندد",
        "indirect",
        "بالهجوم على المدنيين",
    ),
    # a sentence that points back to the man speaking (محمد مصطفى, the context's)
    (
        "ذلك لأن الخطاب السياسي، في نظره، لا يتجاوز الشعارات.",
        None,
        "في نظره",
        "indirect",
        "ذلك لأن الخطاب السياسي، في نظره، لا يتجاوز الشعارات",
    ),
    (
        "والوضع في غزة كارثي وغير مسبوق، على حد قوله.",
        None,
        "على حد قوله",
        "indirect",
        "والوضع في غزة كارثي وغير مسبوق",
    ),
    # an account's own verbs: explained, commented, narrated
    ("ويشرح أن العدو لم يستطع دخول الأنفاق.", None, "يشرح", "indirect", "العدو لم يستطع دخول الأنفاق"),
    (
        'وحول إلقاء المساعدات من الجو يعلّق "نحن لا نمنع المساعدات من أحد".',
        None,
        "يعلّق",
        "direct",
        "نحن لا نمنع المساعدات من أحد",
    ),
    (
        'وعلق فاروفاكيس على القرار: "هذا ناقوس الموت لآفاق الديمقراطية".',
        "فاروفاكيس",
        "علق",
        "direct",
        "هذا ناقوس الموت لآفاق الديمقراطية",
    ),
    (
        "ويروي أن قادة كبارا اصطحبوا أصدقاءهم إلى مواقع القيادة.",
        None,
        "يروي",
        "indirect",
        "قادة كبارا اصطحبوا أصدقاءهم إلى مواقع القيادة",
    ),
    # a verbal noun right after the named subject is the object, past a time set off by commas
    # before the verb's preposition; two nouns joined by و in construct with one genitive (bulk:
    # mayadeen-06850 «أكد المفوض العام لوكالة غوث وتشغيل اللاجئين "أونروا"، فيليب لازاريني،
    # إطلاق قوات إسرائيلية النار بكثافة، أمس الأحد، على قافلة…»)
    (
        'أكد المفوض العام لوكالة غوث وتشغيل اللاجئين "أونروا"، فيليب لازاريني، إطلاق قوات إسرائيلية '
        "النار بكثافة، أمس الأحد، على قافلة للأمم المتحدة.",
        "فيليب لازاريني",
        "أكد",
        "indirect",
        "إطلاق قوات إسرائيلية النار بكثافة، أمس الأحد، على قافلة للأمم المتحدة",
    ),
    # the verb's preposition on a common noun before على, no name علي (a battery of news forms)
    (
        "وندد الاتحاد الأوروبي بالهجوم على قافلة المساعدات.",
        "الاتحاد الأوروبي",
        "ندد",
        "indirect",
        "بالهجوم على قافلة المساعدات",
    ),
    # (must not: a preposition right after the subject opens the content there)
    ("وأكد الوزير، في تصريح صحفي، على ضرورة التهدئة.", "الوزير", "أكد", "indirect", "على ضرورة التهدئة"),
    # a question after تساءل; «على ما أعلن» after the sentence it attributes
    (
        "وتساءل المواطن سعد الخضر متى يتم تطبيق نقطة الفرز الواحدة؟",
        "سعد الخضر",
        "تساءل",
        "indirect",
        "متى يتم تطبيق نقطة الفرز الواحدة؟",
    ),
    # the figures a body publishes, the latest of them (bulk: aj-0107 «وفق أحدث إحصاءات وزارة
    # الصحة في قطاع غزة»)
    (
        "وخلفت الإبادة أكثر من 63 ألف شهيد، وفق أحدث إحصاءات وزارة الصحة في قطاع غزة.",
        "وزارة الصحة في قطاع غزة",
        "وفق",
        "indirect",
        "وخلفت الإبادة أكثر من 63 ألف شهيد",
    ),
    (
        "أوقف 21 شخصاً في إطار التحقيق حول الفساد، على ما أعلن السبت المدعي العام طارق وليام صعب.",
        "طارق وليام صعب",
        "على ما أعلن",
        "indirect",
        "أوقف 21 شخصاً في إطار التحقيق حول الفساد",
    ),
]


def test_a_cue_after_its_quotation_with_no_subject_continues_the_source():
    """«"…"، أضاف.»: the verb goes on for the source speaking; its words are the quotation."""
    quotes = quotes_of(
        "قال وزير الخارجية أيمن الصفدي إن الوضع صعب.", '"لا يمكن السكوت على ما يجري في غزة"، أضاف.'
    )
    assert [(q.para, q.speaker, q.content) for q in quotes][1:] == [
        (2, "أيمن الصفدي", "لا يمكن السكوت على ما يجري في غزة")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # (bulk: aj-0004 «هذه الجرأة كانت لافتة لدى بعض المقاومين…», snn «كان مديناً لموسكو»)
        "هذه الجرأة كانت لافتة لدى بعض المقاومين إلى غزة.",
        "وبات مؤكدا أن الاتفاق قريب.",
    ],
)
def test_a_participle_after_a_copula_is_its_predicate_not_a_cue(sentence):
    context = "قال رئيس الوزراء محمد مصطفى إن الوضع صعب."
    assert [q.cue for q in quotes_of(context, sentence) if q.para == 2] == []


@pytest.mark.parametrize(("sentence", "speaker", "cue", "kind", "content"), SENTENCES)
def test_sentence(sentence, speaker, cue, kind, content):
    context = "قال رئيس الوزراء محمد مصطفى إن الوضع صعب."  # a speaker for zero subjects
    quotes = [q for q in quotes_of(context, sentence) if q.para == 2]
    assert quotes, f"no quote found in: {sentence}"
    quote = quotes[0]
    assert quote.speaker == (speaker or "محمد مصطفى")
    assert quote.cue == cue
    assert quote.kind == kind
    assert quote.content == content


def test_a_participle_after_a_content_is_a_statement_of_its_own():
    quotes = quotes_of("وأعلن الوزير أنه سيتوجه إلى المحكمة واصفاً ما حصل بأنه جريمة حرب.")
    assert [(q.cue, q.content) for q in quotes] == [
        ("أعلن", "سيتوجه إلى المحكمة"),
        ("واصفاً", "ما حصل بأنه جريمة حرب"),
    ]


PARTICIPLES_AFTER_A_PREPOSITIONS_CONTENT = [  # (sentence, [(cue, content)])
    (
        'وأعرب الوزير عن حزنه قائلا: "الوضع صعب جدا في المنطقة".',
        [("أعرب", "عن حزنه"), ("قائلا", "الوضع صعب جدا في المنطقة")],
    ),
    ("وندد الوزير بالهجوم قائلا إن الوضع صعب.", [("ندد", "بالهجوم"), ("قائلا", "الوضع صعب")]),
    # a time set off by commas between the verb and its own word (عبّر… عن)
    (
        "وعبّر الرئيس السابق للمحكمة العليا أهارون باراك، أمس الأحد، "
        'عن إقرار هذا التشريع قائلاً: "إنه يوم حزين".',
        [("عبّر", "عن إقرار هذا التشريع"), ("قائلاً", "إنه يوم حزين")],
    ),
    # must not: a participle of manner right after the subject; a participle with no words of its own
    ("وقال الوزير مؤكدا إن الوضع صعب.", [("قال", "الوضع صعب")]),
    ("وطالب الوزير بالتحقيق مؤكدا ضرورة المحاسبة.", [("طالب", "بالتحقيق مؤكدا ضرورة المحاسبة")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTICIPLES_AFTER_A_PREPOSITIONS_CONTENT)
def test_a_participle_after_a_prepositions_content_is_a_statement_of_its_own(sentence, expected):
    assert [(q.cue, q.content) for q in quotes_of(sentence)] == expected


# A verbal noun with its subject named after it reports what its verb would: its object or the
# preposition it takes, up to the comma that ends the adverbial it stands in (gold: MAYADEEN_0029,
# AJ_0130; bulk: mayadeen-06019, snn-2015-08-01-0126).
VERBAL_NOUNS_WITH_THEIR_OBJECT = [  # (sentence, [(cue, speaker, content)])
    (
        'بعد إعلان البيت الأبيض موافقة "إسرائيل" على هدن يومية، المستشار الإعلامي لحركة حماس '
        "ينفي التوصل إلى اتفاق.",
        [
            ("إعلان", "البيت الأبيض", 'موافقة "إسرائيل" على هدن يومية'),
            ("ينفي", "المستشار الإعلامي لحركة حماس", "التوصل إلى اتفاق"),
        ],
    ),
    (
        "وتتزامن الخطوة مع مطالب الأمين العام أنطونيو غوتيريش باستمداد أي كيان شرعيته من مجلس الأمن.",
        [("مطالب", "أنطونيو غوتيريش", "باستمداد أي كيان شرعيته من مجلس الأمن")],
    ),
    ("وجاء ذلك بعد إعلان تركيا الدخول في الحرب على داعش.", [("إعلان", "تركيا", "الدخول في الحرب على داعش")]),
    (
        "وتصاعدت تحذيرات البنك الدولي من تأثر أسعار النفط بالحرب.",
        [("تحذيرات", "البنك الدولي", "من تأثر أسعار النفط بالحرب")],
    ),
    ("وجاء ذلك بعد إعلان حماس وقف إطلاق النار.", [("إعلان", "حماس", "وقف إطلاق النار")]),
    # no later verb without a subject continues the noun's source: the sentence's own does
    (
        "وحذرت الحكومة من التصعيد. وجاء ذلك بعد إعلان وزارة الدفاع بدء العملية، وأضافت أن الوضع خطير.",
        [
            ("حذرت", "الحكومة", "من التصعيد"),
            ("إعلان", "وزارة الدفاع", "بدء العملية"),
            ("أضافت", "الحكومة", "الوضع خطير"),
        ],
    ),
    # must not: a declaration by its place's name, a noun with no subject, an indefinite noun
    # after it (what it declares), an adverb after its subject
    ("وجاء ذلك بعد إعلان القاهرة الذي نشر أمس.", []),
    ("ووقعت الفصائل على إعلان بكين والبيان المشترك.", []),
    ("وأشاد البيان بإعلان الرياض إلى الالتزام بمحاربة الإرهاب.", []),
    ("بعد إعلان وقف إطلاق النار عاد النازحون.", []),
    ("وجاء ذلك بعد إعلان دولة جديدة في المنطقة.", []),
    ("وجاء ذلك بعد إعلان حماس يوماً واحداً إضافياً للهدنة.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), VERBAL_NOUNS_WITH_THEIR_OBJECT)
def test_a_verbal_noun_with_its_subject_reports_its_object(sentence, expected):
    assert [(q.cue, q.speaker, q.content) for q in quotes_of(sentence)] == expected


# «جاء ذلك في بيان لـX» after a sentence that quoted no one: that sentence is X's statement (gold:
# AJ_0099 «ورد هذا في تصريح لنافي بيلاي»).
STATEMENTS_POINTED_TO = [  # (paragraphs, [(para, speaker, content)])
    (
        ["ارتفعت حصيلة الشهداء في القطاع إلى 30 ألفاً. وجاء ذلك في بيان لوزارة الصحة في غزة."],
        [(1, "وزارة الصحة في غزة", "ارتفعت حصيلة الشهداء في القطاع إلى 30 ألفاً")],
    ),
    (
        [
            "ضربة واحدة أبادت في لحظة 4 آلاف جنين في تلك العيادة.",
            "ورد هذا في تصريح لرئيس الوزراء محمد مصطفى، في مقابلة له، أوضح فيها أن الضربة كانت مقصودة.",
        ],
        [
            (1, "محمد مصطفى", "ضربة واحدة أبادت في لحظة 4 آلاف جنين في تلك العيادة"),
            (2, "محمد مصطفى", "الضربة كانت مقصودة"),
        ],
    ),
    # must not: a sentence that quoted someone keeps its source; an event, no statement
    (
        ["أعلنت الوزارة أن الحصيلة ارتفعت إلى 30 ألفاً. وجاء ذلك في بيان للمكتب الإعلامي."],
        [(1, "الوزارة", "الحصيلة ارتفعت إلى 30 ألفاً")],
    ),
    (["قصفت الطائرات المدينة طوال الليل. وجاء ذلك في وقت تتواصل فيه المفاوضات."], []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), STATEMENTS_POINTED_TO)
def test_a_sentence_saying_whose_statement_the_one_before_came_in_attributes_it(paragraphs, expected):
    assert [(q.para, q.speaker, q.content) for q in quotes_of(*paragraphs)] == expected


JOINED_VERBS_AFTER_AN_OBJECT_CONTENT = [  # (sentence, [(cue, speaker, content)])
    # a verb of speech joined by و, its content right after it, after a verb whose content is its
    # object or its preposition's noun: the same source's next statement (bulk: snn-2015-07-21-0129,
    # mayadeen-06514, snn-2015-07-23-0751; gold: SAUDINEWSNET_0027)
    (
        "وأدان الحزب الهجوم وطالب بمحاسبة المسؤولين.",
        [("أدان", "الحزب", "الهجوم"), ("طالب", "الحزب", "بمحاسبة المسؤولين")],
    ),
    (
        "وانتقد الوزير الخطة بشدة ويؤكد أنها تضر بالاقتصاد.",
        [("انتقد", "الوزير", "الخطة بشدة"), ("يؤكد", "الوزير", "تضر بالاقتصاد")],
    ),
    (
        "ورحبت الحركة بالقرار واعتبرت أنه خطوة مهمة.",
        [("رحبت", "الحركة", "بالقرار"), ("اعتبرت", "الحركة", "خطوة مهمة")],
    ),
    # a plural verb after a singular one: the plural subject named after the first verb
    (
        "وندد المتظاهرون بالصمت الحكومي ودعوا إلى التحرك فورا.",
        [("ندد", "المتظاهرون", "بالصمت الحكومي"), ("دعوا", "المتظاهرون", "إلى التحرك فورا")],
    ),
    # across a relative of another agreement (التي: the secrecy, not the plural verb's subject)
    (
        "ويدين معارضو الاتفاق الإجراءات التي تلف المفاوضات ويؤكدون أنه يخدم الشركات.",
        [
            ("يدين", "معارضو الاتفاق", "الإجراءات التي تلف المفاوضات"),
            ("يؤكدون", "معارضو الاتفاق", "يخدم الشركات"),
        ],
    ),
    # must not: inside a content of أنّ, whose own subject may speak
    (
        "وقال الوزير إن الخطة سيئة ويؤكد أنها تضر بالاقتصاد.",
        [("قال", "الوزير", "الخطة سيئة ويؤكد أنها تضر بالاقتصاد")],
    ),
    # must not: a verb inside a relative clause it agrees with
    (
        "وانتقد الوزير قرار الرئيس الذي رفض الخطة وأكد أنها سيئة.",
        [("انتقد", "الوزير", "قرار الرئيس الذي رفض الخطة وأكد أنها سيئة")],
    ),
    # must not: a verb of another agreement, whose subject is another (no statement of the minister's)
    ("وانتقد الوزير قرار الحكومة وأكدت أنها مخطئة.", [("انتقد", "الوزير", "قرار الحكومة وأكدت أنها مخطئة")]),
    # must not: after a verb that only points back, its subject after the object: one statement
    (
        "وقد أكدت ذلك والدتها وأفادت أن التنفس توقف قبل نصف ساعة.",
        [("أكدت", "والدتها", "التنفس توقف قبل نصف ساعة")],
    ),
    # must not: a subject of its own after the verb
    (
        "وأدان الحزب الهجوم وأكد الرئيس أن الرد قادم.",
        [("أدان", "الحزب", "الهجوم وأكد الرئيس أن الرد قادم")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINED_VERBS_AFTER_AN_OBJECT_CONTENT)
def test_a_verb_joined_after_an_object_content_is_a_statement_of_its_own(sentence, expected):
    assert [(q.cue, q.speaker, q.content) for q in quotes_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("يذكر أنّ الرئيس بوتين كان قد أكّد، في حزيران الماضي، أنّ تطوير العلاقات أولوية.", "بوتين"),
        ("يُذكر أنّ الوزارة كانت قد أعلنت أنّ الحصيلة ارتفعت.", "الوزارة"),
        ("وكانت الوزارة قد أعلنت أنّ الحصيلة ارتفعت.", "الوزارة"),
    ],
)
def test_subject_before_the_copula_of_its_verb(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("الملف الثاني: حزب الله يؤكد أن المقاومة باقية جنوب النهر.", "حزب الله"),
        (
            "الملف الأول: مصادر خاصة في المقاومة تؤكد للميادين: باريس 2 جسر بعض الخلافات.",
            "مصادر خاصة في المقاومة",
        ),
    ],
)
def test_a_label_and_its_colon_open_the_sentence(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "addressee"),
    [
        (
            'وقال الوزير لمراسل "الجوهرة اف أم" إن تحركا احتجاجيا سيتم تنظيمه.',
            "الوزير",
            'مراسل "الجوهرة اف أم"',
        ),
        ("وقال محمد الحيلة لمراسلة الميادين إن الوضع صعب.", "محمد الحيلة", "مراسلة الميادين"),
    ],
)
def test_a_reporter_spoken_to_and_the_outlet_are_no_content(sentence, speaker, addressee):
    quotes = quotes_of(sentence)
    assert [(q.speaker, q.addressee) for q in quotes] == [(speaker, addressee)]
    assert quotes[0].content.startswith(("تحركا", "الوضع"))


def test_a_name_and_its_colon_are_no_label():
    assert quotes_of("نتنياهو: حزب الله يؤكد أن المقاومة باقية.") == []


def test_a_definite_head_before_its_verbs_preposition_names_no_body():
    """وكشفت الكتيبة | عن تمكن كتيبة جنين…: not a body «الكتيبة عن تمكن» learned for later."""
    quotes = quotes_of(
        "أعلنت كتيبة جنين أنّ مقاتليها استهدفوا الآليات.",
        "وكشفت الكتيبة عن تمكن كتيبة جنين ولواء الشهداء من تنفيذ كمين.",
    )
    assert [q.speaker for q in quotes] == ["كتيبة جنين", "كتيبة جنين"]


COLON_LINES = [  # (paragraph, speaker, content): a source, its colon, its words
    # a live line with no quotation marks: a source by its head and more words, a sentence
    (
        "مصادر للميادين: الجولاني تعرض لمحاولة اغتيال عبر تسميمه.",
        "مصادر",
        "الجولاني تعرض لمحاولة اغتيال عبر تسميمه",
    ),
    (
        "هيئة الطيران: بدء التحقيق للتعرف على أسباب سقوط الطائرة",
        "هيئة الطيران",
        "بدء التحقيق للتعرف على أسباب سقوط الطائرة",
    ),
    # its words in quotation marks
    (
        'الناطق العسكري باسم "كتائب القسام" أبو عبيدة: "نبشر أسرانا وأبناء شعبنا أن في قبضتنا عشرات الأسرى".',
        "أبو عبيدة",
        "نبشر أسرانا وأبناء شعبنا أن في قبضتنا عشرات الأسرى",
    ),
    (
        'وزير الدفاع الإسرائيلي يوآف غالانت: "سنغير وجه الشرق الأوسط كله".',
        "يوآف غالانت",
        "سنغير وجه الشرق الأوسط كله",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker", "content"), COLON_LINES)
def test_a_paragraph_of_a_source_and_its_colon_is_its_quote(paragraph, speaker, content):
    quotes = quotes_of(paragraph)
    assert [(q.speaker, q.cue, q.kind, q.content) for q in quotes] == [(speaker, ":", "direct", content)]


@pytest.mark.parametrize(
    "paragraph",
    [
        'المصدر: "وكالات".',  # a name in quotation marks, no speech
        'الملف الأول: "طوفان الأقصى" مستمر.',  # a label
        "المصدر: وكالات الأنباء العالمية والمحلية والمراسلون.",  # a label, no source's head
        "لمراسلة الكاتب: turki@alriyadh.net",  # an address, no sentence
        "مصادر للميادين: الوضع صعب.",  # too short for a statement with no quotation marks
    ],
)
def test_no_colon_line(paragraph):
    assert quotes_of(paragraph) == []


def test_a_battalion_speaks_and_is_the_battalion_later():
    quotes = quotes_of("أعلنت كتيبة جنين أنّ مقاتليها استهدفوا الآليات.", "وأكدت الكتيبة أن جهادها مستمر.")
    assert [q.speaker for q in quotes] == ["كتيبة جنين", "كتيبة جنين"]


def test_a_participle_after_another_participles_object_is_a_statement_of_its_own():
    quotes = quotes_of(
        "وقال جدعون ليفي إن الوضع صعب.",
        'ويختتم ليفي مقاله متمنيا لممداني النجاح في تحقيق وعوده قائلا "ليته يتمكن من تحطيم الحملة".',
    )
    assert [(q.cue, q.content) for q in quotes if q.para == 2] == [
        ("متمنيا", "لممداني النجاح في تحقيق وعوده"),
        ("قائلا", "ليته يتمكن من تحطيم الحملة"),
    ]


def test_a_participle_joined_by_wa_is_a_statement_of_its_own():
    quotes = quotes_of("وقال المتحدث إن بلاده تدين الهجوم، معربا عن تعازيه ومتمنياً للجرحى الشفاء العاجل.")
    assert [(q.cue, q.content) for q in quotes] == [
        ("قال", "بلاده تدين الهجوم"),
        ("معربا", "عن تعازيه"),
        ("متمنياً", "للجرحى الشفاء العاجل"),
    ]


def test_a_content_ends_where_a_copula_opens_the_next_clause():
    quotes = quotes_of(
        "وقال بن غفير إن القانون مهم.",
        "وأعرب عن شكره لنتنياهو على دعمه، وكان بن غفير قد هدد بأنه سينسحب من الائتلاف.",
    )
    assert [(q.speaker, q.cue, q.content) for q in quotes if q.para == 2] == [
        ("بن غفير", "أعرب", "عن شكره لنتنياهو على دعمه"),
        ("بن غفير", "هدد", "سينسحب من الائتلاف"),
    ]


# The narrator's gloss after a comma (في إشارة إلى، في وقتٍ + a clause، في خطوة) ends the
# content; a time the source gives (في وقت لاحق) and a gloss inside the quotation do not.
NARRATOR_GLOSSES = [  # (sentence, content)
    (
        "وقالت صحيفة هآرتس إن الجيش يعاني من ضربة عدم الانضباط، في إشارة إلى مقاطع صورها الجنود.",
        "الجيش يعاني من ضربة عدم الانضباط",
    ),
    (
        "وأكدت الوزارة أن المخابز توقفت عن العمل، في وقتٍ يضطر فيه المواطنون لشرب المياه الملوثة.",
        "المخابز توقفت عن العمل",
    ),
    (
        "وأعلنت الحكومة أنها ستفرج عن مئة سجين، في خطوة تهدف إلى تهدئة الشارع.",
        "ستفرج عن مئة سجين",
    ),
    (
        'وقال الوزير: "لن نتراجع عن قرارنا"، في إشارةٍ واضحة إلى الضغوط الأميركية.',
        "لن نتراجع عن قرارنا",
    ),
    (  # (the preposition after the gloss is none of the verb's: أكّد على)
        "وأكّد بلينكن، أمام الصحافيين، موقف بلاده الداعم لإسرائيل، في وقتٍ تواصل هجومها، "
        "براً وبحراً، على القطاع.",
        "موقف بلاده الداعم لإسرائيل",
    ),
]
GLOSS_WORDS_OF_THE_SOURCE = [  # (sentence, content): the words go on
    (
        "وقال المتحدث إن الوفد سيصل إلى القاهرة، في وقت لاحق من اليوم.",
        "الوفد سيصل إلى القاهرة، في وقت لاحق من اليوم",
    ),
    (
        'وقال المتحدث إن "الرد سيأتي، في وقتٍ نختاره نحن".',
        "الرد سيأتي، في وقتٍ نختاره نحن",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), NARRATOR_GLOSSES + GLOSS_WORDS_OF_THE_SOURCE)
def test_the_narrators_gloss_after_a_comma_ends_the_content(sentence, content):
    assert [q.content for q in quotes_of(sentence) if q.para == 1][:1] == [content]


# «وجاء في بيان X أنّ…»: the statement's issuer speaks, its words after the complementizer or the
# colon (past the issuer's apposition); «جاء في» before no statement, or with no words of the
# statement after it, attributes nothing.
STATEMENT_ATTRIBUTIONS = [  # (sentence, speaker, content)
    (
        'وجاء في بيان وزارة الدفاع الروسية أنّ "جميع المنشورات مزيفة".',
        "وزارة الدفاع الروسية",
        "جميع المنشورات مزيفة",
    ),
    (
        'وجاء في بيان للمتحدث باسم الخارجية الصينية، تشانغ شياو قانغ: "تحثّ الصين الجانب الأميركي على الوقف".',
        "تشانغ شياو قانغ",
        "تحثّ الصين الجانب الأميركي على الوقف",
    ),
    ("وجاء في صحيفة هآرتس أنّ الجيش منهك.", "صحيفة هآرتس", "الجيش منهك"),
    # a body's page on a social network (bulk: ant-JA-localNews-1360-20160412)
    (
        'كما جاء في الصفحة الرسمية للاتحاد العام التونسي للشغل على "الفيسبوك" أن الهيئة قررت يوم غضب.',
        "الاتحاد العام التونسي للشغل",
        "الهيئة قررت يوم غضب",
    ),
    # ورد في, «stated in», alike (bulk: aj-0170, mayadeen-00011, snn-2015-07-23-0915)
    ("وورد في الوثيقة أن القوة الدولية ستكلف بتأمين الحدود.", "الوثيقة", "القوة الدولية ستكلف بتأمين الحدود"),
    (
        'ورد في تقرير أعدته مجموعة الأبحاث الأميركية "بوسطن غروب" أن الثروة تتركز.',
        'مجموعة الأبحاث الأميركية "بوسطن غروب"',
        "الثروة تتركز",
    ),
    # «on the tongue of»: the one who said it (bulk: aj-0029)
    ("وجاء على لسان المتحدث باسم الجيش أن العملية مستمرة.", "المتحدث باسم الجيش", "العملية مستمرة"),
    (
        "وورد على لسان وزير الخارجية، أيمن الصفدي، أن الأردن يرفض التهجير.",
        "أيمن الصفدي",
        "الأردن يرفض التهجير",
    ),
]
NO_STATEMENT_ATTRIBUTION = [
    "وجاء في المرتبة الثانية أن الفريق خسر.",
    "ما أبرز ما جاء فيه؟",
    "وورد في القائمة أسماء عشرين شخصا من المطلوبين.",
    "وكان اسمه قد ورد في القائمة التي نشرت أمس.",
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), STATEMENT_ATTRIBUTIONS)
def test_a_statement_attribution_gives_its_words_to_the_issuer(sentence, speaker, content):
    cue = next(c for c in ("جاء على لسان", "ورد على لسان", "ورد في", "جاء في") if c in sentence)
    assert [(q.speaker, q.cue, q.content) for q in quotes_of(sentence)] == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", NO_STATEMENT_ATTRIBUTION)
def test_jaa_fi_before_no_statement_attributes_nothing(sentence):
    assert quotes_of(sentence) == []


# An attribution opening the sentence gives it its source up to a clause another cue opens; a
# participle after it speaks for the same source; a verb right after it speaks for its own subject.
ATTRIBUTIONS_OPENING_A_SENTENCE = [
    (
        'وبحسب الموقع، يُعد العاروري "شخصية مركزية في حماس لأسباب ليس أقلها الكاريزما التي يتمتع بها"، '
        'لافتاً إلى أنّ "المسؤولين لا يقللون من شأنه".',
        [("الموقع", "بحسب"), ("الموقع", "لافتاً")],
    ),
    # must not fire: the verb after the phrase has its own subject (the outlet relays)
    ("ووفقا لصحيفة الوئام بين المصدر أن الأمن العام لن يسمح بمثل هذه الممارسات.", [("المصدر", "بين")]),
    # provinces and cities are places: no given name, a title's place before the holder's name
    ("وأفاد المندوب الجهوي للفلاحة بباجة قيس اليزيدي أن الكميات أتلفت.", [("قيس اليزيدي", "أفاد")]),
    ("وأعلنت إمارة منطقة جازان عن قلقها البالغ من إطلاق النار.", [("إمارة منطقة جازان", "أعلنت")]),
    ("وقال مدير مستشفى جنين الحكومي وسام بكر إن الوضع صعب.", [("وسام بكر", "قال")]),
    ("ووفقاً للوكالة، قال الوزير إن المعبر مغلق.", [("الوزير", "قال")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS_OPENING_A_SENTENCE)
def test_an_attribution_opening_the_sentence_speaks_until_another_cue_opens_a_clause(sentence, expected):
    assert [(q.speaker, q.cue) for q in quotes_of(sentence)] == expected


# An attribution after the comma that ends a quote's content: a statement of its own when a
# comma or فإن sets a content after it; a closing attribution only cuts the content.
ATTRIBUTIONS_AFTER_A_CONTENT = [
    (
        "وأضافت المصادر أن الحادثة وقعت في منزل سكني، وبحسب المصادر فإن المستوطنين أحرقوا منزلاً آخر.",
        [
            ("المصادر", "أضافت", "الحادثة وقعت في منزل سكني"),
            ("المصادر", "بحسب", "المستوطنين أحرقوا منزلاً آخر"),
        ],
    ),
    (
        "وقال الوزير إن المعبر مغلق، ووفقاً للهيئة العامة للمعابر، فإن الشاحنات عادت إلى العريش.",
        [
            ("الوزير", "قال", "المعبر مغلق"),
            ("الهيئة العامة للمعابر", "وفقاً", "الشاحنات عادت إلى العريش"),
        ],
    ),
    # its main clause opened by ف on a pronoun or a definite noun, as by فإنّ
    (
        "وأكد المسؤولون المصريون أنه قام بسلسلة من الهجمات، وحسب المصادر الغربية، فهو كان من جماعة مسلحة.",
        [
            ("المسؤولون المصريون", "أكد", "قام بسلسلة من الهجمات"),
            ("المصادر الغربية", "حسب", "فهو كان من جماعة مسلحة"),
        ],
    ),
    (
        "وأضافت المصادر أن الحادثة وقعت في منزل، وحسب المصادر الغربية، فالمستوطنون أحرقوا المنزل.",
        [
            ("المصادر", "أضافت", "الحادثة وقعت في منزل"),
            ("المصادر الغربية", "حسب", "فالمستوطنون أحرقوا المنزل"),
        ],
    ),
    # must not fire: the ف that answers أما, the attribution set off inside its sentence
    (
        'أما العامل الثالث، بحسب "بلومبرغ"، فهو "نفور أميركا من التصعيد".',
        [('"بلومبرغ"', "بحسب", 'أما العامل الثالث، بحسب "بلومبرغ"، فهو "نفور أميركا من التصعيد"')],
    ),
    # must not fire: the attribution only closes its sentence (its ل glued or not), or stands
    # inside the content (after إنّه)
    (
        "وقال الوزير إن المعبر مغلق، وفقاً للهيئة العامة للمعابر.",
        [("الوزير", "قال", "المعبر مغلق")],
    ),
    (
        'وقالت وسائل إعلام إسرائيلية إنّه، وفقاً لبيانات شركة "كراود"، فإنّ 95 ألف متظاهر شاركوا في التظاهرة.',
        [
            (
                "وسائل إعلام إسرائيلية",
                "قالت",
                'وفقاً لبيانات شركة "كراود"، فإنّ 95 ألف متظاهر شاركوا في التظاهرة',
            )
        ],
    ),
    (
        "وطالب المحتجون بفتح تحقيق في الواقعة، وفق ما أفاد به مراسل الجوهرة أف أم في سليانة.",
        [("المحتجون", "طالب", "بفتح تحقيق في الواقعة")],
    ),
    (
        "وأوضح أن المخيم قريب من الحدود، بحسب تصريحات لوكالة الأنباء الرسمية.",
        [("محمد مصطفى", "أوضح", "المخيم قريب من الحدود")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS_AFTER_A_CONTENT)
def test_an_attribution_after_a_content_opens_a_statement_only_with_a_content_of_its_own(sentence, expected):
    quotes = quotes_of("قال رئيس الوزراء محمد مصطفى إن الوضع صعب.", sentence)
    assert [(q.speaker, q.cue, q.content) for q in quotes if q.para == 2] == expected


def test_an_attribution_followed_by_fa_inna_opens_its_content_at_fa_inna():
    quotes = quotes_of("وبحسب المصادر فإن المستوطنين أحرقوا منزلاً، ثم غادروا البلدة.")
    assert [(q.speaker, q.content) for q in quotes] == [
        ("المصادر", "المستوطنين أحرقوا منزلاً، ثم غادروا البلدة")
    ]


PARTICIPLES_INSIDE_A_CONTENT = [
    # و before an adverb of a participle's shape
    "وقال الوزير إن الأسطول سيبحر ومجدداً سيحاول الوصول إلى غزة.",
    # an adverb or adjective of a participle's shape
    "وقال الوزير إن الأسطول كان يستعد للإبحار مجدداً، ولكنه توقف بسبب الطقس.",
    "وأعلن الوزير أن الشرطة اعتقلت 590 شخصاً متهمين بالارتباط بتنظيم إرهابي.",
    # nested speech: the participle belongs to the content's own verb
    "وأشارت إلى أن وزير الدفاع أعلن فرض حصار كامل على غزة قائلا إن إسرائيل تحارب.",
]


@pytest.mark.parametrize("sentence", PARTICIPLES_INSIDE_A_CONTENT)
def test_a_participle_inside_a_content_stays_in_it(sentence):
    assert len([q for q in quotes_of(sentence) if q.para == 1]) == 1


# «إنّه/أنّه» opening a cue's content, then a verb of speech: the speech is nested in that content
# (the guideline: one line, the outer cue's), not a clause of its own that takes the content away.
NESTED_AFTER_COMPLEMENTIZER_AND_PRONOUN = [
    (
        'بدوره، قال ماكرون إنّه أبلغ الرئيس الإيراني بـ"ضرورة وقف دائرة الانتقام".',
        ("ماكرون", "قال", 'أبلغ الرئيس الإيراني بـ"ضرورة وقف دائرة الانتقام"'),
    ),
    (
        "وأضاف فوسيتش، عبر تطبيق إنستغرام، أنّه أكّد لبلينكن أنّ الاستقالة لها أهمية.",
        ("فوسيتش", "أضاف", "أكّد لبلينكن أنّ الاستقالة لها أهمية"),
    ),
    (
        "ومؤخراً، قال الرئيس الأميركي جو بايدن، إنّه يتوقع لقاء نظيره الصيني هذا العام.",
        ("جو بايدن", "قال", "يتوقع لقاء نظيره الصيني هذا العام"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NESTED_AFTER_COMPLEMENTIZER_AND_PRONOUN)
def test_speech_after_anna_with_a_pronoun_is_nested_in_the_content_it_opens(sentence, expected):
    assert [(q.speaker, q.cue, q.content) for q in quotes_of(sentence)] == [expected]


def test_bare_abr_is_the_verb_only_with_an_near_and_via_leaves_the_statement_to_its_cue():
    quotes = quotes_of("وعبّر وزير الخارجية أنتوني بلينكن عن قلقه.")
    assert [(q.speaker, q.cue, q.content) for q in quotes] == [("أنتوني بلينكن", "عبّر", "عن قلقه")]
    quotes = quotes_of("وقال ريتر، في مقابلة، عبر قناته في يوتيوب، إن الأمر يزداد سوءاً.")
    assert [(q.speaker, q.cue, q.content) for q in quotes] == [("ريتر", "قال", "الأمر يزداد سوءاً")]


# Bare عبر before a medium, even with عن after it: «via», the medium no subject (bulk:
# snn-2015-07-22-0843 «في مداخلة عبر إذاعة mix fm عن خطأه وقال:…»).
VIA_A_MEDIUM = [  # (sentence, [(cue, speaker)])
    ("واعترف اللاعب في مداخلة عبر إذاعة محلية عن خطأه وقال: أنا أخطأت.", [("قال", "اللاعب")]),
    ("وقال ريتر عبر قناته في يوتيوب إن الأمر يزداد سوءاً.", [("قال", "ريتر")]),
    ("وأعلن الفنان عبر إنستغرام مشاركته في الرحلة الخارجة عن المألوف.", [("أعلن", "الفنان")]),
    ("وأعلن الوزير عبر حسابه في تويتر عن إطلاق المبادرة.", [("أعلن", "الوزير")]),
    ("وأعلن الوزير عبر حسابه في تويتر إطلاق المبادرة.", [("أعلن", "الوزير")]),
    ("وأعرب المدرب عبر «عكاظ» عن عظيم شكره.", [("أعرب", "المدرب")]),
    # must not: the verb عبّر whose subject is a person or a body
    ("عبر الرئيس عن أمله في السلام.", [("عبر", "الرئيس")]),
    ("وعبر مجلس الأمن عن قلقه من التصعيد.", [("عبر", "مجلس الأمن")]),
]

# What the verb reports starts past the medium it spoke through (bulk: snn-2015-07-21-1119,
# mayadeen-03268).
CONTENTS_PAST_A_MEDIUM = [  # (sentence, content)
    ("وأعلنت الإمارة عبر حسابها على «تويتر» ضبط أحد المتورطين.", "ضبط أحد المتورطين"),
    ('وقالت القوات البرية عبر تطبيق "تيلغرام" إنّ قائدها استمع إلى الجنود.', "قائدها استمع إلى الجنود"),
    ('وأعلنت القوات عبر تطبيق "تيلغرام" "استعادة السيطرة على القرية".', "استعادة السيطرة على القرية"),
    ("وأعرب المدرب عبر «عكاظ» عن عظيم شكره.", "عن عظيم شكره"),
    # the medium's adjective and owner; a network after في or على (bulk: snn-2015-07-21-1108,
    # mayadeen-04732, ant-JA-localNews-4449-20170606)
    ("أكدت وزارة الصحة عبر موقعها الإلكتروني عدم تسجيل أي حالات.", "عدم تسجيل أي حالات"),
    ("أكد الوزير في بيان على الموقع الرسمي للوزارة ضرورة التهدئة.", "ضرورة التهدئة"),
    ('وأدان رئيس الحكومة، اليوم الخميس، في حسابه في "تويتر" إحراق نسخة من المصحف.', "إحراق نسخة من المصحف"),
    ("وأكد المدير في مداخلة له على الجوهرة صباح اليوم إنهاء جميع الاستعدادات.", "إنهاء جميع الاستعدادات"),
    # must not: a time up to its comma stays one phrase (mayadeen-00537)
    ("كما أعلنت القوات المسلحة، الأحد 4 آب/أغسطس الجاري، إسقاط طائرة مسيرة.", "إسقاط طائرة مسيرة"),
]


@pytest.mark.parametrize(("sentence", "expected"), VIA_A_MEDIUM)
def test_bare_abr_before_a_medium_is_via(sentence, expected):
    assert [(q.cue, q.speaker) for q in quotes_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "content"), CONTENTS_PAST_A_MEDIUM)
def test_the_content_starts_past_the_medium_spoken_through(sentence, content):
    assert [q.content for q in quotes_of(sentence)] == [content]


# An attribution closing the sentence on words no reader knows names someone the article may never
# have introduced; not a noun with a pronoun (حسب تعبيرهم: the sentence's own source).
CLOSING_NAMES = [
    (
        "وتحمل العلاقات بين الولايات المتحدة وفيتنام أهمية كبيرة لواشنطن، بحسب فيونغ.",
        [("فيونغ", "بحسب")],
    ),
    ("وتحمل العلاقات أهمية كبيرة، بحسب نغوين فيونغ.", [("نغوين فيونغ", "بحسب")]),
    ("وقال الوزير إن الأزمة تتفاقم، حسب تعبيرهم.", [("الوزير", "قال")]),
    ("وارتفعت الأسعار بحسب التقديرات.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CLOSING_NAMES)
def test_an_attribution_closing_the_sentence_on_unknown_words_names_its_source(sentence, expected):
    assert [(q.speaker, q.cue) for q in quotes_of(sentence)] == expected


# The saying a relay verb takes (نقلت… عن X، قوله إن…) opens no clause after a comma: the relay's
# statement goes on through it, spoken by X; a state's name of two words is no man's name.
RELAYED_SAYINGS = [
    ("ونقلت وكالة رويترز عن مسؤول أمريكي، قوله إن الهجوم وشيك.", ("مسؤول أمريكي", "الهجوم وشيك")),
    (
        "ونقلت وكالة فرانس برس عن وزير الطاقة في بوركينا فاسو، ياكوبا زابري جوبا، قوله إن الوفد جاء.",
        ("ياكوبا زابري جوبا", "الوفد جاء"),
    ),
    (
        "ونقلت وكالة فرانس برس عن وزير الخارجية في سري لانكا قوله إن الوفد جاء.",
        ("وزير الخارجية في سري لانكا", "الوفد جاء"),
    ),
    # the passive (or a verb with no subject of its own) names the source itself
    ("ونُقل عن الوزير يوسي كوهين قوله إن الاتفاق قريب.", ("يوسي كوهين", "الاتفاق قريب")),
    ("ونقل عن مصادر مطلعة أن الاتفاق قريب.", ("مصادر مطلعة", "الاتفاق قريب")),
]


@pytest.mark.parametrize(("sentence", "expected"), RELAYED_SAYINGS)
def test_a_relayed_saying_after_a_comma_continues_the_relay(sentence, expected):
    assert [(q.speaker, q.content) for q in quotes_of(sentence)] == [expected]


# A relay's «عنه» (before or after the medium) is the one quoted before, by the pronoun's
# number and gender; other verbs' «عنه» is what they speak of, before their subject.
PRONOUNS_OF_A_RELAY = [  # (paragraphs, speakers)
    (
        ["وقال نازحون من الشمال إن الوضع صعب.", "ونقل الموقع عنهم قولهم إن الحكومة تخلت عنهم."],
        ["نازحون من الشمال", "نازحون من الشمال"],
    ),
    (
        ["وقالت الوزيرة إن الوضع صعب.", "ونقلت عنها الصحيفة قولها إن الحرب ستنتهي قريباً."],
        ["الوزيرة", "الوزيرة"],
    ),
    (["ويقول عنهم جون كوتر إن معظم الناس لا يسيطرون على حياتهم."], ["جون كوتر"]),
    # must not: عنه is what أعلن reports, no subject of another before it
    (["وهي الخطة التي أعلن عنه حسن نصر الله لأول مرة في شباط 2011."], []),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), PRONOUNS_OF_A_RELAY)
def test_a_relays_pronoun_is_the_source_quoted_before(paragraphs, speakers):
    article = make_article("t", "\n".join(paragraphs), title="عنوان")
    assert [q.speaker for q in extract_quotes(article)] == speakers


# The topic أمّا sets before a verb joined by ف is its subject when the verb has none after it; not
# when the verb has its own, nor when another source is said to report the sentence.
TOPICS_BEFORE_FA = [
    (
        "أما المتطوع محمود زعتر، فيرى أن التحدي الأكبر ليس في تنظيم الفعاليات.",
        [("محمود زعتر", "يرى")],
    ),
    ("أما وزارة الصحة، فأكدت أن عدد الشهداء ارتفع.", [("وزارة الصحة", "أكدت")]),
    # the verb's own preposition after it: no subject of its own
    (
        'أما صحيفة "التلغراف" البريطانية، فأشارت إلى أن تركيا رفضت العقوبات.',
        [('صحيفة "التلغراف" البريطانية', "أشارت")],
    ),
    (
        "أما في غزة، فأكد المتحدث باسم الدفاع المدني أن القصف مستمر.",
        [("المتحدث باسم الدفاع المدني", "أكد")],
    ),
    ("ولديه 150 حفيدا، أما أولاده فيقول إنه لن يعدهم.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TOPICS_BEFORE_FA)
def test_the_topic_of_amma_speaks_for_the_verb_with_fa_after_it(sentence, expected):
    assert [(q.speaker, q.cue) for q in quotes_of(sentence)] == expected


def test_a_topic_whose_sentence_another_source_reports_is_not_the_speaker():
    quotes = quotes_of(
        "وقال السيد الحوثي إن العمليات مستمرة.",
        'أما الإعلام البريطاني، فعبّر عن "اندهاشه من قدرة المسيّرة"، بحسب ما ذكره السيد الحوثي.',
    )
    assert {q.speaker for q in quotes} == {"السيد الحوثي"}


def test_the_content_opens_at_the_verbs_preposition_after_a_name_and_its_title():
    quotes = quotes_of("طالب مسعود البارزاني رئيس إقليم كردستان العراق بوقف القصف الجوي التركي.")
    assert [(q.speaker, q.content) for q in quotes] == [("مسعود البارزاني", "بوقف القصف الجوي التركي")]


@pytest.mark.parametrize(
    "sentence",
    [
        "أخذ نتنياهو ووزراؤه يتحدثون بشكل مكشوف عن تجاوز الاتفاق.",
        "وقال المسؤول إن الحرب مستمرة. وأكد بصورة قاطعة أن الاتفاق فشل.",
    ],
)
def test_a_manner_adverbial_after_the_verb_is_no_subject(sentence):
    assert all(not q.speaker.startswith(("بشكل", "بصورة")) for q in quotes_of(sentence))


# Wire stories set a time between the verb and its subject, or between an attribution's verb
# and its source: neither is the source, and the source after them speaks.
TIMES_BEFORE_THE_SOURCE = [
    (
        "كشف اليوم الجمعة وزير الوظيفة العمومية عبيد البريكي عن وثائق لأموال لم يتم استخلاصها.",
        "عبيد البريكي",  # (a given name that is a word too, and the family's nisba)
    ),
    ("وقال مساء أمس الناطق باسم الحكومة إن القرار نهائي.", "الناطق باسم الحكومة"),
    (
        "وتمكنت مصالح الأمن من الإطاحة بعصابة، وذلك وفق ما أفاد به، اليوم الأربعاء، مصدر أمني.",
        "مصدر أمني",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), TIMES_BEFORE_THE_SOURCE)
def test_a_time_before_the_source_is_read_past(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_an_attribution_with_amma_and_its_verb_names_the_source():
    quotes = quotes_of("وهوت الطائرة لسبب غير معروف، نقلاً عمّا ذكرته صحيفة الغارديان.")
    assert [(q.speaker, q.cue) for q in quotes] == [("صحيفة الغارديان", "نقلاً عمّا")]


def test_a_relative_clause_whose_quotation_is_a_name_stays_in_the_content():
    quotes = quotes_of(
        'وأوضح سلام أنّ الإجراءات المؤقتة التي أقرّتها "العدل الدولية"، في آذار الماضي، لا تستجيب للتطورات.'
    )
    assert [q.content for q in quotes] == [
        'الإجراءات المؤقتة التي أقرّتها "العدل الدولية"، في آذار الماضي، لا تستجيب للتطورات'
    ]


# Must not fire: the pronoun subject opening a clause of its own (no cue before it in the sentence)
# still gives the verb its own statement.
OWN_CLAUSE_AFTER_A_PRONOUN = [
    (
        "وقال الوزير إن الحكومة ستعمل على ذلك، لكنه أكد أن الأمر صعب.",
        [("قال", "الحكومة ستعمل على ذلك"), ("أكد", "الأمر صعب")],
    ),
    (
        "وقال الوزير إن الحكومة ستعمل على ذلك. بدوره أكد أن الأمر صعب.",
        [("قال", "الحكومة ستعمل على ذلك"), ("أكد", "الأمر صعب")],
    ),
    # a participle after a content of two words: no predicate of its subject (accusative)
    (
        "وقال الوزير إن القرار صائب، مضيفا أن الوضع صعب.",
        [("قال", "القرار صائب"), ("مضيفا", "الوضع صعب")],
    ),
    # «إلا أنّه»، «غير أنّه» after a comma: «but he», as «لكنه»
    (
        "وقال الوزير إن الحل ممكن، إلا أنه شدد على ضرورة الحذر.",
        [("قال", "الحل ممكن"), ("شدد", "على ضرورة الحذر")],
    ),
    (
        "وقالت الوزارة إن الحل ممكن، غير أنها حذرت من التسرع.",
        [("قالت", "الحل ممكن"), ("حذرت", "من التسرع")],
    ),
    # (must not: no verb of saying after it — the words go on)
    (
        "وقال الوزير إن الحكومة وافقت، إلا أنها لم تنفذ القرار.",
        [("قال", "الحكومة وافقت، إلا أنها لم تنفذ القرار")],
    ),
    # a reason given after «ذلك», the verb's object (معللاً ذلك بـ…، مبرراً ذلك بأنّ…)
    (
        "وقالت الوزيرة إن القرار صائب، معللة ذلك بحرمان المرأة من الفرص.",
        [("قالت", "القرار صائب"), ("معللة", "بحرمان المرأة من الفرص")],
    ),
    (
        "وقال الوزير إن الحكومة لن تتراجع، مبررا ذلك بأن الظروف تغيرت.",
        [("قال", "الحكومة لن تتراجع"), ("مبررا", "الظروف تغيرت")],
    ),
    # (must not: «مبرر» a justification, «غير مبررة» unjustified)
    (
        "وقال الوزير إن الإجراءات غير مبررة، ولا يجد مبررا لها.",
        [("قال", "الإجراءات غير مبررة، ولا يجد مبررا لها")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), OWN_CLAUSE_AFTER_A_PRONOUN)
def test_a_pronoun_subject_opening_its_own_clause_keeps_its_statement(sentence, expected):
    assert [(q.cue, q.content) for q in quotes_of(sentence)] == expected


def test_linked_titles_in_a_read_also_box_are_their_speakers_and_not_continued():
    quotes = quotes_of(
        "قال الوزير إن الوضع صعب.",
        'اقرأ أيضا list of 2 items list 1 of 2 "قطر للتنمية" يوقّع منحة لمستشفى list 2 of 2 '
        "الأمم المتحدة: ملايين اللاجئين يواجهون شتاء قارسا end of list وأضاف أن الحل قريب.",
    )
    assert [(q.para, q.speaker, q.cue, q.content) for q in quotes] == [
        (1, "الوزير", "قال", "الوضع صعب"),
        (2, "الأمم المتحدة", ":", "ملايين اللاجئين يواجهون شتاء قارسا"),
        (2, "الوزير", "أضاف", "الحل قريب"),
    ]


def test_no_cue_is_read_in_a_read_also_box_and_the_body_after_it_is_a_sentence():
    quotes = quotes_of(
        "قال الكاتب دورون ماينرت إن الجيش تغير.",
        "اقرأ أيضا list of 2 items list 1 of 2 هآرتس: إسرائيل تواجه عاما جديدا من اليأس list 2 of 2 "
        "صحف عالمية: الاعتراف اللفظي بلا أثر ولن يفيد الفلسطينيين end of list ويوضح الكاتب أن اقتلاع "
        "الأشجار لم يكن عملا عابرا.",
    )
    assert [(q.para, q.cue, q.content) for q in quotes if q.cue != ":"] == [
        (1, "قال", "الجيش تغير"),
        (2, "يوضح", "اقتلاع الأشجار لم يكن عملا عابرا"),
    ]


def test_a_claim_of_an_attack_is_reported_and_an_adopted_policy_is_not():
    """تبنّى reports a claim of responsibility (its object an attack); adopting a policy or a
    belief reports nothing (NO_QUOTE)."""
    quotes = quotes_of("وتبنّت سرايا القدس قصف مستوطنة سديروت بالصواريخ.")
    assert [(q.speaker, q.cue, q.content) for q in quotes] == [
        ("سرايا القدس", "تبنّت", "قصف مستوطنة سديروت بالصواريخ")
    ]


QUOTATIONS_THAT_END_THEIR_SENTENCE = [
    # (paragraph, [(speaker, cue, kind, content)]): wire copy ends a quotation with its own full
    # stop («…لديه." وأضاف "…»): the sentence ends there, and a cue opening the next one with و
    # reports the next quotation (it had run on to the next sentence, or been lost)
    (
        'وقال مورينيو للصحفيين "نمتلك تشكيلة كاملة ومتوازنة واللاعبون سعداء هنا." وأضاف "نحن '
        'بحاجة لكل اللاعبين هذا الموسم."',
        [
            ("مورينيو", "قال", "direct", "نمتلك تشكيلة كاملة ومتوازنة واللاعبون سعداء هنا"),
            ("مورينيو", "أضاف", "direct", "نحن بحاجة لكل اللاعبين هذا الموسم"),
        ],
    ),
    (
        'وكتب سواريز على تويتر "لا يوجد أصعب من وداع المكان الذي تحبه." وأضاف "كان قرارا في '
        'غاية الصعوبة لكني أشعر بأن الوقت حان." ونشأ سواريز في مدريد.',
        [
            ("سواريز", "كتب", "direct", "لا يوجد أصعب من وداع المكان الذي تحبه"),
            ("سواريز", "أضاف", "direct", "كان قرارا في غاية الصعوبة لكني أشعر بأن الوقت حان"),
        ],
    ),
]

QUOTATIONS_RUNNING_ON = [
    # (paragraphs, [(paragraph, speaker)]): a quotation left open at a paragraph's end runs on
    # through the next paragraphs when it closes in one of them or the next opens with a mark;
    # a paragraph after «فقال:» holds the words; one whose closing mark the scraper dropped
    # does not take in the narration after it (bulk: snn-2015-07-22-1828 «وفي السياق تحفظت…»،
    # mayadeen-07193, aj-0118 «فقال:» then the words in marks)
    (
        ['وقال الوزير محمد مصطفى: "الوضع صعب جدا في القطاع', 'ونحن نعمل على إدخال المساعدات كل يوم".'],
        [(1, "محمد مصطفى"), (2, "محمد مصطفى")],
    ),
    (
        [
            "وقبل مقتله، أوضح الصحفي أنس الشريف سبب بقائه في الشمال. فقال:",
            "من الواضح أن الاحتلال لا يريد للصورة أن تخرج.",
        ],
        [(1, "أنس الشريف"), (2, "أنس الشريف")],
    ),
    # must not: no closing mark ahead, the narration goes on
    (
        [
            'وقال الوزير محمد مصطفى: "الوضع صعب جدا في القطاع',
            "وفي السياق تحفظت السلطات الأمنية على شحنة أدوية في المطار.",
        ],
        [(1, "محمد مصطفى")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), QUOTATIONS_RUNNING_ON)
def test_a_quotation_runs_on_only_to_where_it_closes(paragraphs, expected):
    assert [(q.para, q.speaker) for q in quotes_of(*paragraphs)] == expected


QUOTATIONS_OF_STRAIGHT_MARKS = [
    # (text, the quoted texts): the paragraph's first straight mark set off with a space on the
    # wrong side opens when the next one closes too and all pair (bulk: ant-JA-internationalNews-796
    # «وقال" أنتِ لا تمثلين…»، snn-2015-07-25-0744 «وقال :" إنه…»، mayadeen-02238 «شبكة" سي بي أس
    # نيوز"»)
    (
        'وقال" أنتِ لا تمثلين الديمقراطية.. ولم أنتظر أي شيء منك"، معتبرا.',
        ["أنتِ لا تمثلين الديمقراطية.. ولم أنتظر أي شيء منك"],
    ),
    ('خلال لقاء مع شبكة" سي بي أس نيوز" الأميركية إنّ "المدير لم يجب".', ["سي بي أس نيوز", "المدير لم يجب"]),
    # must not: a lone closer ends a quotation from an earlier paragraph; so does one before an
    # opener, or one of an odd number of marks (its opener lost)
    ('الحرب انتهت". وأضاف أن الحل قريب.', ["الحرب انتهت"]),
    ('الحرب انتهت". وأضاف "نحن هنا".', ["الحرب انتهت", "نحن هنا"]),
    (
        'في شهر جويلية المقبل". وقال المدير "الطائرة جاهزة" و"آمنة".',
        ["في شهر جويلية المقبل", "الطائرة جاهزة", "آمنة"],
    ),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTATIONS_OF_STRAIGHT_MARKS)
def test_straight_marks_pair_into_quotations(text, quoted):
    assert [text[max(span.open + 1, 0) : span.close].strip() for span in quote_spans(text)] == quoted


SENTENCES_AROUND_A_QUOTATIONS_FULL_STOP = [
    # (text, sentences): the quotation's last full stop ends its sentence before و or ف
    (
        'وقال الوزير "الوضع صعب جدا." وأضاف أن الحل قريب.',
        ['وقال الوزير "الوضع صعب جدا."', "وأضاف أن الحل قريب."],
    ),
    # must not: a full stop inside the quotation before more of it; before a cue that reports
    # the words before it
    ('وقال الوزير "الوضع صعب. لكننا سنصمد." ثم غادر.', ['وقال الوزير "الوضع صعب. لكننا سنصمد." ثم غادر.']),
    ('"الوضع صعب جدا." قال الوزير.', ['"الوضع صعب جدا." قال الوزير.']),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES_AROUND_A_QUOTATIONS_FULL_STOP)
def test_a_quotations_last_full_stop_ends_the_sentence_before_a_conjunction(text, expected):
    assert [text[start:end].strip() for start, end in sentences(text, quote_spans(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the engineer's م. after a word is a title, no sentence's end (bulk: SaudiNewsNet)
        ("وقال م. عبدالعزيز السلمان إن المشروع اكتمل.", ["وقال م. عبدالعزيز السلمان إن المشروع اكتمل."]),
        # must not: a year's «AD» ends its sentence
        (
            "افتتح المشروع عام 2015 م. وقال الوزير إن الأمر انتهى.",
            ["افتتح المشروع عام 2015 م.", "وقال الوزير إن الأمر انتهى."],
        ),
    ],
)
def test_the_engineers_abbreviation_ends_no_sentence(text, expected):
    assert [text[start:end].strip() for start, end in sentences(text, quote_spans(text))] == expected


@pytest.mark.parametrize(("paragraph", "expected"), QUOTATIONS_THAT_END_THEIR_SENTENCE)
def test_a_quotation_that_ends_with_its_full_stop_ends_its_sentence(paragraph, expected):
    assert [(q.speaker, q.cue, q.kind, q.content) for q in quotes_of(paragraph)] == expected


def test_a_title_whose_phrase_ran_into_the_verbs_preposition_speaks_through_the_participle():
    """استغرب رئيس الاتفاق المكلف | من عدم سفر اللاعب، مشيراً…: the verb no cue holds takes
    من, which ends its subject; the participle speaks for that title."""
    found = quotes_of("أمام ذلك، استغرب رئيس الاتفاق المكلف من عدم سفر اللاعب، مشيرا إلى أنه لاعب محترف.")
    assert [(q.speaker, q.cue, q.content) for q in found] == [("رئيس الاتفاق المكلف", "مشيرا", "لاعب محترف")]


STATEMENTS_AND_COMMENTS = [
    # (sentence, speaker, cue, content)
    # a statement before its verb, the way Al Mayadeen's summaries open: its issuer speaks, or
    # the study itself when none is named
    (
        "تقرير لوزارة الدفاع الأميركية يكشف أنّ نسبة الجاهزية تبلغ 50% فقط.",
        "وزارة الدفاع الأميركية",
        "يكشف",
        "نسبة الجاهزية تبلغ 50% فقط",
    ),
    (
        "دراسة جديدة تكشف أنّ الصناعة الألمانية ستدفع أكثر.",
        "دراسة جديدة",
        "تكشف",
        "الصناعة الألمانية ستدفع أكثر",
    ),
    # an issuer no lexicon knows, named in quotation marks after the verb that issued it
    (
        'كشفت دراسة أجرتها "أليانز تريد" أنّ الصناعة الألمانية ستدفع أكثر مقابل الطاقة.',
        "أليانز تريد",
        "كشفت",
        "الصناعة الألمانية ستدفع أكثر مقابل الطاقة",
    ),
    # عقّب «commented», but for its bare form («after»), with أنّ, a colon or a quotation near
    (
        'وعقّبت القناة 12 بأنّ "حماس لم تُقوّض، بل على العكس، فهي السلطة الحصرية".',
        "القناة 12",
        "عقّبت",
        "حماس لم تُقوّض، بل على العكس، فهي السلطة الحصرية",
    ),
    (
        "وحذّر الوزير من الاعتداء على اليمن، معقّباً أنّ اليمن سيرد بقوة.",
        "الوزير",
        "معقّباً",
        "اليمن سيرد بقوة",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), STATEMENTS_AND_COMMENTS)
def test_statements_speak_for_their_issuers_and_comments_are_cues(sentence, speaker, cue, content):
    assert (speaker, cue, content) in [(q.speaker, q.cue, q.content) for q in quotes_of(sentence)]


def test_also_before_the_first_verb_keeps_its_subject_for_a_later_verb():
    """كما علّق X على…، في بيان أكد فيه…: the sentence's subject after «as well» speaks."""
    found = quotes_of(
        'كما علق مفتي سلطنة عمان الشيخ أحمد الخليلي على عملية "طوفان الأقصى" في بيان أكد فيه على '
        'حق الفلسطينيين في الدفاع عن حقوقهم، مضيفا "نسأل الله النصر العزيز والفتح المبين".'
    )
    assert [(q.speaker, q.cue) for q in found] == [("أحمد الخليلي", "أكد"), ("أحمد الخليلي", "مضيفا")]


def test_a_long_occasion_before_the_first_verb_still_gives_the_participle_its_subject():
    found = quotes_of(
        "وفي واحدة من إطلالاته النادرة المرتبطة بأحداث كبرى، ظهر محمد الضيف في تسجيل صوتي "
        "للإعلان عن العملية، كاشفا أن المقاومة أطلقت 5 آلاف صاروخ."
    )
    assert [(q.speaker, q.cue) for q in found] == [("محمد الضيف", "كاشفا")]


NARRATION_AFTER_A_PREPOSITIONAL_CONTENT = [
    # (sentence, content): a verb's prepositional content ends where a comma, a verb with no
    # conjunction and a title as its subject begin the narration again; an أنّ-clause may open
    # with an adverbial and its comma before its own verb
    (
        "ففي حين دعت روسيا الجانبين لضبط النفس، سارع الرئيس الأوكراني فولوديمير زيلينسكي لدعم إسرائيل.",
        "لضبط النفس",
    ),
    (
        "وأكد المصدر أنه منذ صباح اليوم، أطلقت المقاومة رشقات صاروخية.",
        "منذ صباح اليوم، أطلقت المقاومة رشقات صاروخية",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), NARRATION_AFTER_A_PREPOSITIONAL_CONTENT)
def test_a_prepositional_content_ends_where_the_narration_goes_on(sentence, content):
    assert [q.content for q in quotes_of(sentence)][:1] == [content]


PRONOUN_ATTRIBUTIONS = [
    # (paragraphs, [(para, speaker, cue, content)]): an attribution to a pronoun opening its
    # sentence is the source quoted last that the pronoun agrees with
    (
        (
            "وقال المحلل العسكري عاموس هرئيل إن الوضع صعب.",
            'ووفقاً له، فإنّ "الحرب في قطاع غزة انتهت منذ 3 أشهر".',
        ),
        [(2, "عاموس هرئيل", "وفقاً له", "الحرب في قطاع غزة انتهت منذ 3 أشهر")],
    ),
    (
        ("وقالت الوزيرة ليلى العلي إن الوضع صعب.", "وبحسبها، فإن الحرب انتهت منذ أشهر."),
        [(2, "ليلى العلي", "بحسبها", "الحرب انتهت منذ أشهر")],
    ),
    # must not: a pronoun of another gender than the source quoted last
    (("وقالت الوزيرة ليلى العلي إن الوضع صعب.", "ووفقا له، فإن الحرب انتهت منذ أشهر."), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PRONOUN_ATTRIBUTIONS)
def test_an_attribution_to_a_pronoun_is_the_source_quoted_last(paragraphs, expected):
    found = [(q.para, q.speaker, q.cue, q.content) for q in quotes_of(*paragraphs) if q.para == 2]
    assert found == expected


def test_an_outlet_in_brackets_after_lam_is_spoken_to_and_the_title_after_it_speaks():
    found = quotes_of("وأوضح لـ(عكاظ) المتحدث الإعلامي للجامعة الدكتور محمد الثبيتي أن الجامعة قبلت الطالبة.")
    assert [(q.speaker, q.addressee, q.content) for q in found] == [
        ("محمد الثبيتي", "عكاظ", "الجامعة قبلت الطالبة")
    ]


NO_QUOTE = [
    # ذهب «went»; a point of view inside a sentence (bulk mayadeen-00453 «من وجهة نظر الطفل»)
    "وذهب الوزير إلى القاهرة حيث التقى نظيره المصري.",
    # (telling, chanting, asking with no words of theirs near: a story told, slogans, a question
    # about; nor the writer's «we»)
    "ويحكي الفيلم قصة عائلة فلسطينية هجرت من قريتها.",
    "وردد المتظاهرون هتافات غاضبة أمام السفارة.",
    "وسأل الصحفي الوزير عن خطط الحكومة للعام المقبل.",
    "وأخبر الطبيب المريض بموعد العملية.",
    "ونردد ما اعتدنا أن نردده عند كل مصيبة.",
    "ويذهبون معنا إلى نفس المدارس ويجدون أن إخوانهم أصبحوا غرباء.",
    # جدداً «new», no verb «the two renewed» (bulk snn-2015-08-09-0090)
    "وفي الأثناء اختار الرئيس رئيسا للوزراء وأن سفراء جددا جاءوا وذهب آخرون.",
    "أظهر الفيلم العلاقة بين الأم والابن، من وجهة نظر الطفل، بطريقة خفية.",
    # أمراً «an order» the king issued, no verb «the two ordered» (bulk snn-2015-07-22-1365)
    "وأصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمرا ملكيا بتعيين 100 قاض.",
    # a short quotation inside running text is a name or a term, before a cue whose content
    # follows its subject or not
    'ووصف الحصار بأنه "جريمة"، قال الوزير في مؤتمر صحفي عقده أمس.',
    # «opinion» written with ي after «poll» (استطلاع رأي), not the verb رأى; a statement's noun
    # alone before a verb, as often a scraper's label
    "استطلاع رأي نشرته صحيفة معاريف يظهر أنّ الحزب لا يزال القوة الأولى.",
    "إعلان تشير البيانات إلى أن الأسعار ارتفعت.",
    # عقب «after», and يعقب «follows»
    "وعقب الاجتماع انتهت الجلسة بأن رفعت الأعلام.",
    # حمل «carried», محمّلة «loaded» (and «held responsible», no verb of saying here: as a cue it
    # took the quotes of other verbs near it)
    "ووصلت شاحنات محملة بالمساعدات إلى غزة.",
    "وحمل الجنود المصابين إلى المستشفى.",
    "وكانت الزوارق العشرة تقل 34 حوثيا ومحملة بالعتاد العسكري الثقيل.",
    # زاد «increased», with no أنّ near, or only a second clause's وأنّ
    "وزاد عدد القتلى إلى 50 شخصا.",
    "وزادت مخزونات البنزين مليون برميل وأن الأسعار انخفضت.",
    # the bare noun شرح «explanation», the writer's «we explain»
    "وفي شرح مفصل للخطة، عرضت الوزارة خرائط المشروع.",
    "ونحن هنا نشرح أن الدفاع والأمن تغيرا كثيرا.",
    "ودخلت الشاحنات عبر معبر رفح عن طريق مصر.",  # عَبْر "via", then عن طريق: no speech
    # bare عبر without عن near it: "via", "across" (never the verb عبّر)
    "وعبرت 8 منها الخط الوسطي لمضيق تايوان.",
    "والعمل لتسوية في سوريا عبر عملية انتقال سياسي على قاعدة أن الأسد فقد شرعيته.",
    "وتبنّت الحكومة سياسة جديدة للإسكان.",  # adopted, not claimed
    "وتتبنى الجماعة أن الجهاد فرض عين على كل الليبيين.",
    'وشنّت "إسرائيل" غارات على مدينة رفح جنوبي قطاع غزة.',
    "وأطلقت كتائب القسام عملية “طوفان الأقصى” صباح السبت.",
    "ووصلت شاحنات المساعدات عبر معبر رفح صباح اليوم.",
    "وهو أمر يخضع للنقاش منذ أسابيع.",
    "وعاد آلاف النازحين إلى منازلهم في شمال القطاع.",
    "ويشار إلى أن الاجتماع عقد في القاهرة بحضور الوفود.",
    "إعلان",
    "«»",
    '"""',
    # رفض is left out (an action as often as a stance); ثمّن not where it is the noun ثمن
    "ورفضت لجنة الإفراج المشروط طلب الإفراج عن الأسير.",
    "ودفعت إسرائيل ثمناً باهظاً في المواجهة.",
    "ودفع المواطنون ثمنه غالياً في الحرب.",
    # must not: a definite noun of no doer's shape before a name is the subject, the name its object
    "وانتقد الشعب محمد مرسي بشدة.",
    # a common word in quotation marks after the verb is no body's name
    'قال "غياب" إن الأمر خطير.',
    'قال "بوضوح" إن الأمر خطير.',
    # a participle after غير is an adjective (unconfirmed), no cue
    "ونشرت صحف تقارير غير مؤكدة عن الحادث.",
    "وارتفع ثمن الخبز في الأسواق.",
    # a cue after a comma with its words after it, or after an adverbial: nothing before it
    "وخلال الساعات الأخيرة، أفادت وسائل إعلام إسرائيلية.",
    'ويتم ذلك باشتراك من "الحزب الإسلامي التركستاني"، بين سوريا وتركيا.',
    # نجيب is a given name, not «we answer»
    "وأصدر المكتب الإعلامي لرئيس الحكومة نجيب ميقاتي بياناً عن التحقيقات.",
    # no own voice: a noun with «our», a name ending in نا, بان written for بأن
    "وقال المسؤول قواتنا في حالة تأهب.",
    "وقال الوزير انيل ساكسينا عن الحادث الكثير.",
    # بين "between/among", not the verb بيّن, without أنّ close after it
    "بين من حضروا الجلسة وزراء ونواب من الحكومة.",
    "ووقعت اشتباكات بين الجيش والمسلحين في المدينة.",
    "وتراوح العرض بين 500 متر و4 كيلومترات.",
    # a cue's form after a number is a counted noun (طالب "student", not «demanded»)
    "ويضم الجامع أكثر من 400 طالب وطالبة.",
    # بين with its pronoun is the preposition, never the verb, even before أنّ or a colon
    "ولعل من بينها، أنّ تلك المجالس مثّلت حلقة من حلقات الفساد.",
    "في ظل غياب الإجماع فيما بينها على الأسئلة الجوهرية، ولا سيما: عضوية أوكرانيا في المنظمة.",
    "واختبر العلماء هذه الطريقة على 500 شخص، بينهم 200 مصاب بأن المرض في مراحله الأولى.",
    # وعد's imperfect as يُعدّ "is counted as", يُعِدّ "prepares", لم يعد "no longer"
    "ويعد العراق أحد أهم المرتكزات التي تخشى منها واشنطن.",
    'ولم يعد حل هذه التحديات ممكناً من خلال إسقاط القنابل على "العدو"، كذلك إن الحرب تغيرت.',
    "وعند سؤالها إن كان بايدن يعد خطة بديلة، ردت المتحدثة بالصمت.",
    "فالسودان يعد من أفقر البلدان العربية.",
    # the narrator's note (يُذكر أنّ), a passive with no subject before أنّ
    "يذكر أن اللاعب انضم للنصر مطلع الموسم الماضي.",
    "ويُذكر أنّ الأمطار الغزيرة قتلت العشرات الشهر الماضي.",
    # a phrase pointing back to a woman when only a man has spoken
    "والوضع في غزة كارثي وغير مسبوق، على حد قولها.",
    # a name's word after its particle is no verb (بن طالب)
    "وانطلق العمل بالموقع أمس، بحضور صدري بن طالب الرئيس المدير العام للمجمع.",
    # an event concluded, «provided that», a seal; a shortage noticed; «the most prominent»,
    # «emerges»; «during» (إبّان) written with its hamza under the alif; «it is estimated»
    "واختتم المؤتمر أعماله بإصدار بيان ختامي يدعو إلى وقف الحرب.",
    "واختتم البرنامج زيارته اليوم على أن يستأنف يوم الأحد.",
    "وختم الحجاج مناسكهم أمس في مكة.",
    "ولاحظ أعضاء الوفد النقص الحاصل في أطباء الاختصاص بمختلف المستشفيات.",
    "وكان أبرز الحضور وزير الخارجية ووزير الدفاع.",
    "وتحقق التعايش إبّان مهمتها بالوزارة بفضل الجهود، وإبان الحرب أن الوضع كان صعباً.",
    "ويقدر أن عدد الضحايا تجاوز الألف.",
    "وقدرت الخسائر بنحو مليار دولار.",
    "ولا يقدر أحد أن يتكهن بما سيحدث.",
    "ويُلاحظ على مبنى المكتبة أنّه لم يؤسّس ليكون مكتبة.",
    "ونحن نلاحظ أن الأسعار ارتفعت.",
    # «found» a thing, or themselves
    "ووجد الجنود جثثاً تحت الأنقاض في الحي.",
    "ووجدوا أن الطريق مغلقة فعادوا إلى منازلهم.",
    # أبرز with its pronoun: «the most prominent of them»
    "وشملت الأسلحة عدة أنواع، أبرزها سلاح ضد الدروع، كما أنّها تتألف من منصتين.",
]


CUES_OF_CLOSING_NOTING_AND_ESTIMATING = [  # (sentence, speaker, cue, content)
    ("وختم الكاتب مقاله بأن الحرب لن تتوقف.", "الكاتب", "ختم", "الحرب لن تتوقف"),
    ("وختمت الصحيفة افتتاحيتها بأن الحرب لن تتوقف.", "الصحيفة", "ختمت", "الحرب لن تتوقف"),
    (
        'ويختم الكاتب فهد عافت حديثه: "لكل فريق وقته في المباراة".',
        "فهد عافت",
        "يختم",
        "لكل فريق وقته في المباراة",
    ),
    ("ولاحظت الجبهة الديمقراطية أنّ الجيش منهك.", "الجبهة الديمقراطية", "لاحظت", "الجيش منهك"),
    # what a study or a poll found (bulk: mayadeen-03811, mayadeen-02039, ant-JA-diverse-127)
    ("ووجدت الدراسة أنّ الفقر يقصّر الأعمار.", "الدراسة", "وجدت", "الفقر يقصّر الأعمار"),
    ("ووجد الاستطلاع، أنّ الناخبين غاضبون.", "الاستطلاع", "وجد", "الناخبين غاضبون"),
    ("ونبّهت الصحيفة إلى أنّ الأزمة ليست في الشيكل.", "الصحيفة", "نبّهت", "الأزمة ليست في الشيكل"),
    ("وأبان مدير الشركة خالد الطوالة أن السوق تترنح.", "خالد الطوالة", "أبان", "السوق تترنح"),
    # an occasion set off by commas between the verb and its أنّ
    ("وأبرز الوزير، خلال ندوة صحفية، أنه في انتظار القانون.", "الوزير", "أبرز", "في انتظار القانون"),
    ("وأنكر المتحدث أنّ القوات دخلت المدينة.", "المتحدث", "أنكر", "القوات دخلت المدينة"),
    ("وزاد الوزير أن جنود الاحتياط بدأوا يتساءلون.", "الوزير", "زاد", "جنود الاحتياط بدأوا يتساءلون"),
    ("وقدّرت وزارة المالية أنّ التكلفة بلغت مليار دولار.", "وزارة المالية", "قدّرت", "التكلفة بلغت مليار دولار"),
    (
        "المنظمة الدولية للهجرة تقدر أن عدد المهاجرين تجاوز 82 ألفاً.",
        "المنظمة الدولية للهجرة",
        "تقدر",
        "عدد المهاجرين تجاوز 82 ألفاً",
    ),
]


BY_SAYING = [  # (sentence, [(speaker, cue)]): «بقوله» reports for the verb before it that is no cue
    ("وردّ المتحدث باسم الخارجية على ذلك بقوله إن بلاده لن تتراجع.", [("المتحدث باسم الخارجية", "بقوله")]),
    # must not: after a cue of the sentence it is that cue's saying, one statement
    ('وأكدت الكاتبة من خلال حسابها الرسمي على تويتر بقولها: "لا أصدق ذلك".', [("الكاتبة", "أكدت")]),
    ("وختمت الكاتبة افتتاحيتها بقولها إن الكلام قائم على خلل منطقي.", [("الكاتبة", "ختمت")]),
]


@pytest.mark.parametrize(("sentence", "expected"), BY_SAYING)
def test_by_saying_reports_for_the_verb_before_it_that_is_no_cue(sentence, expected):
    assert [(q.speaker, q.cue) for q in quotes_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), CUES_OF_CLOSING_NOTING_AND_ESTIMATING)
def test_verbs_of_closing_noting_and_estimating_report(sentence, speaker, cue, content):
    quotes = quotes_of(sentence)
    assert [(q.speaker, q.cue, q.content) for q in quotes] == [(speaker, cue, content)]


WHAT_THE_ONE_ASKED_IS_ASKED_FOR = [  # (sentence, speaker, content): after the one asked
    (
        'وطالبت الحركة المجتمع الدولي والأمم المتحدة بضرورة "فرض حظر كامل" على توريد السلاح.',
        "الحركة",
        'بضرورة "فرض حظر كامل" على توريد السلاح',
    ),
    ("وطالبت الجمعية السلطات اللبنانية باتخاذ الإجراءات اللازمة.", "الجمعية", "باتخاذ الإجراءات اللازمة"),
    ("ودعت دمشق الغرب برفع عقوباته.", "دمشق", "برفع عقوباته"),
    ("وطالب المتظاهرون الحكومة بوقف التطبيع بشكل نهائي.", "المتظاهرون", "بوقف التطبيع بشكل نهائي"),
    # a preposition standing apart before a quotation: the words quoted
    (
        "ودعت الولايات المتحدة الطرفين إلى «التراجع فوراً واحتواء التصعيد».",
        "الولايات المتحدة",
        "التراجع فوراً واحتواء التصعيد",
    ),
    # must not read so: أنّ after the preposition
    ("وحذّر الأطباء الحكومة من أنهم لن يحضروا إلى الخدمة.", "الأطباء", "لن يحضروا إلى الخدمة"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), WHAT_THE_ONE_ASKED_IS_ASKED_FOR)
def test_what_the_one_asked_is_asked_for(sentence, speaker, content):
    assert speakers_and_contents(sentence) == [(speaker, content)]


AN_OF_TIME = [  # (sentence, speaker, content): أنْ after بعد/قبل/منذ is a conjunction of time
    (
        "وأبدى الطرفان استعدادهما لتمديد الاتفاق، بعد أن ساهم في تحقيق بعض الهدوء.",
        "الطرفان",
        "استعدادهما لتمديد الاتفاق، بعد أن ساهم في تحقيق بعض الهدوء",
    ),
    # and of concession: the object is what was announced, up to the conjunction
    ("وأعلن الجيش مقتل جندي، رغم أن الهدنة سارية.", "الجيش", "مقتل جندي، رغم أن الهدنة سارية"),
    # must not: a statement's أنّ before the conjunction
    ("وأكد الوزير أن الحرب انتهت بعد أن انسحب الجيش.", "الوزير", "الحرب انتهت بعد أن انسحب الجيش"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), AN_OF_TIME)
def test_an_after_a_word_of_time_opens_no_content(sentence, speaker, content):
    assert speakers_and_contents(sentence) == [(speaker, content)]


def test_the_words_end_before_a_conjunction_of_concession_and_its_an():
    quotes = quotes_of("وأكدت أم منصور علمها بذلك مسبقاً؛ إلا أن الشرطة أكدت العكس.")
    assert quotes[0].content == "علمها بذلك مسبقاً"
    # (common words before the comma are the object itself, no name set off by commas)
    quotes = quotes_of("ونفى المتحدث وجود مفاوضات، إلا أن مصادر أكدت العكس.")
    assert [(q.speaker, q.content) for q in quotes][0] == ("المتحدث", "وجود مفاوضات")


GLUED_COMPLEMENTIZERS = [  # (sentence, speaker, content): أنّ glued by a scraper to the next word
    (
        "وذكرت هيئة شؤون الأسرى أنّقوات الاحتلال اعتقلت 55 مواطناً.",
        "هيئة شؤون الأسرى",
        "قوات الاحتلال اعتقلت 55 مواطناً",
    ),
    (
        "وتحدثت وسائل إعلام إسرائيلية أنّحزب الله أطلق 5 صواريخ.",
        "وسائل إعلام إسرائيلية",
        "حزب الله أطلق 5 صواريخ",
    ),
    # its pronoun glued too: the pronoun stays with أنّ
    ("وأعلنت الوزارة أنّهاستسحب بطاريتين من أنظمة باتريوت.", "الوزارة", "ستسحب بطاريتين من أنظمة باتريوت"),
    ("وقال بايدن إنّهلا ينوي دعوة نتنياهو.", "بايدن", "لا ينوي دعوة نتنياهو"),
    # a word that opens with ه is no pronoun
    ("وأشار غازي حمد إلى أنّهناك تبادل أفكار.", "غازي حمد", "هناك تبادل أفكار"),
    # must not part: أنّ with its pronoun, a word that begins so without the shadda
    ("وأكد الوزير أنّهما سيحضران.", "الوزير", "سيحضران"),
    ("وقال المتحدث إنّ الانقلاب فشل.", "المتحدث", "الانقلاب فشل"),
    ("وقال المتحدث إن انسحاب القوات بدأ.", "المتحدث", "انسحاب القوات بدأ"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), GLUED_COMPLEMENTIZERS)
def test_complementizer_glued_to_the_next_word(sentence, speaker, content):
    assert speakers_and_contents(sentence) == [(speaker, content)]


COMPLEMENTIZERS_GLUED_AFTER = [  # (sentence, speaker, content): أنّ/إنّ glued to the word before
    (
        "وأكّد رئيس المجلس التنفيذي لحزب الله السيد هاشم صفي الدينأنّ الاحتلال سيرى فعل الصواريخ.",
        "هاشم صفي الدين",
        "الاحتلال سيرى فعل الصواريخ",
    ),
    ("وقال الوزيرإنّ الحصيلة ارتفعت إلى 20 شهيداً.", "الوزير", "الحصيلة ارتفعت إلى 20 شهيداً"),
    ("وأفاد زيلينسكيبأنّ القوات تتقدم ببطء.", "زيلينسكي", "القوات تتقدم ببطء"),
    # an outlet's name parts the word already (للميادين: the one spoken to)
    (
        "وقال القيادي في حركة حماس أسامة حمدان للميادينأنّ الحركة لن تقبل بالشروط.",
        "أسامة حمدان",
        "الحركة لن تقبل بالشروط",
    ),
    # must not part: a verb that ends so (اطمأنّ), كأنّ
    ("وقال الوزير: كأنّ الحرب لم تكن.", "الوزير", "كأنّ الحرب لم تكن"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), COMPLEMENTIZERS_GLUED_AFTER)
def test_complementizer_glued_to_the_word_before(sentence, speaker, content):
    assert speakers_and_contents(sentence) == [(speaker, content)]


def test_a_verb_ending_in_anna_is_not_parted():
    assert quotes_of("وقد اطمأنّ الناس إلى أن الحرب انتهت.") == []


# حسبما: «حسب ما» written as one word, and its verb read with it (the source after the verb).
ATTRIBUTIONS_WRITTEN_AS_ONE_WORD = [
    (
        "وصل الرئيس إلى موسكو للقاء نظيره الروسي، حسبما أعلن الأمين العام للحكومة.",
        "الأمين العام للحكومة",
        "وصل الرئيس إلى موسكو للقاء نظيره الروسي",
    ),
    (
        "وقتل ثلاثة أشخاص في القصف حسبما أفادت وكالة الأنباء الرسمية.",
        "وكالة الأنباء الرسمية",
        "وقتل ثلاثة أشخاص في القصف",
    ),
    ("وحسبما ذكرت الصحيفة، فإن الوفد سيصل غداً.", "الصحيفة", "الوفد سيصل غداً"),
    ("وبحسبما أفاد مصدر أمني، فإن الهجوم وقع فجراً.", "مصدر أمني", "الهجوم وقع فجراً"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), ATTRIBUTIONS_WRITTEN_AS_ONE_WORD)
def test_attribution_written_as_one_word(sentence, speaker, content):
    assert speakers_and_contents(sentence) == [(speaker, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويتم توزيع المساعدات حسبما تم الاتفاق عليه.",  # no source: an agreement
        "حسبما يبدو فإن الحكومة ستسقط.",
    ],
)
def test_attribution_written_as_one_word_names_no_source(sentence):
    assert quotes_of(sentence) == []


def test_is_among_is_no_view_even_with_a_source_to_go_on():
    """يُعتبر من "is among": the passive of اعتبر, before من, states no one's view."""
    quotes = quotes_of(
        "وقال الوزير إن المشروع كبير.", "يشار إلى أن قطار الرياض يعتبر من أحد مشروعات النقل العام."
    )
    assert [(q.para, q.cue) for q in quotes] == [(1, "قال")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # «ordered», its subject or its own preposition right after it
        ("وأمر الرئيس بإغلاق المعبر.", "الرئيس"),
        ("وأمر قاضي التحقيق بإيداع أربعة موقوفين السجن.", "قاضي التحقيق"),
        (
            'وفي الأيام الأولى من الحرب، أمر "الجيش" الإسرائيلي بالتوقف عن تسجيل المناقشات.',
            '"الجيش" الإسرائيلي',
        ),
        ("أمرت المحكمة بإغلاق المعبر.", "المحكمة"),
        # must not: the noun «a matter», an adjective or a clause after it (bulk: 30 of 40 bare
        # أمر quotes in 8,000 articles, «تطوير التعليم أمر هام وحيوي جداً يجب…»)
        ("وقال الوزير إن المشروع كبير، وتطوير التعليم أمر هام وحيوي جداً يجب إعطاؤه الاهتمام.", None),
        ("وهذا أمر طبيعي أن يحدث في كل المدن.", None),
        ("والصيام أمر غير مهم بالنسبة لجاهزية اللاعبين.", None),
        ("وهو أمر يستوجب أن نتدبره.", None),
    ],
)
def test_a_bare_form_that_is_a_noun_too_reports_only_before_its_subject(sentence, speaker):
    found = [q.speaker for q in quotes_of(sentence) if "امر" in normalize_ar(q.cue)]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize("sentence", NO_QUOTE)
def test_sentence_without_quote(sentence):
    assert quotes_of(sentence) == []


def test_zero_subject_continues_the_speaker_not_the_name_opening_the_quote():
    quotes = quotes_of(
        "قال مسؤول رفيع بالبنتاغون، إن الاجتماع كان مثمرا.",
        "وأضاف أن “أوستن أبدى لغالانت التزام واشنطن بأمن إسرائيل”.",
    )
    assert [q.speaker for q in quotes] == ["مسؤول رفيع بالبنتاغون"] * 2
    assert quotes[1].cue == "أضاف"


def test_title_alone_and_surname_resolve_to_the_named_person():
    quotes = quotes_of(
        "التقى وزير الأمن الإسرائيلي، يوآف غالانت، بوزير الدفاع الأميركي، لويد أوستن، في واشنطن.",
        "وقال وزير الدفاع الأميركي إن عدد الضحايا المدنيين مرتفع جدا.",
        "وقال غالانت لأوستن إن الضغط العسكري ضروري.",
    )
    assert [(q.speaker, q.addressee) for q in quotes] == [("لويد أوستن", None), ("يوآف غالانت", "لويد أوستن")]


# A sentence's own subject before its verb, every word from the sentence start (how Al
# Mayadeen's summaries open); not a word no lexicon knows as a source's first word.
SUBJECTS_OPENING_THE_SENTENCE = [
    ("الصين تؤكد أنها تدعم روسيا في حماية الاستقرار الوطني.", "الصين", "تؤكد"),
    ("روسيا تحذّر أوكرانيا من تأجيل مفاوضات السلام.", "روسيا", "تحذّر"),
    ('السيد حسن نصر الله وصف الإعلام المعادي بـ"السلاح المرعب".', "حسن نصر الله", "وصف"),
    (
        "عضو مجلس حكام الاحتياطي الفيدرالي الأميركي، ميشيل بومان، تطالب بإجراء تحقيق مستقل.",
        "ميشيل بومان",
        "تطالب",
    ),
    # …or a clause after the sentence's comma, joined by و
    (
        "بيلاروسيا ترحب بقائد مجموعة فاغنر، والأمين العام لحلف الناتو يؤكد ضرورة ألا يقلل الغرب من روسيا.",
        "الأمين العام لحلف الناتو",
        "يؤكد",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue"), SUBJECTS_OPENING_THE_SENTENCE)
def test_a_subject_opening_the_sentence_speaks_for_the_verb_after_it(sentence, speaker, cue):
    assert (speaker, cue) in [(q.speaker, q.cue) for q in quotes_of(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وإذ يؤكد المجلس أن الحل سياسي، يدعو الأطراف إلى الحوار.",
        "ويأتي يعلن الاحتلال أن العملية انتهت.",
        # a given name behind a preposition (لدينا: «we have»)
        "وقال الوزير إن الطقس سيئ، ولدينا قدرات جوية تؤكد أن الرحلات ستستمر.",
        # بين "between" before a participle's أنّ: neither a cue nor the participle's subject
        "وكانتموسكو حمّلت واشنطن المسؤولية عن الصراع بين صربيا وكوسوفو، مشيرة إلى أنّ أميركا تهدف إلى إضعافها.",
    ],
)
def test_a_word_no_lexicon_knows_is_no_subject_opening_the_sentence(sentence):
    assert all(
        q.speaker not in ("وإذ", "ويأتي", "ولدينا قدرات جوية", "صربيا وكوسوفو") for q in quotes_of(sentence)
    )


def test_a_bare_title_stands_for_the_holder_named_last_before_it_not_one_named_later():
    quotes = quotes_of(
        "قال وزير الخارجية التركي أحمد داود أوغلو إن بلاده تدعم الوساطة.",
        "وأضاف الوزير أن المحادثات ستستمر.",
        "والتقى وزير الخارجية الإيراني محمد جواد ظريف نظيره العماني في مسقط.",
        "وقال الوزير إن المفاوضات النووية تتقدم.",
    )
    assert [q.speaker for q in quotes] == ["أحمد داود أوغلو", "أحمد داود أوغلو", "محمد جواد ظريف"]


def test_a_title_in_the_headline_stands_for_the_first_holder_the_body_names():
    quotes = extract_quotes(
        make_article(
            "t.txt",
            "\n".join(
                [
                    "وزير كويتي: خلافنا مع السعودية أسري",
                    "أكدت الكويت أن الخلاف انتهى، إثر رسالة من وزير النفط الكويتي علي العمير.",
                    "والتقى وزير الخارجية السعودي عادل الجبير نظيره الكويتي في الرياض.",
                ]
            ),
        )
    )
    assert [(q.para, q.speaker) for q in quotes if q.para == 0] == [(0, "علي العمير")]


def test_a_headline_source_in_quotation_marks_before_the_colon_speaks():
    # (bulk mayadeen-01389 «"فايننشال تايمز": بعد أكثر من عامين…»)
    quotes = extract_quotes(
        make_article(
            "t.txt",
            '"فايننشال تايمز": شركات غربية تتراجع عن خطط الخروج من روسيا\n'
            'وأشارت صحيفة "فايننشال تايمز" في تقرير لها إلى تراجع الشركات عن خططها.',
        )
    )
    assert [(q.para, q.cue, q.content) for q in quotes if q.para == 0] == [
        (0, ":", "شركات غربية تتراجع عن خطط الخروج من روسيا")
    ]


def test_same_official_and_relative_clause_resolve_to_the_anonymous_source():
    quotes = quotes_of(
        "قال مسؤول رفيع بالبنتاغون إن المحادثات مستمرة بين وزير الدفاع الأميركي، لويد أوستن، "
        "ووزير الأمن الإسرائيلي، يوآف غالانت.",
        "وحثّ أوستن غالانت على حماية المدنيين، بحسب المسؤول في البنتاغون، والذي ذكر أن "
        "“الأفكار لقيت آذانا صاغية”.",
        "وأضاف المسؤول ذاته أن “البدائل تتعلق بتأمين الحدود”.",
    )
    assert [q.speaker for q in quotes] == [
        "مسؤول رفيع بالبنتاغون",
        "لويد أوستن",
        "مسؤول رفيع بالبنتاغون",
        "مسؤول رفيع بالبنتاغون",
    ]
    assert quotes[1].addressee == "يوآف غالانت"


def test_participle_cues_in_every_gender_and_number():
    quotes = quotes_of(
        "وقالت الوزارة إن الوضع خطير، مضيفةً أن المساعدات لا تكفي، ومؤكدةً أن المعابر مغلقة.",
        "وقال المسعفون إن الطرق مقطوعة، مؤكدين أن الوصول إلى الجرحى صعب.",
    )
    assert [q.cue for q in quotes] == ["قالت", "مضيفةً", "مؤكدةً", "قال", "مؤكدين"]


def test_quote_running_over_paragraphs_gives_one_line_per_paragraph():
    quotes = quotes_of(
        'وقالت نافي بيلاي: "من واجب الدول قانونا أن توقف الإبادة.',
        "لماذا لم تنفذ هذه الالتزامات؟",
        'فهذه جريمة كبرى وخطيرة للغاية".',
        "وعاد آلاف النازحين إلى منازلهم.",
    )
    assert [(q.para, q.speaker, q.kind) for q in quotes] == [
        (1, "نافي بيلاي", "direct"),
        (2, "نافي بيلاي", "direct"),
        (3, "نافي بيلاي", "direct"),
    ]
    assert quotes[1].cue == "لماذا"


WORDS_AFTER_A_PARAGRAPHS_COLON = [  # (paragraphs, (para, speaker) of each quote)
    (
        (
            "وتجاهلت وسائل الإعلام الغربية هذه الحقيقة. وكما قال المؤرخ الفلسطيني رشيد الخالدي:",
            '"إن وسائل الإعلام التي ترفض أن تقول إن إسرائيل تمنعنا من التغطية تتحمل العار".',
        ),
        [(2, "رشيد الخالدي")],
    ),
    (
        (
            "وردا على سؤال عن التطرف، قال وزير الخارجية البريطاني:",
            "لأكن واضحا. درس التاريخ أننا لا نملك ترف الانتظار.",
        ),
        [(2, "وزير الخارجية البريطاني")],
    ),
    # an occasion between the source and the colon
    (
        (
            "وقال وزير الخارجية في مؤتمر صحفي:",
            '"الحرب مستمرة منذ شهور طويلة ولا أفق لها، والمقاومة ما زالت قوية".',
        ),
        [(2, "وزير الخارجية")],
    ),
    (("وقال الكاتب في مقاله:", "الحرب مستمرة منذ شهور طويلة ولا أفق لها."), [(2, "الكاتب")]),
    # a colon no cue holds announces no one's words, nor does a list's after a near-only cue
    (("وفي ما يلي أبرز ردود الفعل الدولية:", "وعاد آلاف النازحين إلى منازلهم في الشمال."), []),
    (("تبنت الجماعة عدة أفكار ومعتقدات أبرزها:", "* السعي لإقامة الدولة وإعادة الخلافة."), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), WORDS_AFTER_A_PARAGRAPHS_COLON)
def test_the_words_after_a_cue_whose_colon_ends_the_paragraph_are_the_next_paragraph(paragraphs, expected):
    assert [(q.para, q.speaker) for q in quotes_of(*paragraphs)] == expected


def test_title_with_speaker_and_colon_is_a_direct_quote():
    article = make_article(
        "t.txt", "نور الدين البحيري لأمين محفوظ :الزم حدّك\nوقال البحيري إن محفوظ تجاوز حدوده."
    )
    title = [q for q in extract_quotes(article) if q.para == 0]
    assert [(q.speaker, q.cue, q.kind, q.content) for q in title] == [
        ("نور الدين البحيري", ":", "direct", "الزم حدّك")
    ]


def test_a_rank_in_the_reserve_before_the_colon_speaks_for_the_holder_the_body_names():
    article = make_article(
        "t.txt",
        'لواء احتياط في "جيش" الاحتلال: "إسرائيل" فشلت في حرب غزة\n'
        "وقال اللواء احتياط إسحاق بريك إن الجيش منهك.",
    )
    assert [(q.para, q.speaker) for q in extract_quotes(article)] == [(0, "إسحاق بريك"), (1, "إسحاق بريك")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a name the archive knows as a person's, though the body names no one
        ("نتنياهو: لن نوقف الحرب قبل تحقيق أهدافها", [("نتنياهو", "لن نوقف الحرب قبل تحقيق أهدافها")]),
        ("لافروف: موسكو مستعدة للحوار مع واشنطن", [("لافروف", "موسكو مستعدة للحوار مع واشنطن")]),
        # must not: a place whose name opens with a particle (بن قردان), an ordinal's label
        ("بن قردان: حجز 15 بندقية صيد على متن سيارة", []),
        ("الثاني: اتجاه يساري إصلاحي وتدريجي", []),
    ],
)
def test_title_by_a_persons_name_the_archive_knows_is_a_quote(title, expected):
    article = make_article("t.txt", title + "\nوأعلنت السلطات حجز الأسلحة.")
    assert [(q.speaker, q.content) for q in extract_quotes(article) if q.para == 0] == expected


def test_title_with_a_place_before_the_colon_is_not_a_quote():
    article = make_article("t.txt", "غزة: مقتل عشرين في غارة على مخيم\nوقصفت الطائرات المخيم.")
    assert extract_quotes(article) == []


def test_diacritics_and_shadda_do_not_hide_a_cue():
    quotes = quotes_of("وَأَكَّدَ الرَّئِيسُ محمود عباس أَنَّ القُدْسَ عاصمةُ فلسطين.")
    assert [(q.cue, q.speaker) for q in quotes] == [("أَكَّدَ", "محمود عباس")]
    assert quotes[0].content == "القُدْسَ عاصمةُ فلسطين"


def test_object_pronoun_on_the_verb_and_a_country_taking_no_complement():
    quotes = quotes_of(
        "ورحّبت مصر بالقرار، كما طالبتها بتنفيذ كل التدابير الموقتة.",
        "ففي حين دعت روسيا الجانبين لضبط النفس، واصلت القوات قصفها.",
    )
    assert [(q.cue, q.speaker, q.content) for q in quotes] == [
        ("رحّبت", "مصر", "بالقرار"),
        ("طالبتها", "مصر", "بتنفيذ كل التدابير الموقتة"),
        ("دعت", "روسيا", "لضبط النفس، واصلت القوات قصفها"),
    ]


def test_a_missing_opening_mark_does_not_hide_the_cue_before_it():
    quotes = quotes_of('وأشار الموسوي إلى أن الاحتلال لم يستطع أن يقدّم صورة انتصار".')
    assert [(q.cue, q.speaker) for q in quotes] == [("أشار", "الموسوي")]


def test_a_bare_role_refers_back_to_the_person_with_that_role():
    quotes = quotes_of(
        "وقال سيث فرانتزمان -مراسل شؤون الشرق الأوسط في الصحيفة- إن الأسطول كبير.",
        "ويرى الكاتب أن اعتراض الأسطول سيكون مهمة معقدة.",
    )
    assert [q.speaker for q in quotes] == ["سيث فرانتزمان", "سيث فرانتزمان"]


def test_title_names_an_outlet_that_the_body_introduces():
    article = make_article(
        "t.txt",
        "جيروزاليم بوست: هذه تحديات إسرائيل مع الأسطول\n"
        "تناول تقرير نشرته صحيفة جيروزاليم بوست الإسرائيلية التحديات.",
    )
    [title] = extract_quotes(article)
    assert (title.para, title.cue, title.content) == (0, ":", "هذه تحديات إسرائيل مع الأسطول")
    assert "جيروزاليم بوست" in title.speaker and title.speaker_type == "media"


def test_a_full_stop_glued_to_the_next_sentence_still_ends_the_quote():
    quotes = quotes_of(
        'قال الوزير سيرغي لافروف إن "التسوية تأتي بالأفعال".وأضاف أن أوروبا تحاول إثبات وجودها.'
    )
    assert [(q.cue, q.content) for q in quotes] == [
        ("قال", "التسوية تأتي بالأفعال"),
        ("أضاف", "أوروبا تحاول إثبات وجودها"),
    ]


def test_an_outlet_spoken_to_is_no_part_of_the_source_a_later_verb_looks_back_to():
    quotes = quotes_of(
        "وكشف مصدر في حركة حماس للجزيرة نت عن أن الخسائر كبيرة، وأكد أن عدد القتلى يقدر بالمئات."
    )
    assert [q.speaker for q in quotes] == ["مصدر في حركة حماس", "مصدر في حركة حماس"]


def test_a_verb_pointing_back_between_commas_speaks_for_the_source_of_its_gender_and_stays_in():
    quotes = quotes_of(
        "قالت الوزيرة نادية حسن إن الوضع صعب.",
        "وقال الوزير سمير علي إن الحل قريب.",
        "لكن التقرير، كما تضيف، لم يلقَ الاستجابة المتوقعة.",
    )
    assert [(q.speaker, q.cue, q.content) for q in quotes if q.para == 3] == [
        ("نادية حسن", "كما تضيف", "لكن التقرير، كما تضيف، لم يلقَ الاستجابة المتوقعة")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "أعلنت وزارة الدفاع الجزائرية في بيان لها القضاء على عنصرين إرهابيين أمس بولاية جيجل.",
            "القضاء على عنصرين إرهابيين أمس بولاية جيجل",
        ),
        (
            "الرئيس الإيراني إبراهيم رئيسي يؤكد في اتصال هاتفي دعمه الكامل لنظيره الروسي فلاديمير بوتين "
            "في مواجهة التمرد.",
            "دعمه الكامل لنظيره الروسي فلاديمير بوتين في مواجهة التمرد",
        ),
        # a feminine noun of an adjective's shape is the object itself, not the occasion's
        (
            "واستنكرت السفارة الفرنسية في بيان عملية تخريب اقترفها مجهولون في مقبرة.",
            "عملية تخريب اقترفها مجهولون في مقبرة",
        ),
    ],
)
def test_an_object_content_opens_past_the_occasion_its_adjective_and_owner(sentence, content):
    [quote] = quotes_of(sentence)
    assert quote.content == content


def test_a_relative_clause_describing_the_subject_is_no_part_of_the_object_content():
    """(its verb may be a cue's form: طلب)"""
    [quote] = quotes_of("وأكد المسؤول، الذي طلب عدم ذكر اسمه، أن القوات في حالة تأهب.")
    assert (quote.speaker, quote.content) == ("المسؤول", "القوات في حالة تأهب")


CLAUSES_AFTER_THE_WORDS = [
    # (paragraph, [(speaker, content)]): «في حين» (whereas) opens another source's clause, as
    # بينما and فيما do: the words before it end there, and its verb reports a quote of its own
    (
        "وأعلنت المؤسسة أنها فصلت موظفاً، في حين قالت الشرطة إنها استجوبت رجلاً.",
        [("المؤسسة", "فصلت موظفاً"), ("الشرطة", "استجوبت رجلاً")],
    ),
    (
        "وقالت وسائل إعلام إسرائيلية إن 250 إسرائيليا قتلوا، في حين قالت وزارة الصحة الإسرائيلية إن "
        "عدد المصابين تجاوز 1100.",
        [
            ("وسائل إعلام إسرائيلية", "250 إسرائيليا قتلوا"),
            ("وزارة الصحة الإسرائيلية", "عدد المصابين تجاوز 1100"),
        ],
    ),
    (
        "وأطلقت الفصائل أكثر من ألف صاروخ، في حين قال قائد أركان كتائب القسام محمد الضيف في كلمة مسجلة "
        "إن المقاومة قصفت إسرائيل.",
        [("محمد الضيف", "المقاومة قصفت إسرائيل")],
    ),
    # a view negated with its أنّ after «therefore» or و: the same source's next statement
    (
        "وقال الموسوي إن الحرب طويلة، لذلك لا يعتقد أن بيد أحد متى ستنتهي هذه الحرب.",
        [("الموسوي", "الحرب طويلة"), ("الموسوي", "بيد أحد متى ستنتهي هذه الحرب")],
    ),
    (
        "وقال الوزير إن الوضع صعب، ولم يستبعد أن تنتهي الحرب قريبا.",
        [("الوزير", "الوضع صعب"), ("الوزير", "تنتهي الحرب قريبا")],
    ),
    # must not: a disclosure negated says nothing
    (
        "وأعلن بوغدانوف أن الخطة أصبحت جاهزة، في حين لم تكشف موسكو عن أي من تفاصيلها.",
        [("بوغدانوف", "الخطة أصبحت جاهزة، في حين لم تكشف موسكو عن أي من تفاصيلها")],
    ),
    # must not: a time (عندما، حين) inside the words is part of them
    (
        "وقال السفير إن هناك حربا مهمة ضد الإرهاب، ولكن عندما تعتبر إيران دولة يمكنها مواجهة داعش فهذا خطأ.",
        [("السفير", "هناك حربا مهمة ضد الإرهاب، ولكن عندما تعتبر إيران دولة يمكنها مواجهة داعش فهذا خطأ")],
    ),
    (
        "وقال الوزير إن الأزمة بدأت حين قالت الحكومة إنها لن تدفع.",
        [("الوزير", "الأزمة بدأت حين قالت الحكومة إنها لن تدفع")],
    ),
    # must not: a second أنّ joined by و goes on with the first content, however long it is
    (
        "ودان الأمين العام نبيل العربي الجريمة وعد في بيان له هذه الجريمة بأنها استمرار للانتهاكات "
        "الإسرائيلية التي ترتكب بحق الشعب الفلسطيني منذ سنوات طويلة وأنها تعتبر جريمة حرب.",
        [
            (
                "نبيل العربي",
                "استمرار للانتهاكات الإسرائيلية التي ترتكب بحق الشعب الفلسطيني منذ سنوات طويلة وأنها "
                "تعتبر جريمة حرب",
            )
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAUSES_AFTER_THE_WORDS)
def test_whereas_or_a_negated_view_opens_a_clause_of_its_own(paragraph, expected):
    assert speakers_and_contents(paragraph) == expected


ATTRIBUTIONS_SET_OFF_INSIDE_A_CLAUSE = [
    # (paragraph, [(speaker, content)]): an attribution between commas or dashes with more of its
    # clause after it covers the clause (it had kept only the words before it, «وأسفر القصف»)
    (
        "وأسفر القصف، بحسب مصادر طبية، عن استشهاد خمسة فلسطينيين.",
        [("مصادر طبية", "وأسفر القصف، بحسب مصادر طبية، عن استشهاد خمسة فلسطينيين")],
    ),
    (
        "وقد وصل عدد الشهداء، حسب وزارة الصحة، إلى 35 ألفاً.",
        [("وزارة الصحة", "وقد وصل عدد الشهداء، حسب وزارة الصحة، إلى 35 ألفاً")],
    ),
    # after a cue's content, the clause joined by و that holds it is the attribution's
    (
        "ويرى الكاتب أن المهمة معقدة، ويكمن التحدي الرئيسي، بحسب المقال، في إيقاف جميع السفن.",
        [("الكاتب", "المهمة معقدة"), ("الكاتب", "ويكمن التحدي الرئيسي، بحسب المقال، في إيقاف جميع السفن")],
    ),
    (
        "ويرى الكاتب أن المهمة معقدة، ويكمن التحدي الرئيسي -وفق المقال- في إيقاف جميع السفن.",
        [("الكاتب", "المهمة معقدة"), ("الكاتب", "ويكمن التحدي الرئيسي -وفق المقال- في إيقاف جميع السفن")],
    ),
    # inside a cue's one clause it is part of the words (a source the speaker cites)
    (
        "وقال الوزير إن القصف أسفر، بحسب مصادر طبية، عن استشهاد خمسة.",
        [("الوزير", "القصف أسفر، بحسب مصادر طبية، عن استشهاد خمسة")],
    ),
    # a source's view, named (برأي X): an attribution as بحسب is
    (
        "والحل، برأي الخبير العسكري، يكمن في وقف الحرب.",
        [("الخبير العسكري", "والحل، برأي الخبير العسكري، يكمن في وقف الحرب")],
    ),
    (
        'والسبب في هذا التجاهل -برأي مصطفى- أن ترامب "لم يعد داعما لإسرائيل".',
        [("مصطفى", 'والسبب في هذا التجاهل -برأي مصطفى- أن ترامب "لم يعد داعما لإسرائيل"')],
    ),
    # must not: an attribution closing its sentence, before a time, or before فإنّ; بنظر of
    # no source (بنظر الاعتبار: into account)
    ("وقتل خمسة أشخاص، بحسب مصادر طبية.", [("مصادر طبية", "وقتل خمسة أشخاص")]),
    ("وأخذت الحكومة بنظر الاعتبار مطالب المحتجين.", []),
    (
        "درّبت بريطانيا، وحلفاء لها، أكثر من 17 ألف مجنّد أوكراني، بحسب ما أعلنت وزارة الدفاع البريطانيّة، "
        "اليوم الاثنين.",
        [("وزارة الدفاع البريطانيّة", "درّبت بريطانيا، وحلفاء لها، أكثر من 17 ألف مجنّد أوكراني")],
    ),
    (
        "وفوق ذلك، ووفقاً لصحيفة إسرائيل هيوم، فإن الجهة العسكرية ستنتشر على الحدود.",
        [("صحيفة إسرائيل هيوم", "الجهة العسكرية ستنتشر على الحدود")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), ATTRIBUTIONS_SET_OFF_INSIDE_A_CLAUSE)
def test_an_attribution_set_off_inside_a_clause_covers_the_clause(paragraph, expected):
    assert speakers_and_contents(paragraph) == expected


def test_a_lone_word_between_paragraphs_continues_no_quotation():
    """«إعلان» (an advert's slot a scraper left) between the items after a colon: no quote."""
    found = quotes_of(
        "ولتوقيت العملية دلالات مهمة، برأي الخبير إبراهيم حبيب، يحددها بعاملين أساسيين:",
        "نجاح المقاومة في التمويه والمباغتة.",
        "إعلان",
        "اختيار تاريخ العملية له دلالة رمزية.",
    )
    assert "إعلان" not in [q.content for q in found]


# ---------------------------------------------------------------- glued words, read once per word
# Words a paragraph may hold: glued by a scraper (an outlet after a name, a site's name inside a
# word, a verb before its subject, أنّ or a preposition before ال or a number) and plain ones.
GLUED_AND_PLAIN_WORDS = [
    "عبدالمجيدللميادين",
    "مراسلالميادينفي",
    "الميادينبان",
    "للميادين",
    "الميادين",
    "خاصبالميادين",
    "قالتوزاره",
    "واكدوزير",
    "الاميركينقلا",
    "بانالمدفعيه",
    "فيالتقرير",
    "ان20",
    "ان2024م",
    "عليالحدود",
    "قال",
    "الوزير",
    "وزاره",
    "الصحه",
    "المستشفيات",
    "بالقرار",
]


def _glued_by_scanning_the_text(text: str) -> dict[str, tuple[int, ...]]:
    """What a paragraph's glued words were before they were read a word at a time: the text
    scanned by the hint and candidate patterns, and each word for a glued verb."""
    hinted = bool(_GLUED_HINT.search(text)) or any(
        found.start() >= 2
        and text[found.start() - 2 : found.start()].isalpha()
        or text[found.end() : found.end() + 2].isalpha()
        for found in _site_name_pattern().finditer(text)
    )
    glued = {w: cuts for w in _glued_candidates().findall(text) if (cuts := glued_cuts(w))} if hinted else {}
    glued.update(
        (w, (cut,))
        for w in set(re.findall(r"\w+", text))
        if len(w) >= GLUED_VERB_LETTERS and (cut := glued_verb_cut(w))
    )
    return glued


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GLUED_AND_PLAIN_WORDS), min_size=1, max_size=6))
def test_glued_words_read_a_word_at_a_time_are_those_the_text_holds(words):
    text = " ".join(words)
    assert _glued_words(frozenset(words)) == _glued_by_scanning_the_text(text)


def test_glued_words_are_read_again_for_another_gazetteer():
    vocabulary = frozenset({"مراسلالميادينفي", "قال", "الوزير"})
    assert _glued_words(vocabulary) == {"مراسلالميادينفي": (5, 13)}
    assert {"قال", "الوزير"} <= _GLUED_MEMO.plain
    use_archive_names([("سيرغي", "فلانوفيتش")])
    try:
        assert not _GLUED_MEMO.for_gazetteer(gazetteer()).plain
        assert _glued_words(vocabulary) == {"مراسلالميادينفي": (5, 13)}
    finally:
        use_archive_names([])


QUOTATIONS_POINTED_BACK_TO = [
    # (paragraph, [(speaker, content)]): «this is what X said» after a quotation gives it to X
    # (bulk: aj-0143, mayadeen-03482, snn-2015-07-25-0257)
    (
        '"هكذا نعاملهم، وبقي علينا فقط إعدامهم" هذا ما قاله الوزير في فيديو يظهر الأسرى.',
        [("الوزير", "هكذا نعاملهم، وبقي علينا فقط إعدامهم")],
    ),
    (
        '"إنهم لا يجازفون"، هذا ما قاله محام على علاقة بالقضايا، موضحا أن المفوضية تحتاج إلى مزيد من الوقت.',
        [("محام", "إنهم لا يجازفون"), ("محام", "المفوضية تحتاج إلى مزيد من الوقت")],
    ),
    (
        "«لن نتراجع عن موقفنا»، ذلك ما أكدته وزيرة الخارجية أمس.",
        [("وزيرة الخارجية", "لن نتراجع عن موقفنا")],
    ),
    # with no subject after it, the source speaking (not a subject read in the quotation)
    (
        'وقال الوزير إن الوضع صعب. "الطفل ما زال يدرس في الصف التاسع"، هذا ما قاله.',
        [("الوزير", "الوضع صعب"), ("الوزير", "الطفل ما زال يدرس في الصف التاسع")],
    ),
    # must not: no quotation before it (what the sentence showed); «ما» the verb's subject
    # («which confirms that»); a verb whose own last letter is ه
    (
        "وقال الوزير إن الخلية نشطة، وهذا ما أكده وجوده في الكويت.",
        [("الوزير", "الخلية نشطة، وهذا ما أكده وجوده في الكويت")],
    ),
    ('"الوضع خطير جدا"، وهذا ما يؤكد أن الحرب لم تنته.', []),
    ("وهذا ما تنبه إليه الكثيرون من داخل الوسط الديني.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTATIONS_POINTED_BACK_TO)
def test_a_quotation_pointed_back_to_is_the_speakers(paragraph, expected):
    assert speakers_and_contents(paragraph) == expected


RELAYS_IN_ATTRIBUTIONS = [  # (paragraph, [(speaker, content)]): بحسب ما نقله X عن Y: Y speaks
    (
        "وتمكن مواطن من تحديد مكان شاحنته المسروقة، بحسب ما نقله مراسلنا عن مصدر أمني.",
        [("مصدر أمني", "وتمكن مواطن من تحديد مكان شاحنته المسروقة")],
    ),
    (
        "وتمكن مواطن من تحديد مكان شاحنته المسروقة، وفق ما نقلته الإذاعة عن مصدر أمني.",
        [("مصدر أمني", "وتمكن مواطن من تحديد مكان شاحنته المسروقة")],
    ),
    # must not: a verb that relays nothing keeps its own subject's words (the official «about» whom)
    (
        "وتمكن مواطن من تحديد مكان شاحنته المسروقة، بحسب ما أفاد المسؤول عن الأمن في الولاية.",
        [("المسؤول عن الأمن في الولاية", "وتمكن مواطن من تحديد مكان شاحنته المسروقة")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), RELAYS_IN_ATTRIBUTIONS)
def test_an_attribution_through_a_relay_names_the_source_passed_on(paragraph, expected):
    assert speakers_and_contents(paragraph) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # دانت، دانوا: أدان without its hamza, as Al Mayadeen writes it (not دان: the name Dan)
        ("بدورها، دانت وزارة الخارجية السورية العدوان الأميركي على دير الزور.", "وزارة الخارجية السورية"),
        ("ودانت حركة حماس، في بيان، الاعتداء على المساجد في قرية عوريف.", "حركة حماس"),
        ("وقال رئيس الأركان الأميركي دان كين إن الوضع معقد.", "دان كين"),
    ],
)
def test_a_condemnation_without_its_hamza_is_a_cue(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [  # the verb's ب on «what» opens its content; not «including» (بما في ذلك)
        ("وأشاد الوزير بما يقوم به رجال الأمن من أعمال كبرى.", "بما يقوم به رجال الأمن من أعمال كبرى"),
        ("وأشاد الوزير بجهود رجال الأمن.", "بجهود رجال الأمن"),
    ],
)
def test_the_verbs_preposition_on_what_opens_its_content(sentence, content):
    assert [q.content for q in quotes_of(sentence)] == [content]


def test_including_is_no_content_of_the_verbs_preposition():
    assert quotes_of("وأقرت اللجنة الموازنة بما في ذلك المبالغ المخصصة للجيش.") == []


INVERTED_ATTRIBUTIONS = [  # (paragraph, [(speaker, content)]): the cue and its subject close the sentence
    (
        "وتحتاج المناطق المحاصرة بشدة إلى المساعدات الإنسانية، ذكرت الأمم المتحدة.",
        [("الأمم المتحدة", "وتحتاج المناطق المحاصرة بشدة إلى المساعدات الإنسانية")],
    ),
    (
        "وتحتاج المناطق المحاصرة بشدة إلى المساعدات الإنسانية، قالت الأمم المتحدة في بيان.",
        [("الأمم المتحدة", "وتحتاج المناطق المحاصرة بشدة إلى المساعدات الإنسانية")],
    ),
    # must not: an adverbial too short to be what was said; a content after the subject
    ("وخلال الساعات الأخيرة، أفادت مصادر محلية.", []),
    (
        "وفي ساعة متأخرة من مساء أمس، قالت الأمم المتحدة إن المساعدات توقفت.",
        [("الأمم المتحدة", "المساعدات توقفت")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), INVERTED_ATTRIBUTIONS)
def test_a_cue_closing_the_sentence_reports_the_clause_before_it(paragraph, expected):
    assert speakers_and_contents(paragraph) == expected


def test_a_kama_cue_with_its_own_complementizer_reports_what_follows():
    # (gold ANT_0011: «…"، كما شدد البيان الذي تلاه الأمين العام أن المجلس "…"»)
    quotes = quotes_of(
        'وأكد البيان الختامي "مساندة دول المجلس الكاملة لمصر"، كما شدد البيان الذي تلاه الأمين العام '
        'أن المجلس "جدد مواقفه الثابتة في دعم مصر".'
    )
    assert [(q.cue, q.content) for q in quotes][-1] == ("شدد", 'المجلس "جدد مواقفه الثابتة في دعم مصر"')


def test_a_verb_in_the_speakers_own_voice_inside_a_running_quotation_is_part_of_it():
    quotes = quotes_of(
        'وقال الأمين العام لحزب الله في كلمته: "إن المقاومة في لبنان لن تتوقف عن إسناد غزة.',
        "إننا نقول للعدو إن كل تهديداته لن تخيفنا.",
        'وعلى الجميع أن يدرك أن المعادلة تغيرت".',
    )
    assert [(q.para, q.cue, q.kind) for q in quotes] == [
        (1, "قال", "direct"),
        (2, "إننا", "direct"),
        (3, "وعلى", "direct"),
    ]
    assert quotes[1].content == "إننا نقول للعدو إن كل تهديداته لن تخيفنا"


def test_a_source_whose_paragraph_ends_on_a_colon_after_a_quoted_platform_speaks_in_the_next():
    quotes = quotes_of('وكتب وزير الأمن القومي إيتمار بن غفير على منصة "إكس":', '"يجب احتلال غزة بالكامل".')
    assert [(q.para, q.speaker, q.content) for q in quotes] == [
        (2, "إيتمار بن غفير", "يجب احتلال غزة بالكامل")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # «which shows that»: what the facts show, no one's words (bulk: mayadeen-01329)
        "وتطابقت الأرقام التسلسلية مع أرقام شركة أميركية، ما يشير إلى أن القنابل صنعت في الولايات المتحدة.",
        "وتراجعت الأسعار للشهر الثالث، مما يؤكد أن الركود بدأ.",
    ],
)
def test_a_verb_of_what_the_facts_show_after_ma_reports_no_one(sentence):
    assert quotes_of(sentence) == []


def test_an_attribution_with_ma_still_reports():
    assert [q.speaker for q in quotes_of("وبحسب ما أكد الوزير، فإن الخطة جاهزة.")] == ["الوزير"]
    # (the verb with its own object: what the subject described, bulk: mayadeen-00148)
    found = quotes_of('وأثار مكتب الجمعية تساؤلات حول ما وصفه بأنه "استخدام واضح للقوة المفرطة".')
    assert [q.cue for q in found] == ["وصفه"]
