"""Words of a note on how the article itself was made (making_notes.tells_how_made tells the note by its shape:
the article, its interview or its newsroom as the subject, a verb of making in the past or the passive): the
nouns a newsroom calls its own work by, the verbs of making, editing and translating a text, and the same in
Chinese and Japanese. Ours, written for the common languages; none is taken from a labelled page."""

from __future__ import annotations

import re

from .lexicon import words_of

# What a newsroom calls the text it made, after "this" ("this report", "diese Reportage", "cette chronique",
# "esta crónica", "questo pezzo"): the story's own nouns, not a third party's ("the auditors' report")
OWN_WORK_NOUNS = words_of(
    {
        "en": "article story piece report reporting text post feature column interview coverage dispatch essay "
        "profile series investigation analysis",
        "de": "artikel text beitrag bericht reportage interview gespräch recherche analyse serie porträt kolumne",
        "fr": "article texte reportage enquête chronique entretien papier récit portrait analyse série",
        "es": "artículo texto reportaje crónica entrevista nota pieza información análisis serie perfil",
        "it": "articolo testo pezzo servizio reportage intervista inchiesta cronaca analisi serie ritratto",
        "pt": "artigo texto reportagem matéria crônica entrevista análise série perfil",
    }
)
# "this" and its kin before such a noun (a demonstrative: the text names itself)
OWN_WORK_THIS = words_of(
    {
        "en": "this",
        "de": "dieser diese dieses diesem diesen",
        "fr": "cet cette ce",
        "es": "este esta",
        "it": "questo questa quest",
        "pt": "este esta esse essa",
    }
)
# An interview or a conversation, named with the definite article ("The interview", "Das Gespräch",
# "L'entretien"): a story's own interview, when a verb of editing follows (EDITED_WORDS)
# The article before an interview's noun in a note on its editing ("The interview has been edited")
INTERVIEW_ARTICLES = ("the", "das", "der", "l", "la", "el", "il", "lo", "o", "a")
INTERVIEW_NOUNS = words_of(
    {
        "en": "interview conversation exchange transcript",
        "de": "interview gespräch",
        "fr": "entretien interview échange propos",
        "es": "entrevista conversación",
        "it": "intervista conversazione colloquio",
        "pt": "entrevista conversa",
    }
)
# A newsroom as the one who made the text: its own name in a language that has one ("die Redaktion", "la
# rédaction", "la redazione"), or a reporter, an editor, a team after "our" ("our reporter", "unsere Reporterin")
NEWSROOM_NAMES = words_of({"en": "newsroom", "de": "redaktion", "fr": "rédaction", "es": "redacción", "it": "redazione",
                           "pt": "redação redacção", "nl": "redactie", "pl": "redakcja"})  # fmt: skip
OUR_WORDS = words_of(
    {
        "en": "our",
        "de": "unser unsere unserer unseren unserem",
        "fr": "notre nos",
        "es": "nuestro nuestra nuestros nuestras",
        "it": "nostro nostra nostri nostre",
        "pt": "nosso nossa nossos nossas",
    }
)
NEWSROOM_STEMS = ("reporter", "editor", "staff", "team", "desk", "journalist", "correspondent", "redakteur",
                  "korrespondent", "rédact", "envoy", "periodist", "redactor", "corresponsal",
                  "giornalist", "inviat", "redattor", "repórter", "jornalist", "cronist", "photograph",
                  "fotograf")  # fmt: skip
