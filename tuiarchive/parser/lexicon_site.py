"""The vocabulary of a site's own apparatus (comments, forms, legal notices, its asks of the
reader) in the common languages: what no article's text says of itself (parser/stops.py)."""

from __future__ import annotations

import re

from .lexicon import words_of

# Stops (stops.speaks_for_site): the vocabulary of the site's own apparatus that no article's text
# uses of itself, by kind, in the common languages: its readers' comments, its forms' required fields,
# its legal notices. General web vocabulary, written from what such boxes say anywhere, never one site's
# phrase. A word matches by its start ("commenter" is "commenters"); English "comment" only in the
# plural or as "commenter" ("did not respond to a request for comment" is news). A newsletter's or a
# podcast's pitch is none of these: labelled pages keep one after the text as often as not.
_SITE_THINGS_BY_KIND = {
    "comments": "comments commenter commenting commentaire comentario comentário kommentar commento commenti "
    "комментар коментар komentar yorumlar reacties",
    "forms": "obrigatório obligatoire obligatorio pflichtfeld обязательн",
    "legal": "trademark copyright warenzeichen товарн",
}
SITE_THING_KINDS: tuple[tuple[str, ...], ...] = tuple(tuple(w.split()) for w in _SITE_THINGS_BY_KIND.values())
# Pieces of those words, looked for in a whole page in small letters before anything else: a page with
# none has no such sentence (a form's options and a comment's "Reply" come with the word: "2 comments").
SITE_HINTS: tuple[str, ...] = (
    "comment", "coment", "kommentar", "komentar", "коммент", "коментар", "yorum", "reacties",
    "obrigat", "obligat", "pflichtfeld", "обязательн", "trademark", "copyright", "warenzeichen", "товарн",
    "for subscribing", "for signing up", "for registering", "fully subscribed", "fully signed up", "fully registered",
    "com sucesso", "avec succès", "con éxito", "ihre anmeldung", "deine anmeldung",
)  # fmt: skip
# The site asking its reader ("Please keep it civil.") or naming its own rules ("our community
# guidelines", "nuestra política"), in the common languages: "please", and "our" with a word of rules
# right after it. Not "we", "us", "you", "I", nor "our" alone ("our readers' comments were in favour").
_SITE_PLEASE_BY_LANGUAGE = {
    "en": "please",
    "es/pt": "favor",  # "por favor"
    "fr": "plaît",  # "s'il vous plaît"
    "de": "bitte",
    "it": "favore",
    "nl": "alstublieft",
    "ru": "пожалуйста",
    "id": "mohon",
    "tr": "lütfen",
}
SITE_PLEASE_WORDS = words_of(_SITE_PLEASE_BY_LANGUAGE)
_SITE_OUR_BY_LANGUAGE = {
    "en": "our",
    "es": "nuestro nuestra nuestros nuestras",
    "pt": "nosso nossa nossos nossas",
    "fr": "notre nos",
    "de": "unser unsere unseren unserer",
    "it": "nostro nostra nostri nostre",
    "nl": "onze",
    "ru": "наш наша наше наши нашего нашей нашим",
    "id": "kami",
    "tr": "bizim",
}
SITE_OUR_WORDS = words_of(_SITE_OUR_BY_LANGUAGE)
_SITE_RULES_BY_LANGUAGE = {
    "en": "policy policies guidelines rules terms moderators standards",
    "es": "política políticas normas reglas moderadores",
    "pt": "diretrizes regras moderadores",
    "fr": "charte règles modérateurs",
    "de": "richtlinien regeln netiquette moderatoren",
    "it": "regole regolamento moderatori",
    "nl": "regels huisregels moderatoren",
    "ru": "правила правил модераторы",
    "id": "aturan kebijakan",
    "tr": "kurallar kurallarımız",
}
SITE_RULE_WORDS = words_of(_SITE_RULES_BY_LANGUAGE)
# A form's message to the reader once sent: "Thanks for subscribing!", "You have been successfully subscribed.",
# "Seu cadastro foi confirmado com sucesso!" (short, to "you": not "The club successfully registered its name").
FORM_DONE_RE = re.compile(
    r"^(?:thanks?(?: you)? for (?:subscribing|signing up|registering)\b"
    r"|(?:you|your)\b.{0,40}\bsuccess?fully (?:subscribed|signed up|registered)\b"
    r"|(?:seu e-?mail|seu cadastro|sua inscrição|você)\b.{0,40}\bcom sucesso"
    r"|(?:vous|votre)\b.{0,40}\b(?:inscrite?s?|enregistr[ée]e?s?) avec succès"
    r"|(?:tu|te|has|usted)\b.{0,40}\b(?:suscrit[oa]|registrad[oa]) con éxito"
    r"|(?:vielen )?dank für (?:ihre|deine) anmeldung|(?:ihre|deine) anmeldung (?:war|ist) erfolgreich)",
    re.I,
)
FORM_DONE_CHARS = 100

