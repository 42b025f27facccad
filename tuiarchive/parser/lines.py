"""What a single line of a saved page is: chrome, a dateline, a byline, prose, a headline...

These are general rules about how web pages read once copied as text; none of them names
a site. Each predicate looks at one line (sometimes with its neighbours passed in).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .anycase import match_any_case, search_any_case
from .lexicon import CJK_BYLINE_RE, OUTLET_WORDS, cjk_chars
from .thresholds import HEADLINE_YOU_WORDS, PAGE_CACHE

_DIGIT_RE = re.compile(r"\d")

TERMINAL = tuple('.!?…"”’)»。！？」』')  # and the full-width ends of CJK sentences

# Whole lines that are page furniture: buttons, menus, widgets, markers.
_CHROME_EXACT = {
    "edit post", "this audio is created with ai assistance", "listen to this article", "listen",
    "advertisement", "advertising", "sponsored", "sponsored content", "paid content", "promoted",
    "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "share on x", "share via", "facebook", "twitter", "x", "whatsapp", "telegram",
    "linkedin", "bluesky", "reddit", "pinterest", "flipboard", "mastodon", "threads", "messenger",
    "instagram", "youtube", "tiktok", "email",
    "e-mail", "sms", "print", "copy", "copy link", "copy article link", "link copied", "copylink",
    "save", "save article", "saved", "bookmark", "comments", "comment", "show comments", "menu",
    "search", "close", "open", "skip to content", "skip to main content", "skip links",
    "skip navigation", "navigation menu", "main navigation", "sign in", "sign up", "log in", "login",
    "log out", "logout", "register", "subscribe", "subscribed", "unsubscribe", "donate", "support us",
    "more", "show more", "read more", "see more", "load more", "view more", "see all", "view all",
    "back", "back to top", "next", "previous", "prev", "top", "home", "accept", "reject", "decline",
    "accept all", "reject all", "allow all", "deny", "ok", "got it", "i agree", "manage cookies",
    "cookie settings", "cookie preferences", "settings", "details", "play", "pause", "mute",
    "unmute", "replay", "watch", "watch live", "live", "video", "audio", "podcast", "photo",
    "photos", "gallery", "image", "loading", "loading...", "info", "follow", "follow us",
    "following", "like", "reply", "report", "translate", "font size", "text size", "a a",
    "dark mode", "light mode", "breaking", "breaking news", "exclusive", "updated", "update",
    "edition", "language", "select language", "(current)", "current", "toggle navigation",
    "open menu", "close menu", "expand", "collapse", "tags", "tags:", "topics", "newsletter",
    "newsletters", "trending", "end of list", "caret-left", "caret-right", "cancel", "submit",
    "send", "continue", "feedback", "gift this article", "gift article", "share article",
    "listen to article", "read in app", "open in app", "hide", "show", "view comments",
    "add comment", "leave a comment", "post comment", "print this page", "opinion", "analysis",
    "news", "world", "explainer", "interview", "live updates", "invalid video url",
    "skip advertisement", "supported by", "report this ad", "sponsor message", "enlarge this image",
    "hide caption", "toggle caption", "toggle more options", "download", "embed", "transcript",
    "playlist", "share full article", "story continues below advertisement", "top highlight",
    "press play to listen to this article", "voiced by artificial intelligence.", "paid", "∙ paid",
    "ad feedback", "scroll to continue", "continue reading", "read full article", "leer en español",
}  # fmt: skip

_CHROME_RE = re.compile(
    r"^(?:"
    r"list (?:\d+ )?of \d+(?: items)?|list \d+ of \d+|\d+ of \d+|slide \d+(?: of \d+)?"
    r"|[\W_]+"  # punctuation only
    r"|[+#]?\d[\d,.]*[%°]?\s*(?:[a-z]{1,3})?"  # bare numbers, counters, temperatures
    r"|\d{1,2}:\d\d(?::\d\d)?"  # durations and clock times
    r"|[a-z0-9]+(?:[-_/.][a-z0-9]+)+"  # css-class-like tokens, slugs, domains: aj-logo, bur-cad/cc
    r"|originally (?:published|appeared) (?:on|in|at)\b.*|published in\b.{0,60}"
    r"|[\d.,]+k? (?:followers|following|subscribers|likes|comments|claps|responses)"
    r"|(?:sponsored|paid for|promoted|presented|powered) by\b.{0,60}"
    r"|(?:tags?|categor(?:y|ies)|topics?|filed under|keywords?|posted in|labels?)\s*:.*"
    r"|leave a (?:reply|comment)\b.*|(?:like|share) this:?|like loading\.*|post navigation|reply"
    r"|in [\"“][^\"”]{1,40}[\"”]"  # Jetpack's 'In "Category"'
    r"|already a (?:paid )?(?:subscriber|member)\b.*|.*\bsee all from\b.*"
    r"|[a-z]+\d+"  # icon names: share2, plus2
    r"|https?://\S+|www\.\S+|\S+@\S+\.\w+|\[email[^\]]*protected\]"
    r"|!\[[^\]]*\]\([^)]*\)"  # markdown images
    r"|\[[^\]]{1,40}\]"  # bracketed credits on their own line: "[Al Jazeera]"
    r"|\[#[^\]]*#\]"  # template placeholders
    r"|(?:photo|image|picture|illustration|credit|source|photograph)s?\s*(?:by|credit)?\s*:.*"
    r"|(?:view|see|show|load|read) (?:\d+ )?(?:more|all)(?: \w+){0,3}"
    r"|(?:follow|find|like|join) us(?: on .*)?|share (?:on|via|to|this) .*"
    r"|click here.*|tap here.*|skip to .*|jump to .*|back to .*|go to .*"
    r"|.*\bcookies?\b.*\b(?:us(?:e|es|ed)|consent|accept|polic(?:y|ies)|settings|preferences|website|site|"
    r"browser|track\w*|analytics|stor(?:e|es|ed)|provider)\b.*"
    r"|.*\b(?:us(?:e|es|ed)|consent|accept|website|our)\b.*\bcookies?\b.*"
    r"|(?:necessary|functional|performance|analytical|marketing|advertising|statistics?|preferences?)"
    r"(?:/\w+)? cookies|.*\bjavascript\b.*|.*\bad ?blocker\b.*|.*browser is out of date.*"
    r"|.*\ball rights reserved\b.*|(?:©|\(c\)|copyright\b).*|.*©.*"
    r"|(?:updated|posted|published)\s*:?"
    r"|.*\bmin(?:ute)?s? listen\b.*|listen to (?:this )?(?:article|story).*"
    r"|(?:article|story|post) with (?:images|video|gallery)"
    r"|advertisement\b.{0,40}|(?:story|article) continues (?:below|after).{0,30}|skip (?:next )?section\b.*"
    r"|listen\s*[·:|-]?\s*\d{1,2}:\d\d.*|\d+-minute (?:listen|watch)|<[a-z]+[^>]*>.*|.*</[a-z]+>"
    r"|(?:expand|collapse)(?:/\w+)? (?:submenu|menu)\b.*|keyboard shortcuts\b.*|accessibility links"
    r"|video play button|play video|watch video|watch:? .{0,30}"
    r"|(?:now playing|reproduciendo|en cours de lecture|wird abgespielt|em reprodu[çc][ãa]o)\s*:.*"
    r"|(?:sign|log) (?:in|up|out)\b.*|subscribe(?: now| today| for| to)\b.*|already a subscriber.*"
    r"|download (?:the|our) .*app.*|get the app.*|open in app.*"
    r")$",
    re.I,
)

# Lines that, after a body, start a list of other articles.
_RELATED_HEADER_RE = re.compile(
    r"^(?:"
    r"related(?: news| articles?| stories| content| coverage| posts| reading| links)?"
    r"|read (?:also|more|next|this next)|also read|see also|also see|more to read|read more on this"
    r"|read more (?:from|on|about) [\w .'’-]{2,40}"
    r"|more (?:from|on|in|about|by|stories|news|headlines|work from|like this|to explore|coverage|articles)\b.*"
    r"|recommended(?: for you| stories| reading| articles| videos| content)?|we recommend"
    r"|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in|have missed)\b.*"
    r"|other (?:topics|stories|articles|news)(?: you (?:may|might) (?:like|enjoy))?"
    r"|most (?:popular|read|viewed|shared|commented|recent)(?: \w+){0,3}"
    r"|popular(?: now| today| stories| articles| news| this week| on [\w ]+| from [\w ]+| in [\w ]+)?"
    r"|trending(?: now| stories| news| articles)?|top stories|top news|top headlines|headlines"
    r"|editors?'? ?s? ?picks?|editor'?s'? choice|editors' choice|staff picks|must reads?"
    r"|latest(?: news| stories| articles| headlines| updates)?(?: from [\w ]+)?|news feed|newsfeed|just in"
    r"|up next|next up|read next|what to read next|next article|next story|further reading"
    r"|in case you missed it|don'?t miss|worth reading|in other news|elsewhere on [\w ]+"
    r"|more stories|more news|on the same (?:topic|subject)|more on (?:this|the) (?:topic|story)"
    r"|explore more|more to explore|discover more|keep reading|read on|what to read next"
    # the same in the common languages (es, pt, fr, de, it)
    r"|lea (?:también|más)|leia (?:também|mais)|veja também|más sobre\b.*|mais sobre\b.*|(?:las |lo )?más le[ií]d[oa]s?"
    r"|(?:as )?mais lidas|(?:noticias|art[ií]culos|notas|not[ií]cias|mat[ée]rias) relacionad[oa]s"
    r"|(?:à )?lire aussi|les plus lus|sur le même sujet|dans la même rubrique|articles? similaires?"
    r"|mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|auch interessant"
    r"|leggi anche|i più letti|articoli correlati|potrebbe interessarti"
    r")\s*:?$",
    re.I,
)
# Lines after which come tags or topic links, not articles.
_TAG_HEADER_RE = re.compile(
    r"^(?:tags?|topics?|related topics|related tags|keywords?|themes?|filed under|categories|"
    r"subjects?|more on these topics|explore more on these topics|"
    r"etiquetas|temas|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|mots[- ]cl[ée]s|[ée]tiquettes|argomenti|"
    r"parole chiave|palavras[- ]chave|trefwoorden|теги|метки)\s*:?$",
    re.I,
)
# A post's tags or categories on one line: "Tags: budget, trams", "Filed under: Transport".
_TAG_LINE_RE = re.compile(
    r"^(?:tags?|topics?|categor(?:y|ies)|keywords?|labels?|filed under|posted in)\s*:\s*\S.{0,200}$", re.I
)
# Lines after which nothing is article text or another article's headline.
_SKIP_HEADER_RE = re.compile(
    r"^(?:references|bibliography|notes|footnotes|sources|about the authors?|about the writers?|"
    r"sponsored(?: \w+)?|paid (?:partner )?content|partner content|"
    r"(?:popular |latest |more |top |featured |related )videos?|videos|must[- ]watch|video highlights|watch more|"
    r"promoted(?: stories| content| links)?|from our partners|around the web|advertiser content|"
    r"authors?|contributors?|comments?(?: \(\d+\))?|\d+ comments?|discussion|join the conversation|"
    r"corrections?|clarifications?|disclaimer|about us|about this (?:article|story)|"
    r"\d+ (?:thoughts|comments|responses|replies|reactions) on\b.*|leave a (?:reply|comment)|"
    r"reader comments|comments are closed)\s*:?$",
    re.I,
)
# A credit line closes the article body ("*Writing by ...", "Edited By: ...").
_CREDIT_RE = re.compile(
    r"^[\s*(\[—–-]*(?:with |additional |writing and )?(?:writing|reporting|editing|edited|compiled|"
    r"translated|translation|contributed|contributing|production|fact-checked|fact checked|"
    r"research|graphics|reported|written)(?: and \w+)? by\b"
    r"|^[\w .,'’-]{3,80} contributed (?:reporting|to this (?:report|story|article))"
    r"|^(?:this (?:article|story|post) (?:has been|was) (?:updated|amended|corrected)|correction:|clarification:)"
    r"|^_{3,}$|^[a-z]{1,4}/[a-z]{1,4} \([^)]*\)$"  # "___" (AP), "kt/rm (AFP, Reuters, dpa)"
    r"|^\[\d{1,3}\]\s*(?:https?://|www\.)"  # endnotes: "[16] https://..."
    r"|^\((?:[\w .'’-]{1,30} )?(?:with|via|and|/)\s*(?:afp|ap|reuters|dpa|anadolu|efe|ansa|tass|[A-Z]{2,5})"
    r"(?:[ ,/]+\w+){0,4}\)$",  # "(Horizon 24 with AFP)"
    re.I,
)
# Footer markers: a cluster of these (or a copyright line) starts the page footer.
_FOOTER_RE = re.compile(
    r"^(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice| and cookies? polic(?:y|ies))?|"
    r"privacy policy\b.*|terms(?: of (?:use|service))?|terms and conditions|cookie (?:policy|settings)|"
    r"careers|jobs|work (?:for|with) us|job opportunities|advertise(?: with us)?|advertising|"
    r"sitemap|site map|code of ethics|editorial (?:guidelines|standards|policy)|accessibility(?: statement)?|"
    r"rss(?: feeds?)?|ad choices|corporate|subscriptions?|faq|help|imprint|impressum|masthead)$",
    re.I,
)
# Calls to action: newsletter boxes, donation pleas, "watch the full..." lines.
_CTA_RE = re.compile(
    r"^(?:watch|listen to|subscribe|sign up|join|support|follow|download|get (?:the|our|more)|"
    r"learn more|find out more|read the (?:full|original)|click|tap|register|donate|become a|"
    r"give|try|upgrade|unlock|enter your|add (?:to|us|\S+(?: \S+){0,3} (?:on|to))\b|to suggest|please|"
    r"help us|we (?:bring|need|rely)|"
    r"don't miss|never miss|stay (?:informed|up to date|connected)|protect|allow ads)\b",
    re.I,
)
_PAYWALL_RE = re.compile(
    r"(?:subscribe to (?:continue|read)|continue reading|to continue reading|subscribers? only|"
    r"keep reading with|to keep reading|start (?:your )?(?:free )?trial|for paid subscribers|"
    r"upgrade to (?:paid|premium)|this post is for|verify (?:your )?access|check(?:ing)? your access|"
    r"trouble retrieving the article|unlimited access|award-winning journalism|"
    r"this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members)|"
    r"already (?:a subscriber|have an account)|sign in to (?:read|continue)|log in to (?:read|continue)|"
    r"create a free account to|read the full (?:article|story)|paywall|"
    r"you(?:'ve| have) reached your (?:limit|free article)|become a subscriber)",
    re.I,
)
_READTIME_RE = re.compile(
    r"^(?:reading time:?\s*|read time:?\s*|estimated reading time:?\s*|time to read:?\s*)?"
    r"(?:about |approx\.? |~)?(\d{1,3})\s*(?:-|\s)?(?:min(?:ute)?s?\.?)(?:\s+(?:read|to read|reading))?$",
    re.I,
)
# An audio player's length ("Listen to this article | 6 mins") is no reading time.
_AUDIO_RE = re.compile(r"\b(?:listen(?:ing)?|audio|podcast|play(?:er)?|narrated|voiced)\b", re.I)
_BYLINE_RE = re.compile(
    r"^(?:(?:by|written by|words by|story by|text by|posted by|von|par|por"
    r"|(?:opinion|analysis|commentary|column|essay|interview|review) by)\s*:?"
    r"|(?:authors?|autor|auteur|autore|text|words|texto|testo|tekst)\s*:)"
    r"\s+(?P<names>.+)$",
    re.I,
)
# Bylines whose word is also a common word elsewhere ("Di Gianni Rossi", "Door Jan de Vries"):
# only before names.
_WEAK_BYLINE_RE = re.compile(r"^(?:di|door|af|av|przez|od|tekst|texto|testo)\s+(?P<names>.+)$", re.I)
_NAME_JOIN_RE = re.compile(r",\s*|\s+(?:and|&|e|y|en|et|und|i|og|och|ve)\s+")
_BYLINE_ALONE_RE = re.compile(
    r"^(?:by|written by|words by|story by|authors?|author|byline|von|par|por|door|di|autor|auteur)\s*:?$", re.I
)
_LEAD_MARKS = "/|·•*>–—- "
_SPEAKER_RE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}:$")
# searched only in lines whose last non-space character is ) or ] (is_caption): keep it so
_CAPTION_CREDIT_RE = re.compile(
    r"(?:\[(?:[^\]]{2,80})\]|\((?:[^)]*(?:/|\bvia\b|\bphoto\b|\bimages?\b|\bsource\b|\bcredit\b|"
    r"\bgetty\b|\breuters\b|\bafp\b|\bap\b|\bepa\b|\bhandout\b|\bshutterstock\b|\bfile\b)[^)]*)\))\s*$",
    re.I,
)
_CAPTION_START_RE = re.compile(
    r"^(?:(?:illustrative (?:photo|image)|file photo|photo|image|pictured|above|top)\b[.:]"
    r"|item \d+ of \d+\b|\[\d+/\d+\]|\d+ of \d+ \|)",
    re.I,
)
# "...announced.Credit...Elin Strand", "... | Tobias Lund/Getty Images", "... Purchase Licensing Rights"
# searched only in lines that hold / | : … or ... (_has_inline_credit_mark): every alternative needs one
_CAPTION_INLINE_CREDIT_RE = re.compile(
    r"(?:[.!?”\"]\s*(?:photo(?:graph)?|image|picture|pic|credit|video)s?\s*(?:by|credit)?\s*(?:\.\.\.|…|:)\s*[^.]{2,80}$"
    r"|\|\s*[^|]{2,60}(?:/|\bgetty\b|\bimages\b|\bafp\b|\breuters\b|\bepa\b)[^|]*$"
    # ". Artyom Lesnik / Vestnik Photo"
    r"|[.!?”\"]\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*/\s*[A-Z][\w /'’.-]{1,60}$"
    # "... réplica da taça - Anna Kovar/Instituto Lula": a dash, a photographer, an agency or owner
    r"|\s[-–—]\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*/\s*[A-Z][\w .'’-]{1,60}$"
    # "... in Dresk Anna Kovar/Reuters": a photographer and an agency
    r"|\s[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\s*/\s*(?:getty images|reuters|afp|ap|epa|shutterstock|alamy)$"
    r"|purchase licensing rights)",
    re.I,
)
# A picture's credit has a shape: a label ("Photo:", "Image by"), then names or agencies;
# "Name/Agency"; an agency alone; or a name "for"/"via" an outlet. Case matters: a sentence
# with a lowercase verb ("Council votes for new budget") credits nobody.
# "Courtesy of X", "Photo courtesy of X"; "Photo by X on Unsplash": the site it was taken from
# after "on" is credited too.
_PHOTO_LABEL_RE = re.compile(
    r"^(?:(?:image|photo|picture|photograph|foto|credit|source|video|illustration)s?"
    r"(?:\s+(?:by|credit|courtesy(?:\s+of)?)\b\s*:?|\s*:)|courtesy(?:\s+of)?\b\s*:?)\s*(?P<rest>.{2,80})$",
    re.I,
)
_AGENCY_RE = re.compile(
    r"^(?:getty images|reuters|shutterstock|alamy|ap photo|afp|epa(?:-efe)?|ap|pa media|anadolu)"
    r"(?: via (?P<via>.+))?$",
    re.I,
)
_CREDIT_SPLIT_RE = re.compile(r"\s*[/,;|]\s*|\s+(?:via|for|and|&)\s+")
_FOR_VIA_RE = re.compile(r"^(?P<who>.{2,60}?) (?P<word>for|via) (?P<outlet>.{2,60})$")
# Lower-case words that may stand inside a name or an outlet's name.
_CREDIT_PARTICLES = {
    "of",
    "the",
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "el",
}
_CAMEL_RE = re.compile(r"^[A-Z]?[a-z]+[A-Z]\w*$|^[A-Z][A-Z0-9&.-]+$")  # "RenderBurger", "AFP", "NPR"
_REPORTING_FROM_RE = re.compile(r"^(?:reporting|writing|reported) from\b", re.I)
_NAME_PARTICLES = {
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "bin",
    "ibn", "al", "el", "y", "e", "st", "st.", "and", "with", "jr", "jr.", "sr", "sr.",
}  # fmt: skip
_ROLE_WORDS = re.compile(
    r"\b(?:writer|editor|correspondent|reporter|staff|contributor|columnist|fellow|professor|"
    r"director|analyst|producer|photographer|desk|bureau|chief|head|senior|journalist|author|"
    r"researcher|scholar|president|manager|team|board|department|university|institute|"
    r"agency|news|media|press|service|wire)\b",
    re.I,
)
# Short words that title case keeps lower case in every style; capitalised, they are a tell of
# machine title-casing (tags, menus). Longer prepositions ("With", "Amid") are capitalised by AP style.
_FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "nor"}
# "us" only in lower case: "US" is a country.
_UI_PRONOUN_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Ww]e|[Oo]ur|[Oo]urs|us)\b")
_QUOTED_RE = re.compile(r"[\"“”‘’'][^\"“”]*[\"“”’']")
# The reader addressed ("you"), or the site speaking of itself as an object or owner ("follow
# us", "our newsletter"); a bare "we" is as often the writer's own statement ("We rate the
# statement Mostly True.").
_READER_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Oo]ur|[Oo]urs|us)\b")


def words(text: str) -> list[str]:
    return text.split()


@lru_cache(maxsize=16384)
def is_chrome(text: str) -> bool:
    """Page furniture that never belongs to an article or a list of articles."""
    if len(text) > 200:
        return False
    folded = fold(text).rstrip(":").strip()
    if folded in _CHROME_EXACT:
        return True
    return len(text) <= 200 and match_any_case(_CHROME_RE, folded)


@lru_cache(maxsize=PAGE_CACHE)
def is_related_header(text: str) -> bool:
    return len(text) <= 60 and match_any_case(_RELATED_HEADER_RE, fold(text))


def is_tag_header(text: str) -> bool:
    return len(text) <= 40 and match_any_case(_TAG_HEADER_RE, fold(text))


def is_tag_line(text: str) -> bool:
    return len(text) <= 200 and bool(_TAG_LINE_RE.match(text))


def is_skip_header(text: str) -> bool:
    return len(text) <= 120 and match_any_case(_SKIP_HEADER_RE, fold(text))


@lru_cache(maxsize=16384)
def is_credit(text: str) -> bool:
    return len(text) <= 200 and bool(_CREDIT_RE.match(text))


def is_footer_marker(text: str) -> bool:
    return len(text) <= 80 and match_any_case(_FOOTER_RE, fold(text))


def is_copyright(text: str) -> bool:
    if len(text) > 200:
        return False
    folded = fold(text)
    return "©" in text or folded.startswith(("copyright", "(c) ")) or "all rights reserved" in folded


@lru_cache(maxsize=PAGE_CACHE)
def is_cta(text: str) -> bool:
    if text[:10].lower() in ("click here", "tap here t") or text[:7].lower() == "please ":
        return True  # however long: "Click here to see our interactive map of ..."
    return len(text) <= 160 and len(text.split()) <= 12 and match_any_case(_CTA_RE, fold(text))


_BIO_RE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was|has been) (?:a|an|the|our)\b.{0,80}?\b(?:reporter|"
    r"correspondent|editor|writer|journalist|fellow|analyst|contributor|columnist|producer|author|professor|"
    r"researcher|scholar|director|photographer)",
)
_APPEAL_RE = re.compile(
    r"\b(?:becom(?:e|ing) a member|membership|subscri(?:be|ption|ber)s?\b|donat(?:e|ions?)|"
    r"support(?:ing)? (?:our|us|independent)|"
    r"sign up|newsletter|consider becoming|a tip\b|send us|tips?@|inform the editors|noticed a mistake|"
    r"ctrl\s*\+\s*enter|contact us|get in touch|become a patron|patreon)",
    re.I,
)
_SECOND_PERSON_RE = re.compile(r"\b[Yy]ou(?:r|rs)?\b")
_FIRST_PLURAL_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# A newsletter box's heading: "Pick Six Newsletter", "Sign up for our daily newsletter".
_NEWSLETTER_HEAD_RE = re.compile(r"^(?:[\w'’&+.:-]+ ){0,5}(?:news ?letters?|e-?mail alerts?):?$", re.I)
_NOTE_LINE_RE = re.compile(
    r"^(?:update[ds]?|correction|clarification|editor'?s note)\b.{0,40}?:\s"
    r"|^(?:when citing|all materials|reproduction|the views expressed|this (?:story|article) (?:was|has been)"
    r" (?:updated|corrected|amended))",
    re.I,
)


@lru_cache(maxsize=PAGE_CACHE)
def is_end_matter(text: str) -> bool:
    """What follows an article's text: the author's bio, a membership or tip appeal, an update
    note, the rules for citing. The text does not go on after these."""
    if len(text) > 600:
        return False
    if match_any_case(_NOTE_LINE_RE, text) or _BIO_RE.match(text) or match_any_case(_NEWSLETTER_HEAD_RE, text):
        return True
    if '"' in text or "“" in text or "”" in text or len(text.split(None, 60)) > 60:
        return False  # reported speech, or a paragraph of text
    return bool(_SECOND_PERSON_RE.search(text) or _FIRST_PLURAL_RE.search(text)) and search_any_case(_APPEAL_RE, text)


def is_paywall(text: str) -> bool:
    return len(text) <= 200 and search_any_case(_PAYWALL_RE, text)


@lru_cache(maxsize=PAGE_CACHE)
def read_minutes(text: str) -> tuple[int, bool] | None:
    """(minutes, says_read) for a read-time line: "2 min read" says read, "7 min" does not."""
    if len(text) > 48 or not _DIGIT_RE.search(text):
        return None
    m = _READTIME_RE.match(fold(text))
    if not m:
        return None
    minutes = int(m.group(1))
    if not 0 < minutes < 300:
        return None
    return minutes, ("read" in fold(text))


def is_audio_context(text: str) -> bool:
    return search_any_case(_AUDIO_RE, text)


@lru_cache(maxsize=PAGE_CACHE)
def byline_names(text: str) -> str | None:
    """The names of a "By ..." line, or None."""
    text = text.lstrip(_LEAD_MARKS) if text[:1] in _LEAD_MARKS else text
    m = _BYLINE_RE.match(text)
    if not m and len(text) <= 80 and cjk_chars(text):
        cjk = CJK_BYLINE_RE.search(text)
        if cjk:
            return cjk.group("names") or cjk.group("ko")
    if not m:
        weak = _WEAK_BYLINE_RE.match(text)
        if weak and len(text) <= 120 and all(is_name(p) for p in _NAME_JOIN_RE.split(weak.group("names"))):
            return weak.group("names").strip()
        return None
    names = m.group("names").strip(" |,;")
    if names and (len(names.split()) > 14 or names.endswith(TERMINAL[:3])) and ", " in names:
        first = names.split(", ", 1)[0]  # "By Jane Roe, a deputy editor who has covered ..."
        return first if is_name(first) else None
    if not names or len(names.split()) > 14 or names.endswith(TERMINAL[:3]):
        return None
    return names


@lru_cache(maxsize=16384)
def is_byline_marker(text: str) -> bool:
    return match_any_case(_BYLINE_ALONE_RE, text.strip())


def is_speaker_label(text: str) -> bool:
    return bool(_SPEAKER_RE.match(text))


_NOT_NAME_WORDS = {
    "on", "in", "at", "the", "a", "an", "but", "for", "with", "from", "to", "of", "as", "it", "he",
    "she", "they", "this", "that", "there", "we", "i", "if", "so", "yes", "no", "not", "is", "was",
    "by", "or", "our", "my", "your", "his", "her", "its", "their", "new", "more", "all", "when",
}  # fmt: skip


@lru_cache(maxsize=16384)
def is_name(text: str) -> bool:
    """A person's (or agency's) name as bylines print it: "John T Psaropoulos", "Jon Bateman,"."""
    text = text.strip().rstrip(",;|").strip()
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60:
        return False
    if tokens[0].lower() in _NOT_NAME_WORDS or tokens[-1].lower().strip(".,") in _NOT_NAME_WORDS:
        return False
    if text.endswith(".") and len(tokens[-1].rstrip(".")) > 2:
        return False  # a sentence or a list ("Morrison, Wilson."), not a byline
    if any(ch.isdigit() for ch in text) or any(ch in text for ch in '?!:"“”()[]'):
        return False
    capitals = 0
    for token in tokens:
        bare = token.strip(".,’'")
        if not bare:
            return False
        if bare.lower() in _NAME_PARTICLES:
            continue
        if not bare[0].isupper():
            return False
        if len(bare) == 1 or (len(bare) == 2 and token.endswith(".")):  # initials: "T", "S."
            capitals += 1
            continue
        capitals += 1
    return capitals >= 2


@lru_cache(maxsize=PAGE_CACHE)
def is_role_line(text: str) -> bool:
    """A job title under a byline: "News Writer", "Senior correspondent, in Sarnow"."""
    n = len(text.split())
    if n > 16 or text.endswith((".", "?", "!")) or not search_any_case(_ROLE_WORDS, text):
        return False
    return n <= 6 or "," in text


_UI_VERBS = {
    "provide", "send", "contact", "take", "tell", "give", "share", "report", "follow", "sign", "subscribe",
    "watch", "listen", "get", "try", "join", "download", "click", "tap", "learn", "see", "view", "explore",
    "discover", "support", "donate", "register", "log", "enter", "submit", "manage", "choose", "select",
    "enable", "allow", "accept", "continue", "start", "upgrade", "visit", "check", "browse", "search",
    "expand", "collapse", "toggle", "dismiss", "hide",
}  # fmt: skip


def is_ui_imperative(text: str) -> bool:
    """ "Provide news feedback or report an error", "Take our Survey": the site talking, not news."""
    words_ = text.split()
    return bool(words_) and words_[0].lower() in _UI_VERBS and len(words_) <= 10


_MINOR_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "nor", "but",
                "with", "from", "vs", "via", "per", "is"}  # fmt: skip


@lru_cache(maxsize=PAGE_CACHE)
def is_title_case(text: str) -> bool:
    """Most words capitalised: a headline, even one ending with a full stop."""
    tokens = [t for t in text.split() if t[:1].isalpha()]
    major = [t for t in tokens if t.lower() not in _MINOR_WORDS]
    if len(major) < 3:
        return False
    return sum(1 for t in major if t[0].isupper()) >= 0.8 * len(major)


@lru_cache(maxsize=16384)
def is_caption(text: str) -> bool:
    """A photo caption: ends with a credit in brackets, or starts like one."""
    if len(text) < 25:
        return False
    if _CAPTION_START_RE.match(text):
        return True
    if len(text) > 600:
        return False  # a credit at the end of a whole paragraph is no caption's
    # each pattern is searched only where the mark it cannot match without is there: a closing
    # bracket at the end, a colon, an ellipsis, a bar or a slash (a search of every line is costly)
    return bool(
        (text.rstrip()[-1:] in (")", "]") and search_any_case(_CAPTION_CREDIT_RE, text))
        or (_has_inline_credit_mark(text) and _CAPTION_INLINE_CREDIT_RE.search(text))
    )


def _has_inline_credit_mark(text: str) -> bool:
    return "/" in text or "|" in text or ":" in text or "…" in text or "..." in text


@lru_cache(maxsize=16384)
def is_photo_credit(text: str) -> bool:
    """A line that only credits a picture: "Image: Lena Hartl/AFP", "EPA", "Dana Whitlock/PAN",
    "(Image: © NASA/ESA)", "Mara Lindqvist for The Harbour Gazette" (not "Council votes for new budget")."""
    text = text.strip().rstrip(".")
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()  # "(Image: © NASA/ESA)" under its picture
    if not 2 <= len(text) <= 90 or len(text.split()) > 10 or cjk_chars(text):
        return False
    if text.endswith(("?", "!")) or is_cta(text):
        return False  # "Sign up for our newsletter" credits nobody
    label = _PHOTO_LABEL_RE.match(text)
    if label:
        return all(_credited(side) for side in label.group("rest").rsplit(" on ", 1))
    agency = _AGENCY_RE.match(text)
    if agency:
        return agency.group("via") is None or _credited(agency.group("via"))
    if "/" in text:
        sides = [side.strip() for side in text.split("/")]
        if len(sides) > 3 or "|" in text or _DIGIT_RE.search(text):
            return False  # a menu ("About / Advertise / Contact") or a dateline ("May 3 / 1:07 AM")
        # "Lena Hartl/AFP", "AFP/Getty Images": a person's name or an agency on one side
        # ("Homes/Rentals", "Help / Support" are menus)
        return _credited(text) and any(is_name(s) or _AGENCY_RE.match(s) or _CAMEL_RE.match(s) for s in sides)
    m = _FOR_VIA_RE.match(text)
    if m is None or not _credited(text):
        return False
    who, outlet = m.group("who"), m.group("outlet")
    if sum(w not in _CREDIT_PARTICLES for w in who.split()) > 3 or len(outlet.split()) > 5:
        return False  # a name has a few words ("Archives Calendar Subscribe Write for LWN ..." is a menu)
    if m.group("word") == "via":  # "Handout via Reuters"
        return bool(_AGENCY_RE.match(outlet)) or _outlet(outlet)
    return (is_name(who) or bool(_CAMEL_RE.match(who))) and _outlet(outlet)


def _credited(text: str) -> bool:
    """Names and agencies only: every word capitalised but the particles of names."""
    for piece in _CREDIT_SPLIT_RE.split(text.strip()):
        tokens = piece.split()
        if not 1 <= len(tokens) <= 6:
            return False
        for token in tokens:
            if not (token[0].isupper() or token[0].isdigit() or token in _CREDIT_PARTICLES or token == "©"):
                return False
    return True


def _outlet(text: str) -> bool:
    """An outlet's name after "for": "The Harbour Gazette", "NPR", "Quanta Magazine", not
    "New Budget" (a title-case headline) nor "You"."""
    tokens = text.split()
    if tokens[0] in ("The", "the") and len(tokens) > 1:
        return True
    return any(_CAMEL_RE.match(t) for t in tokens) or tokens[-1].lower() in OUTLET_WORDS


def is_outlet(text: str) -> bool:
    """A news outlet's or agency's name ("The Harbour Gazette", "Quanta Magazine"), not a person's."""
    return bool(text.split()) and _outlet(text)


