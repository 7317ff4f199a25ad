"""Reported speech in an article: who said what, with which cue, to whom.

For each sentence (full stops inside quotations do not end one) the extractor finds reporting
cues, reads the speaker's phrase after the cue (or before it: وكان الوزير قد حذّر), resolves it
against the article's earlier sources, and takes as content what follows the complementizer
(إن/أن), the colon, the quotation, or the preposition the cue governs (حذّر من…). A cue inside a
quotation, or inside the content of an earlier cue without opening a new clause, is nested
speech and part of the outer quote. Sentences with no cue may still be attributed by بحسب/وفق,
titles of the form "X: …" are direct quotes, and a quotation left open runs on into the next
paragraphs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

from analysis.cues import (
    FEMININE,
    MASCULINE,
    PLURAL,
    RELAY_PREPOSITIONS,
    CueForm,
    cue_lexicon,
    phrases_by_first_word,
)
from analysis.gazetteer import gazetteer, is_possessed
from analysis.learn import plausible_name
from analysis.lexicon import load, normalized_phrases, normalized_set, strip_article, written_forms
from analysis.names import name_grammar
from analysis.normalize import MatchText, dediac_ar, normalize_ar
from analysis.records import Article, EntityMention, Paragraph, Quote, quote_kind, speaker_type
from analysis.segment import PAIRS, ParagraphText, QuoteIndex, QuoteSpan, Token, quote_spans, sentences
from analysis.speakers import (
    ADVERBIAL_PREPOSITIONS,
    ANONYMOUS,
    ASKED_NOUNS,
    CLAUSE_VERBS,
    COUNTING_NUMBERS,
    FUNCTION_WORDS,
    LATEST_WORDS,
    MEDIA,
    ORGANIZATION,
    OTHER,
    PERSON,
    PLACE_PREPOSITIONS,
    TIME_OPENERS,
    VERB_PREPOSITIONS,
    Entity,
    EntityRegistry,
    NounPhrase,
    PhraseReader,
    adverbial_noun,
    adverbial_noun_with_pronoun,
    agrees,
    by_saying,
    complementizer,
    content_words,
    first_person_cue,
    from_cue,
    imperfect_shaped,
    in_own_voice,
    is_boundary_word,
    is_opinion_group,
    name_key,
    name_only_word,
    nisba_shaped,
    qualifier_shaped,
    speaker_lexicon,
    verbal_noun_shaped,
    with_written_forms,
    words_of,
)
from analysis.words import stopwords

COMMAS: Final = ("،", ",")
COMMA_SET: Final = frozenset(COMMAS)  # (the form `_Paragraph.positions` takes)
COMMAS_OR_OPENING_BRACKET: Final = (*COMMAS, "(")
COMMAS_OR_CLOSING_BRACKET: Final = (*COMMAS, ")")
SENTENCE_ENDS: Final = (".", "!", "?", "؟", "…")
# What sets a source's verb of saying inside its quotation apart («"…، يقول مصعب، …"»، «-كما تقول-»)
INTERJECTION_MARKS: Final = ("،", ",", "-", "–", "—")
# The agreement of a pronoun an attribution points to (ووفقاً له، بحسبها)
ATTRIBUTION_PRONOUNS: Final = {"له": MASCULINE, "لها": FEMININE, "لهم": PLURAL}
PRONOUN_ENDINGS: Final = ("ه", "ها", "هم")
DASHES_AND_BRACKETS: Final = ("-", "–", "—", "(")
CLAUSE_MARKS: Final = ("،", ",", "؛", ";", ":", "(", ")", "-", "–", "—")
QUOTE_MARKS: Final = frozenset("“”«»\"„‹›'")
_GRAMMAR: Final = load("grammar")  # lexicons/grammar.yaml: what each list is for is said there
PARTICLES: Final = normalized_set(_GRAMMAR["clause_particles"])
OWN_CLAUSE_OPENERS: Final = normalized_set(_GRAMMAR["own_clause_openers"])
PARTICLE_PHRASES: Final = frozenset(
    tuple(normalize_ar(phrase).split()) for phrase in _GRAMMAR["particle_phrases"]
)
RELATIVES: Final = normalized_set(_GRAMMAR["relatives"])
RELATIVE_AGREEMENT: Final = {
    normalize_ar(word): agreement for word, agreement in _GRAMMAR["relative_agreement"].items()
}
NARRATOR_FORMULAS: Final = normalized_set(_GRAMMAR["narrator_formulas"])
OCCASION_OPENERS: Final = normalized_set(_GRAMMAR["occasion_openers"])
TIME_CONJUNCTIONS: Final = normalized_set(_GRAMMAR["time_conjunctions"])
DESCRIBING_PRONOUNS: Final = ("وهو", "وهي")  # «and he is…», a clause that describes the subject
KAMA: Final = ("كما", "وكما")  # «as», which points to a source's words before or after it
TOPIC_PREPOSITIONS: Final = normalized_set(_GRAMMAR["topic_prepositions"])
PRONOUN_PREPOSITIONS: Final = normalized_set(_GRAMMAR["pronoun_prepositions"])
SITE_NAME_ENDINGS: Final = normalized_set(_GRAMMAR["site_name_endings"])
COPULAS: Final = normalized_set(_GRAMMAR["copulas"])
PREDICATE_COPULAS: Final = normalized_set(_GRAMMAR["predicate_copulas"])
ATTRIBUTION_FIGURES: Final = normalized_set(_GRAMMAR["attribution_figures"])
RELAY_PHRASES: Final = normalized_phrases(_GRAMMAR["relay_phrases"])
RECEIVING_VERBS: Final = normalized_set(_GRAMMAR["receiving_verbs"])
MESSAGE_NOUNS: Final = normalized_set(_GRAMMAR["message_nouns"])
MESSAGE_RESUMPTIVES: Final = normalized_set(_GRAMMAR["message_resumptives"])
NEGATIONS: Final = normalized_set(_GRAMMAR["verb_negations"])
INTERJECTED_CUES: Final = normalized_set(_GRAMMAR["interjected_cues"])
PRONOUN_ATTRIBUTIONS: Final = tuple(sorted(normalized_set(_GRAMMAR["pronoun_attributions"])))
PRONOUN_ATTRIBUTION_WORDS: Final = frozenset(
    conjunction + stem + ending
    for conjunction in ("", "و")
    for stem in PRONOUN_ATTRIBUTIONS
    for ending in PRONOUN_ENDINGS
)
RESUMPTIVES: Final = normalized_set(_GRAMMAR["resumptives"])
# honorific pronoun -> the words of the titles of those it may stand for (معاليه: معالي، وزير)
HONORIFIC_PRONOUNS: Final = {
    normalize_ar(pronoun): frozenset(strip_article(normalize_ar(word)) for word in titles)
    for pronoun, titles in _GRAMMAR["honorific_pronouns"].items()
}
PREVERBAL_PARTICLES: Final = normalized_set(_GRAMMAR["preverbal_particles"])
PERFECT_PARTICLES: Final = normalized_set(_GRAMMAR["perfect_particles"])
ASKED_PASSIVES: Final = normalized_set(_GRAMMAR["asked_passives"])
CLAUSE_JOINERS: Final = normalized_set(_GRAMMAR["clause_joiners"])
SUBJECT_OPENERS: Final = phrases_by_first_word(_GRAMMAR["subject_openers"] + _GRAMMAR["concessive_openers"])
CONCESSIVE_OPENERS: Final = phrases_by_first_word(_GRAMMAR["concessive_openers"])
CONCESSIVE_OPENER_WORDS: Final = frozenset(CONCESSIVE_OPENERS)
CONCESSION_ANSWERS: Final = phrases_by_first_word(_GRAMMAR["concession_answers"])
SUBJECT_OPENER_WORDS: Final = frozenset(SUBJECT_OPENERS)  # (where one may start)
POINTING_BACK: Final = normalized_set(_GRAMMAR["pointing_back_demonstratives"])
POINTING_TO_WORDS_BEFORE: Final = frozenset(
    tuple(normalize_ar(phrase).split()) for phrase in _GRAMMAR["pointing_to_words_before"]
)
STATEMENT_IN_IT: Final = normalized_phrases(_GRAMMAR["statement_in_it"])
# Tokens back from «جاء فيه» to the statement's noun it refers to (وفي بيان نقله المكتب الإعلامي لرئيس
# مجلس الوزراء العراقي جاء فيه).
STATEMENT_IN_IT_WINDOW: Final = 12
STATEMENT_POINTERS: Final = normalized_phrases(_GRAMMAR["statement_pointers"])
STATEMENT_POINTER_VERBS: Final = frozenset(
    clitic + phrase[0] for phrase in STATEMENT_POINTERS for clitic in ("", "و")
)
OBJECT_ADVERBIAL_OPENERS: Final = normalized_set(_GRAMMAR["object_adverbial_openers"])
CONSEQUENCE_OPENERS: Final = normalized_set(_GRAMMAR["consequence_openers"])
ANSWER_PRONOUNS: Final = normalized_set(_GRAMMAR["answer_pronouns"])
ISSUER_PREPOSITIONS: Final = normalized_set(_GRAMMAR["issuer_prepositions"])
ISSUING_VERBS: Final = normalized_set(_GRAMMAR["issuing_verbs"])
TIME_WORDS: Final = normalized_set(_GRAMMAR["time_words"])
QUESTION_PARTICLES: Final = normalized_set(_GRAMMAR["question_particles"])
NARRATOR_GLOSSES: Final = normalized_phrases(_GRAMMAR["narrator_glosses"])
MOMENT_ADJECTIVES: Final = normalized_set(_GRAMMAR["moment_adjectives"])
IDENTITY_NOUNS: Final = normalized_set(_GRAMMAR["identity_nouns"])
FIRST_PERSON_VIEWS: Final = normalized_set(_GRAMMAR["first_person_views"])
# Words of an aside withholding a source's name, up to its name (، طلب عدم الكشف عن هويته،)
WITHHELD_NAME_WORDS: Final = 7
# Words of a person's description in quotation marks before their name (كتبت "التويترية" نورة…)
QUOTED_DESCRIPTION_WORDS: Final = 2
# Words a clause has before its attribution, when another cue's clause follows in the sentence,
# to be a statement of its own (not «وذلك بحسب المسؤول، والذي ذكر…»)
ATTRIBUTED_CLAUSE_WORDS: Final = 3
# The conjunctions written on the first word of a clause (وقال، فالكاتب يتهم…).
CONJUNCTIONS: Final = "وف"
BODY_NAME_STOPS: Final = frozenset({"ب"})  # the verb's preposition a body's name never goes past
# The pronoun a relay verb passes the words of (ونقلت الصحيفة عنه قوله…): the source quoted before.
RELAYED_PRONOUNS: Final = frozenset({"عنه", "عنها", "عنهم", "عنهما"})
# How far before a relative its antecedent may begin (…بحسب المسؤول في البنتاغون، والذي ذكر).
RELATIVE_ANTECEDENT_WORDS: Final = 12
# How far before «…، التي قال فيها» the statement spoken in may stand: past its owner's name,
# the outlet it was given to and its date (تصريحات أستاذ القانون أمين محفوظ لجريدة التونسية
# ليوم الخميس 19 نوفمبر 2015 والتي قال فيها).
STATEMENT_OWNER_WORDS: Final = 20
ASKED_ABOUT: Final = frozenset({"عن"})  # what one was asked about, after the one asked
CONTENT_ADVERBS: Final = normalized_set(_GRAMMAR["content_adverbs"])
CONJUNCTIONS_BEFORE_AN: Final = normalized_set(_GRAMMAR["conjunctions_before_an"])
CONTRASTS_BEFORE_AN: Final = normalized_set(_GRAMMAR["contrasts_before_an"])
ASIDE_PREPOSITIONS: Final = normalized_set(_GRAMMAR["aside_prepositions"])
CLITIC_PREPOSITIONS: Final = frozenset("بلك")
SLOT_REFUSALS: Final = normalized_set(_GRAMMAR["slot_refusals"])
NUMBER_WORDS: Final = normalized_set(_GRAMMAR["number_words"])
PRONOUN_ADDRESSEES: Final = normalized_set(_GRAMMAR["pronoun_addressees"])
PRONOUN_SUFFIXES: Final = ("ه", "ها", "هم", "هما")
CONTENT_PREPOSITIONS: Final = normalized_set(["إلى", "على"])  # before أنّ: أشار إلى أنّ
# Words that start a name worth remembering (وزير الدفاع لويد أوستن، السيد…، محمد…).
NAME_OPENERS: Final = frozenset(["title", "honorific", "given"])
TOPIC_WORDS: Final = normalized_set(_GRAMMAR["topic_openers"])
TOPIC_OPENERS: Final = TOPIC_WORDS | PARTICLES
ARTICLE_SHAPED_VERBS: Final = normalized_set(_GRAMMAR["article_shaped_verbs"])
# Classes of words that head a source's phrase.
SOURCE_HEADS: Final = ("title", "given", "honorific", "anonymous", "organization", "media")
SOURCE_OR_PLACE_HEADS: Final = (*SOURCE_HEADS, "place")
GLUED_SOURCE_HEADS: Final = ("title", *SOURCE_HEADS[2:])
SOURCE_KINDS: Final = (PERSON, ANONYMOUS, ORGANIZATION, MEDIA)
ONE_OF: Final = normalized_set(_GRAMMAR["one_of"])
ANY_WORDS: Final = normalized_set(_GRAMMAR["any_words"])
OBJECT_DEMONSTRATIVES: Final = normalized_set(_GRAMMAR["object_demonstratives"])
DEMONSTRATIVE_SUBJECTS: Final = normalized_set(_GRAMMAR["demonstrative_subjects"])
# Words after a verbal noun and its subject that open no object of it: its own count or time
# (إعلان بوتين مرة عن…، إعلان الداخلية قبل أيام عن…)
NOUN_OBJECT_NON_STARTERS: Final = normalized_set(["مرة", "مرات", "أيام", "قبل", "بعد", "منذ", "رسميا"])
MEDIUM_PREPOSITIONS: Final = normalized_set(["في", "على"])  # (عبر حسابه | في تويتر، على «إكس»)
MAX_MEDIUM_PARTS: Final = 3  # a medium's name and networks after it (عبر حسابه على "إكس")
ANY_SOURCES: Final = normalized_set(_GRAMMAR["any_sources"])
BELONGING_PREPOSITIONS: Final = normalized_set(_GRAMMAR["belonging_prepositions"])
EVIDENCE_NOUNS: Final = normalized_set(_GRAMMAR["evidence_nouns"])
PREPOSITIONS_BEFORE_NOUNS: Final = normalized_set(_GRAMMAR["prepositions_before_nouns"])
ADDRESSEE_NOUNS: Final = frozenset(strip_article(w) for w in normalized_set(_GRAMMAR["addressee_nouns"]))
EXAMPLE_OPENERS: Final = phrases_by_first_word(_GRAMMAR["example_openers"])
# Words a sentence's own subject may span before its verb (رئيس وزراء هنغاريا فيكتور أوربان يقول)
MAX_INITIAL_SUBJECT: Final = 10
# Words that start a mention of a source of any kind (`entities`).
ENTITY_OPENERS: Final = NAME_OPENERS | {"organization", "media", "anonymous"}
MAX_CONTINUED_PARAGRAPHS: Final = 6
# The most words of an item in a list a colon opened with no quotation mark (…من بينها: | تحديد
# مسارات العمل الإنساني.): a longer paragraph after the first is the narration going on.
MAX_LIST_ITEM_WORDS: Final = 30
DAMMA: Final = "\u064f"
BETWEEN_SUBJECT_WORDS: Final = 4  # words of a subject between بيّن written bare and its أنّ
OBJECT_PRONOUNS: Final = ("هما", "هم", "ها", "ه")  # on a verb or a preposition, longest first
MAX_HEADING_WORDS: Final = 3  # words of a heading glued before a paragraph's verb (مجلس التعاون الخليجي)
LIST_BULLETS: Final = frozenset("-–•*")  # (not ● ■: an interview's question and answer marks)
# How many of the latest sources a verb with no subject may reach back to for one it agrees with.
CONTINUATION_DEPTH: Final = 4
CONTINUATION_PARAGRAPHS: Final = 3
INTERRUPTION_WORDS: Final = 2  # a line of no more words is no paragraph of the account (إعلان)
# How far back a person the narration named (no quote of theirs yet) is the subject a verb
# with none continues.
WITNESS_PARAGRAPHS: Final = 2
# How many words before a summary's present verb its subject joined by و may have.
MAX_CONJOINED_SUBJECT: Final = 5
# How far (in tokens) a subject is looked for before its verb: keeps every cue's work bounded,
# so a sentence of thousands of cues costs linear time.
SUBJECT_WINDOW: Final = 40
# A byline opening a paragraph (دعاء بهاء الدين- ريم سليمان- سبق- جدة:): at most so many words
# before its colon, set apart by at least so many dashes.
BYLINE_WORDS: Final = 16
BYLINE_DASHES: Final = 2
# The words that open a clause describing a speaker set after their words: a pronoun («"…"،
# يقول أبو محمد، وهو أب لخمسة أطفال») or a relative («"…"، تقول شهد للجزيرة نت، والتي أفرج عنها…»).
SPEAKER_PRONOUNS: Final = ("وهو", "وهي", "وهم", "وهما", "والتي", "والذي", "التي", "الذي", "الذين")
# Words of an adverbial set off by a comma before a sentence's first verb (من جهتها، بدورها،).
OPENER_WORDS: Final = 3
TIME_OPENER_WORDS: Final = 2  # words of a time after its preposition, before the verb (بعد انتهاء الاجتماع)
# Words an attribution's source may run on with before the complementizer (its adjectives, a
# second source: مسؤول إيراني وشخص آخر مطلع على المحادثات إنّ…).
RELAY_TAIL: Final = 8
# The preposition after a relay verb that names the source passed on (نقله مراسلنا عن مصدر أمني).
RELAY_STOPS: Final = normalized_set(["عن"])
# Words a relay's subject phrase may leave before «نقلاً عن» (موقع ميدل إيست | آي نقلاً عن).
RELAY_GAP: Final = 2
# A pronoun after the verb of «بحسب ما قال» before the source: whom it was said of (طبقاً
# لما قال عنه الكاتب) or the verb's own ب (وفق ما أفاد به المعتمد، حسب ما صرح به الأهالي).
VERB_OBJECT_PRONOUNS: Final = frozenset({"عنه", "عنها", "عنهم", "عنهما", "به", "بها"})
# أنّ with no pronoun attached: a noun after it is the subject of its clause.
BARE_COMPLEMENTIZERS: Final = frozenset({"ان", "بان", "وان"})
# How far back (in tokens) from a comma the أنّ of a content whose subject ends there may stand.
COMPLEMENT_SUBJECT_WINDOW: Final = 16
QUOTED_BODY_WORDS: Final = 8  # words of a body's name in quotation marks (مركز حنظلة للأسرى والمحررين…)
MIN_CONTENT_BEFORE: Final = 3  # words a content before its cue has at least (…، قال الوزير)
INVERTED_CONTENT_WORDS: Final = 6  # words a clause needs to be reported by a cue after it with no كما
NEAR_COMPLEMENTIZER: Final = 5  # words within which أنّ makes a bare بين the verb بيّن (يعد: وعد)
# «ما» before an attribution's verb, alone or joined to its preposition (بحسب ما، وفقاً لما،
# نقلاً عمّا ذكرته…; حسبما أعلن: the phrase written as one word)
ATTRIBUTION_MA: Final = ("ما", "لما", "عما", "حسبما", "بحسبما", "وحسبما", "وبحسبما")
NEAR_WORD: Final = 12  # words within which a form's own word (عن after عبر) makes it a cue (its subject's)
MAX_COLON_LINE_SOURCE: Final = 12  # words of a source before the colon of a paragraph «X: "…"»
COLON_LINE_WORDS: Final = 5  # words of a sentence after the colon of a live line with no quotation marks
MAX_ASKED_WORDS: Final = 3  # words of the ones asked after a time (المتمردين الحوثيين)
MAX_TIME_WORDS: Final = 3  # words of a time set off by commas (، مساء أمس الثلاثاء،)
MAX_CLOSING_NAME: Final = 3  # words of a name no reader knows that an attribution may end on
TOPIC_WINDOW: Final = 14  # words back from a verb with ف to the أمّا of its topic
ATTRIBUTION_PHRASE_WORDS: Final = 12  # words of «بحسب مصادر طبية في المدينة» up to the comma closing it
NESTED_CUE_WINDOW: Final = 12  # words back from «أنّه» to the cue whose content it opens
OWN_CONTENT_WINDOW: Final = 4  # words within which a participle after a content opens its own
MAX_CLOSED_SUBJECT_WORDS: Final = 4  # words of a non-cue verb's subject that a preposition or comma closes
MAX_SLOT_WORDS: Final = 4  # words of a subject no lexicon knows between a verb and its content
BELONGING_WORDS: Final = 4  # words of where one of a people belongs (في مكتب استقدام، من المطلعين على الملف)
PEOPLE_JOINED: Final = 2  # groups of people joined to a people named by its nisba (إعلاميون ومثقفات)
GLUED_WORDS_CACHED: Final = 1 << 16  # long words whose glued parts are remembered
GLUED_VERB_LETTERS: Final = 7  # a verb and its subject glued: no fewer letters (قالتوزارة، أكدوزير)
OCCASION_WORDS: Final = 2  # words between an occasion's noun and its speaker behind ل (مؤتمر صحفي للمتحدث)
NARRATOR_FORMULA_WORDS: Final = 4  # words of «تجدر الإشارة إلى» and its like, before their أنّ
MAX_DESCRIBED_WORDS: Final = 12  # a description with its relative clause, after a verb's unknown subject
MAX_APPOSITION_WORDS: Final = 7  # words of a description set off by commas after a slot's subject
OCCASION_CLAUSE_WORDS: Final = (
    14  # words of an occasion set off by commas (في تصريح لوكالة تونس افريقيا للأنباء)
)
MAX_INTERPOSED: Final = (
    4  # apposition, age, outlet, occasion: what may stand between the slot and its content
)
CONSTRUCT_WORDS: Final = 3  # nouns of a construct chain after a group (أحد أفراد | طاقم الدبابة)
SCARE_QUOTE_WORDS: Final = 4  # a shorter quotation in running text is a name or a term, not speech
OCCASION_SPAN_WORDS: Final = 8  # words of an occasion set off by commas before its verb (، وفي بيان لها،)
MAX_QUOTED_NAME_WORDS: Final = 3  # words of a quoted name (منصة "إكس") that no statement is
COLON_CONTENT_SLACK: Final = 3  # characters between a content's end and its paragraph's closing colon
MAX_INTERPOSED_BEFORE_COLON: Final = 6  # an occasion between a source and a colon ending its paragraph
OWN_WORDS_SUBJECT_WORDS: Final = 10  # words of a named subject between a nested verb and its colon
ADDRESSEE_OBJECT_WORDS: Final = 6  # words of the one spoken to before the verb's preposition (طالبت X بـ…)
PUNCT_TRIM: Final = " \t\n،,.:؛;-–—"


# Embedded posts: what ends a signature (a link, a handle, an embed's date line) and the hashtags
# after it (لـ #الميادين #غزة, also glued together).
_POST_TAIL: Final = re.compile(r"pic\.twitter\.com|https?://|@|—")
# The lines an embedded post leaves between the paragraphs of an account, no more paragraphs of it
# than an advert's «إعلان»: its link with the signature after it, and its date («https://t.co/…
# pic.twitter.com/… — الجزيرة نت (@AJArabicnet)», «October 31, 2025»).
_POST_LEFTOVER: Final = re.compile(
    r"\s*(?:pic\.twitter\.com/|https?://)"
    r"|\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}\s*$"
)
# What an embedded post carries besides its quotation: a tag, a handle, a link or a dash.
_POST_MARK: Final = re.compile(r"#|pic\.twitter\.com|https?://|@|—")
_TAG_PREPOSITIONS: Final = ("لـ", "ل", "في", "عبر")
MAX_SIGNATURE_WORDS: Final = 14

# The rules that choose a quote's speaker, by the name each draft records (`explain`).
SPEAKER_RULES: Final = {
    "subject_after_cue": "the phrase after the cue is its subject",
    "subject_before_verb": "the subject stands before the verb (وكان X قد حذّر)",
    "reported_subject": "the subject of a reported clause whose verb's own words follow (…أنّ X قال: «…»)",
    "relayed_source": "relayed speech: the source after عن speaks, the subject passes it on",
    "relative_antecedent": "the relative clause's antecedent speaks (…، والذي قال)",
    "statement_owner": "whose statement the relative's verb was said in (تصريحات X، التي قال فيها)",
    "subject_before_comma": "the phrase before the comma speaks (مسؤول كبير، يقول…)",
    "topic_subject": "the topic «أما X، فـ…» is the subject of the verb after it",
    "sender_of_message": "the sender of the call or message the cue speaks in (تلقى X اتصالاً من Y أكد فيه)",
    "earlier_verb_subject": "the subject of an earlier verb in the sentence",
    "opening_imperfect_subject": "the source opening the sentence before an imperfect verb of its person",
    "occasion_of_speaker": "no subject: the speaker the opening occasion names (وفي كلمة للرئيس X، قال)",
    "participle_of_sentence": "a participle shares the speaker of the sentence's quote",
    "joined_verb_of_sentence": (
        "a verb joined by و after its object's content (أدان الهجوم وطالب بـ…) shares the sentence's speaker"
    ),
    "participle_of_verb": "a participle takes the subject of its main verb",
    "participle_of_clause_subject": "a participle takes the named person opening its clause before the verb",
    "participle_of_opening_verb": (
        "a participle takes the subject of its sentence's first verb (after it, or before an imperfect one)"
    ),
    "described_subject": "the first verb's subject no lexicon knows, an apposition describing it",
    "subject_in_slot": "the words no lexicon knows between the cue and its content (يقول X: …)",
    "actor_subject": "a side named by a common noun, alone before the content (وقال الاحتلال إنّ…)",
    "people_subject": "a people named by its nisba, alone before the content (وقال فلسطينيون إنّ…)",
    "continued_source": "no subject: the latest source the verb agrees with",
    "attributed_continuation": (
        "an attribution to a verb with no subject (ووفق ما تابعت:) continues the latest source it agrees with"
    ),
    "first_person": "«we» (ونؤكد أنّ…): the source quoted in this paragraph or the one before speaks on",
    "no_one": "the subject is «any» one (ولم تعلن أي جهة مسؤوليتها): no source speaks",
    "demonstrative_subject": "a demonstrative subject before the verb (كان ذلك يعبّر عن…): a fact, no source",
    "evidence": "the subject is what figures show (وأكدت البيانات أن…): the body or outlet quoted last",
    "narrated_subject": "no subject: the subject of the sentence before, which quoted no one",
    "asked_subject": "no subject: the one asked earlier in the sentence answers",
    "statement_in_it": "«جاء فيه» after a statement's noun: its issuer speaks",
    "statement_pointed_to": "«جاء ذلك في بيان لـX» after a sentence that quoted no one: X speaks it",
    "person_named_before": "no subject, no source quoted near: the person a title named last, of its gender",
    "honorific_pronoun": "an honorific for the dignitary (معاليه، سموه): the person named last",
    "headline_speaker": "no subject and no source quoted yet: the speaker of the headline «X: …»",
    "attribution": "an attribution phrase (بحسب، وفق، نقلاً عن) names the source",
    "headline": "a headline of the form «X: …» or «X لـY: …»",
    "linked_headline": "the title «X: …» of an article linked in a «read also» list",
    "quotation_runs_on": "a quotation opened in an earlier paragraph runs on",
    "signed_post": "an embedded post: a quotation signed by its source after it",
    "colon_line": "a paragraph «X: “…”»: the source, its colon, then its words in quotation marks",
    "interjected_source": "a verb of saying set inside a quotation between commas or dashes names its source",
    "pointing_back": "a phrase points back to the source speaking (على حد قوله، في نظره)",
    "pronoun_attribution": "an attribution to a pronoun (ووفقاً له، وبحسبها): the last source it agrees with",
}


@cache
def _attribution_openers() -> frozenset[str]:
    """Words where an attribution may start: the lexicon's, and those to a pronoun (بحسبه)."""
    return cue_lexicon().attribution_openers | PRONOUN_ATTRIBUTION_WORDS


def _before_relative(paragraph: _Paragraph, cue: _Cue) -> int:
    """The token after the antecedent of the relative right before the cue (the comma that may
    set the relative off is no part of it)."""
    rel = cue.token - 1
    return rel - 1 if paragraph.word(rel - 1) in COMMAS else rel


def _after_topic(paragraph: _Paragraph, k: int) -> bool:
    """Token k stands in a sentence opened by أما (whose ف answer comes later)."""
    at = paragraph.tokens[k].start
    start = next((a for a, b in paragraph.sentences if a <= at < b), 0)
    return any(paragraph.word(i) in TOPIC_WORDS for i in range(paragraph.first_token_at(start), k))


def _opens_answer_clause(word: str) -> bool:
    """ف on a pronoun or a definite noun: the main clause answering a fronted attribution
    (وحسب المصادر، فهو كان…، فالمستوطنون أحرقوا…)."""
    return word in ANSWER_PRONOUNS or word.startswith("فال") and len(word) > 4


def _opens_with_preposition(word: str) -> bool:
    """A content that is a verb's prepositional complement (لضبط النفس، إلى التهدئة، بوقف…)."""
    # (not ب nor من: as often an adverbial opening the sentence its verb follows — بمبادرة من…،
    # بسبب الأزمة…، من أجل…)
    return (
        word in ("إلى", "الى", "على", "عن")
        or word[:1] == "ل"
        and len(word) > 3
        and word not in gazetteer().name_words
    )


def occasion_adjective(word: str) -> bool:
    """An indefinite masculine adjective of relation after an occasion's noun (بيان رسمي، مؤتمر
    صحفي، اتصال هاتفي، بلاغ عسكري): the occasion's word, no subject's or content's. (Not the
    feminine ending's: عملية، استراتيجية are nouns of that shape.)"""
    return word.endswith("ي") and not word.startswith("ال") and nisba_shaped(word)


class _Paragraph:
    """One paragraph's normalized text, tokens, quotations and sentences, and the tokens each
    reader has to visit (the rest of the words cannot start a cue, a name or an attribution)."""

    def __init__(self, article: Article, para: Paragraph, text: ParagraphText):
        self.article, self.para, self.match = article, para, text.match
        self.vocabulary = text.vocabulary
        self._text = text
        self._positions: dict[frozenset[str], list[int]] = {}
        self.spans = quote_spans(self.match.text)
        self.quotes = QuoteIndex(self.spans)
        self._glued = _glued_words(self.vocabulary)
        self._glued.update(_glued_complementizers(self.match))
        for word, cuts in _complementizers_glued_after(self.match).items():
            self._glued.setdefault(word, cuts)  # (an outlet's name parts it already: …للميادينأنّ)
        if self._glued:
            self.vocabulary = self.vocabulary | {
                part for w, cuts in self._glued.items() for part in glued_parts(w, cuts)
            }
        # Made on first use, below (explicit memos: the compiled build, analysis.native, would
        # run a functools.cached_property's body on every access).
        self._tokens_memo: list[Token] | None = None
        self._sentences_memo: list[tuple[int, int]] | None = None
        self._linked_boxes_memo: list[tuple[int, int]] | None = None
        self._span_of_open_memo: dict[int, QuoteSpan] | None = None
        self._span_of_close_memo: dict[int, QuoteSpan] | None = None
        self._token_starts_memo: list[int] | None = None
        self._words_memo: list[str] | None = None
        self._damma_memo: bool | None = None

    @property
    def has_damma(self) -> bool:
        """The paragraph's text is written with a damma somewhere (most news text has none)."""
        if self._damma_memo is None:
            self._damma_memo = DAMMA in self.article.text[self.para.start : self.para.end]
        return self._damma_memo

    # Tokens, sentences and the quotations by their marks are made on first use: a paragraph
    # with no cue, name or attribution needs none of them.
    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences_memo is None:
            found = sentences(self.match.text, self.spans)
            # (a scraper's «read also» box is no sentence of the body: what follows it starts one)
            self._sentences_memo = (
                [part for bounds in found for part in _without_boxes(bounds, self._linked_boxes)]
                if self._linked_boxes
                else found
            )
        return self._sentences_memo

    @property
    def _linked_boxes(self) -> list[tuple[int, int]]:
        """The spans of the scraper's «read also» boxes (اقرأ أيضا list of 2 items … end of list)."""
        if self._linked_boxes_memo is None:
            self._linked_boxes_memo = (
                [box.span() for box in _LINKED_BOX.finditer(self.match.text)]
                if "end of list" in self.match.text
                else []
            )
        return self._linked_boxes_memo

    def in_linked_box(self, char: int) -> bool:
        """Character `char` lies in a «read also» box's linked titles (read as titles apart)."""
        return any(start <= char < end for start, end in self._linked_boxes)

    @property
    def _span_of_open(self) -> dict[int, QuoteSpan]:
        if self._span_of_open_memo is None:
            self._span_of_open_memo = {s.open: s for s in self.spans if s.open >= 0}
        return self._span_of_open_memo

    @property
    def _span_of_close(self) -> dict[int, QuoteSpan]:
        if self._span_of_close_memo is None:
            self._span_of_close_memo = {s.close: s for s in self.spans if s.open >= 0}
        return self._span_of_close_memo

    @property
    def tokens(self) -> list[Token]:
        if self._tokens_memo is None:
            tokens = with_written_forms(self._text.tokens, self.vocabulary, self.original)
            if self._glued:
                tokens = [part for t in tokens for part in _unglued(t, self._glued.get(t.text, ()))]
            self._tokens_memo = tokens
        return self._tokens_memo

    @tokens.setter
    def tokens(self, tokens: list[Token]) -> None:
        """(A reading that cuts a glued word apart sees the paragraph's tokens with the parts,
        then puts the tokens back: _read_attribution, _stripped_phrase.)"""
        self._tokens_memo = tokens
        self._words_memo = None

    @property
    def _token_starts(self) -> list[int]:
        if self._token_starts_memo is None:
            self._token_starts_memo = [token.start for token in self.tokens]
        return self._token_starts_memo

    @property
    def index(self) -> int:
        return self.para.index

    def positions(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens that are one of `words` (memoized per word set)."""
        found = self._positions.get(words)
        if found is None:
            wanted = self.vocabulary & words
            found = self._positions[words] = (
                [i for i, t in enumerate(self.tokens) if t.text in wanted]
                if self._glued
                else self._text.token_indices(wanted)
            )
        return found

    def positions_between(self, words: frozenset[str], first: int, last: int) -> list[int]:
        found = self.positions(words)
        return found[bisect.bisect_left(found, first) : bisect.bisect_left(found, last)]

    def word(self, i: int) -> str:
        # (asked millions of times an archive: the tokens' texts are kept as a list of their own)
        words = self._words_memo
        if words is None:
            words = self._words_memo = [token.text for token in self.tokens]
        return words[i] if 0 <= i < len(words) else ""

    def particle_at(self, i: int) -> bool:
        """Token i is a clause particle, or a word of a particle of two (في حين: «whereas»)."""
        return (
            self.word(i) in PARTICLES
            or (self.word(i), self.word(i + 1)) in PARTICLE_PHRASES
            or (self.word(i - 1), self.word(i)) in PARTICLE_PHRASES
        )

    def inside_quote(self, char: int) -> bool:
        return self.quotes.at(char) is not None

    def inside_opened_quote(self, char: int) -> bool:
        """Inside a quotation whose opening mark is there: a lone closing mark (a missing opener,
        common in scraped text) does not hide the cues before it."""
        span = self.quotes.at(char)
        return span is not None and span.open >= 0

    def span_opening_at(self, char: int) -> QuoteSpan | None:
        return self._span_of_open.get(char)

    def quote_ending_before(self, char: int) -> QuoteSpan | None:
        """The quotation whose closing mark stands right before `char` (spaces aside)."""
        text = self.match.text
        k = char - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        return self._span_of_close.get(k)

    def to_article(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of a normalized span of this paragraph."""
        begin, finish = self.match.span_to_original(start, end)
        return self.para.start + begin, self.para.start + finish

    def original(self, start: int, end: int) -> str:
        begin, finish = self.to_article(start, end)
        return self.article.text[begin:finish]

    def token_range_text(self, start: int, end: int) -> str:
        text = self.original(self.tokens[start].start, self.tokens[end - 1].end)
        if self._glued:  # words parted where the scraper glued them are written apart
            text = self._written_apart(start, end)
        if text.startswith("ل") and self.tokens[start].text.startswith("ال"):
            return "ا" + text  # الكاتب read out of للكاتب, whose article lost its alef after ل
        return text

    def _written_apart(self, start: int, end: int) -> str:
        tokens = self.tokens
        pieces = [self.original(tokens[start].start, tokens[start].end)]
        for k in range(start + 1, end):
            between = self.original(tokens[k - 1].end, tokens[k].start)
            if not between and tokens[k - 1].text[-1:].isalpha() and tokens[k].text[:1].isalpha():
                between = " "
            pieces += [between, self.original(tokens[k].start, tokens[k].end)]
        return "".join(pieces)

    def first_token_at(self, char: int) -> int:
        return bisect.bisect_left(self._token_starts, char)


@dataclass
class _Draft:
    """A quote before its speaker's final (fullest) name is known."""

    para: int
    entity: Entity
    cue_span: tuple[int, int]
    kind: str
    span: tuple[int, int]
    addressee: Entity | None
    speaker_span: tuple[int, int] | None
    rule: str  # the SPEAKER_RULES entry that chose the speaker
    form: CueForm | None = None
    relay: Entity | None = None  # the medium that passed the source's words on


@dataclass
class _Source:
    """The choice of a cue's source: who speaks, by which rule (`SPEAKER_RULES`), where the
    sentence names them, who is spoken to, and the token where the words after them go on."""

    entity: Entity | None
    rule: str
    span: tuple[int, int] | None = None
    addressee: Entity | None = None
    after: int = 0
    relay: Entity | None = None


@dataclass
class _Cue:
    token: int
    form: CueForm
    clitic: int  # length of the proclitic (و/ف) before the cue word


class ArticleReader:
    """Extracts the quotes of one article."""

    def __init__(self, article: Article, texts: list[ParagraphText] | None = None):
        self.article = article
        self.lexicon = cue_lexicon()
        self.speakers = speaker_lexicon()
        self.drafts: list[_Draft] = []
        self.registry = EntityRegistry(self.drafts)
        # titles of linked articles: quotes of their own, no sources this article continues
        self.linked_drafts: list[_Draft] = []
        # statements a verbal noun reports, inside a sentence's adverbial (بعد إعلان البيت
        # الأبيض موافقة…،): no later verb without a subject continues their source
        self.noun_drafts: list[_Draft] = []
        self.current: Entity | None = None
        self.open_quote: Entity | None = None  # speaker of a quotation still open at paragraph end
        self.after_colon = False  # that speaker's paragraph ended on a colon, no quotation open
        self.colon_paragraph = -1  # the index of the last paragraph that ended on a colon
        # the source of a cue whose colon ends the paragraph («وقال المؤرخ رشيد الخالدي:»): the
        # words are the next paragraph's
        self.colon_source: Entity | None = None
        self.heads_learned: set[str] = set()
        self.continued = 0  # paragraphs the open quotation has run on so far
        self._headline: tuple[Entity | None] | None = None  # the title's speaker, once read
        texts = texts or [ParagraphText(article.paragraph_text(p)) for p in article.paragraphs]
        self.paragraphs = [_Paragraph(article, p, t) for p, t in zip(article.paragraphs, texts, strict=True)]

    # ---------------------------------------------------------------- driver
    def run(self) -> list[Quote]:
        self._read()
        return self._finish()

    def _read(self) -> None:
        for paragraph in self.paragraphs:
            self.registry.position = paragraph.index
            self._learn_people(paragraph)
        for paragraph in self.paragraphs[1:]:
            self.registry.position = paragraph.index
            self._read_paragraph(paragraph)
        if self.paragraphs:
            self.registry.position = self.paragraphs[0].index
            self._read_title(self.paragraphs[0])

    def explained(self) -> list[tuple[Quote, _Draft]]:
        """Each quote with the draft that made it (its rule, cue form and spans)."""
        self._read()
        return list(zip(self._finish(), self._ordered_drafts(), strict=True))

    def entity_mentions(self) -> list[EntityMention]:
        """Every person, body, outlet and anonymous source the article mentions, read by the
        same phrase reader and registry that choose speakers (after the quotes are read, so
        the registry knows the article's names)."""
        self._read()
        mentions = []
        openers = words_of(ENTITY_OPENERS) | frozenset(
            word for entity in self.registry.entities for word in entity.name_words
        )
        for paragraph in self.paragraphs:
            reader = PhraseReader(paragraph.tokens, self.registry)
            consumed = 0
            for i in paragraph.positions(openers):
                if i < consumed or self.speakers.category(paragraph.word(i)) == "place":
                    continue
                phrase, _ = reader.read(i, len(paragraph.tokens))
                if (
                    phrase is None
                    or phrase.kind == "statement"
                    or not (
                        phrase.name
                        or content_words(paragraph.word(k) for k in range(phrase.start, phrase.end))
                    )
                ):
                    continue
                consumed = max(phrase.end, i + 1)
                entity = self._entity(paragraph, phrase)
                if entity is None:
                    continue
                start, end = self._token_span(paragraph, phrase.start, phrase.end)
                first = paragraph.word(phrase.start)
                if (
                    first[:1] in "وفبلك"
                    and not first.startswith("لل")
                    and self.speakers.category(first[1:]) not in ("", "function")
                ):
                    start += 1  # بوزير الدفاع: the mention starts after the preposition
                mentions.append(
                    EntityMention(
                        self.article.id,
                        paragraph.index,
                        entity.kind,
                        self.article.text[start:end],
                        entity.name,
                        start,
                        end,
                    )
                )
        return mentions

    def _ordered_drafts(self) -> list[_Draft]:
        return sorted(self.drafts + self.linked_drafts + self.noun_drafts, key=lambda d: (d.para, d.span[0]))

    def _finish(self) -> list[Quote]:
        quotes = []
        for draft in self._ordered_drafts():
            start, end = draft.span
            quotes.append(
                Quote(
                    article=self.article.id,
                    para=draft.para,
                    speaker=draft.entity.name,
                    speaker_type=speaker_type(draft.entity.kind),
                    cue=self.article.text[slice(*draft.cue_span)],
                    kind=quote_kind(draft.kind),
                    content=self.article.text[start:end],
                    start=start,
                    end=end,
                    cue_start=draft.cue_span[0],
                    cue_end=draft.cue_span[1],
                    addressee=draft.addressee.name if draft.addressee else None,
                    speaker_start=draft.speaker_span[0] if draft.speaker_span else None,
                    speaker_end=draft.speaker_span[1] if draft.speaker_span else None,
                )
            )
        return quotes

    # ---------------------------------------------------------------- people
    def _learn_people(self, paragraph: _Paragraph) -> None:
        """Names given with a title anywhere (… بوزير الدفاع الأميركي، لويد أوستن،) teach the
        registry who a title or a surname will mean later."""
        openers = paragraph.positions(words_of(NAME_OPENERS))
        if not openers:
            return
        reader = PhraseReader(paragraph.tokens, self.registry)
        consumed = 0
        for i in openers:
            if i < consumed or paragraph.inside_quote(paragraph.tokens[i].start) or reader.is_boundary_at(i):
                continue  # (على written for the name علي: four in ten of the openers in news)
            if paragraph.word(i) in self.speakers.deceased_markers or reader.eponym_head_at(i - 1):
                continue  # كتائب الشهيد عز الدين القسام، مستشفى كمال عدوان: a body's or place's eponym
            word = paragraph.word(i)
            if word[:1] in "وف" and word[1:2] in "لب" and word not in self.speakers.given_names:
                word = word[1:]  # (ولصالح العالم: and «in favour of»)
            if (
                word[:1] in "لب"
                and word not in self.speakers.given_names
                and word[1:] in self.speakers.given_names
            ):
                continue  # لصالح لبنان: a preposition's noun ("in favour of"), no name صالح
            if self._read_from_opener_before(paragraph, i):
                continue
            phrase, consumed = reader.read(i, len(paragraph.tokens))
            if paragraph.word(i - 1) in name_grammar().word_given_names and from_cue(paragraph.word(i - 2)):
                # (وقال سالم سعيد كبيش النائب العام…، أكد رفيق عبد السلام…: the name starts at a
                # given name that is a word too, right after the verb, where a name stands)
                whole, end = reader.read(i - 1, len(paragraph.tokens), subject=True)
                if whole is not None and whole.name is not None and whole.name[0] == i - 1:
                    phrase, consumed = whole, end
            if phrase and phrase.name and not self._byline_name(paragraph, phrase):
                name, words, description, desc_words = self._phrase_parts(paragraph, phrase)
                self.registry.learn(name, words, description, desc_words)
                title = (
                    self._apposed_title(paragraph, reader, phrase.name[1])
                    if phrase.start < phrase.name[0] and len(words) >= 2
                    else None
                )
                if title is not None:
                    # (الفريق الركن عثمان المحرج، مدير الأمن العام،: a later «مدير الأمن العام» is
                    # him, as «الفريق» is)
                    _, _, description, desc_words = self._phrase_parts(paragraph, title)
                    self.registry.learn(name, words, description, desc_words)
                    consumed = max(consumed, title.end)

    def _read_from_opener_before(self, paragraph: _Paragraph, i: int) -> bool:
        """The name at opener i is read from an opener before it: a title, an honorific or a
        given name right before, or one before the adjectives of relation between (الفنانة
        الفلسطينية | منى الأسطل). Behind adjectives no opener heads (كبير المفاوضين الفلسطينيين |
        صائب عريقات، مساعد وزير الخارجية الإيراني | عباس عراقجي) a name is read from itself; a
        title there is no opener (راجيف سوري | رئيس نوكيا: a name's last word, the nisba's
        shape)."""
        category = self.speakers.category
        k = i - 1
        if category(paragraph.word(i)) == "title":
            before = category(paragraph.word(k)) if k >= 0 else ""
            return before in NAME_OPENERS or before == "nisba"
        while k >= 0 and category(paragraph.word(k)) == "nisba":
            k -= 1
        return k >= 0 and category(paragraph.word(k)) in NAME_OPENERS

    @staticmethod
    def _byline_name(paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """The phrase is a name opening the paragraph before a dash: the reporter's byline
        (سلوى المدني – عين اليوم), no source the article will quote (nor the المدني of الدفاع
        المدني)."""
        return phrase.start == 0 and phrase.name is not None and paragraph.word(phrase.name[1]) in ("-", "–")

    def _apposed_title(self, paragraph: _Paragraph, reader: PhraseReader, comma: int) -> NounPhrase | None:
        """A title with no name of its own set off by commas right after a person's name (…
        المحرج، مدير الأمن العام،): the same person's title."""
        if paragraph.word(comma) not in COMMAS:
            return None
        title, end = reader.read(comma + 1, len(paragraph.tokens))
        if (
            title is None
            or title.kind != PERSON
            or title.name is not None
            or self.speakers.category(paragraph.word(comma + 1)) != "title"
            # (then its comma, or a time: …المحرج، مدير الأمن العام أمس،)
            or not (paragraph.word(end) in COMMAS + SENTENCE_ENDS or paragraph.word(end) in TIME_WORDS)
        ):
            return None
        return title

    def _learn_bodies(self, paragraph: _Paragraph, openers: frozenset[str]) -> None:
        """Bodies and outlets named anywhere (صحيفة هآرتس، حركة حماس، وزارة الصحة في غزة)
        teach the registry what a generic head will mean later (الصحيفة، الحركة، الوزارة);
        `openers` are the written forms of the heads (or outlets) wanted."""
        if not paragraph.vocabulary & openers:
            return  # (most paragraphs: not even tokenized)
        # (ب on a common noun ends a body's name, as after a verb: صحيفة هآرتس | بإجازة…)
        reader = PhraseReader(paragraph.tokens, self.registry, BODY_NAME_STOPS)
        consumed = 0
        common = gazetteer().is_common
        for i in paragraph.positions(openers):
            word = paragraph.word(i)
            if (
                i < consumed
                or word[:1] in "لبك"
                and word not in self.speakers.organizations
                and word not in self.speakers.media
            ):
                continue  # لحزب العمال: spoken to or of, and its phrase is the sentence's
            if common(word) and all(
                common(paragraph.word(k)) or not paragraph.word(k) for k in range(i + 1, i + 3)
            ):
                continue  # الحكومة الإسرائيلية، وزارة الخارجية: no name to learn (cheaply seen)
            following = paragraph.word(i + 1)
            if word.startswith("ال") and (
                following in VERB_PREPOSITIONS
                or following.startswith("ال")
                and strip_article(following).isalpha()  # (not القناة الـ12)
                and (
                    not qualifier_shaped(following)
                    and self.speakers.category(following) != "nisba"
                    or strip_article(following) in ADDRESSEE_NOUNS
                )
            ):
                # (وكشفت الكتيبة | عن تمكن…، ودعت الوزارة | الإخوة…: a definite head is complete,
                # the verb's words follow)
                continue
            phrase, consumed = reader.read(i, len(paragraph.tokens))
            if phrase is None or phrase.kind not in (ORGANIZATION, MEDIA):
                continue
            end = self._body_name_end(paragraph, phrase)
            if end is None:
                continue
            body = NounPhrase(phrase.start, end, None, phrase.kind)
            _, _, description, desc_words = self._phrase_parts(paragraph, body)
            if desc_words:
                self.registry.learn_body(description, desc_words, phrase.kind)

    def _issuer_named(self, paragraph: _Paragraph, phrase: NounPhrase) -> NounPhrase:
        """A body or outlet that issued a statement, up to the end of its name: the clause it
        issued in may go on with its own object (تناول تقرير نشرته صحيفة هآرتس | التحديات…)."""
        if phrase.kind not in (ORGANIZATION, MEDIA) or not self.speakers.is_generic_head(
            paragraph.word(phrase.start)
        ):
            return phrase  # (a name in quotation marks, «القناة الـ12»: its marks bound it)
        end = self._body_name_end(paragraph, phrase)
        if (
            end is None
            or end >= phrase.end
            or paragraph.word(end).endswith("يه")
            or paragraph.word(end - 1)[:1] == "و"
        ):
            # (صحيفة الموندو ديبورتيفو الكتالونية: an adjective no list has; هيئة الاتصالات
            # وتقنية المعلومات: a name of two nouns joined by و)
            return phrase
        return replace(phrase, end=end)

    def _body_name_end(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """Where a body's name ends, when the phrase names one body: beyond its head stands a
        proper name (هآرتس، حماس) or a place (في غزة), not only common words (الحكومة
        الإسرائيلية); after the name only adjectives and a place (حماس | احتلت)."""
        common = gazetteer().is_common
        first = paragraph.word(phrase.start)
        # a body named by its first word (حماس، هآرتس), not by a head (كتائب، وزارة)
        named = None if common(first) or self.speakers.is_generic_head(first) else phrase.start
        after_adjective = False
        for k in range(phrase.start + 1, phrase.end):
            word = paragraph.word(k)
            if not word[:1].isalpha() or word in FUNCTION_WORDS:
                continue
            category = self.speakers.category(word)
            if category in ("nisba", "place"):
                after_adjective = after_adjective or category == "nisba"
                named = k if named is None and category == "place" else named
                continue
            prefixed = word[:1] in "لب" and (
                common(word[1:]) or self.speakers.category(word[1:]) != ""
            )  # للأمم، بالقطاع (not بوست)
            proper = category in ("", "media", "organization") and not common(word) and not prefixed
            if after_adjective or named == phrase.start or named is not None and not proper:
                return k if named is not None else None  # حماس | احتلت، الإسرائيلية | التحديات
            if proper:
                named = k
        return None if named is None else phrase.end

    def _phrase_parts(self, paragraph: _Paragraph, phrase: NounPhrase):
        """Name (surface, words) and description (surface, content words) of a phrase."""
        words = [paragraph.word(i) for i in range(phrase.start, phrase.end)]
        if phrase.name:
            a, b = phrase.name
            name = paragraph.token_range_text(a, b)
            name_words = tuple(paragraph.word(i) for i in range(a, b))
            if self._known_behind(name_words[0], "و") or (
                name_words[0].startswith("و") and self.registry.find_by_word(name_words[0][1:]) is not None
            ):
                # (…، وجبريل الرجوب يصف…، وإردوغان أكد: the conjunction is no part of the name;
                # ف is, often: فام تهو هانغ)
                name = name[1:].lstrip("\u064e\u064f\u0650\u0652")
                name_words = (name_words[0][1:], *name_words[1:])
            desc_tokens = [w for i, w in enumerate(words, phrase.start) if not a <= i < b]
        else:
            name, name_words, desc_tokens = "", (), words
        desc_tokens = [
            w
            for w in desc_tokens
            if w not in self.speakers.same_markers and w not in self.speakers.epithets and w[0].isalnum()
        ]
        desc_range = [
            i
            for i in range(phrase.start, phrase.end)
            if not (phrase.name and phrase.name[0] <= i < phrase.name[1])
            and paragraph.word(i) not in self.speakers.same_markers
        ]
        description = ""
        if desc_range:
            first, last = desc_range[0], desc_range[-1] + 1
            if phrase.name and phrase.name[0] < last and phrase.name[0] > first:
                last = phrase.name[0]
            description = _without_stray_marks(paragraph.token_range_text(first, last).strip(PUNCT_TRIM))
            if self._known_behind(paragraph.word(first), CONJUNCTIONS):
                # (…، والأمين العام، فالكاتب: the conjunction, and its vowel, is no part of it)
                description = description[1:].lstrip("\u064e\u064f\u0650\u0652")
        return name, name_words, description, content_words(desc_tokens)

    def _entity(self, paragraph: _Paragraph, phrase: NounPhrase) -> Entity | None:
        if phrase.kind == "statement":
            return self._statement_owner(paragraph, phrase)
        if phrase.end - phrase.start == 1 and paragraph.word(phrase.start) in self.speakers.our_correspondent:
            outlet = self.speakers.outlet_of(self.article.source)
            if outlet is not None:  # مراسلنا in an Al Mayadeen article: مراسل الميادين
                return self.registry.resolve(
                    f"مراسل {outlet}",
                    (),
                    f"مراسل {outlet}",
                    content_words(("مراسل", *normalize_ar(outlet).split())),
                    PERSON,
                    False,
                    self.current,
                )
        name, name_words, description, desc_words = self._phrase_parts(paragraph, phrase)
        if not name_words and not desc_words:
            return self.current
        head = paragraph.word(phrase.start)
        if (
            phrase.end - phrase.start == 1
            and head in self.speakers.speaker_anaphors
            and self.registry.find_description(desc_words) is None
        ):
            speaking = self._latest_person(FEMININE if head.endswith("ه") else MASCULINE, paragraph.index)
            if speaking is not None:
                return speaking
        if (
            phrase.end - phrase.start == 1
            and head in self.speakers.generic_heads
            and head not in self.heads_learned
        ):
            # الحركة، الصحيفة: the bodies of that head (any outlet, for an outlet's head) the
            # article names are learned when the head is first met
            self.heads_learned.add(head)
            openers = (
                words_of(frozenset(["media"])) if phrase.kind == MEDIA else body_forms(strip_article(head))
            )
            # (each body is learned as of its own paragraph: the head stands for the nearest
            # before it, not for one the article names further down)
            reading = self.registry.position
            for each in self.paragraphs:
                self.registry.position = each.index
                self._learn_bodies(each, openers)
            self.registry.position = reading
        if (
            phrase.end - phrase.start == 1
            and phrase.kind == ORGANIZATION
            and head in self.speakers.movement_heads
            and self.registry.find_description(desc_words) is None
            and (body := self._latest_body(paragraph.index)) is not None
        ):
            return body  # "وأعلنت حماس…، وقالت الحركة": the body that spoke, named otherwise
        return self.registry.resolve(
            name, name_words, description, desc_words, phrase.kind, phrase.same, self.current
        )

    def _window_start(self, para: int) -> int:
        """The first paragraph of the last few (CONTINUATION_PARAGRAPHS) before `para`, counting
        no line of one or two words: an advert's «إعلان», a caption's fragment — scraper
        leftovers between the paragraphs of one account."""
        counted, k = 0, para
        while k > 0 and counted < CONTINUATION_PARAGRAPHS:
            k -= 1
            paragraph = self.paragraphs[k]
            if len(paragraph.vocabulary) > INTERRUPTION_WORDS and not _POST_LEFTOVER.match(
                paragraph.match.text
            ):
                counted += 1
        return k

    def _latest_publisher(self, para: int) -> Entity | None:
        """The body or outlet quoted last, in the last few paragraphs, when no one else spoke
        after it."""
        since = self._window_start(para)
        latest = next((d for d in reversed(self.drafts) if d.para >= since), None)
        return latest.entity if latest is not None and latest.entity.kind in (ORGANIZATION, MEDIA) else None

    def _latest_body(self, para: int) -> Entity | None:
        """The organization that spoke last, in the last few paragraphs."""
        since = self._window_start(para)
        for draft in reversed(self.drafts):
            if draft.para < since:
                break
            if draft.entity.kind == ORGANIZATION:
                return draft.entity
        return None

    def _known_behind(self, word: str, clitics: str) -> bool:
        """`word` is one of the proclitics `clitics` on a word the lexicons know as the same
        (والأمين، للداخلية، لدينا): the lexicon reads through it, the phrase does not."""
        return word[:1] in clitics and self.speakers.category(word[1:]) == self.speakers.category(word) != ""

    def _statement_owner(
        self, paragraph: _Paragraph, phrase: NounPhrase, named: bool = False, end: int | None = None
    ) -> Entity | None:
        """A statement speaks for whoever issued it: بيان وزارة X، تصريحات الوزير، بيان صدر عن
        X، بيان لـX، تقرير نشرته صحيفة X; one with no issuer (البيان الختامي، التقرير) is the
        latest body's (`named`: only an issuer the sentence names; `end`: where its words
        stop, when they are known to)."""
        end = len(paragraph.tokens) if end is None else end
        reader = PhraseReader(paragraph.tokens, self.registry)
        i = phrase.start + 1
        head = paragraph.word(phrase.start)
        study = head in self.speakers.studies  # (indefinite: دراسة أميركية، تقارير إعلامية)
        owner, _ = reader.read(i, end)
        # (its first word past a scare quote: بيان "الجيش" الإسرائيلي)
        first = paragraph.word(i + 1) if paragraph.word(i) in PAIRS else paragraph.word(i)
        if (
            # (بلاغ للداخلية: the issuer behind ل is read without it, below)
            not self._known_behind(paragraph.word(i), "ل")
            # (دراسة عربية، دراسة أميركية: a study's adjective, not who made it; وثيقة داخلية:
            # an indefinite statement's adjective of relation, not the ministry الداخلية)
            and not (study and paragraph.word(i).endswith("يه"))
            and not self._indefinite_adjective_after(paragraph, phrase.start, i)
            and owner is not None
            and owner.kind != "statement"
            and (
                self.registry.find_by_word(first)
                or self.speakers.category(first)
                in ("title", "organization", "media", "anonymous", "place", "given", "honorific")
            )
        ):
            return self._entity(paragraph, owner)
        limit = min(end, phrase.end + 6)
        while i < limit:
            word = paragraph.word(i)
            if complementizer(word) or (
                word in RELATIVES
                and not {paragraph.word(i + 1), paragraph.word(i + 2)} & ISSUING_VERBS
                and paragraph.word(i + 2) not in ISSUER_PREPOSITIONS  # (الذي صدر عن مؤسسة النقد)
            ):
                # (وأوضح التقرير أنّ الضباط يتبعون للأجهزة الأمنية: its content's words; الوثيقة التي
                # نسبت سقوط 70% من الجرحى: what it says, unless it says who issued it — التقرير الذي
                # تولى نشره البنك المركزي)
                break
            if word in ISSUER_PREPOSITIONS or word in ISSUING_VERBS:
                owner, _ = reader.read(i + 1, end)
                issuer = self._entity(paragraph, self._issuer_named(paragraph, owner)) if owner else None
                quoted = self._quoted_subject(paragraph, reader, i + 1) if issuer is None else None
                if quoted is not None:
                    issuer = self._entity(paragraph, quoted)  # (دراسة أجرتها "أليانز تريد" أنّ…)
                if issuer is not None:
                    return issuer
            if (
                word.startswith("ل")
                and len(word) > 3
                and word not in ("لدي",)
                # (استطلاع للرأي: what it asked, not who; دراسة لجامعة هارفارد: who made it)
                and not (
                    study
                    and (
                        word in self.speakers.study_objects
                        or self.speakers.category(word) not in SOURCE_HEADS
                    )
                )
            ):
                issuer = self._read_stripped(paragraph, i, 1)
                if issuer:
                    return issuer
            i += 1
        bare = strip_article(head)
        if bare in self.speakers.studies:
            # أفادت دراسة أميركية حديثة بأن…: a study without an issuer speaks for itself; وأضافت
            # الدراسة: the study quoted before, or itself when the article quoted none
            earlier = (
                None
                if study
                else next((d.entity for d in reversed(self.drafts) if bare in d.entity.heads), None)
            )
            return earlier or self._entity(paragraph, replace(phrase, kind=ANONYMOUS))
        if named or bare in self.speakers.figures:
            return None  # (وفقاً لتقديرات إسرائيلية: figures no one issued are the writer's evidence)
        for draft in reversed(self.drafts):  # the body that spoke last
            if draft.entity.kind in (ORGANIZATION, MEDIA):
                return draft.entity
        if self.current is None and self._document_alone(paragraph, phrase):
            # (وأوضح التقرير أنّ…، وذكرت النشرة أنّ…، قال بيان حكومي إنّ… in an article that
            # quotes no one else: the document speaks for itself, as a study does)
            return self._entity(paragraph, replace(phrase, kind=ANONYMOUS))
        return self.current

    @staticmethod
    def _indefinite_adjective_after(paragraph: _Paragraph, noun: int, i: int) -> bool:
        """Token i is an indefinite adjective of relation after the indefinite noun at `noun`
        (وثيقة داخلية، بيان حكومي)."""
        word = paragraph.word(i)
        return (
            i == noun + 1
            and not paragraph.word(noun).startswith("ال")
            and not word.startswith("ال")
            and word.endswith(("ي", "يه"))
        )

    def _document_alone(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """The statement is named by its noun alone, definite (التقرير، الوثيقة), or indefinite
        with its adjective of relation (بيان حكومي، تقرير غربي): a document that can speak for
        itself, not one named by what follows it (بلاغ أصدرته، تصريحات المهاجرين)."""
        width = phrase.end - phrase.start
        return (
            width == 1
            and paragraph.word(phrase.start).startswith("ال")
            or width == 2
            and self._indefinite_adjective_after(paragraph, phrase.start, phrase.start + 1)
        )

    def _read_stripped(self, paragraph: _Paragraph, i: int, clitic: int) -> Entity | None:
        """The source named by token i without its proclitic (لأوستن، لوزير الدفاع)."""
        return self._stripped_phrase(paragraph, i, clitic)[0]

    def _stripped_phrase(
        self, paragraph: _Paragraph, i: int, clitic: int, limit: int | None = None
    ) -> tuple[Entity | None, int]:
        """The source named from token i on without its proclitic, and where its phrase ends.
        `limit`: read up to there as a subject is, where a word no lexicon knows is a name."""
        token = paragraph.tokens[i]
        if len(token.text) - clitic < 2:
            return None, i
        stripped = (
            _without_preposition(token, self.registry)
            if clitic == 1
            else Token(token.text[clitic:], token.start + clitic, token.end)
        )
        tokens = paragraph.tokens[:i] + [stripped] + paragraph.tokens[i + 1 :]
        reader = PhraseReader(tokens, self.registry)
        if limit is not None:
            phrase, stop = reader.read(i, limit, subject=True)
            if phrase is None and limit == i + 1 and name_only_word(stripped.text):
                # (…، والسيسي يؤكد: a family name alone before its verb, `_preverbal_subject`)
                phrase, stop = NounPhrase(i, limit, (i, limit), PERSON), limit
        else:
            phrase, stop = reader.read(i, min(len(tokens), i + 8))
        if phrase is None:
            return None, i
        head = self.speakers.category(stripped.text)
        known = self.registry.find_by_word(stripped.text)
        if (
            known is None
            and not (limit is not None and phrase.name)
            and head
            not in (
                "title",
                "given",
                "honorific",
                "organization",
                "media",
                "anonymous",
                "place",
            )
        ):
            return None, i
        saved = paragraph.tokens
        paragraph.tokens = tokens
        try:
            return self._entity(paragraph, phrase), stop
        finally:
            paragraph.tokens = saved

    # ---------------------------------------------------------------- cues
    def _cues(self, paragraph: _Paragraph) -> list[_Cue]:
        found, skip_until = [], -1
        lexicon = self.lexicon
        for i in paragraph.positions(lexicon.cue_openers):
            token = paragraph.tokens[i]
            if (
                i < skip_until
                or paragraph.inside_opened_quote(token.start)
                or paragraph.in_linked_box(token.start)
                or paragraph.word(i - 1) in QUESTION_PARTICLES  # (هل تتوقع…؟: asked, not said)
            ):
                continue
            length = self._phrase_at(paragraph, i, self.lexicon.self_attributions)
            if length and paragraph.word(i).endswith("كما") and _names_a_subject(paragraph.word(i + length)):
                length = 0  # «…، كما قال السيد الحوثي»: the cue with its subject, not a bare «كما قال»
            if length and paragraph.word(i).endswith("كما") and self._opens_quotation(paragraph, i + length):
                continue  # «ولكن كما يقول "لا يوجد…"»: the verb reports the quotation after it
            if length:
                skip_until = i + length
                continue
            form = self._cue_form_at(paragraph, i, nouns=True)
            if form is None or self._verb_of_attribution(paragraph, i):
                continue
            found.append(_Cue(i, form, max(0, token.text.find(form.form))))
        pointing_back = self._cues_pointing_back(paragraph)  # (none in most paragraphs)
        return sorted(found + pointing_back, key=lambda cue: cue.token) if pointing_back else found

    def _cues_pointing_back(self, paragraph: _Paragraph) -> list[_Cue]:
        """The verbs of «هذا ما قاله X»، «ذلك ما أكده X»: a cue with the object pronoun ه that
        «ما» leaves on it, which no cue has elsewhere (ه is also the feminine ending as
        normalized: إشارة)."""
        found = []
        for i in paragraph.positions(POINTING_BACK):
            verb = i + 2
            word = paragraph.word(verb)
            if not _points_back(paragraph, verb):
                continue
            form = self._verb_with_object(word)
            if (
                form is not None
                and form.tense in ("perfect", "other")
                and not paragraph.inside_opened_quote(paragraph.tokens[verb].start)
                and self._quotation_before_pointer(paragraph, i) is not None
            ):
                found.append(_Cue(verb, form, max(0, word.find(form.form))))
        return found

    def _quotation_before_pointer(self, paragraph: _Paragraph, pointer: int) -> tuple[int, int] | None:
        """The quotation whose closing mark stands right before the demonstrative at token
        `pointer` (a comma perhaps between): its opening mark's character and the character
        where the words after it start."""
        after_quote = pointer - (paragraph.word(pointer - 1) in COMMAS)
        if after_quote <= 0:
            return None
        span = paragraph.quote_ending_before(paragraph.tokens[after_quote].start)
        return None if span is None or span.open < 0 else (span.open, paragraph.tokens[after_quote].start)

    def _verb_of_attribution(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i is the verb of «بحسب ما أعلن X»، «وفقاً لما قاله X»: the attribution's, read
        with it (`_read_attribution`), no cue of its own — unless no subject follows it («وبحسب
        ما تابعت، فإنّ…»: the source speaking goes on, as a cue without subject says)."""
        return (
            paragraph.word(i - 1) in ATTRIBUTION_MA
            and paragraph.word(i + 1) not in COMMAS
            and (
                bool(self._phrase_at(paragraph, i - 2, self.lexicon.attributions))
                or paragraph.word(i - 1).removeprefix("و") in self.lexicon.attributions  # (حسبما أعلن)
            )
        )

    @staticmethod
    def _written_passive(paragraph: _Paragraph, i: int, word: str, form: CueForm) -> bool:
        """Token i is a perfect verb written with a damma on its first letter (أُعلن، نُشر،
        أُبلغت): the passive, whose subject is what was said or the one told, never a source.
        An imperfect's damma is the active voice of most stems (يُشير، تُعلن، يُؤكد), and the
        passive only of a stem whose perfect opens with a bare alef and has five letters or
        more, whose active takes a fatha (يُعتبر «is considered», يُنتقد، يُستبعد). (The lemma
        is normalized: أعلن reads اعلن, so the four-letter stems are left alone.)"""
        if not paragraph.has_damma or not word.endswith(form.form):
            return False
        if form.form[:1] in "يتن":
            if not (form.lemma.startswith("ا") and len(form.lemma) >= 5):
                return False
        elif form.tense not in ("perfect", "other"):
            return False
        original = paragraph.original(paragraph.tokens[i].start, paragraph.tokens[i].end)
        letters = [k for k, char in enumerate(original) if char.isalpha()]  # (a haraka is no letter)
        first = len(word) - len(form.form)  # (past و or ف)
        if first >= len(letters):
            return False
        return original[letters[first] + 1 : letters[first] + 2] == DAMMA

    def _cue_form_at(self, paragraph: _Paragraph, i: int, nouns: bool = False) -> CueForm | None:
        """The cue form token i is, where it is one (بين only with أنّ near it; يُذكر not
        right before أنّ). A verbal noun only with أنّ near, unless `nouns` (the cues of a
        paragraph, where one with its subject and object reports too): the rules that look for
        a verb and its subject do not take a noun's for one (ردّ الوزير على إعلان هندوراس،
        معتبراً…: the verb's subject)."""
        word = paragraph.word(i)
        form = self.lexicon.lookup(word)
        if form is None:
            return None
        if form.tense == "noun" and not nouns and not self._complementizer_near(paragraph, i):
            return None
        if (
            word[:1] in "وف"
            and word[1:] in self.lexicon.verbs_after_conjunction
            and not paragraph.word(i - 1)[:1].isalpha()
            and self._source_named_at(paragraph, i + 1)
        ):
            # (وتوقع الخبير ارتفاع…: the verb, with its object, where a clause starts and its
            # source is named right after it; not the noun joined to the noun before, بين الواقع
            # وتوقع المستثمرين, nor «and inflicts», تُوقِع, with no subject: وتوقع طاقمها بين قتيل…)
            form = replace(form, needs_complementizer=False)
        if word == "راي" and paragraph.original(paragraph.tokens[i].start, paragraph.tokens[i].end).endswith(
            "ي"
        ):
            return None  # (استطلاع رأي: the noun «opinion», written with ي; the verb is رأى)
        if self._written_passive(paragraph, i, word, form):
            return None  # (أُبلغت المنظمة بأنّ…، نُشر أنّ…: «was told», «was published»: no one speaks)
        if self._preposition_between(paragraph, i, form):
            return None  # (وبين الشروط الخمسة، التي تضمّنتها الوثائق، أن…: «among», no verb)
        near = self.lexicon.near_complementizer
        if (form.form in near or form.near_complementizer) and not word.endswith(form.form):
            return None  # من بينها، بينهم، أبرزها: a preposition or a noun with its pronoun
        if (
            (word in near or form.near_complementizer)
            and not self._complementizer_near(paragraph, i, or_quotation=form.near_complementizer)
            and not self._verb_by_its_shadda(paragraph, i)
            # («"…"، بهذه الكلمات ختم الشيخ حديثه»: its words before it, pointed to)
            and not self._pointed_to_words_before(paragraph, i)
        ):
            return None
        near_words = self.lexicon.near_words.get(word) or self.lexicon.near_words.get(form.form)
        if near_words is not None and not self._own_word_near(paragraph, i, near_words):
            return None
        following, prefixes = paragraph.word(i + 1), self.lexicon.not_before_prefix.get(word, ())
        if following in self.lexicon.not_before.get(word, ()) or prefixes and following.startswith(prefixes):
            return None
        if word in self.lexicon.via_forms and self._medium_at(paragraph, i + 1):
            return None  # (أعلن عبر إنستغرام…، في مداخلة عبر إذاعة…: «via» a medium, no verb)
        if (
            form.form in self.lexicon.subject_next
            and word.endswith(form.form)
            and not self._subject_or_preposition_next(paragraph, i + 1, form)
        ):
            return None  # (تطوير التعليم أمر هام…، أمر طبيعي أن…: the noun «a matter»)
        if word in self.lexicon.not_written and (
            dediac_ar(paragraph.original(paragraph.tokens[i].start, paragraph.tokens[i].end))
            in self.lexicon.not_written[word]
        ):
            return None  # (إبّان الحرب: «during», written with the hamza under its alif)
        if name_grammar().is_particle(paragraph.word(i - 1)):
            return None  # (صدري بن طالب، أبو عبيدة: a name's word after its particle, no verb)
        if word[:1] not in "وف" and _counting_number(paragraph.word(i - 1)) and paragraph.word(i - 2) != ":":
            return None  # (أكثر من 400 طالب وطالبة: a counted noun, no verb; not 12:27 وأشار…)
        if word in self.lexicon.impersonal and complementizer(paragraph.word(i + 1)):
            return None
        if _withholds_a_name(paragraph, i):
            return None  # (مصدر، طلب عدم ذكر اسمه، قال…: the aside on the source, no statement)
        if (
            form.tense == "perfect"
            and word == form.form
            and self._verbal_noun_after_preposition(paragraph, i)
        ):
            return None  # (يرغب في وصف رائحة: «describing», the verbal noun after its preposition)
        if form.tense == "participle" and paragraph.word(i - 1) == "غير":
            return None  # (تقارير غير مؤكدة: an adjective, "unconfirmed", of a participle's shape)
        before = paragraph.word(i - 1)
        if form.tense == "participle" and (
            before in PREDICATE_COPULAS or before[:1] in CONJUNCTIONS and before[1:] in PREDICATE_COPULAS
        ):
            return None  # (كانت لافتة، بات مؤكداً: a copula's predicate, «remarkable», «certain»)
        if by_saying(word) and self._cue_before_in_sentence(paragraph, i):
            return None  # (أكدت الكاتبة عبر حسابها بقولها: …: the words of that verb, one statement)
        if (
            before in ("ما", "مما")
            and form.tense != "participle"
            and not word.endswith(PRONOUN_SUFFIXES)  # (حول ما وصفه بأنه…: its own object, a subject's words)
            and (complementizer(paragraph.word(i + 1)) or paragraph.word(i + 1) in VERB_PREPOSITIONS)
            and not self._phrase_at(paragraph, i - 2, self.lexicon.attributions)
            and paragraph.word(i - 2) not in ("على", "كما")
        ):
            return None  # (…، ما يشير إلى أنّ القنابل صُنعت…، مما يؤكد أنّ…: what the facts show)
        return form

    def _medium_at(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k (past an opening quotation mark) names a medium: an outlet, or a network,
        page or device (حسابه، الإنترنت) with its article or pronoun."""
        if paragraph.word(k) in QUOTE_MARKS:
            k += 1
        word = paragraph.word(k)
        if self.speakers.category(word) == "media" or word in self.speakers.site_names:
            return True
        via = self.lexicon.via_media
        bare = strip_article(word)
        return (
            word in via
            or bare in via
            or any(word.endswith(p) and word[: -len(p)] in via for p in PRONOUN_SUFFIXES)
            or word.endswith("ته")
            and word[:-2] + "ه" in via  # (صفحته ← صفحة)
        )

    def _past_medium(self, paragraph: _Paragraph, k: int) -> int:
        """The token after the medium at token k, its name in quotation marks and the network
        it is on (حسابه | في تويتر، تطبيق "تيلغرام"، «عكاظ»)."""

        def past(k: int) -> int:
            span = paragraph.span_opening_at(paragraph.tokens[k].start) if k < len(paragraph.tokens) else None
            k = k + 1 if span is None else paragraph.first_token_at(span.close) + 1
            while paragraph.word(k).startswith("ال") and nisba_shaped(paragraph.word(k)):
                k += 1  # (its adjective: موقعها الإلكتروني، التلفزيون الرسمي)
            return k + (paragraph.word(k)[:2] == "لل")  # (its owner: الموقع الرسمي للوزارة)

        k = past(k)
        for _ in range(MAX_MEDIUM_PARTS):
            if paragraph.word(k) in QUOTE_MARKS and self._medium_at(paragraph, k):
                k = past(k)  # (تطبيق | "تيلغرام")
            elif paragraph.word(k) in MEDIUM_PREPOSITIONS and self._medium_at(paragraph, k + 1):
                k = past(k + 1)
            else:
                break
        return k

    def _subject_or_preposition_next(self, paragraph: _Paragraph, k: int, form: CueForm) -> bool:
        """Token k, right after a verb, opens its subject — a definite noun, a source's head or
        title, a known name — or is the verb's own preposition on its noun (أمر الرئيس بـ…، أمر
        قاضي التحقيق…، وأمر بإغلاق…); not an indefinite adjective or a verb (أمر هام، أمر
        يستوجب…)."""
        if paragraph.word(k) in QUOTE_MARKS:
            k += 1  # (أمر "الجيش" الإسرائيلي بـ…: a name in quotation marks)
        word = paragraph.word(k)
        return (
            word.startswith("ال")
            or _opens_with(word, form.prepositions)
            or self.speakers.category(word) in SOURCE_HEADS
            or word in gazetteer().name_words
        )

    @staticmethod
    def _verbal_noun_after_preposition(paragraph: _Paragraph, i: int) -> bool:
        """Token i, of a verb's perfect shape, stands right after a preposition, where a verb
        never does: its verbal noun (يرغب في وصف رائحة، لم ينجح الحوار في نقل رسالة، الوسائل التي
        تساهم في نشر الفوضى). After من only before a definite genitive (بالرغم من كشف السلطات،
        من بين الضوابط): من is «who» too, and a verb follows it (وهي من أعلنت منع السفن، أول من
        أشار إلى…)."""
        before = paragraph.word(i - 1)
        if before not in PREPOSITIONS_BEFORE_NOUNS:
            return False
        following = paragraph.word(i + 1)
        # (إلى, normalized الي, is no genitive: أول من أشار إلى…)
        genitive = following.startswith("ال") and following not in CONTENT_PREPOSITIONS
        return before != "من" or paragraph.word(i).endswith("بين") or genitive

    def _preposition_between(self, paragraph: _Paragraph, i: int, form: CueForm) -> bool:
        """Token i is بين (behind و or ف too) with no shadda, before a word that neither opens
        the words said nor names a source: the preposition «between, among» (وبين الشروط
        الخمسة…، وبين الجانبين…), not the verb بيّن (وبين الوزير أنّ…، وبين عسيري أنّ…)."""
        if form.form not in self.lexicon.verb_by_shadda:
            return False
        if "\u0651" in paragraph.original(paragraph.tokens[i].start, paragraph.tokens[i].end):
            return False
        following, joined = paragraph.word(i + 1), paragraph.word(i + 2)
        if complementizer(following) or following == ":" or following in PAIRS:
            return False
        if (
            joined[:1] == "و"
            and self.lexicon.lookup(joined) is None
            and joined not in gazetteer().name_words
            and self.speakers.category(joined) == ""
        ):
            return True  # (بين المعلم والطالب: «between» the two joined by و; not وبين العقيد وليد…)
        if (
            self.speakers.category(following) != ""
            or following in gazetteer().name_words
            or self.registry.find_by_word(following) is not None
            or following[:1].isalpha()
            and not gazetteer().is_common(following)  # (a name no list has)
        ):
            return False
        # (a subject of a few words, then its أنّ: وبين البائع أسامة خليل أن…)
        return not any(
            complementizer(paragraph.word(j))
            and not any(paragraph.word(m) in COMMAS for m in range(i + 1, j))
            for j in range(i + 2, i + 2 + BETWEEN_SUBJECT_WORDS)
        )

    def _verb_by_its_shadda(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i is a bare form that is a preposition too, written with the shadda that only
        the verb has (بيّن)."""
        if paragraph.word(i) not in self.lexicon.verb_by_shadda:
            return False
        return "\u0651" in paragraph.original(paragraph.tokens[i].start, paragraph.tokens[i].end)

    def _another_verbs_cue(self, word: str) -> bool:
        """A cue form of a verb of its own: not «بقولها», the saying of the verb before it
        (وختمت افتتاحيتها بقولها إنّ…: still ختمت's أنّ)."""
        return self.lexicon.lookup(word) is not None and not by_saying(word)

    def _cue_before_in_sentence(self, paragraph: _Paragraph, i: int) -> bool:
        """A cue stands before token i in its sentence (within `SUBJECT_WINDOW` words)."""
        for k in range(i - 1, max(-1, i - 1 - SUBJECT_WINDOW), -1):
            word = paragraph.word(k)
            if word in SENTENCE_ENDS:
                return False
            if self._another_verbs_cue(word):
                return True
        return False

    @staticmethod
    def _pointed_to_words_before(paragraph: _Paragraph, i: int) -> bool:
        """Token i follows a comma and words pointing to what came before it (، هكذا؛ ،
        بهذه الكلمات)."""
        n = _pointer_before(paragraph, i)
        return n > 0 and paragraph.word(i - n - 1) in COMMAS

    def _complementizer_near(self, paragraph: _Paragraph, i: int, or_quotation: bool = False) -> bool:
        """أنّ within a few words after token i, before any other cue (not «بين صربيا وكوسوفو،
        مشيرة إلى أنّ…»: the participle's); an occasion set off by commas does not count
        (وأبرز الوزير، خلال ندوة صحفية، أنّ…). `or_quotation`: a colon or an opening quotation
        mark will do too (ويختم عافت حديثه: "…")."""

        def opens(word: str) -> bool:
            # (not وأنّ: a second clause of another verb's, زادت مليون برميل وأنّ…)
            return complementizer(word) and word[:1] != "و" or or_quotation and (word == ":" or word in PAIRS)

        k = self._word_near(paragraph, i, NEAR_COMPLEMENTIZER, opens)
        if k is not None:
            # (not «على أنّ» «provided that»: اختتم البرنامج زيارته على أن يستأنف…; but after
            # the verbal noun of a saying: ختمت الجبهة بالتأكيد على أنّ…)
            return (
                paragraph.word(k - 1),
                paragraph.word(k),
            ) not in self.lexicon.prep_complementizers or paragraph.word(k - 2).startswith("بال")
        window = range(i + 2, i + 1 + NEAR_COMPLEMENTIZER)
        comma = next((k for k in window if paragraph.word(k) in COMMAS), None)
        if comma is None:
            return False
        close = self._next_comma(paragraph, comma + 1, comma + 2 + MAX_APPOSITION_WORDS)
        return (
            paragraph.word(close) in COMMAS
            and not any(self.lexicon.lookup(paragraph.word(k)) for k in range(comma + 1, close))
            and opens(paragraph.word(close + 1))
        )

    def _own_word_near(self, paragraph: _Paragraph, i: int, words: frozenset[str]) -> bool:
        """One of the verb's own `words` within its subject's words after token i, before a
        comma or another cue (عبّر وزير الخارجية الأميركي أنتوني بلينكن عن…، حمّلت الحركة الاحتلال
        المسؤولية; not عن طريق "by way of")."""
        # (a word listed with أنّ after it must have one: ذهب only in «ذهب X إلى أنّ» «held that»)
        alone = {w for w in words if " " not in w}
        before_complementizer = {w.split()[0] for w in words if " " in w}
        k = self._word_near(
            paragraph, i, NEAR_WORD, lambda w: w in alone or w in before_complementizer, stop_at_comma=True
        )
        if k is None or paragraph.word(k + 1) == "طريق":
            return False
        return paragraph.word(k) in alone or complementizer(paragraph.word(k + 1))

    def _word_near(
        self,
        paragraph: _Paragraph,
        i: int,
        window: int,
        wanted: Callable[[str], bool],
        stop_at_comma: bool = False,
    ) -> int | None:
        """The first token within `window` words after token i that is `wanted`, unless another
        cue (or, `stop_at_comma`, a comma) stands before it — a time set off by commas is no
        stop (وعبّر أهارون باراك، أمس الأحد، عن…)."""
        k = i + 1
        while k < i + 1 + window:
            word = paragraph.word(k)
            if wanted(word):
                return k
            if (
                stop_at_comma
                and word in COMMAS
                and (past := self._past_time_between_commas(paragraph, k)) > k
            ):
                k = past
                continue
            if stop_at_comma and word in COMMAS or self._another_verbs_cue(word):
                return None
            k += 1
        return None

    def _phrase_at(
        self, paragraph: _Paragraph, i: int, phrases: dict[str, tuple[tuple[str, ...], ...]]
    ) -> int:
        """Length in tokens of the first phrase (allowing a leading و) that starts at token i;
        `phrases` is indexed by first word, so this costs one dict lookup for most tokens."""
        for phrase in _phrases_from(paragraph.word(i), phrases):
            if all(paragraph.word(i + k) == phrase[k] for k in range(1, len(phrase))):
                return len(phrase)
        return 0

    def _clause_start(self, paragraph: _Paragraph, cue: _Cue, sentence_start: int) -> int | None:
        """The token where the clause the cue opens starts (the cue, or the copula before its
        subject: «، وكان بن غفير قد هدد…» ends the content before it at وكان), or None when
        the cue opens none (a verb inside a content)."""
        j = cue.token - 1
        # (particles, and a negation of a view with its أنّ: …، لذلك لا يعتقد أنّ…، ولم يستبعد أن…;
        # not of a disclosure, which says nothing: …، في حين لم تكشف موسكو عن تفاصيلها)
        negated_view = complementizer(paragraph.word(cue.token + 1))
        while j >= sentence_start and (
            paragraph.particle_at(j) or negated_view and _negation(paragraph.word(j))
        ):
            j -= 1
        if j < sentence_start:
            return cue.token
        word = paragraph.word(j)
        if (reported := self._reported_subject_before_own_words(paragraph, cue, sentence_start)) is not None:
            return reported.start
        if self._named_speaker_before_own_words(paragraph, cue):
            # (the earlier content ends before the particles: «…؛ حيث قال X: "…"»)
            return j if paragraph.word(j) in OWN_CLAUSE_OPENERS else j + 1
        if word in OWN_CLAUSE_OPENERS and self._named_source_reports_after(paragraph, cue, j):
            return j  # (…، إذ أشار ترامب إلى أنّ…: another source's statement ends the content)
        # (a participle in the accusative is no predicate of إنّ's subject: «قال الوزير إن القرار
        # صائب، مضيفاً أن…» has two statements, its content no subject of two words)
        if (
            word in COMMAS
            and cue.form.tense != "participle"
            and self._predicate_of_complement(paragraph, j, sentence_start)
        ):
            return None
        if cue.form.form in self.lexicon.relayed_sayings and self._relay_verb_before(
            paragraph, cue.token, sentence_start
        ):
            return None  # «نقلت وكالة رويترز عن مسؤول أمريكي، قوله إن…»: the relay's own object
        pronoun = self._pronoun_subject_at(paragraph, j)
        if pronoun and self._complement_of_earlier_cue(paragraph, j, sentence_start):
            return None
        if word in CLAUSE_MARKS or word in SENTENCE_ENDS or pronoun:
            return cue.token  # (a full stop glued to the next sentence: «…الأفعال".وأضاف أنّ…»)
        if word in RELATIVES and self._own_words_follow_within(paragraph, cue.token + 1):
            # «تصريحات أمين محفوظ … والتي قال فيها إن…»: a relative clause's own statement
            return cue.token
        if cue.clitic and word and word[0] in QUOTE_MARKS:
            return cue.token
        if cue.clitic and cue.form.tense != "participle" and self._own_words_follow(paragraph, cue.token + 1):
            return cue.token  # «…إنه يعدّ ملفاً على الفور وقال "نستيقظ كل يوم…"»: its own words
        if self._participle_after_content(paragraph, cue, sentence_start):
            return cue.token
        if self._joined_verb_after_object_content(paragraph, cue, sentence_start):
            return cue.token
        subject = self._preverbal_subject(paragraph, cue, sentence_start)
        return None if subject is None else max(sentence_start, subject.start - 1)

    def _source_named_at(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i opens a source: a title, a body, an outlet or an unnamed source's head
        (الخبير، صندوق النقد، المحللون), a name the article gave (المحمدي) or a phrase the
        speaker grammar reads as one; not a common noun (طاقمها، العديد من القتلى)."""
        word = paragraph.word(i)
        if self.speakers.category(word) in SOURCE_HEADS or self.registry.find_by_word(word):
            return True
        phrase, _ = PhraseReader(paragraph.tokens, self.registry).read(i, len(paragraph.tokens), subject=True)
        return phrase is not None and phrase.kind in SOURCE_KINDS

    def _named_source_reports_after(self, paragraph: _Paragraph, cue: _Cue, opener: int) -> bool:
        """After a comma and حيث/إذ at `opener`, the verb has a subject of its own, a source, and
        reports with أنّ/إنّ or a colon (…، إذ أشار ترامب إلى أنّ…، حيث قالت الوزارة إنّ…، إذ
        أوضح الوزير الروسي أنّ…): another statement, the narrator's link to it, where the words
        before end. Not a verb with no subject (…، حيث أشار إلى أنّ…: the words go on), nor a
        participle or a verbal noun."""
        if paragraph.word(opener - 1) not in CLAUSE_MARKS or cue.form.tense in ("participle", "noun"):
            return False
        reader = PhraseReader(paragraph.tokens, self.registry)
        phrase, stop = reader.read(cue.token + 1, len(paragraph.tokens), subject=True)
        if phrase is None or phrase.kind not in SOURCE_KINDS or phrase.start != cue.token + 1:
            return False
        after = stop + (paragraph.word(stop) in cue.form.prepositions)  # (أشار … | إلى أنّ)
        return complementizer(paragraph.word(after)) or paragraph.word(stop) == ":"

    def _pronoun_subject_at(self, paragraph: _Paragraph, j: int) -> bool:
        """Token j stands for the subject of the verb after it (لكنه، بدوره، من جهته، من
        جانبها); «side» only behind من — «إلى جانبه» is «beside him»."""
        word = paragraph.word(j)
        return word in self.speakers.pronoun_subjects and (
            not word.startswith(("جانب", "جهت")) or paragraph.word(j - 1) in ("من", "ومن")
        )

    def _named_speaker_before_own_words(self, paragraph: _Paragraph, cue: _Cue) -> bool:
        """A verb inside a content with a subject of its own, then a colon and a quotation
        («…، وفي الشأن السوري قال كيري: "الولايات المتحدة تدعم…"», «…التكييف فيما قال مدير
        المطار: «…»»): a new source's own words, not speech nested in the content. Not a verb
        with no subject (وقال له: «…»), nor one whose content is reported (قال كيري إن…: nested
        as before), nor a noun of the verb's shape behind a preposition (وأردفت قائلة في وصف
        ابنها الشهيد: «…»)."""
        before = paragraph.word(cue.token - 1)
        if (
            cue.form.tense in ("participle", "noun")
            or before in ASIDE_PREPOSITIONS
            or before[:1] == "و"
            and before[1:] in ASIDE_PREPOSITIONS
            or set(paragraph.word(cue.token)[: cue.clitic]) & CLITIC_PREPOSITIONS
            or before in RELATIVES  # (…الذي يعتبر الرجل الثاني في السلطة: «…»: «is considered»)
            or self._in_subject_of_earlier_cue(paragraph, cue.token)
        ):
            return False
        colon = self._colon_before_quotation(paragraph, cue.token + 2, OWN_WORDS_SUBJECT_WORDS)
        if colon is None:
            return False
        phrase, stop = PhraseReader(paragraph.tokens, self.registry).read(cue.token + 1, colon, subject=True)
        # (its subject up to the colon, or to the one spoken to, or to an apposition or an aside:
        # قال جندي لأحد الصحافيين: «…»، قال سوروس، المعروف بميله للديمقراطيين: «…»، يقول الكاتب
        # المشاغب (ثامر الميمان): «…»)
        set_off = paragraph.word(stop) in COMMAS or paragraph.word(stop) == "("
        return (
            phrase is not None
            and phrase.kind in SOURCE_KINDS
            and (
                stop >= colon
                or paragraph.word(stop)[:1] == "ل"
                and colon - stop <= ADDRESSEE_OBJECT_WORDS
                or set_off
                and colon - stop <= MAX_APPOSITION_WORDS
            )
        )

    def _colon_before_quotation(self, paragraph: _Paragraph, i: int, words: int) -> int | None:
        """The token of a colon within `words` words from token i, a quotation of words said
        right after it, with no complementizer, quotation or sentence's end before it."""
        for k in range(i, min(len(paragraph.tokens) - 1, i + words)):
            word = paragraph.word(k)
            if word == ":":
                said = self._own_words_follow(paragraph, k + 1) and not self._quoted_name_at(paragraph, k + 1)
                return k if said else None
            if (
                complementizer(word)
                or word in SENTENCE_ENDS
                or self._own_words_follow(paragraph, k)
                or from_cue(word)  # (…أبلغ الحكومة بضرورة تقديم مشروع قرار وقال: «…»: another verb's)
            ):
                return None
        return None

    def _reported_subject_before_own_words(
        self, paragraph: _Paragraph, cue: _Cue, sentence_start: int
    ) -> NounPhrase | None:
        """The subject of a reported clause whose verb's own words follow its colon in quotation
        marks (وكشفت صحيفة "واشنطن بوست" أن المفتش العام مايكل هيروفتس قال: «…»، وأكدت الوكالة
        أن صحيفة «آس» كتبت في إحدى مدوناتها: «…»): that subject speaks them, not the one who
        reports it. Not a pronoun's clause (أنه قال: «…»), nor a subject the reader cannot read
        whole up to its verb."""
        if cue.clitic or cue.form.tense in ("participle", "noun"):
            return None
        if self._colon_before_quotation(paragraph, cue.token + 1, OCCASION_CLAUSE_WORDS) is None:
            return None
        for k in range(cue.token - 1, max(sentence_start, cue.token - 1 - OWN_WORDS_SUBJECT_WORDS) - 1, -1):
            word = paragraph.word(k)
            if word in SENTENCE_ENDS or from_cue(word):
                return None
            if complementizer(word):
                if word not in BARE_COMPLEMENTIZERS or k + 1 == cue.token:
                    return None
                first = paragraph.word(k + 1)
                if not (
                    self.speakers.category(first) in SOURCE_HEADS
                    or self.registry.find_by_word(first) is not None
                    or first in gazetteer().name_words
                ):
                    return None  # (دون أن تحسم أمرها: «…»: a verb, no one the article knows)
                reader = PhraseReader(paragraph.tokens, self.registry)
                phrase, stop = reader.read(k + 1, cue.token, subject=True)
                found = phrase is not None and phrase.kind in SOURCE_KINDS and stop >= cue.token
                return phrase if found else None
        return None

    def _in_subject_of_earlier_cue(self, paragraph: _Paragraph, i: int) -> bool:
        """A cue's form at token i stands a few words after an earlier cue with a source right
        after it and no content opened yet: a word of that cue's subject (وصرّحت متظاهرة أخرى
        تدعى إيزابيل مينون: «…»، يقول آدم فيشر، الشريك في شركة بيسيمر فنشر بارتنرز: «…»); not
        after a verb with its object (وفي رسالة نشرها على حسابه قال ماكرون: «…»)."""
        for k in range(i - 1, max(-1, i - 1 - OWN_WORDS_SUBJECT_WORDS), -1):
            word = paragraph.word(k)
            if complementizer(word) or word == ":" or word[:1] in QUOTE_MARKS or word in SENTENCE_ENDS:
                return False
            if from_cue(word):
                phrase, _ = PhraseReader(paragraph.tokens, self.registry).read(k + 1, i, subject=True)
                return phrase is not None and phrase.kind in SOURCE_KINDS
        return False

    def _relay_verb_before(self, paragraph: _Paragraph, i: int, sentence_start: int) -> bool:
        """A relay verb (نقل) stands before token i in the sentence."""
        return any(
            (form := self.lexicon.lookup(paragraph.word(k))) is not None and form.relay
            for k in range(sentence_start, i)
        )

    @staticmethod
    def _complement_of_earlier_cue(paragraph: _Paragraph, k: int, sentence_start: int) -> bool:
        """Token k is «أنّه/أنّها» opening the content of a cue before it in the sentence
        («قال ماكرون إنّه أبلغ الرئيس…»، «وأضاف فوسيتش، عبر إنستغرام، أنّه أكّد…»): a verb of
        speech after it is speech nested in that content, no clause of its own (unlike «لكنه
        قال»، «بدوره أكّد»); also a second one joined by و, however long the first content
        (وعدّ في بيان له الجريمة… بأنها استمرار للانتهاكات… وأنها تعتبر جريمة حرب)."""
        word = paragraph.word(k)
        joined = word[:1] == "و" and complementizer(word[1:])
        if not (complementizer(word) or joined):
            return False
        if paragraph.word(k - 1) in CONTRASTS_BEFORE_AN and paragraph.word(k - 2) in COMMAS:
            return False  # («…، إلا أنه شدد على…»: «but he», as «لكنه», opens its own clause)
        window = k - sentence_start if joined else NESTED_CUE_WINDOW
        for c in range(k - 1, max(sentence_start, k - window) - 1, -1):
            word = paragraph.word(c)
            if word in SENTENCE_ENDS or word in ("؛", ";"):
                return False
            if from_cue(word):
                return True
        return False

    def _own_words_follow_within(self, paragraph: _Paragraph, i: int) -> bool:
        """أنّ, a colon or a quotation within a few words from token i (past فيها، عنه…); not a
        name in quotation marks (التي أقرّتها "العدل الدولية"، …: the relative's subject)."""
        for k in range(i, min(len(paragraph.tokens), i + 3)):
            word = paragraph.word(k)
            if (
                complementizer(word)
                or self._own_words_follow(paragraph, k)
                and not self._quoted_name_at(paragraph, k)
            ):
                return True
            if word not in RESUMPTIVES:
                return False
        return False

    @staticmethod
    def _quoted_name_at(paragraph: _Paragraph, i: int) -> bool:
        """Token i opens a quotation of a few words, a name's or a term's more often than speech."""
        span = paragraph.span_opening_at(paragraph.tokens[i].start)
        return (
            span is not None
            and len(paragraph.match.text[span.open + 1 : span.close].split()) <= SCARE_QUOTE_WORDS
        )

    @staticmethod
    def _own_words_follow(paragraph: _Paragraph, i: int) -> bool:
        """A colon or an opening quotation mark at token i."""
        if i >= len(paragraph.tokens):
            return False
        return paragraph.word(i) == ":" or paragraph.span_opening_at(paragraph.tokens[i].start) is not None

    def _participle_after_content(self, paragraph: _Paragraph, cue: _Cue, sentence_start: int) -> bool:
        """A participle of speech after an indirect content, with no comma before it (أعلن عباس
        أنه ينوي التوجه إلى المحكمة رداً على مقتل الطفل واصفاً ما حصل بأنه…): a statement of
        its own, as after a comma, when its own أنّ, colon or quotation follows within a few
        words. Not right after its verb's subject (قال الوزير مؤكداً إن…), not after a verb of
        the content (nested speech: أشارت إلى أن غالانت أعلن… قائلاً إن…), not an adjective or
        adverb of the same shape (مجدداً، متهمين بالارتباط، موثقة بدقة)."""
        if cue.form.tense != "participle":
            return False
        if cue.clitic:
            # ومتمنياً، ومؤكداً: joined by و to a statement before it, a statement of its own
            # (not ومجدداً "and again")
            word = paragraph.word(cue.token)
            return (
                word[:1] == "و"
                and word[1:] not in CONTENT_ADVERBS
                and any(from_cue(paragraph.word(k)) for k in range(sentence_start, cue.token))
            )
        if self._closes_words_said(paragraph, cue.token - 1):
            # (وأضاف "سجلنا اليوم أعلى معدل وفيات" مشدداً على أن…: after a quotation's close)
            return self._own_content_follows(paragraph, cue.token)
        k = cue.token - 2
        while k >= sentence_start and not complementizer(paragraph.word(k)):
            if from_cue(paragraph.word(k)):
                before = cue_lexicon().lookup(paragraph.word(k))
                if (
                    before is not None
                    and before.tense != "participle"
                    and not any(complementizer(paragraph.word(j)) for j in range(sentence_start, k))
                ):
                    # (وأعرب الوزير عن حزنه قائلاً: "…"، ندد بالهجوم قائلاً: the sentence's
                    # verb and its preposition's content, then the participle's own words)
                    return any(
                        _opens_with(paragraph.word(j), before.prepositions) for j in range(k + 1, cue.token)
                    ) and self._own_content_follows(paragraph, cue.token)
                if before is None or before.tense != "participle":
                    return False
                break  # (متمنياً لممداني النجاح… قائلاً "ليته…": after another participle's object)
            k -= 1
        return k > sentence_start and self._own_content_follows(paragraph, cue.token)

    @staticmethod
    def _closes_words_said(paragraph: _Paragraph, k: int) -> bool:
        """Token k is the closing mark of a quotation of words said (not of a name or term)."""
        if k < 0 or k >= len(paragraph.tokens):
            return False
        start = paragraph.tokens[k].start
        return any(
            span.close == start
            and span.open >= 0
            and len(paragraph.match.text[span.open + 1 : span.close].split()) >= SCARE_QUOTE_WORDS
            for span in paragraph.spans
        )

    def _joined_verb_after_object_content(self, paragraph: _Paragraph, cue: _Cue, first: int) -> bool:
        """A verb of speech joined by و, with no subject of its own, after the sentence's verb
        of speech whose content is its object or its preposition's noun (أدان الحزب الهجوم |
        وطالب بمحاسبة المسؤولين، انتقد الوزير الخطة | ويؤكد أنها…): the same source's next
        statement, as after a comma. Not inside a content of أنّ, a colon or a quotation (قال إن
        الخطة سيئة وأكد أنها…، قالت المصادر إن مصر تطرح مشروعاً يشجب إسرائيل ويطالبها…: the
        content's own subject may speak), nor in a relative clause whose verb it may be (انتقد
        الرئيسَ الذي رفض الخطة وأكد أنها…), nor of another agreement than the earlier verb
        (انتقد الوزير الحكومة وأكدت أنها…: another subject's), nor after a verb that only
        points back (أكدت ذلك والدتها وأفادت أنّ…: one statement, its subject after the object)."""
        word = paragraph.word(cue.token)
        if word[:1] != "و" or cue.clitic != 1 or cue.form.tense not in ("perfect", "imperfect", "other"):
            return False
        following = paragraph.word(cue.token + 1)
        if not (
            complementizer(following)
            and following[:1] != "و"
            or _opens_with(following, cue.form.prepositions)
            or self._own_words_follow(paragraph, cue.token + 1)
        ):
            return False  # (a subject of its own, or an object: not the earlier verb's subject's)
        earlier: CueForm | None = None
        for k in range(cue.token - 1, first - 1, -1):
            word = paragraph.word(k)
            if (
                complementizer(word)
                or word in RELATIVES
                and agrees_with_relative(earlier or cue.form, word)
                or word == ":"
                or earlier is None
                and word in COMMAS
                or paragraph.span_opening_at(paragraph.tokens[k].start) is not None
            ):
                return False
            form = self.lexicon.lookup(word) if earlier is None else None
            if form is not None and form.tense in ("perfect", "imperfect", "other"):
                # (a plural after a singular verb first: its plural subject named after that
                # verb — يدين معارضو الاتفاق السرية… ويؤكدون أنه…)
                if (
                    not form.takes
                    or paragraph.word(k + 1) in OBJECT_DEMONSTRATIVES
                    or not (
                        form.agreement in ("", cue.form.agreement)
                        or cue.form.agreement == PLURAL
                        and form.agreement in (MASCULINE, FEMININE)
                    )
                ):
                    return False
                earlier = form
        return earlier is not None

    @staticmethod
    def _own_content_follows(paragraph: _Paragraph, i: int) -> bool:
        """أنّ, a colon or a quotation mark within a few words after token i."""
        return any(
            complementizer(word) or word == ":" or word[:1] in QUOTE_MARKS
            for word in (paragraph.word(j) for j in range(i + 1, i + 1 + OWN_CONTENT_WINDOW))
        )

    def _predicate_of_complement(self, paragraph: _Paragraph, comma: int, sentence_start: int) -> bool:
        """The verb after `comma` is the predicate of an earlier cue's أنّ-clause, whose subject
        is all that stands between أنّ and the comma («وأشارت إلى أن وزير الدفاع آنذاك، يوآف
        غالانت، أعلن فرض حصار…»): the speech it reports is nested in that content, not a new
        quote (the guideline's rule)."""
        for k in range(comma - 1, max(sentence_start, comma - COMPLEMENT_SUBJECT_WINDOW) - 1, -1):
            word = paragraph.word(k)
            if word in SENTENCE_ENDS or from_cue(word) and not self._examples_at(paragraph, k):
                return False  # (not بينها, a preposition's: «، بينها حماس،»)
            if not complementizer(word) or paragraph.inside_opened_quote(paragraph.tokens[k].start):
                continue  # (سي إن إن: a quoted name's word, no complementizer)
            if word not in BARE_COMPLEMENTIZERS or paragraph.word(k + 1)[:1] in QUOTE_MARKS:
                return False  # أنّهم "خُطفوا"، قالت…: the clause had its subject already
            if not any(from_cue(paragraph.word(c)) for c in range(max(sentence_start, k - 3), k)):
                return False  # (an أنّ of the narration, not a cue's)
            reader = PhraseReader(paragraph.tokens, self.registry)
            phrase, stop = reader.read(k + 1, comma + 1, subject=True)
            if phrase is None or phrase.kind == "statement":
                return False
            if stop >= comma:
                return True
            # a title, then its holder set off by commas (…آنذاك، يوآف غالانت، أعلن)
            inner = [c for c in range(stop, comma) if paragraph.word(c) in COMMAS]
            if inner == [stop] and self._examples_at(paragraph, stop + 1):
                # (…أنّ وسائل إعلامية، منها "سي إن إن"، توقعت…: the subject's examples, then its
                # verb; «…، وقال» is a clause of its own)
                return paragraph.word(comma + 1)[:1] != "و"
            if not inner or any(from_cue(paragraph.word(c)) for c in range(stop, comma)):
                return False
            holder, end = reader.read(inner[-1] + 1, comma + 1, subject=True)
            return holder is not None and holder.name is not None and end >= comma
        return False

    def _examples_at(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i opens examples of the noun before it (منها، من بينها، مثل)."""
        return self._phrase_at(paragraph, i, EXAMPLE_OPENERS) > 0

    def _preverbal_subject(self, paragraph: _Paragraph, cue: _Cue, sentence_start: int) -> NounPhrase | None:
        """The subject before the verb: وكان وزير الخارجية، أنتوني بلينكن، قد حذّر; وكانت الوزيرة
        ترى أن… (a finite verb, not a participle, right after the copula's subject); or every
        word from the sentence's start to the verb (رئيس وزراء هنغاريا فيكتور أوربان يقول إنّ…,
        the way Al Mayadeen's summaries open)."""
        j = cue.token - 1
        if paragraph.word(j) not in PREVERBAL_PARTICLES:
            if cue.form.tense == "participle" or cue.clitic:
                return None
            j = cue.token  # (the subject then ends right before the verb)
        reader = PhraseReader(paragraph.tokens, self.registry)
        for k in range(j - 1, max(sentence_start, j - 16) - 1, -1):
            if paragraph.word(k) in COPULAS and k + 1 == j and k > sentence_start:
                j = k  # (يذكر أنّ الرئيس بوتين كان قد أكّد…: the subject before the copula)
                break
            if paragraph.word(k) in COPULAS:
                phrase, stop = reader.read(k + 1, j, subject=True)
                # (not «كان ينبغي | أن تعبر…»: the verb behind أنّ is another's, what ought to be)
                if phrase and stop >= j - 1 and not complementizer(paragraph.word(stop)):
                    return phrase
                return None
        # the clause opens the sentence, or follows its comma with و (…، والأمين العام لحلف
        # الناتو يؤكد…)
        clause_start = self._after_narrator_formula(paragraph, sentence_start, j)
        # (after the formula the subject may close with a comma: يذكر أنّ وكالة X، أشارت…; a
        # sentence's own opening before a comma is an adverbial: واليوم، أكّد…)
        end = j - 1 if clause_start > sentence_start and paragraph.word(j - 1) in COMMAS else j
        occasion = self._occasion_before_verb(paragraph, clause_start, j)
        if occasion is not None:
            end = occasion  # (البحرية الصينية | ، وفي بيان لها، | قالت إنّ…)
        sentence_start = clause_start
        start = next(
            (
                k + 1
                for k in range(end - 1, max(sentence_start, end - MAX_INITIAL_SUBJECT) - 1, -1)
                if paragraph.word(k) in COMMAS
            ),
            sentence_start,
        )
        # (لكن الحكومة قالت إنّ…، ورغم ذلك فإنّ الدراسة كشفت…: the clause's own subject)
        opened = self._subject_opener_end(paragraph, start, end)
        start = opened or start
        # (a quantifier before the sources it counts: إلا أنّ أحد الأطباء الفرنسيين أكّد…)
        quantifier = start if self._counts_sources(paragraph, reader, start) else None
        start += quantifier is not None
        first = paragraph.word(start)
        if (quoted := self._quoted_name_before_verb(paragraph, reader, start, end, cue)) is not None:
            return quoted
        if (
            self._known_behind(first[1:] if start > sentence_start and not opened else first, "لب")
            or end - start > MAX_INITIAL_SUBJECT
            or end == start
            or start > sentence_start
            and not first.startswith("و")
            and not opened
            or self.speakers.category(first) not in SOURCE_HEADS + ("place", "statement")
            and self.registry.find_by_word(first) is None
            and not (first.startswith("و") and self.registry.find_by_word(first[1:]))
            # (a name the archive taught, alone before its verb: بوتين يؤكد أنّ…)
            and not name_only_word(first)
            and not (end - start == 1 and self._unknown_name_before_its_words(paragraph, start, cue))
        ):
            # (a phrase the lexicons or the article know, behind no preposition: not «وإذ»،
            # «ويأتي»، «ولدينا»)
            return self._conjoined_clause_subject(paragraph, reader, cue, sentence_start)
        phrase, stop = reader.read(start, end, subject=True)
        bare = first[1:] if first.startswith("وال") else first
        if (
            phrase is None
            and end - start == 1
            and bare.startswith("ال")  # (not لا، أنا، وكأنها: words a name may also hold)
            and (name_only_word(bare) or self._unknown_name_before_its_words(paragraph, start, cue))
        ):
            # (السيسي يؤكد: …: a family name alone, of an adjective's shape the reader takes for
            # no name, standing before its verb)
            phrase, stop = NounPhrase(start, end, (start, end), PERSON), end
        if phrase is not None and quantifier is not None and paragraph.word(quantifier) in ONE_OF:
            phrase = replace(phrase, start=quantifier)  # (one of them speaks, so named)
        j = end
        # (a statement before its verb speaks for its issuer: تقرير لوزارة الدفاع يكشف أنّ…،
        # دراسة جديدة تكشف أنّ…; not a statement's noun alone, as often a scraper's label: إعلان
        # | تشير بيانات المركز…)
        if (
            phrase is not None
            and stop == j
            and (phrase.kind in SOURCE_KINDS or phrase.kind == "statement" and phrase.end - phrase.start >= 2)
        ):
            return phrase
        return self._conjoined_clause_subject(paragraph, reader, cue, sentence_start)

    def _quoted_name_before_verb(
        self, paragraph: _Paragraph, reader: PhraseReader, start: int, end: int, cue: _Cue
    ) -> NounPhrase | None:
        """«"غلوبال تايمز" الصينية تقول إنّ…»: a name in quotation marks opening the clause, with
        its adjectives of relation, right before an imperfect verb whose words follow it (the
        way Al Mayadeen's summaries open): an outlet when its name ends like one, else a body."""
        closing = reader.quoted_name_end(start)
        if (
            closing is None
            or cue.token != end
            or not self._imperfect_with_its_words(paragraph, cue)
            or not all(
                self.speakers.category(paragraph.word(k)) == "nisba"
                or paragraph.word(k).startswith("ال")
                and nisba_shaped(paragraph.word(k))
                for k in range(closing, end)
            )
        ):
            return None
        outlet = any(paragraph.word(k) in self.speakers.outlet_name_ends for k in range(start, closing))
        return NounPhrase(start, end, None, MEDIA if outlet else ORGANIZATION)

    @staticmethod
    def _imperfect_with_its_words(paragraph: _Paragraph, cue: _Cue) -> bool:
        """The cue is an imperfect verb (behind و or ف) whose words follow it at once, after a
        colon or its أنّ (يؤكد: …، تقول إنّ…): the way a summary's clause reports."""
        verb, following = paragraph.word(cue.token), paragraph.word(cue.token + 1)
        return imperfect_shaped(verb[1:] if verb[:1] in "وف" else verb) and (
            following == ":" or complementizer(following)
        )

    def _unknown_name_before_its_words(self, paragraph: _Paragraph, k: int, cue: _Cue) -> bool:
        """Token k, one word no list knows and no common one, stands alone before an imperfect
        verb whose words follow at once (والسيسي يؤكد: لدينا القوة…، ماكرون يقول إنّ…): a
        name, the way Al Mayadeen's summaries open."""
        word = paragraph.word(k)
        word = word[1:] if word[:1] == "و" and self.speakers.category(word[1:]) == "" else word
        return (
            cue.token == k + 1
            and self._imperfect_with_its_words(paragraph, cue)
            and len(word) >= 4
            and word.isalpha()
            and self.speakers.category(word) == ""
            and not gazetteer().is_common(word)
        )

    @staticmethod
    def _occasion_before_verb(paragraph: _Paragraph, sentence_start: int, j: int) -> int | None:
        """The comma that opens an occasion set off by commas right before the verb at token j,
        after words of the sentence's own (البحرية الصينية، وفي بيان لها، قالت…): where the
        subject before it ends. None when no such occasion stands there."""
        following = paragraph.word(j + 1)
        if paragraph.word(j - 1) not in COMMAS or not (complementizer(following) or following == ":"):
            return None  # (واليوم، وفي بيان لها، قالت الوزارة إنّ…: the verb's own subject)
        for k in range(j - 2, max(sentence_start, j - 2 - OCCASION_SPAN_WORDS), -1):
            if paragraph.word(k) in COMMAS:
                if paragraph.word(k + 1) in OCCASION_OPENERS and k > sentence_start:
                    return k
                return None
        return None

    def _subject_opener_end(self, paragraph: _Paragraph, start: int, end: int) -> int:
        """The token after the last phrase between `start` and `end` that opens a clause with its
        subject first (`SUBJECT_OPENERS`: لكن، إلا أنّ، فإنّ), with words after it; 0 when none."""
        for k in reversed(paragraph.positions_between(SUBJECT_OPENER_WORDS, start, end - 1)):
            n = self._phrase_at(paragraph, k, SUBJECT_OPENERS)
            if n and k + n < end:
                return k + n
        return 0

    def _conjoined_clause_subject(
        self, paragraph: _Paragraph, reader: PhraseReader, cue: _Cue, sentence_start: int
    ) -> NounPhrase | None:
        """A summary joins its clauses with و and no comma, each subject before its present
        verb (…على وقع تجدد المعارك شمالاً وحماس تؤكد أن…، …رغم المجازر والقسام تقول: …،
        وقيادي في حماس يؤكد للميادين…): the source phrase that و opens and the verb ends."""
        present = (
            cue.form.tense == "imperfect" or cue.form.tense != "participle" and cue.form.form[:1] in "يت"
        )
        if not present or cue.clitic:
            return None  # (يقول، تقول: قال's forms are listed with no tense)
        for k in range(cue.token - 1, max(sentence_start, cue.token - MAX_CONJOINED_SUBJECT) - 1, -1):
            word = paragraph.word(k)
            # (or after a word that opens a clause: …، لكن طهران تقول إنه…، بينما الحكومة ترى…)
            joined = paragraph.word(k - 1) in CLAUSE_JOINERS and not word.startswith("و")
            if not (joined or word.startswith("و")) or word in self.speakers.given_names:
                continue
            bare = word if joined else word[1:]
            if (
                self.speakers.category(bare) not in SOURCE_HEADS + ("place",)
                and self.registry.find_by_word(bare) is None
                # (a name the archive taught: …، ولافروف يؤكد أنّ…)
                and not name_only_word(bare)
            ):
                continue
            if self.speakers.category(bare) == "place" and cue.form.agreement not in ("", FEMININE):
                return None  # (a country speaks as «she»: «…في غانا ونيجيريا يعتقدون» is a list of places)
            phrase, stop = reader.read(k, cue.token, subject=True)
            if phrase is None and not joined:
                # (وكوريا الشمالية تحذر…: read without the و; `_subject_before_verb` names it so)
                token = paragraph.tokens[k]
                stripped = Token(token.text[1:], token.start + 1, token.end)
                tokens = paragraph.tokens[:k] + [stripped] + paragraph.tokens[k + 1 :]
                phrase, stop = PhraseReader(tokens, self.registry).read(k, cue.token, subject=True)
            if phrase is not None and stop == cue.token and phrase.kind in SOURCE_KINDS:
                return phrase
            return None
        return None

    def _after_narrator_formula(self, paragraph: _Paragraph, sentence_start: int, limit: int) -> int:
        """Where a sentence's own clause starts after the narrator's «it is worth noting that»
        (يذكر أنّ، تجدر الإشارة إلى أنّ، يشار إلى أنّ: …، الرئيس الروسي فلاديمير بوتين، قال…)
        or a label and its colon (الملف الثاني: حزب الله يؤكد أنّ…, how Al Mayadeen's
        summaries list their files): the token after its أنّ or colon; `sentence_start` when
        it opens with none."""
        for k in range(sentence_start, min(sentence_start + NARRATOR_FORMULA_WORDS, limit)):
            if complementizer(paragraph.word(k)):
                words = " ".join(paragraph.word(i) for i in range(sentence_start, k))
                return k + 1 if words in NARRATOR_FORMULAS else sentence_start
            if paragraph.word(k) == ":":
                return (
                    k + 1
                    if k > sentence_start and self._label(paragraph, sentence_start, k)
                    else sentence_start
                )
        return sentence_start

    def _label(self, paragraph: _Paragraph, start: int, end: int) -> bool:
        """The words from `start` to `end` are a label, not a source speaking after its colon
        (الملف الأول، أولاً; not مراسل الميادين، نتنياهو): common words no lexicon gives a
        source's kind, no cue, nothing quoted."""
        return all(
            paragraph.word(k)[:1].isalpha()
            and self.speakers.category(paragraph.word(k)) in ("", "nisba")
            and self.registry.find_by_word(paragraph.word(k)) is None
            and not from_cue(paragraph.word(k))
            and (gazetteer().is_common(paragraph.word(k)) or qualifier_shaped(paragraph.word(k)))
            for k in range(start, end)
        )

    # ---------------------------------------------------------------- paragraphs
    def _read_paragraph(self, paragraph: _Paragraph) -> None:
        if "list 1 of" in paragraph.match.text:
            self._read_linked_titles(paragraph)
        before, nouns_before = len(self.drafts), len(self.noun_drafts)
        cues = self._cues(paragraph)
        run_on_end = self._run_on_end(paragraph)
        spoken = [
            cue
            for cue in cues
            if run_on_end is not None
            and paragraph.tokens[cue.token].start < run_on_end
            and first_person_cue(paragraph.word(cue.token)[cue.clitic :])
        ]
        if spoken:
            # (a quotation running on from the paragraph before, its verbs in the speaker's own
            # voice — «إننا نقول للعدو إن…»: the paragraph is the speaker's; a verb of the
            # narration's third person is the journalist's own again)
            self._continue_quote(paragraph)
            cues = [cue for cue in cues if cue not in spoken]
        cue_tokens = [cue.token for cue in cues]
        attributed = bool(
            paragraph.positions(STATEMENT_POINTER_VERBS)
            or paragraph.positions(_attribution_openers())
            or paragraph.positions(self.lexicon.pointing_back_ends)
            or paragraph.positions(self.lexicon.opening_attribution_marks)
        )
        for start_char, end_char in paragraph.sentences if cues or attributed else ():
            first = paragraph.first_token_at(start_char)
            last = paragraph.first_token_at(end_char)
            in_sentence = cues[bisect.bisect_left(cue_tokens, first) : bisect.bisect_left(cue_tokens, last)]
            starts = [self._clause_start(paragraph, c, first) for c in in_sentence]
            opening = [start is not None for start in starts]
            # Where the next clause a cue opens starts, after each cue (or the sentence end).
            limits, following = [last] * len(in_sentence), last
            for n in range(len(in_sentence) - 1, -1, -1):
                limits[n] = following
                start = starts[n]
                if start is not None:
                    following = start
            content_end = -1
            sentence_drafts: list[_Draft] = []
            self._read_statement_pointed_to(paragraph, first, last)  # (the sentence before's source)
            # «وبحسب الموقع، يُعدّ العاروري "شخصية مركزية"، لافتاً إلى أنّ…»: an attribution
            # opening the sentence gives it its source, up to a clause another cue opens (a
            # participle then speaks for the same source)
            until = next((start for start in starts if start is not None), last)
            if self._opens_with_attribution(paragraph, first, until) and self._read_attribution(
                paragraph, first, last, until=until
            ):
                sentence_drafts.append(self.drafts[-1])
                content_end = paragraph.first_token_at(self.drafts[-1].span[1] - paragraph.para.start)
            elif (
                in_sentence
                and opening[0]
                and first < until < last
                and self._words_before_attribution(paragraph, first, until) >= ATTRIBUTED_CLAUSE_WORDS
                and self._read_attribution(paragraph, first, until)
            ):
                # («وفجر انتحاري نفسه…، بحسب ما صرح رئيس الشرطة، وتحدث مسؤول…»: the first
                # clause's own attribution, before the clause a cue opens)
                sentence_drafts.append(self.drafts[-1])
            for n, cue in enumerate(in_sentence):
                if cue.token < content_end and not opening[n]:
                    continue  # nested speech: part of the content it stands in
                limit = limits[n]
                draft = self._read_cue(paragraph, cue, first, limit, last, sentence_drafts)
                if draft is not None and cue.form.tense == "noun":
                    self.noun_drafts.append(draft)
                    content_end = paragraph.first_token_at(draft.span[1] - paragraph.para.start)
                elif draft is not None:
                    sentence_drafts.append(draft)
                    self.drafts.append(draft)
                    self.current = draft.entity
                    content_end = paragraph.first_token_at(draft.span[1] - paragraph.para.start)
            if sentence_drafts:
                self._read_attribution_after(paragraph, content_end, last)
            elif not self._read_attribution(paragraph, first, last):
                self._read_pointing_back(paragraph, first, last)
        for read_other_form in (
            self._read_signed_post,
            self._read_colon_line,
            self._read_interjected_source,
            self._continue_quote,
        ):
            if len(self.drafts) > before or len(self.noun_drafts) > nouns_before:
                break
            read_other_form(paragraph)
        self._track_open_quote(paragraph, before)

    # ---------------------------------------------------------------- one cue, in stages
    # A cue (stage 1, `_cues`) is read in stages: the rules that may find its source are tried
    # in a fixed order (stage 2, candidates; `SPEAKER_RULES` names them), the first that finds
    # one chooses it (stage 3), the registry resolves what the sentence calls it to the
    # article's fullest name (stage 4, `_entity`), then the content is found (stage 5).
    def _noun_has_subject(self, paragraph: _Paragraph, cue: _Cue, source: _Source) -> bool:
        """A verbal noun reports speech only with its own subject right after it, headed by a
        word the lexicons or the names know (بعد إعلان وزارة الصحة أنّ…، قول نتنياهو إنّ…): not
        with none (رحّبت الحركة بإعلان أنّ…) nor with an adjective of its own (إعلان مقتضب)."""
        following = paragraph.word(cue.token + 1)
        return source.rule in ("subject_after_cue", "subject_in_slot") and (
            self.speakers.category(following) in SOURCE_HEADS + ("place",)
            or following in gazetteer().name_words
        )

    def _read_cue(
        self,
        paragraph: _Paragraph,
        cue: _Cue,
        first: int,
        limit: int,
        last: int,
        sentence_drafts: list[_Draft],
    ) -> _Draft | None:
        source = self._source_of(paragraph, cue, first, limit, sentence_drafts)
        if (
            source.entity is None
            # (فإننا نرى ونسمع أن…: a verb in the first person has no subject after it — the
            # word there is no one's name; an interview's answer continues its source)
            or source.rule == "subject_after_cue"
            and first_person_cue(paragraph.word(cue.token)[cue.clitic :])
            or source.rule == "subject_after_cue"
            and by_saying(paragraph.word(cue.token))
        ):
            return None  # (بقولها "مين أنتِ": «by her saying» names no one after it)
        if cue.form.tense == "noun" and not self._noun_has_subject(paragraph, cue, source):
            return None
        if cue.form.relays_only and source.relay is None:
            return None  # (علمت الصحيفة أنّ…: what the outlet learned, its own news)
        self._learn_agreement(source, cue.form)
        content = self._content_of(paragraph, cue, first, source, limit, last)
        if content is None:
            if self._colon_ends_paragraph(paragraph, source.after):
                self.colon_source = source.entity
            return None
        start, end, kind = content
        if cue.form.tense == "noun" and not self._noun_content_opens(paragraph, cue, start):
            return None
        if cue.form.tense == "noun" and (cut := self._noun_object_end(paragraph, start, end)) < end:
            text = paragraph.match.text
            end = cut
            while end > start and text[end - 1] in PUNCT_TRIM:
                end -= 1
            if kind == "mixed" and QUOTE_MARKS.isdisjoint(text[start:end]):
                kind = "indirect"
        opening = paragraph.first_token_at(start)
        if self._antecedent_as_object(paragraph, cue) and not any(
            complementizer(paragraph.word(j)) or paragraph.word(j) == ":" for j in (opening - 1, opening)
        ):
            return None  # (الحملة التي أعلنها تحت مسمى "الحرب على الإرهاب": a name, no words of his)
        if (
            self._demonstrative_before_subject(paragraph, cue.token + 1)
            or self._own_preposition_taken(paragraph, cue)
        ) and not self._opened_content(paragraph, opening):
            # (أوضح ذلك رئيس اللجنة، الذي أشار إلى أن…: what he made plain was said before; only
            # words a complementizer, a colon or a quotation mark opens after him are his; so
            # too after the verb's own preposition with its pronoun, what it called for or
            # pointed to: الاحتجاجات التي دعا إليها أمس عدد من الأهالي بالجهة)
            return None
        cue_token = paragraph.tokens[cue.token]
        return _Draft(
            paragraph.index,
            source.entity,
            paragraph.to_article(cue_token.start + cue.clitic, cue_token.end),
            kind,
            paragraph.to_article(start, end),
            source.addressee,
            source.span,
            source.rule,
            cue.form,
            source.relay,
        )

    def _noun_content_opens(self, paragraph: _Paragraph, cue: _Cue, start: int) -> bool:
        """What a verbal noun's subject is followed by opens its content: أنّ, or an object or
        the verb's preposition — not a relative, a preposition it takes not, a second member
        of its subject's list, a place or a name in quotation marks, which say the noun and
        what follows it are a name (إعلان القاهرة الذي…، إعلان الرياض إلى…، إعلان بكين
        والبيان المشترك، إعلان جدة | السعودية…، رئيس الاستخبارات "أمان")."""
        k = paragraph.first_token_at(start)
        word, before = paragraph.word(k), paragraph.word(k - 1)
        if complementizer(before) or before == ":":
            # (not «مطالب الرئيس الأميركي، وعمّا إذا كان ذلك يعبّر عن خطة… أم أنه…»: an أنّ past
            # another verb's cue is another clause's)
            opening = self._word_near(
                paragraph, cue.token, k - cue.token, lambda w: complementizer(w) or w == ":"
            )
            return opening == k - 1
        subject = paragraph.word(cue.token + 1)
        if not (
            subject.startswith("ال")
            or paragraph.word(cue.token + 2).startswith("ال")  # (إعلان وزارة الدفاع: in construct)
            or subject in gazetteer().name_words
            or self.speakers.category(subject) == "place"
            or self.speakers.category(subject) in ("organization", "media")
            and not gazetteer().is_common(subject)
        ):
            return False  # (إعلان دولة جديدة: an indefinite noun after it is what it declares)
        return not (
            not word[:1].isalpha()
            and word not in QUOTE_MARKS  # (إعلان بكين (…) غير دقيق)
            or word in TIME_WORDS
            or word in NOUN_OBJECT_NON_STARTERS
            or word[:1] == "ي"  # (a verb: إعلان الجهاد يكون…)
            or self._quoted_name_at(paragraph, k)  # (إعلان الولايات المتحدة "يو أس أس أيزنهاور"…)
            # (an indefinite accusative, an adverb: إعلان حماس يوماً إضافياً، عدداً كبيراً)
            or not word.startswith("ال")
            and paragraph.original(paragraph.tokens[k].start, paragraph.tokens[k].end).endswith(("اً", "ا"))
            or word.startswith("ال")
            and nisba_shaped(word)  # (إعلان كريم خان الرسمي: the noun's own)
            or word in gazetteer().name_words
            and not gazetteer().is_common(word)  # (إعلان أردوغان ترامب…)
            or word in RELATIVES
            or before in RELATIVES
            or word[:1] == "و"
            and (
                word[1:].startswith("ال")
                or word[1:] in gazetteer().name_words
                or self.speakers.category(word[1:]) in SOURCE_HEADS + ("place",)
            )
            or self._quoted_name_at(paragraph, k - 1)
            or before in QUOTE_MARKS
            or self.speakers.category(word) == "place"
            or word in PREPOSITIONS_BEFORE_NOUNS
            and not _opens_with(word, cue.form.prepositions)
            or word[:1] == "ل"
            and not word.startswith("ال")
            and not _opens_with(word, cue.form.prepositions)
            # (إعلان القدس عاصمة لإسرائيل: the place is what was declared so, an indefinite word
            # what it was declared, ل what for — not إعلان أنقرة إغلاق المضائق، إعلان إيران عن…)
            or self.speakers.category(subject) in ("place", "media")  # (القدس: the paper, the city)
            and k == cue.token + 2
            and word[:1].isalpha()
            and not word.startswith("ال")
            and not _opens_with(word, cue.form.prepositions)
            and paragraph.word(k + 1)[:1] == "ل"
            and not paragraph.word(k + 1).startswith("ال")
        )

    @staticmethod
    def _noun_object_end(paragraph: _Paragraph, start: int, end: int) -> int:
        """Where the object of a verbal noun ends: its first comma outside a quotation (بعد
        إعلان البيت الأبيض موافقة إسرائيل على الهدن |، المستشار الإعلامي لحماس ينفي…: the
        phrase is the sentence's adverbial, its main clause follows); `end` for a content of
        أنّ, which may run on."""
        first = paragraph.first_token_at(start)
        if complementizer(paragraph.word(first - 1)):
            return end
        for k in paragraph.positions_between(COMMA_SET, first, len(paragraph.tokens)):
            token = paragraph.tokens[k]
            if token.start >= end:
                break
            if not paragraph.inside_quote(token.start):
                return token.start
        return end

    def _source_of(
        self, paragraph: _Paragraph, cue: _Cue, first: int, limit: int, sentence_drafts: list[_Draft]
    ) -> _Source:
        """Stages 2–4: who speaks, by the first rule that finds a source."""
        if cue.form.tense == "participle":
            return self._participle_source(paragraph, cue, first, sentence_drafts)
        form = cue.form
        if form.first_person:
            return self._first_person_source(cue, paragraph.index)
        # (a relay's own preposition ends the medium's name: علمت الجوهرة أف أم | من مصدر أمني)
        own_relay = form.relay_prepositions - RELAY_PREPOSITIONS
        reader = PhraseReader(paragraph.tokens, self.registry, form.prepositions | own_relay)
        after = cue.token + 1
        # (past a pronoun, a participle or a noun of manner or a time: أفادت فيه مصادر، وقال
        # مبتسماً الوزير، وقال بحزم وزير الدفاع، كشف اليوم الجمعة الوزير; an honorific standing
        # for the dignitary speaking, or a blessing, leave no subject: وأكد معاليه أن…، وأشاد
        # حفظه الله بـ…)
        while (
            paragraph.word(after) in RESUMPTIVES
            # (قال عنهم جون كوتر إن…: what one said of them; but أعلن عنه، تحدث عنه: «it», what
            # the verb reports, and a relay's عنه is the source, `_subject_after_cue`)
            or paragraph.word(after) in RELAYED_PRONOUNS
            and (form.relay or "عن" not in form.prepositions)
            or paragraph.word(after) in HONORIFIC_PRONOUNS
            or paragraph.word(after) in CONTENT_ADVERBS  # (وصرّح مراراً أنه…، وأكد مجدداً الوزير أن…)
            or reader.accusative_participle_at(after)
            or paragraph.word(after) in TIME_WORDS
            and paragraph.word(after + 1)[:1].isalpha()
            or self._manner_noun_at(paragraph, reader, after, form)
        ):
            after += 1
            # (شدد أمس (الخميس) رئيس الوزراء…: the day named between brackets)
            if (
                paragraph.word(after) == "("
                and paragraph.word(after + 1) in TIME_WORDS
                and paragraph.word(after + 2) == ")"
            ):
                after += 3
        if reader.blessing_at(after):
            after += 2
        if (
            sentence_drafts
            and after == cue.token + 1
            and not self._of_another_gender(sentence_drafts[-1], form)
            and self._joined_verb_after_object_content(paragraph, cue, first)
        ):
            return _Source(sentence_drafts[-1].entity, "joined_verb_of_sentence", after=after)
        if (
            not cue.clitic
            and paragraph.word(cue.token - 1) in DEMONSTRATIVE_SUBJECTS
            and (
                paragraph.word(cue.token - 2) in PREDICATE_COPULAS
                or complementizer(paragraph.word(cue.token - 2))
            )
        ):
            # (كان ذلك يعبّر عن خطة…، أنّ هذا يؤكد…; not «إلى ذلك قال…»، «وعقب ذلك أكد…»: after that)
            return _Source(None, "demonstrative_subject", after=after)
        source = self._subject_before_verb(
            paragraph, cue, first, reader, after, limit
        ) or self._subject_after_cue(paragraph, cue, first, reader, after, limit)
        titles = HONORIFIC_PRONOUNS.get(paragraph.word(cue.token + 1))
        if titles is not None:
            source = self._honorific_pronoun_source(cue, source, titles)
        quoted_outlet = self._quoted_outlet_spoken_to(paragraph, reader, source.after, form)
        if quoted_outlet is not None:
            source.addressee, source.after = quoted_outlet
        elif paragraph.word(source.after).startswith("ل") and (
            "ل" in form.addressee
            or "object" in form.addressee
            or self._outlet_after_lam(paragraph, source.after)
        ):
            found, end = self._stripped_phrase(paragraph, source.after, 1)
            if found is not None:
                source.addressee = found  # قال لـX: the one spoken to
                if found.kind != MEDIA and not self.speakers.media_role(paragraph.word(source.after)[1:]):
                    end = source.after + 1  # (not لمراسل "الجوهرة": the reporter and the outlet)
                while end > source.after + 1 and paragraph.word(end - 1) in FUNCTION_WORDS:
                    end -= 1  # (لوكالة "سبوتنيك" الروسية | عن قيام…: the content's preposition)
                source.after = end
        return source

    def _quoted_outlet_spoken_to(
        self, paragraph: _Paragraph, reader: PhraseReader, lam: int, form: CueForm
    ) -> tuple[Entity, int] | None:
        """«لـ» written apart at token `lam`, then an outlet's quoted name: the outlet spoken to
        and where it ends (وتوقع سالم باعجاجة لـ"الوطن" أمس، استمرار…). An outlet's, or a
        person's after a verb that takes the one spoken to by ل: a body's name after a title
        is the title's (الأمين العام لـ"عصائب أهل الحق"، قيس الخزعلي،)."""
        if paragraph.word(lam) != "ل" or not (end := reader.quoted_name_end(lam + 1)):
            return None
        spoken_to, _ = reader.read(lam + 2, end - 1, subject=True)
        if spoken_to is None or not (
            spoken_to.kind == MEDIA or "ل" in form.addressee and spoken_to.kind == PERSON
        ):
            return None
        found = self._entity(paragraph, spoken_to)
        return None if found is None else (found, end)

    def _first_person_source(self, cue: _Cue, para: int) -> _Source:
        """«We» (ونؤكد أنّ…، نرى أنّ…) names no subject: a statement's or an interview's running
        words go on of the source quoted last, in this paragraph or the one before; with none
        there it is the writer's own voice (نتساءل: لماذا…؟), and no one is quoted."""
        last = self.drafts[-1] if self.drafts else None
        speaking = last.entity if last is not None and last.para >= para - 1 else None
        return _Source(speaking, "first_person", None, None, cue.token + 1)

    @staticmethod
    def _opens_quotation(paragraph: _Paragraph, k: int) -> bool:
        """Token k opens a quotation of words said, not a name or term set off by its marks
        (a longer name is one when a complementizer follows it: قالت "إيه تي آند تي" إنها…)."""
        span = paragraph.span_opening_at(paragraph.tokens[k].start) if k < len(paragraph.tokens) else None
        return (
            span is not None
            and len(paragraph.match.text[span.open + 1 : span.close].split()) >= SCARE_QUOTE_WORDS
            and not complementizer(paragraph.word(paragraph.first_token_at(span.close + 1)))
        )

    def _manner_noun_at(self, paragraph: _Paragraph, reader: PhraseReader, i: int, form: CueForm) -> bool:
        """Token i, after the verb, is an indefinite common noun behind ب that says how the
        source spoke (بحزم، بغضب، بصراحة), a source named after it (وقال بحزم وزير الدفاع…);
        not after a verb whose content opens at ب (طالب بالإفراج، ندّد بالعدوان) or whose ب
        names what the one addressed is charged with (اتهم، أمر)."""
        word, following = paragraph.word(i), paragraph.word(i + 1)
        return (
            word.startswith("ب")
            and not word.startswith("بال")
            and "ب" not in form.prepositions
            and "object" not in form.addressee  # (واتهمت بحماية نظام…: the charge, passive)
            and len(word) >= 4
            and self.speakers.category(word) == ""  # (ذكر بيان…، تحذّر بكين: a statement, a place)
            and gazetteer().is_common(word[1:])
            and not word.endswith("ات")  # (نقلوا بسيارات الإسعاف: a thing, no manner)
            and not verbal_noun_shaped(word[1:])  # (بإنهاء…: a verbal noun opens a content)
            # (a definite word after it is its own genitive or adjective, no subject)
            and not following.startswith("ال")
            and (self.speakers.category(following) in SOURCE_HEADS or reader.is_name_start(i + 1))
        )

    def _honorific_pronoun_source(self, cue: _Cue, source: _Source, titles: frozenset[str]) -> _Source:
        """«وقال معاليه: …»: the dignitary is the source speaking when his title fits the
        honorific, else the person named last with such a title (وهنّأ معالي الشيخ السديس
        الجميع… وقال معاليه: إن…; وجدّد معالي الوزير حجار التهاني لخادم الحرمين… ونوّه معاليه:
        the minister, not the king)."""
        if source.entity is not None and _titled(source.entity, titles):
            return source
        person = self.registry.latest_person(cue.form.agreement, lambda entity: _titled(entity, titles))
        if person is None:
            return source
        return _Source(person, "honorific_pronoun", after=source.after)

    def _outlet_after_lam(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i is ل on an outlet's head (كشفت مصادر لوكالة "سبوتنيك" عن…، أكد للميادين):
        the outlet any speaker may speak to, whatever the verb; also ل set apart before its name in
        quotation marks (وأوضحت رؤى لـ"الوطن" أن…)."""
        if paragraph.word(i) == "ل" and paragraph.word(i + 1) in PAIRS:
            i += 2
        word = (
            _without_preposition(paragraph.tokens[i], self.registry).text if i < len(paragraph.tokens) else ""
        )
        return self.speakers.category(word) == "media" or word in self.speakers.site_names

    def _participle_source(
        self, paragraph: _Paragraph, cue: _Cue, first: int, sentence_drafts: list[_Draft]
    ) -> _Source:
        """A participle (مضيفاً، مؤكدةً) speaks for the sentence's source: its quote's speaker, or
        its main verb's subject. A subject found in the sentence stands as it is: the participle
        agrees with the words written (التقرير … قائلاً), which may stand for a source of another
        gender."""
        after = cue.token + 1
        if sentence_drafts and self._governed_cue(paragraph, sentence_drafts[-1], first, cue.token):
            # (وزير الخارجية الإيراني… يردّ على نفي الخارجية الأميركية…، مؤكّداً أنّ…: the
            # denial a preposition governs is what he answers; the participle is his)
            found = self._opening_verb_subject(paragraph, cue, first) or self._named_clause_subject(
                paragraph, cue, first
            )
            if found is None and (opening := self._source_opening_sentence(paragraph, cue, first)):
                found = self._entity(paragraph, opening[1])
            if (
                found is not None
                and found is not sentence_drafts[-1].entity
                and agrees(cue.form.agreement, found)
            ):
                return _Source(found, "participle_of_opening_verb", after=after)
        if sentence_drafts and not self._of_another_gender(sentence_drafts[-1], cue.form):
            return _Source(sentence_drafts[-1].entity, "participle_of_sentence", after=after)
        found = self._subject_of_previous_verb(paragraph, cue, first)
        if found is not None:
            return _Source(found, "participle_of_verb", after=after)
        found = self._opening_verb_subject(paragraph, cue, first)
        if found is not None:
            return _Source(found, "participle_of_opening_verb", after=after)
        found = self._named_clause_subject(paragraph, cue, first)
        if found is not None:
            return _Source(found, "participle_of_clause_subject", after=after)
        found = self._described_subject_entity(paragraph, cue, first)
        if found is not None:
            return _Source(found, "described_subject", after=after)
        return _Source(*self._continued_or_headline(cue.form, paragraph.index), after=after)

    @staticmethod
    def _governed_cue(paragraph: _Paragraph, draft: _Draft, first: int, limit: int) -> bool:
        """The draft's cue, in the sentence before token `limit`, is a verbal noun a preposition
        governs (على نفي…، بعد إعلان…، بتأكيد…): a statement the sentence speaks of, not its own."""
        for k in range(first, limit):
            start, end = paragraph.to_article(paragraph.tokens[k].start, paragraph.tokens[k].end)
            if start <= draft.cue_span[0] < end:
                word = paragraph.word(k)
                return (
                    draft.form is not None
                    and (
                        paragraph.word(k - 1) in ASIDE_PREPOSITIONS
                        or word[:1] in CLITIC_PREPOSITIONS
                        and draft.form.form == word[1:]
                    )
                    and draft.form.tense in ("noun", "other")
                )
        return False

    @staticmethod
    def _of_another_gender(draft: _Draft, form: CueForm) -> bool:
        """The participle's gender is not the one the sentence's verb took (حيث أكدت المقاومة
        وجودها…، مؤكداً أنها…: the man speaking goes on, not the resistance the verb named)."""
        return draft.form is not None and _genders_differ(draft.form, form)

    def _described_subject_entity(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        described = self._described_subject(paragraph, cue, first)
        return self._entity(paragraph, described) if described is not None else None

    def _described_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> NounPhrase | None:
        """The subject of the sentence's first verb that no lexicon knows, described in an
        apposition (ويشرح ناهض أبو سنيدة، مدرس اللغة العربية، … قائلاً): a name, as where a verb
        meets its content (`_subject_in_slot`) — the participle is its, not the last source's."""
        k = self._after_opener(paragraph, first, cue.token)
        verb = self._cue_form_at(paragraph, k)
        if (
            verb.agreement != cue.form.agreement
            if verb is not None
            else not self._verb_opens_at(paragraph, k, cue.form.agreement)
        ):
            return None
        # (the cue may be that first verb itself: ويشرح ناهض أبو سنيدة، مدرس…، … قائلاً)
        limit = cue.token if cue.token > k else len(paragraph.tokens)
        for j in range(k + 2, min(k + 2 + MAX_SLOT_WORDS, limit)):
            if paragraph.word(j) not in COMMAS:
                continue
            # (words of a name, the article only on a family name after a given name, then an
            # indefinite description: not «حمّلت الوزارة الحكومة، المسؤولية…», «علّقت وسائل إعلام
            # إسرائيلية، اليوم…», «وذمّوهم، …»)
            description = paragraph.word(j + 1)
            if (
                not description[:1].isalpha()
                or description.startswith("ال")
                or description in TIME_WORDS
                or self._apposition_close(paragraph, j, with_relative=True) is None
            ):
                return None
            reader = PhraseReader(paragraph.tokens, self.registry)
            head = paragraph.word(k + 1)
            given = head in name_grammar().word_given_names or self.speakers.category(head) == "given"
            words = range(k + 1, j)
            name_like = all(
                self.speakers.category(paragraph.word(m)) in ("", "given")
                and self._slot_word(paragraph, reader, m, first=m == k + 1)
                and (not paragraph.word(m).startswith("ال") or m > k + 1 and given)
                for m in words
            ) and (
                # (a name of common words has a given name at its head: not «قال غياب، عضو…»)
                given
                or head in gazetteer().name_words
                or not all(paragraph.word(m) in gazetteer().common for m in words)
            )
            return NounPhrase(k + 1, j, (k + 1, j), PERSON) if name_like else None
        return None

    def _opening_verb_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """ "نعت حركة حماس الشهيد، مؤكدةً أنّ…"، "وعزّت حركة الجهاد العائلة، مؤكدةً…": a sentence
        opening with a verb the cues do not hold (past an adverbial set off by a comma: من
        جهتها،) and a source named right after it; the participle speaks for that source when
        the verb agrees with it as the participle does (a feminine verb's ت for مؤكدةً); past a
        time with no comma too (وعقب اللقاء دافع مورينيو عن الحارس قائلاً: …)."""
        k = self._after_opener(paragraph, first, cue.token)
        if k == first:
            k = self._after_time_opener(paragraph, first, cue.token, cue.form.agreement)
        if not self._verb_opens_at(paragraph, k, cue.form.agreement):
            return self._subject_of_opening_imperfect(
                paragraph, cue, first
            ) or self._subject_of_opening_perfect(paragraph, cue, first)
        phrase = self._opening_verb_subject_phrase(paragraph, cue, k)
        if phrase is None:
            return None
        entity = self._entity(paragraph, phrase)
        if entity is None or not agrees(cue.form.agreement, entity):
            return None
        return entity

    def _opening_verb_subject_phrase(self, paragraph: _Paragraph, cue: _Cue, k: int) -> NounPhrase | None:
        """The subject phrase after the verb at token k that opens the sentence, kept as far as
        it surely goes (`_opening_verb_subject`)."""
        subject = paragraph.word(k + 1)
        reader = PhraseReader(paragraph.tokens, self.registry)
        # (a number or a count of people: شكك عدد من النشطاء…، احتج مئات المعلمين…)
        group = self._counted_people_after_verb(paragraph, reader, k)
        phrase: NounPhrase | None
        if group is not None:
            phrase = group
        elif (
            self.speakers.category(subject) not in SOURCE_HEADS
            and self.registry.find_by_word(subject) is None
            and subject != '"'  # (a quoted name: وباركت "حماس")
        ):
            phrase = self._name_after_verb(paragraph, reader, k, cue.token)
        else:
            phrase, _ = reader.read(k + 1, cue.token)
        return self._subject_without_object(paragraph, phrase, cue.form.agreement == PLURAL)

    def _conjoined_imperfect_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«الجزائر تقرر سحب سفيرها لدى فرنسا، وتقول إن…»: an imperfect verb joined by و after a
        comma shares the source that opens the sentence before an imperfect verb of its person
        (the way summaries and headlines are written), as a participle there does."""
        word = paragraph.word(cue.token)
        if word[:1] != "و" or not (cue.form.tense == "imperfect" or imperfect_shaped(word[1:])):
            return None
        if imperfect_shaped(paragraph.word(first)):
            return None  # (يحرص كل رئيس…، ويشير…: the sentence opens with its verb, no source first)
        return self._subject_of_opening_imperfect(paragraph, cue, first)

    def _source_opening_sentence(
        self, paragraph: _Paragraph, cue: _Cue, first: int
    ) -> tuple[PhraseReader, NounPhrase, int] | None:
        """(reader, phrase, where it stopped) of a source opening the sentence (past a label or
        a narrator's formula), for a participle of one person's gender after a comma; None when
        no source opens it."""
        if cue.form.agreement not in (MASCULINE, FEMININE) or paragraph.word(cue.token - 1) not in COMMAS:
            return None
        k = self._after_narrator_formula(paragraph, first, cue.token)
        reader = PhraseReader(paragraph.tokens, self.registry)
        phrase, stop = reader.read(k, cue.token, subject=True)
        if phrase is None or phrase.kind not in SOURCE_KINDS or phrase.start != k:
            return None
        return reader, phrase, stop

    def _subject_of_opening_imperfect(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«سفير "إسرائيل" في الأمم المتحدة غلعاد إردان يُهاجم روسيا…، قائلاً إنّها…»: a source
        opens the sentence (past a label: الملف الثاني:) before an imperfect verb no lexicon
        knows, in the gender the participle has (يـ for قائلاً، تـ for قائلةً), the way Al
        Mayadeen's summaries open; the participle after a comma speaks for that source."""
        opening = self._source_opening_sentence(paragraph, cue, first)
        if opening is None:
            return None
        reader, phrase, stop = opening
        person = "ت" if cue.form.agreement == FEMININE else "ي"
        verb = next(
            (
                j
                for j in range(phrase.start + 1, min(stop + MAX_SLOT_WORDS, cue.token))
                if paragraph.word(j)[:1] == person
                and imperfect_shaped(paragraph.word(j))
                and not self.speakers.category(paragraph.word(j))
                and not gazetteer().is_common(paragraph.word(j))
            ),
            None,
        )
        if verb is None:
            return None
        if verb > stop:
            # (the title's holder named after it: … في الأمم المتحدة | غلعاد إردان | يهاجم)
            if reader.name_run(stop, verb) != verb:
                return None
            phrase = NounPhrase(phrase.start, verb, (stop, verb), PERSON)
        elif phrase.name is not None and phrase.name[1] > verb:
            return None  # (الطفل يبكي: a word read as a name, no verb the reader can tell)
        else:
            phrase = replace(phrase, end=verb)  # (الحكومة | ترفض المقترح)
        if not (
            phrase.name is not None
            or self.speakers.category(paragraph.word(phrase.start)) in SOURCE_OR_PLACE_HEADS
            or self.registry.find_by_word(paragraph.word(phrase.start)) is not None
        ):
            return None
        entity = self._entity(paragraph, phrase)
        return entity if entity is not None and agrees(cue.form.agreement, entity) else None

    def _subject_of_opening_perfect(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«الرئيس الفرنسي إيمانويل ماكرون زار القاهرة أمس، مؤكداً…»، «مسؤول الإدارة رفض الردّ،
        قائلاً…»: a source opens the sentence before a perfect verb of the participle's gender that
        no lexicon knows; the participle after a comma speaks for it. The source is named, or
        known to the article, or the verb is one that opens a clause of its own (رفض، حاول)."""
        opening = self._source_opening_sentence(paragraph, cue, first)
        if opening is None:
            return None
        _, phrase, _ = opening
        verb = phrase.end + (paragraph.word(phrase.end) in PREVERBAL_PARTICLES)
        if verb >= cue.token - 1 or not self._verb_opens_at(paragraph, verb, cue.form.agreement):
            return None
        if not (
            phrase.name is not None
            or self.registry.find_by_word(paragraph.word(phrase.start)) is not None
            or paragraph.word(verb) in CLAUSE_VERBS
        ):
            return None
        entity = self._entity(paragraph, phrase)
        return entity if entity is not None and agrees(cue.form.agreement, entity) else None

    def _counted_people_after_verb(
        self, paragraph: _Paragraph, reader: PhraseReader, k: int
    ) -> NounPhrase | None:
        """A number or a count of people right after the verb at token k, with the group's
        adjectives, then the verb's preposition or a comma (شكك عدد من النشطاء | في الرواية،
        معتبرين…): no object can be inside it. None otherwise (حضر عشرات المواطنين الجلسة)."""
        if reader.number_of_people_at(k + 1):
            end = k + 4
        elif reader.crowd_at(k + 1):
            end = k + 3
        else:
            return None
        # (its adjectives of relation, in the genitive the count gives them: الفلسطينيين)
        while self.speakers.category(paragraph.word(end)) == "nisba" or (
            paragraph.word(end).startswith("ال") and paragraph.word(end).endswith("يين")
        ):
            end += 1
        after = paragraph.word(end)
        if after not in VERB_PREPOSITIONS and after not in PLACE_PREPOSITIONS and after not in COMMAS:
            return None
        return NounPhrase(k + 1, end, None, ANONYMOUS)

    @staticmethod
    def _after_opener(paragraph: _Paragraph, first: int, limit: int) -> int:
        """The token after an adverbial that opens the sentence set off by a comma (من جهتها،
        وفي الفيديو الجديد، بلهجة حادة،), where its first verb stands; `first` if none. An
        occasion that في or خلال opens may be longer (وخلال زيارته إلى مخيم جنين، تفقد…). A
        particle before the perfect verb is passed too (وقد وجّه المدير…، مؤكداً أن…). Words
        set off by a comma right before `limit` are no opener: nothing would stand between it
        and the limit (وقدّم الوزير اعتذاره، مؤكداً…: the verb's clause itself)."""
        words = OCCASION_SPAN_WORDS if paragraph.word(first) in OCCASION_OPENERS else OPENER_WORDS
        verb = next(
            (j + 1 for j in range(first, min(first + words + 1, limit)) if paragraph.word(j) in COMMAS), first
        )
        if verb >= limit:
            verb = first
        return verb + 1 if paragraph.word(verb) in PERFECT_PARTICLES and verb + 1 < limit else verb

    def _after_time_opener(self, paragraph: _Paragraph, first: int, limit: int, agreement: str) -> int:
        """The verb after a preposition of time and its noun (one or two words) that open the
        sentence with no comma (وعقب المباراة زار…، وبعد انتهاء الاجتماع أكد…), or the verb right
        after a conjunction of time (وبعدما وصل…), or `first`."""
        if paragraph.word(first) in TIME_CONJUNCTIONS:
            verb = first + 1
            if self._cue_form_at(paragraph, verb) is not None or self._verb_opens_at(
                paragraph, verb, agreement
            ):
                return verb
            return first
        if paragraph.word(first) not in TIME_OPENERS:
            return first
        for verb in range(first + 2, min(first + TIME_OPENER_WORDS + 2, limit)):
            if paragraph.word(verb) in COMMAS + SENTENCE_ENDS:
                break
            if self._cue_form_at(paragraph, verb) is not None or self._verb_opens_at(
                paragraph, verb, agreement
            ):
                return verb
        return first

    def _name_after_verb(
        self, paragraph: _Paragraph, reader: PhraseReader, k: int, limit: int
    ) -> NounPhrase | None:
        """A person's name right after the verb at token k, a name by every word (ظهر بن غفير،
        وهو يتجول…، قائلاً: …): where a verb no cue holds opens the sentence, only a name is
        surely its subject."""
        phrase, _ = reader.read(k + 1, limit, subject=True)
        if phrase is None or phrase.kind != PERSON or phrase.name is None or phrase.name[0] != k + 1:
            return None
        words = tuple(paragraph.word(j) for j in range(*phrase.name))
        names = gazetteer().name_words
        first = next((word for word in words if not name_grammar().is_particle(word)), "")
        known = (
            first in names
            or self.speakers.category(first) == "given"
            or self.registry.find_by_word(first) is not None
        )  # (not a word the scraper glued: وسبق أنأكّد بوتين)
        return phrase if known and plausible_name(words, gazetteer().common) is not None else None

    def _subject_without_object(
        self, paragraph: _Paragraph, phrase: NounPhrase | None, people: bool = False
    ) -> NounPhrase | None:
        """A non-cue verb's object follows its subject with nothing between (باركت لجان
        المقاومة | لحركة حماس…، نعت الحركة | الاحتلال…): the subject is kept only as far as it
        surely goes — a person's name, a title with its adjectives or closed by a preposition,
        an unnamed group of people (`people`: a plural participle speaks for them: تظاهر
        المحتجون أمام السفارة، منددين…), a body up to the end of its name (`_body_name_end`) or
        its head with adjectives."""
        if phrase is None:
            return None
        phrase = self._before_possessed_object(paragraph, phrase)
        words = range(phrase.start + 1, phrase.end)
        adjectives_only = all(
            self.speakers.category(paragraph.word(k)) in ("nisba", "place")
            or paragraph.word(k) in FUNCTION_WORDS
            for k in words
        )
        # (a title or an unnamed source and its complement, then the verb's preposition or a
        # comma: the object cannot be inside: وصل وزير الخارجية | إلى القاهرة، مؤكداً…، شكك عدد
        # من النشطاء | في الرواية، معتبرين…)
        after = paragraph.word(phrase.end)
        closed = (
            phrase.end - phrase.start <= MAX_CLOSED_SUBJECT_WORDS
            and (
                after in VERB_PREPOSITIONS
                or after in PLACE_PREPOSITIONS
                or after in COMMAS
                # (the statement the verb gives behind ب: أدلت نائبة الرئيس | بتصريحات قالت فيها…)
                or after[:1] == "ب"
                and self.speakers.category(after[1:]) == "statement"
            )
        )
        if phrase.kind == PERSON:
            if phrase.name is None and (place := self._place_after_definite_title(paragraph, phrase)):
                return NounPhrase(phrase.start, place, None, PERSON)
            if (
                phrase.name
                or adjectives_only
                or self._indefinite_object_after(paragraph, phrase)
                or self._definite_object_after(paragraph, phrase)
            ):
                return phrase
            if self._object_after_definite_title(paragraph, phrase):
                return NounPhrase(phrase.start, phrase.start + 1, None, PERSON)
            return phrase if closed else self._title_closed_inside(paragraph, phrase)
        if phrase.kind == ANONYMOUS:
            # (a group named by the article's plural, then its object: وردد المتظاهرون | هتافات،
            # مُنددين…; not «حضر مواطنون الجلسة مشيدين»: an indefinite group is no sure subject)
            definite = paragraph.word(phrase.start).startswith("ال")
            return phrase if people and (closed or adjectives_only and definite) else None
        if phrase.kind not in (ORGANIZATION, MEDIA):
            return None
        if (
            adjectives_only
            or phrase.end == phrase.start + 2
            and not paragraph.word(phrase.end)[:1].isalpha()
            # (رفضت وزارة الخارجية | التعليق، مشيرةً…: a definite object after the body's
            # definite name)
            or self._definite_object_after(paragraph, phrase)
        ):
            # (a head and its one genitive before punctuation: دانت وزارة الأوقاف "…"، مؤكدةً)
            return phrase
        end = self._body_name_end(paragraph, phrase)
        if end is None:
            return None
        return NounPhrase(phrase.start, end, None, phrase.kind)

    def _place_after_definite_title(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """The token of a definite place after a definite title and its adjectives (زار الرئيس
        المصري | القاهرة، مؤكداً…): no genitive of a definite title, the verb's object; None when
        there is none."""
        if not (
            paragraph.word(phrase.start).startswith("ال")
            and self.speakers.category(paragraph.word(phrase.start)) == "title"
        ):
            return None
        for k in range(phrase.start + 1, phrase.end):
            word = paragraph.word(k)
            category = self.speakers.category(word)
            if word.startswith("ال") and category == "place" and not nisba_shaped(word):
                return k
            if category != "nisba":
                return None
        return None

    def _object_after_definite_title(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """A definite title, then a definite word of no adjective's shape (استقبل الوزير | الوفد،
        مؤكداً…؛ افتتح الأمير | المعرض): a definite title is no construct's first noun, so the
        word is the verb's object (not الرئيس الشهيد، الوزير الأول: adjectives)."""
        title, following = paragraph.word(phrase.start), paragraph.word(phrase.start + 1)
        return (
            title.startswith("ال")
            and self.speakers.category(title) == "title"
            and following.startswith("ال")
            and self.speakers.category(following) in ("", "organization", "media")
            and not qualifier_shaped(following)
        )

    def _before_possessed_object(self, paragraph: _Paragraph, phrase: NounPhrase) -> NounPhrase:
        """The phrase up to a noun with its pronoun written right after a definite word: no
        genitive nor adjective of the subject, the verb's object (استقبل وزير الخارجية | نظيره
        الأردني، مؤكداً…). The pronoun's ه as written, not a teh marbuta (وزير الخارجية سلامة)."""
        for k in range(phrase.start + 1, phrase.end):
            if (
                paragraph.word(k - 1).startswith("ال")
                and (phrase.name is None or phrase.name[1] <= k)
                and self._possessed_as_written(paragraph, k)
            ):
                return NounPhrase(phrase.start, k, phrase.name, phrase.kind)
        return phrase

    def _indefinite_object_after(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """A title's phrase ending on a definite word, then an indefinite common noun: no
        genitive nor adjective of a definite phrase is indefinite, the noun is the verb's object
        (ووجّه الأمين العام للأمم المتحدة | انتقادات…، داعياً…)."""
        last, after = paragraph.word(phrase.end - 1), paragraph.word(phrase.end)
        return (
            self.speakers.category(paragraph.word(phrase.start)) == "title"
            and last.startswith("ال")
            and after.isalpha()
            and not after.startswith(("ال", "لل"))
            and after[:1] not in "وفبلك"
            and self.speakers.category(after) in ("", "title")
            and not nisba_shaped(after)  # (قائد القوة الجو | فضائية: a word the scraper split)
            and not after.endswith("ا")  # (… الإيرانية | مذكّراً: an accusative, the verb's حال)
            and (gazetteer().is_common(after) or self._possessed_as_written(paragraph, phrase.end))
            and after not in gazetteer().name_words
        )

    def _definite_object_after(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """A title's phrase ending on its adjective of relation, or a body's on a definite word,
        then the verb's definite object (`PhraseReader.definite_object_at`: رفض المتحدث باسم
        الجيش الإسرائيلي | التعليق، قائلاً…، رفضت وزارة الخارجية | التعليق، مشيرةً…) — where the
        reader stops for the same reason."""
        last = paragraph.word(phrase.end - 1)
        head = self.speakers.category(paragraph.word(phrase.start))
        return (
            (
                head == "title"
                and self.speakers.category(paragraph.word(phrase.end - 1)) == "nisba"
                or head == "organization"
                and self.speakers.is_generic_head(paragraph.word(phrase.start))
            )
            and last.startswith("ال")
            and PhraseReader(paragraph.tokens, self.registry).definite_object_at(phrase.end)
        )

    def _possessed_as_written(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k is a noun with its pronoun, the pronoun's ه as written (نظيره), not a teh
        marbuta the normalizer folded (سلامة)."""
        token = paragraph.tokens[k]
        return paragraph.original(token.start, token.end).endswith(PRONOUN_SUFFIXES) and is_possessed(
            paragraph.word(k), gazetteer().common
        )

    def _title_closed_inside(self, paragraph: _Paragraph, phrase: NounPhrase) -> NounPhrase | None:
        """A title and its definite genitives and adjectives, then the verb's preposition that
        the phrase read on past (استغرب رئيس الاتفاق المكلف | من عدم سفر اللاعب، مشيراً…): the
        subject ends there, as a title closed by a preposition does."""
        if self.speakers.category(paragraph.word(phrase.start)) != "title":
            return None
        for j in range(phrase.start + 1, min(phrase.end, phrase.start + MAX_CLOSED_SUBJECT_WORDS + 1)):
            word = paragraph.word(j)
            if word in VERB_PREPOSITIONS:
                return NounPhrase(phrase.start, j, None, PERSON) if j > phrase.start + 1 else None
            if word == "باسم" and j == phrase.start + 1:
                continue  # (امتنع المتحدث باسم البنتاغون | عن التعليق، قائلاً…)
            if not word.startswith("ال") or self.speakers.category(word) not in (
                "",
                "nisba",
                "organization",
                "place",
            ):
                return None  # (رئيس النادي، رئيس الاتفاق المكلف; not a name or another title)
        return None

    def _verb_opens_at(self, paragraph: _Paragraph, k: int, agreement: str) -> bool:
        """Token k is, by its shape, a verb in the perfect no lexicon knows (نعت، باركت، قرأ),
        of the participle's gender: a feminine one ends in ت."""
        word = paragraph.word(k)
        bare = word[1:] if word[:1] in "وف" and len(word) >= 4 else word
        if (
            not 3 <= len(bare) <= 6
            or bare.startswith(("ال", "لل"))
            and bare not in ARTICLE_SHAPED_VERBS
            or paragraph.original(paragraph.tokens[k].start, paragraph.tokens[k].end).endswith("ة")
            or not bare.isalpha()
        ):
            return False  # (a noun: وزيارة الرئيس، للرئيس)
        function_words = stopwords()
        form = self.lexicon.lookup(word)
        # (a verb that reports only with أنّ or its own word near, without one: وختم الوزير
        # زيارته، مؤكداً…، وذهب المشترون باعتقادهم…، مشيرين)
        plain_verb = (
            form is not None
            and (
                form.near_complementizer
                or word in self.lexicon.near_words
                or form.form in self.lexicon.near_words
            )
            and self._cue_form_at(paragraph, k) is None
        )
        if (
            self.speakers.category(word)
            or self.speakers.category(bare)
            or word in TOPIC_OPENERS
            or bare in TOPIC_OPENERS
            or is_boundary_word(word)
            and not plain_verb
            # (a preposition or particle with its conjunction: وفي منتصف يوليو، نقلت…)
            or word[:1] in "وف"
            and word[1:] in function_words
            or word in function_words
            or word in PARTICLES
        ):
            return False
        return bare.endswith("ت") == (agreement == FEMININE)

    def _subject_before_verb(
        self, paragraph: _Paragraph, cue: _Cue, first: int, reader: PhraseReader, after: int, limit: int
    ) -> _Source | None:
        """وكان وزير الخارجية، أنتوني بلينكن، قد حذّر: the subject stands before the verb."""
        if self._heading_before_verb(paragraph, cue, first, after):
            # («الأردن | أكدت وزارة الخارجية الأردنية…»، «الجامعة العربية | دعا الأمين العام…»: a
            # country or a body alone before a perfect verb with a source's head right after it is
            # a heading the page left, the subject follows)
            return None
        before, rule = self._topic_subject(paragraph, cue, first, reader, after, limit), "topic_subject"
        if before is None:
            before, rule = self._preverbal_subject(paragraph, cue, first), "subject_before_verb"
        if before is None:
            before, rule = self._reported_subject_before_own_words(paragraph, cue, first), "reported_subject"
        if before is None:
            return None
        first_word = paragraph.word(before.start)
        bare = first_word[1:] if first_word[:1] == "و" else first_word
        if (
            bare.startswith("لل")
            or (
                bare[:1] in "لب"
                and self.speakers.category(bare) == ""  # (not بابا الفاتيكان: a word of its own)
                and self.speakers.category(bare[1:]) in SOURCE_HEADS
            )
        ):
            return None  # (وللأمهات تقول كولوتا: «…»: the ones spoken to, fronted, never the subject)
        entity = (
            # (…، وبوتين يؤكد أنّ…، وكوريا الشمالية تحذر…: without the و that joins its clause)
            self._stripped_phrase(paragraph, before.start, 1, limit=before.end)[0]
            if first_word[:1] == "و"
            and first_word not in gazetteer().name_words
            and self.speakers.category(first_word) == ""
            and (
                first_word[1:] in gazetteer().name_words
                or name_only_word(first_word[1:])
                or self.speakers.category(first_word[1:]) in SOURCE_HEADS + ("place",)
            )
            else None
        ) or self._entity(paragraph, before)
        if self._named_against_agreement(entity, cue):
            return None  # (أمثال جهاد الأطرش وخالد السيّد | تقول: a list's last man, no woman's verb)
        source = _Source(
            entity,
            rule,
            self._token_span(paragraph, before.start, before.end),
            after=after,
        )
        if cue.form.relay and paragraph.word(after) == "عن":
            return self._relayed_by(source, paragraph, reader, limit)
        if "object" in cue.form.addressee:
            source.addressee, source.after = self._object_addressee(paragraph, reader, after, limit)
        return source

    def _heading_before_verb(self, paragraph: _Paragraph, cue: _Cue, first: int, after: int) -> bool:
        """The words from the sentence's start to the cue, a perfect verb, are a country's or a
        body's name of a few words (الأردن، لبنان، الجامعة العربية، مجلس التعاون الخليجي), and a
        source's head follows the verb: a scraper's heading glued to the paragraph."""
        verb = paragraph.word(cue.token)
        perfect = cue.form.tense == "perfect" or cue.form.tense == "other" and not imperfect_shaped(verb)
        if not perfect or cue.clitic or not 1 <= cue.token - first <= MAX_HEADING_WORDS:
            return False
        if self.speakers.category(paragraph.word(first)) not in ("place", "organization"):
            return False
        if not all(paragraph.word(k)[:1].isalpha() for k in range(first, cue.token)):
            return False
        return self.speakers.category(paragraph.word(after)) in (
            "organization",
            "title",
            "anonymous",
            "media",
        )

    def _named_against_agreement(self, entity: Entity | None, cue: _Cue) -> bool:
        """The entity is a person whose given name says a man or a woman (خالد، فاطمة) and the
        verb is of the other (by the name alone: what verbs the article gave them may be wrong)."""
        if entity is None or entity.kind != PERSON or not entity.name_words:
            return False
        first = name_key(entity.name)[0]
        if first in name_grammar().female_given_names:
            return cue.form.agreement == MASCULINE
        return self.speakers.category(first) == "given" and cue.form.agreement == FEMININE

    def _topic_subject(
        self, paragraph: _Paragraph, cue: _Cue, first: int, reader: PhraseReader, after: int, limit: int
    ) -> NounPhrase | None:
        """«أما المتطوع محمود زعتر، فيرى أن…»: the topic أمّا sets before a verb joined by ف is
        its subject, when the verb has none after it — the topic's phrase, or the name that
        ends it (أما المتطوع محمود زعتر: المتطوع is no title the lexicons know)."""
        if not (cue.clitic and paragraph.word(cue.token).startswith("ف")):
            return None
        amma = next(
            (
                k
                for k in range(cue.token - 1, max(first, cue.token - TOPIC_WINDOW) - 1, -1)
                if paragraph.word(k) == "اما"
            ),
            None,
        )
        if amma is None:
            return None
        end = cue.token - 1 if paragraph.word(cue.token - 1) in COMMAS else cue.token
        if paragraph.word(end - 1) == ")":
            # (أما الطفل محمد (16 عاماً)، فقال: the topic before its age in brackets)
            end = next((k for k in range(end - 2, amma, -1) if paragraph.word(k) == "("), end)
        elif paragraph.word(end - 2).isdigit() and paragraph.word(end - 1) in name_grammar().age_units:
            end -= 2  # (أما شريف 30 عاما فقال: the topic before its age, no brackets)
        following = paragraph.word(after)
        if not (
            complementizer(following)
            or following in FUNCTION_WORDS
            # (أما صحيفة هآرتس، فأشارت | إلى أنّ…: the verb's own preposition, no subject)
            or following in cue.form.prepositions
            or following[:1] in QUOTE_MARKS
            or following in (":",) + COMMAS
            or following in VERB_OBJECT_PRONOUNS
        ):
            return None  # (أما في غزة، فأكد المتحدث…، فأكد رئيسها…: the verb's own subject)
        if any(self._phrase_at(paragraph, k, self.lexicon.attributions) for k in range(after, limit)):
            return None  # (أما الإعلام البريطاني، فعبّر عن…، بحسب ما ذكره الحوثي: his words)
        if is_possessed(paragraph.word(amma + 1), gazetteer().common):
            return None  # (أما أولاده فيقول إنه لن يعدّهم: what he speaks of, no speaker)
        phrase, stop = reader.read(amma + 1, end, subject=True)
        if phrase is not None and stop >= end and phrase.kind in SOURCE_KINDS:
            return phrase
        for k in range(amma + 1, end):
            if (
                self.speakers.category(paragraph.word(k)) in ("", "given")
                and reader.is_name_start(k)
                and reader.name_run(k, end) == end
                # (not across «و»: بدر وصديقه نور الدين خرجي is two people, the last one named)
                and not any(
                    paragraph.word(w).startswith("و") and paragraph.word(w) != "ولد" for w in range(k, end)
                )
            ):
                return NounPhrase(k, end, (k, end), PERSON)
        return None

    def _counts_sources(self, paragraph: _Paragraph, reader: PhraseReader, k: int) -> bool:
        """Token k is a quantifier before the sources it counts (جميع دول مجلس التعاون، أحد
        المواطنين، أحد كبار المسؤولين، إحدى شركات التبغ)."""
        following = paragraph.word(k + 1)
        return paragraph.word(k) in self.speakers.quantifiers and (
            self.speakers.category(following) in SOURCE_HEADS + ("place",)
            or self.speakers.is_people(following)
            or reader.crowd_at(k + 1)
        )

    def _subject_after_cue(
        self, paragraph: _Paragraph, cue: _Cue, first: int, reader: PhraseReader, after: int, limit: int
    ) -> _Source:
        """The phrase after the verb (past an outlet spoken to) is its subject; a relay's source
        (نقلت X عن Y) speaks for it; with no subject there, the zero-subject rules."""
        form = cue.form
        if paragraph.word(after) == "(" and reader.parenthesized_name(after):
            after += 1  # تحدثت ( أونروا ) أن
        addressee, after = self._addressee_before_subject(paragraph, reader, after, limit, form)
        if after == cue.token + 1 and self._demonstrative_before_subject(paragraph, after):
            # (وأوضح ذلك الناطق باسم الشرطة، مشيراً إلى أن…: what was said, then who said it)
            after += 1
        if paragraph.word(after) in ANY_WORDS and (
            paragraph.word(after + 1) in ANY_SOURCES
            or self.speakers.category(paragraph.word(after + 1)) in SOURCE_HEADS
        ):
            return _Source(None, "no_one", None, addressee, after)  # (ولم تعلن أي جهة مسؤوليتها)
        if "object" not in form.addressee and self._counts_sources(paragraph, reader, after):
            after += 1  # وعبّرت جميع دول مجلس التعاون…: the sources the quantifier counts (not
            # after a verb whose object is spoken to: تحث جميع الأطراف)
        if (
            ("object" in form.addressee or form.tense == "imperfect" and "object" in form.takes)
            and paragraph.word(cue.token - 1) in COMMAS
            and (before := self._subject_before_comma(paragraph, cue, first)) is not None
        ):
            # «مؤسسة مهجة القدس للشهداء والأسرى، تطالب المؤسسات الدولية الضغط…»، «ريتشارد بروتون،
            # وزير الوظائف، يصف مركز بيانات جالواي بأنه…»: the summary's subject before its
            # comma; the bodies after a verb of asking are the ones asked, after another verb
            # what it describes
            source = _Source(before, "subject_before_comma", None, addressee, after)
            if "object" in form.addressee:
                source.addressee, source.after = self._object_addressee(paragraph, reader, after, limit)
            return source
        counted = after
        # (a saying behind ب is the verb's before it, whose subject speaks: وعارضهما الجفري
        # بالقول | سابيلا ليس المدرب المناسب — the words, no subject, follow it)
        phrase, after = (None, after) if form.subject_before else reader.read(after, limit, subject=True)
        if phrase is not None and (
            stacked := self._stacked_title_holder(paragraph, reader, phrase, form, limit)
        ):
            phrase, after = stacked
        if (
            phrase is None
            and paragraph.word(counted) in ONE_OF
            and self._people_by_shape(paragraph.word(counted + 1))
            and paragraph.word(counted + 2) not in COMMAS
            and (end := self._one_of_people_end(paragraph, reader, counted + 2)) is not None
        ):
            # (وقال أحد المشاركين إن…، قالت إحدى الناشطات إن…: one of people no list holds,
            # when no name follows that says which: إحدى الحاضرات، أورتال، إن…)
            phrase, after = NounPhrase(counted, end, None, ANONYMOUS), end
        if phrase is None and self._evidence_of_a_source(paragraph, counted):
            # (أفادت معلومات الميادين بأنّ…، وتشير أرقام وزارة الصحة إلى أن…: the figures or the
            # information a body or an outlet gives are its words)
            phrase, after = reader.read(counted + 1, limit, subject=True)
        if phrase is None and self._evidence_subject(paragraph, counted, form):
            # (what figures show, with no one's name: the figures of the body or outlet quoted
            # last — a report's, a newspaper's — or the writer's evidence, which no person's
            # continued words are)
            return _Source(self._latest_publisher(paragraph.index), "evidence", None, addressee, counted)
        if phrase is not None and self._verbs_preposition_at(paragraph, counted, form):
            phrase, after = None, counted  # (وتطالب | بفرض عقوبات…: the verb's own ب opens its content)
        if (
            phrase is not None
            and "described" in form.takes
            # (not with its object's pronoun: يصفه مسؤولون بأنه…، وصفه البعض بأنه…)
            and not paragraph.word(cue.token)[cue.clitic :].endswith(OBJECT_PRONOUNS)
            and (phrase.name is None or phrase.name == (phrase.start, phrase.end))
            and self._description_opens(paragraph, phrase.end)
            and self._described_in_subject(paragraph, phrase) is None
        ):
            # (ويصف | الحملة الانتخابية المقبلة بأنها…: one phrase before the description is what
            # is described, the subject the one speaking before — ووصف الوزير العملية بأنها… has two)
            phrase, after = None, counted
        if (
            phrase is None
            and paragraph.word(counted - 1) in self.speakers.quantifiers
            and self.speakers.is_people(paragraph.word(counted))
        ):
            # (أكد أحد المواطنين للإذاعة أن…: a group in the genitive the quantifier counts)
            phrase, after = NounPhrase(counted, counted + 1, None, ANONYMOUS), counted + 1
        if phrase is not None and not phrase.name and paragraph.word(counted - 1) in ONE_OF:
            # «يقول أحد مسؤولي السفارة»: one of them speaks, so named (not all of them)
            phrase = replace(phrase, start=counted - 1)
        if (
            phrase is not None
            and phrase.kind != "statement"
            and not phrase.name
            and not content_words(paragraph.word(i) for i in range(phrase.start, phrase.end))
        ):
            phrase = None  # a bare word the lexicons know, with nothing of its own
        if (
            phrase is not None
            and phrase.kind == "statement"
            and paragraph.word(phrase.start) in self.speakers.figures
            and verbal_noun_shaped(paragraph.word(phrase.start))
            and self._statement_owner(paragraph, phrase) is None
        ):
            # (وتعلن تحقيق إصابات مباشرة: an investigation no one issued is the verbal noun
            # «achieving», the verb's object)
            phrase, after = None, counted
        zero = None
        if phrase is not None and (
            self._plural_of_things_after(paragraph, phrase, form)
            or self._object_by_agreement(paragraph, phrase, form)
            or self._first_of_two_objects(paragraph, reader, phrase, form)
        ):
            # (the verb's object when a source goes on: its subject otherwise, written loosely)
            zero = self._zero_subject(paragraph, cue, first)
            phrase = None if zero[0] is not None else phrase
        rule = "subject_after_cue"
        split = None
        if phrase is not None and "object" in form.addressee and not phrase.name:
            # (حذّر الرئيس الإيراني | الولايات المتحدة من…، طالب وزير الخارجية | المجتمع الدولي
            # بـ…: the one asked or warned after the subject)
            split = self._object_in_subject(paragraph, phrase)
            if split is not None:
                phrase, after = replace(phrase, end=split), split
        elif phrase is not None and "object" in form.addressee and self._country_at(paragraph, phrase.end):
            # (دعا الرئيس التركي رجب طيب أردوغان | إسرائيل إلى…: the country asked, after the name
            # it ends)
            split = phrase.end
        elif phrase is not None and "described" in form.takes and not phrase.name:
            # (ووصف الوزير | العملية بأنها فاشلة: what it describes, its content's start)
            described = self._described_in_subject(paragraph, phrase)
            if described is not None:
                phrase, after = replace(phrase, end=described), described
        elif phrase is not None and "object" in form.takes:
            # (وأدان وزير الخارجية | الهجوم…، انتقد رئيس الوزراء | القرار الأمريكي: the
            # object the verb reports, its content)
            reported = self._object_noun_in_subject(paragraph, phrase)
            if reported is not None:
                phrase, after = replace(phrase, end=reported), reported
        if phrase is None and (phrase := self._quoted_subject(paragraph, reader, counted, form)) is not None:
            after = phrase.end + 1
        if phrase is None and (titled := self._name_after_quoted_description(paragraph, reader, counted)):
            phrase, after = titled
        if phrase is None and (phrase := self._actor_subject(paragraph, counted, form)) is not None:
            after, rule = phrase.end, "actor_subject"
        if phrase is None and (phrase := self._people_subject(paragraph, reader, counted, form)) is not None:
            after, rule = phrase.end, "people_subject"
        slot = self._subject_in_slot(paragraph, reader, counted, form) if phrase is None else None
        if slot is not None and slot.name is None and zero is None:
            # (a description no lexicon knows speaks only where no source goes on: «وتابع
            # الرجل:» is the man quoted before)
            zero = self._zero_subject(paragraph, cue, first)
        if slot is not None and (zero is None or zero[0] is None):
            phrase, after, rule = slot, slot.end, "subject_in_slot"
        if phrase is None:
            # (a quotation the reading went into opens the content: …لديه." وأضاف "نحن…)
            after = next((j for j in range(counted, after) if self._opens_quotation(paragraph, j)), after)
            source = _Source(
                *(zero or self._zero_subject(paragraph, cue, first)), addressee=addressee, after=after
            )
            if form.relay and paragraph.word(after) == "عن" and source.rule != "continued_source":
                # (وكالة "فرانس برس" الفرنسية، قد نقلت عن وزير الطاقة… قوله إن…: the subject
                # before the verb relays)
                return self._relayed_by(source, paragraph, reader, limit)
            if form.relay and paragraph.word(after) == "عن":
                # ونُقل عن الوزير قوله إن…: the passive (or a verb continuing a medium) names
                # the source itself, whoever passed the words on
                relayed, stop = self._relayed_source(paragraph, reader, after, limit, source.entity, None)
                if relayed is not None and relayed is not source.entity:
                    return _Source(relayed, "relayed_source", None, addressee, stop, relay=source.entity)
            return source
        source = _Source(
            self._entity(paragraph, phrase),
            rule,
            self._token_span(paragraph, phrase.start, phrase.end),
            addressee,
            after,
        )
        relay_phrase = self._relay_phrase_at(paragraph, after)
        # (an outlet that cites a source with عن relays it, whatever its verb: ذكرت الصحيفة عن
        # مصادر أمنية أن…)
        cites = (
            phrase.kind == MEDIA
            and paragraph.word(after) == "عن"
            and (
                self.speakers.category(paragraph.word(after + 1)) in SOURCE_HEADS
                or self.registry.find_by_word(paragraph.word(after + 1)) is not None
            )
        )  # (not تحدثت الصحيفة عن "تدريب مسلحين": what it told of)
        if form.relay and paragraph.word(cue.token + 1) in RELAYED_PRONOUNS:
            # (ونقلت عنه الصحيفة قوله…: the one quoted before, whose words the medium passes on)
            named = self._continued_source(
                _pointing_form(_pronoun_agreement(paragraph.word(cue.token + 1))), paragraph.index
            )
            if named is not None and named is not source.entity:
                source.rule, source.relay, source.span = "relayed_source", source.entity, None
                source.entity = named
        elif form.relay or relay_phrase is not None or cites:
            source = self._relayed_by(
                source, paragraph, reader, limit, relay_phrase, form.relay_prepositions or RELAY_PREPOSITIONS
            )
        if "object" in form.addressee and (
            split is not None or self.registry.find_by_word(paragraph.word(source.after))
        ):
            source.addressee, source.after = self._object_addressee(paragraph, reader, source.after, limit)
            if source.addressee is None and split is not None:
                source.after = self._object_end(paragraph, split, limit, form)
        elif "object" in form.addressee and (
            asked := self._asked_after_time(paragraph, reader, source, form)
        ):
            source.addressee, source.after = asked
        return source

    def _asked_after_time(
        self, paragraph: _Paragraph, reader: PhraseReader, source: _Source, form: CueForm
    ) -> tuple[Entity, int] | None:
        """A verb of asking's subject, a time, then the ones asked before what they are asked
        (طالب الاتحاد الدولي للصحفيين اليوم | المتمردين الحوثيين | بالإفراج عن…، دعا الوزير أمس
        الدول المانحة إلى…): the time ends the subject's phrase, and the object after it is the
        addressee, not the content."""
        past = source.after
        while paragraph.word(past) in TIME_WORDS and past < source.after + MAX_TIME_WORDS:
            past += 1
        if past == source.after:
            return None
        phrase, stop = reader.read(past, len(paragraph.tokens), subject=True)
        if phrase is None:
            # (the sides no lexicon heads, المتمردين الحوثيين، الاحتلال: the words up to what
            # is asked of them)
            stop = past
            while (
                stop < past + MAX_ASKED_WORDS
                and paragraph.word(stop).isalpha()
                and not reader.is_boundary_at(stop)
                and not _opens_what_is_taken(paragraph.word(stop), form)
            ):
                stop += 1
            kind = ANONYMOUS if self.speakers.is_people(paragraph.word(past)) else ORGANIZATION
            phrase = NounPhrase(past, stop, None, kind) if stop > past else None
        if (
            phrase is None
            or phrase.kind == "statement"
            or not _opens_what_is_taken(paragraph.word(stop), form)
        ):
            return None
        asked = self._entity(paragraph, phrase)
        return None if asked is None else (asked, stop)

    def _actor_subject(self, paragraph: _Paragraph, k: int, form: CueForm) -> NounPhrase | None:
        """A side the news names by a common noun (الاحتلال، المعارضة), alone with its adjectives
        of relation right after the verb and before its أنّ or colon (وقال الاحتلال إنّ…،
        وأعلنت المعارضة السورية أنّ…): the source. Not after a verb of asking, whose object it
        is (طالب الوزير الاحتلال بـ…)."""
        end = self._actor_end(paragraph, k)
        if not end or "object" in form.addressee:
            return None
        if (
            paragraph.word(end) in PLACE_PREPOSITIONS
            and self.speakers.category(paragraph.word(end + 1)) == "place"
        ):
            end += 2  # (وأعلنت المعارضة في غينيا…: the side and its country)
        opening = end
        while paragraph.word(opening) in TIME_WORDS:
            opening += 1  # (وأعلن الاحتلال أمس أنه…)
        if paragraph.word(opening) == "منذ" and paragraph.word(opening + 1).isalpha():
            opening += 2  # (أعلن الاحتلال منذ أشهر أنه…)
        opens = self._opens_slot_content(paragraph, opening) or (
            # (أعلنت المعارضة في غينيا، فشل المشاورات: a verb's object after a comma)
            "object" in form.takes and paragraph.word(end) in COMMAS and paragraph.word(end + 1)[:1].isalpha()
        )
        if not opens:
            return None
        return NounPhrase(k, end, None, ORGANIZATION)

    def _people_subject(
        self, paragraph: _Paragraph, reader: PhraseReader, k: int, form: CueForm
    ) -> NounPhrase | None:
        """A people named by the plural of its nisba, with its adjectives and the groups joined to
        it, right after the verb and before its content (وقال فلسطينيون إنّ…، ويقول يمنيون إن…،
        وأكد إعلاميون ومثقفات سعوديات أنّ…): the group speaks. Elsewhere the word is another
        verb's subject that reports nothing (جدّد اليمنيون العهد…، وصفها الكينيون بفخر…), or an
        adjective (المسؤولون الفلسطينيون)."""
        if not reader.people_by_nisba_at(k) or paragraph.word(k).startswith("ال"):
            # (the definite plural is the people at large or an adjective of the plural before it,
            # المسؤولون الفلسطينيون: left to the phrase reader)
            return None
        end, joined = k + 1, 0
        while True:
            word = paragraph.word(end)
            # (of women too: سعوديات, the nisba سعودي)
            if (
                self.speakers.category(word) == "nisba"
                or self.speakers.category(word[:-2]) == "nisba"
                and word.endswith("يات")
            ):
                end += 1
            elif (
                word[:1] == "و"
                and word[-2:] in ("ون", "ات")
                and joined < PEOPLE_JOINED
                and word[1:].isalpha()
            ):
                end, joined = end + 1, joined + 1  # (ومثقفات: a second group of people)
            else:
                break
        content = end + (paragraph.word(end) in COMMAS)  # (أجمع إعلاميون ومثقفات سعوديات، على أنّ…)
        word = paragraph.word(content)
        # (or the verb's own preposition: وحذّر اقتصاديون من…، وطالب حقوقيون بالإفراج…)
        opens = (
            self._opens_slot_content(paragraph, content)
            or word in form.prepositions
            or (word[:1] in form.prepositions and len(word) > 3)
        )
        return NounPhrase(k, end, None, ANONYMOUS) if opens else None

    @staticmethod
    def _object_end(paragraph: _Paragraph, start: int, limit: int, form: CueForm) -> int:
        """Where an object no lexicon reads ends: at the verb's own preposition or content
        (طالب الوزير المجتمع الدولي | بالتدخل), within a few words; `start` when none comes."""
        for k in range(start + 1, min(limit, start + MAX_SLOT_WORDS + 1)):
            word = paragraph.word(k)
            if complementizer(word) or _opens_what_is_taken(word, form):
                return k
            if not word[:1].isalpha():
                return start
        return start

    def _quoted_adjective_before(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k follows an indefinite adjective in quotation marks after an adjective of
        relation (شخصيات إسرائيلية "رفيعة المستوى" | الإدارة الأميركية): the description has
        ended (not a quoted noun in construct: "جيش" الاحتلال، وزارة "الأمن")."""
        if paragraph.word(k - 1) not in ('"', "»", "”"):
            return False
        opening = next(
            (j for j in range(k - 2, max(0, k - 6), -1) if paragraph.word(j) in ('"', "«", "“")), None
        )
        if opening is None or opening == k - 2:
            return False
        before = paragraph.word(opening - 1)
        return not paragraph.word(opening + 1).startswith("ال") and (
            self.speakers.category(before) == "nisba" or not before.startswith("ال") and nisba_shaped(before)
        )

    def _object_in_subject(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """Where the object of a verb that asks, warns or tells someone begins inside the phrase
        read as its subject, when the subject is a title or description: a definite noun of a
        place, a body or people right after a definite word (a definite noun takes no genitive:
        الرئيس الإيراني | الولايات المتحدة، وزير الخارجية | المجتمع الدولي، الأمين العام |
        الأطراف), a place or body by its own name after a definite word or another name
        (اتهم الوزير | إسرائيل بـ…، اتهمت حماس | إسرائيل بـ…), or an outlet or body after an
        unnamed source and its adjective (مصدر مسؤول | وكالة الأنباء الفرنسية)."""
        for k in range(phrase.start + 1, phrase.end):
            word, before = paragraph.word(k), paragraph.word(k - 1)
            category = self.speakers.category(word)
            if (
                word.startswith("ال")
                and (
                    before.startswith("ال")
                    or self._named_body(before)
                    or self._quoted_adjective_before(paragraph, k)
                )
                # (الدول العربية: an adjective, though a channel's name too; الأهالي are people)
                and (
                    not nisba_shaped(word)
                    or category == "anonymous"
                    or strip_article(word) in ADDRESSEE_NOUNS
                )
                and (
                    category in ("place", "organization", "media")
                    # (a body's name goes on through its people: اتحاد الأساتذة الجامعيين الباحثين;
                    # a definite head takes none: دعت الوزارة | المواطنين)
                    or self.speakers.is_people(word)
                    and (phrase.kind != ORGANIZATION or k == phrase.start + 1)
                    or strip_article(word) in ADDRESSEE_NOUNS
                )
            ):
                return k
            if self._proper_object_at(paragraph, k):
                return k
            if (
                phrase.kind in (ANONYMOUS, ORGANIZATION, MEDIA)
                and word.startswith("ال")
                and category == "title"
                and (before.startswith("ال") or self.speakers.category(before) == "place")
            ):
                return k  # (حذرت عائلات الأسرى في غزة | الرئيس ترامب من أنّ…: the one warned)
            if (
                phrase.kind == ANONYMOUS
                and k == phrase.start + 2
                and word.startswith("ال")
                and category in ("media", "organization")
                and nisba_shaped(before)
                and self.speakers.category(before) in ("", "nisba")  # (not وزراء خارجية | الاتحاد)
                and self.speakers.category(paragraph.word(phrase.start)) == "anonymous"
            ):
                return k  # (وأبلغ مصدر قضائي | الصحيفة أن…: a definite outlet after an indefinite source)
            if (
                phrase.kind == ANONYMOUS
                and k >= phrase.start + 2
                and not word.startswith("ال")
                and self.speakers.is_generic_head(word)  # (وكالة، صحيفة: an outlet's head)
                and self.speakers.category(paragraph.word(phrase.start)) == "anonymous"
                and not before.startswith("ال")
                and before not in FUNCTION_WORDS
                and self.speakers.category(before) not in ("organization", "media")
            ):
                return k
        return None

    def _country_at(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k is a country or a city by its own name, no article (إسرائيل، إثيوبيا)."""
        word = paragraph.word(k)
        return not word.startswith("ال") and self.speakers.category(word) == "place"

    def _described_in_subject(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """Where what a verb of describing describes begins inside the phrase read as its
        subject (وصف الوزير | العملية بأنها…), when a ب phrase follows the phrase."""
        if not paragraph.word(phrase.end).startswith("ب"):
            return None
        return self._definite_noun_after_definite(paragraph, phrase)

    def _object_noun_in_subject(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """Where the object of a verb that reports by its object (أدان، انتقد، أعلن، نفى) begins
        inside the phrase read as its subject: a definite noun after a title or description
        (وأدان الأمين العام للأمم المتحدة | الهجوم، ونفى المتحدث باسم الجيش | الاتهامات) —
        not a time (أعلن الوزير اليوم أنّ…), and not when أنّ or a colon follows the phrase,
        the verb's own content (then the phrase is the subject whole)."""
        if self._opens_slot_content(paragraph, phrase.end):
            return None
        name = phrase.name
        # (a name's own words stay: given names are followed by family names that are words too,
        # يوسف الشاهد، علاء الدين البطة)
        for k in range(phrase.start + 1 if name is None else name[1], phrase.end):
            word, before = paragraph.word(k), paragraph.word(k - 1)
            after_name = name is not None and k == name[1]  # (حازم قاسم | الاتهامات)
            if (
                word.startswith("ال")
                # (أعلنت مصادر عراقية | العثور على…: after an unnamed source's adjective too)
                and (
                    before.startswith("ال")
                    or after_name
                    or phrase.kind == ANONYMOUS
                    and self.speakers.category(before) == "nisba"
                )
                # (a known common word: الطيب البكوش، ألفة are names; كتائب القسام | الجناح
                # العسكري is the body's apposition, المتحدث باسم الجيش | الاتهامات the object)
                and gazetteer().is_common(word)
                and not (
                    phrase.kind in (ORGANIZATION, MEDIA)
                    and self.speakers.category(before) in ("organization", "media")
                )
                and not qualifier_shaped(word)
                and self.speakers.category(word) == ""
                and strip_article(word) not in COUNTING_NUMBERS
                and strip_article(word) not in OTHER
            ):
                rest = [paragraph.word(j) for j in range(k - 1 + after_name, phrase.end)]
                if any(w in TIME_WORDS or name_only_word(w) for w in rest):
                    return None  # (أعلن الوزير اليوم…; النائبة ألفة السكري الشريف: a name's words)
                return k
        return None

    def _definite_noun_after_definite(self, paragraph: _Paragraph, phrase: NounPhrase) -> int | None:
        """A definite noun after a definite word inside the phrase, no adjective: a definite noun
        takes no genitive (الوزير العملية is two nouns), so a verb's object begins there."""
        for k in range(phrase.start + 1, phrase.end):
            word, before = paragraph.word(k), paragraph.word(k - 1)
            # (an adjective of relation agrees with its noun: الخارجية الفلسطينية، الرئيس
            # الأميركي; الوزير العملية is two nouns; adjectives of فعيل and أفعل stay)
            bare = strip_article(word)
            adjective = (
                nisba_shaped(word)
                and word.endswith("ه") == before.endswith("ه")
                or len(bare) == 4
                and (bare[2] == "ي" or bare[0] == "ا")  # (فعيل، أفعل: القديم، الكبير، الأكبر)
            )
            if (
                word.startswith("ال")
                and before.startswith("ال")
                and not adjective
                and self.speakers.category(word) not in ("nisba", "title", "function")
            ):
                return k
        return None

    def _proper_object_at(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k is a place or body by its own name (إسرائيل، واشنطن، حماس) right after a
        definite word or another such name, not joined to it by و (مصر والسعودية), and opens no
        person's name (إسرائيل كاتس)."""
        word, before = paragraph.word(k), paragraph.word(k - 1)
        following = paragraph.word(k + 1)
        return (
            not word.startswith(("ال", "و"))
            and not self._known_behind(word, "بلك")  # (النائب بمجلس…: a preposition's noun)
            and self._named_body(word)
            and (before.startswith("ال") or self._named_body(before))
            and not name_only_word(following)
        )

    def _named_body(self, word: str) -> bool:
        """A place or body by its own name, no head that takes a complement (حماس، إسرائيل; not
        حركة، حكومة، دولة)."""
        return (
            word[:1] != "و"  # (…وقوات التحالف: a list's next member)
            and self.speakers.category(word) in ("place", "organization", "media")
            and not self.speakers.is_generic_head(word)
            and not gazetteer().is_common(word)
        )

    def _plural_of_things_after(self, paragraph: _Paragraph, phrase: NounPhrase, form: CueForm) -> bool:
        """Bodies in a plural in ـات (المؤسسات، السلطات، منظمات) after a masculine verb: the
        verb's object, not its subject, which would make it feminine (طالبت المؤسسات): «وطالب
        المؤسسات المحلية والدولية، بتجهيز خيام» is the man quoted before asking them."""
        head = strip_article(paragraph.word(phrase.start))
        return (
            form.agreement == MASCULINE
            and not phrase.name
            and head.endswith("ات")
            # (not جهات، قيادات: people as often, and «بحسب وصف الجهات» is a noun's genitive)
            and self.speakers.category(head) in ("organization", "media")
        )

    def _first_of_two_objects(
        self, paragraph: _Paragraph, reader: PhraseReader, phrase: NounPhrase, form: CueForm
    ) -> bool:
        """After a verb that takes an object (اعتبر، عدّ), a person's name with an indefinite
        noun in the accusative right after it is the verb's first object and that noun its
        second (واعتبرت توكل | نموذجاً…): a subject would stand between them (اعتبر الوزير
        القرار خاطئاً), so it is left out, the source quoted before."""
        return (
            "object" in form.takes
            and phrase.name is not None
            and phrase.name[0] == phrase.start
            and (reader.accusative_at(phrase.end) or reader.object_noun(paragraph.word(phrase.end)))
        )

    def _object_by_agreement(self, paragraph: _Paragraph, phrase: NounPhrase, form: CueForm) -> bool:
        """After a verb whose object is the one spoken to (حذّر، طالب، دعا، حثّ), a phrase the
        verb does not agree with is that object, not the subject, which the verb would agree
        with: a body or country after a masculine verb (وحذّر إسرائيل من…، ويدعو الحكومة
        البريطانية إلى…), a man after a feminine one (وحذّرت الرئيس إردوغان من…), anyone but a
        group after a plural one (وطالبوا الحكومة بـ…) — the source quoted before speaks."""
        if "object" not in form.addressee or form.agreement not in (MASCULINE, FEMININE, PLURAL):
            return False
        first = paragraph.word(phrase.start)
        if first in QUOTE_MARKS:
            first = paragraph.word(phrase.start + 1)  # ("إسرائيل": a name in quotation marks)
        head = strip_article(first)
        category = self.speakers.category(first)
        if first.endswith("ين") and self._people_by_shape(first):
            return True  # (وناشد المسؤولين في البلدية بـ…: people in the accusative, never a subject)
        if form.agreement == PLURAL:
            return not (head in self.speakers.plural_heads or self.speakers.people_shaped(head)) and (
                phrase.kind != PERSON or phrase.name is not None
            )
        if phrase.kind == PERSON:
            # (a man or a woman by a given name or a title; a name alone says neither: فيتش)
            # (a feminine title ends in ة; a man's given name may too: أسامة، خليفة)
            woman = (
                first in name_grammar().female_given_names
                or first == "ام"
                or category == "title"
                and head.endswith("ه")
            )
            known = category in ("given", "title") or first == "ام"
            return phrase.name is not None and known and (form.agreement == FEMININE) != woman
        alone = phrase.end - phrase.start == 1 or paragraph.word(phrase.start) in QUOTE_MARKS
        feminine = (
            # (a country or a body named alone, حماس; else its head's gender: الإدارة، نادي)
            alone
            and (
                category == "place"
                or category == "organization"
                and not self.speakers.is_generic_head(first)
                and head not in self.speakers.masculine_heads
            )
            or phrase.kind in (ORGANIZATION, MEDIA)
            and head.endswith("ه")
            and head not in self.speakers.plural_heads
        )
        return form.agreement == MASCULINE and feminine

    def _quoted_subject(
        self, paragraph: _Paragraph, reader: PhraseReader, i: int, form: CueForm | None = None
    ) -> NounPhrase | None:
        """A body's name in quotation marks right after the verb `form`, before its أنّ (قالت
        "بتسيلم" إن…، قال "المنتدى الاقتصادي العالمي" إن…) or the source it relays (ونقلت
        "السومرية" عن شهود عيان…): the subject, headed by a word no list of common words holds,
        by a body's head, or a definite word alone (a name a paper or a channel took from a
        common word: "الشروق"، "السومرية"); not the speaker's own words (وأضاف "نحن هنا").
        One headed by a body's head may be longer, and may stand before the occasion of its
        words, its content after them (أعلن "مركز حنظلة للأسرى والمحررين الفلسطينيين" في بيان،
        اليوم، التوصل إلى اتفاق…)."""
        if i >= len(paragraph.tokens):
            return None
        span = paragraph.span_opening_at(paragraph.tokens[i].start)
        if span is None:
            return None
        head = paragraph.word(i + 1)
        body = self.speakers.category(head) in ("organization", "media")
        words = len(paragraph.match.text[span.open + 1 : span.close].split())
        if words > (QUOTED_BODY_WORDS if body else SCARE_QUOTE_WORDS):
            return None
        close = paragraph.first_token_at(span.close)
        relayed = form is not None and bool(form.relay) and paragraph.word(close + 1) == "عن"
        if (
            close <= i + 1
            or not complementizer(paragraph.word(close + 1))
            and not relayed
            and not (body and self._past_interposed(paragraph, reader, close + 1) > close + 1)
            or in_own_voice(head)
            # (no word that opens no name: a common word, a preposition on one — "بوضوح" —
            # unless definite nouns name a body together: قالت "الغذاء والدواء" إن…)
            or self.speakers.category(head) not in SOURCE_HEADS
            and reader.not_a_name(i + 1)
            and not self._definite_words_together(paragraph, i + 1, close)
            and not (close == i + 2 and _definite_name_alone(head, form))
        ):
            return None
        return NounPhrase(i + 1, close, None, ORGANIZATION)

    @staticmethod
    def _name_after_quoted_description(
        paragraph: _Paragraph, reader: PhraseReader, i: int
    ) -> tuple[NounPhrase, int] | None:
        """A person's name after a description of a word or two in quotation marks right after
        the verb (كتبت "التويترية" نورة عبدالعزيز أنها…، وكتب "المغرد" محمد السالم أن…): the
        name is the subject, the quoted word its description; with where reading stopped."""
        span = paragraph.span_opening_at(paragraph.tokens[i].start) if i < len(paragraph.tokens) else None
        if span is None:
            return None
        quoted = paragraph.match.text[span.open + 1 : span.close].split()
        if not 1 <= len(quoted) <= QUOTED_DESCRIPTION_WORDS or not paragraph.word(i + 1).startswith("ال"):
            return None
        close = paragraph.first_token_at(span.close)
        phrase, stop = reader.read(close + 1, len(paragraph.tokens), subject=True)
        if phrase is None or phrase.name is None or phrase.kind != PERSON or phrase.name[0] != close + 1:
            return None
        return phrase, stop

    def _people_by_shape(self, word: str) -> bool:
        """A definite plural of people in the genitive, by its shape (المشاركين، اللاعبين،
        الناشطات، الطالبات): a participle's or فاعل's plural, as `people_shaped` reads its
        nominative, the women's plural of a listed title (الأسيرات), or a listed nisba's
        plural (الفلسطينيين، الفلسطينيات)."""
        if not word.startswith("ال") or not word.endswith(("ين", "ات")):
            return False
        if word.endswith(("يين", "يات")) and self.speakers.category(word[:-2]) == "nisba":
            return True
        # (or women of a listed title: الأسيرات، الصحفيات, of الأسيرة، الصحفية)
        return self.speakers.people_shaped(word[:-2] + "ون") or (
            word.endswith("ات") and self.speakers.category(word[:-2] + "ه") in ("title", "anonymous")
        )

    @staticmethod
    def _definite_words_together(paragraph: _Paragraph, first: int, end: int) -> bool:
        """Tokens first..end are two definite nouns or more, the later ones perhaps after و
        (الغذاء والدواء، الأمن العام): a body's name in quotation marks, no word of speech."""
        words = [paragraph.word(k) for k in range(first, end)]
        return len(words) >= 2 and all(
            (word[1:] if word[:1] == "و" and k else word).startswith("ال") and len(word) > 3
            for k, word in enumerate(words)
        )

    def _subject_in_slot(
        self, paragraph: _Paragraph, reader: PhraseReader, i: int, form: CueForm
    ) -> NounPhrase | None:
        """The few words between a verb and the content they open at once (ويقول رفيق حنونة
        "…"، وتقول المسعفة: …، وأضافت سعيدة حقي أن…): its subject, though no lexicon knows
        them — a name (no ال), a surname the article gave, a person by an agent noun or a group
        (المتظاهرون). Never an adverb, a time, a word
        behind a preposition, a noun with a pronoun, a first-person verb (وقال أيضاً إن، وكشف
        قبل وفاته أنه، وأعلن بالأمس أن), nor a verb's object (وصف اقتراح ترامب بأنه)."""
        if "object" in form.addressee:
            return None  # (أبلغ الصحفيين أن: the one told)
        end = i
        while (
            end < i + MAX_SLOT_WORDS
            and end < len(paragraph.tokens)
            and not self._slot_ends_at(paragraph, reader, end)
        ):
            if not self._slot_word(paragraph, reader, end, first=end == i):
                return None
            end += 1
        if end == i or not self._slot_ends_at(paragraph, reader, end):
            return None
        common = gazetteer().is_common
        words = [paragraph.word(k) for k in range(i, end)]
        if words[-1] in name_grammar().connectors:
            return None  # (a name's connector ends no name: قال دي لا إن…)
        head = words[0]
        if not head.startswith("ال"):
            if any(
                word.startswith("ال") and not word.endswith("ي") for word in words[1:]
            ) and not self._slot_given_and_family(reader, words, end):
                # (يعد نتنياهو الرجل المعروف…: a name, then what he is taken for; a family's
                # nisba is the name's: أكد روني الطرابلسي أن…)
                return None
            # (a given name that is a word too, or any word before a family's nisba: أكد منصف
            # النعيمي أن…)
            given = (
                head in name_grammar().word_given_names
                or head in name_grammar().female_given_names
                or self._slot_given_and_family(reader, words, end)
            )
            if "object" in form.takes and common(head) and not given:
                return None  # (وصف اقتراح ترامب بأنه…، يستنكر فكرة أن: the verb's object)
            if all(common(word) for word in words) and not (given or head in gazetteer().name_words):
                return None  # (قال غياب إن: a common word; a given name opens a name: كتبت مرام)
            return NounPhrase(i, end, (i, end), PERSON)
        if end == i + 1 and (self.registry.find_by_word(head) is not None or reader.family_nisba(head)):
            # (أوضحت الوسلاتي أن: a surname the article gave; وقال الأصبحي "…": a family's
            # nisba, no adjective of a country the lexicons list)
            return NounPhrase(i, end, (i, end), PERSON)
        # A description: a person by an agent noun (المسعفة، المربي، العم) or a group of people
        # (المتظاهرون); not what documents or figures show (تبيّن الوثائق أن، تكشف الأرقام أن)
        bare = strip_article(head)
        people = self.speakers.people_shaped(head) or bare.endswith("يون")  # (المتظاهرون، الاقتصاديون)
        if end == i + 1 and (bare.startswith("م") or bare in self.speakers.kin or people):
            return NounPhrase(i, end, None, PERSON)
        if (bare.startswith("م") or bare in self.speakers.kin) and self._name_after_description(words):
            # (ذكرت المزارعة وضحة خليل موسى، أن…: the agent noun, then the name it describes)
            return NounPhrase(i, end, (i + 1, end), PERSON)
        interposed = self._past_interposed(paragraph, reader, end) > end
        if self._described_body(words, interposed) and not self._described_object(
            paragraph, reader, end, form
        ):
            # (وقالت الخزانة الأميركية إنّ…، قالت الحملة العالمية إنّ…، وأعلنت الهيئة الإحصائية أنّ…)
            return NounPhrase(i, end, None, PERSON if people else ORGANIZATION)
        return None

    def _slot_given_and_family(self, reader: PhraseReader, words: list[str], end: int) -> bool:
        """The slot's two words are a given name and a family name with the article that no
        lexicon knows (وأكد رأفت الصباغ أن…، وقال جيرهارد التفاتر إن…; `PhraseReader.
        given_and_family`), and the first is no name the article gave already (وقال ممداني
        الأحد…: he, then a word about him)."""
        i = end - len(words)
        return (
            len(words) == 2
            and reader.name_shaped_subject(i)
            and self.registry.find_by_word(words[0]) is None
            and self.speakers.category(words[1]) == ""
            and reader.given_and_family(i, words[1])
        )

    def _described_body(self, words: list[str], interposed: bool) -> bool:
        """A definite noun and the adjectives of relation that describe it, none of them listed
        (الخزانة الأميركية، الحملة العالمية، المتظاهرون الفلسطينيون), or alone before the
        occasion or outlet of its words (وقالت الكتيبة في بلاغ عسكري إنها…: `interposed`): a
        body or people no lexicon names, as a verb's subject. Not a noun in the accusative or
        genitive (أبلغ الطرفين الأميركيين: the verb's object), nor evidence (`EVIDENCE_NOUNS`:
        وتؤكد المؤشرات الميدانية أن…)."""
        if strip_article(words[0]) in EVIDENCE_NOUNS:
            return False
        return all(
            word.startswith("ال") and len(word) > 4 and not word.endswith("ين") for word in words
        ) and (
            2 <= len(words) <= 3
            and all(nisba_shaped(word) for word in words[1:])
            or len(words) == 1
            and interposed
        )

    def _described_object(self, paragraph: _Paragraph, reader: PhraseReader, end: int, form: CueForm) -> bool:
        """The words before `end` may be the object of a verb that takes one: its content then
        opens with what describes them (وصف الاقتصاد الصيني بأنه…), not with a bare أنّ."""
        opener = paragraph.word(self._past_interposed(paragraph, reader, end))
        return bool(form.takes & {"object", "described"}) and not (
            complementizer(opener) and not opener.startswith("ب") or opener == ":"
        )

    def _name_after_description(self, words: list[str]) -> bool:
        """The words after a description are a name: two to four, the first without the
        article, one of them a name's word the gazetteer knows (خليل، موسى)."""
        names, given = gazetteer().name_words, self.speakers.given_names
        rest = words[1:]
        return (
            2 <= len(rest) <= 4
            and not rest[0].startswith("ال")
            and any(word in names or word in given for word in rest)
        )

    def _slot_word(self, paragraph: _Paragraph, reader: PhraseReader, k: int, first: bool) -> bool:
        """Token k may be a word of a subject no lexicon knows (`_subject_in_slot`)."""
        word = paragraph.word(k)
        connectors = name_grammar().connectors
        if not first and word in connectors and paragraph.word(k - 1) in connectors:
            return True  # (وقال دي لا روبيا إنّ…: the second of a name's two connectors, no «not»)
        names = gazetteer().name_words
        return not (
            not word[:1].isalpha()
            or word in FUNCTION_WORDS
            or word in TIME_WORDS
            or word in PARTICLES
            or word in SLOT_REFUSALS
            or word in OTHER  # (وأضاف آخر: someone else, whom no name says)
            or reader.is_boundary_at(k)
            or reader.accusative_at(k)
            or reader.adverbial_at(k)
            or self.lexicon.lookup(word) is not None
            or in_own_voice(word)
            or _first_person_shaped(word)
            or is_possessed(word, gazetteer().common, unambiguous=True)
            or word.endswith(("ها", "هم"))
            and len(word) > 4  # (تبين فهرستها أن: its …)
            or any(word.startswith(p) and word[len(p) :] in PRONOUN_SUFFIXES for p in SLOT_REFUSALS)
            # (لفت نظري: my …; not a family name after a given one, سعيدة حقي)
            or first
            and len(word) > 3
            and word.endswith("ي")
            and gazetteer().is_common(word[:-1])
            and word not in names
            and word not in name_grammar().word_given_names  # (قال حلمي، قال حمدي)
            # (a clause of how the source spoke, و and a definite noun: وقال والدموع تغشى
            # عينيه: «…» — no subject; not a title so written, والدة الشهيد)
            or first
            and word.startswith("وال")
            and len(word) >= 6  # (not والتر، a name)
            and self.speakers.category(word) == ""
            and word not in names
            and self.registry.find_by_word(word) is None
            and gazetteer().is_common(word[1:])
            # (spoken to or by means of: للجزيرة نت، بحماس، بقوله — unless a name)
            or word[:1] in "بلك"
            and word not in names
            and word not in name_grammar().female_given_names  # (بسمة الخلفاوي)
            and self.registry.find_by_word(word) is None
        )

    def _one_of_people_end(self, paragraph: _Paragraph, reader: PhraseReader, k: int) -> int | None:
        """Where «one of a people» (أحد المشاركين) ends, from token k after the people: there,
        or after where they belong when the content opens then (وقال أحد العاملين في مؤسسة
        المياه إن…، اعتبر أحد المدونين على الإنترنت أن…); None when no content opens so."""
        if self._slot_ends_at(paragraph, reader, k):
            return k
        if paragraph.word(k) not in BELONGING_PREPOSITIONS:
            return None
        for end in range(k + 2, k + 2 + BELONGING_WORDS):
            word = paragraph.word(end - 1)
            if not word[:1].isalpha() or complementizer(word) or self.lexicon.lookup(word) is not None:
                return None
            if not (
                end - 1 == k + 1  # (the preposition's noun: في غزة، في مكتب…)
                or word.startswith("ال")
                or word in OTHER  # (في مكتب استقدام آخر)
                or word in BELONGING_PREPOSITIONS  # (من المطلعين على الملف)
                or end - 1 == k + 2
                and not paragraph.word(k + 1).startswith("ال")
            ):
                return None  # (a clause of its own, no noun of the place: في المستشفى قُتل)
            if self.speakers.category(word) in ("title", "honorific"):
                return None  # (أحد المشاركين في المسرحية الدكتور فهد غزولي: the one named speaks)
            if paragraph.word(end) in COMMAS and not complementizer(paragraph.word(end + 1)):
                continue  # (إحدى الحاضرات في الحفلة، أورتال، إن…: the one named after the comma)
            if self._slot_ends_at(paragraph, reader, end):
                return end
        return None

    def _slot_ends_at(self, paragraph: _Paragraph, reader: PhraseReader, k: int) -> bool:
        """The slot's subject ends at token k: its verb's content opens there, or after what may
        stand between a subject and its content — an apposition, an age in brackets, the outlet
        spoken to, the occasion (وقالت مرام دنون، عضو الفريق، إن…؛ يقول ماجد (62 عاما) "…"؛
        وتقول شهد للجزيرة نت إن…؛ وقالت مرام دنون في حديثها للجزيرة نت إن…)."""
        return self._opens_slot_content(paragraph, self._past_interposed(paragraph, reader, k))

    @staticmethod
    def _past_age(paragraph: _Paragraph, k: int) -> int:
        """The token after an age's adjective at token k, «من العمر» and a number with its
        unit not in brackets (البالغ من العمر 45 عاماً |); one in brackets is read as any
        bracket is."""
        k += 1
        if (paragraph.word(k), paragraph.word(k + 1)) == ("من", "العمر"):
            k += 2
        if paragraph.word(k).isdigit() and paragraph.word(k + 1) in name_grammar().age_units:
            k += 2
        return k

    def _past_interposed(self, paragraph: _Paragraph, reader: PhraseReader, k: int) -> int:
        """The token after the words that stand between a subject and its content from token k
        on (`_slot_ends_at`); k itself when none do."""
        for _ in range(MAX_INTERPOSED):
            word = paragraph.word(k)
            if word in COMMAS and complementizer(paragraph.word(k + 1)):
                return k + 1  # (ذكرت المزارعة وضحة خليل موسى، أن…: a stray comma before أنّ)
            if word in COMMAS:
                close = self._apposition_close(paragraph, k)
                if close is None:
                    close = self._occasion_close(paragraph, reader, k + 1)
                if close is None:
                    return self._apposition_before_quote(paragraph, k)
                k = close + 1
            elif word == "(":
                close = next(
                    (
                        j
                        for j in range(k + 2, min(k + MAX_APPOSITION_WORDS, len(paragraph.tokens)))
                        if paragraph.word(j) == ")"
                    ),
                    None,
                )
                if close is None:
                    return k
                k = close + 1
            elif word in name_grammar().age_adjectives:
                k = self._past_age(paragraph, k)  # (فيبي سيويل البالغة (32 عاماً): "…")
            elif word.startswith("ل") and not word.startswith("ال") and self._outlet_after_lam(paragraph, k):
                past = self._past_outlet_spoken_to(paragraph, k)  # (للجزيرة نت: and the site's name)
                if past == k:
                    return k
                k = past
            elif (close := self._occasion_close(paragraph, reader, k)) is not None:
                k = close + 1  # (خلال ندوة عقدتها هيئة الدفاع، أنّ…: a longer occasion to its comma)
            elif (title_end := self._title_apposed_without_commas(paragraph, reader, k)) is not None:
                k = title_end
            elif word in self.lexicon.via_forms and self._medium_at(paragraph, k + 1):
                k = self._past_medium(paragraph, k + 1)  # (أعلن الوزير عبر حسابه في تويتر | عن…)
            elif word in DESCRIBING_PRONOUNS and (words := self._describing_clause_end(paragraph, k)):
                k = words  # (وقالت هدى وهي موظفة في عقدها الرابع | "…": who she is, then her words)
            elif reader.adverbial_at(k) and word in ADVERBIAL_PREPOSITIONS:
                k += 2  # (في حديثها، في كتابه، خلال مؤتمر; في مقابلة مع الأناضول)
                while occasion_adjective(paragraph.word(k)) or paragraph.word(k) in RESUMPTIVES:
                    k += 1  # (في بلاغ عسكري، في مؤتمر صحفي، في بيان رسمي، في بيان لها)
                word = paragraph.word(k)
                if word.startswith("ل") and not word.startswith("ال") and len(word) > 3:
                    # (في بيان للخارجية، في بيان لوزارة الخارجية: whose statement it was)
                    # (not the outlet spoken to, read below with its site's name: للجزيرة نت)
                    found, stop = self._stripped_phrase(paragraph, k, 1)
                    k = stop if found is not None and found.kind != MEDIA else k
                if paragraph.word(k) == "مع":
                    phrase, stop = reader.read(k + 1, min(k + MAX_APPOSITION_WORDS, len(paragraph.tokens)))
                    if phrase is None:
                        return k
                    k = stop
            else:
                return k
        return k

    def _describing_clause_end(self, paragraph: _Paragraph, k: int) -> int:
        """The token after a clause that describes the subject with «وهو/وهي» and no comma
        (وقالت هدى وهي موظفة في عقدها الرابع "…"), where a quotation, a colon or أنّ opens her
        words within a few words; 0 where none does."""
        for j in range(k + 2, min(k + MAX_DESCRIBED_WORDS, len(paragraph.tokens))):
            word = paragraph.word(j)
            if self._own_words_follow(paragraph, j) or complementizer(word):
                return j
            if word in SENTENCE_ENDS or word in COMMAS or self._cue_form_at(paragraph, j) is not None:
                return 0
        return 0

    def _title_apposed_without_commas(
        self, paragraph: _Paragraph, reader: PhraseReader, k: int
    ) -> int | None:
        """The end of a person's title that opens at token k and runs into the content with no
        comma around it (وقالت مونيكا مالك | كبيرة الاقتصاديين في بنك أبوظبي التجاري | "…"): an
        apposition describing the name before it; None when no title opens there, when it names
        someone itself, or when no content follows it. One word between the verb and the title
        is the title's construct, not a name (وسألت عقيلة | الرئيس الإيراني: «the wife of»)."""
        if self.speakers.category(paragraph.word(k)) != "title" or from_cue(paragraph.word(k - 2)):
            return None
        title, stop = reader.read(k, min(k + MAX_APPOSITION_WORDS, len(paragraph.tokens)))
        if title is None or title.kind != PERSON or title.name is not None:
            return None
        return stop if self._opens_slot_content(paragraph, stop) else None

    def _occasion_close(self, paragraph: _Paragraph, reader: PhraseReader, k: int) -> int | None:
        """The comma closing the occasion of the words that opens at token k (بسمة الخلفاوي،
        خلال ندوة عقدتها هيئة الدفاع، أنّ…), when a complementizer follows it; None when no
        occasion opens there or none closes so."""
        if not reader.adverbial_at(k):
            return None
        for j in range(k + 1, min(k + OCCASION_CLAUSE_WORDS, len(paragraph.tokens))):
            word = paragraph.word(j)
            if word in COMMAS:
                # (or a second occasion, to its own comma: وأكد بلحاج، في تصريح لوكالة تونس
                # افريقيا للأنباء، على هامش ندوة نظمتها الحركة، أن…)
                follows = paragraph.word(j + 1)
                return j if complementizer(follows) or reader.adverbial_at(j + 1) else None
            if complementizer(word) or word in SENTENCE_ENDS or not word[:1].isalpha():
                return None
        return None

    def _apposition_before_quote(self, paragraph: _Paragraph, k: int) -> int:
        """The quotation an apposition opened by the comma at token k runs into, with no comma
        to close it (وقال يوهانس ويليام، رئيس الذراع الإنسانية للحكومة في ولاية أعالي النيل
        "نحن قلقون…"): its opening mark's token; k when there is none."""
        for j in range(k + 2, min(k + MAX_DESCRIBED_WORDS + 2, len(paragraph.tokens))):
            word = paragraph.word(j)
            span = paragraph.span_opening_at(paragraph.tokens[j].start)
            if span is not None:
                long_enough = (
                    len(paragraph.match.text[span.open + 1 : span.close].split()) > SCARE_QUOTE_WORDS
                )
                return j if long_enough else k
            if (
                word in COMMAS
                or word in SENTENCE_ENDS
                or word == ":"
                or complementizer(word)
                or word in RELATIVES
                or self.lexicon.lookup(word) is not None
            ):
                return k
        return k

    def _apposition_close(
        self, paragraph: _Paragraph, k: int, with_relative: bool = False, with_verbs: bool = False
    ) -> int | None:
        """The comma closing an apposition opened by the comma at token k (، عضو الفريق،): a few
        words that are no verb, relative, complementizer or sentence's end. `with_relative`: a
        description may hold a relative clause (، ابنة أحد الأسرى الذين يشتبه بسرقة أعضائهم،);
        `with_verbs`: one whose verb may be a cue's form too (، الذي طلب عدم ذكر اسمه،)."""
        words = MAX_DESCRIBED_WORDS if with_relative else MAX_APPOSITION_WORDS
        for j in range(k + 2, min(k + words + 2, len(paragraph.tokens))):
            word = paragraph.word(j)
            if word in COMMAS:
                return j
            if (
                word in SENTENCE_ENDS
                or word == ":"
                or complementizer(word)
                or word in RELATIVES
                and not with_relative
                # (a relative clause of the subject has its verb: الذي طلب عدم ذكر اسمه)
                or self.lexicon.lookup(word) is not None
                and not with_verbs
            ):
                return None
        return None

    def _opens_slot_content(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k opens a verb's content: أنّ/إنّ, a colon, a quotation long enough to be
        speech, or «بقوله» before one of them (وأضاف راكان سعود بقوله: "…")."""
        word = paragraph.word(k)
        if complementizer(word) or word == ":":
            return True
        if word in CONTENT_PREPOSITIONS and complementizer(paragraph.word(k + 1)):
            return True  # (ولفت موتونغا إلى أن…)
        if by_saying(word):
            return self._opens_slot_content(paragraph, k + 1)
        span = paragraph.span_opening_at(paragraph.tokens[k].start) if k < len(paragraph.tokens) else None
        return (
            span is not None
            and len(paragraph.match.text[span.open + 1 : span.close].split()) > SCARE_QUOTE_WORDS
        )

    @staticmethod
    def _learn_agreement(source: _Source, form: CueForm) -> None:
        """A source named with its verb takes the verb's gender (قالت بيلاي: a woman)."""
        speaker = source.entity
        if (
            speaker is not None
            and source.span
            and (speaker.kind != PERSON or speaker.name_words)
            and speaker.kind != ANONYMOUS
            and form.agreement in (MASCULINE, FEMININE)
            and not speaker.seen_agreement
        ):
            speaker.seen_agreement = form.agreement

    def _content_of(
        self, paragraph: _Paragraph, cue: _Cue, first: int, source: _Source, limit: int, last: int
    ) -> tuple[int, int, str] | None:
        """Stage 5: the words the cue reports — before it when it follows them (…، قال X.),
        else after its subject."""
        if _points_back(paragraph, cue.token):
            return self._quotation_pointed_back_to(paragraph, cue, first)  # (that, or nothing)
        content = None
        if source.rule == "subject_after_cue" or (
            source.rule == "continued_source" and self._quotation_closes_before(paragraph, cue)
        ):
            # («"…"، أضاف.»: the source speaking goes on after its quotation, no subject named)
            content = self._content_before(paragraph, cue, first, source.after, last)
        # a named subject between a bare form and its preposition, or before it, makes it the
        # verb (وعبّر السريحي عن فخره…: not عَبْر "via"; السيد نصر الله وصف الإعلام بـ…)
        named = (
            source.rule in ("subject_after_cue", "subject_before_verb", "topic_subject")
            and source.span is not None
        )
        found = content or self._content(paragraph, cue.form, source.after, limit, last, named)
        if found is None and self._as_the_source_says(paragraph, cue, first, source, last):
            # («وكما يشير الكاتب، وجد نتنياهو في القضية فرصة…»: as the source says, the sentence
            # after the comma — past its فإنّ)
            begin = source.after + 1
            begin += paragraph.word(begin) in CONSEQUENCE_OPENERS and begin + 1 < last
            return self._finish_content(
                paragraph, paragraph.tokens[begin].start, self._content_end(paragraph, limit, last)
            )
        return found

    @staticmethod
    def _as_the_source_says(paragraph: _Paragraph, cue: _Cue, first: int, source: _Source, last: int) -> bool:
        """«كما» opens the sentence before the cue and its named subject, a comma after them."""
        return (
            source.rule == "subject_after_cue"
            and paragraph.word(cue.token - 1) in KAMA
            and cue.token - 1 == first
            and paragraph.word(source.after) in COMMAS
            and source.after + 1 < last
        )

    @staticmethod
    def _antecedent_as_object(paragraph: _Paragraph, cue: _Cue) -> bool:
        """The cue follows a relative and carries the pronoun of its object, the antecedent
        (الضمانات التي تطلبها واشنطن من "تل أبيب"، الحملة التي أعلنها تحت مسمى…): what was asked
        or announced stands before it; not the one a verb judges or describes (التنظيم الذي يصفه
        مسؤولون بأنه…، يعتبرها الصندوق أساسية: a view of it)."""
        if paragraph.word(cue.token - 1) not in RELATIVES or "described" in cue.form.takes:
            return False
        if cue.form.judges and "object" not in cue.form.addressee:
            return False
        word = paragraph.word(cue.token)[cue.clitic :]
        return word != cue.form.form and word.startswith(cue.form.form) and word.endswith(OBJECT_PRONOUNS)

    @staticmethod
    def _own_preposition_taken(paragraph: _Paragraph, cue: _Cue) -> bool:
        """The word right after the cue is its own content preposition with a pronoun (دعا
        إليها، شدد عليه، طالب به); not the one asked of a verb whose object is the request
        (يطلب منها بصورة خاصة "حماية المدنيين")."""
        word = paragraph.word(cue.token + 1)
        for suffix in OBJECT_PRONOUNS:
            preposition = word[: -len(suffix)]
            if word.endswith(suffix) and preposition in cue.form.prepositions:
                return not (preposition == "من" and "object" in cue.form.takes)
        return False

    def _zero_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> tuple[Entity | None, str]:
        """The speaker of a verb with no subject after it, and the rule that found it. A verb
        after a relative whose antecedent is no source (الإصلاحات التي تتطرق إلى…) reports
        nothing."""
        if paragraph.word(cue.token - 1) in RELATIVES:
            if paragraph.word(cue.token + 1) in RESUMPTIVES and (
                owner := self._owner_of_statement_before(paragraph, cue, first)
            ):
                return owner, "statement_owner"
            return self._antecedent(paragraph, cue, first), "relative_antecedent"
        if _points_back(paragraph, cue.token):
            # («"…"، هذا ما قاله.»: the source speaking said it; what stands before is the
            # quotation, whose words are no subject of the verb)
            return self._continued_or_headline(cue.form, paragraph.index)
        for rule, find in (
            ("subject_before_comma", self._subject_before_comma),
            ("occasion_of_speaker", self._occasion_speaker),
            ("asked_subject", self._asked_subject),
            ("sender_of_message", self._sender_of_message),
            ("earlier_verb_subject", self._earlier_subject),
            ("described_subject", self._described_subject_entity),
            ("opening_imperfect_subject", self._conjoined_imperfect_subject),
        ):
            found = find(paragraph, cue, first)
            if found is not None:
                return found, rule
        surely_no_subject = self._surely_no_subject(paragraph, cue)
        if surely_no_subject and (found := self._narrated_subject(paragraph, cue, first)) is not None:
            return found, "narrated_subject"
        return self._continued_or_headline(cue.form, paragraph.index, surely_no_subject)

    def _narrated_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """A verb opening its sentence with no subject (وأوضح أنّ…) continues the sentence
        before when that one quoted no one and opened with a verb and its subject, a person
        by name or a body by its head and name (وسعى الظاهري إلى طمأنة المخاوف. وأوضح أنّ…؛ أثنى
        الحكم نبيل الشمردل على الحكام… . وأكد أنّ…): the narration has turned to them, whoever
        spoke before."""
        previous = self._sentence_before(paragraph, first)
        if previous is None:
            return None
        where, (start, end) = previous
        if any(
            draft.para == where.index and start <= draft.cue_span[0] - where.para.start < end
            for draft in self.drafts
        ):
            return None  # (its quote's speaker goes on: `_continued_source`)
        opening, last = where.first_token_at(start), where.first_token_at(end)
        verb = self._after_opener(where, opening, last)
        verb += _negation(where.word(verb))  # (ولم يرد مسؤول إماراتي…: the verb after it)
        form = self._cue_form_at(where, verb)
        # (a cue's verb too, whose words were no quote: أثنى الحكم الدولي نبيل الشمردل على…)
        if (
            form is not None
            and form.agreement != cue.form.agreement
            or form is None
            and not self._verb_opens_at(where, verb, cue.form.agreement)
        ):
            return None
        phrase = self._opening_verb_subject_phrase(where, _Cue(last, cue.form, 0), verb)
        if phrase is not None and phrase.name is None and where.word(phrase.end) in COMMAS:
            # (وعارض زعيم الجمهوريين في مجلس الشيوخ، ميتش ماكونيل، إنهاء…: the title's holder)
            phrase = self._apposed_name(where, phrase.end) or phrase
        if phrase is not None and phrase.kind == ORGANIZATION and self._body_named_whole(where, phrase):
            # (كشفت وزارة الداخلية السعودية هوية الانتحاري. وقالت في بيان لها إنّ…: a body by
            # its head and name, the verb's object after it)
            found = self._entity(where, phrase)
            return found if found is not None and agrees(cue.form.agreement, found) else None
        if phrase is None:
            # (ورفض مصدر في مكتب رئيس الوزراء التعليق. وأضاف "…"، ولم يرد مسؤول إماراتي بشكل
            # مباشر… . وقال إنّ…: an unnamed source by its head and description)
            unnamed, _ = PhraseReader(where.tokens, self.registry).read(verb + 1, last)
            if unnamed is not None and self._anonymous_source_described(where, unnamed):
                found = self._entity(where, unnamed)
                return found if found is not None and agrees(cue.form.agreement, found) else None
        name = tuple(where.word(k) for k in range(*phrase.name)) if phrase and phrase.name else ()
        if (
            phrase is None
            or phrase.kind != PERSON
            or not name
            or plausible_name(name if len(name) > 1 else self._known_name(name[0]), gazetteer().common)
            is None
        ):
            # (only a person by a name that is one by every word, or a known person's surname: a
            # body's phrase read past the verb's object, ليوسف, a title alone, a place read for a
            # name are no sure antecedent; nothing is registered from a phrase not taken)
            return None
        found = self._entity(where, phrase)
        return found if found is not None and agrees(cue.form.agreement, found) else None

    def _anonymous_source_described(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """The phrase is an unnamed source's head (مسؤول، مصدر، مصادر) and its description, an
        adjective of relation or a body it belongs to (مسؤول إماراتي، مصدر في مكتب رئيس الوزراء),
        and no more: no common noun the reading may have run into."""
        if phrase.kind != ANONYMOUS or phrase.end - phrase.start < 2:
            return False
        if self.speakers.category(paragraph.word(phrase.start)) != "anonymous":
            return False
        return all(
            self.speakers.category(paragraph.word(k)) != ""
            or paragraph.word(k) in FUNCTION_WORDS
            or nisba_shaped(strip_article(paragraph.word(k)))
            for k in range(phrase.start + 1, phrase.end)
        )

    def _body_named_whole(self, paragraph: _Paragraph, phrase: NounPhrase) -> bool:
        """The phrase is a body's head and its name, and no more (وزارة الداخلية السعودية |
        هوية…): a head the lexicons know, definite or named words after it, none of them common
        nouns the reading may have run into (استقبلت الوزارة | الوفد)."""
        head = paragraph.word(phrase.start)
        if self.speakers.category(head) != "organization" or phrase.end - phrase.start < 2:
            return False
        return self._object_noun_in_subject(paragraph, phrase) is None

    @staticmethod
    def _description_opens(paragraph: _Paragraph, k: int) -> bool:
        """Token k opens what a verb of describing says its object is: بأنّه، بأنها، بـ."""
        word = paragraph.word(k)
        return word in ("ب", "بـ") or word.startswith("بان") and complementizer(word[1:])

    def _stacked_title_holder(
        self, paragraph: _Paragraph, reader: PhraseReader, phrase: NounPhrase, form: CueForm, limit: int
    ) -> tuple[NounPhrase, int] | None:
        """A title with no name followed by a second title in construct and its holder's name
        (وزير الأمن القومي عضو الكنيست إيتمار بن غفير، عضو مجلس الشورى رئيس مجلس إدارة الجمعية
        الدكتور…): one person holding both, the phrase and where reading stopped. Not after a verb
        whose object is a person (دعا الرئيس الفرنسي رئيس الوزراء الإسرائيلي…: the one asked;
        وصف، اعتبر: the one described), nor, after a verb with an object, past a title's
        adjective of relation (انتقد وزير الخارجية الأمريكي رئيس الوزراء…: each his own country's)."""
        if (
            phrase.kind != PERSON
            or phrase.name is not None
            or form.judges  # (its object a person asked, warned or described)
            or "object" in form.takes
            and self.speakers.category(paragraph.word(phrase.end - 1)) == "nisba"
            or self.speakers.category(paragraph.word(phrase.end)) != "title"
            or paragraph.word(phrase.end).startswith("ال")
            # (a relative or a particle of names: مدير الحي الجامعي ابن خلدون, the place's name)
            or paragraph.word(phrase.end) in self.speakers.kin
            or name_grammar().is_particle(paragraph.word(phrase.end))
        ):
            return None
        holder, stop = reader.read(phrase.end, limit, subject=True)
        if holder is None or holder.kind != PERSON or holder.name is None or holder.name[1] != holder.end:
            return None
        return NounPhrase(phrase.start, holder.end, holder.name, PERSON), stop

    def _apposed_name(self, paragraph: _Paragraph, comma: int) -> NounPhrase | None:
        """A person's name set off by the comma at token `comma` and the next (…، ميتش ماكونيل،),
        nothing else between them."""
        reader = PhraseReader(paragraph.tokens, self.registry)
        phrase, end = reader.read(comma + 1, min(comma + 1 + MAX_APPOSITION_WORDS, len(paragraph.tokens)))
        if (
            phrase is None
            or phrase.kind != PERSON
            or phrase.name != (comma + 1, end)
            or paragraph.word(end) not in COMMAS
        ):
            return None
        return phrase

    def _known_name(self, word: str) -> tuple[str, ...]:
        """The full name of the person the article named before whose name has this word (a
        surname alone), or nothing."""
        known = self.registry.find_by_word(word)
        return name_key(known.name) if known is not None and known.kind == PERSON else ()

    def _sentence_before(
        self, paragraph: _Paragraph, first: int
    ) -> tuple[_Paragraph, tuple[int, int]] | None:
        """The paragraph and character bounds of the sentence before the one starting at token
        `first`: in the same paragraph, or the last of the paragraph before (not the title)."""
        bounds = paragraph.sentences
        at = next(
            (n for n, (start, _) in enumerate(bounds) if paragraph.first_token_at(start) == first), None
        )
        if at:
            return paragraph, bounds[at - 1]
        position = self.paragraphs.index(paragraph) if at == 0 else 0
        if position <= 1:
            return None
        before = self.paragraphs[position - 1]
        return (before, before.sentences[-1]) if before.sentences else None

    def _surely_no_subject(self, paragraph: _Paragraph, cue: _Cue) -> bool:
        """The verb opens its sentence and its content follows it at once (وأضاف أنّ…، وقال:،
        وأشار إلى أنّ…، قالت فيها:), or past the occasion of the words (وقال في مقابلة مع
        الأناضول "…"): no subject was missed between."""
        after = cue.token + 1
        while paragraph.word(after) in RESUMPTIVES:
            after += 1  # (قالت فيها: the words the sentence before named)
        after = self._past_time(paragraph, after)  # (وقال الأسبوع الماضي إنه…، وقالت أمس إن…)
        if paragraph.word(after) in ADVERBIAL_PREPOSITIONS:
            # (the occasion or the one spoken to: وقال في مقابلة مع الأناضول "…"، ويتابع في
            # حديثه للجزيرة نت "…")
            after = self._past_interposed(paragraph, PhraseReader(paragraph.tokens, self.registry), after)
        following = paragraph.word(after)
        quoted = following in (":", '"', "«", "“")
        before = cue.token - 1
        while paragraph.particle_at(before):
            before -= 1  # (ولكن كما يقول "…": particles only before the verb)
        return (
            paragraph.word(before) in SENTENCE_ENDS + ("",)
            and cue.token == paragraph.first_token_at(paragraph.tokens[cue.token].start)
            and (
                complementizer(following)
                or quoted
                or following in ("إلى", "الى", "على")
                and complementizer(paragraph.word(after + 1))
            )
            # (قال's forms are listed as they are, with no tense: its perfect is named here; an
            # imperfect before a quotation goes on with a story's witness: ويتابع "…")
            and (
                cue.form.tense == "perfect"
                or cue.form.form in ("قال", "قالت")
                or (cue.form.tense == "imperfect" or cue.form.form in ("يقول", "تقول"))
                and quoted
            )
        )

    def _continued_or_headline(
        self, form: CueForm, para: int, surely_no_subject: bool = False
    ) -> tuple[Entity | None, str]:
        """The latest source the verb agrees with; before the body has quoted anyone, the
        speaker of a headline «X: …» (جدعون ليفي: … / ويرى أن…)."""
        found = self._continued_source(form, para)
        if found is not None:
            return found, "continued_source"
        found = (
            self.registry.person_named_since(para - WITNESS_PARAGRAPHS, form.agreement)
            if surely_no_subject
            else None
        )
        # (only a name that is one by every word: a phrase read too far is no witness)
        if found is not None and plausible_name(name_key(found.name), gazetteer().common) is not None:
            return found, "person_named_before"
        if not self.drafts and self.paragraphs:
            # (read only here, once: reading the title registers its names, and the body's
            # own forms of them should come first)
            if self._headline is None:
                title = self._title_speaker(self.paragraphs[0])
                self._headline = (title[1] if title is not None else None,)
            headline = self._headline[0]
            if headline is not None and agrees(form.agreement, headline):
                return headline, "headline_speaker"
        return None, "continued_source"

    def _verbs_preposition_at(self, paragraph: _Paragraph, i: int, form: CueForm) -> bool:
        """Token i, right after a verb that takes ب or ل (طالب، أشاد، رحّب، دعا), is that
        preposition on a word no one is known by, a common word or one before a common word
        (بجهود، بفرض عقوبات، تدعو لداعش): the verb's content, no name (not بايدن، بسام، بونوا
        هامون، لافروف)."""
        word, names = paragraph.word(i), gazetteer()
        following = paragraph.word(i + 1)
        return (
            word[:1] in ("ب", "ل")
            and word[:1] in form.takes
            and len(word) >= 4
            # (a word of no class, or the preposition on one: not بيان، بابا، بكين)
            and (self.speakers.category(word) == "" or self._known_behind(word, "بل"))
            and word not in names.name_words
            and self.registry.find_by_word(word) is None
            and (
                names.is_common(word[1:])
                or self.speakers.category(word[1:]) in ("organization", "place", "media", "title")
                or verbal_noun_shaped(word[1:])
                or is_possessed(word[1:], names.common)  # (اعترف بذنبه، تطالب ببقائه)
                or following.startswith("ال")
                or following in QUOTE_MARKS  # (طالبهم بوقف "كافة الانتهاكات")
                or names.is_common(following)
            )
        )

    def _evidence_of_a_source(self, paragraph: _Paragraph, i: int) -> bool:
        """Token i is evidence without the article (`EVIDENCE_NOUNS`) in construct with a body or
        an outlet (معلومات الميادين، أرقام وزارة الصحة)."""
        following = self.speakers.category(paragraph.word(i + 1))
        return paragraph.word(i) in EVIDENCE_NOUNS and following in (ORGANIZATION, MEDIA)

    def _evidence_subject(self, paragraph: _Paragraph, i: int, form: CueForm) -> bool:
        """The verb's whole subject at token i is evidence no one is named for (`EVIDENCE_NOUNS`)
        — perhaps after a quantifier, with its adjectives — and the content opens right after it
        (وتشير المؤشرات إلى أن…، وتكشف الأرقام الرسمية أن…، وتشير بعض التقديرات إلى مقتل…). Not
        evidence someone gave (تشير أرقام وزارة الصحة إلى…، المعلومات التي حصلت عليها الصحيفة),
        nor a verb's object (وتعلن نتائج الانتخابات…)."""
        if paragraph.word(i) in self.speakers.quantifiers:
            i += 1
        if strip_article(paragraph.word(i)) not in EVIDENCE_NOUNS:
            return False
        k = i + 1
        while k < i + 3 and paragraph.word(k).startswith("ال") and nisba_shaped(paragraph.word(k)):
            k += 1
        word = paragraph.word(k)
        return (
            bool(complementizer(word))
            or word in CONTENT_PREPOSITIONS
            and bool(complementizer(paragraph.word(k + 1)))
            # (what the verb takes by its preposition: تشير التقديرات | إلى مقتل…)
            or paragraph.word(i).startswith("ال")
            and _opens_what_is_taken(word, form)
        )

    def _addressee_before_subject(
        self, paragraph: _Paragraph, reader: PhraseReader, after: int, limit: int, form: CueForm
    ) -> tuple[Entity | None, int]:
        """ "وقال لقناة "كان" المحلل العسكري أمير بار شالوم إن…": the outlet spoken to may stand
        between the verb and its subject; the subject is read after it."""
        word = paragraph.word(after)
        if word in PRONOUN_ADDRESSEES:
            # (وقال لي مسؤول أمني إن…: «to me», the writer, and no entity; the subject follows)
            addressee, stop = None, after + 1
        elif word == "ل":  # لـ"الاقتصادية": an outlet's quoted name after the preposition, apart
            addressee, stop = self._quoted_outlet(paragraph, after + 1)
        elif (
            word.startswith("ل")
            and not word.startswith("ال")
            and ("ل" in form.addressee or self._outlet_after_lam(paragraph, after))
        ):
            addressee, stop = self._stripped_phrase(paragraph, after, 1)
            stop += paragraph.word(stop) in SITE_NAME_ENDINGS  # (للجزيرة نت: the site's name)
        else:
            return None, after
        if addressee is None and word not in PRONOUN_ADDRESSEES or stop >= limit:
            return None, after
        if (
            self.speakers.category(paragraph.word(stop)) in ("title", "honorific", "given", "anonymous")
            or self.registry.find_by_word(paragraph.word(stop)) is not None
            # (كتب لي أحد الأسرى: "…": one of those counted)
            or self._counts_sources(paragraph, reader, stop)
        ):
            return addressee, stop
        return None, after

    def _quoted_outlet(self, paragraph: _Paragraph, i: int) -> tuple[Entity | None, int]:
        """A short quoted or bracketed name at token i (لـ"الاقتصادية"، لـ«عكاظ»، لـ(عكاظ)),
        which after a verb of speech and its ل is the outlet spoken to; and the token after it."""
        if i >= len(paragraph.tokens):
            return None, i
        if paragraph.word(i) == "(":
            # (لـ(عكاظ)، لـ(الرياض): the Saudi papers set the outlet in brackets; a paper may be
            # named for its city)
            close = next(
                (k for k in range(i + 2, min(i + 5, len(paragraph.tokens))) if paragraph.word(k) == ")"), None
            )
            if close is None or self.speakers.category(paragraph.word(i + 1)) not in ("media", "place", ""):
                return None, i
            return self._entity(paragraph, NounPhrase(i + 1, close, None, MEDIA)), close + 1
        span = paragraph.span_opening_at(paragraph.tokens[i].start)
        if span is None or not 0 < len(paragraph.match.text[span.open + 1 : span.close].split()) <= 3:
            return None, i
        close = paragraph.first_token_at(span.close)
        return self._entity(paragraph, NounPhrase(i + 1, close, None, MEDIA)), close + 1

    def _continued_source(self, form: CueForm, para: int) -> Entity | None:
        """A verb with no subject of its own (وأضاف، وتابعت، مؤكدين) continues the latest
        source it agrees with, among the last few sources of the last few paragraphs:
        وأضافت cannot continue a man, nor وأضاف a ministry. When none agrees, the verb's subject
        is someone the article has not quoted: no quote rather than a source of the wrong gender."""
        seen: list[Entity] = []
        since = self._window_start(para)
        for draft in reversed(self.drafts):
            if draft.para < since:
                break
            if any(draft.entity is entity for entity in seen):
                continue
            if agrees(form.agreement, draft.entity) or self._agreed_as_written(form, draft):
                return draft.entity
            if (
                form.agreement
                and not form.relay
                and draft.relay is not None
                and agrees(form.agreement, draft.relay)
            ):
                # (وأكدت الخارجية على لسان متحدثها X…، وطالبت: the ministry that spoke through him)
                return draft.relay
            seen.append(draft.entity)
            if len(seen) >= CONTINUATION_DEPTH:
                break
        return None if form.agreement else self.current

    @staticmethod
    def _agreed_as_written(form: CueForm, draft: _Draft) -> bool:
        """A verb agrees with the words that stood for the source (وأوضح التقرير …، واستدرك:
        the report, for the newspaper), as the earlier verb did."""
        return bool(
            form.agreement
            and draft.speaker_span
            and draft.form is not None
            and draft.form.agreement == form.agreement
            # (يرى آخرون: the singular verb before a group is not the group's gender)
            and not is_opinion_group(draft.entity)
        )

    def _latest_person(self, agreement: str, para: int) -> Entity | None:
        """The person quoted last (in the last few paragraphs) of this gender."""
        since = self._window_start(para)
        for draft in reversed(self.drafts):
            if draft.para < since:
                break
            if draft.entity.kind == PERSON and agrees(agreement, draft.entity):
                return draft.entity
        return None

    def _object_addressee(
        self, paragraph: _Paragraph, reader: PhraseReader, after: int, limit: int
    ) -> tuple[Entity | None, int]:
        phrase, stop = reader.read(after, limit)
        if phrase is None:
            return None, after
        return self._entity(paragraph, phrase), stop

    def _named_clause_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«لكن بن غفير رفض هذا المقترح بشدة، قائلاً إنّ…»: a person the article named before,
        by a name opening the participle's clause (after لكن، بينما، إلا أنّ… or at the
        sentence's start) before its verb, whatever verb that is, when the participle agrees."""
        if paragraph.word(cue.token - 1) not in COMMAS or len(paragraph.word(first - 2)) == 1:
            return None  # (nor after an initial's stop, no sentence's end: م. عجب القحطاني)
        start = self._subject_opener_end(paragraph, first, cue.token) or first
        opening = paragraph.word(start)
        if (
            opening[:1] in "وف"
            and len(opening) >= 5
            and self.speakers.category(opening) == ""
            and not opening.endswith(("ات", "ون", "ين"))
            and self.registry.find_by_word(paragraph.word(start + 1)) is not None
        ):
            start += 1  # (وهاجم نتنياهو المعارضة، مؤكداً…: the verb first, then the name)
        reader = PhraseReader(paragraph.tokens, self.registry)
        end = reader.name_run(start, cue.token)
        known = {
            id(entity): entity
            for k in range(start, end)
            if (entity := self.registry.find_by_word(paragraph.word(k))) is not None and entity.kind == PERSON
        }
        if (
            len(known) != 1
            or end >= cue.token - 1
            or paragraph.word(end) in COMMAS
            or reader.is_boundary_at(end)
            or self._cue_form_at(paragraph, end) is not None  # (its own verb's subject is read there)
        ):
            return None
        entity = next(iter(known.values()))
        return entity if agrees(cue.form.agreement, entity) else None

    def _subject_of_previous_verb(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """ "رحّبت مصر به، مطالبةً…": a participle's subject is its main verb's, even when that
        verb reported nothing we could take as content."""
        for k in range(cue.token - 1, max(first, cue.token - SUBJECT_WINDOW) - 1, -1):
            form = self._cue_form_at(paragraph, k)
            # (not «بقولها»: a saying has no subject of its own)
            if form is not None and form.tense != "participle" and not by_saying(paragraph.word(k)):
                if paragraph.word(k + 1) in HONORIFIC_PRONOUNS:
                    return None  # (وقال معاليه…، مشيراً: the source the verb continued)
                if _genders_differ(form, cue.form):
                    return None  # (حيث أكدت المقاومة…، مؤكداً: not the verb's subject)
                reader = PhraseReader(paragraph.tokens, self.registry)
                # (past a demonstrative object: أوضح ذلك المتحدث…، منوهاً إلى…)
                subject = k + 1 + self._demonstrative_before_subject(paragraph, k + 1)
                # (يتحدث لـ«الشرق الأوسط» ماجد الشعيبي…، قائلاً: the outlet spoken to, then him)
                _, subject = self._addressee_before_subject(paragraph, reader, subject, cue.token, form)
                phrase, _ = reader.read(subject, cue.token, subject=True)
                if phrase is None and form.tense != "other" and paragraph.word(k) == form.form:
                    # (صحيفة "نيويورك تايمز" تعلّق على…، مشيرةً إلى أنّ…: the subject before
                    # the verb, a summary's way)
                    phrase = self._preverbal_subject(paragraph, _Cue(k, form, 0), first)
                    if phrase is not None:
                        return self._entity(paragraph, phrase)
                if form.needs_complementizer and (phrase is None or not phrase.name):
                    continue  # a form that is also a noun or a preposition: عبر منصة "إكس"
                return self._entity(paragraph, phrase) if phrase is not None else None
        return None

    @staticmethod
    def _relay_phrase_at(paragraph: _Paragraph, after: int) -> int | None:
        """The token of «نقلاً عن» or «على لسان» after a verb's subject, or just after the words
        its phrase left (أفادت فايننشال تايمز نقلاً عن منظمات…، نفى الكرملين على لسان المتحدث
        باسمه…): the verb relays, whatever verb it is."""
        for k in range(after, after + RELAY_GAP + 1):
            if (paragraph.word(k), paragraph.word(k + 1)) in RELAY_PHRASES:
                return k
            if not paragraph.word(k)[:1].isalpha() and paragraph.word(k) not in COMMAS:
                return None
        return None

    def _relayed_by(
        self,
        source: _Source,
        paragraph: _Paragraph,
        reader: PhraseReader,
        limit: int,
        relay_phrase: int | None = None,
        prepositions: frozenset[str] = RELAY_PREPOSITIONS,
    ) -> _Source:
        """The source found for a relay verb passes on the words of the one after its عن
        (`relay_phrase`: the token of a «نقلاً عن» after the medium; `prepositions`: the verb's
        own, علم من)."""
        medium = source.entity
        if medium is None:
            return source
        source.entity, source.after = self._relayed_source(
            paragraph, reader, source.after, limit, medium, relay_phrase, prepositions
        )
        if source.entity is not medium:
            # (the span named the medium: the verb's gender is the medium's, not the source's)
            source.rule, source.relay, source.span = "relayed_source", medium, None
        return source

    def _relayed_source(
        self,
        paragraph: _Paragraph,
        reader: PhraseReader,
        after: int,
        limit: int,
        medium: Entity | None,
        relay_phrase: int | None,
        prepositions: frozenset[str] = RELAY_PREPOSITIONS,
    ) -> tuple[Entity | None, int]:
        """نقلت وسائل إعلام، عن مصادر مطلعة، أن…: the source, not the medium, is the speaker
        (`relay_phrase`: the token of a «نقلاً عن» after the medium)."""
        k = relay_phrase + 1 if relay_phrase is not None else after + (paragraph.word(after) in COMMAS)
        if paragraph.word(k) in RELAYED_PRONOUNS:
            # (ونقل الموقع عنهم قولهم…: the ones quoted before, by the pronoun's number and gender)
            named = self._continued_source(
                _pointing_form(_pronoun_agreement(paragraph.word(k))), paragraph.index
            )
            return (medium, after) if named is None or named is medium else (named, k + 1)
        if paragraph.word(k) not in prepositions:
            return medium, after
        source, stop = reader.read(k + 1, limit)
        if source is None and (counted := self._people_counted_at(paragraph, k + 1)) is not None:
            source, stop = counted, counted.end
        if source is None:
            return medium, after
        return self._entity(paragraph, source), stop

    def _people_counted_at(self, paragraph: _Paragraph, k: int) -> NounPhrase | None:
        """«One of» or «some of» a group in the genitive at token k (عن أحد المستوطنين، عن بعض
        السكان), with what a group in construct belongs to (عن أحد أفراد طاقم الدبابة): the group
        the quantifier counts, which speaks; None when none is there."""
        group = paragraph.word(k + 1)
        if paragraph.word(k) not in self.speakers.quantifiers or not self.speakers.is_people(group):
            return None
        end = k + 2
        if not group.startswith("ال"):
            reader = PhraseReader(paragraph.tokens, self.registry)
            while end < min(len(paragraph.tokens), k + 2 + CONSTRUCT_WORDS) and not (
                reader.is_boundary_at(end) or not paragraph.word(end)[:1].isalpha()
            ):
                end += 1
                if paragraph.word(end - 1).startswith("ال"):
                    break  # (the definite noun ends the chain: أفراد طاقم الدبابة)
            else:
                end = k + 2  # (no definite noun ends it: the group alone)
        return NounPhrase(k, end, None, ANONYMOUS)

    def _antecedent(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """ "…بحسب المسؤول في البنتاغون، والذي ذكر أن": the relative's antecedent speaks."""
        rel = cue.token - 1
        if paragraph.word(rel) not in RELATIVES:
            return None
        if (
            not agrees_with_relative(cue.form, paragraph.word(rel))
            # (تصريحات القاضي، والتي قال فيها: the statements he spoke in, their owner speaks)
            and paragraph.word(cue.token + 1) not in RESUMPTIVES
        ):
            return None  # (حركة النهضة التي قال إنها…، الذي تبيّن أنه: another's verb)
        end = _before_relative(paragraph, cue)
        reader = PhraseReader(paragraph.tokens, self.registry)
        start = max(first, end - RELATIVE_ANTECEDENT_WORDS)
        for k in range(end - 1, start, -1):
            word = paragraph.word(k)
            if word[:1] in "بل" and word[1:3] == "ال" and self.speakers.category(word[1:]) == "title":
                # (التقى الوزير بالسفير الذي أكد: the one met, behind the preposition, is meant)
                found, stop = self._stripped_phrase(paragraph, k, 1)
                return found if stop >= end else None
        for k in range(start, end):
            word = paragraph.word(k)
            if word[:1] in "بل" and (word[1:3] == "ال" or word.startswith("لل")):
                # (ضربة للمجلس العسكري الحاكم، الذي قال: the body behind ل, when its phrase runs
                # to the relative; not the outlet spoken to in «وتحدث للجزيرة الخبراء الذين
                # قالوا», nor a place behind ب: غالبية بالكونغرس، والذين حذروا)
                found, stop = self._stripped_phrase(paragraph, k, 1) if word[0] == "ل" else (None, k)
                if found is not None and stop >= end and agrees(cue.form.agreement, found):
                    return found
                continue  # (…للحرس الوطني التي تعهّدت: the relative is another noun's)
            previous = paragraph.word(k - 1)
            if (
                word.startswith("ال")
                and previous.startswith(("ال", "لل", "بال", "وال"))
                and self.speakers.category(previous) == ""
                and self.registry.find_by_word(word) is None
            ):
                continue  # (للخروج الآمن من الاتحاد، والذي يعتقد: the noun's adjective, no body)
            if (
                self.speakers.category(word) == "place"
                and k == end - 1
                and paragraph.word(rel) in ("التي", "والتي")
                and not word.startswith(("ب", "ل"))
                # (a perfect of the feminine, in ت: not the passive «تُعتبر», «قُدِّر لها»)
                and paragraph.word(cue.token).endswith("ت")
                and cue.form.agreement == FEMININE
            ):
                # (ويختلف الأمر في إسبانيا، التي أعلنت صدمتها…: the country the relative follows)
                phrase, stop = reader.read(k, end)
                if phrase is not None and phrase.kind == ORGANIZATION and stop >= end:
                    return self._entity(paragraph, phrase)
            if self.speakers.category(word) in (
                "title",
                "anonymous",
                "organization",
                "media",
                "statement",
                "given",
            ) or self.registry.find_by_word(word):
                phrase, stop = reader.read(k, end)
                if phrase is not None and stop >= end:
                    return self._entity(paragraph, phrase)
            elif end < rel and paragraph.word(k - 1) in COMMAS and reader.is_name_start(k):
                # "…البيلاروسي، ألكسندر لوكاشينكو، الذي اقترح": a name set off by commas
                phrase, stop = reader.read(k, end, subject=True)
                if phrase is not None and phrase.name and stop >= end:
                    return self._entity(paragraph, phrase)
        return None

    def _owner_of_statement_before(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«انتقد النائب تصريحات وزير المالية خالد العمري للتلفزيون الرسمي، والتي قال فيها إن…»:
        the statement the relative's verb was spoken in (فيها) is the antecedent, and the one
        it is of, named right after it, speaks — not the outlet or the time between them and
        the relative. None when no statement noun with a named owner stands before it (في
        المقابلة التي أجرتها القناة، والتي قال فيها: its speaker is the sentence's)."""
        end = _before_relative(paragraph, cue)
        statement = next(
            (
                k
                for k in range(end - 1, max(first, end - STATEMENT_OWNER_WORDS) - 1, -1)
                if self.speakers.category(paragraph.word(k)) == "statement"
            ),
            None,
        )
        if statement is None or paragraph.word(statement).startswith("ال"):
            return None  # (a definite statement has no owner in construct after it)
        owner = statement + 1
        if paragraph.word(owner)[:1] == "ل" and len(paragraph.word(owner)) > 3:  # (كلمة لرئيس الوزراء…)
            found, _ = self._stripped_phrase(paragraph, owner, 1, limit=end)
        else:
            phrase, stop = PhraseReader(paragraph.tokens, self.registry).read(owner, end, subject=True)
            found = None
            # (a comma after it may set off the person the title names, read with the antecedent:
            # تصريحات المرشد الأعلى، آية الله علي خامنئي، التي أكد فيها)
            if phrase is not None and phrase.kind in SOURCE_KINDS and paragraph.word(stop) not in COMMAS:
                found = self._entity(paragraph, phrase)
        return found if found is not None and agrees(cue.form.agreement, found) else None

    def _asked_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """«When asked»: the one asked earlier in the sentence answers with the verb that has no
        subject (عندما سُئل الكاتب أمبرتو إيكو عن وسائل التواصل، قال: …)."""
        asked = next(
            (k for k in range(cue.token - 1, first - 1, -1) if paragraph.word(k) in ASKED_PASSIVES), None
        )
        if asked is None:
            return None
        # (the phrase ends at what was asked: عن…)
        phrase, _ = PhraseReader(paragraph.tokens, self.registry, ASKED_ABOUT).read(
            asked + 1, cue.token, subject=True
        )
        if phrase is None or phrase.kind not in SOURCE_KINDS:
            return None
        entity = self._entity(paragraph, phrase)
        return entity if entity is not None and agrees(cue.form.agreement, entity) else None

    @staticmethod
    def _after_byline(paragraph: _Paragraph, first: int, end: int) -> int:
        """Where the sentence starting at token `first` starts past the reporters' byline the
        paragraph may open with, their names, outlet and city set apart by dashes up to a colon
        (دعاء بهاء الدين- ريم سليمان- سبق- جدة: أجمع إعلاميون…): no subject of its verbs."""
        if first != 0:
            return first
        colon = next((k for k in range(min(end, BYLINE_WORDS)) if paragraph.word(k) == ":"), None)
        if colon is None or sum(paragraph.word(k) in ("-", "–") for k in range(colon)) < BYLINE_DASHES:
            return first
        return colon + 1

    def _sender_of_message(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """A cue speaking in a call or a message the sentence's subject received (تلقى الملك
        اتصالاً هاتفياً من الرئيس X أعرب فيه عن…، تلقى الرئيس رسالة من X أكد فيها أن…): its
        sender speaks, not the one who received it (who speaks in a call he made: أجرى X
        اتصالاً مع Y أكد خلاله)."""
        if paragraph.word(cue.token + 1) not in MESSAGE_RESUMPTIVES:
            return None
        received = next((k for k in range(first, cue.token) if paragraph.word(k) in RECEIVING_VERBS), None)
        if received is None:
            return None
        message = next(
            (k for k in range(received + 1, cue.token) if paragraph.word(k) in MESSAGE_NOUNS), None
        )
        if message is None:
            return None
        sender = next((k for k in range(message + 1, cue.token) if paragraph.word(k) == "من"), None)
        if sender is None:
            return None
        phrase, _ = PhraseReader(paragraph.tokens, self.registry).read(sender + 1, cue.token)
        return None if phrase is None or phrase.kind == "statement" else self._entity(paragraph, phrase)

    def _earlier_subject(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """A verb with no subject later in a sentence shares the subject of an earlier verb
        (…، سارع الرئيس الأوكراني زيلينسكي للتنديد…، وقال إن…): the first speaker phrase that
        stands right after a clause's first word."""
        reader = PhraseReader(paragraph.tokens, self.registry)
        first = self._after_byline(paragraph, first, cue.token)
        # (the sentence's first verb may follow «as well» or a negation: كما علّق مفتي السلطنة…،
        # لم يتمكن الوزير…; not a particle of contrast or cause, whose clause goes on with
        # another subject: لكن تركيا وسعت…)
        opener = first + (paragraph.word(first) in KAMA or _negation(paragraph.word(first)))
        time_verb = self._after_time_opener(paragraph, first, cue.token, cue.form.agreement)
        for k in range(max(first, cue.token - SUBJECT_WINDOW), cue.token):
            clause_start = k == first or paragraph.word(k - 1) in COMMAS
            after_verb = (
                k - 1 in (first, opener)
                # (not a preposition of «regarding» opening the sentence: وبشأن جبهة المساندة، …)
                and not (k - 1 == first and paragraph.word(first) in TOPIC_PREPOSITIONS)
                or k - 1 == time_verb > first
                # (a verb, its preposition with a pronoun, then the subject: …، رد عليه الشايجي بقوله)
                or k >= 3
                and paragraph.word(k - 1) in PRONOUN_PREPOSITIONS
                and (k - 2 in (first, opener) or paragraph.word(k - 3) in COMMAS)
                or k >= 2
                and paragraph.word(k - 2) in COMMAS
                # (a negated verb opening the clause: …، لا تتذكر تسنيم مناسبة…، وتقول "…")
                or k >= 3
                and paragraph.word(k - 2) in NEGATIONS
                and (k - 2 == first or paragraph.word(k - 3) in COMMAS)
            )
            if not (clause_start or after_verb):
                continue
            word = paragraph.word(k)
            category = self.speakers.category(word)
            if (
                word.startswith("و")
                and category
                and self.speakers.category(word[1:])  # (و the conjunction: not وزارة، وكالة)
                and word not in self.speakers.given_names
                and not (k == first and self.speakers.listed_as_written(word))
            ):
                # "…، ونادي الأسير": a second member of a list, not a subject; a sentence may
                # open with a word listed as it is written (وسائل إعلام إسرائيلية تتحدث…، وتشير)
                continue
            if self.speakers.governed(word):
                continue  # «ووفقاً لشهود عيان حضروا…، فقد اعترف»: a preposition's object
            if (
                k - 1 in (first, opener)
                # (a verb of no saying, whose subject goes on: not وعلمت "الوطن" أن الوزير أصدر…،
                # شدد فيه, the words another's)
                and self._cue_form_at(paragraph, k - 1) is None
                and self._verb_opens_at(paragraph, k - 1, cue.form.agreement)
                and (quoted := self._quoted_body_after_verb(paragraph, k))
            ):
                return self._entity(paragraph, quoted)  # (وأصدر "المجلس الوطني" الكردي بياناً قال فيه…)
            if (found := self._country_of_first_verb(paragraph, cue, first, opener, k)) is not None:
                return found
            if category in SOURCE_HEADS or category == "statement" or self.registry.find_by_word(word):
                # a person by name anywhere; a body, outlet, group, title or document only as the
                # subject of the sentence's first verb (وانتقد المتحدث غياب…، وأضاف) or before it
                # (محكمة العدل الدولية تصدر…، مؤكدةً)
                first_verb = (
                    k == first
                    or k - 1 in (first, opener)
                    and paragraph.word(first) not in TOPIC_OPENERS
                    # (a subheading the scraper glued on: «استغلال الأمهات وأضاف:», a verbal noun
                    # and its genitive, no verb and its subject)
                    and not verbal_noun_shaped(paragraph.word(k - 1))
                )
                # (بلهجة حادة، نددت صحيفة هآرتس…، ووصفته: the first verb after an opening adverbial,
                # its subject kept to what surely is one)
                after_opener = (
                    not first_verb
                    and k - 1 == self._after_opener(paragraph, first, cue.token) > first
                    and (
                        self._cue_form_at(paragraph, k - 1) is not None
                        or self._verb_opens_at(paragraph, k - 1, cue.form.agreement)
                    )
                )
                # (وعقب المباراة زار رئيس البعثة…، وقال: a time before the verb, no comma after it)
                after_time = not first_verb and k - 1 == time_verb > first
                first_verb = first_verb or after_opener or after_time
                if not first_verb and category in ("organization", "media", "anonymous", "statement"):
                    continue  # no person's name starts here (read no further: speed)
                if category == "statement" and not self._document_speaks(paragraph, k, first, cue):
                    continue
                verb = self._cue_form_at(paragraph, k - 1) if k > first else None
                if verb is not None:
                    # (its own verb's preposition ends the subject: نددت صحيفة هآرتس | بإجازة…)
                    phrase, _ = PhraseReader(paragraph.tokens, self.registry, verb.prepositions).read(
                        k, cue.token
                    )
                else:
                    phrase, _ = reader.read(k, cue.token)
                if after_opener:
                    phrase = self._subject_without_object(paragraph, phrase)
                if phrase is None:
                    continue
                if (
                    after_time
                    and paragraph.word(first) in TIME_CONJUNCTIONS
                    and not (phrase.name or phrase.kind in (ORGANIZATION, MEDIA))
                ):
                    continue  # (حينما يفرد الكاتب للمكتبة…: a title alone in a clause of time)
                phrase = self._people_before_their_object(paragraph, phrase)
                if not phrase.name and paragraph.word(phrase.start - 1) in ONE_OF:
                    phrase = replace(phrase, start=phrase.start - 1)  # (أحد الأطباء…: one of them)
                phrase = self._before_summary_verb(paragraph, phrase)
                if phrase.kind == "statement":
                    # (تناول تقرير نشرته صحيفة X التحديات…، وأكد أن…: its issuer, when named)
                    owner = self._statement_owner(paragraph, phrase, named=True)
                    if owner is not None:
                        return owner
                    continue
                if (
                    phrase.name
                    or first_verb
                    and category not in ("given", "honorific")
                    and content_words(paragraph.word(i) for i in range(phrase.start, phrase.end))
                ):
                    entity = self._entity(paragraph, phrase)
                    # (…سيبدأ نتنياهو…، في حين هددت المعارضة…: a verb of another gender than the
                    # person's has another subject, none read here; a body's verb may agree
                    # with its statement: المحكمة تصدر قراراً يأمر…; a dual's shape is also a
                    # noun's: أصدر أوباما أمراً بأن…)
                    if (
                        entity is not None
                        and entity.kind == PERSON
                        and cue.form.agreement in (MASCULINE, FEMININE)
                        and not agrees(cue.form.agreement, entity)
                    ):
                        return None
                    return entity
        return None

    def _people_before_their_object(self, paragraph: _Paragraph, phrase: NounPhrase) -> NounPhrase:
        """«ورفض المسؤولون | الخطة الأميركية، واعتبروها…»: a definite plural of people takes no
        genitive, so a definite word after it that describes no people (no adjective of
        relation, no plural ending, not in `people_adjectives`) is its verb's object, and the
        group alone speaks. Not «المسؤولون الإسرائيليون»، «المسؤولون الكبار»."""
        group = paragraph.word(phrase.start)
        if phrase.kind != ANONYMOUS or not (group.startswith("ال") and group.endswith(("ون", "ين"))):
            return phrase
        for k in range(phrase.start + 1, phrase.end):
            word = paragraph.word(k)
            if not word.startswith("ال"):
                return phrase
            if not (
                word.endswith(("ون", "ين", "ات"))
                or self.speakers.category(word) not in ("", "organization", "media", "statement")
                or word in self.speakers.people_adjectives
                or qualifier_shaped(word)
            ):
                return NounPhrase(phrase.start, k, None, ANONYMOUS)
        return phrase

    def _quoted_body_after_verb(self, paragraph: _Paragraph, k: int) -> NounPhrase | None:
        """A body's name in quotation marks opening at token k, headed by a body's or an
        outlet's head, with the adjectives of relation after its closing mark (أصدر "المجلس
        الوطني" الكردي بياناً…): the subject of the verb before it."""
        span = paragraph.span_opening_at(paragraph.tokens[k].start)
        if span is None or self.speakers.category(paragraph.word(k + 1)) not in ("organization", "media"):
            return None
        if len(paragraph.match.text[span.open + 1 : span.close].split()) > QUOTED_BODY_WORDS:
            return None
        end = paragraph.first_token_at(span.close) + 1
        while self.speakers.category(paragraph.word(end)) == "nisba":
            end += 1
        return NounPhrase(k, end, None, ORGANIZATION)  # (its marks kept, both: "المجلس الوطني" الكردي)

    def _country_of_first_verb(
        self, paragraph: _Paragraph, cue: _Cue, first: int, opener: int, k: int
    ) -> Entity | None:
        """A country or its capital right after the feminine verb that opens the sentence, as
        its subject, speaks in a later feminine verb of it (ونشرت مانيلا السفينة…، وقالت إنّ…،
        واستدعت طهران السفير…، وأكدت أنّ…)."""
        if (
            self.speakers.category(paragraph.word(k)) != "place"
            or cue.form.agreement != FEMININE
            or k - 1 not in (first, opener)
            or paragraph.word(first) in TOPIC_OPENERS
            or not self._verb_opens_at(paragraph, k - 1, FEMININE)
        ):
            return None
        phrase, _ = PhraseReader(paragraph.tokens, self.registry).read(k, cue.token)
        if phrase is None or phrase.kind != ORGANIZATION:
            return None
        return self._entity(paragraph, phrase)

    def _document_speaks(self, paragraph: _Paragraph, k: int, first: int, cue: _Cue) -> bool:
        """The document at token k is the subject of the verb before it and the later verb,
        opening a clause of its own, agrees with it (تناول تقرير نشرته صحيفة X التحديات…، وأكد
        أنّ…). Only an indefinite document, named by who issued it further on: a definite one
        after a verb is as often its object (ورفض تقرير الأمم المتحدة…، وأكد: the speaker is
        whoever rejected it). Not a preposition's noun (بعد إعلان البيت الأبيض…), nor a poll
        whose content holds the people of a later verb (وأظهر الاستطلاع أنّ… المستطلعين قالوا
        إنّ…، وقال 26% إنه…), nor its own genitive (استطلاع رأي: no verb رأى)."""
        written = paragraph.original(paragraph.tokens[k].start, paragraph.tokens[k].end)
        gender = FEMININE if written.endswith("ة") else MASCULINE
        return (
            k > first
            and not paragraph.word(k).startswith("ال")
            and self.speakers.category(paragraph.word(k + 1)) not in SOURCE_HEADS
            and cue.form.agreement in ("", gender)
            and (cue.clitic > 0 or paragraph.word(cue.token - 1) in COMMAS)
            and not paragraph.word(cue.token + 1)[:1].isdigit()
            and (
                self._cue_form_at(paragraph, k - 1) is not None
                or self._verb_opens_at(paragraph, k - 1, gender)
            )
        )

    def _before_summary_verb(self, paragraph: _Paragraph, phrase: NounPhrase) -> NounPhrase:
        """A summary line's subject ends where its verb begins (وفد حكومي عراقي | يزور تركيا،
        ويحذّر…): an unknown word of an imperfect's shape right after an adjective of relation
        or a place, which end a noun phrase."""
        names = gazetteer().name_words
        for k in range(phrase.start + 1, phrase.end):
            word = paragraph.word(k)
            if (
                word[:1] in "يت"
                and len(word) >= 4
                and self.speakers.category(word) == ""
                and word not in names
                and self.speakers.category(paragraph.word(k - 1)) in ("nisba", "place")
                and (phrase.name is None or phrase.name[1] <= k)
            ):
                return replace(phrase, end=k)
        return phrase

    def _subject_before_comma(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """Summary lines name their speaker first: "مسؤول أميركي كبير، يقول إنه…",
        "…، المستشار الإعلامي لحركة حماس ينفي…"."""
        end = cue.token - 1 if paragraph.word(cue.token - 1) in COMMAS else cue.token
        start, floor = end - 1, max(first, end - SUBJECT_WINDOW)
        while start > floor and paragraph.word(start - 1) not in COMMAS:
            start -= 1
        opening = paragraph.word(start)
        if (
            start >= end
            or (
                self.speakers.category(opening)
                not in ("anonymous", "title", "organization", "media", "given", "honorific")
                and self.registry.find_by_word(opening) is None
            )
            or opening in TIME_WORDS
            or opening[:1] in "وف"
            and opening[1:] in TIME_WORDS
        ):
            # (asked first: most words before a comma head no source; «واليوم، حذّر…» opens with
            # a time, though a newspaper is called اليوم)
            return None
        reader = PhraseReader(paragraph.tokens, self.registry)
        phrase, stop = reader.read(start, end)
        if phrase is None or stop < end or phrase.kind == "statement":
            return None
        return self._entity(paragraph, self._before_summary_verb(paragraph, phrase))

    def _occasion_speaker(self, paragraph: _Paragraph, cue: _Cue, first: int) -> Entity | None:
        """The occasion of a statement whose speaker it names behind ل, set off by a comma before
        a verb with no subject: «وفي مؤتمر صحفي للمتحدث باسم الخارجية ماجد الأنصاري، قال إن…»،
        «وفي بيان لوزارة الخارجية، قالت إن…»، «ورد هذا في تصريح لنافي بيلاي …، في مقابلة لها مع
        صحيفة غارديان، أوضحت فيها أن…». Not an outlet behind ل (في حديث للجزيرة نت: spoken to)."""
        if paragraph.word(cue.token - 1) not in COMMAS:
            return None  # (the occasion set off, the verb right after it)
        for opener in paragraph.positions_between(OCCASION_OPENERS, first, cue.token - 2):
            if self.speakers.category(paragraph.word(opener + 1)) != "statement":
                continue  # (a statement's noun: not «في حين أنّ لوزون…»)
            comma = next((j for j in range(opener + 2, cue.token) if paragraph.word(j) in COMMAS), None)
            if comma is None:
                continue
            for k in range(opener + 2, min(opener + 2 + OCCASION_WORDS, comma)):
                word = paragraph.word(k)
                if not word.startswith("ل") or word.startswith("ال"):
                    continue
                # (the speaker, perhaps with a title after the name, up to the comma)
                found, _ = self._stripped_phrase(paragraph, k, 1, limit=comma)
                if found is None or found.kind == MEDIA:
                    break
                return found if agrees(cue.form.agreement, found) else None
        return None

    def _token_span(self, paragraph: _Paragraph, start: int, end: int) -> tuple[int, int]:
        return paragraph.to_article(paragraph.tokens[start].start, paragraph.tokens[end - 1].end)

    # ---------------------------------------------------------------- content
    def _figures_noun(self, word: str) -> bool:
        """Figures or a statement, behind an attribution's ل too (للأرقام، البيانات، التقرير):
        what a source published."""
        bare = "ال" + word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else word
        return strip_article(bare) in ATTRIBUTION_FIGURES or self.speakers.category(bare) == "statement"

    def _verb_with_object(self, word: str) -> CueForm | None:
        """A cue, also with the object pronoun that «ما» leaves on it (أكده، ذكرته، أعلنها)."""
        for suffix in ("", "ه", "ها", "هم"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                form = self.lexicon.lookup(word[: len(word) - len(suffix)] if suffix else word)
                if form is not None:
                    return form
        return None

    def _quotation_pointed_back_to(
        self, paragraph: _Paragraph, cue: _Cue, first: int
    ) -> tuple[int, int, str] | None:
        """A quotation the words after it point back to as the cue's: «"…"، هذا ما قاله
        الوزير»، «"…" ذلك ما أكده رئيس البعثة في بيان». A demonstrative and «ما» stand right
        before the verb, which carries the object pronoun «ما» leaves on it (`_points_back`),
        and the quotation's closing mark right before them, a comma perhaps between. Nothing
        with no quotation before it (…، وهذا ما أكده وجوده: what the sentence showed)."""
        quotation = self._quotation_before_pointer(paragraph, cue.token - 2)
        if quotation is None or quotation[0] < paragraph.tokens[first].start:
            return None
        return self._finish_content(paragraph, *quotation)

    @staticmethod
    def _quotation_closes_before(paragraph: _Paragraph, cue: _Cue) -> bool:
        """A quotation closes right before the comma before the cue («"…"، أضاف.»)."""
        comma = cue.token - 1
        return (
            paragraph.word(comma) in COMMAS
            and paragraph.quote_ending_before(paragraph.tokens[comma].start) is not None
        )

    def _own_complementizer_after(self, paragraph: _Paragraph, after: int, last: int) -> bool:
        """An أنّ after the subject, before any other cue: the cue's content follows it («…"،
        كما شدد البيان الذي تلاه الأمين العام أن المجلس "…"», not the quotation before)."""
        for k in range(after, last):
            word = paragraph.word(k)
            if word in SENTENCE_ENDS or self._cue_form_at(paragraph, k) is not None:
                return False
            if word in self.lexicon.complementizers:
                return True
        return False

    @staticmethod
    def _words_in(paragraph: _Paragraph, span: QuoteSpan) -> int:
        return len(paragraph.match.text[span.open : span.close].split())

    def _reported_words_between(self, paragraph: _Paragraph, first: int, last: int) -> bool:
        """Tokens first … last hold what a cue could report: a complementizer, a colon or a
        quotation (…، قال الوزير إنّ…، قال الوزير في بيانه: «…»)."""
        return any(
            complementizer(paragraph.word(k))
            or paragraph.word(k) == ":"
            or (paragraph.word(k), paragraph.word(k + 1)) in self.lexicon.prep_complementizers
            or paragraph.span_opening_at(paragraph.tokens[k].start) is not None
            for k in range(first, min(last, len(paragraph.tokens)))
        )

    def _content_before(
        self, paragraph: _Paragraph, cue: _Cue, first: int, after: int, last: int
    ) -> tuple[int, int, str] | None:
        """A cue set after its words: «"الوضع خطير"، قال الوزير.», «…، كما ذكر السيد الحوثي، وقد…»,
        «…، كما تابع الحوثي.». The cue follows a comma (or كما after one), and nothing it could
        report follows its subject: the words before it, from the sentence start, are the
        content (a quotation among them that ends at the comma, alone)."""
        # (a form that is also a noun: بين; a verb with its object, بينهم — but the pronoun of a
        # verb that judges what it names is the words before: "…"، كما وصفتها الوزارة)
        with_object = paragraph.word(cue.token)[cue.clitic :] != cue.form.form
        if cue.form.needs_complementizer or with_object and not cue.form.judges:
            return None
        j = cue.token - 1
        kama = paragraph.word(j) == "كما"
        j -= kama
        # («"…"، هكذا قال الوزير.»: words pointing to the words before the cue, as كما does)
        if not kama:
            j -= _pointer_before(paragraph, j + 1)
        # («"…" أضاف عمرو.»، «"…" كما قالت مراسلة الجزيرة.»: a quotation closing right before
        # the cue or its كما, no comma between)
        closed = paragraph.quote_ending_before(paragraph.tokens[j + 1].start)
        if (
            j > first
            and closed is not None
            and closed.open >= paragraph.tokens[first].start
            # (after كما, words said, no term in scare quotes: وفعلوا "الأمر نفسه" كما قال…)
            and (
                not kama
                or len(paragraph.match.text[closed.open + 1 : closed.close].split()) > SCARE_QUOTE_WORDS
            )
        ):
            j += 1
        elif j <= first or paragraph.word(j) not in COMMAS:
            return None
        # («"…"، قال الوزير في مؤتمر صحفي.»، «…، قالت للجزيرة نت أمس.»: the occasion, the outlet
        # spoken to or the time after the subject end nothing the cue could report)
        reader = PhraseReader(paragraph.tokens, self.registry)
        past = after
        for _ in range(MAX_INTERPOSED):
            word = paragraph.word(past)
            if word in TIME_WORDS or word in SITE_NAME_ENDINGS:
                past += 1  # (أمس؛ للجزيرة | نت: the outlet's site, its outlet read with the subject)
            elif word.startswith("ل") and not word.startswith("ال") and len(word) > 3:
                # the people or outlet spoken to (للصحفيين، للجزيرة نت، لوكالة رويترز)
                bare = "ال" + word[2:] if word.startswith("لل") else word[1:]
                if self.speakers.is_people(bare):
                    past += 1
                    continue
                spoken_to, stop = self._stripped_phrase(paragraph, past, 1)
                if spoken_to is None:
                    break
                past = stop + (paragraph.word(stop) in SITE_NAME_ENDINGS)
            elif (moved := self._past_interposed(paragraph, reader, past)) > past:
                past = moved
            else:
                break
        if (
            past >= last
            or paragraph.word(past) in SENTENCE_ENDS
            or paragraph.word(past) in COMMAS
            and paragraph.word(past + 1) in SPEAKER_PRONOUNS
        ):
            after = past
        # («"…"، تقول سعاد محمد، وهي أم لخمسة أطفال.»: a clause that describes the speaker)
        describes_speaker = paragraph.word(after) in COMMAS and paragraph.word(after + 1) in SPEAKER_PRONOUNS
        start = paragraph.tokens[first].start
        comma = paragraph.tokens[j].start
        span = paragraph.quote_ending_before(comma)
        quoted = span is not None and span.open >= start
        # (a quotation that is the whole sentence before its cue is speech however short, and
        # an occasion after its subject cannot take its place: «"أنا متفائل"، قال اللاعب عقب
        # المباراة.»; inside running text a short quotation is a name or a term)
        whole = span is not None and span.open == start
        if (
            kama
            and span is not None
            and quoted
            and (whole or self._words_in(paragraph, span) >= SCARE_QUOTE_WORDS)
            and not self._own_complementizer_after(paragraph, after, last)
        ):
            # («…، "فمن يحمل الجنسية لا يُصلى عليه"، كما قال الشيخ أبو حسين، من سكان الجولان.»:
            # the quotation كما points back to is the content, whatever follows its subject)
            return self._finish_content(paragraph, span.open, comma)
        if (
            after < last
            and paragraph.word(after) not in SENTENCE_ENDS
            and not describes_speaker
            and not (whole and not self._reported_words_between(paragraph, after, last))
        ):
            if paragraph.word(after) not in COMMAS or not kama:
                return None
            following = paragraph.word(after + 1)
            if (
                following in self.lexicon.complementizers
                or following == ":"
                or (following, paragraph.word(after + 2)) in self.lexicon.prep_complementizers
                or paragraph.span_opening_at(paragraph.tokens[after + 1].start) is not None
                and self.lexicon.lookup(paragraph.word(after + 2)) is None
            ):
                return None  # «، قال مسؤول، إن…»: the content follows
        following = paragraph.word(after + 1) if paragraph.word(after) in COMMAS else ""
        if kama and following and not following.startswith(("و", "ف")) and following not in PARTICLES:
            # «…قد رفض، كما أكدت الصحيفة، عروضاً…»: set inside the sentence, it covers all of it
            return self._finish_content(paragraph, start, self._content_end(paragraph, last, last))
        words_quoted = self._words_in(paragraph, span) if span is not None and quoted else 0
        if span is not None and (whole or words_quoted >= SCARE_QUOTE_WORDS):
            start = span.open
            if whole:
                return self._finish_content(paragraph, start, comma)
        elif (not kama and not self._ends_inverted_attribution(paragraph, first, j, after, last)) or any(
            self.lexicon.lookup(paragraph.word(k)) and paragraph.word(k - 1) not in RELATIVES
            for k in range(max(first, j - SUBJECT_WINDOW), j)
        ):
            # «وخلال الساعات الأخيرة، أفادت…»: an adverbial before the cue, no content;
            # «عبّر مسؤولون، كما تابع الحوثي، عن…»: the words before are another cue's (not a
            # relative clause's: …المخاوف التي تحدّث عنها الجيش، كما يقول خبراء.)
            return None
        if len(paragraph.match.text[start:comma].split()) < MIN_CONTENT_BEFORE:
            return None
        return self._finish_content(paragraph, start, comma)

    @staticmethod
    def _ends_inverted_attribution(
        paragraph: _Paragraph, first: int, comma: int, after: int, last: int
    ) -> bool:
        """The cue and its subject close the sentence after a comma, behind a clause long enough
        to be what they report (…تهديداً إستراتيجياً كبيراً، تقول الصحيفة الإسرائيلية.): the
        style of translated news, the attribution last."""
        return (
            after >= last or paragraph.word(after) in SENTENCE_ENDS
        ) and comma - first >= INVERTED_CONTENT_WORDS

    def _content(
        self, paragraph: _Paragraph, form: CueForm, start: int, limit: int, last: int, named: bool = False
    ) -> tuple[int, int, str] | None:
        """Normalized span and kind of what the cue reports (`named`: a source named between
        the cue and `start`)."""
        tokens = paragraph.tokens
        # (…موقف بلاده، في وقتٍ تواصل هجومها، على القطاع: the narrator's gloss ends the words
        # reported, and no preposition after it is the verb's)
        commas = paragraph.positions_between(COMMA_SET, start + 1, limit)
        limit = next((k for k in commas if _narrator_gloss_at(paragraph, k)), limit)
        end_char = self._content_end(paragraph, limit, last)
        if form.objects or "described" in form.takes and (named or not form.needs_complementizer):
            # (a verb that reports only with its listed objects reports no أنّ-clause either:
            # «تتبنى الجماعة أن الجهاد…» is a belief adopted, not a statement)
            return self._object_content(paragraph, start, limit, end_char, form.objects, form.not_objects)
        chunk_start, k = True, start
        preps = form.prepositions
        # (قال الوزير | للجزيرة نت | نحن لن نسمح…: the outlet spoken to, then words in his voice)
        own_voice_from = self._past_outlet_spoken_to(paragraph, start) if named else start
        while k < limit and k - start < 45:
            word = paragraph.word(k)
            if (
                k == start
                and word in COMMAS
                and paragraph.word(k + 1) in RELATIVES
                and (close := self._apposition_close(paragraph, k, with_relative=True, with_verbs=True))
                is not None
            ):
                k = close + 1  # (وأكد المسؤول، الذي طلب عدم ذكر اسمه، أنّ…: the source described)
                chunk_start = True
                continue
            pair = (word, paragraph.word(k + 1))
            if pair in self.lexicon.prep_complementizers:
                return self._finish_content(paragraph, tokens[k + 1].end, end_char)
            if word in self.lexicon.complementizers and paragraph.word(k - 1) not in CONJUNCTIONS_BEFORE_AN:
                return self._finish_content(paragraph, tokens[k].end, end_char)
            if k > start and "object" in form.takes and self._cue_form_at(paragraph, k) is not None:
                break  # (ويعزو الكاتب الهجوم إلى مواقفه، لأنه قال إن…: that أنّ is the other verb's)
            if word == ":":
                return self._finish_content(paragraph, tokens[k].end, end_char)
            span = paragraph.span_opening_at(tokens[k].start)
            if span is not None:
                inner = paragraph.match.text[span.open + 1 : span.close]
                # (not an outlet's name after its head: خلال لقاء مع شبكة "سي بي أس نيوز" | إنّ…)
                head = paragraph.word(k - 1)
                named_outlet = (head[1:] if head[:1] in "لبو" else head) in self.speakers.outlet_heads
                if (len(inner.split()) >= SCARE_QUOTE_WORDS or chunk_start) and not named_outlet:
                    return self._finish_content(paragraph, tokens[k].start, end_char)
                k = paragraph.first_token_at(span.close + 1)
                chunk_start = False
                continue
            if named and k in (start, own_voice_from) and not form.takes and in_own_voice(word):
                return self._finish_content(paragraph, tokens[k].start, end_char)
            if chunk_start and word in CONTENT_ADVERBS:
                k += 1  # (وتطالب نيوزيلندا خصوصاً | بإمكانيات…)
                continue
            if chunk_start and word in self.lexicon.via_forms and self._medium_at(paragraph, k + 1):
                k = self._past_medium(paragraph, k + 1)  # (وأعرب الوزير عبر «عكاظ» | عن شكره)
                continue
            if (
                k == start
                and word in OBJECT_DEMONSTRATIVES
                and _opens_with(paragraph.word(k + 1), preps, paragraph.word(k + 2))
            ):
                k += 1  # (معللاً ذلك | بضرورة أن…: the demonstrative its object, the reason after it)
                continue
            if (
                chunk_start
                and (not form.needs_complementizer or named and k == start)
                and _opens_with(word, preps, paragraph.word(k + 1))
            ):
                # (أكد الوزير إطلاق النار، أمس الأحد، على القافلة: the object the verb took
                # first, its preposition after an interposed time its own)
                object_start = start + (paragraph.word(start) in COMMAS)
                if (
                    named
                    and k > object_start
                    and "object" in form.takes
                    and self._verbal_noun_object_at(paragraph, object_start)
                ):
                    return self._object_content(
                        paragraph, object_start, limit, end_char, form.objects, form.not_objects
                    )
                return self._finish_content(paragraph, tokens[k].start, end_char)
            if k == start and "object" in form.addressee and not form.needs_complementizer:
                asked = self._asked_after_object(paragraph, start, limit, preps)
                if asked is not None:
                    return self._finish_content(paragraph, tokens[asked].start, end_char)
            chunk_start = word in COMMAS
            k += 1
        if "object" in form.takes and not form.needs_complementizer:
            return self._object_content(paragraph, start, limit, end_char, form.objects, form.not_objects)
        # A governed preposition after an object (أمرت المحكمة الاحتلال بوقف…، دعت روسيا
        # الجانبين لضبط النفس).
        for k in range(start, min(limit, start + 25)):
            word = paragraph.word(k)
            if paragraph.inside_quote(tokens[k].start) or form.needs_complementizer:
                break
            if _opens_with(word, preps):
                return self._finish_content(paragraph, tokens[k].start, end_char)
        return None

    def _past_outlet_spoken_to(self, paragraph: _Paragraph, k: int) -> int:
        """The token after the outlet spoken to at token k (للجزيرة نت، لصحيفة "الغارديان",
        لـ"سبق"); k itself when none is there."""
        word = paragraph.word(k)
        if word in SITE_NAME_ENDINGS:
            return k + 1  # (the outlet read with the subject, its site's name left: للجزيرة | نت)
        if word == "ل" and paragraph.word(k + 1) in PAIRS:
            close = next(
                (j for j in range(k + 2, min(k + 6, len(paragraph.tokens))) if paragraph.word(j) in PAIRS),
                None,
            )
            return k if close is None else close + 1  # (لــ "سبق": the outlet's name in quotation marks)
        if not (word.startswith("ل") and not word.startswith("ال") and self._outlet_after_lam(paragraph, k)):
            return k
        found, stop = self._stripped_phrase(paragraph, k, 1)
        if found is None or found.kind != MEDIA:
            return k
        return stop + (paragraph.word(stop) in SITE_NAME_ENDINGS)

    @staticmethod
    def _verbal_noun_object_at(paragraph: _Paragraph, i: int) -> bool:
        """Token i, right after the subject, is a derived verb's verbal noun (إطلاق، استهداف،
        مواصلة): the verb's object, whatever preposition comes later."""
        return verbal_noun_shaped(strip_article(paragraph.word(i)))

    def _asked_after_object(self, paragraph: _Paragraph, start: int, limit: int, preps) -> int | None:
        """What the one asked is asked for: the verb's preposition after a short object with no
        preposition of its own (وطالبت الحركة المجتمع الدولي | بضرورة…، دعت الوزارة المواطنين |
        للتوجه…) — the words in quotation marks after a preposition standing apart (دعا X إلى
        «…»). None where a word behind another preposition comes first (عقب الإدلاء بصوته،
        المعنية بمسائل…: no object of the verb), or أنّ follows (حذّر الأطباء من أنهم…: the
        caller reads on to it)."""
        for k in range(start + 1, min(limit, start + ADDRESSEE_OBJECT_WORDS + 1)):
            word = paragraph.word(k)
            if word in COMMAS or paragraph.inside_quote(paragraph.tokens[k].start):
                return None
            if not _opens_with(word, preps | ASIDE_PREPOSITIONS | CLITIC_PREPOSITIONS):
                continue
            if not _asks_for(word, preps):
                return None
            if word in preps and k + 1 < limit:
                following = paragraph.word(k + 1)
                if complementizer(following) or (word, following) in self.lexicon.prep_complementizers:
                    return None
                if paragraph.span_opening_at(paragraph.tokens[k + 1].start) is not None:
                    return k + 1
            return k
        return None

    def _object_content(
        self,
        paragraph: _Paragraph,
        start: int,
        limit: int,
        end_char: int,
        objects: frozenset[str] = frozenset(),
        not_objects: frozenset[str] = frozenset(),
    ) -> tuple[int, int, str] | None:
        """The object of أكد/أعلن: the first phrase after the adverbials (في نهاية القمة، أمام…);
        with `objects`, only one that opens with one of those nouns (تبنّت الكتائب قصف…); none
        that opens with one of `not_objects`."""
        reader = PhraseReader(paragraph.tokens, self.registry)
        k = start
        while k < limit:
            if paragraph.word(k) in COMMAS:
                k += 1
                continue
            if (past := reader.time_span_end(k)) > k:
                k = past  # (أعلنت الهيئة في أيار/مايو 2022 | استخراج…)
                continue
            if paragraph.word(k) in OBJECT_ADVERBIAL_OPENERS and adverbial_noun_with_pronoun(
                paragraph.word(k + 1)
            ):
                k += 2  # انتقدت الصحيفة في افتتاحيتها | مشروع القانون…
                while paragraph.word(k).startswith("ال") and paragraph.word(k).endswith(("ي", "يه", "ه")):
                    k += 1  # (its adjectives: في كلمتها المتلفزة)
                continue
            if paragraph.word(k) in self.lexicon.via_forms and self._medium_at(paragraph, k + 1):
                k = self._past_medium(paragraph, k + 1)  # (أعلن الوزير عبر حسابه في تويتر | إطلاق…)
                continue
            if paragraph.word(k) == "ل" and (end := reader.quoted_name_end(k + 1)):
                k = end  # (وأكد سالم باعجاجة لـ"الوطن" أمس، | دعم…: the outlet spoken to)
                continue
            if (
                paragraph.word(k) in MEDIUM_PREPOSITIONS
                and self._medium_at(paragraph, k + 1)
                and not adverbial_noun(paragraph.word(k + 1))  # (في رسالة للكونغرس: an occasion)
            ):
                # (في مداخلة له على الجوهرة | …، في حسابه في "تويتر" | إحراق…: where it was said)
                k = self._past_medium(paragraph, k + 1)
                continue
            if reader.adverbial_at(k) or paragraph.word(k) in OBJECT_ADVERBIAL_OPENERS:
                comma = self._next_comma(paragraph, k, limit)
                if comma >= limit and paragraph.word(k) in TIME_WORDS:
                    k += 1  # (no comma closes it: a time alone — …على الجوهرة صباح اليوم | إنهاء…)
                    continue
                # a phrase up to a comma (خلال…،), else the opener and its noun (خلال حديثه) or
                # a word alone (أيضاً)
                k = comma if comma - k <= 8 else k + 1 + (paragraph.word(k) in OBJECT_ADVERBIAL_OPENERS)
                while paragraph.word(k) in RESUMPTIVES or occasion_adjective(paragraph.word(k)):
                    k += 1  # (في بيان رسمي لها | القضاء على…: the statement's adjective and owner)
                continue
            if reader.is_name_start(k):
                end = reader.name_run(k, limit)
                if (
                    paragraph.word(end) in COMMAS
                    and end - k <= 3
                    # (a name or a place set off by commas — not common words: نفى المتحدث
                    # وجود مفاوضات، …, the object itself)
                    and (
                        paragraph.word(k) in name_grammar().place_nouns  # (جنوب أفريقيا، …)
                        or not all(
                            gazetteer().is_common(paragraph.word(w))
                            and self.speakers.category(paragraph.word(w)) == ""
                            for w in range(k, end)
                        )
                    )
                ):
                    k = end + 1
                    continue
            if paragraph.tokens[k].start >= end_char:
                return None
            if objects and strip_article(paragraph.word(k)) not in objects:
                return None
            if strip_article(paragraph.word(k)) in not_objects:
                return None  # (أعلنت الكتائب معركة "طوفان الأقصى": an act, no words)
            return self._finish_content(paragraph, paragraph.tokens[k].start, end_char)
        return None

    @staticmethod
    def _next_comma(paragraph: _Paragraph, k: int, limit: int) -> int:
        while k < limit and paragraph.word(k) not in COMMAS:
            k += 1
        return k

    def _content_end(self, paragraph: _Paragraph, limit: int, last: int) -> int:
        """Character end of the content: the sentence end, or the next clause's cue."""
        if limit < last:
            k = limit - 1
            while k > 0 and (
                paragraph.particle_at(k)
                or _negation(paragraph.word(k))
                or paragraph.word(k) in COMMAS
                or paragraph.word(k) in RELATIVES
                # (…، إلا | أنّ مصادر أكدت: not «بعد» «yet» ending the words)
                or paragraph.word(k) in CONJUNCTIONS_BEFORE_AN
                and complementizer(paragraph.word(k + 1))
                or self._pronoun_subject_at(paragraph, k)
                # (…، ومن | جهته أكّد: the preposition of the adverbial)
                or paragraph.word(k) in ("من", "ومن")
                and self._pronoun_subject_at(paragraph, k + 1)
            ):
                k -= 1
            return paragraph.tokens[k].end
        if last < len(paragraph.tokens):
            return paragraph.tokens[last].start
        return len(paragraph.match.text)

    def _finish_content(
        self, paragraph: _Paragraph, start: int, end: int, own: int | None = None
    ) -> tuple[int, int, str] | None:
        """Character span and kind of the content from `start` to `end`, trimmed (`own`: the
        token of the attribution whose content this is, which stays in it)."""
        text = paragraph.match.text
        first = paragraph.first_token_at(start)
        if paragraph.word(first) in self.lexicon.impersonal and complementizer(paragraph.word(first + 1)):
            # «يُذكر أنّه، منذ بداية المعركة…، بحسب ما أعلن الجيش»: the narrator's words are no
            # part of what the source said
            first += 1
            start = paragraph.tokens[first].end
        # Drop a trailing attribution to the speaker (، على حد قوله) or to a source (، بحسب X);
        # one set off inside a clause (، ويكمن التحدي، بحسب المقال، في…) takes its clause.
        for k in paragraph.positions_between(self.lexicon.trailing_openers, first, len(paragraph.tokens)):
            token = paragraph.tokens[k]
            if token.start >= end:
                break
            if k == own or paragraph.inside_quote(token.start):
                continue
            if self._closing_self_attribution(paragraph, k):
                end = token.start
                break
            if (
                any(paragraph.word(i) not in COMMAS for i in range(first, k))  # (إنّه، وفقاً لـ…، فإنّ)
                and paragraph.word(k - 1) in INTERJECTION_MARKS
                and (
                    self._phrase_at(paragraph, k, self.lexicon.attributions)
                    or self._glued_attribution(paragraph, k) is not None
                )
            ):
                if not self._interjected_at(paragraph, k, end):
                    end = token.start
                elif (clause := self._joined_clause_before(paragraph, first, k)) is not None:
                    end = paragraph.tokens[clause].start
                break
        if _opens_with_preposition(paragraph.word(first)):
            end = self._narration_after_comma(paragraph, first, end)
        end = self._before_concession_answer(paragraph, first, end)
        end = _before_narrator_gloss(paragraph, first, end)
        while start < end and text[start] in PUNCT_TRIM:
            start += 1
        while end > start and text[end - 1] in PUNCT_TRIM:
            end -= 1
        if end <= start:
            return None
        kind = "indirect"
        span = paragraph.span_opening_at(start)
        if span is not None and span.close >= end - 1:
            start, end, kind = start + 1, min(end, span.close), "direct"
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1] in PUNCT_TRIM:
                end -= 1
        elif not QUOTE_MARKS.isdisjoint(text[start:end]):
            kind = "mixed"
        if end <= start:
            return None
        return start, end, kind

    def _before_concession_answer(self, paragraph: _Paragraph, first: int, end: int) -> int:
        """Character end of words reported in a concessive clause (ورغم أنّ الحكومة أعلنت أنها
        ستفتح المعابر، | فإنّ شيئاً لم يتغير): where the sentence's main clause answers the
        concession after a comma; `end` when the content's sentence opens no concession."""
        if first >= len(paragraph.tokens):
            return end
        opening = paragraph.tokens[first].start
        sentence_start = next((a for a, b in paragraph.sentences if a <= opening < b), 0)
        if not any(
            self._phrase_at(paragraph, k, CONCESSIVE_OPENERS)
            for k in paragraph.positions_between(
                CONCESSIVE_OPENER_WORDS, paragraph.first_token_at(sentence_start), first
            )
        ):
            return end
        for k in range(first + 1, len(paragraph.tokens)):
            if paragraph.tokens[k].start >= end:
                break
            if paragraph.word(k) in COMMAS and self._phrase_at(paragraph, k + 1, CONCESSION_ANSWERS):
                return paragraph.tokens[k].start
        return end

    @staticmethod
    def _interjected_at(paragraph: _Paragraph, k: int, end: int) -> bool:
        """The attribution at token k is set off by a comma or dash that more of the sentence
        (not a time alone) follows before character `end` (وأسفر القصف، بحسب مصادر طبية، | عن
        استشهاد…)."""
        for j in range(k + 1, min(k + 1 + ATTRIBUTION_PHRASE_WORDS, len(paragraph.tokens))):
            word = paragraph.word(j)
            if paragraph.tokens[j].start >= end or word in SENTENCE_ENDS:
                return False
            if word in CONSEQUENCE_OPENERS or complementizer(word):
                return False  # (ووفقاً للمركز فإنّ…: the words after it are the content)
            if word in INTERJECTION_MARKS:
                after = j + 1
                if (
                    paragraph.word(k)[:1] == "و"
                    and paragraph.word(k)[1:] in _attribution_openers()
                    and _opens_answer_clause(paragraph.word(after))
                    and not _after_topic(paragraph, k)
                ):
                    # (…، وحسب المصادر الغربية، فهو كان…: joined by و, it opens a clause whose
                    # words are its; not set off inside one — لم يكن الإنذار مفاجئاً، وفقاً
                    # لمحللين، فهو أمر اعتاده السكان — nor the ف that answers أما)
                    return False
                while after < len(paragraph.tokens) and paragraph.word(after) in TIME_WORDS:
                    after += 1  # (…، بحسب ما أعلنت الوزارة، اليوم الاثنين.: a time, no more words)
                # (…، بحسب ما تؤكد هيئة الأسرى، التي تضيف…: the source described, no more words)
                return (
                    after < len(paragraph.tokens)
                    and paragraph.tokens[after].start < end
                    and paragraph.word(after) not in SENTENCE_ENDS
                    and paragraph.word(after) not in RELATIVES
                    and paragraph.word(after) not in CONSEQUENCE_OPENERS  # (…، ووفقاً لـX، فإنّ…)
                )
        return False

    @staticmethod
    def _joined_clause_before(paragraph: _Paragraph, first: int, k: int) -> int | None:
        """The comma opening a clause joined by و that runs to token k with no comma of its own
        (المهمة معقدة|، ويكمن التحدي الرئيسي، بحسب…), None when there is none (a list: درّبت
        بريطانيا، وحلفاء لها، أكثر من…)."""
        for c in range(k - 2, first, -1):
            if paragraph.word(c) in COMMAS:
                following = paragraph.word(c + 1)
                return c if following[:1] == "و" and len(following) > 2 else None
        return None

    def _narration_after_comma(self, paragraph: _Paragraph, first: int, end: int) -> int:
        """Where a verb's prepositional content ends before the narration goes on: a comma, then
        a verb with no conjunction and its own subject named after it (ففي حين دعت روسيا
        الجانبين لضبط النفس، | سارع الرئيس الأوكراني…): another sentence's, not the source's
        words (an أنّ-clause may open with an adverbial and its comma before its own verb:
        ومنذ صباح اليوم، أطلقت المقاومة…). `end` when there is none."""
        for k in paragraph.positions_between(COMMA_SET, first + 1, len(paragraph.tokens)):
            token = paragraph.tokens[k]
            if token.start >= end:
                break
            if paragraph.inside_quote(token.start):
                continue
            verb, subject = paragraph.word(k + 1), paragraph.word(k + 2)
            if (
                verb[:1] not in "وف"
                and self.speakers.category(subject) == "title"
                and subject.startswith("ال")
                and verb not in TIME_WORDS
                and any(
                    self._verb_opens_at(paragraph, k + 1, agreement) for agreement in (MASCULINE, FEMININE)
                )
            ):
                return token.start
        return end

    def _closing_self_attribution(self, paragraph: _Paragraph, k: int) -> bool:
        """A phrase pointing back to the speaker at token k that ends the content (…، على حد
        قوله، لكن…); not «كما تضيف» set between commas inside it (التقرير، كما تضيف، لم يلقَ…),
        which the sentence goes on around."""
        length = self._phrase_at(paragraph, k, self.lexicon.self_attributions)
        if not length:
            return False
        return not (
            paragraph.word(k).endswith("كما")
            and paragraph.word(k - 1) in COMMAS
            and paragraph.word(k + length) in COMMAS
            and paragraph.word(k + length + 1)[:1].isalpha()
        )

    # ---------------------------------------------------------------- other forms
    def _read_attribution(
        self, paragraph: _Paragraph, first: int, last: int, delimited: bool = False, until: int | None = None
    ) -> bool:
        """بحسب/وفق X: the sentence (or the part after the phrase) is X's. Whether it was.
        `delimited`: only a phrase that a comma or فإن separates from a content after it;
        `until`: the token where a clause of another cue opens, which ends the content."""
        if paragraph.positions_between(self.lexicon.opening_attribution_marks, first + 1, first + 3):
            opening = first + (paragraph.word(first) in PARTICLES)
            length = self._phrase_at(paragraph, opening, self.lexicon.opening_attributions)
            if length:
                return self._read_attribution_at(paragraph, first, last, opening, length, delimited, until)
        tried: int | None = None  # where an attribution to no source stood
        for k in paragraph.positions_between(_attribution_openers(), first, last):
            if paragraph.inside_quote(paragraph.tokens[k].start):
                continue
            length = self._phrase_at(paragraph, k, self.lexicon.attributions)
            if tried is not None and not (
                self._set_off_before_complementizer(paragraph, k, last)
                or self._joined_to_attribution_before(paragraph, tried, k)
                or length
                and self._verb_with_object(paragraph.word(k + length + (paragraph.word(k + length) == "ما")))
            ):
                # (after one to no source, only one that reports what أنّ opens or names its
                # verb of saying: …، طبقاً لما نشر في وسائل إعلام بريطانية، نقلاً عما قالته…)
                continue
            if self._read_pronoun_attribution(paragraph, first, last, k):
                return True
            glued = None if length else self._glued_attribution(paragraph, k)
            if glued is not None:
                length, object_token = glued
                saved = paragraph.tokens
                paragraph.tokens = saved[: k + length] + [object_token] + saved[k + length + 1 :]
                try:
                    read = self._read_attribution_at(paragraph, first, last, k, length, delimited, until)
                finally:
                    paragraph.tokens = saved
            elif length:
                read = self._read_attribution_at(paragraph, first, last, k, length, delimited, until)
            elif self._statement_in_it_at(paragraph, k):
                read = self._read_statement_in_it(paragraph, first, last, k)
            else:
                continue
            if read:
                return True
            # (an attribution to no source, a later one's: ووفقاً للوثائق…، الأمر الذي يعني، بحسب
            # الصحيفة، أنّ…)
            tried = k
        return False

    @staticmethod
    def _joined_to_attribution_before(paragraph: _Paragraph, before: int, k: int) -> bool:
        """The attribution at token k is joined by و right after the comma that closes the one
        at `before` (ووفقاً للتحقيق الصحافي، وبحسب منظمات حقوق الإنسان، فقد تدهورت…): two
        attributions of one sentence, the second's source a source when the first's is none."""
        return (
            paragraph.word(k)[:1] == "و"
            and paragraph.word(k - 1) in COMMAS
            and not any(paragraph.word(j) in COMMAS for j in range(before + 1, k - 1))
        )

    @staticmethod
    def _set_off_before_complementizer(paragraph: _Paragraph, k: int, last: int) -> bool:
        """The attribution at token k is set off by commas, and أنّ follows the second (…، بحسب
        الصحيفة، أنّ…)."""
        if paragraph.word(k - 1) not in COMMAS:
            return False
        comma = next(
            (j for j in range(k + 1, min(last, k + MAX_APPOSITION_WORDS)) if paragraph.word(j) in COMMAS),
            None,
        )
        return comma is not None and complementizer(paragraph.word(comma + 1))

    def _read_pronoun_attribution(self, paragraph: _Paragraph, first: int, last: int, k: int) -> bool:
        """«ووفقاً له، فإنّ…»، «وبحسبها، …»: an attribution opening its sentence to a pronoun is
        the source quoted last that the pronoun agrees with (له a man or a masculine body, لها
        a woman or a feminine one, لهم a group). Whether it made a quote."""
        word, following = paragraph.word(k), paragraph.word(k + 1)
        # (the و of وفقاً is its own)
        bare = word[1:] if word[:1] == "و" and not word.startswith(PRONOUN_ATTRIBUTIONS) else word
        if bare in PRONOUN_ATTRIBUTIONS and following in ATTRIBUTION_PRONOUNS:
            pronoun, length = following, 2
        else:
            stem = next(
                (a for a in PRONOUN_ATTRIBUTIONS if bare.startswith(a) and bare[len(a) :] in PRONOUN_ENDINGS),
                None,
            )
            if stem is None:
                return False
            pronoun, length = "ل" + bare[len(stem) :], 1
        begin = k + length
        set_off = self._pronoun_attribution_set_off(paragraph, first, last, k, begin)
        if not set_off:
            # (opening its sentence, a comma after it, the words after that)
            if paragraph.word(begin) not in COMMAS or not all(
                paragraph.word(i) in PARTICLES for i in range(first, k)
            ):
                return False
            while paragraph.word(begin) in COMMAS or paragraph.word(begin) in CONSEQUENCE_OPENERS:
                begin += 1
            if begin >= last:
                return False
        agreement = ATTRIBUTION_PRONOUNS[pronoun]
        since = self._window_start(paragraph.index)
        speaker = next(
            (d.entity for d in reversed(self.drafts) if d.para >= since and agrees(agreement, d.entity)), None
        )
        if speaker is None:
            return False
        cue_span = (paragraph.tokens[k].start + (word != bare), paragraph.tokens[k + length - 1].end)
        if set_off:
            # (the whole sentence: «…فحسب -وفقاً له- "بل بأمة…"», the attribution inside it; or
            # up to it where it closes the sentence)
            start = paragraph.tokens[first].start
            closing = begin >= last or paragraph.word(begin) in SENTENCE_ENDS
            end = paragraph.tokens[k - 1].start if closing else self._content_end(paragraph, last, last)
            content = self._finish_content(paragraph, start, end, own=k)
            if content is None:
                return False
            self._add_draft(paragraph, speaker, cue_span, content, "pronoun_attribution")
            self.current = speaker
            return True
        return self._add_sentence_quote(
            paragraph, speaker, cue_span, paragraph.tokens[begin].start, last, "pronoun_attribution"
        )

    @staticmethod
    def _pronoun_attribution_set_off(
        paragraph: _Paragraph, first: int, last: int, k: int, after: int
    ) -> bool:
        """The attribution to a pronoun at k, ending before token `after`, is set off inside
        or at the end of its sentence by commas or dashes, past words of the sentence (القضية لم
        تعد تتعلق بمدعية عسكرية فحسب -وفقاً له- "بل بأمة…"، …، وفقاً لها.): the sentence is
        the source's."""
        return (
            k - first >= MIN_CONTENT_BEFORE
            and (paragraph.word(k - 1) in COMMAS or paragraph.word(k - 1) in DASHES_AND_BRACKETS)
            and (
                after >= last
                or paragraph.word(after) in SENTENCE_ENDS
                or paragraph.word(after) in COMMAS
                or paragraph.word(after) in DASHES_AND_BRACKETS
                or paragraph.word(after) in (")",)
            )
        )

    def _add_sentence_quote(
        self,
        paragraph: _Paragraph,
        speaker: Entity,
        cue_span: tuple[int, int],
        start: int,
        last: int,
        rule: str,
    ) -> bool:
        """A quote of `speaker` whose words run from character `start` to the sentence's end
        (token `last`), its cue at the normalized `cue_span`, chosen by `rule`: whether it made one."""
        content = self._finish_content(paragraph, start, self._content_end(paragraph, last, last))
        if content is None:
            return False
        self._add_draft(paragraph, speaker, cue_span, content, rule)
        self.current = speaker
        return True

    def _add_draft(
        self,
        paragraph: _Paragraph,
        speaker: Entity,
        cue_span: tuple[int, int],
        content: tuple[int, int, str],
        rule: str,
    ) -> None:
        """A quote of `speaker` in `paragraph`, its cue and content at the paragraph's
        normalized character spans, chosen by `rule` (no addressee, no speaker span)."""
        begin, end, kind = content
        self.drafts.append(
            _Draft(
                paragraph.index,
                speaker,
                paragraph.to_article(*cue_span),
                kind,
                paragraph.to_article(begin, end),
                None,
                None,
                rule,
            )
        )

    def _statement_in_it_at(self, paragraph: _Paragraph, k: int) -> bool:
        word = paragraph.word(k)
        words = (word[1:] if word[:1] == "و" else word, paragraph.word(k + 1))
        return words in STATEMENT_IN_IT

    def _read_statement_in_it(self, paragraph: _Paragraph, first: int, last: int, k: int) -> bool:
        """«أصدرت وزارة الخارجية بياناً جاء فيه أنّ…»، «وفي بيان للخارجية، جاء فيه أنّ…»: the
        words after the complementizer or colon are the statement's, and its issuer speaks — named
        with it, or the subject of the verb that issued it. Whether it made a quote."""
        noun = next(
            (
                i
                for i in range(k - 1, max(first, k - STATEMENT_IN_IT_WINDOW) - 1, -1)
                if self.speakers.category(paragraph.word(i)) == "statement"
            ),
            None,
        )
        opener = k + 2
        while opener < last and paragraph.word(opener) in COMMAS:
            opener += 1
        if paragraph.word(opener) == ":" and complementizer(paragraph.word(opener + 1)):
            opener += 1  # (جاء فيه: أنّ بكين…)
        if noun is None or not (complementizer(paragraph.word(opener)) or paragraph.word(opener) == ":"):
            return False
        statement = NounPhrase(noun, noun + 1, None, "statement")
        speaker = self._statement_owner(paragraph, statement, named=True, end=k) or self._issuer_before(
            paragraph, first, noun
        )
        if speaker is None:
            return False
        cue_span = (paragraph.tokens[k].start, paragraph.tokens[k + 1].end)
        return self._add_sentence_quote(
            paragraph, speaker, cue_span, paragraph.tokens[opener].end, last, "statement_in_it"
        )

    def _read_statement_pointed_to(self, paragraph: _Paragraph, first: int, last: int) -> bool:
        """«…ارتفعت الحصيلة إلى 30 ألفاً. | وجاء ذلك في بيان لوزارة الصحة»، «…ضربة واحدة أبادت
        4 آلاف جنين. | ورد هذا في تصريح لنافي بيلاي…، أوضحت فيها أنّ…»: a sentence saying in
        whose statement the one before came makes that sentence, when it quoted no one, the
        words of the statement's issuer (whatever the pointing sentence quotes itself).
        Whether it made a quote."""
        word, demonstrative = paragraph.word(first), paragraph.word(first + 1)
        if word[:1] == "و" and (word[1:], demonstrative) in STATEMENT_POINTERS:
            word = word[1:]
        if (word, demonstrative) not in STATEMENT_POINTERS or paragraph.word(first + 2) != "في":
            return False
        noun = first + 3
        if self.speakers.category(paragraph.word(noun)) != "statement":
            return False
        # (its issuer up to the comma: ورد هذا في تصريح لنافي بيلاي الرئيسة السابقة…، في مقابلة…)
        end = self._next_comma(paragraph, noun, last)
        issuer = self._statement_owner(
            paragraph, NounPhrase(noun, noun + 1, None, "statement"), named=True, end=end
        )
        after = paragraph.word(noun + 1)
        if issuer is None and after.startswith("ل") and not after.startswith("ال"):
            found, _ = self._stripped_phrase(paragraph, noun + 1, 1, limit=end)
            issuer = found if found is not None and found.kind != MEDIA else None
        previous = self._sentence_before(paragraph, first)
        if issuer is None or previous is None:
            return False
        where, (start, end) = previous
        if any(
            draft.para == where.index and start <= draft.span[0] - where.para.start < end
            for draft in self.drafts
        ):
            return False  # (its words had a source of their own: أعلنت الوزارة أنّ…. جاء ذلك في بيان)
        content = self._finish_content(where, start, end)
        if content is None or len(where.match.text[content[0] : content[1]].split()) < MIN_CONTENT_BEFORE:
            return False
        # (its cue the pointer, or the words' first in a paragraph of their own, as a quotation
        # running on over paragraphs has)
        begin = content[0]
        cue = (
            (paragraph.tokens[first].start, paragraph.tokens[first + 1].end)
            if where is paragraph
            else (begin, where.tokens[where.first_token_at(begin)].end)
        )
        self._add_draft(where, issuer, cue, content, "statement_pointed_to")
        return True

    def _issuer_before(self, paragraph: _Paragraph, first: int, noun: int) -> Entity | None:
        """The subject of the verb that opens the clause before a statement's noun (أصدرت وزارة
        الخارجية القطرية | بياناً): the statement's issuer."""
        start = next((i + 1 for i in range(noun - 1, first - 1, -1) if paragraph.word(i) in COMMAS), first)
        verb = start + (paragraph.word(start) in PARTICLES)
        if verb + 1 >= noun or self.speakers.category(paragraph.word(verb)):
            return None
        phrase, stop = PhraseReader(paragraph.tokens, self.registry).read(verb + 1, noun, subject=True)
        if phrase is None or stop != noun or phrase.kind not in SOURCE_KINDS:
            return None
        return self._entity(paragraph, phrase)

    def _attributions_between(self, paragraph: _Paragraph, first: int, last: int) -> list[int]:
        """Where attribution phrases start between two tokens: their first word, and the rest
        of one of them (وعلى خلفية… opens no «على ما أعلن»)."""
        return [
            i
            for i in paragraph.positions_between(self.lexicon.attribution_openers, first, last)
            if any(
                # (a last ل is written on the source's word: وفقاً لـ، وفقاً له)
                all(paragraph.word(i + j) == word for j, word in enumerate(phrase[1:], 1) if word != "ل")
                for phrase in _phrases_from(paragraph.word(i), self.lexicon.attributions)
            )
        ]

    def _opens_with_attribution(self, paragraph: _Paragraph, first: int, until: int) -> bool:
        """The sentence's first words, before any clause a cue opens, are an attribution
        phrase (after particles only): وبحسب الموقع، …"""
        found = self._attributions_between(paragraph, first, until)
        return bool(found) and all(
            paragraph.word(i) in PARTICLES or paragraph.word(i) in COMMAS for i in range(first, found[0])
        )

    @staticmethod
    def _words_before_attribution(paragraph: _Paragraph, first: int, until: int) -> int:
        """Words of the clause from token `first` before its first attribution phrase (before
        `until`); 0 when it has none."""
        openers = paragraph.positions_between(_attribution_openers(), first, until)
        if not openers:
            return 0
        return sum(paragraph.word(k)[:1].isalpha() for k in range(first, openers[0]))

    def _read_attribution_after(self, paragraph: _Paragraph, content_end: int, last: int) -> None:
        """«وأضافت المصادر أن الحادثة وقعت في منزل، وبحسب المصادر فإن المستوطنين أحرقوا…»: an
        attribution after the comma that ended a quote's content opens a statement of its own
        (the content before it was cut there by `_finish_content`)."""
        # (the token at the content's end: its comma, or the word after a comma glued to it)
        comma = content_end if paragraph.word(content_end) in COMMAS else content_end - 1
        if paragraph.word(comma) not in COMMAS:
            return
        following = self._attributions_between(paragraph, comma + 1, last)
        if following and following[0] == comma + 1:
            self._read_attribution(paragraph, comma, last, delimited=True)
        elif (
            following
            and self._joined_clause_before(paragraph, comma - 1, following[0]) == comma
            and self._interjected_at(paragraph, following[0], paragraph.tokens[last - 1].end)
        ):
            # «…أن المهمة معقدة، ويكمن التحدي، بحسب المقال، في…»: the clause the attribution is
            # set off in
            self._read_attribution(paragraph, comma + 1, last)

    def _glued_attribution(self, paragraph: _Paragraph, k: int) -> tuple[int, Token] | None:
        """«وفقاً للكاتب»، «طبقاً لوزارة الصحة»: a phrase ending in the preposition ل written, as
        it nearly always is, joined to the source's first word. Its length without the ل, and that
        word as a token of its own (للكاتب: الكاتب; لوزارة: وزارة); None when no such phrase
        stands at k or the ل governs a pronoun (وفقاً له: no source named)."""
        for phrase in _phrases_from(paragraph.word(k), self.lexicon.attributions):
            if phrase[-1] != "ل" or any(
                paragraph.word(k + j) != phrase[j] for j in range(1, len(phrase) - 1)
            ):
                continue
            at = k + len(phrase) - 1
            token = paragraph.tokens[at] if at < len(paragraph.tokens) else None
            if token is None or not token.text.startswith("ل") or len(token.text) < 4:
                return None
            return at - k, _without_preposition(token, self.registry)
        return None

    def _past_time(self, paragraph: _Paragraph, i: int) -> int:
        """Past a time of a few words at token i, no commas around it (أمس، يوم الأحد، مساء
        أمس، الأسبوع الماضي، في شباط الماضي): the token after it, or i."""
        reader = PhraseReader(paragraph.tokens, self.registry)
        k = i
        while k < i + MAX_TIME_WORDS:
            if paragraph.word(k) in TIME_WORDS:
                k += 1
            elif (end := reader.time_span_end(k)) > k:
                k = end
            else:
                break
        return k

    @staticmethod
    def _past_time_between_commas(paragraph: _Paragraph, i: int) -> int:
        """Past a time set off by commas at token i (وفق ما أفاد به، اليوم الأربعاء، مصدر أمني):
        the token after it, or i."""
        if paragraph.word(i) not in COMMAS or paragraph.word(i + 1) not in TIME_WORDS:
            return i
        for k in range(i + 2, i + 2 + MAX_TIME_WORDS):
            if paragraph.word(k) in COMMAS:
                return k + 1
            if paragraph.word(k) not in TIME_WORDS:
                return i
        return i

    def _actor_closing_sentence(self, paragraph: _Paragraph, i: int, last: int) -> NounPhrase | None:
        """A side the news names by a common noun (`SpeakerLexicon.actors`), with its adjectives
        of relation, as the subject of an attribution's verb that closes the sentence (…، بحسب
        ما أعلن الاحتلال.): the source, as right before a content (وقال الاحتلال إنّ…)."""
        end = self._actor_end(paragraph, i)
        if not end or end < last and paragraph.word(end) not in SENTENCE_ENDS + COMMAS:
            return None
        return NounPhrase(i, end, None, ORGANIZATION)

    def _actor_end(self, paragraph: _Paragraph, k: int) -> int:
        """The token after a side named by a common noun at k (`SpeakerLexicon.actors`) and its
        adjectives of relation (المعارضة السورية); 0 when no side stands at k."""
        if paragraph.word(k) not in self.speakers.actors:
            return 0
        end = k + 1
        while self.speakers.category(paragraph.word(end)) == "nisba":
            end += 1
        return end

    def _name_closing_sentence(self, paragraph: _Paragraph, i: int, last: int) -> NounPhrase | None:
        """Words no lexicon or list of common words knows that close the sentence after an
        attribution (…، بحسب فيونغ.): a name, which the article may never have introduced."""
        end = i
        while end < min(last, i + MAX_CLOSING_NAME) and self._unknown_word(paragraph.word(end)):
            end += 1
        if end == i or end < last and paragraph.word(end) not in SENTENCE_ENDS + DASHES_AND_BRACKETS + (")",):
            return None
        return NounPhrase(i, end, (i, end), PERSON)

    def _unknown_word(self, word: str) -> bool:
        """A word no lexicon knows, no common word, nor one with a possessive pronoun (بحسب
        تعبيرهم، بقولها، حسب تقديره: the sentence's own source, pointing back)."""
        common = gazetteer().common
        return (
            word[:1].isalpha()
            and self.speakers.category(word) == ""
            and not gazetteer().is_common(word)
            and not is_possessed(word, common)
        )

    def _relay_of_last_quote(self, paragraph: _Paragraph, phrase: NounPhrase) -> None:
        """An attribution closing the sentence of a quote names who passed it on (اعترفت
        الفتاة أنها…، وفق ما أكده مصدر أمني): the quote keeps its speaker, and the relay becomes
        a source the article has named (a later «المصدر نفسه» is it, not the speaker)."""
        entity = self._entity(paragraph, phrase)
        last = self.drafts[-1] if self.drafts else None
        if entity is not None and last is not None and last.para == paragraph.index and last.relay is None:
            last.relay = entity

    def _read_attribution_at(
        self,
        paragraph: _Paragraph,
        first: int,
        last: int,
        k: int,
        length: int,
        delimited: bool = False,
        until: int | None = None,
    ) -> bool:
        """The attribution phrase of `length` tokens at k: whether it made a quote of the
        sentence."""
        after = k + length
        relay_verb = False
        verb = None
        if paragraph.word(after) == "ما" or paragraph.word(after - 1) in ATTRIBUTION_MA:
            after += paragraph.word(after) == "ما"
            if verb := self._verb_with_object(paragraph.word(after)):
                relay_verb = verb.relay
                after += 1  # بحسب ما أعلنته الوزارة، وفق ما أكده قائد…
                after += paragraph.word(after) in VERB_OBJECT_PRONOUNS  # قال عنه، أفاد به
            elif (paragraph.word(after), paragraph.word(after + 1)) in self.lexicon.statement_attributions:
                after += 2  # (…، وفق ما جاء في بيان وزارة الصحة: the statement, its issuer's)
        if (
            paragraph.word(after) in LATEST_WORDS
            and self.speakers.category(paragraph.word(after + 1)) == "statement"
        ):
            after += 1  # (وفق أحدث إحصاءات وزارة الصحة: the latest of the body's statements)
        publisher = self.speakers.category(paragraph.word(after + 1))
        if paragraph.word(after) in ATTRIBUTION_FIGURES and publisher in ("organization", "media", "title"):
            after += 1  # (بحسب بيانات البنك المركزي: the body that published the figures)
        if (
            self._figures_noun(paragraph.word(after))
            and paragraph.word(after + 1) in RELATIVES
            # (its verb with the pronoun of what it published; not «طبقا للمقال الذي يضيف كاتبه
            # أن…», the article's, whose writer says more)
            and paragraph.word(after + 2).endswith(("ه", "ها", "هم"))
            and self._verb_with_object(paragraph.word(after + 2))
        ):
            after += 3  # (ووفقاً للأرقام التي أوردها | إعلام إسرائيلي: whoever published them)
        # (وفق ما أعلن السبت المدعي العام: a time right after the verb, before its subject)
        while paragraph.word(after) in TIME_WORDS and paragraph.word(after + 1)[:1].isalpha():
            after += 1
        after = self._past_time_between_commas(paragraph, after)
        if paragraph.word(after) in FIRST_PERSON_VIEWS:
            return False  # (…، -حسب اعتقادنا- لا يعني…: the writer's own view)
        pointed = paragraph.word(after)
        if (pointed[1:] if pointed[:1] == "ل" else pointed) in DEMONSTRATIVE_SUBJECTS and not paragraph.word(
            after + 1
        )[:1].isalpha():
            return False  # (وتضبط الطقس وفقاً لذلك.: «accordingly», no source; not وفقاً لهذا التقرير)
        # (بحسب ما نقله مراسلنا | عن مصدر أمني: the relay's phrase ends at the source it passes on)
        reader = PhraseReader(paragraph.tokens, self.registry, RELAY_STOPS if relay_verb else frozenset())
        phrase, stop = reader.read(after, last)
        if phrase is None and verb is not None:
            phrase = self._actor_closing_sentence(paragraph, after, last)
            stop = after if phrase is None else phrase.end
        continued = None
        if (
            phrase is None
            and verb is not None
            and (continued := self._attributed_continuation(paragraph, verb, after))
        ):
            stop = after + (paragraph.word(after) == ":")
        elif phrase is None:
            phrase = self._name_closing_sentence(paragraph, after, last)
            if phrase is None:
                return False
            stop = phrase.end
        relay = None
        # (past the comma that may set the source apart: بحسب ما نقلته الصحيفة، | عن مسؤول…)
        relayed_at = stop + (paragraph.word(stop) in COMMAS and paragraph.word(stop + 1) in RELAY_STOPS)
        if relay_verb and paragraph.word(relayed_at) in RELAY_STOPS:
            original, original_stop = PhraseReader(paragraph.tokens, self.registry).read(relayed_at + 1, last)
            if original is not None:
                relay, phrase, stop = phrase, original, original_stop
        # the phrase may stop before its last words (المصادر المطلعة على سير المفاوضات،
        # فإن…): its content opens after the next comma, unless فإن opens it first; a
        # statement's (وجاء في بيان الوزارة أنّ…) after its complementizer or colon
        statement = self._statement_attribution(paragraph, k, length)
        delimiter = (
            after
            if continued is not None
            else next(
                (
                    i
                    for i in range(stop, min(stop + 12, last))
                    if (
                        complementizer(paragraph.word(i)) or paragraph.word(i) == ":"
                        if statement
                        else paragraph.word(i) in COMMAS or paragraph.word(i) in CONSEQUENCE_OPENERS
                    )
                ),
                None,
            )
        )
        if statement and delimiter is None:
            return False  # (ما أبرز ما جاء فيه؟: no words of the statement follow)
        if delimiter is None and delimited:
            if phrase is not None:
                self._relay_of_last_quote(paragraph, phrase)
            return False  # (…، وفق ما أفاد به مراسل الإذاعة في سليانة.: it only closes)
        content_limit = last if until is None else until
        end_char = self._content_end(paragraph, content_limit, last)
        first_word = paragraph.word(k)
        # «ووفق الكاتب، تواجه إسرائيل…»: joined by و and closed by a comma, the phrase opens
        # its clause (what stands before it, a scraper's glued subheading, is not its content)
        opens_clause = (
            first_word.startswith("و")
            and first_word[1:] in self.lexicon.attributions
            and paragraph.word(stop) in COMMAS
        )
        if (
            k == first
            or opens_clause
            or statement  # (…، كما جاء في التقرير، هو أن | العدد…: the statement's words)
            or all(paragraph.word(i) in PARTICLES or paragraph.word(i) in COMMAS for i in range(first, k))
        ):
            begin = (
                stop if delimiter is None else delimiter + (paragraph.word(delimiter) in COMMAS or statement)
            )
            while paragraph.word(begin) in COMMAS or paragraph.word(begin) in CONSEQUENCE_OPENERS:
                begin += 1
            if begin >= content_limit or until is not None and self._cue_form_at(paragraph, begin):
                return False  # (ووفقاً لصحيفة الوئام بيّن المصدر أنّ…: the verb's subject speaks)
            content = self._finish_content(paragraph, paragraph.tokens[begin].start, end_char)
        elif (opened := self._relayed_complement(paragraph, first, k, stop, last)) is not None:
            # «أفادت فايننشال تايمز نقلاً عن منظمات إنسانية، أن…»: the words before are the
            # relay's verb and name, the content follows the complementizer
            content = self._finish_content(paragraph, paragraph.tokens[opened].end, end_char)
        elif (
            paragraph.word(k - 1) in COMMAS
            and paragraph.word(stop) in COMMAS
            and complementizer(paragraph.word(stop + 1))
            and stop + 2 < content_limit
        ):
            # «…، الأمر الذي يعني، بحسب الصحيفة، أنّ "الاتفاق بعيد المنال"»: set off before أنّ,
            # it reports the words that أنّ opens
            content = self._finish_content(paragraph, paragraph.tokens[stop + 2].start, end_char)
        elif paragraph.word(k - 1) in DASHES_AND_BRACKETS or (
            paragraph.word(k - 1) in COMMAS
            # (not where its source's phrase closes the sentence: …، نقلاً عما قالته مفتشة شرطة
            # هامبشير، أولغا فينر.: the comma is the name's apposition)
            and not (stop >= last or paragraph.word(stop) in SENTENCE_ENDS)
            and self._interjected_at(paragraph, k, end_char)
        ):
            # «فالمجتمع -بحسب ليفي- يختنق…», «وأسفر القصف، بحسب مصادر طبية، عن استشهاد…»، «لم
            # يكن الإنذار مفاجئاً، وفقاً لمحللين، فهو أمر اعتاده السكان»: set off inside the
            # sentence, it covers all of it
            content = self._finish_content(paragraph, paragraph.tokens[first].start, end_char, own=k)
        elif all(
            (word[1:] if word[:1] == "و" else word) in DEMONSTRATIVE_SUBJECTS
            for word in (paragraph.word(i) for i in range(first, k))
        ):
            return False  # (…. وذلك وفق ما جاء في بلاغ…: «that», what the sentence before told)
        else:
            content = self._finish_content(
                paragraph, paragraph.tokens[first].start, paragraph.tokens[k].start
            )
        if content is None:
            return False
        speaker = self._entity(paragraph, phrase) if phrase is not None else continued
        if speaker is None:
            return False
        relayed_by = self._entity(paragraph, relay) if relay is not None else None
        start, end, kind = content
        first_token = paragraph.tokens[k]
        conjunction = int(
            first_token.text.startswith("و")
            and (
                first_token.text[1:] in self.lexicon.attributions
                or first_token.text[1:] in self.lexicon.opening_attributions
            )
        )
        cue_span = paragraph.to_article(first_token.start + conjunction, paragraph.tokens[k + length - 1].end)
        self.drafts.append(
            _Draft(
                paragraph.index,
                speaker,
                cue_span,
                kind,
                paragraph.to_article(start, end),
                None,
                self._token_span(paragraph, phrase.start, phrase.end) if phrase is not None else None,
                "attribution" if phrase is not None else "attributed_continuation",
                relay=relayed_by,
            )
        )
        self.current = speaker
        return True

    def _attributed_continuation(self, paragraph: _Paragraph, verb: CueForm, after: int) -> Entity | None:
        """An attribution to what a verb said with no subject after it (ووفق ما تابعت: "…"،
        وبحسب ما أردفت، …): the latest source the verb agrees with goes on speaking. Not a
        verb whose subject follows (وفق ما أعلنت الوزارة)."""
        word = paragraph.word(after)
        if not (word == ":" or word in COMMAS or word in CONSEQUENCE_OPENERS):
            return None
        return self._continued_source(verb, paragraph.index)

    def _statement_attribution(self, paragraph: _Paragraph, k: int, length: int) -> bool:
        """The attribution phrase at k names a statement whose words follow it (وجاء في)."""
        words = tuple(paragraph.word(i) for i in range(k, k + length))
        if words and words[0].startswith("و") and words[0][1:] in self.lexicon.attributions:
            words = (words[0][1:],) + words[1:]
        return words in self.lexicon.statement_attributions

    def _relayed_complement(
        self, paragraph: _Paragraph, first: int, k: int, stop: int, last: int
    ) -> int | None:
        """The complementizer after an attribution phrase (ending at `stop`) whose sentence opens
        with a verb of speech before it (at `k`): the token where the content opens."""
        if not any(self.lexicon.lookup(paragraph.word(i)) for i in range(first, k)):
            return None
        # (the source's phrase may end before its adjectives: منظمات | إنسانية، أن…)
        for after in range(stop, min(stop + RELAY_TAIL, last)):
            word = paragraph.word(after)
            if word in self.lexicon.complementizers:
                return after
            if self.lexicon.lookup(word) or word in SENTENCE_ENDS:
                return None
        return None

    def _read_pointing_back(self, paragraph: _Paragraph, first: int, last: int) -> None:
        """A sentence with no cue that points back to the source speaking (…، على حد قوله؛
        الخطاب السياسي، في نظره، لا يتجاوز…) is that source's: the latest source agreeing with
        the pronoun (قوله a man, قولها a woman or a body)."""
        # (found by their last word, قوله، نظره، رأيها: their first, في، على، is everywhere)
        for end in paragraph.positions_between(self.lexicon.pointing_back_ends, first, last):
            k = next(
                (
                    end - len(phrase) + 1
                    for phrase in self.lexicon.pointing_back_by_end[paragraph.word(end)]
                    if all(
                        paragraph.word(end - len(phrase) + 1 + j) in (word, "و" + word)
                        if j == 0
                        else paragraph.word(end - len(phrase) + 1 + j) == word
                        for j, word in enumerate(phrase)
                    )
                ),
                None,
            )
            if k is None or k < first or paragraph.inside_quote(paragraph.tokens[k].start):
                continue
            length = end - k + 1
            if (
                not length
                or _names_a_subject(paragraph.word(k + length))
                and paragraph.word(k).endswith("كما")
            ):
                continue
            pronoun_word = paragraph.word(k + length - 1)
            verb = self.lexicon.lookup(pronoun_word)  # (كما تضيف: the verb's own agreement)
            agreement = (
                verb.agreement if verb is not None and verb.agreement else _pronoun_agreement(pronoun_word)
            )
            speaker = self._continued_source(_pointing_form(agreement), paragraph.index)
            if speaker is None:
                return
            begin = first
            if all(paragraph.word(i) in PARTICLES for i in range(first, k)):
                begin = k + length  # «برأيه، الحرب لن تنتهي قريباً»: the sentence after the phrase
                while paragraph.word(begin) in COMMAS:
                    begin += 1
                if begin >= last:
                    return
            content = self._finish_content(
                paragraph, paragraph.tokens[begin].start, self._content_end(paragraph, last, last)
            )
            if (
                content is None
                or len(paragraph.match.text[content[0] : content[1]].split()) < MIN_CONTENT_BEFORE
            ):
                return
            start, end, kind = content
            first_token = paragraph.tokens[k]
            self.drafts.append(
                _Draft(
                    paragraph.index,
                    speaker,
                    paragraph.to_article(first_token.start, paragraph.tokens[k + length - 1].end),
                    kind,
                    paragraph.to_article(start, end),
                    None,
                    None,
                    "pointing_back",
                )
            )
            self.current = speaker
            return

    def _read_signed_post(self, paragraph: _Paragraph) -> None:
        """An embedded post: a paragraph that opens with a quotation signed by its source
        («"…"عضو المكتب السياسي لحركة #الجهاد_الإسلامي إحسان عطايا لـ #الميادين #غزة pic.twitter.com/…»)
        is that source's direct quote. The signature is read without the hashtags, handles and
        links that follow it, and with a hashtag inside it read as words."""
        if paragraph.match.text.lstrip()[:1] not in QUOTE_MARKS or not _POST_MARK.search(
            paragraph.match.text
        ):
            return  # (looked at before the paragraph is tokenized: most are not posts)
        tokens = paragraph.tokens
        if not tokens or tokens[0].text not in QUOTE_MARKS:
            return
        span = paragraph.span_opening_at(tokens[0].start)
        if span is None or span.close >= len(paragraph.match.text) - 1:
            return
        text = self.article.text
        begin = paragraph.to_article(span.close + 1, span.close + 2)[0]
        signature = _POST_TAIL.split(text[begin : paragraph.para.end], maxsplit=1)[0]
        signature = _without_trailing_tags(signature)
        while signature and signature[0] in ".!؟?…،: ":
            signature, begin = signature[1:], begin + 1
        if not signature or len(signature.split()) > MAX_SIGNATURE_WORDS:
            return
        line = _Paragraph(
            self.article,
            Paragraph(paragraph.index, begin, begin + len(signature)),
            ParagraphText(signature.replace("#", " ").replace("_", " ")),
        )
        reader = PhraseReader(line.tokens, self.registry)
        phrase, stop = reader.read(0, len(line.tokens), subject=True)
        if phrase is None or phrase.kind == "statement" or stop < len(line.tokens):
            return
        category = self.speakers.category(line.word(0))
        if not phrase.name and category not in ("title", "organization", "media", "anonymous"):
            return
        speaker = self._entity(line, phrase)
        content = self._finish_content(paragraph, tokens[0].start, span.close + 1)
        if speaker is None or content is None:
            return
        start, end, kind = content
        span_of_signature = self._token_span(line, phrase.start, phrase.end)
        self.drafts.append(
            _Draft(
                paragraph.index,
                speaker,
                span_of_signature,
                kind,
                paragraph.to_article(start, end),
                None,
                span_of_signature,
                "signed_post",
            )
        )
        self.current = speaker

    def _read_interjected_source(self, paragraph: _Paragraph) -> None:
        """A quotation whose source a verb of saying set inside it names, between commas or
        dashes («"أنا أقترب من منزلي -كما يقول مصعب- لم يعد…"»، «"…، تقول الأم، …"»), as feature
        stories write: the whole quotation is that source's direct quote."""
        text = paragraph.match.text
        for span in paragraph.spans:
            if (
                span.open < 0
                or span.close >= len(text)
                or len(text[span.open + 1 : span.close].split()) < 2 * SCARE_QUOTE_WORDS
            ):
                continue
            first, last = paragraph.first_token_at(span.open + 1), paragraph.first_token_at(span.close)
            for k in range(first + 2, last - 2):
                if paragraph.word(k - 1) not in INTERJECTION_MARKS:
                    continue
                verb = k + (paragraph.word(k) in KAMA)
                form = self.lexicon.lookup(paragraph.word(verb))
                if form is None or form.lemma not in INTERJECTED_CUES or form.tense == "participle":
                    continue
                phrase, stop = PhraseReader(paragraph.tokens, self.registry).read(
                    verb + 1, last, subject=True
                )
                if (
                    phrase is None
                    or phrase.kind not in SOURCE_KINDS
                    or paragraph.word(stop) not in INTERJECTION_MARKS
                ):
                    continue
                speaker = self._entity(paragraph, phrase)
                if speaker is None or not agrees(form.agreement, speaker):
                    continue
                cue = paragraph.tokens[verb]
                self.drafts.append(
                    _Draft(
                        paragraph.index,
                        speaker,
                        paragraph.to_article(cue.start + max(0, cue.text.find(form.form)), cue.end),
                        "direct",
                        paragraph.to_article(span.open + 1, span.close),
                        None,
                        self._token_span(paragraph, phrase.start, phrase.end),
                        "interjected_source",
                        form,
                    )
                )
                self.current = speaker
                break

    def _read_colon_line(self, paragraph: _Paragraph) -> None:
        """A paragraph «الناطق باسم القسام أبو عبيدة: "نبشر…"» with no cue, as live coverage sets
        statements down: the source, its colon, then its words in quotation marks right after
        it — read as a title «X: …» is (a label before a colon, «المصدر: وكالات», quotes none)."""
        if ":" not in paragraph.match.text:
            return
        found = self._title_speaker(paragraph)
        if found is None:
            return
        colon, _, addressee, phrase = found
        span = paragraph.span_opening_at(paragraph.tokens[colon + 1].start)
        if colon > MAX_COLON_LINE_SOURCE:
            return
        if span is None:
            if not self._unquoted_colon_line(paragraph, colon, phrase):
                return
        elif len(paragraph.match.text[span.open + 1 : span.close].split()) < SCARE_QUOTE_WORDS:
            return  # (المصدر: "وكالات": a name or a term in quotation marks, no speech)
        speaker = self._entity(paragraph, phrase)  # (the line's own words, not a title's body)
        if speaker is not None:
            self._title_quote(paragraph, colon, speaker, addressee, phrase, rule="colon_line")

    def _unquoted_colon_line(self, paragraph: _Paragraph, colon: int, phrase: NounPhrase) -> bool:
        """A live line «مصادر للميادين: الجولاني تعرض لمحاولة اغتيال.» with no quotation marks:
        a source by its name or by its head and more words (not a label: «المصدر: وكالات»،
        «تحرير: …») and a sentence after its colon with no verb of speech of its own, no list."""
        head = self.speakers.category(paragraph.word(phrase.start))
        after = range(colon + 1, len(paragraph.tokens))
        return (
            # (a word alone is a label: المصدر: وكالات…)
            (phrase.name is not None or head in SOURCE_HEADS and colon - phrase.start >= 2)
            # (words, no e-mail: لمراسلة الكاتب: turki@…)
            and sum(paragraph.word(k).isalpha() for k in after) >= COLON_LINE_WORDS
            and not any(paragraph.word(k) == ":" for k in after)
            # (a summary's label before a sentence with its own verb of speech: نتنياهو: حزب الله
            # يؤكد أن…)
            and not any(self._cue_form_at(paragraph, k) is not None for k in after)
        )

    def _demonstrative_before_subject(self, paragraph: _Paragraph, k: int) -> bool:
        """Token k, right after a verb, is a demonstrative object before a source's head, the
        verb's subject (وأوضح ذلك الناطق…، وأكدت ذلك والدتها)."""
        return paragraph.word(k) in OBJECT_DEMONSTRATIVES and (
            self.speakers.category(paragraph.word(k + 1)) in SOURCE_HEADS
        )

    def _opened_content(self, paragraph: _Paragraph, k: int) -> bool:
        """The content starting at token k follows a complementizer, a colon or an opening
        quotation mark (or is one)."""
        return any(
            complementizer(paragraph.word(j)) or self._own_words_follow(paragraph, j) for j in (k - 1, k)
        )

    def _read_title(self, paragraph: _Paragraph) -> None:
        """A title "X: …" or "X لـY: …" with a speaker X is X's direct quote."""
        found = self._title_speaker(paragraph)
        if found is not None:
            self._title_quote(paragraph, *found)

    def _title_speaker(self, paragraph: _Paragraph) -> tuple[int, Entity, Entity | None, NounPhrase] | None:
        """(colon, speaker, addressee, phrase) of a title "X: …" or "X لـY: …", or None."""
        if ":" not in paragraph.match.text:
            return None  # (most titles: not tokenized for nothing)
        colon = next(
            (
                i
                for i, t in enumerate(paragraph.tokens)
                if t.text == ":" and not paragraph.inside_quote(t.start)
            ),
            None,
        )
        if not colon or colon + 1 >= len(paragraph.tokens):
            return None
        reader = PhraseReader(paragraph.tokens, self.registry)
        # («"حماس": …»: the source's name in quotation marks before the colon)
        quoted = colon >= 3 and paragraph.word(0) in PAIRS and paragraph.word(colon - 1) in PAIRS
        phrase, stop = reader.read(1, colon - 1) if quoted else reader.read(0, colon)
        stop += quoted and stop == colon - 1
        if phrase is None and colon <= 4:
            # "جيروزاليم بوست: …": a name the lexicons do not know, introduced in the body.
            body_speaker = self._named_in_body(paragraph, colon)
            if body_speaker is not None:
                return colon, body_speaker, None, NounPhrase(0, colon, None, MEDIA)
            return self._archive_person_before_colon(paragraph, colon)
        if phrase is None or phrase.kind == "statement":
            return None
        addressee = None
        if stop < colon and paragraph.word(stop) == "ل":
            # «أبو مرزوق لـ"سبوتنيك": …»: the outlet spoken to, written apart (and quoted)
            spoken_to, end = PhraseReader(paragraph.tokens, self.registry).read(stop + 1, colon, subject=True)
            if spoken_to is not None and end >= colon - (paragraph.word(colon - 1) in QUOTE_MARKS):
                addressee, stop = self._entity(paragraph, spoken_to), colon
        elif stop < colon and paragraph.word(stop).startswith("ل"):
            addressee = self._read_stripped(paragraph, stop, 1)
            stop = colon if addressee is not None else stop
        if stop < colon:
            return None
        first_word = paragraph.word(int(quoted))
        category = self.speakers.category(first_word)
        # (an outlet known by its name's last word is one: جيروزاليم بوست)
        outlet = phrase.kind == MEDIA and first_word[:1].isalpha()
        known = phrase.name is not None or outlet or self.registry.find_by_word(first_word) is not None
        if not known and category not in ("anonymous", "title", "organization", "media"):
            return None
        speaker = self._named_in_body(paragraph, stop) or self._entity(paragraph, phrase)
        content = self._finish_content(paragraph, paragraph.tokens[colon].end, len(paragraph.match.text))
        if speaker is None or content is None:
            return None
        return colon, speaker, addressee, phrase

    def _archive_person_before_colon(
        self, paragraph: _Paragraph, colon: int
    ) -> tuple[int, Entity, Entity | None, NounPhrase] | None:
        """«نتنياهو: …»، «لافروف: …»: a title's speaker by a name the archive knows as a
        person's only — no place, body or other class (not «غزة: …») — though the body does
        not name them again."""
        words = [paragraph.word(k) for k in range(colon)]
        names = gazetteer()
        if not (
            words
            # (not a particle's name, which places have too: بن قردان، أبو ظبي; nor a definite
            # word alone, an ordinal's label too: الثاني: …)
            and not name_grammar().is_particle(words[0])
            and not words[0].startswith("ال")
            and all(
                word in names.name_words and self.speakers.category(word) in ("", "given") for word in words
            )
        ):
            return None
        phrase = NounPhrase(0, colon, (0, colon), PERSON)
        speaker = self._entity(paragraph, phrase)
        content = self._finish_content(paragraph, paragraph.tokens[colon].end, len(paragraph.match.text))
        return None if speaker is None or content is None else (colon, speaker, None, phrase)

    def _title_quote(
        self,
        paragraph: _Paragraph,
        colon: int,
        speaker: Entity,
        addressee: Entity | None,
        phrase: NounPhrase,
        rule: str = "headline",
    ) -> None:
        content = self._finish_content(paragraph, paragraph.tokens[colon].end, len(paragraph.match.text))
        if content is None:
            return
        start, end, _ = content
        colon_token = paragraph.tokens[colon]
        self.drafts.append(
            _Draft(
                paragraph.index,
                speaker,
                paragraph.to_article(colon_token.start, colon_token.end),
                "direct",
                paragraph.to_article(start, end),
                addressee,
                self._token_span(paragraph, phrase.start, phrase.end),
                rule,
            )
        )

    def _read_linked_titles(self, paragraph: _Paragraph) -> None:
        """A scraper's «read also» box (اقرأ أيضا list of 2 items list 1 of 2 <title> … end of
        list) left in a paragraph: each linked title «X: …» is X's, as a headline is."""
        text = self.article.text[paragraph.para.start : paragraph.para.end]
        # (read apart: their sources are not this article's, for continuing or resolving)
        registry, drafts = self.registry, self.drafts
        self.registry, self.drafts = EntityRegistry(self.linked_drafts), self.linked_drafts
        try:
            self._read_titles_in(paragraph, text)
        finally:
            self.registry, self.drafts = registry, drafts

    def _read_titles_in(self, paragraph: _Paragraph, text: str) -> None:
        for item in _LINKED_TITLE.finditer(text):
            start = paragraph.para.start + item.start(1)
            part = _Paragraph(
                self.article,
                Paragraph(paragraph.index, start, start + len(item.group(1))),
                ParagraphText(item.group(1)),
            )
            found = self._title_speaker(part)
            if found is not None:
                colon, speaker, addressee, phrase = found
                self._title_quote(part, colon, speaker, addressee, phrase, rule="linked_headline")

    def _named_in_body(self, title: _Paragraph, end: int) -> Entity | None:
        """The source whose phrase in the body contains the title's words before the colon
        (title "جيروزاليم بوست:", body "…نشرته صحيفة جيروزاليم بوست الإسرائيلية…")."""
        words = [title.word(i) for i in range(end)]
        if not words or not all(w[:1].isalpha() for w in words):
            return None
        for paragraph in self.paragraphs[1:]:
            tokens = [t.text for t in paragraph.tokens]
            for k in range(1, len(tokens) - len(words) + 1):
                if tokens[k : k + len(words)] != words:
                    continue
                head = k - 1
                if self.speakers.category(tokens[head]) not in (
                    "media",
                    "organization",
                    "title",
                    "anonymous",
                ):
                    continue
                reader = PhraseReader(paragraph.tokens, self.registry)
                phrase, stop = reader.read(head, len(tokens))
                if phrase is not None and stop >= k + len(words):
                    return self._entity(paragraph, phrase)
        return None

    def _continue_quote(self, paragraph: _Paragraph) -> None:
        """A paragraph that only continues a quotation opened earlier belongs to its speaker;
        not a lone word, a scraper's leftover between the paragraphs (إعلان: an advert's slot)."""
        end = self._run_on_end(paragraph)
        if end is None or self.open_quote is None:
            return
        text = paragraph.match.text
        content = self._finish_content(paragraph, 0, end)
        if content is None:
            return
        start, finish, _ = content
        if text[start : start + 1] in QUOTE_MARKS:
            start += 1
        first = paragraph.tokens[paragraph.first_token_at(start)]
        self.drafts.append(
            _Draft(
                paragraph.index,
                self.open_quote,
                paragraph.to_article(first.start, first.end),
                "direct",
                paragraph.to_article(start, finish),
                None,
                None,
                "quotation_runs_on",
            )
        )

    def _run_on_end(self, paragraph: _Paragraph) -> int | None:
        """Where the quotation opened in an earlier paragraph ends in this one (its closing
        mark, or the paragraph's end when it runs on further); None when no quotation runs on
        into it."""
        if self.open_quote is None or len(paragraph.tokens) < 2 or self.continued >= MAX_CONTINUED_PARAGRAPHS:
            return None
        close = next((s.close for s in paragraph.spans if s.open < 0), None)
        if close is None and not self._quotation_closes_ahead(paragraph):
            if not self.after_colon:
                return None  # (a closing mark the scraper dropped: the narration goes on, وفي السياق…)
            if (
                paragraph.index > self.colon_paragraph + 1
                and len(paragraph.tokens) > MAX_LIST_ITEM_WORDS
                and not _numbered(paragraph)
            ):
                return None  # (a list's items ended: دوامة الأزمات وهكذا، أدت هذه الفوضى…)
        return close if close is not None else len(paragraph.match.text)

    def _quotation_closes_ahead(self, paragraph: _Paragraph) -> bool:
        """A quotation running on through this paragraph, which has no closing mark of its own,
        goes on or closes in it or one of the next few: a paragraph opening with a quotation
        mark, or a lone closing mark before any other mark (the quotation's end)."""
        position = self.paragraphs.index(paragraph)
        for later in self.paragraphs[position : position + MAX_CONTINUED_PARAGRAPHS - self.continued]:
            if later.match.text.lstrip()[:1] in QUOTE_MARKS:
                return True
            if later.spans:
                return later.spans[0].open < 0
        return False

    def _colon_ends_paragraph(self, paragraph: _Paragraph, k: int) -> bool:
        """Nothing but a colon is left of the paragraph from token k (…، قال الخالدي:), or an
        occasion before it (وقال الكاتب في مقاله:، وأضاف خلال مؤتمر صحفي:) — no words of
        another statement."""
        last = len(paragraph.tokens) - 1
        return (
            paragraph.word(last) == ":"
            and 0 <= last - k <= MAX_INTERPOSED_BEFORE_COLON
            # (the occasion opens with its preposition: في، خلال، عبر، or ل of the one spoken
            # to — not «عدة أفكار أبرزها:», the items of a list)
            and (
                last == k
                or paragraph.word(k) in OCCASION_OPENERS
                or paragraph.word(k) in ADVERBIAL_PREPOSITIONS
                or paragraph.word(k)[:1] == "ل"
                and len(paragraph.word(k)) > 3
            )
            and not any(
                complementizer(paragraph.word(j)) or self._cue_form_at(paragraph, j) is not None
                for j in range(k, last)
            )
            # (a quoted name in the occasion is no statement: على منصة "إكس":)
            and sum(paragraph.inside_quote(paragraph.tokens[j].start) for j in range(k, last))
            <= MAX_QUOTED_NAME_WORDS
        )

    def _track_open_quote(self, paragraph: _Paragraph, before: int) -> None:
        """Remember the speaker when the paragraph ends inside their quotation (or on "قال:")."""
        text = paragraph.match.text.rstrip()
        if text.endswith(":"):
            self.colon_paragraph = paragraph.index
        new = self.drafts[before:]
        speaker = new[-1].entity if new else self.colon_source or self.open_quote
        # (a colon closing the paragraph opens the next ones' words for the quote that reaches
        # it, or a cue before it; not for a quote that ended earlier in the sentence: «…، بحسب ما
        # ورد في بيان عمان، …، وهي مساهمة مجدية لثلاثة أسباب:» — the writer's list follows)
        colon_opens = text.endswith(":") and (
            not new
            or self.colon_source is not None
            or new[-1].span[1] >= paragraph.para.start + len(text) - COLON_CONTENT_SLACK
        )
        self.colon_source = None
        last_span = paragraph.spans[-1] if paragraph.spans else None
        still_open = last_span is not None and last_span.close >= len(paragraph.match.text)
        continuing = not new or new[-1].cue_span[0] >= new[-1].span[0]
        if speaker is not None and self.open_quote is speaker and continuing and new:
            self.continued += 1
        else:
            self.continued = 0
        if speaker is not None and self.open_quote is speaker and not paragraph.spans and new:
            return  # a paragraph inside a quotation that runs on
        self.open_quote = speaker if (still_open or colon_opens) and speaker else None
        # (the paragraph after «…، فقال:» holds the words, marks or none)
        self.after_colon = self.open_quote is not None and not still_open


@cache
def _glued_candidates() -> re.Pattern:
    """Words `glued_cuts` may part: with لل or بال inside them, a site's name with letters
    before or after it, أنّ or a preposition before ال, أنّ before a number."""
    names = "|".join(sorted(_site_name_forms(), key=len, reverse=True))
    return re.compile(
        rf"\w{{3,}}(?:لل|بال)\w{{3,}}|\w*\w\w(?:{names})\w*|\w*(?:{names})\w\w+|\b(?:[بو]?ان|ال[يى]|علي|في|عن)ال\w{{3,}}|\b[بو]?ان\d+"
    )


# The items of a scraper's «read also» box: «list 1 of 2 <title> list 2 of 2 <title> end of list».
_LINKED_TITLE: Final = re.compile(r"list \d+ of \d+ (.+?)\s*(?=list \d+ of \d+ |end of list|$)")
# The whole box, its linked titles with it.
_LINKED_BOX: Final = re.compile(r"list of \d+ items.*?end of list")


def _without_boxes(bounds: tuple[int, int], boxes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence's span with the «read also» boxes in it cut out: the parts left."""
    parts, (start, end) = [], bounds
    for box_start, box_end in boxes:
        if box_start < end and box_end > start:
            if box_start > start:
                parts.append((start, box_start))
            start = max(start, box_end)
    if end > start:
        parts.append((start, end))
    return parts


def _without_stray_marks(text: str) -> str:
    """The text without a quotation mark at either end that nothing in it closes or opens (the
    phrase «"القناة» cut inside «"القناة الـ12"»)."""
    if text.count('"') % 2:
        text = text.strip('"').strip()
    for opening, closing in (("«", "»"), ("“", "”")):
        if text.count(opening) != text.count(closing):
            text = text.strip(opening + closing).strip()
    return text


def _pointer_before(paragraph: _Paragraph, i: int) -> int:
    """How many tokens right before token i point to the words before them as what a cue
    reports (هكذا، بهذه الكلمات); 0 when none do."""
    return next(
        (n for n in (2, 1) if tuple(paragraph.word(k) for k in range(i - n, i)) in POINTING_TO_WORDS_BEFORE),
        0,
    )


def _points_back(paragraph: _Paragraph, cue: int) -> bool:
    """The cue at token `cue` follows «هذا ما» with the object pronoun «ما» leaves on it (هذا ما
    قاله X، ذلك ما أكدته): it points back to the words before. (Not «وهذا ما يؤكد أنّ…»: «ما»
    is that verb's subject, «which confirms that»; nor a verb whose own last letter is ه:
    وهذا ما تنبّه إليه…)"""
    word = paragraph.word(cue)
    return (
        paragraph.word(cue - 1) == "ما"
        and paragraph.word(cue - 2) in POINTING_BACK
        and word.endswith("ه")
        and cue_lexicon().lookup(word) is None
    )


def _titled(entity: Entity, titles: frozenset[str]) -> bool:
    """The entity was described with one of these title words (معالي الوزير، سمو الأمير)."""
    return any(titles & description for description in entity.descriptions)


def _glued_words(vocabulary: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The words of a paragraph the scraper glued, each with where to part it: those
    `glued_cuts` parts, when one of the words may hold an outlet or a site's name glued
    (`_glued_hint`), and a verb or an adjective of relation glued to the word after it
    (`glued_verb_cut`). What each word is is read once per process (`_glued_word`): most words
    of a paragraph were met in an earlier one, and most are none of these."""
    memo = _GLUED_MEMO.for_gazetteer(gazetteer())
    found = [entry for word in vocabulary - memo.plain if (entry := memo.entry(word)) is not None]
    if not found:
        return {}
    hinted = any(entry.hint for entry in found)
    glued = {entry.part: entry.cuts for entry in found if hinted and entry.cuts}
    glued.update((entry.word, (entry.verb_cut,)) for entry in found if entry.verb_cut)
    return glued


class _GluedWord(NamedTuple):
    """What a word is to `_glued_words` (see `_glued_word`)."""

    word: str
    hint: bool
    part: str
    cuts: tuple[int, ...]
    verb_cut: int | None


class _GluedWordMemo:
    """The words `_glued_word` has read: the plain ones (a set, which a paragraph's vocabulary
    is told apart from at C speed) and the others with what they are. Both are bounded (emptied
    when full) and start again when the gazetteer changes (its names tell a glued verb's
    subject; a build sets an archive's names)."""

    SIZE = 1 << 18

    def __init__(self) -> None:
        self.plain: set[str] = set()
        self.glued: dict[str, _GluedWord] = {}
        self._gazetteer: object = None

    def for_gazetteer(self, names: object) -> _GluedWordMemo:
        if names is not self._gazetteer:
            self._gazetteer = names
            self.plain.clear()
            self.glued.clear()
        return self

    def entry(self, word: str) -> _GluedWord | None:
        found = self.glued.get(word)
        if found is not None:
            return found
        found = _glued_word(word)
        if found is None:
            if len(self.plain) >= self.SIZE:
                self.plain.clear()
            self.plain.add(word)
        else:
            if len(self.glued) >= self.SIZE:
                self.glued.clear()
            self.glued[word] = found
        return found


_GLUED_MEMO: Final = _GluedWordMemo()


def _glued_word(word: str) -> _GluedWord | None:
    """What a word is to `_glued_words`: whether it hints at a glued outlet or site name; the
    part of it `_glued_candidates` reads, with `glued_cuts` of that part (as the pattern read
    the paragraph's text: a word's matches are its own, as the pattern holds letters only);
    and `glued_verb_cut` — or None when it is none of these (most words)."""
    hint = _glued_hint(word)
    candidate = _glued_candidates().match(word)
    key = candidate.group() if candidate else word
    cuts = glued_cuts(key) if candidate else ()
    verb_cut = glued_verb_cut(word) if len(word) >= GLUED_VERB_LETTERS else None
    verb_cut = verb_cut or glued_particle_cut(word)
    if not hint and not cuts and not verb_cut:
        return None
    return _GluedWord(word, hint, key, cuts, verb_cut)


def _glued_hint(word: str) -> bool:
    """A word that may hold what `glued_cuts` parts: لل or بال after three letters, أنّ or a
    preposition before ال or a number, or a site's own name with letters beside it."""
    if _GLUED_HINT.search(word):
        return True
    for found in _site_name_pattern().finditer(word):
        start, end = found.span()
        if start >= 2 and word[start - 2 : start].isalpha() or word[end : end + 2].isalpha():
            return True
    return False


# لل/بال after three letters; أنّ or a preposition before ال or a number
_GLUED_HINT: Final = re.compile(r"لل(?<=\w\w\wلل)|بال(?<=\w\w\wبال)|(?:ان|ال[يى]|علي|في|عن)(?:ال\w|\d)")


@cache
def _site_name_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(_site_name_forms())))


@cache
def _site_name_forms() -> frozenset[str]:
    """A site's own name, also behind ل whose article it takes in (الميادين، للميادين)."""
    names = speaker_lexicon().site_names
    return names | {"لل" + name[2:] for name in names}


def _without_trailing_tags(signature: str) -> str:
    """A post's signature without the hashtags after it (… عطايا لـ #الميادين#غزة #طوفان)."""
    words = signature.split(" ")
    while words and (not words[-1].strip() or words[-1].lstrip().startswith("#")):
        words.pop()
        if words and words[-1].strip() in _TAG_PREPOSITIONS:
            words.pop()
    if words and "#" in words[-1]:
        words[-1] = words[-1][: words[-1].index("#")]  # tags glued to the name: حمدان#فلسطين
    return " ".join(words).rstrip(" .،:")


def _pronoun_agreement(word: str) -> str:
    """The number and gender of the pronoun a word ends with (قوله، عنها، عنهم)."""
    return PLURAL if word.endswith(("هم", "هما")) else FEMININE if word.endswith("ها") else MASCULINE


def _pointing_form(agreement: str) -> CueForm:
    """The cue a phrase pointing back stands for (على حد قوله: قال), for agreement."""
    return CueForm("قال", "قال", "other", frozenset(), frozenset(), False, agreement=agreement)


def _names_a_subject(word: str) -> bool:
    return bool(word) and word not in COMMAS and word not in SENTENCE_ENDS and word[0].isalpha()


def _phrases_from(word: str, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[tuple[str, ...], ...]:
    """The phrases (indexed by first word) that may start at this word, also behind و."""
    return phrases.get(word) or (phrases.get(word[1:], ()) if word.startswith("و") else ())


def _without_preposition(token: Token, registry: EntityRegistry) -> Token:
    """The word behind a one-letter preposition (لوزارة: وزارة; للصحافيين: الصحافيين, the
    article's alef not written after ل; للافروف: لافروف, a name that starts with ل), as a token
    of its own."""
    bare = token.text[1:]
    if token.text.startswith("لل") and not (
        registry.find_by_word(bare) is not None
        or bare in gazetteer().names
        # (the name itself, not one behind a letter that may be ل: للرياض is ل + الرياض)
        or bare in speaker_lexicon().given_names
    ):
        return Token("ال" + token.text[2:], token.start + 1, token.end)
    return Token(bare, token.start + 1, token.end)


def glued_at(word: str) -> int:
    """Where a scraper glued a name to the outlet or body after it (عبد المجيدللميادين،
    خاصبالميادين): the index of لل/بال when what follows is a known outlet, body or place and
    what precedes is a word of its own; 0 otherwise."""
    if "لل" not in word[3:] and "بال" not in word[3:]:
        return 0  # most words (asked for every word of every paragraph)
    lexicon = speaker_lexicon()
    for joint in ("لل", "بال"):
        at = word.find(joint, 3)
        if (
            at > 0
            and len(word) - at > 4
            and lexicon.category("ال" + word[at + len(joint) :]) in ("media", "organization", "place")
            and lexicon.category(word) == ""
        ):
            return at
    return 0


def _glued_complementizers(match: MatchText) -> dict[str, tuple[int]]:
    """Words that begin with أنّ or إنّ glued by a scraper to the word after it (ذكرت الهيئة
    أنّقوات الاحتلال…، أنّحزب الله): the shadda, deleted from the normalized text, still marks
    where أنّ ends (no word that starts so has one on its ن: انقلاب، انسحاب); not أنّه, أنّهما…,
    which are أنّ with its pronoun. Each with where to part it."""
    if "\u0651" not in match.original:
        return {}
    found = {}
    for glued in _ANNA_BEFORE_WORD.finditer(match.text):
        cut, rest = glued.end(1), glued.group(2)
        if rest in _PRONOUN_TAILS:
            continue
        before, at = match.to_original(cut - 1), match.to_original(cut)
        if "\u0651" in match.original[before + 1 : at]:
            found[glued.group(0)] = (cut - glued.start() + _glued_pronoun(rest),)
    return found


def _complementizers_glued_after(match: MatchText) -> dict[str, tuple[int]]:
    """Words that end in أنّ or إنّ glued by a scraper to the word before it (…هاشم صفي
    الدينأنّ الاحتلال…، وقال الوزيرإنّ…): the shadda on the last letter tells them (no word of
    four letters or more ends so, and اطمأنّ has three before it). Each with where to part it."""
    if "\u0651" not in match.original:
        return {}
    found = {}
    for glued in _ANNA_AFTER_WORD.finditer(match.text):
        last = match.to_original(glued.end() - 1)
        if "\u0651" in match.original[last + 1 : last + 3]:
            found[glued.group(0)] = (glued.end(1) - glued.start(),)
    return found


def _glued_pronoun(rest: str) -> int:
    """The length of the pronoun that opens what was glued to أنّ, itself glued to the word
    after it (أنّهاستسحب، أنّهسيدعم: أنّها | ستسحب); 0 when a word of its own opens it (أنّهناك،
    أنّهجوم)."""
    if rest[:1] != "ه" or is_boundary_word(rest) or gazetteer().is_common(rest):
        return 0
    pronoun = rest[:2] if rest[:2] in ("ها", "هم") and len(rest) >= 4 else "ه"
    return len(pronoun)


_ANNA_BEFORE_WORD: Final = re.compile(r"(?<!\w)([بوفل]?ان)(\w{3,})")
_ANNA_AFTER_WORD: Final = re.compile(r"(?<!\w)(\w{4,}?)(ب?ان)(?!\w)")
_PRONOUN_TAILS: Final = frozenset({"هما", "كما", "هن", "نا", "ني"})


def _counting_number(word: str) -> bool:
    """A number written in digits that counts what follows it (400 طالب), not a year a verb may
    follow (وفي عام 2015 أعلنت…)."""
    return word.isdigit() and not (len(word) == 4 and word.startswith(("19", "20")))


def _before_narrator_gloss(paragraph: _Paragraph, first: int, end: int) -> int:
    """Where a content ends before the narrator's gloss on it, set off by a comma outside any
    quotation: «…، في إشارة إلى…»، «…، في وقتٍ تواصل…»، «…، في خطوة…» (not a time the source
    gave: «…، في وقت لاحق»). `end` when there is none."""
    for k in paragraph.positions_between(COMMA_SET, first + 1, len(paragraph.tokens)):
        token = paragraph.tokens[k]
        if token.start >= end:
            break
        if _narrator_gloss_at(paragraph, k):
            return token.start
    return end


def _withholds_a_name(paragraph: _Paragraph, i: int) -> bool:
    """The verb at token i opens an aside set off by commas (or brackets) that withholds the
    source's name (…مصدر عسكري، طلب عدم ذكر اسمه، …؛ دبلوماسي غربي، لم يذكر الموقع البريطاني
    اسمه، أنّ…): its name or identity closes the aside."""
    opening = i - 1 - (paragraph.word(i - 1) in NEGATIONS)
    if paragraph.word(opening) not in COMMAS_OR_OPENING_BRACKET:
        return False  # (…لـ«الشرق الأوسط» أمس (طلب عدم ذكر اسمه)، أنّ…: in brackets too)
    for k in range(i + 1, min(i + 1 + WITHHELD_NAME_WORDS, len(paragraph.tokens))):
        word = paragraph.word(k)
        if word in IDENTITY_NOUNS:
            return paragraph.word(k + 1) in COMMAS_OR_CLOSING_BRACKET
        if word in COMMAS or word in SENTENCE_ENDS:
            return False
    return False


def _narrator_gloss_at(paragraph: _Paragraph, k: int) -> bool:
    """The comma at token k opens the narrator's gloss (see `_before_narrator_gloss`)."""
    gloss = (paragraph.word(k + 1), paragraph.word(k + 2))
    return (
        paragraph.word(k) in COMMAS
        and gloss in NARRATOR_GLOSSES
        and not paragraph.inside_quote(paragraph.tokens[k].start)
        and not (gloss[1] == "وقت" and paragraph.word(k + 3) in MOMENT_ADJECTIVES)
    )


def _opens_what_is_taken(word: str, form: CueForm) -> bool:
    """The word opens the content a verb takes by a preposition (إلى، على، من; بالإفراج: a
    proclitic one on its noun)."""
    return word in form.prepositions or any(
        word.startswith(p) and len(word) > len(p) + 2 for p in form.prepositions if len(p) == 1
    )


def _definite_name_alone(word: str, form: CueForm | None) -> bool:
    """A definite word alone in quotation marks after the verb `form` names the source (قالت
    "الشروق" إن…), unless the verb takes the one it speaks to as its object (أبلغ "الوسطاء"
    أنّ…: those told) or describes what follows (وصف "الهجوم" بأنه…)."""
    return (
        word.startswith("ال")
        and len(word) > 3
        and form is not None
        and "object" not in form.addressee
        and "described" not in form.takes
    )


def _genders_differ(verb: CueForm, participle: CueForm) -> bool:
    """One is masculine and the other feminine, as written (a plural or dual agrees otherwise)."""
    genders = (MASCULINE, FEMININE)
    return (
        verb.agreement in genders
        and participle.agreement in genders
        and verb.agreement != participle.agreement
    )


def glued_cuts(word: str) -> tuple[int, ...]:
    """Where to part a word the scraper glued: before an outlet after a name (`glued_at`), and
    around a site's own name, which its pages link and the scraper joins to the words beside
    it (مراسلالميادينفي → مراسل الميادين في; إلىالميادين; الميادينبأن). A clitic before the
    name (والميادين، للميادين، بالميادين) is no word of its own."""
    if at := glued_at(word):
        return (at,)
    if word.startswith(_GLUED_FUNCTION_WORDS):
        at = next(len(w) - 2 for w in _GLUED_FUNCTION_WORDS if word.startswith(w))
        # (a short word parts only before a word the lexicons know: أنّ | الجيش، أنّ | الصين;
        # not the name أنالينا)
        if len(word) > 7 or speaker_lexicon().category(word[at:]) not in ("", "function"):
            return (at,) + tuple(at + cut for cut in glued_cuts(word[at:]))
    if (digits := _COMPLEMENTIZER_AND_NUMBER.fullmatch(word)) is not None:
        return (digits.start(1),)  # (قالت الوكالة إنّ20 دولة…)
    for name in speaker_lexicon().site_names:
        at = word.find(name)
        if at < 0:
            # (spoken to, behind ل, whose article the ل takes in: عطاياللميادينإنّ)
            name = "لل" + name[2:]
            at = word.find(name)
        if at < 0:
            continue
        end = at + len(name)
        before = word[:at]
        cuts = []
        if len(before) >= 2 and before not in _CLITIC_RUNS:
            cuts.append(at)
        if len(word) - end >= 2:
            cuts.append(end)
        return tuple(cuts)
    return ()


# أنّ or a preposition glued to the definite noun after it (أفاد المراسل بأنّالمدفعية…، وأشار
# الموقع إلىالتقرير): no Arabic word of more than seven letters starts so (فيالق is shorter).
_GLUED_FUNCTION_WORDS: Final = ("انال", "بانال", "وانال", "الىال", "اليال", "عليال", "فيال", "عنال")
_COMPLEMENTIZER_AND_NUMBER: Final = re.compile(r"[بو]?ان(\d+)")

# Proclitics written before a name (وب، ول، فب، لـ): not a word the scraper glued.
# Function words a scraper glues to the word before them (الفلسطينيبأنّ، زينبفي).
GLUED_FUNCTION_TAILS: Final = normalized_set(
    ["في", "من", "عن", "على", "إلى", "بأن", "أن", "إن", "أنه", "أنها"]
)
_CLITIC_RUNS: Final = frozenset({"وب", "ول", "فب", "فل", "وك", "لـ", "بـ"})


@lru_cache(maxsize=GLUED_WORDS_CACHED)  # (asked for every long word of every paragraph)
def glued_verb_cut(word: str) -> int | None:
    """Where a reporting verb ends that the scraper glued to its subject (وكشفتصحيفة،
    وقالتوزارة، أكدوزير، واعلنتقوات), or an adjective of relation to the word after it
    (الأميركينقلاً، الفلسطينيبأنّ، العالميالتابع): a word no list knows, made of a verb the cues
    hold and a source's head or a known name, or of a definite نسبة and a known word."""
    names = gazetteer().name_words
    if len(word) < GLUED_VERB_LETTERS or word in names or word in NUMBER_WORDS or gazetteer().is_common(word):
        return None
    if word.startswith("ال"):
        return _glued_nisba_cut(word)  # (no verb starts so)
    cues, speakers = cue_lexicon(), speaker_lexicon()
    if word[:3] not in cues.form_openings and word[1:4] not in cues.form_openings:
        return None  # (most words: no verb's letters, nor after a conjunction)
    for at in range(3, len(word) - 2):
        form = cues.lookup(word[:at])
        if form is None or form.tense == "participle" or _preposition_shaped(word[:at]):
            continue
        rest = word[at:]
        if rest in SLOT_REFUSALS:
            continue  # (a theophoric name written as one word: ذكرالله، وعدالله)
        if speakers.category(rest) in GLUED_SOURCE_HEADS or len(rest) >= 4 and rest in names:
            return at  # (a name of three letters may be the verb's ت and a name: وشدّدتبون)
    return None


# Particles a verb takes before it (قد أكد، لقد قال), found glued to it by the scraper; the
# longest first.
GLUED_VERB_PARTICLES: Final = ("وقد", "فقد", "لقد", "قد")


def glued_particle_cut(word: str) -> int | None:
    """Where a particle ends that the scraper glued to the reporting verb after it (وكان نصر
    الله قدتوعّد…، وقدحذّر، قدأعلنت): a word no list knows, made of قد and a verb the cues
    hold (not قدرة، قدمت، وقدرات: words, also behind a proclitic, or no verb of saying)."""
    particle = next((p for p in GLUED_VERB_PARTICLES if word.startswith(p)), "")
    common = gazetteer().is_common
    if not particle or len(word) - len(particle) < 3 or common(word) or word[0] in "وفل" and common(word[1:]):
        return None
    form = cue_lexicon().lookup(word[len(particle) :])
    return len(particle) if form is not None and form.tense in ("perfect", "imperfect", "other") else None


def _preposition_shaped(verb: str) -> bool:
    """A verb's letters that are as often a preposition (بين "between", بينهم "among them"):
    glued to a name they are that preposition (بيننتنياهو، وبينكمال)."""
    bare = verb[1:] if verb[0] in CONJUNCTIONS else verb
    return bare in ASIDE_PREPOSITIONS or bare in EXAMPLE_OPENERS


def agrees_with_relative(form: CueForm, relative: str) -> bool:
    """The verb after a relative agrees with the source the relative stands for (a form of
    unknown agreement agrees with any)."""
    wanted = RELATIVE_AGREEMENT.get(relative, "")
    return not wanted or not form.agreement or form.agreement == wanted


def _glued_nisba_cut(word: str) -> int | None:
    """After a definite adjective of relation (الأميركي), where the next word starts: a
    function word (في، بأنّ) or a known word of four letters at least (نقلاً، التابع)."""
    common, speakers = gazetteer().is_common, speaker_lexicon()
    for at in range(5, len(word) - 1):
        head, rest = word[:at], word[at:]
        if not head.endswith("ي") or not (common(head) or speakers.category(head) == "nisba"):
            continue
        if rest in GLUED_FUNCTION_TAILS or len(rest) >= 4 and (common(rest) or cue_lexicon().lookup(rest)):
            return at
    return None


def glued_parts(word: str, cuts: tuple[int, ...] | None = None) -> list[str]:
    """The words a glued word is made of (itself when it is one)."""
    bounds = (0, *(glued_cuts(word) if cuts is None else cuts), len(word))
    return [word[a:b] for a, b in pairwise(bounds)]


def _unglued(token: Token, cuts: tuple[int, ...]) -> tuple[Token, ...]:
    if not cuts:
        return (token,)
    bounds = (0, *cuts, len(token.text))
    return tuple(Token(token.text[a:b], token.start + a, token.start + b) for a, b in pairwise(bounds))


@lru_cache(maxsize=256)
def body_forms(head: str) -> frozenset[str]:
    """Written forms of a body's head (حركة: حركة، الحركة، وحركة، لحركة…)."""
    return frozenset(
        form
        for form in written_forms({head})
        if speaker_lexicon().category(form) in ("organization", "media")
    )


def _negation(word: str) -> bool:
    """لا، لم، لن، ما — also after و or ف (ولا، فلم)."""
    return word in NEGATIONS or word[:1] in "وف" and word[1:] in NEGATIONS


def _first_person_shaped(word: str) -> bool:
    """A three-letter verb with «we» (رصدنا، شهدنا، بلغنا), or a noun with «our» (بلدنا): no
    name of a subject no lexicon knows (names ending so have a long vowel before: ديانا)."""
    return len(word) == 5 and word.endswith("نا") and word[-3] not in "اوي"


def _numbered(paragraph: _Paragraph) -> bool:
    """The paragraph opens with an item's number or bullet (2- بسبب…، • أنه…)."""
    opening = paragraph.match.text.lstrip()[:1]
    return opening.isdigit() or opening in LIST_BULLETS


def _opens_with(word: str, prepositions, following: str = "") -> bool:
    """The word is a governed preposition (من، على) or starts with an attached one (بوقف، لضبط),
    also on «what» (وأشاد الوزير بما يقوم به…)."""
    return (
        word in prepositions
        or any(word.startswith(p) and len(word) > len(p) + 2 for p in prepositions if len(p) == 1)
        or word == "بما"
        and "ب" in prepositions
        and bool(following)  # (asked only where the content opens at once after the subject)
        and not following.startswith("في")  # (بما في ذلك، بما فيها: «including»)
    )


def _asks_for(word: str, prepositions) -> bool:
    """One of the verb's prepositions standing apart (إلى، على), or attached before a definite
    noun, a verbal noun, a noun of what is asked or a verbal noun of three letters (بالإفراج،
    للتوجه، باتخاذ، بضرورة، بوقف): what the one asked is asked for. Not a noun with a pronoun
    (بصوته، بمسائل: no shape of a verbal noun), nor a word that is one as written (بيان)."""
    if word in prepositions:
        return True
    if word[:1] not in prepositions or len(word) <= 3:
        return False
    if word[1:3] == "ال" or word.startswith("لل"):
        return True
    bare = word[1:]
    return (
        verbal_noun_shaped(bare) or bare in ASKED_NOUNS or len(bare) == 3 and not gazetteer().is_common(word)
    )


def extract_quotes(article: Article, texts: list[ParagraphText] | None = None) -> list[Quote]:
    """Every reported-speech event in the article, in reading order; `texts` are its paragraphs
    already normalized and tokenized, if at hand."""
    return ArticleReader(article, texts).run()
