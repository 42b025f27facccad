"""Chinese and Japanese words of a page's apparatus, by job: a list's header, a site's links at the foot, its notes
under a story, an ad widget's header, a page's own words (no name), a summary's label, a paywall (the CJK stages:
cjk_lines.py, cjk_related.py; moved out of lexicon.py, which keeps the older CJK entries)."""

from __future__ import annotations

import re

# The parts of a Chinese or Japanese header over a list of other stories (cjk_lines.is_cjk_list_header): a word of
# relation, popularity, recommendation, recency or the reader's reading, then a word for stories, news or a ranking
_CJK_HEADER_FIRST = (
    r"相关|相關|关联|關聯|関連|热门|熱門|热点|熱點|人气|人氣|人気|推荐|推薦|精选|精選|延伸|更多|最新|"
    r"新着|注目|話題|话题|おすすめ|オススメ|今日|本周|本週|本日|(?:24|２４)(?:小时|小時|時間)|点击|點擊|點閱|阅读|閱讀|"
    r"アクセス|よく読まれている|一緒に読まれている|読まれている|同类|同類|其他|其它|他の|その他の|最近の|新しい"
)
_CJK_HEADER_NOUN = (
    r"記事|记事|文章|新闻|新聞|阅读|閱讀|推荐|推薦|报道|報導|報道|内容|內容|ニュース|ランキング|排行榜?|排名|热文|熱文|"
    r"话题|話題|专题|專題|资讯|資訊|トピックス?|ストーリー|コラム|动态|動態"
)
CJK_LIST_HEADER_RE = re.compile(
    rf"(?:{_CJK_HEADER_FIRST})(?:の)?(?:{_CJK_HEADER_NOUN})(?:{_CJK_HEADER_NOUN})?(?:一覧|列表|TOP\s?\d+|トップ\d+)?"
    # the reader spoken to: "you may also like", "also recommended", "everyone is reading", "read together"
    r"|(?:编辑|編輯|小编|小編|編集部|编辑部|編輯部)の?(?:推荐|推薦|精选|精選|おすすめ|オススメ)"
    r"|更多.{1,10}(?:报道|報導|新闻|新聞|文章)|更多精彩|精彩(?:推荐|推薦)|往期(?:回顾|回顧|精选|精選)"
    # a section's latest or picks ("本类最新", "同じカテゴリーの記事"), a ranking, what is hot now ("热榜", "即時熱門")
    r"|(?:本类|本類|本栏|本欄|同类|同類|本频道|本頻道|栏目|欄目)(?:最新|推荐|推薦|精选|精選|热门|熱門|排行)"
    r"|同じ(?:カテゴリー|カテゴリ|ジャンル|コーナー)の(?:記事|ニュース)|(?:相关|相關)(?:链接|連結|鏈接)"
    r"|(?:每日|每周|每週|毎日|週間|月間)?(?:排行榜?|热榜|熱榜|ランキング)|(?:即时|即時|实时|實時)(?:热门|熱門|热点|熱點)"
    r"|(?:こんな|この|ほかの|他の)記事も(?:読まれています|おすすめ|人気)"
    r"|(?:猜你|你(?:可能)?(?:也|还|還)?会?)喜[欢歡]|大家(?:都在看|还在看|還在看)|(?:こちら|これ)も(?:おすすめ|オススメ|読まれています)"
    r"|(?:あわせて|合わせて|一緒に|次に)読みたい(?:記事)?|看[过過](?:本文|此文|这篇|這篇)的人[还還](?:看了|在看)"
    r"|この記事を読んだ人は.{0,12}(?:読んでいます|読まれています)"
)
# A site's own links at the foot of a Chinese or Japanese page: about us, company, contact, terms, privacy,
# copyright, advertising, a site map, help, jobs, a disclaimer, a report form, feedback
CJK_FOOTER_LINK_RE = re.compile(
    r"会社(?:概要|案内|情報)|企業情報|運営会社|お問い?合わ?せ(?:窓口)?|利用規約|サイト(?:ポリシー|マップ|について)"
    r"|プライバシー(?:ポリシー)?|個人情報(?:の取り?扱い|保護方針|保護について)?|著作権(?:について)?|免責事項"
    r"|広告(?:掲載|掲載について|のお問い合わせ|出稿)|ヘルプ|よくある(?:ご)?質問|採用情報|特定商取引法に基づく表記"
    r"|(?:关于|關於)(?:我们|我們|本站|本網)|(?:联系|聯系|聯繫|聯絡)(?:我们|我們)|(?:广告|廣告)(?:服务|服務|合作|刊登|刊例)"
    r"|(?:版权|版權)(?:声明|聲明|所有)|(?:网站|網站)(?:地图|地圖|声明|聲明)|(?:隐私|隱私)(?:权|權)?(?:政策|条款|條款|声明|聲明)"
    r"|(?:用户|用戶|服务|服務|使用)(?:协议|協議|条款|條款)|(?:免责|免責)(?:声明|聲明)|(?:违法|違法)和不良信息举报|(?:举报|舉報)(?:中心)?"
    r"|ご利用にあたって|ご利用について|利用案内|(?:互联网|互聯網).{0,8}(?:许可证|許可證)|.{0,3}ICP(?:备|備|证|證).{0,20}"
    r"|記事に関する報告|通報する|意见(?:反馈|建议)|意見(?:回饋|反映)|加入我们|人才招募|招聘信息|(?:帮助|幫助)中心|法律声明|法律聲明|友情(?:链接|連結)"
)
# A picture's label in Chinese or Japanese, under the story or between its paragraphs: "【写真】…", "写真＝…", "圖／…"
CJK_PICTURE_LABEL = r"^【(?:写真|図|图|圖|動画|视频|視頻|影片)】|^(?:写真|图|圖|摄影|攝影|撮影)\s*[：:＝=／/]"
# A Chinese or Japanese site's own note under a story, no part of it: an app's or an account's pitch, a prompt to
# log in and comment, a disclaimer, the story's original headline, a label of its source, keywords or tags, a
# report link, an editor's or a proof-reader's credit, a note on when the story was written, the writer's box
CJK_SITE_NOTE_RE = re.compile(
    r"(?:下载|下載|打开|打開|安装|安裝).{0,8}(?:客户端|客戶端|APP|App|app|应用|應用)|アプリ(?:で|を)"
    r"|扫码|掃碼|扫一扫|掃一掃|(?:关注|關注)(?:我们|我們|公众号|公眾號)|公众号|公眾號|フォロー(?:する|して)"
    r"|(?:登录|登錄|登入|ログイン).{0,8}(?:评论|評論|留言|コメント)|(?:发表|發表)(?:评论|評論)|コメントを(?:書く|する|投稿)"
    r"|^(?:免责)?声明[:：]|^(?:免責)?聲明[:：]|本文(?:仅|僅)代表|不代表本(?:站|网|網|报|報|平台)"
    r"|^原(?:标题|標題)[:：]|^(?:本文)?(?:来源|來源|出处|出處)[:：]|^(?:关键词|關鍵詞|关键字|關鍵字|キーワード|タグ)[:：]"
    r"|^(?:举报|舉報)(?:/反馈|/反饋)?$|^[【\[(（]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|监制|監製)[:：]"
    r"|^※|時点のものです|感想を(?:お寄せ|送)|^(?:点击|點擊)进入|^(?:点击|點擊)進入"
    r"|^この記事を書いた人|^(?:作者|记者|記者)(?:简介|簡介)|^記者プロフィール"
    r"|(?:版权|版權)所有"  # the site's copyright line: "海岸新闻网 版权所有"
    # the paper on the piece itself ("本稿は日曜版の記事に加筆したものです"), a colleague who also reported, a
    # writer's one-line box ("…市政を担当する記者。"), a call for tips or views ("欢迎提供新闻线索")
    r"|^[（(]?(?:本稿|本記事|この記事)は|(?:も|が)取材に(?:加わ|協力し|当た)った。?$|(?:对|對)本文(?:亦|也)?有(?:贡献|貢獻)"
    r"|を(?:担当|取材)する(?:記者|編集委員|デスク)。?$|(?:负责|負責).{1,10}(?:报道|報導)的?(?:记者|記者)。?$"
    r"|(?:欢迎|歡迎).{0,10}(?:提供|爆料|投稿).{0,8}(?:线索|線索)|(?:新闻|新聞)?(?:线索|線索|爆料)(?:热线|熱線|邮箱|郵箱|电话|電話)"
    r"|(?:ご意見|ご感想|情報提供).{0,12}(?:編集部|本紙|当社)"
    # an editor's note, a reprint's permission or ban, a prompt to follow the site for more news
    r"|^[【\[(（]?(?:编者按|編者按|编者注|編者注|編集部注)|(?:授权|授權)(?:转载|轉載)|(?:禁止|不得)(?:转载|轉載)|無断転載|転載禁止"
    r"|(?:请|請)(?:追踪|追蹤|关注|關注).{0,10}$"
    r"|^更多.{0,8}(?:新闻|新聞|资讯|資訊).{0,6}(?:请|請)"
    # the writer's box ("筆者プロフィール　…", "X（41）　2019年入社。…": a name and an age, then a space, no
    # particle; "（作者系…）", "（作者為…）"), a tip or letters line ("情報提供は…", "如您有新闻线索…",
    # "读者投书请寄…", "…拨打本报热线"), a note under the text ("注：…", "註：…"), the pictures' source
    # ("本文图片…均由受访者提供")
    r"|^(?:執筆者|筆者|著者|記者|作者)?(?:プロフィール|简介|簡介)"
    r"|^[\u4e00-\u9fff々\u30a0-\u30ff]{1,5}[ \u3000]?[\u4e00-\u9fff々\u3040-\u30ff]{0,4}"
    r"[（(][0-9０-９]{2}[）)][ \u3000]"
    r"|^[（(](?:作者|筆者|笔者)(?:系|为|為|是|单位|單位)|^(?:情報提供|ご意見|ご感想)(?:・[^\s。]{1,6})?(?:は|を|について)"
    r"|^如(?:您|你)有.{0,10}(?:线索|線索|爆料)|(?:拨打|撥打).{0,8}(?:热线|熱線)|(?:读者|讀者)投(?:书|書)|(?:来稿|來稿)(?:请|請)"
    r"|^[（(]?(?:注|註|附注|附註)[:：]|^[（(]?本文(?:图片|圖片|照片|配图|配圖)"
    # a picture's label under the story: "【写真】…", "写真＝…", "圖／…", "摄影：…"
    rf"|{CJK_PICTURE_LABEL}"
)
# The header over an ad widget on a Chinese or Japanese page: advertising, promotion, sponsorship, a sponsor's links
CJK_AD_HEADER_RE = re.compile(
    r"广告|廣告|広告|推广|推廣|(?:商业|商業)推广|赞助(?:内容)?|贊助(?:內容)?|スポンサー(?:リンク)?|プロモーション|タイアップ|PR"
)
# Words of a page's own apparatus in Chinese or Japanese (an article, members, paid, free, exclusive, breaking, a
# feature, a video, a picture, an ad, a log-in, a reprint, comments, a ranking): no part of a person's name
CJK_PAGE_WORDS_RE = re.compile(
    r"記事|记事|文章|新闻|新聞|ニュース|会員|会员|有料|付费|付費|無料|无料|免费|免費|限定|独家|獨家|速報|速报|专题|專題|特集"
    r"|连载|連載|视频|視頻|動画|图片|圖片|写真|广告|廣告|登录|登入|原创|原創|转载|轉載|版权|版權|评论|評論|コメント|ランキング"
)
# A Chinese or Japanese summary's label over a story ("核心提示：", "内容提要：", "导读：", "この記事のポイント"): the
# standfirst's, not the text's first paragraph
CJK_SUMMARY_RE = re.compile(
    r"^[【\[〔]?(?:核心提示|内容提要|內容提要|提要|摘要|导读|導讀|导语|導語|要点|要點|ポイント|この記事のポイント)[】\]〕]?\s*[:：]?"
)
# A Chinese or Japanese paywall under the text's first part: subscribe or log in to read the rest, members only,
# paid reading, "the rest is in the paid edition", "N characters left" (review W67)
CJK_PAYWALL_RE = re.compile(
    r"(?:订阅|訂閱|登录|登錄|登入|购买|購買|付费|付費)后?後?(?:即可)?(?:阅读|閱讀|查看)(?:全文|剩余|剩餘|更多)|(?:会员|會員)(?:专享|專享|专属|專屬)"
    r"|付费阅读|付費閱讀|有料会員限定|会員限定記事|有料記事です|続きは.{0,16}(?:で読め|でお読み|をお読み)|残り\d+文字"
    r"|この記事の続きを読む|有料会員になると"
)
# A line between a Chinese or Japanese text's paragraphs saying it goes on after an ad ("下方广告后正文继续",
# "記事は広告の後に続きます"): the ad slot's, no part of the text and no end of it (a pattern's source, for chrome)
CJK_AD_BREAK = (
    r"(?:下方|下面)?(?:广告|廣告)(?:后|後|过后|過後)(?:正文|内容|內容)?(?:继续|繼續)(?:阅读|閱讀)?"
    r"|(?:記事|本文)は?(?:広告の(?:後|あと)|下)に(?:も)?続きます"
)
# What dresses a CJK header: brackets, bullets and the colon after it ("【関連記事】", "▼関連記事", "相关阅读：")
CJK_HEADER_DRESS = "【】〔〕［］[]「」『』《》<>＜＞〈〉▼▽▲△■□◆◇●○▶▷►・:：| 　"
# A ranking's or a list's window or scope after its header ("アクセスランキング（24時間）", "人気記事　週間",
# "ランキング　総合", "热门排行（24小时）"): the header's own words
CJK_HEADER_SCOPE_RE = re.compile(
    r"(?:[（(][^（）()]{1,8}[）)]|[ \u3000]+(?:24時間|２４時間|24小时|24小時|日間|週間|月間|年間|総合|今日|本日"
    r"|本周|本週|日榜|周榜|週榜|月榜))$"
)
# The word of a breaking-news row or a ticker over a Chinese or Japanese page's headline ("快讯", "【速報】", "即時")
CJK_BREAKING_WORDS = r"速報|速报|ニュース速報|快讯|快訊|突发|突發|即时|即時|滚动新闻|滾動新聞|号外|號外|最新消息|最新"

# The last character of words in brackets closing a Japanese text that name no person: a place's, an office's,
# an outlet's, a version's, an editor's note's ("（東京都港区）", "（大阪支局）", "（英語版）", "（敬称略）")
JA_NOT_NAME_ENDS = frozenset("版粋略区市町村県都府道部局社課省庁会党国所紙記訳注報料館院校団協稿聞信")

# ... and the writer's job, desk or part in the work beside the name there ("（編集委員・X）", "（経済部　X）",
# "（聞き手・X）", "（文・X）", "（X記者）")
JA_BYLINE_ROLE_RE = re.compile(
    r"(?:本紙)?(?:記者|特派員|通信員)|[\u4e00-\u9fff]{0,4}(?:委員|部|支局|総局|局|デスク)|編集長|聞き手|構成|取材|文|執筆|筆者|写真|撮影|まとめ"
)