def is_reporting_from(text: str) -> bool:
    """ "Reporting from Korsk, Valdenia" under a byline."""
    return len(text) <= 80 and bool(_REPORTING_FROM_RE.match(text))


def ends_sentence(text: str) -> bool:
    return text.endswith(TERMINAL)


@lru_cache(maxsize=16384)
def is_prose(text: str) -> bool:
    """A line that reads like a paragraph of running text."""
    n = len(text.split(None, 18))  # words, counted up to 19: enough for both tests below
    if n >= 8 and ends_sentence(text) and _lower_ratio(text) > 0.3:
        return True
    return len(text) >= 120 and n >= 18 and _lower_ratio(text) > 0.4


def _lower_ratio(text: str) -> float:
    tokens = [t for t in text.split(maxsplit=60)[:60] if t[:1].isalpha()]  # the start says enough
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].islower()) / len(tokens)


@lru_cache(maxsize=PAGE_CACHE)
def has_ui_pronoun(text: str) -> bool:
    """Site UI speaks to "you" and of "us"; headlines rarely do outside quotes."""
    return bool(_UI_PRONOUN_RE.search(_QUOTED_RE.sub(" ", text)))


def addresses_reader(text: str) -> bool:
    """Speaks to the reader or of the site's own things ("Share it with a friend!", "Follow us
    on X."): a call to action; "We rate the statement Mostly True." is none."""
    return bool(_READER_RE.search(_QUOTED_RE.sub(" ", text)))