# Editing a text after it was written: shortened, condensed, translated (what is done to an interview)
EDITED_WORDS = words_of(
    {
        "en": "edited condensed shortened abridged trimmed translated",
        "de": "gekürzt bearbeitet redigiert übersetzt überarbeitet",
        "fr": "édité édités éditée éditées raccourci raccourcis raccourcie condensé condensés condensée traduit "
        "traduits traduite remanié remaniés remaniée",
        "es": "editada editado resumida resumido abreviada abreviado traducida traducido condensada condensado",
        "it": "editata editato condensata condensato ridotta ridotto tradotta tradotto sintetizzata sintetizzato",
        "pt": "editada editado resumida resumido condensada condensado traduzida traduzido",
    }
)
# Making a text, in the past or the passive, and what it was made from: the verbs of EDITED_WORDS and those
# of writing, gathering, checking and paying for it ("drew on", "entstand", "a été rédigé", "se elaboró",
# "è stato scritto", "sulla base", "à partir"); stems, as a line's words start with them
MADE_STEMS = (
    # en
    "drew", "drawn", "based", "written", "produced", "compiled", "reported", "researched", "checked",
    "verified", "funded", "paid", "supported", "commissioned", "gathered", "prepared",
    # de
    "entstand", "entstanden", "erstellt", "verfasst", "recherchiert", "geprüft", "gefördert", "finanziert",
    "grundlage", "basiert", "beruht",
    # fr
    "rédigé", "écrit", "réalisé", "recueilli", "vérifié", "financé", "établi", "partir",
    # es ("a partir de": fr's)
    "elabor", "escrit", "redact", "realizad", "recogid", "verificad", "financiad", "basad",
    # it
    "scritto", "scritti", "redatt", "realizzat", "raccolt", "verificat", "finanziat", "base", "cura",
    # pt ("escrito", "financiado": es's)
    "produzid", "apurad",
)  # fmt: skip
# A note with no subject that opens on a participle or a noun of making: "Translated from the Portuguese
# by ...", "Propos recueillis par ...", "Traduzione dall'inglese a cura ...", "Übersetzung aus dem ..."
MADE_OPENERS = words_of(
    {
        "en": "translated edited condensed compiled",
        "de": "übersetzt übersetzung bearbeitet",
        "fr": "traduit traduction propos",
        "es": "traducido traducción traducida",
        "it": "traduzione tradotto",
        "pt": "traduzido traduzida tradução",
    }
)
# Chinese and Japanese: the article or its newsroom named ("本文", "この記事", "编辑部", "編集部") or its
# interview ("インタビュー", "采访"), and a verb of making it ("整理", "编译", "構成", "要約", "をもとに", "根据")
OWN_WORK_CJK_RE = re.compile(
    r"本文|本稿|本篇|本记事|本記事|この記事|本报道|本報道|编辑部|編集部|編輯部|インタビュー|访谈|訪談|対談|对谈"
)
MADE_CJK_RE = re.compile(
    r"整理|编译|編譯|翻译|翻譯|翻訳|編集|编辑|要約|删节|刪節|構成|まとめ|をもとに|に基づ|根据|根據|基于|基於"
)
# A Chinese or Japanese note that opens on its reporter or its desk: "記者は", "本紙記者が", "记者连续", "编辑部"
NEWSROOM_CJK_RE = re.compile(r"(?:本紙|本报|本報|当社|弊社)?(?:記者|记者|編集部|编辑部|編輯部|取材班|采访组|採訪組)")
# The reader spoken to ("the stories you need", "vous recevrez", "te lo contamos"): a box's pitch or an
# appeal, even with the newsroom as its subject ("Our editors pick the stories you need to read tonight")
READER_WORDS = words_of(
    {
        "en": "you your yours",
        "de": "dich dir dein deine euch",  # (not "du": the French "of the")
        "fr": "vous votre vos tu toi ton ta tes",
        "es": "usted ustedes tú te tu tus vosotros",
        "it": "tu ti voi vostro vostra vostri vostre",
        "pt": "você vocês",
    }
)
READER_FORMAL_RE = re.compile(r"(?<!^)(?<![.!?:] )\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b|あなた|您|你")
# A verb in the passive or the past, whatever the verb ("was assembled", "wurde gekürzt", "a été relu", "fue
# revisada", "è stato riletto", "foi editado", "travelled"): with the text or its newsroom as the subject, what
# was done to make it (a list of verbs of making misses new ones: review-parser W20)
MADE_GRAMMAR_RE = re.compile(
    r"\b(?:was|were|(?:has|have|had) been)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ght|lt|nt|ck|ung|un)|made|done)\b"
    r"|\b\w{3,}ed\b"
    r"|\b(?:wurden?|worden|entstand(?:en)?)\b"
    r"|\b(?:a|ont|avait|avaient) été\b"
    r"|\b(?:a|ont|est|sont|s['’]est|se sont)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|it|u|ue)\b"
    r"|\b(?:fue|fueron|ha sido|han sido)\s+\w+(?:ad|id)[oa]s?\b|\b(?:ha|han)\s+\w+(?:ado|ido)\b|\bse\s+\w+ó\b"
    r"|\b(?:è|sono|era|erano)\s+stat[oaie]\b|\b(?:ha|hanno)\s+\w+(?:ato|uto|ito)\b"
    r"|\b(?:foi|foram)\s+\w+(?:ad|id)[oa]s?\b",
    re.I,
)
# What a story states and a note does not: a finding ("found that", "ergab", "a révélé", "reveló"), and
# what is to come ("will be debated", "wird", "sera", "será", "sarà")
FINDING_WORDS = words_of(
    {
        "en": "found finds showed shows revealed reveals concluded concludes",
        "de": "ergab ergaben ergibt zeigt zeigte zeigten belegt belegte",
        "fr": "révèle révélé révélée montre montré montrée conclut constaté",
        "es": "reveló revela muestra mostró concluye concluyó constató",
        "it": "rivela rivelato mostra mostrato conclude concluso",
        "pt": "revelou revela mostra mostrou concluiu constatou",
    }
)
FUTURE_WORDS = words_of(
    {"en": "will shall", "de": "wird werden", "fr": "sera seront", "es": "será serán", "it": "sarà saranno",
     "pt": "será serão"}
)  # fmt: skip
# "for this article by A.", "für diesen Text von A.": a credit for the text's own making (a word of
# purpose before the text's name, an agent's word after it)
FOR_WORDS = words_of({"en": "for", "de": "für", "fr": "pour", "es": "para", "it": "per", "pt": "para"})
AGENT_WORDS = words_of({"en": "by", "de": "von", "fr": "par", "es": "por", "it": "da di", "pt": "por"})
# A possessor after the text's name: another body's report ("this report of the council", "Dieser Bericht der
# Landesregierung", "ce rapport du préfet", "este informe del ministerio", "questo rapporto della regione")
OF_WORDS = words_of({"en": "of", "de": "der des", "fr": "de du des", "es": "de del", "it": "di del della dei degli",
                     "pt": "do da dos das"})  # fmt: skip
