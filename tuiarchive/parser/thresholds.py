"""The parser's named thresholds: the numbers its line rules compare against, in one place."""

from __future__ import annotations

# Only so much of a line is looked at when deciding what it is: a one-megabyte "line" is
# body text or garbage either way, and classification must stay cheap.
MAX_CLASSIFY = 2000
WORDS_PER_MINUTE = 230
CJK_TEXT_CHARS = 100  # this many CJK characters in the body are running text
TEXT_MIN_WORDS = 12  # fewer words than this (a sample of the body's first) are no running text
CJK_CHAR_WEIGHT = 3  # a CJK character counts as this many letters of a cased script where a paragraph's length is asked
CJK_CHARS_PER_WORD = 2  # CJK text has no spaces: its characters count as words, one for this many
CJK_PROSE_CHARS = 60  # a line of this many CJK characters is running text
CJK_SENTENCE_CHARS = 20  # ... and one of this many that ends like a sentence (。！？)
CJK_HEADLINE_CHARS = (6, 56)  # the CJK characters of a headline-shaped line: at least, at most (a long Japanese one)
CJK_DATE_LABEL_CHARS = 6  # a CJK dateline's label ("最終更新日時") has at most this many characters
CJK_MENU_ITEMS = 3  # a row of this many short CJK words apart by spaces is a menu or a share bar ...
CJK_MENU_ITEM_CHARS = 5  # ... each of this many characters at most ("ランキング")
CJK_MENU_SCRIPT_SHARE = 0.5  # ... in CJK characters for this share of its letters at least
CJK_MENU_BUTTON_SHARE = 0.5  # ... or a button's action in this share of its items at least
CJK_BUTTON_CHARS = 10  # ... or, most of them a button's action, of this many ("この記事をシェアする")
CJK_LIST_HEADER_CHARS = (2, 24)  # a CJK list's header has at least, at most this many characters (out of its brackets)
CJK_FOOTER_LINK_CHARS = 16  # a CJK site's link at the page's foot has at most this many characters
CJK_NOTE_LINE_CHARS = 60  # a CJK site's note under a story ("原标题：…", "声明：…") has at most this many characters
CJK_AD_HEADER_CHARS = (
    12  # a CJK ad widget's header ("スポンサーリンク", "【赞助内容】") has at most this many characters
)
CJK_PICTURE_ROWS = 2  # a CJK picture's or video's label has at most this many short rows under it (credit, length)
CJK_CLOSING_CHARS = 6  # a CJK sentence of this many characters can close the text (the span stage's tail)
CJK_SLOT_LABEL_CHARS = 8  # a label of this many CJK characters at most, glued under a CJK paragraph, is an ad slot's
CJK_DEK_CHARS = 90  # a CJK standfirst: one sentence of at most this many characters ...
CJK_DEK_REACH = 4  # ... with the date or a byline this many lines under it at most
CJK_TITLE_CHARS = 4  # a line of CJK characters (no spaces) can be a headline from this length
CJK_BREADCRUMB_ITEM_CHARS = 8  # a section's path over a CJK headline: items of this many characters at most
FEW_LINES_AROUND = 3  # a page with no more lines than this outside the rules' body is left as it is
TICKER_ITEMS = 2  # items of two words or more after a breaking-news label: a ticker's row, no headline
DATELINE_REACH = 3  # lines past the header's end where a dated wire dateline may open the text
DATELINE_LOOKAHEAD = 4  # paragraphs (or lines above the text) where a wire dateline may start it
DATELINE_PARAGRAPHS = 16  # paragraphs (captions of a gallery, a summary) a wire dateline may come after
DATELINE_SKIPPABLE = 400  # characters: a paragraph before the dateline this short is a caption or summary
CARD_HEADLINE_CHARS = 120  # a related card's headline that ends like a sentence is at most this long
# Lists of other articles told by their shape (related_shapes.shaped_and_furniture):
RELATED_ITEM_SPACES = (3, 40)  # an item's spaces: at least, at most (fewer: a menu; more: a paragraph)
RELATED_ITEM_CHARS = 220  # an item is at most this long
RELATED_MIN_ITEMS = 3  # a list has at least this many items
RELATED_QUOTED_SHARE = 0.5  # a run after the text with this share of its lines wholly quoted: pull quotes, no list
RELATED_CJK_ITEM_CHARS = 8  # an item in CJK characters has at least this many ("联系我们", "お問い合わせ": links)
RELATED_CJK_LEAD_IN_CHARS = 8  # a CJK line ending "：" this long announces the text's own list ("计划包括：")
RELATED_BETWEEN_LINES = 7  # lines between two items of one list (a card: section, blurb, authors, date)
RELATED_BETWEEN_KINDS = 4  # kinds of those lines (a repeat counted once)
RELATED_LABEL_REPEATS = 2  # a line said more often than this after the text is a label, not an item
RELATED_CARD_PERIOD = (3, 8)  # lines from one card's date to the next's, for cards told by their dates
RELATED_HEADER_WORDS = 5  # a list's first line that is its header: at most this many words
RELATED_HEADER_SHARE = 0.5  # ... and at most this share of the items' median word count
# A footer's links in words the lexicon does not know, over those it knows in one block (related_footer):
FOOTER_LINKS_ABOVE = 8  # at most this many lines
FOOTER_LINK_WORDS = 4  # of at most this many words each (a list's headline has more)
# a name and its value ("Waiting time: 13 hrs") has at most this many words after ':' or ' - ' (a kicker's
# headline runs on: six took "Ferry fares: who pays when crossings double" for a table's row)
RELATED_PAIR_WORDS = 4
RELATED_PROMOTED_SHARE = 0.5  # ad labels ("Sponsored") next to a list's cards, per card: promotions
RELATED_PRICED_SHARE = 0.5  # prices alone on their lines between a list's items, per item: a shop's products
RELATED_AD_LABEL_WORDS = 3  # an ad label ("Advertisement", "Sponsored content") is at most this many words
RELATED_AD_LINES = 3  # one ad in a widget: its title, its advertiser's line, a line of its pitch at most
RELATED_BLURB_WORDS = 6  # a blurb under an item's headline: a sentence of at least this many words (a brand has a few)
RELATED_COUNT_KEY_LETTERS = 3  # a count's word under comments, told by its first letters ("like", "likes")
RELATED_STORE_LEAD_WORDS = 2  # a store's call: its words before "on the App Store" ("Get it"); a headline has a subject
RELATED_CARD_REACH = 3  # lines above or below an item where the nearest line of its card may be (blanks between)
RELATED_TEXT_TAIL_CHARS = 40  # a line this long that ends the text's last paragraph is where the text ends
RELATED_RANKS_CHECKED = 3  # a line over a rank "1" heads a ranked list when the next ranks count on to this
TEXT_PARAGRAPH_CHARS = 150  # a paragraph of the article's text is at least this long
# a lead picture's caption without a credit, over the text (parser/start.py): a sentence of at most these
# words, set apart from a paragraph at least this many times as long
LONE_CAPTION_WORDS = 12
LONE_CAPTION_RATIO = 3
PICTURE_LINES = 6  # a picture's lines inside the text (a label, its caption, its credits) are fewer (parser/start.py)
CARD_REACH = 8  # a card of other stories inside the text, its label and headlines, has fewer lines (parser/start.py)
# The header read past a short story (its date under it): this many paragraphs of prose over the header's end and
# none in this many lines under it (parser/start.py)
TEXT_UNDER_HEADER_PARAGRAPHS = 3
TEXT_UNDER_HEADER_REACH = 10
LEAD_STEMS_MARGIN = 2  # the lead under a standfirst or a caption tells this many more of the headline's words
STEM_CHARS = 5  # a word's first letters that stand for it in another form ("bridge", "bridges"; parser/start.py)
SHORT_TEXT_RUN = 3  # ... or this many shorter paragraphs of prose in a row are the text (body._text_read)
# A copy hard-wrapped at a width (a text dump, a mail): at least WRAP_LINES lines of WRAP_MIN_CHARS
# or more, at most WRAP_MAX_WIDTH long, WRAP_SHARE of them within WRAP_BAND characters of the widest.
WRAP_LINES = 8
WRAP_MIN_CHARS = 20
WRAP_MAX_WIDTH = 100
WRAP_SHARE = 0.5
WRAP_BAND = 20
WRAP_BROKEN_SHARE = 4  # ... and one in this many of those runs on into a line in small letters
STACKED_DEKS = 2  # sentences under a headline that are deks only if a byline, a date or a caption follows
CAPTION_BY_CREDIT_WORDS = 5  # a caption beside its credit (none of its own) has at least this many words
PLAYER_LINE_WORDS = 7  # an audio player's line ('Diesen Artikel anhören · 3 Min.') is at most this many words
BUTTON_WORDS = 3  # a button's label ("Learn More", "Read the story") is at most this many words
SUMMARY_POINT_CHARS = 160  # a point of a summary box above the text ("Key points") is at most this long
SITE_NAME_WORDS = 6  # the browser title's last part is the site's name when this many words at most ...
SITE_NAME_CHARS = 60  # ... and this many characters
BYLINE_OVER_HEADLINE = 6  # lines above the headline where its byline may stand over a kicker, the date, its update
AUTHOR_CARD_ABOVE = 12  # lines above the headline where an author card (name, then read time or date) may be
SECTION_BREAK_LOOKAHEAD = 4  # lines after a break ("___") where the text must go on for the break to be inside it
HEADLINE_YOU_WORDS = 8  # a line this long may say "you" deep inside and still be a headline
BYLINE_ABOVE_TEXT = 8  # lines over the text's first paragraph where a byline far under the headline may be
END_MATTER_CHARS = 600  # a bio, an appeal or a note after the text is at most this long (longer: a paragraph)
LICENCE_LINE_CHARS = 200  # a line this short that names Creative Commons is a licence note, not the story's text
TERMS_LINE_WORDS = 10  # ... one not naming the text says only its rule ("Nachdruck nur mit Genehmigung des Verlags")
TERMS_LINE_CJK_CHARS = 40  # ... in CJK, in characters ("未经许可，禁止转载")
TERMS_NOTE_CHARS = 320  # a note on the terms a text may be copied under (parser/copyterms.py) is this short
AGENCY_SHORT_CHARS = 4  # an agency's short name ("dpa", "epd"): in small letters in some languages' credits
BUTTON_ROW_WORDS = 4  # a row of buttons between the headline and a name alone ("Artikel teilen"): a few words
JOB_LINE_WORDS = 8  # a job line under a writer's name ("Redakteurin für Verkehr"): a few words, no sentence
METHOD_HEADING_WORDS = 6  # a heading over a note on method ("How we reported this story"): a few words
RESUME_AFTER_NOTE = 8  # lines under a note on method where two paragraphs of text say the text goes on
MAKING_NOTE_MIN_WORDS = 3  # a note on the article's making is a sentence: fewer words are a label
NOTE_SUBJECT_WORDS = 5  # ... names the text as its subject among its first words ("Fact-checking for this article")
NEWSROOM_SUBJECT_WORDS = 3  # ... or the newsroom ("La nostra cronista", "Unsere Reporterin")
COUNTED_NOTE_CHARS = 240  # a note on method that only counts what was gathered ("We went through 3,400 ...") is short
HEADING_MIN_CHARS = 3  # a heading over a note on method is longer than a mark of two characters ("広告")
HEADING_NOTE_REACH = 2  # lines under such a heading where its note may be (a blank between)
WRITER_NOTE_CHARS = 240  # a note on the writer told by its shape alone (chrome.writer_note_subject) is this short
STAFF_NOTE_CHARS = 400  # a staff writer's note under the text (staff_notes.py): a sentence or two on them
STAFF_NOTE_JOB_REACH = 6  # ... names the newsroom's job within this many words after its "is" ("is a senior reporter")
UPDATE_STAMP_WORDS = 14  # a stamp of the text's update under it (stamps.py) has this many words at most
APPEAL_CHARS = 300  # a site's appeal to its reader (appeals.py) is a sentence or two: a longer line is text
DELIVERY_OFFER_CHARS = 160  # ... and a newsletter's or an app's offer one short sentence (appeals._offers_delivery)
# The furniture right under a text told by its rows (trailer_rows.py): a bar of buttons with this many social
# networks' names alone on their lines or more, under a label of this many words at most; a list of other
# stories with this many headlines or more in a row, a date under each
TRAILER_BAR_NETWORKS = 2
TRAILER_LABEL_WORDS = 4
TRAILER_DATED_ITEMS = 2
TRAILER_ROWS_REACH = 8  # lines looked at from the first: a label, then the rows
JOB_STEM_INSIDE_CHARS = 7  # ... a job's stem this long counts inside a word (a compound: "Lokalreporterin")
WRITER_BOX_HEADING_CHARS = 28  # the heading of a box on the writer ("À propos de l'auteure :") is this short
THAT_REACH_WORDS = 6  # words after a name's verb where "that" makes it reported speech ("tells the paper that")
SPEAKER_WORDS = 5  # a sentence opening on its speaker has its verb of speech among this many first words
APPOSITION_WORDS = 10  # a role set by commas after a name ("Jo Ng, who chairs the boat owners, said") is this short
WRITER_BLOCK_REACH = 2  # lines under a writer's name where their job line or a note on them may be (a blank between)
BYLINE_AFTER_TEXT = 3  # lines under the text's last paragraph where its byline may be printed
BYLINE_INSIDE_LEAD = 8  # lines from the text's first where its byline may stand under the first paragraph or two
SPLIT_NAME_REACH = 4  # lines under the headline where a name broken over two lines may start
DESK_WORDS = 4  # a desk signing the story ("Metro staff", "Redaktion Talheim") in this many words at most
DESK_UNDER_HEADLINE = 2  # ... on one of this many lines under the headline
LEAD_BYLINE_PROSE_REACH = 4  # lines under a byline in the text's lead where its next paragraph is (past a job line,
# a crosshead of CROSSHEAD_WORDS at most)
CROSSHEAD_WORDS = 8
NAME_OVER_LEAD_REACH = 8  # lines over a headline read under the lead where the story's byline may be (review W86)
NAME_HALF_WORDS = 3  # half of a name broken over two lines: a word, or a particle or two and a surname ("van der Berg")
LOOSE_BYLINE_MARKED_REACH = 2  # lines under the date where a byline with its "By" outranks a loose one over the date
LOOSE_BYLINE_CARD = 4  # lines over a loose byline where a name alone makes it a line of that name's card (job, buttons)
LIST_UNDER_NAME = 2  # headlines in a row under a short line: a list's header, not a name alone under the text
LIST_ITEM_WORDS = 5  # ... each a whole headline of this many words at least (a list's own header is shorter)
SITE_KEY_CHARS = 3  # a site's name folded (sitename.key) this long at least: shorter ones ("ap", "tv") match too much
DATE_AFTER_NAME_REACH = 3  # lines under the headline where "Name, date" gives its date when the name is refused
DATE_AFTER_NAME_CHARS = 100  # ... a line no longer than this
DATE_AFTER_NAME_WORDS = 6  # ... with this many words before the date at most
NAME_DATE_ANCHOR_WORDS = 3  # ... a byline's line anchoring the headline over it: a name this long at most
SPACED_CJK_NAME_CHARS = 4  # a CJK family and given name with a space, after a mark other than "・": this many at most
NOTE_AFTER_TEXT = 9  # ... and where a note on its writer may be, past a short list or box the text ended over
SIGN_OFF_EXTRA_WORDS = 3  # words beside the writer's name on a line signing the text (a place, an outlet)
SIGN_OFF_SMALL_WORD = 3  # ... each with a capital, or no longer than this: a byline's small word ("por", "à", "von")
BYLINE_CHARS = 80  # a byline line with words before its names ("Escrito por Ana Ruiz") is no longer than this
CJK_NAME_CHARS = (3, 5)  # a CJK name alone under the headline: at least, at most this many Han characters
CJK_DATED_NAME_CHARS = (2, 4)  # a CJK name by the date on its line ("2026年3月3日 林雨晴"): at least, at most
ZH_NAME_CHARS = 4  # ... a Chinese one at most this many (five make a Japanese name only: "長谷川健一")
CJK_BUTTON_RUN = 3  # ... and in no run of this many short CJK lines (a row of buttons, a menu)
CJK_NAME_STAMP_LINES = 2  # ... with the date or the read time this close
CJK_NAME_REACH = 6  # ... on the lines under the headline up to this far (over the date, a section's label, a read time)
CJK_NOTE_CHARS = 120  # a Chinese or Japanese note on the writer under the text is at most this long
NOTE_ROLE_REACH = 40  # characters after "is" where a note on the writer (signatures._note_on_writer) says what they are
WRITER_LABEL_WORDS = 4  # a line under a name alone this short is the writer's role or desk ("The harbour master")
# Headline-shaped lines over the byline (headline_pairs): the upper of two is the headline over its dek from this
# many words; this many in a row right over it under a list's header are a bar of other stories' headlines, at most
# BAR_ITEMS up to that header.
HEADLINE_OVER_DEK_WORDS = 5
HEADLINE_MAX_WORDS = 30  # a headline printed over two lines says at most this much (page.headline_candidate's)
BAR_LINES = 3
BAR_ITEMS = 8
BAR_LABEL_WORDS = 3  # a bar with no list's header: under a line this short (a menu's item)
BAR_OPENING_WORDS = 2  # ... and no two of its lines opening with the same words (a row of links)
# two headline-like lines over the byline, the upper's words (one at most, this share of them at most) not
# the text's: the lower is the page's headline, the upper another story's, when the text takes up this
# many of the lower's words (twice as large a share)
OTHER_STORY_TEXT_SHARE = 0.2
OWN_HEADLINE_TEXT_WORDS = 2
HEADLINE_TEXT_SHARE = 0.3  # a four-word line over a dek: its headline when this much of its words come back in the text
DEK_TEXT_PARAGRAPHS = 3  # a dek under the bar's last line: compared with the words of the text's first paragraphs
DEK_TEXT_REACH = 30  # ... read within this many lines under it
DEK_UNDER_REACH = 4  # lines under the rules' headline where its dek may stand (past a caption and its credit)
MENU_ROW_WORDS = 5  # a menu printed on one line over the headline: this many words ("Home News Sport Arts Travel")
MENU_ROW_SHORT_CHARS = 6  # ... an item of a script without capitals this many characters at most
MENU_ROW_SECOND_WORD = 4  # ... the small second word of an item ("Strona główna") this many letters at least
REPEATED_NEAR_LINES = 12  # the same line this close again: a headline and its sticky bar's copy (title.repeated_near)
# Lines remembered by the line predicates the stages ask about again and again (headline, header,
# body, features, title rows all look at the same lines): a long page's worth; values are immutable.
PAGE_CACHE = 2048
# A first line in more parts than this is a browser title ("Headline - Section - News - Site")
# only if one part is the headline; otherwise it is the site's menu ("Home | News | Sport").
BROWSER_TITLE_PARTS = 3
# A browser title cut short ("...") names the headline by its first words: at least this many.
TRUNCATED_TITLE_WORDS = 4
# Lines glued into one paragraph that are each a link (menu items, a box of headlines): at least
# this many lines, each of at most this many words (paragraphs.link_list).
LINK_LIST_LINES = 3
LINK_WORDS = 12
CARD_WORDS = 20  # a card's headline inside the text is at most this many words ...
CARD_HEADLINE_MIN_WORDS = 4  # ... and at least this many (a label or a crosshead has fewer)
# Sponsored links as (teaser, advertiser) pairs (body._ad_block): a teaser of this many words at least, an
# advertiser's name of this many at most
AD_TEASER_MIN_WORDS = 4
AD_BRAND_MAX_WORDS = 3
# The article's own block of data under its text (datablock.py): at least this many rows under its heading ...
DATA_BLOCK_ROWS = 3
DATA_SHARES_SLACK = 2  # a poll's shares add up to 100 within this many points (rounding) ...
DATA_BLOCK_LOOK = 40  # lines under a heading the reader passes over looked at for the block's rows
DATA_HEADING_WORDS = 8  # ... a heading of at most this many words ...
DATA_LEAD_IN_WORDS = 4  # ... or a sentence of the text of this many words at least ending in a colon
DATA_ROW_SHARE = 0.75  # ... and this share of its lines with a figure rows of data
DATA_ROW_WORDS = 16  # a row of data has at most this many words ...
DATA_ROW_SENTENCE_WORDS = 2  # ... fewer words of a sentence than this (or than its figures) ...
DATA_SENTENCE_WORD_LETTERS = 4  # ... a word of a sentence: in small letters, this many letters at least ...
DATA_LABEL_WORDS = 6  # ... or a name of this many words at most, a colon, and a value with a figure ...
DATA_VALUE_WORDS = 6  # ... of this many words at most ("Tickets: 8 euros, 5 for children")
DATA_CJK_COLUMNS = 3  # ... in Chinese or Japanese, at least this many columns apart by spaces ...
DATA_CJK_VALUE = 6  # ... or a name and a figure's column of this many characters at most ("賛成　58％")
DATA_AMOUNT_WORDS = 8  # an amount's row: a figure first and this many words at most ("2 onions, sliced")
DATA_BARE_ROW_WORDS = 5  # a line with no figure among rows of data: this many words at most ("Salt and pepper")
DATA_ITEM_WORDS = 15  # an item of the story's own list between its paragraphs: this many words at most
DATA_INFO_WORDS = 12  # a box of practical lines (hours, prices, an address): lines of this many words at most ...
DATA_INFO_ROWS = 2  # ... more than DATA_BLOCK_ROWS of them, with a figure in this many at least, tied to the text
DATA_VOICE_WORDS = 25  # a vox-pop's row: a remark of this many words at most in quotation marks ...
DATA_VOICE_WHO_WORDS = 6  # ... then who said it in this many words at most (a name, an age, a trade)
DATA_FACT_VALUE_WORDS = 8  # a fact box's line: a name, a colon and a value of this many words at most ...
DATA_FACT_FIGURES = 2  # ... in a box of such lines with a figure in this many of them at least
# A paywall's "Continue reading" said again within this many lines is a link between parts of the
# text (around a box of links, an ad) when one paragraph of text follows within SEPARATOR_REACH lines.
SEPARATOR_REPEAT = 40
SEPARATOR_REACH = 16
# A credit or a label under the headline, before any text was read, is the header's when the text
# starts within this many lines after it (a row of share buttons may come between).
HEADER_FURNITURE_LINES = 16
# A copy with a blank line before (nearly) every line: at least this many lines, this share of them
# after a blank line. Its blank lines tell no blocks apart (page.to_lines reads it as having none).
BLANK_EVERY_LINE = (20, 0.9)
# A note on the author under the text (closing.author_note): a sentence of at least this many words.
AUTHOR_NOTE_WORDS = 5
# Labelled notes in brackets under the text (closing.with_closing_notes): at most this many lines.
CLOSING_NOTE_LINES = 3
# A short last sentence under the text past its own furniture (closing.with_closing_notes): at most this
# many lines of captions or pointers between, at most this many words.
CLOSING_FURNITURE_LINES = 2
CLOSING_SENTENCE_WORDS = 25
# ... and no prose in the lines under it, this many of them (the page's furniture starts there).
CLOSING_LOOKAHEAD = 3
# ... and it shares a word of meaning with the text's last paragraphs, this many of them.
CLOSING_TOPIC_PARAGRAPHS = 2
# A social post quoted under the text: at most this many lines of its words above the line that signs it.
POST_LINES = 2
# A "©" inside a sentence of at least this many words, neither among its first nor among its last
# words (first, last), is prose mentioning the mark, not a copyright notice (chrome.mark_in_prose).
COPYRIGHT_PROSE_WORDS = 12
COPYRIGHT_EDGE_WORDS = (3, 8)
# A header that would end the text ("Comments") does not when, within this many lines after it, a
# paragraph of at least RESUME_WORDS words shares RESUME_SHARED_WORDS words of meaning with the text
# of the RESUME_REACH lines above it (stops.text_goes_on).
RESUME_REACH = 30
RESUME_WORDS = 30
RESUME_SHARED_WORDS = 3
STAMP_CHARS = 80  # a line with a date or a time in it is a comment's or a post's stamp up to this long
CLOSING_LOWER_WORDS = 2  # a short sentence closing the text has this many words in small letters (span._closes)
LIST_IN_TEXT_ITEMS = 2  # marked items in a row between two paragraphs of text: the text's own list (span) ...
LIST_HEADLINE_WORDS = 6  # ... unless one is a headline of this many words (capital first): another story's link
TEASER_CHARS = 260  # a teaser's blurb under its headline is no longer (stops.before_teasers)
TEASER_HEADLINE_WORDS = 4  # a teaser's headline has at least this many words (a crosshead often fewer) ...
TEASER_HEADLINE_MAX = 12  # ... and at most this many (a picture's caption often more)
TEASER_PAIRS = 3  # headline + blurb pairs in a row after the text: other stories' teasers
TEASER_CUTS = 2  # blurbs cut off with an ellipsis in a row after the text: other stories' teasers ...
TEASER_CUT_CHARS = 120  # ... each at least this long (a card's room) ...
TEASER_CUT_SPREAD = 1.3  # ... the longest at most this times the shortest (cards of one size)
SITE_LINE_CHARS = 400  # a sentence of the site's about its own apparatus is no longer (stops.speaks_for_site)
COOKIE_NOTICE_CHARS = 400  # a cookie notice is no longer (consent.is_cookie_notice)
COOKIE_LABEL_WORDS = 8  # a cookie banner's label or button ("Accept all cookies") has at most these words (chrome)
# An ad widget's items in a saved page's lists, told by their links (formats/htmlads.py reads these here,
# beside the lists' other numbers):
RELATED_AD_SITES = 3  # off-site links with a query reaching this many sites in one list: an ad network's mix
RELATED_AD_LINK_WORDS = 3  # a headline with this many words of 4+ letters, none in its off-site link: an ad's
RELATED_AD_TOKEN_CHARS = 100  # a query this long, one per item on one address: a click's token
RELATED_AD_RUN_LINKS = 2  # ads' links in a row (no header of ads over them) before the site's own run: a widget
RELATED_ARTICLE_NUMBER_DIGITS = 4  # a run of this many digits in a link's path: an article's number or a year