def addresses_reader_as_headline(text: str) -> bool:
    """ "The seven secrets hotel owners don't want you to know", "How we designed a task
    queue": a long line may say "you" or "we" and still be a headline; site furniture is
    short ("Your account", "Follow us") or opens with the pronoun ("We use cookies ...")."""
    tokens = text.split()
    if len(tokens) < HEADLINE_YOU_WORDS or is_prose(text):
        return False  # short, or a sentence of a comment or a notice
    first = _UI_PRONOUN_RE.search(_QUOTED_RE.sub(" ", text))
    return first is None or first.start() > 0


def is_auto_title_case(text: str) -> bool:
    """Every word capitalised, function words too ("Foreign Relations Of Ukraine"): tags, menus."""
    tokens = text.split()
    if not 3 <= len(tokens) <= 6:
        return False
    has_lower = any(t[:1].islower() for t in tokens[1:])
    capital_function = any(t.lower() in _FUNCTION_WORDS and t[:1].isupper() for t in tokens[1:])
    return capital_function and not has_lower


_ARROWS = "←→«»‹›⟵⟶⇐⇒<>"


def strip_arrows(text: str) -> str:
    """ "← Previous post title", "Next post title →": the title without its arrow."""
    return text.strip(_ARROWS + " ").strip() if text[:1] in _ARROWS or text[-1:] in _ARROWS else text


