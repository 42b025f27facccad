"""Words of the notes that set the terms a text may be copied under (parser/copyterms.py tells a note by its
shape; these are its vocabulary): the verbs and nouns of copying, of publishing or using a text, the words of a
permission, a prohibition, a condition or a credit asked, and the past tense a story tells what happened in, in
the six common languages and in Chinese and Japanese. Ours, written for the common languages; none is taken
from a labelled page."""

from __future__ import annotations

import re

from .lexicon import words_of
from .lexicon_site import REPORTING_WORDS

# (what someone said makes a sentence the story's; "écrit" and "scritto" are also a consent "in writing")
STORY_REPORTING_WORDS = (REPORTING_WORDS - {"écrit", "scritto"}) | words_of(
    {  # and the verbs of arguing and ruling a story about copyright reports ("..., the judge ruled")
        "en": "argued argues claimed claims ruled insisted contended",
        "de": "argumentierte entschied behauptete",
        "fr": "estimé jugé soutenu",
        "es": "argumentó dictaminó sostuvo",
        "it": "sostenuto stabilito",
        "pt": "argumentou decidiu sustentou",
    }
)

# Copying or passing a text on, by the stems of the verbs and nouns (copy, copies, copied, copying, copie,
# copia, cópia; Vervielfältigung, vervielfältigt; diffuser, difundir, divulgar ...)
COPY_STEMS = ("copy", "copi", "carry", "carri", "cópi",
              "kopie", "vervielfält", "reproduc", "reprodu", "reproduz", "riprodu",
              "distribu", "redistribu", "republi", "ripubblic", "reprint", "nachdruck", "nachgedruckt",
              "weitergeb", "weitergab", "weiterverbreit", "verbreit", "weiterverwend", "diffus", "difund",
              "difusi", "divulg", "recopi", "syndicat", "reus", "réutilis", "riutilizz", "reutiliz",
              "übernehm", "übernahm", "übernomm", "reprend", "repris", "riprend", "ripres",
              "urheberrecht")  # fmt: skip
COPY_CJK_RE = re.compile(r"复制|複製|转载|轉載|転載|転用|複写|复印|翻印|再配布|散布|著作権|版权|版權")
# A condition set on the copying: a permission or a prohibition (modal or not), a consent or a credit
# asked, a condition ("as long as", "sofern", "à condition", "siempre que", "a condizione", "desde que"), or
# the text's owner ("owns", "belongs", "gehört", "appartient", "pertenece", "appartiene", "pertence")
TERMS_WORDS = words_of(
    {
        "en": "may can cannot must forbidden prohibited permitted allowed requires required consent permission "
        "agreement approval authorisation authorization provided condition free freely owns belongs property "
        "gratis license licence licensed licensing protected",
        "de": "darf dürfen gestattet untersagt verboten zustimmung genehmigung erlaubnis erlaubt sofern solange "
        "frei gehören gehört eigentum einverständnis kostenlos lizenz geschützt vorbehalten",
        "fr": "interdit interdite interdits interdites autorisé autorisée autorisation accord consentement "
        "peut pouvez peuvent libre libres librement condition appartient appartiennent propriété gratuit gratuite "
        "licence protégé protégée",
        "es": "prohibida prohibido prohibidas prohibidos permitida permitido autorización consentimiento puede "
        "pueden libre libres libremente condición pertenece pertenecen propiedad gratuito gratuita licencia "
        "protegido protegida",
        "it": "vietata vietato vietate vietati consentita consentito consenso autorizzazione può possono libero "
        "libera liberi liberamente condizione appartiene appartengono proprietà gratuito gratuita licenza "
        "protetto protetta riservata",
        "pt": "proibida proibido proibidas proibidos permitida permitido autorização consentimento pode podem "
        "livre livres livremente condição pertence pertencem propriedade gratuito gratuita licença protegido "
        "protegida",
    }
)
# The rule words alone (a prohibition, a permission, a consent, rights reserved): a short line with a word of
# copying and one of these sets terms without naming the text ("Reproduction interdite sans autorisation",
# "Nachdruck nur mit Genehmigung des Verlags", "Prohibida su reproducción total o parcial", "Riproduzione
# riservata")
RULE_WORDS = words_of(
    {
        "en": "forbidden prohibited permitted consent permission authorisation authorization reserved",
        "de": "untersagt verboten gestattet genehmigung zustimmung erlaubnis vorbehalten",
        "fr": "interdit interdite interdits autorisation autorisée consentement réservé réservée réservés",
        "es": "prohibida prohibido autorización consentimiento reservados reservada permitida",
        "it": "vietata vietato autorizzazione consenso consentita riservata riservati",
        "pt": "proibida proibido autorização consentimento reservados reservada permitida",
    }
)
TERMS_PHRASE_RE = re.compile(
    r"\bas long as\b|\bsiempre que\b|\bdesde que\b|©|\(c\)"
    r"|禁|不得|未经|未經|無断|无断|自由|许可|許可|版权|版權|著作権|所有",
    re.I,
)
# A story tells of copying that happened, in the past ("The copies were made without permission", "Die Kopien
# wurden ohne Genehmigung angefertigt", "La riproduzione fu vietata"); a note sets terms, in the present or
# with no verb: the auxiliaries and the commonest verbs of the past in the six languages
PAST_WORDS = words_of(
    {
        "en": "was were had did",
        "de": "wurde wurden war waren hatte hatten",
        "fr": "ont été était étaient fut furent avait avaient",
        "es": "fue fueron era eran hizo hicieron había habían",
        "it": "fu furono era erano stato stata stati state aveva avevano",
        "pt": "foi foram era eram fez fizeram tinha tinham havia",
    }
)
CJK_RULE_RE = re.compile(r"禁|不得|未经|未經|無断|无断|ご遠慮")


