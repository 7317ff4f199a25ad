"""Interface strings in Arabic and English."""

from __future__ import annotations

LANGUAGES = ("ar", "en")

STRINGS = {
    "title": {"ar": "قول · من قال ماذا", "en": "Qawl · who said what"},
    "caption": {
        "ar": "من قال ماذا في الأخبار العربية، وعن أي موضوع، ومتى.",
        "en": "Who said what in Arabic news, on which topic, and when.",
    },
    "language": {"ar": "اللغة", "en": "Language"},
    "filters": {"ar": "التصفية", "en": "Filters"},
    "speaker": {"ar": "المتحدث", "en": "Speaker"},
    "topic": {"ar": "الموضوع", "en": "Topic"},
    "source": {"ar": "المصدر الإعلامي", "en": "Outlet / source"},
    "kind": {"ar": "نوع الاقتباس", "en": "Quote kind"},
    "search": {"ar": "بحث في النص", "en": "Search the text"},
    "search_help": {
        "ar": "يتجاهل التشكيل واختلاف الهمزات والياء والتاء المربوطة",
        "en": "Ignores diacritics and alef/yeh/teh-marbuta differences",
    },
    "upload": {"ar": "أضف مقالات", "en": "Add articles"},
    "upload_help": {"ar": "‎.txt ‎.jsonl ‎.json ‎.csv ‎.html", "en": ".txt, .jsonl, .json, .csv or .html"},
    "upload_button": {"ar": "اختر ملفات", "en": "Choose files"},
    "upload_limits": {
        "ar": "حتى {mb} ميغابايت للملف · ‎.txt ‎.jsonl ‎.json ‎.csv ‎.html",
        "en": "Up to {mb} MB a file · .txt, .jsonl, .json, .csv, .html",
    },
    "articles": {"ar": "المقالات", "en": "Articles"},
    "quotes": {"ar": "الاقتباسات", "en": "Quotes"},
    "speakers": {"ar": "المتحدثون", "en": "Speakers"},
    "mentions": {"ar": "إشارات الموضوعات", "en": "Topic mentions"},
    "share": {"ar": "رابط هذا العرض", "en": "Link to this view"},
    "share_help": {
        "ar": "انسخ الرابط وأرسله: يفتح العرض نفسه بالتصفية نفسها.",
        "en": "Copy and send this link: it opens this same filtered view.",
    },
    "chart_speakers": {"ar": "الاقتباسات حسب المتحدث", "en": "Quotes per speaker"},
    "chart_over_time": {"ar": "اقتباسات {subject} عبر الزمن", "en": "Quotes of {subject} over time"},
    "chart_outlets": {"ar": "الاقتباسات حسب المصدر الإعلامي", "en": "Quotes per outlet"},
    "chart_speaker_topics": {"ar": "الموضوعات في اقتباساته", "en": "Topics in the quotes"},
    "unknown_outlet": {"ar": "مصدر غير معروف", "en": "unknown outlet"},
    "chart_compare": {"ar": "من تقتبس كل وسيلة إعلامية", "en": "Whom each outlet quotes"},
    "rest_outlets": {
        "ar": "{n} مصادر أخرى ({total} اقتباساً) غير معروضة",
        "en": "{n} more outlets ({total} quotes) not shown",
    },
    "profile": {"ar": "صفحة المتحدث: {name}", "en": "Speaker page: {name}"},
    "profile_link": {"ar": "رابط صفحة المتحدث", "en": "Link to this speaker's page"},
    "profile_span": {
        "ar": "الاقتباسات: {quotes} · المقالات: {articles} · المصادر الإعلامية: {outlets}"
        " · من {first} إلى {last}",
        "en": "Quotes: {quotes} · Articles: {articles} · Outlets: {outlets} · from {first} to {last}",
    },
    "profile_undated": {
        "ar": "الاقتباسات: {quotes} · المقالات: {articles} · المصادر الإعلامية: {outlets}",
        "en": "Quotes: {quotes} · Articles: {articles} · Outlets: {outlets}",
    },
    "recent_quotes": {"ar": "أحدث الاقتباسات", "en": "Most recent quotes"},
    "spoken_to": {"ar": "من خاطبهم", "en": "Spoken to"},
    "why_speaker": {"ar": "لماذا هذا المتحدث: ", "en": "Why this speaker: "},
    "written_here": {"ar": "كُتب في الجملة «{written}»", "en": "written here as «{written}»"},
    "not_named_here": {"ar": "لم يُسمَّ في الجملة", "en": "not named in this sentence"},
    "outside_dates": {
        "ar": "{n} مقالاً خارج التواريخ المختارة ولا تظهر هنا (مع المقالات بلا تاريخ): وسّع التواريخ لرؤيتها.",
        "en": "{n} articles lie outside the chosen dates and are not shown (undated ones included): "
        "widen the dates to see them.",
    },
    "none_spoken_to": {"ar": "لم يُذكر مخاطَب في اقتباساته.", "en": "No one named as spoken to."},
    "compare": {"ar": "مقارنة المصادر الإعلامية", "en": "Compare outlets"},
    "compare_help": {
        "ar": "كم مرة اقتبست كل وسيلة إعلامية أكثر المتحدثين ظهوراً في هذا العرض.",
        "en": "How often each outlet quotes the sources most quoted in this view.",
    },
    "chart_heatmap": {"ar": "من يتحدث عن ماذا", "en": "Who talks about what"},
    "chart_timeline": {"ar": "إشارات الموضوعات عبر الزمن", "en": "Topic mentions over time"},
    "chart_timeline_articles": {"ar": "إشارات الموضوعات حسب المقال", "en": "Topic mentions by article"},
    "chart_cues": {"ar": "أفعال القول", "en": "Cue verbs"},
    "chart_network": {"ar": "من يخاطب من", "en": "Who speaks to whom"},
    "spoke_to": {"ar": "{speaker} إلى {addressee}", "en": "{speaker} to {addressee}"},
    "chart_words": {"ar": "الكلمات الأكثر استخداماً", "en": "Most used words"},
    "count": {"ar": "العدد", "en": "Count"},
    "date": {"ar": "التاريخ", "en": "Date"},
    "article": {"ar": "المقال", "en": "Article"},
    "cue": {"ar": "فعل القول", "en": "Cue"},
    "content": {"ar": "النص", "en": "Content"},
    "addressee": {"ar": "المخاطَب", "en": "Addressee"},
    "topics": {"ar": "الموضوعات", "en": "Topics"},
    "para": {"ar": "الفقرة", "en": "Paragraph"},
    "table": {"ar": "جدول الاقتباسات", "en": "Quote table"},
    "table_help": {
        "ar": "اختر صفاً لقراءة الاقتباس في مقاله.",
        "en": "Select a row to read the quote in its article.",
    },
    "page": {"ar": "الصفحة", "en": "Page"},
    "tab_speakers": {"ar": "المتحدثون والموضوعات", "en": "Speakers and topics"},
    "tab_time": {"ar": "عبر الزمن وأفعال القول", "en": "Over time, and cues"},
    "tab_words": {"ar": "الكلمات ومن يخاطب من", "en": "Words, and who speaks to whom"},
    "article_title": {"ar": "عنوان المقال", "en": "Article title"},
    "order": {"ar": "الترتيب", "en": "Order"},
    "order_reading": {"ar": "ترتيب القراءة", "en": "Reading order"},
    "order_newest": {"ar": "الأحدث أولاً", "en": "Newest first"},
    "order_oldest": {"ar": "الأقدم أولاً", "en": "Oldest first"},
    "order_speaker": {"ar": "المتحدث (أبجدياً)", "en": "Speaker (A–Z)"},
    "quote_link": {"ar": "رابط هذا الاقتباس", "en": "Link to this quote"},
    "quote_link_help": {
        "ar": "يفتح هذا الرابط المقال على هذا الاقتباس.",
        "en": "This link opens the article at this quote.",
    },
    "quote_missing": {
        "ar": "الاقتباس الذي يشير إليه الرابط غير موجود في هذه المجموعة.",
        "en": "The quote this link points to is not in this collection.",
    },
    "page_of": {"ar": "اقتباسات {first}–{last} من {total}", "en": "Quotes {first}–{last} of {total}"},
    "reader": {"ar": "قارئ المقال", "en": "Article reader"},
    "legend_cue": {"ar": "فعل القول", "en": "cue word"},
    "legend_topic": {"ar": "موضوع", "en": "topic term"},
    "export": {"ar": "تصدير", "en": "Export"},
    "no_quotes": {"ar": "لا اقتباسات تطابق التصفية.", "en": "No quote matches the filters."},
    "unranked": {"ar": "لا تُرتَّب هنا: ", "en": "Not ranked here: "},
    "unranked_anonymous": {
        "ar": "{n} اقتباساً من مصادر غير مسمّاة (مصادر، مسؤول، شهود…)",
        "en": "{n} quotes from unnamed sources (sources, officials, witnesses…)",
    },
    "unranked_fragment": {
        "ar": "{n} اقتباساً بلا متحدث محدَّد",
        "en": "{n} quotes without an identified speaker",
    },
    "written_as": {"ar": "كُتب أيضاً: ", "en": "Also written as: "},
    "ignored_params": {
        "ar": "تم تجاهل معاملات غير صالحة في الرابط: ",
        "en": "Ignored invalid link parameters: ",
    },
    "skipped": {"ar": "تنبيه بشأن ملف: ", "en": "About a file: "},
    "choose": {"ar": "اختر…", "en": "Choose…"},
    "date_from": {"ar": "من تاريخ", "en": "From date"},
    "date_to": {"ar": "إلى تاريخ", "en": "To date"},
    "legend_speaker": {"ar": "اسم المتحدث كما ورد", "en": "speaker as named"},
    "more_problems": {"ar": "وتنبيهات أخرى لم تُعرض: {n}", "en": "and {n} more file problems not shown"},
    "store_busy": {
        "ar": "الأرشيف قيد التحديث الآن؛ يظهر حين ينتهي البناء (أعد تحميل الصفحة).",
        "en": "The archive is being updated; it shows once the build has finished (reload the page).",
    },
    "words_for": {"ar": "كلمات", "en": "Words of"},
    "all_quotes": {"ar": "كل الاقتباسات المعروضة", "en": "all shown quotes"},
    "rest_speakers": {
        "ar": "مصادر أخرى غير معروضة: {n}، اقتباساتها: {total}",
        "en": "and {n} more sources with {total} quotes (not shown)",
    },
    "rest_cues": {
        "ar": "أفعال أخرى غير معروضة: {n}، اقتباساتها: {total}",
        "en": "and {n} more cues in {total} quotes (not shown)",
    },
    "week_of": {"ar": "الأسبوع (بدايته)", "en": "Week of"},
    "month": {"ar": "الشهر", "en": "Month"},
    "rest_pairs": {
        "ar": "أزواج أخرى غير معروضة: {n}، اقتباساتها: {total}",
        "en": "and {n} more pairs ({total} quotes) not shown",
    },
    "rest_topics": {"ar": "موضوعات أخرى غير معروضة: {n}", "en": "and {n} more topics (not shown)"},
}