_INNER_STOP_RE = re.compile(r"\b(\w+)\. +[A-Z]")
_ABBREVIATIONS = {
    "mrs", "sen", "rep", "gen", "gov", "col", "capt", "sgt", "prof", "inc", "corp", "ltd", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol", "dept",
}  # fmt: skip


def has_inner_sentence_end(text: str) -> bool:
    """ "Companies talk a good game. Uber is just ...": two sentences on one line (a dek or
    text), never a headline (an abbreviation's full stop, "Mrs. Roe", "U.S. Army", is no end)."""
    return any(
        len(m.group(1)) >= 3 and m.group(1).islower() and m.group(1) not in _ABBREVIATIONS
        for m in _INNER_STOP_RE.finditer(text)
    )


@lru_cache(maxsize=16384)
def looks_like_headline(text: str, *, min_words: int = 5, listed: bool = False) -> bool:
    """A line that could be the headline of an article in a list."""
    n = len(text.split())
    if n < min_words or n > 32 or len(text) > 220:
        return False
    if text.endswith(("…", "...")) or text.endswith(",") or text.endswith(":"):
        return False
    if text.endswith(".") and not text.endswith(("Jr.", "Inc.", "Co.", "U.S.")):
        return False
    if is_chrome(text) or is_cta(text) or is_caption(text) or is_credit(text) or is_copyright(text):
        return False
    if is_name(text) or is_speaker_label(text) or (is_role_line(text) and n <= 6):
        return False
    if is_auto_title_case(text):
        return False
    # Under a "Related" header a headline may say "you" ("Ten walks you can do in a day");
    # elsewhere a line that talks to the reader is site furniture.
    if has_ui_pronoun(text) and (not listed or text.split()[0].lower() in {"you", "your", "we", "our", "us"}):
        return False
    from .dates import is_relative_stamp, parse_date_line

    if parse_date_line(text) or is_relative_stamp(text) or read_minutes(text):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", ""))
