"""Made-up article text shared by the stage tests (written for the tests; no real page)."""

LEAD = (
    "LINDHAVEN, Valdenia (AP) — The council said on Tuesday that the new harbour bridge would open to "
    "traffic in the spring, and that the cost of the work had risen by a third since the plans were approved."
)
MORE = (
    "Engineers told the council that the harbour bridge had passed its load tests in January, although the "
    "painting of the steel arches would go on for several more weeks after the opening of the bridge."
)
LAST = (
    "Residents who live near the harbour said they were glad the work was nearly over, after two years in "
    "which the ferry had been the only way across the water for most of the day and much of the night."
)
# The top of a made-up news page over the text: the site's name, its menu, a headline, a byline, a date
HEAD = [
    "Harbour Ledger",
    "Home",
    "News",
    "",
    "Bridge to open in spring, council says",
    "By Mara Lindqvist",
    "12 March 2031",
    "",
]

# A canal town's council story: the text of the header tests' made-up pages (bylines, kickers)
TOLLBY_1 = (
    "Officials in Tollby said on Tuesday that the plan for the new lock gates would go to a vote of the "
    "council before the end of the month, after two years of delays and a series of public meetings."
)
TOLLBY_2 = (
    "Boat owners who spoke at the meeting were divided, some saying the cost was too high and others that "
    "the canal could not stay open another winter with gates that leak at every tide."
)
TOLLBY_3 = (
    "The council's finance committee put the cost at about 12 million, a third of it from the region, "
    "and said work could begin next spring if the vote goes the way its members expect."
)
