"""Page furniture as text: menus, buttons, share bars, list and footer headers, calls to action,
paywalls, read times and the matter that follows an article (bios, appeals, notes).

General rules about how web pages read once copied as text; none of them names a site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .anycase import lowered, match_any_case, search_any_case
from .bylines import is_person_name
from .cjk_lines import is_cjk_list_header
from .cjk_related import is_cjk_footer_link
from .consent import is_cookie_notice
from .lexicon import NEWS_BEAT_WORDS, STOP_WORDS, WRITER_JOB_WORDS, lower_words
from .lexicon_cjk import CJK_AD_BREAK, CJK_PAYWALL_RE
from .lexicon_site import REPORTING_WORDS
from .pieces import Sieved
from .shape import DIGIT_RE, TERMINAL
from .thresholds import (
    COOKIE_LABEL_WORDS,
    COPYRIGHT_EDGE_WORDS,
    COPYRIGHT_PROSE_WORDS,
    END_MATTER_CHARS,
    PAGE_CACHE,
    THAT_REACH_WORDS,
    WRITER_NOTE_CHARS,
)

# Whole lines that are page furniture: buttons, menus, widgets, markers.
_CHROME_EXACT = {
    "edit post", "this audio is created with ai assistance", "listen to this article", "listen",
    "advertisement", "advertising", "sponsored", "sponsored content", "paid content", "promoted",
    "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "share on x", "share via", "facebook", "twitter", "x", "whatsapp", "telegram",
    "linkedin", "bluesky", "reddit", "pinterest", "flipboard", "mastodon", "threads", "messenger",
    "instagram", "youtube", "tiktok", "email",
    "e-mail", "sms", "print", "copy", "copy link", "link copied",
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
    "newsletters", "trending", "cancel", "submit",
    "send", "continue", "feedback", "gift this article", "gift article", "share article",
    "listen to article", "read in app", "open in app", "hide", "show", "view comments",
    "add comment", "leave a comment", "post comment", "print this page", "opinion", "analysis",
    "news", "world", "explainer", "interview", "live updates",
    "skip advertisement", "supported by", "report this ad", "sponsor message", "enlarge this image",
    "hide caption", "toggle caption", "toggle more options", "download", "embed", "transcript",
    "playlist", "share full article", "story continues below advertisement", "top highlight",
    "press play to listen to this article", "voiced by artificial intelligence.", "paid", "∙ paid",
    "ad feedback", "scroll to continue", "continue reading", "read full article", "leer en español",
}  # fmt: skip

_JS_ASK = (
    r"(?:enabl\w*|disabl\w*|requir\w*|turn(?:ed)? (?:on|off)|switch(?:ed)? (?:on|off)|is off|a[ck]tiv\w*"
    r"|(?:n[o'’]t|no longer|cannot|can[’']t) support\w*|blocked|needed)"
)
_CHROME_RE = re.compile(
    r"^(?:"
    r"list (?:\d+ )?of \d+(?: items)?|\d+ of \d+|slide \d+(?: of \d+)?"
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
    r"|already a (?:paid )?(?:subscriber|member)\b.*"
    r"|[a-z]+\d+"  # icon names: share2, plus2
    r"|https?://\S+|www\.\S+|\S+@\S+\.\w+|\[email[^\]]*protected\]"
    r"|!\[[^\]]*\]\([^)]*\)"  # markdown images
    r"|\[[^\]]{1,40}\]"  # bracketed credits on their own line: "[Al Jazeera]"
    r"|\[#[^\]]*#\]"  # template placeholders
    r"|(?:photo|image|picture|illustration|credit|source|photograph)s?\s*(?:by|credit)?\s*:.*"
    r"|(?:view|see|show|load|read) (?:\d+ )?(?:more|all)(?: \w+){0,3}"
    r"|(?:follow|find|like|join) us(?: on .*)?|share (?:on|via|to|this) .*"
    r"|click here.*|tap here.*|skip to .*|jump to .*|back to .*|go to .*"
    r"|(?:necessary|functional|performance|analytical|marketing|advertising|statistics?|preferences?)"
    r"(?:/\w+)? cookies"
    r"|(?:\(c\)|copyright\b).*"  # a line with "©": is_copyright
    r"|(?:updated|posted|published)\s*:?"
    r"|listen to (?:this )?(?:article|story).*"
    r"|(?:article|story|post) with (?:images|video|gallery)"
    r"|advertisement\b.{0,40}|(?:story|article) continues (?:below|after).{0,30}|skip (?:next )?section\b.*"
    rf"|{CJK_AD_BREAK}"
    r"|listen\s*[·:|-]?\s*\d{1,2}:\d\d.*|\d+-minute (?:listen|watch)|<[a-z]+[^>]*>.*"
    r"|(?:expand|collapse)(?:/\w+)? (?:submenu|menu)\b.*|keyboard shortcuts\b.*|accessibility links"
    r"|video play button|play video|watch video|watch:? .{0,30}"
    r"|(?:now playing|reproduciendo|en cours de lecture|wird abgespielt|em reprodu[çc][ãa]o)\s*:.*"
    r"|(?:sign|log) (?:in|up|out)\b.*|subscribe(?: now| today| for| to)\b.*|already a subscriber.*"
    r"|download (?:the|our) .*app.*|get the app.*|open in app.*"
    r")$",
    re.I,
)
# ... and whole lines told by words anywhere in them, each alternative with one of _ANYWHERE_WORDS:
# a line with none of them is not tried (the pattern tries every place in a line, for each)
_CHROME_ANYWHERE_RE = re.compile(
    r"^(?:"
    r".*\bsee all from\b.*"
    # a cookie banner's short lines ("Accept cookies", "Cookie settings and policy"); its sentences are
    # consent.is_cookie_notice's (the site's voice: a story's paragraph naming cookies is text, review W61)
    rf"|(?=(?:\S+\s+){{0,{COOKIE_LABEL_WORDS - 1}}}\S+$)(?:"
    r".*\bcookies?\b.*\b(?:us(?:e|es|ed)|consent|accept|polic(?:y|ies)|settings|preferences|website|site|"
    r"browser|track\w*|analytics|stor(?:e|es|ed)|provider)\b.*"
    r"|.*\b(?:us(?:e|es|ed)|consent|accept|website|our)\b.*\bcookies?\b.*)"
    r"|.*\bad ?blocker\b.*|.*browser is out of date.*"
    # the notice that a page needs JavaScript, not every line naming it (a headline or a paragraph about it):
    # a word that asks for it or says it is missing next to it ("Please enable JavaScript", "JavaScript is
    # required", "your browser does not support JavaScript", "works better with JavaScript enabled")
    rf"|.*\b{_JS_ASK}\b.{{0,40}}\bjavascript\b.*|.*\bjavascript\b.{{0,40}}\b{_JS_ASK}\b.*"
    r"|.*\ball rights reserved\b.*"
    r"|.*\bmin(?:ute)?s? listen\b.*"
    r"|.*</[a-z]+>"
    r")$",
    re.I,
)
_ANYWHERE_WORDS = ("cookie", "javascript", "listen", "see all from", "blocker", "browser is out of date",
                   "all rights reserved", "</")  # fmt: skip

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
    r"|recent (?:posts|articles|stories)"
    r"|up next|next up|read next|what to read next|next article|next story|further reading"
    r"|in case you missed it|don'?t miss|worth reading|in other news|elsewhere on [\w ]+"
    r"|more stories|more news|on the same (?:topic|subject)|more on (?:this|the) (?:topic|story)"
    r"|explore more|more to explore|discover more|keep reading|read on"
    # the same in the common languages (es, pt, fr, de, it)
    r"|le[ae] (?:también|más)|leia (?:também|mais)|veja também|más sobre\b.*|mais sobre\b.*"
    r"|(?:las |lo )?más le[ií]d[oa]s?"
    r"|(?:as )?mais lidas|(?:noticias|art[ií]culos|notas|not[ií]cias|mat[ée]rias) relacionad[oa]s"
    r"|(?:à )?lire aussi|les plus lus|sur le même sujet|dans la même rubrique|articles? similaires?"
    r"|mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|auch interessant"
    r"|leggi anche|i più letti|articoli correlati|potrebbe interessarti|(?:ti )?potrebbe(?: anche)? interessar(?:e|ti)"
    r"|te puede interesar|también te puede interesar|más noticias|relacionad[oa]s|lesen sie auch|ähnliche artikel"
    r"|à lire également|vous aimerez aussi|similar (?:articles|stories|posts)"
    r"|what (?:others|people|readers) are reading"
    # nl, sv, da, no, pl, ru, tr
    r"|lees ook|lees meer|meer nieuws|meest gelezen|gerelateerde artikelen|läs också|läs mer|mest lästa"
    r"|relaterade artiklar|læs også|les også|mest læste|mest leste|(?:czytaj|zobacz) (?:też|także|również)"
    r"|najczęściej czytane|podobne artykuły|читайте также|материалы по теме|по теме|похожие (?:статьи|новости)"
    r"|самое читаемое|ilgili haberler|en çok okunanlar"
    # zh, ja, ko ("related reading", "popular articles", "you may also like", "latest news", "ranking")
    r"|相关(?:阅读|文章|新闻|报道|推荐|内容)|热门(?:文章|新闻|推荐|阅读)?|推荐(?:阅读|文章)|延伸阅读|猜你喜欢"
    r"|最新(?:文章|新闻|消息)|更多(?:新闻|文章|报道|阅读)|相關(?:閱讀|文章|新聞|報導)|熱門(?:文章|新聞)|延伸閱讀"
    r"|関連(?:記事|ニュース)|人気(?:記事|ニュース)(?:ランキング)?|おすすめ(?:記事|ニュース)?|(?:こちらも|あわせて|合わせて)読みたい"
    r"|最新(?:記事|ニュース)|よく読まれている記事|アクセスランキング|ランキング"
    r"|관련 ?기사|많이 본 (?:기사|뉴스)|인기 ?기사|추천 ?기사|최신 ?기사"
    r")\s*[:：]?$",
    re.I,
)
# The words over a post's tags or topic links, in the common languages
_TAG_WORDS = (
    r"tags?|topics?|related topics|related tags|keywords?|themes?|filed under|categories|"
    r"subjects?|more on these topics|explore more on these topics|"
    r"etiquetas|temas|schlagw(?:ö|oe|o)rte(?:r)?|stichw(?:ö|oe|o)rte(?:r)?|themen|mots[- ]cl[ée]s|[ée]tiquettes|"
    r"argomenti|parole chiave|palavras[- ]chave|trefwoorden|теги|метки"
)
# Lines after which come tags or topic links, not articles.
_TAG_HEADER_RE = re.compile(rf"^(?:{_TAG_WORDS})\s*:?$", re.I)
# A post's tags or categories on one line, in the same words: "Tags: budget, trams", "Filed under: Transport",
# "Mots-clés : Politique, Société".
_TAG_LINE_RE = re.compile(rf"^(?:{_TAG_WORDS}|categor(?:y|ies)|labels?|posted in)\s*:\s*\S.{{0,200}}$", re.I)
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
# Footer markers: a cluster of these (or a copyright line) starts the page footer.
_FOOTER_RE = re.compile(
    r"^(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice| and cookies? polic(?:y|ies))?|"
    r"privacy policy\b.*|terms(?: of (?:use|service))?|terms and conditions|cookie (?:policy|settings)|"
    r"careers|jobs|work (?:for|with) us|job opportunities|advertise(?: with us)?|advertising|"
    r"sitemap|site map|code of ethics|editorial (?:guidelines|standards|policy)|accessibility(?: statement)?|"
    r"rss(?: feeds?)?|ad choices|corporate|subscriptions?|faq|help|imprint|impressum|masthead)$",
    re.I,
)
# Calls to action: newsletter boxes, donation pleas, "watch the full..." lines; a question asking
# whether the reader liked the piece (the question mark tells it from a sentence that starts "Like the").
_CTA_RE = re.compile(
    r"^(?:watch|listen to|subscribe|sign up|join|support|follow|download|get (?:the|our|more)|"
    r"learn more|find out more|read the (?:full|original)|click|tap|register|donate|become a|"
    r"give|try|upgrade|unlock|enter your|add (?:to|us|\S+(?: \S+){0,3} (?:on|to))\b|to suggest|please|"
    r"help us|we (?:bring|need|rely)|"
    r"don't miss|never miss|stay (?:informed|up to date|connected)|protect|allow ads|"
    r"(?:did you )?(?:like|liked|enjoy(?:ed)?|loved?) (?:this|our) (?:story|article|post|piece)(?=\s*\?))\b",
    re.I,
)
# A button's or a link's words that no headline of another article starts with, in the common
# languages: a store's, an app's, a list's, a comment box's ("Download ...", "View all ...", "Comment
# on this report", "Continue using the blocker"), or an app store's call anywhere in the line
BUTTON_LEAD_RE = re.compile(
    r"^(?:download|install|sign (?:in|up)|log ?in|(?:view|see|show|load) (?:all|more)|comment on this|"
    r"continue using|e-?mail (?:this|the) (?:story|article|page)|share (?:this|on)|"
    r"print (?:this|the) (?:story|article|page)|"
    r"get (?:the|our) app|open (?:in|the) app|play (?:now|right)|create (?:an? |your )?(?:free )?account|"
    r"herunterladen|app herunterladen|alle anzeigen|mehr anzeigen|jetzt registrieren|konto erstellen|"
    r"télécharger|voir (?:tout|plus)|créer (?:un|votre) compte|s'inscrire|"
    r"descargar|descarga (?:la|nuestra) app|regístrate|crea (?:una|tu) cuenta|baixar|baixe o app|crie sua conta|"
    r"scarica l'app|registrati|crea un account|"
    r"ver (?:todos?|todas?|más|mais)|iniciar sesión|se connecter|anmelden|"
    # a share row's, a donation box's buttons ("Copier le lien", "Link kopieren", "Faire un don")
    r"copier le lien|link kopieren|copiar (?:el |o )?(?:enlace|link)|copia (?:il )?link|link kopiëren|"
    r"faire un don|je m'inscris|(?:partager|teilen|compartir|condividi|partilhar|compartilhar|deel) "
    r"(?:cet|l'|dieses|den|este|el|questo|l'|o|dit) ?(?:article|artikel|artículo|articolo|artigo))\b"
    r"|\bfree download\b|\bget it (?:free )?on (?:google play|the app store)\b",
    re.I,
)
# an appeal to the reader to pay for the journalism, in the common languages ("Support independent
# journalism", "Soutenez la rédaction du port", "Unterstützen Sie unseren Hafen-Journalismus")
SUPPORT_APPEAL_RE = re.compile(
    r"^(?:support|soutenez|soutenir|unterstützen sie|unterstütze|apoya|apoye|apoie|sostieni|steun)\b.{0,60}"
    r"\b(?:journalism|journalisme|information|journalismus|periodismo|jornalismo|giornalismo|informazione|"
    r"journalistiek|newsroom|rédaction|redaktion|redacción|redação|redazione|redactie)",
    re.I,
)
# a count of a story's readers' doings, no headline ("This report was shared 318 times", "1.2k shares")
SHARE_COUNT_RE = re.compile(
    r"\b(?:shared|viewed|read|liked|geteilt|partagé|compartid[oa]|condiviso|gedeeld)\s+[\d,.]+k?\s+"
    r"(?:times|mal|fois|veces|vezes|volte|keer)\b|\b[\d,.]+k?\s+mal\s+geteilt\b"
    r"|^[\d,.]+k?\s+(?:shares|comments|views|likes|reactions|partages|compartidos|compartilhamentos|"
    r"condivisioni|mal geteilt|kommentare|commentaires|comentarios|comentários|commenti)$",
    re.I,
)
# a prompt about the reader's ad blocker ("Is your ad blocker on?", "I've turned it off"): it speaks
# to the reader (or as the reader) of the blocker, or asks to turn it off, no headline's way
AD_BLOCKER_PROMPT_RE = re.compile(
    r"\b(?:you|your|you're|you've)\b.{0,40}\bad[- ]?block|\bad[- ]?block\w*\b.{0,40}\b(?:you|your)\b"
    r"|^\W*(?:i(?:'ve| have) )?(?:turned|switched) (?:it|them) off\W*$|\b(?:whitelist|allowlist) (?:us|our site)\b",
    re.I,
)
# a paywall's offer to the reader ("Keep reading with a free trial"), never a headline
_PAYWALL_OFFERS = (
    r"subscribe to (?:continue|read)|continue reading|to continue reading|subscribers? only|"
    r"keep reading with|to keep reading|start (?:your )?(?:free )?trial|for paid subscribers|"
    r"upgrade to (?:paid|premium)|this post is for|verify (?:your )?access|check(?:ing)? your access|"
    r"trouble retrieving the article|"
    r"this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members)|"
    r"already (?:a subscriber|have an account)|sign in to (?:read|continue)|log in to (?:read|continue)|"
    r"create a free account to|read the full (?:article|story)|"
    r"you(?:'ve| have) reached your (?:limit|free article)|become a subscriber"
)
# ... or its words, which a headline may use too ("Harbour paper drops its paywall")
_PAYWALL_RE = re.compile(rf"(?:{_PAYWALL_OFFERS}|unlimited access|award-winning journalism|paywall)", re.I)
_PAYWALL_OFFER_RE = re.compile(rf"(?:{_PAYWALL_OFFERS})", re.I)
# "Reading time: 5 min", "4 min read"; the same words in the common languages ("Lesezeit: 7 Minuten",
# "4 Min. Lesezeit", "7 min de lectura", "Temps de lecture : 3 min"), told by a word before or after
_READTIME_RE = re.compile(
    r"^(?:(?P<before>(?:estimated )?(?:reading time|read time|time to read)|lesezeit|lesedauer"
    r"|(?:tiempo de )?lectura|(?:temps de )?lecture|(?:tempo di )?lettura|(?:tempo de )?leitura|leestijd"
    r"|czas czytania)\s*:?\s*)?"
    r"(?:about |approx\.? |~|ca\.? )?(?P<minutes>\d{1,3})\s*(?:-|\s)?(?:min(?:ute|uto|uti|uten)?s?\.?)"
    r"(?:\s+(?P<after>read|to read|reading|lesezeit|lesedauer|de lectura|de lecture|di lettura|de leitura|leestijd))?$",
    re.I,
)
# The words before the minutes in other orders ("Lectura de 7 minutos", "Si legge in 9 minuti") and in CJK
# ("阅读时长7分钟", "約7分で読めます"): a reading time that says so. (Japanese "読了時間：約5分" is left out: read as
# header furniture it moved a pool page's body start, review s44.)
_READTIME_SAID_RE = re.compile(
    r"^(?:(?:tiempo de |temps de |tempo di |tempo de )?(?:lectura|lecture|lettura|leitura)\s*(?:de|di|:)?"
    r"|si legge in|se lee en|se lit en|leia em)\s*(?:~|ca\.? )?(?P<minutes>\d{1,3})\s*min(?:ute|uto|uti)?s?\.?$"
    r"|^(?:阅读时长|阅读时间|閱讀時間|閱讀時長|预计阅读|預計閱讀)\s*:?\s*(?:约|約|大约)?\s*(?P<cjk>\d{1,3})\s*(?:分钟|分鐘|分)$"
    r"|^(?:约|約|大约)?(?P<cjk_first>\d{1,3})\s*(?:分钟|分鐘|分)(?:で読めます|读完|讀完|可读完)$",
)
# An audio player's length ("Listen to this article | 6 mins") is no reading time.
_AUDIO_RE = re.compile(r"\b(?:listen(?:ing)?|audio|podcast|play(?:er)?|narrated|voiced)\b", re.I)


@lru_cache(maxsize=16384)
def is_chrome(text: str) -> bool:
    """Page furniture that never belongs to an article or a list of articles."""
    if len(text) > 200:
        return False
    folded = fold(text).rstrip(":").strip()
    if folded in _CHROME_EXACT:
        return True
    if match_any_case(_CHROME_RE, folded):
        return True
    # (a line not in ASCII may hold a letter that a case-blind pattern matches to an ASCII one: "ı")
    anywhere = not folded.isascii() or any(map(folded.__contains__, _ANYWHERE_WORDS))
    if anywhere and "cookie" in folded and is_cookie_notice(text):
        return True
    return (anywhere and match_any_case(_CHROME_ANYWHERE_RE, folded)) or ("©" in text and is_copyright(text))


@lru_cache(maxsize=PAGE_CACHE)
def is_related_header(text: str) -> bool:
    if len(text) > 60:
        return False
    return match_any_case(_RELATED_HEADER_RE, fold(text)) or (not text.isascii() and is_cjk_list_header(text))


def is_tag_header(text: str) -> bool:
    return len(text) <= 40 and _tag_header(text)


# The folded tests of a short line, remembered: the stops, the features, the span stage and the
# related lists ask them of the same lines (a long line is told by its length alone, not kept).
@lru_cache(maxsize=PAGE_CACHE)
def _tag_header(text: str) -> bool:
    return match_any_case(_TAG_HEADER_RE, fold(text))


def is_tag_line(text: str) -> bool:
    return len(text) <= 200 and bool(_TAG_LINE_RE.match(text))


def is_skip_header(text: str) -> bool:
    return len(text) <= 120 and _skip_header(text)


@lru_cache(maxsize=PAGE_CACHE)
def _skip_header(text: str) -> bool:
    return match_any_case(_SKIP_HEADER_RE, fold(text))


@lru_cache(maxsize=PAGE_CACHE)  # the body's stops, its features and the span stage ask it of the same lines
def is_list_header(text: str) -> bool:
    """A line over a list the rules know: of other articles ("Most read"), of topics ("Tags"), or
    of furniture to skip ("Sponsored content")."""
    return is_related_header(text) or is_tag_header(text) or is_skip_header(text)


def is_footer_marker(text: str) -> bool:
    return len(text) <= 80 and _footer_marker(text)


@lru_cache(maxsize=PAGE_CACHE)
def _footer_marker(text: str) -> bool:
    return match_any_case(_FOOTER_RE, fold(text)) or (not text.isascii() and is_cjk_footer_link(text))


def is_copyright(text: str) -> bool:
    """A copyright notice or a picture's credit: "© 2031 Harbour Press", "Photo: © Jo Ng". A
    sentence that only mentions the mark inside its prose is text (mark_in_prose)."""
    return len(text) <= 200 and _copyright(text)


@lru_cache(maxsize=PAGE_CACHE)
def _copyright(text: str) -> bool:
    folded = fold(text)
    if folded.startswith(("copyright", "(c) ")) or "all rights reserved" in folded:
        return True
    return "©" in text and not mark_in_prose(text)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def mark_in_prose(text: str) -> bool:
    """The "©" of the line stands inside a sentence of running text, not where a notice or a
    credit puts it: the line has COPYRIGHT_PROSE_WORDS words or more, the mark is neither among
    its first words nor among its last (a credit ends a caption: "... on May 2. © Jo Ng / Agency"),
    no year stands next to it ("The contents are ©2031 Harbour Press") and no rights are named."""
    words = text.split()
    if len(words) < COPYRIGHT_PROSE_WORDS or "rights" in text.lower():
        return False
    at = next(k for k, w in enumerate(words) if "©" in w)
    if at < COPYRIGHT_EDGE_WORDS[0] or at >= len(words) - COPYRIGHT_EDGE_WORDS[1]:
        return False
    return not any(_YEAR_RE.search(w) for w in words[max(0, at - 1) : at + 2])


@lru_cache(maxsize=PAGE_CACHE)
def is_cta(text: str) -> bool:
    if text[:10].lower() in ("click here", "tap here t") or text[:7].lower() == "please ":
        return True  # however long: "Click here to see our interactive map of ..."
    return len(text) <= 160 and len(text.split()) <= 12 and match_any_case(_CTA_RE, fold(text))


# An author's bio: a name, "is a" (or the verb of another common language: "es", "est", "ist", "è", "é"),
# then within a few words what they do: a writer's job (lexicon.WRITER_JOB_WORDS, the one list of them) or
# another trade bios name ("Jane Roe is a fellow at ...", "Ana Ruiz es investigadora en ...")
_BIO_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w.'’-]+(?: [A-ZÀ-Ý][\w.'’-]+){1,3}) "
    r"(?:(?:is|was|has been) (?:a|an|the|our)\b|(?:es|fue|est|était|ist|war|è|era|é|foi)\b)"
    rf".{{0,80}}?\b(?i:{WRITER_JOB_WORDS}|fellow|analyst|producer|author|professor|researcher|scholar|director"
    r"|photographer|profesora?|investigadora?|analista|autora?|fot[óo]grafa?|professeure?|chercheu(?:r|se)|auteure?"
    r"|photographe|professorin|forscher(?:in)?|fotografin|professore(?:ssa)?|ricercat(?:ore|rice)|autrice"
    r"|pesquisadora?)",
)
# A note on the writer by its shape, whatever its verb (review-parser I1/I3: bios at the end in wordings
# _BIO_RE's verbs do not hold moved little): a person's name of two to four capitalised words opens a short
# sentence, and the sentence says the person writes for a living: a writer's job (lexicon.WRITER_JOB_WORDS),
# the newsroom as a place of work ("the newsroom", "la rédaction", "il quotidiano"; not any "desk": "X has run
# the volunteer desk", review-parser W4) or what they write about
# ("writes about the sea"). The verb alone says nothing ("X joined the cooperative", "X si occupa dello
# sportello": a story's people, review-parser W4), nor may it report speech ("X told the paper that ...").
_NOTE_NAME_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w.'’-]+(?: (?:(?:de|da|do|dos|das|del|della|di|van|von|der|le|la) )?[A-ZÀ-Ý][\w.'’-]+)"
    r"{1,3}) (?P<verb>\w+)"
)
_WRITES_FOR_RE = re.compile(
    rf"\b(?:{WRITER_JOB_WORDS}|newsroom|paper|newspaper|magazine|redaktion|\w*ressort|zeitung"
    r"|rédaction|journal|quotidien|redacción|diario|periódico|redazione|giornale|quotidiano|testata"
    r"|redação|redacção|jornal|editoria)\b"
    r"|\b(?:(?:reports|writes) (?:on|about)|(?:schreibt|berichtet) über|écrit sur|escribe sobre|scrive di"
    r"|escreve sobre)\b",
    re.I,
)
_COVERS_RE = re.compile(
    r"\b(?:covers|has covered|writes|has written|reports on|has reported on|schreibt|berichtet|couvre|suit|écrit"
    r"|cubre|escribe|informa|segue|scrive|si occupa|cobre|escreve|acompanha)\b",
    re.I,
)
_THAT_WORDS = frozenset(("that", "que", "dass", "che"))  # "Jo Ng tells the paper that ...": speech
# (a search of either tries each of its words at each character of the note: its pieces first, pieces.py)
_WRITES_FOR, _COVERS = Sieved(_WRITES_FOR_RE), Sieved(_COVERS_RE)


@lru_cache(maxsize=PAGE_CACHE)
def writer_note_subject(text: str) -> str | None:
    """Whom a short note on a writer is about, told by its shape (above), or None."""
    if len(text) > WRITER_NOTE_CHARS or text[:1] in '"“«„' or not text.endswith(TERMINAL):
        return None
    found = _NOTE_NAME_RE.match(text)
    if found is None or found["verb"][:1].isupper():
        return None
    if any(word.lower() in STOP_WORDS for word in found["name"].split() if word[:1].isupper()):
        return None  # "The Ledger ..." or "Die Stadt ...": no person's name
    if not is_person_name(found["name"]):
        return None  # "Marsby Council covers the cost ...", "Unsere Redaktion berichtet ..."
    rest = text[found.start("verb") :]
    if found["verb"].lower() in REPORTING_WORDS or not _THAT_WORDS.isdisjoint(rest.lower().split()[1:THAT_REACH_WORDS]):
        return None
    if _WRITES_FOR.search(rest):
        return found["name"]
    # a verb of covering or writing, in the present or the perfect as a note on a writer has it, and a field
    # of news ("covers courts and policing", review-parser W6; not "X wrote about her health in a blog")
    covers = _COVERS.search(rest) is not None
    return found["name"] if covers and not NEWS_BEAT_WORDS.isdisjoint(lower_words(rest)) else None


# ("join us" / "join our" only where a sentence starts: "... urging readers to join us, she said" is speech)
_APPEAL_RE = re.compile(
    r"\b(?:becom(?:e|ing) a member|membership|subscri(?:be|ption|ber)s?\b|donat(?:e|ions?)|"
    r"support(?:ing)? (?:our|us|independent)|"
    r"sign up|newsletter|consider becoming|a tip\b|send us|tips?@|inform the editors|noticed a mistake|"
    r"ctrl\s*\+\s*enter|contact us|get in touch|become a patron|patreon|"
    r"(?:(?<=^)|(?<=[.?!]\s))join (?:our|us)\b)",
    re.I,
)
# "you", "your", "yours"; "we", "our", "us" (as words), each form searched for on its own: written
# to start with the word's letters, the word's start checked after them ((?<!\w...): no letter
# before the word), re scans for a literal quickly; a leading \b made it try every position of
# every paragraph, and one pattern opening with [WwOou] stopped at every "o" and "u".
_PRONOUN_SEARCHES = tuple(
    re.compile(pattern).search
    for pattern in (
        r"you(?<!\w...)(?:rs?)?\b",
        r"You(?<!\w...)(?:rs?)?\b",
        r"we(?<!\w..)\b",
        r"We(?<!\w..)\b",
        r"our(?<!\w...)\b",
        r"Our(?<!\w...)\b",
        r"us(?<!\w..)\b",
    )
)
# What every phrase of _APPEAL_RE holds, in small letters: an ASCII line with none of these is
# no appeal (a few quick tests of the line in small letters, not the pattern's search)
_APPEAL_PARTS = ("member", "subscri", "donat", "support", "sign up", "newsletter", "consider becoming", "tip",
                 "send us", "inform the editors", "noticed a mistake", "ctrl", "contact us", "get in touch",
                 "become a patron", "patreon", "join ")  # fmt: skip
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
    if len(text) > END_MATTER_CHARS:
        return False
    if match_any_case(_NOTE_LINE_RE, text) or _BIO_RE.match(text) or match_any_case(_NEWSLETTER_HEAD_RE, text):
        return True
    if writer_note_subject(text):
        return True
    # (61 words need 121 characters: a shorter line is not split to count them)
    if '"' in text or "“" in text or "”" in text or (len(text) > 120 and len(text.split(None, 60)) > 60):
        return False  # reported speech, or a paragraph of text
    if text.isascii() and not any(map(lowered(text).__contains__, _APPEAL_PARTS)):
        return False  # no appeal's word (most lines): told in C before the seven pronouns are searched
    return any(search(text) for search in _PRONOUN_SEARCHES) and search_any_case(_APPEAL_RE, text)


def bio_subject(text: str) -> str | None:
    """Whom an author's bio is about ("Jane Roe is a reporter covering ..."): the name."""
    m = _BIO_RE.match(text) if len(text) <= END_MATTER_CHARS else None
    return m["name"] if m else writer_note_subject(text)