# A sentence that reports what someone said is the text's, never the site's notice ("..., the council said.")
_REPORTING_BY_LANGUAGE = {
    "en": "said says say told wrote writes according asked added",
    "de": "sagte sagt sagen schrieb erklärte",
    "fr": "dit disent déclaré affirmé écrit",
    "es": "dijo dice dicen afirmó declaró escribió",
    "pt": "disse diz dizem afirmou declarou escreveu",
    "it": "detto dice dicono dichiarato scritto",
    "nl": "zei zegt zeggen schreef",
    "ru": "сказал сказала заявил заявила написал написала",
    "id": "kata ujar",
}
REPORTING_WORDS = words_of(_REPORTING_BY_LANGUAGE)
# ... and in the past: a sentence that tells what someone said is the story's, no standfirst nor caption over it
_PAST_REPORTING_BY_LANGUAGE = {
    "en": "said told wrote added",
    "de": "sagte sagten schrieb erklärte",
    "fr": "dit déclaré affirmé annoncé",
    "es": "dijo dijeron afirmó declaró anunció",
    "pt": "disse disseram afirmou declarou anunciou",
    "it": "detto dichiarato annunciato",
    "nl": "zei zeiden schreef",
}
PAST_REPORTING_WORDS = words_of(_PAST_REPORTING_BY_LANGUAGE)
# ... and more verbs telling what someone says or said, present and past, for a sentence that opens on its speaker
# ("The trust says it will ...", "Die Kette betont, ...": parser/speech.py)
_SPEECH_VERBS_BY_LANGUAGE = {
    "en": "says explains explained warns warned insists insisted announces announced claims claimed",
    "de": "sagt erklärt betont betonte warnt warnte kündigt kündigte teilt teilte",
    "fr": "dit explique expliqué affirme annonce annoncé assure assuré estime estimé",
    "es": "dice explica explicó afirma asegura aseguró anuncia advierte advirtió",
    "it": "dice spiega spiegato afferma annuncia assicura assicurato sostiene",
    "pt": "diz explica explicou afirma anuncia garante garantiu",
    "nl": "zegt meldt meldde stelt stelde verklaart verklaarde",
}
SPEECH_VERBS = words_of(_SPEECH_VERBS_BY_LANGUAGE) | REPORTING_WORDS | PAST_REPORTING_WORDS
# The word opening what someone said in reported speech ("explained that ...", "hat betont, dass ...")
THAT_WORDS = words_of(
    {"en": "that", "de": "dass", "fr": "que", "es": "que", "pt": "que", "it": "che", "nl": "dat", "sv": "att"}
)
# A form's option speaks as the reader, in the first person: "Notify me of new posts", "Save my name
# in this browser" (the verb first, the reader's "me" or "my" right after it).
_FORM_VERBS_BY_LANGUAGE = {
    "en": "notify save remember email",
    "es": "notificarme notifícame guardar recordar avisarme",
    "pt": "notifique-me notificar salvar lembrar avise-me",
    "fr": "prévenez-moi avertissez-moi enregistrer mémoriser",
    "de": "benachrichtige benachrichtigen speichern",
    "it": "avvisami notificami salva ricorda",
    "ru": "сохранить уведомлять уведомить запомнить",
    "id": "beritahu simpan ingat",
}
FORM_VERBS = words_of(_FORM_VERBS_BY_LANGUAGE)
FIRST_SINGULAR_WORDS = frozenset({
    "me", "my", "mi", "mis", "meu", "minha", "meus", "mes", "mon", "ma", "moi", "mich", "mir", "mein", "meine",
    "meinen", "mijn", "моё", "мое", "мой", "мою", "мои", "меня", "мне", "saya", "aku",
})  # fmt: skip
# A reader's comment's "Reply" button alone on its line (in the common languages): no line of an
# article's text ("Report" and "Like" are also a quoted post's buttons; "Jo Ng says:" may open a quote)
COMMENT_REPLY_RE = re.compile(
    r"^(?:reply|responder|r[ée]pondre|antworten|rispondi|ответить|balas)(?:\s*\(\d+\))?$", re.I
)