KINDS = {
    "direct": {"ar": "مباشر", "en": "direct"},
    "indirect": {"ar": "غير مباشر", "en": "indirect"},
    "mixed": {"ar": "مختلط", "en": "mixed"},
    "headline": {"ar": "عنوان", "en": "headline"},
}


def t(key: str, lang: str) -> str:
    return STRINGS[key][lang if lang in LANGUAGES else "ar"]


def kind_label(kind: str, lang: str) -> str:
    return KINDS.get(kind, {}).get(lang, kind)


# Why a quote has its speaker (`analysis.quotes.SPEAKER_RULES`), for the Arabic page.
RULES_AR = {
    "subject_after_cue": "الاسم الذي يلي فعل القول فاعلُه",
    "subject_before_verb": "الفاعل مذكور قبل الفعل (وكان X قد حذّر)",
    "relayed_source": "كلام منقول: المصدر بعد «عن» هو القائل، والناقل يرويه",
    "relative_antecedent": "القائل هو ما يعود عليه اسم الموصول (…، والذي قال)",
    "subject_before_comma": "القائل مذكور قبل الفاصلة (مسؤول كبير، يقول…)",
    "earlier_verb_subject": "فاعل فعل سابق في الجملة نفسها",
    "participle_of_sentence": "الحال (مضيفاً، مؤكداً) لقائل الاقتباس في الجملة",
    "participle_of_verb": "الحال لفاعل الفعل الذي يسبقه",
    "continued_source": "بلا فاعل: آخر مصدر يوافقه الفعل تذكيراً وتأنيثاً",
    "headline_speaker": "بلا فاعل ولا قائل قبله: قائل العنوان «X: …»",
    "attribution": "عبارة إسناد (بحسب، وفق، نقلاً عن) تسمّي المصدر",
    "headline": "عنوان على صيغة «X: …» أو «X لـY: …»",
    "quotation_runs_on": "اقتباس فُتح في فقرة سابقة ويستمر",
    "signed_post": "منشور مضمَّن: اقتباس يوقّعه صاحبه بعده",
    "pointing_back": "عبارة تعود على القائل (على حد قوله، في نظره)",
}
