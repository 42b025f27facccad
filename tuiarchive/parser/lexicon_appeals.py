"""Words of a site's appeal to its reader under a story (appeals.py tells the appeal by its shape: an action
asked of the reader, said to the reader or about the site): the actions a site asks for (subscribing, giving,
joining, following, signing up, supporting, writing in with a tip) and the words that say who is spoken to or
for (the reader's pronouns, the site's "us" and "our"), in the common languages and Dutch. Ours, written for
those languages; none is taken from a labelled page."""

from __future__ import annotations

import re

from .lexicon import words_of

# The actions, by the stems of their verbs and nouns ("subscribe", "Abonnement", "abonnez-vous",
# "suscríbete", "abbonati", "assine", "abonneer"): a word opening with one of these
APPEAL_STEMS = (
    "subscri", "donat", "donor", "membership", "newsletter", "sign up", "signing up",
    "abonn", "spende", "spenden", "mitglied", "unterstütz", "anmeld",
    "suscri", "suscrí", "donar", "donaci", "apoya", "apóya", "hazte", "boletín",
    "abbona", "abbonati", "iscriv", "iscrivi", "donazion", "sostien", "sostegn",
    "assin", "subscrev", "donativ", "apoie", "aportaci",
    "nieuwsbrief", "doneer", "donatie", "steun", "inschrijv", "aanmeld", "lidmaatschap",
    "inscri", "soutien", "soutenez", "soutenir", "contribu",
)  # fmt: skip
# The same as whole words, too short to be stems ("a monthly gift", "ein Abo"), and as phrases ("become a
# member", "faites un don", "hazte socio", "word lid": a word that alone is a story's, a club's member)
APPEAL_WORDS = words_of({"en": "gift gifts", "de": "abo abos", "fr": "don dons"})
# The imperatives of those actions, opening a sentence or a clause ("Subscribe to ...", "Unterstützen Sie ...",
# "Abonnez-vous", "Suscríbete", "Se apprezzi il nostro lavoro, abbonati", "Assine já", "Doneer vandaag")
APPEAL_IMPERATIVES = words_of(
    {
        "en": "subscribe donate support register contribute",
        "de": "abonnieren spenden unterstützen werden registrieren",
        "fr": "abonnez soutenez inscrivez rejoignez faites donnez contribuez",
        "es": "suscríbete suscribete apóyanos apoya hazte dona únete regístrate colabora contribuye",
        "it": "iscriviti abbonati sostieni sostienici dona unisciti registrati contribuisci",
        "pt": "assine subscreva apoie doe junte registe registre contribua",
        "nl": "abonneer doneer steun word meld",
    }
)
# Giving, asked of the reader with the site or its work named ("If you value our reporting, please give what you
# can", "geben Sie, was Sie können", "contribua com o que puder"): an imperative of any giving, which alone is a
# recipe's or a guide's ("Give it a stir")
GIVING_IMPERATIVES = words_of(
    {
        "en": "give help",
        "de": "geben gib helfen hilf",
        "fr": "participez aidez",
        "es": "aporta ayuda ayúdanos",
        "it": "aiuta aiutaci",
        "pt": "ajude ajude-nos",
        "nl": "geef help",
    }
)
APPEAL_PHRASE_RE = re.compile(
    r"\b(?:becom(?:e|ing) a (?:member|supporter|subscriber)|join (?:us|our)|(?:faites|faire) un don"
    r"|devenez membre|hazte (?:socio|suscriptor)|torne-se (?:assinante|sócio)|diventa socio"
    r"|word (?:\w+ )?(?:lid|abonnee)|(?:chip|pitch) in)\b",
    re.I,
)
# Following the site or writing in to it: a word of these and the site's or the reader's word make an appeal
# ("Follow us on ...", "Folgen Sie uns", "Suivez-nous", "Síguenos", "Seguici", "Siga-nos", "Volg ons";
# "Write to us", "Schreiben Sie uns", "Écrivez-nous", "Escríbenos", "Scrivici", "Escreva-nos", "Mail ons")
FOLLOW_WRITE_WORDS = words_of(
    {
        "en": "follow write send email contact tip tips",
        "de": "folgen folge schreiben schreib senden schicken kontaktieren hinweis hinweise",
        "fr": "suivez suivre écrivez écrire envoyez contactez signalez",
        "es": "sigue siga síguenos seguir escríbenos escribe envía envíanos contacta pista",
        "it": "segui seguici seguire scrivici scrivi invia inviaci contatta segnalazione",
        "pt": "siga siga-nos seguir escreva escreva-nos envie contacte contate pista",
        "nl": "volg volgen mail schrijf stuur contact tip",
    }
)
# The site spoken for ("our", "uns", "nous", "nuestro", "ci", "ons"; the English "us" is asked of the line as it
# is written, in small letters: "the US" is a country) and the reader spoken to (the informal and formal "you" of
# each language; the German "Sie" counts inside a sentence only, where a capital opens no sentence)
SITE_WORDS = words_of(
    {
        "en": "our",
        "de": "uns unsere unser unseren unserem unserer",
        "fr": "nous notre nos",
        "es": "nos nosotros nuestro nuestra nuestros nuestras",
        "it": "ci noi nostro nostra nostri nostre",
        "pt": "nos nosso nossa nossos nossas",
        "nl": "ons onze",
    }
)
READER_PRONOUNS = words_of(
    {
        "en": "you your",
        "de": "dich dir dein deine euch ihre ihrer ihnen",
        "fr": "vous votre vos tu ton ta tes",
        "es": "usted tú te tu tus",
        "it": "tu ti voi vostro vostra tuo tua tuoi tue",
        "pt": "você vocês seu sua",
        "nl": "je jij jouw u uw",
    }
)
# The readers named as those who pay for the work ("free to read because readers like you give")
READER_NOUNS = words_of(
    {"en": "readers reader", "de": "leser leserinnen", "fr": "lecteurs lectrices", "es": "lectores lectoras",
     "it": "lettori lettrici", "pt": "leitores leitoras", "nl": "lezers lezer"}
)  # fmt: skip
SOCIAL_NETWORKS = frozenset({"facebook", "instagram", "youtube", "tiktok", "linkedin", "twitter", "whatsapp",
                             "telegram", "threads", "bluesky", "mastodon", "x"})  # fmt: skip
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A newsletter's or an app's offer to the reader: the imperatives of receiving and downloading ("Get ...",
# "Recevez ...", "Descarga ...", "Laden Sie ... herunter"), where it is delivered (the reader's inbox: "e-mail"
# is read as its words "e" and "mail") and how often ("every morning", "jeden Morgen", "elke ochtend")
DELIVERY_IMPERATIVES = words_of(
    {
        "en": "get receive download install",
        "de": "erhalten laden holen bekommen",
        "fr": "recevez reçois téléchargez télécharge installez",
        "es": "recibe reciba descarga descargue instala",
        "it": "ricevi ricevete scarica scaricate installa",
        "pt": "receba recebe descarregue descarrega baixe instale",
        "nl": "ontvang download installeer krijg",
    }
)
INBOX_WORDS = words_of(
    {
        "en": "inbox mailbox email mail",
        "de": "postfach posteingang",
        "fr": "boîte courriel",
        "es": "correo bandeja",
        "it": "casella posta",
        "pt": "caixa correio",
        "nl": "mailbox",
    }
)
EVERY_PERIOD_RE = re.compile(
    r"\b(?:every (?:morning|day|evening|week)|jeden (?:Morgen|Tag|Abend)|jede Woche|chaque (?:matin|jour|soir|semaine)"
    r"|cada (?:mañana|día|noche|semana)|ogni (?:mattina|giorno|sera|settimana)|tod[ao]s as (?:manhãs|semanas)"
    r"|todos os dias|(?:elke|iedere) (?:ochtend|dag|avond|week))\b",
    re.I,
)
# The site's work named as what the reader is asked to support ("Support independent journalism", "Apoya el
# periodismo local"): the site's, as its "our" is
JOURNALISM_WORDS = words_of(
    {
        "en": "journalism reporting",
        "de": "journalismus lokaljournalismus",
        "fr": "journalisme",
        "es": "periodismo",
        "it": "giornalismo",
        "pt": "jornalismo",
        "nl": "journalistiek",
    }
)
# What the site's work costs or is worth ("Quality journalism costs money", "El periodismo de calidad tiene un
# coste"): a word of these with the site's work named, in a short line of no one's words, is its pitch
COST_WORDS = words_of(
    {
        "en": "cost costs money free",
        "de": "kostet kosten geld",
        "fr": "coûte coût argent gratuit",
        "es": "cuesta coste costo dinero gratis",
        "it": "costa costo soldi gratis",
        "pt": "custa custo dinheiro grátis",
        "nl": "kost geld gratis",
    }
)