# English verbs whose past is no "-ed" (MADE_GRAMMAR_RE reads "-ed"): a newsroom's doing told in the past
PAST_IRREGULAR = words_of(
    {
        "en": "spent spoke went met took made rode drove wrote saw sat flew kept read ran got sought bought brought "
        "caught taught heard left held told built sent began came",
    }
)
# A newsroom's jobs a note on a staff writer names ("transport reporter", "Redakteurin", "journaliste",
# "periodista", "giornalista", "verslaggever"), by their stems, found inside a word too (a German or Dutch
# compound: "Lokalreporterin", "sportverslaggever"); not a photographer's or a team's (a story's)
WRITER_JOB_STEMS = ("reporter", "editor", "journalist", "correspondent", "columnist", "redakteur", "korrespondent",
                    "kolumnist", "rédact", "chroniqueu", "correspondant", "periodist", "redactor", "corresponsal",
                    "giornalist", "redattor", "cronist", "repórter", "jornalist", "redacteur", "verslaggev",
                    "corrispondent")  # fmt: skip
# Writing for a paper, after a writer's name ("writes for", "covers the courts for", "schreibt für", "écrit
# pour", "escribe para", "scrive per", "escreve para", "schrijft voor")
WRITES_FOR_RE = re.compile(
    r"^(?:writes (?:\w+ ){0,2}?for|covers (?:\w+ ){1,4}?for|schreibt (?:\w+ ){0,2}?für|écrit (?:\w+ ){0,2}?pour"
    r"|escribe (?:\w+ ){0,2}?(?:para|en)|scrive (?:\w+ ){0,2}?per|escreve (?:\w+ ){0,2}?(?:para|no|na)"
    r"|schrijft (?:\w+ ){0,2}?voor"
    # covering a beat for a paper in the other languages ("couvre l'agriculture pour", "si occupa di cronaca per")
    r"|(?:berichtet|couvre|cubre|si occupa|cobre) (?:[\w’'-]+ ){1,4}?"
    r"(?:für|pour|para|per|voor|en|no|na))\b",
    re.I,
)
# Working somewhere, after a name ("works at", "joined", "arbeitet seit 2019 als", "a rejoint", "trabaja como",
# "lavora per", "trabalha no", "werkt sinds 2020 als"): a writer's note when it names a newsroom or its job
WORKS_AT_RE = re.compile(
    r"^(?:(?:has )?(?:works?|worked) (?:\w+ ){0,3}?(?:as|at|for|in)|joined|arbeitet (?:\w+ ){0,3}?(?:als|für|bei|in)"
    r"|travaille (?:\w+ ){0,3}?(?:pour|comme|à)|a rejoint|trabaja (?:\w+ ){0,3}?(?:como|en|para)"
    r"|lavora (?:\w+ ){0,3}?(?:come|per|a|al)|trabalha (?:\w+ ){0,3}?(?:como|no|na|para)"
    r"|werkt (?:\w+ ){0,3}?(?:als|bij|voor|in))\b",
    re.I,
)
# A guest writer's note names their book: "the author of", "Autorin des Romans", "auteur de", "autora de",
# "autore di", "autor de", "auteur van" (the real labels keep such a note under the text as its own)
BOOK_AUTHOR_RE = re.compile(
    r"\b(?:author|autor|autorin|auteur|auteure|autora|autore|autrice)"
    r" (?:of|von|des|der|de|du|di|del|della|do|da|van)\b",
    re.I,
)
# What a writer's note says they are ("is", "ist", "est", "es", "è", "é"; Dutch "is"), in the present or the past
WRITER_IS_WORDS = words_of({"en": "is was", "de": "ist war", "fr": "est était", "es": "es era", "it": "è era",
                            "pt": "é era", "nl": "is was"})  # fmt: skip
