"""The timeline and facets: counted once typing pauses, shown, and narrowed to (a part of ArchiveApp)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work

from ..archive import QueryError, SearchCancelled
from .messages import FacetsCounted, WorkerProblem, problem, while_open
from .narrow import FIELD_SEPARATOR, facet_choices, with_date, with_field
from .screens import PickScreen
from .timeline import Timeline

if TYPE_CHECKING:
    from .main import ArchiveApp

    _Part = ArchiveApp
else:
    _Part = object

FACETS_PAUSE_SECONDS = 0.3  # the timeline and facets are counted once typing pauses this long


class Counting(_Part):
    """Counting reads every match of a search: it starts once typing pauses, for the newest
    search only, and its figures land in the timeline and the facet picker. The state it
    uses (_facets_timer, _facets_wanted, _facets_done, facets) is set in ArchiveApp.__init__."""

    def _count_facets_when_typing_pauses(self, generation: int, query: str) -> None:
        """Counting reads every match: it waits until no key has come for a moment, so that
        typing never shares the processor with a count for a query already gone."""
        self._stop_facets_timer()
        self._facets_wanted = generation

        def count() -> None:
            self._facets_timer = None
            self._count_facets(generation, query)

        self._facets_timer = self.set_timer(FACETS_PAUSE_SECONDS, count)

    def _stop_facets_timer(self) -> None:
        self._facets_wanted = 0  # a newer search wants its own (or none, if it fails)
        if self._facets_timer is not None:
            self._facets_timer.stop()
            self._facets_timer = None

    @work(thread=True, exclusive=True, group="facets")
    def _count_facets(self, generation: int, query: str) -> None:
        assert self.archive is not None
        if generation != self.generation:
            return  # typed on meanwhile: count for the newer search only
        try:
            facets = self.archive.facets(query, cancelled=self._superseded(generation))
        except SearchCancelled:
            return  # a newer search wants its own count
        except QueryError:
            facets = None
        except Exception as exc:
            self.post_message(WorkerProblem(problem("counting the matches", exc)))
            facets = None  # still "landed": the app is settled
        self.post_message(FacetsCounted(generation, facets))

    @while_open
    def on_facets_counted(self, message: FacetsCounted) -> None:
        if message.generation != self.generation:
            return
        self._facets_done = message.generation
        timeline = self.query(Timeline)  # gone when the count lands while the app closes
        if message.facets is not None and timeline:
            self.facets = message.facets
            timeline.first().show(message.facets.months)

    def on_timeline_narrow(self, message: Timeline.Narrow) -> None:
        self.run_search(with_date(self._searched, message.bar.date_query()))

    def action_pick_month(self) -> None:
        timeline = self.query_one(Timeline)
        choices = [
            (str(k), Text.assemble(bar.label, (f"  {bar.count:,}", "bold")))
            for k, bar in enumerate(timeline.bars)
            if bar.count
        ]

        def narrow(chosen: str | None) -> None:
            if chosen is not None:
                self.run_search(with_date(self._searched, timeline.bars[int(chosen)].date_query()))

        self.push_screen(PickScreen("Narrow to a time", choices, "No dated matches."), narrow)

    def action_pick_facet(self) -> None:
        def narrow(chosen: str | None) -> None:
            if chosen is not None:
                field, value = chosen.split(FIELD_SEPARATOR, 1)
                self.run_search(with_field(self._searched, field, value))

        choices = facet_choices(self.facets) if self.facets is not None else []
        self.push_screen(PickScreen("Narrow to a site or an author", choices, "Nothing to narrow by."), narrow)