# The legal form after a company's name in a footer's copyright ("Harbour Post Media Pvt. Ltd."): what
# the site's name is without it (parser/sitename.py). Common forms of the common languages, folded.
COMPANY_FORM_WORDS = frozenset({
    "ltd", "limited", "inc", "llc", "llp", "plc", "corp", "corporation", "co", "company", "pvt", "private",
    "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "ab", "as", "oy", "pty",
    "media", "group", "publishing", "holdings", "&",
})  # fmt: skip
# The article a site's name may open with ("The Harbour Post", "Le Courrier", "Die Zeitung"): the same name
LEADING_ARTICLES = frozenset({
    "the", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "lo", "o", "a", "de", "het",
})  # fmt: skip
# An app's call (related_items._app_line): a place's preposition before a store's name ("on the", "im",
# "bei", "sur l'", "en", "su", "na"), and the word "app" in the common languages after the site's "our"
STORE_PLACE_RE = re.compile(
    r"(?:^|\s)(?:on|in|at|from|im|bei|auf|sur|dans|en|su|nel|na|no|op)(?:\s+(?:the|l'|la|el))?\s*$", re.I
)
APP_WORDS = frozenset({"app", "apps", "appli", "application", "aplicación", "aplicativo", "applicazione"})
# The words a newspaper's name is made of in the common languages ("Jornal de Vilar", "Nordwind Zeitung",
# "Głos Zatoki"), and the articles a paper's name opens with: such a name heading a page and its footer
# is a paper's, no person's own site (site_owner.author_as_site_owner). Folded (small letters).
NEWSPAPER_WORDS = frozenset({
    "times", "post", "news", "gazette", "herald", "daily", "journal", "tribune", "chronicle", "courier",
    "observer", "telegraph", "press", "weekly", "review", "magazine", "zeitung", "blatt", "tagblatt",
    "anzeiger", "kurier", "bote", "rundschau", "nachrichten", "abendblatt", "presse", "quotidien",
    "courrier", "nouvelles", "écho", "échos", "dépêche", "républicain", "hebdo", "diario", "diário",
    "periódico", "noticias", "notícias", "gaceta", "heraldo", "correo", "correio", "voz", "crónica",
    "jornal", "folha", "gazeta", "giornale", "corriere", "gazzetta", "gazzettino", "messaggero", "notizie",
    "tribuna", "dagblad", "krant", "courant", "nieuws", "gazet", "dziennik", "tygodnik", "głos",
    "wiadomości", "вестник", "газета", "новости", "известия",
    "advertiser", "sentinel", "examiner", "inquirer", "enquirer", "dispatch", "bulletin", "monitor", "beacon",
    "register", "guardian", "mirror", "spectator", "ledger", "gleaner", "echo", "eco", "sentinella", "nazione",
    "vigie", "allgemeine", "tageszeitung", "kurjer", "ведомости", "вести", "правда",
})  # fmt: skip
PAPER_ARTICLES = frozenset({"the", "der", "die", "das", "il", "lo", "los", "las", "les", "het"})
# A paper's name in a Romance language: an article, a noun, then "of" and a place ("El Faro del Canal", "La
# Voce di Tollby", "Le Veilleur du Canal", "O Farol de Marrow"); a person's name seldom opens with an article
ROMANCE_ARTICLES = frozenset({"el", "la", "le", "l", "o", "a", "os", "as", "i", "gli", "lo", "los", "las", "les"})
ROMANCE_OF = frozenset({"de", "del", "della", "dello", "delle", "di", "du", "des", "da", "do", "dos", "das"})