# The heading of a box on the writer: "About the author", "Über die Autorin", "Zur Autorin", "À propos de
# l'auteure", "Sobre el autor", "Chi è l'autore", "Sobre a autora", "Over de schrijver"; or the author's noun
# after its article alone ("Die Autorin", "L'auteur", "El autor", "De auteur")
WRITER_BOX_HEADING_RE = re.compile(
    r"^(?:(?:about|meet|über|zu[mr]|à propos de|a propos de|qui est|sobre|acerca de|chi è|quem é|over)\s+"
    r"(?:(?:the|den|die|der|l['’]\s?|el|la|il|o|a|de|del)\s*)?|(?:the|den|die|der|l['’]\s?|el|la|il|o|a|de)\s*)"
    r"(?:author|writer|autor|autorin|auteur|auteure|autora|autore|autrice|schrijver|schrijfster)s?\s*:?$",
    re.I,
)
# A text's update told under it ("updated", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "atualizado",
# "bijgewerkt"): with a date or a time and a few words, the site's stamp (stamps.py), said of the article itself
# ("this article", "dieser Artikel", "cet article", "este artículo", "questo articolo", "este artigo", "dit artikel")
# or opening the line ("Updated 4 March, 10:12")
UPDATED_RE = re.compile(
    r"(?:^|\s)(?:last updated?|updated|aktualisiert|mis à jour|mise à jour|actualizad[oa]|aggiornat[oa]|atualizad[oa]"
    r"|bijgewerkt|geactualiseerd|geüpdatet)(?=\s|$|[.,:])",
    re.I,
)
ARTICLE_NOUN_RE = re.compile(
    r"\b(?:article|story|post|artikel|beitrag|artículo|noticia|articolo|artigo|notícia|bericht)\b", re.I
)
# A note that the text appeared in the paper's printed edition (stamps.is_print_stamp): a word of the print
# edition, a verb of appearing in it, and the text named as a newsroom names its pieces
PRINT_EDITION_RE = re.compile(
    r"\b(?:print|printed|edition|newspaper|paper|\w*ausgabe|gedruckt\w*|\w*zeitung|édition|imprimée?"
    r"|papier|journal|edición|impres[ao]|papel|periódico|edizione|cartacea|stampa|giornale|quotidiano|edição"
    r"|jornal|krant|editie|papieren|gedrukt)\b",
    re.I,
)
APPEARED_RE = re.compile(
    r"\b(?:appear(?:s|ed)?|ran|published|printed|erschien\w*|veröffentlicht|abgedruckt|paru|parue|publiée?"
    r"|publicó|publica|publicad[oa]|apareció|salió|paraît|parait|esce|sai|verschijnt|erscheint|uscit[oa]|pubblicat[oa]|apparsa?|apparso|saiu|publicad[oa]|verscheen"
    r"|verschenen|stond|stand|gepubliceerd)\b",
    re.I,
)
# A correction's words for the text's earlier version ("an earlier version of this story", "in einer früheren
# Fassung", "une version précédente", "una versión anterior", "una versione precedente", "uma versão anterior",
# "een eerdere versie"): stamps.is_correction_note
EARLIER_VERSION_RE = re.compile(
    r"\b(?:(?:an )?(?:earlier|previous|prior) version|fr[üu]heren (?:fassung|version)|vorherigen (?:fassung|version)"
    r"|version pr[ée]c[ée]dente|pr[ée]c[ée]dente version|versi[óo]n anterior|versione precedente|vers[ãa]o anterior"
    r"|eerdere versie|vorige versie)\b",
    re.I,
)
# The demonstratives that open a note on the text itself ("Questo pezzo ...", "Esta información ...")
THIS_WORDS = words_of(
    {
        "en": "this",
        "de": "dieser diese dieses",
        "fr": "ce cet cette",
        "es": "este esta",
        "it": "questo questa",
        "pt": "este esta",
        "nl": "dit deze",
    }
)
# A newsroom's nouns for the piece itself, as the subject of a note on it (stamps.is_print_stamp)
PIECE_NOUNS = words_of(
    {
        "en": "article story piece report",
        "de": "artikel beitrag text bericht",
        "fr": "article texte papier reportage",
        "es": "artículo texto reportaje noticia información",
        "it": "articolo pezzo testo servizio",
        "pt": "artigo texto reportagem notícia peça",
        "nl": "artikel stuk verhaal bericht",
    }
)