# A paragraph in a script without capitals (Arabic, Hebrew, Devanagari): the page's last chance before a refusal
CASELESS_PROSE_WORDS = 8  # words of a sentence-ending line, as is_prose asks of a cased one
CASELESS_PROSE_LETTERS = 40  # letters, at least: a line of a few long words is no paragraph
CASELESS_LETTER_SHARE = 0.8  # of its letters, this share neither capital nor small (and not CJK)
# A paywall's line in the common languages (paywalls.py): a subscription's offer or notice in at most this many
# words; a call to go on reading ("Weiterlesen mit Plus") alone on its line in at most this many
PAYWALL_LINE_WORDS = 14
READ_ON_WORDS = 4
READ_ON_QUESTION_WORDS = 8  # ... and a question offering the rest of the text in at most this many
PRINT_STAMP_WORDS = 40  # a note that the text appeared in print (stamps.is_print_stamp; the headline it ran under
# restated in it) has this many words at most
VIDEO_PLAYER_LINES = 4  # a video player inside the text (players.video_player_end): its label and up to 3 lines ...
VIDEO_TITLE_WORDS = 14  # ... each a title (no sentence) of at most this many words, or its length
CORRECTION_NOTE_WORDS = 45  # a note that an earlier version of the text was wrong has this many words at most
COST_PITCH_WORDS = 10  # a site's pitch on what its journalism costs (appeals.is_appeal) has this many words at most
PIECE_OPENING_WORDS = 3  # the piece's noun as a note's subject stands among its first this many words (stamps.py)
# The page's date printed under its text, not in the header (page_date.date_under_text): looked for in the lines
# from the text's last paragraph on, up to this many, before another story's headline or a list's header
DATE_UNDER_TEXT_REACH = 8
DATE_UNDER_TEXT_PROSE_CHARS = 200  # a paragraph this long under the text is a reader's comment or a bio: no farther
DATE_OVER_HEADLINE_REACH = 10  # lines over the headline where its date may stand (page_date.date_over_headline)