def is_paywall(text: str) -> bool:
    if len(text) > 200:
        return False
    return search_any_case(_PAYWALL_RE, text) or (not text.isascii() and CJK_PAYWALL_RE.search(text) is not None)


@lru_cache(maxsize=PAGE_CACHE)  # asked of each line after the text twice (the lists after it, their items)
def is_paywall_offer(text: str) -> bool:
    """A paywall's offer ("Keep reading with a free trial"), not a headline about one."""
    return len(text) <= 200 and search_any_case(_PAYWALL_OFFER_RE, text)


@lru_cache(maxsize=PAGE_CACHE)
def read_minutes(text: str) -> tuple[int, bool] | None:
    """(minutes, says_read) for a read-time line: "2 min read" says read, "7 min" does not."""
    if len(text) > 48 or not DIGIT_RE.search(text):
        return None
    folded = fold(text)
    m = _READTIME_RE.match(folded)
    if not m:
        said = _READTIME_SAID_RE.match(folded)
        found = said and (said["minutes"] or said["cjk"] or said["cjk_first"])
        return (int(found), True) if found and 0 < int(found) < 300 else None
    minutes = int(m["minutes"])
    if not 0 < minutes < 300:
        return None
    return minutes, bool(m["before"] or m["after"])


def is_audio_context(text: str) -> bool:
    return search_any_case(_AUDIO_RE, text)