# --- An offer of the text for reuse in the words of publishing, running, sharing or using it (a reader or other
# outlets "may run this article ... as long as they credit the author"): a verb of these alone is any story's,
# so the offer needs both a permission (may, can, welcome, free; dürfen, pouvez, pueden, possono, podem; 可以,
# できます) and a credit asked (the source, the author, a link, our name; Quelle, fonte, fuente; 出典, 来源)
OFFER_WORDS = words_of(
    {
        "en": "publish publishing run running share sharing post posting print printing use using",
        "de": "teilen verwenden nutzen",
        "fr": "publier partager utiliser",
        "es": "publicar compartir usar utilizar",
        "it": "pubblicare condividere usare utilizzare",
        "pt": "publicar compartilhar partilhar usar utilizar",
    }
)
OFFER_STEMS = ("veröffentlich", "verwend")
OFFER_CJK_RE = re.compile(r"掲載|刊登|发布|發佈|分享|利用|使用|转发|轉發")
PERMISSION_WORDS = words_of(
    {
        "en": "may can free freely welcome allowed permitted",
        "de": "dürfen darf dürft können kann gern gerne frei",
        "fr": "pouvez peut peuvent libre libres librement",
        "es": "puede pueden puedes libre libremente",
        "it": "può possono puoi libero liberi liberamente",
        "pt": "pode podem livre livres livremente",
    }
)
CREDIT_WORDS = words_of(
    {
        "en": "credit credits credited crediting attribution attribute source link name byline author cite citing",
        "de": "quelle quellenangabe nennung nennen genannt autor autorin link",
        "fr": "source citant citer mention mentionner mentionnant auteur auteure lien",
        "es": "fuente citando citar citen cite autor autora enlace crédito",
        "it": "fonte citando citare citi autore autrice link",
        "pt": "fonte citando citar citem autor autora crédito link",
    }
)
CJK_PERMISSION_RE = re.compile(r"欢迎|歡迎|可以|できます|構いません|自由")
CJK_CREDIT_RE = re.compile(r"出典|出处|出處|来源|來源|注明|註明|明記|クレジット")
