//! Segmentation: the lines of a page grouped into announcements.
//!
//! An announcement starts at an anchor line and runs to the next one. Anchors are, in order
//! of preference (a page uses the first kind it has, but for the lines above its first card
//! header, which may list events or one-line cards of their own):
//! 1. card headers, `PLACE, DATES, ROLES` or `DATES - PLACE: TITLE`;
//! 2. one-line cards that open with the kind of meeting and hold its date (`Expert meeting
//!    held on 21-22 May 2012 in Accra, Ghana.`);
//! 3. event cards: a line that is only a date (`Tuesday, 7 March 2017, 9:00 - ...`) or a
//!    `Date:` label, together with the title and label lines just above it;
//! 4. stories: a title that names one meeting over a paragraph whose first sentence dates
//!    it, where a page has two or more.
//!
//! After a card, a story of another day than the card's opens an announcement too: a
//! paragraph led by a press dateline or by the days of a meeting, or a title over a
//! paragraph that holds its meeting.
//!
//! A page with no anchor is about one meeting at most: all of it is one candidate
//! announcement, kept if its text states the meeting's date. Page furniture ("Page 1 of 2",
//! "Read more") belongs to no announcement, nor does the heading of a section ("Past
//! meetings") standing alone above an announcement.

use crate::diagnostic::{Code, Diagnostic};
use crate::lexicon::{Cue, Hit, Name, class};
use crate::model::{DateSpan, MeetingKind, Mode};

use super::dates;
use super::doc::Doc;
use super::header::{self, Header};
use super::labels;
use super::tokens::tokenize;

/// A header's place ends with a comma (or spaced dash) within this many bytes; lines
/// without one are not read further, which keeps header detection cheap on long prose
/// lines.
const MAX_PLACE_LEN: usize = 80;
/// Longer lines are never one-line cards or titles.
const MAX_TITLE_LEN: usize = 250;

/// One announcement's place in the folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Segment {
    /// Where the announcement starts (a title line above the anchor, or the anchor).
    pub start: usize,
    /// The anchor line, trimmed; empty for a page read as one announcement.
    pub header_start: usize,
    pub header_end: usize,
    /// Where the announcement ends: after its last line with content.
    pub end: usize,
    /// How the announcement was found.
    pub shape: Shape,
    /// The year of the section the announcement stands in, from a year heading above it
    /// ("2019"): the year of its dates that give none.
    pub year: Option<i32>,
}

/// How an announcement was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A card header.
    Card,
    /// A one-line card.
    OneLine,
    /// An event card: a date line or a `Date:` label.
    Event,
    /// A news item: a title over a publication line ("Published on 20 March 2019"), whose
    /// meeting the prose dates.
    News,
    /// A page about one meeting.
    Page,
    /// A row of a table under a row naming its columns ("| Date | Venue | Co-chairs |"):
    /// the folded range of that head row and the byte that parts cells (a bar or a tab).
    Row { head: (usize, usize), separator: u8 },
}

/// The announcements found among some lines, and the range of the lines above the first
/// of them, which belong to none.
type Anchors = (Vec<Segment>, Option<(usize, usize)>);

/// A line with content: folded range, trimmed, and whether a blank line stands above it.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    after_blank: bool,
}

/// Finds the announcements of a page and hands each to `read`, in order, with what its
/// card header says (an empty `Header` for other anchors). Card announcements are handed
/// over as soon as the next header is found, while their text is fresh in the cache, and
/// no list of all headers is kept. Gives the folded range of the text before the first
/// announcement, which belongs to none.
pub(crate) fn segment(
    doc: &Doc<'_>,
    mut read: impl FnMut(&Segment, &mut Header),
) -> Option<(usize, usize)> {
    let mut tokens = Vec::new();
    // The card being read: its title line, header line, what the header says and the year
    // of the section it stands in.
    let mut open: Option<(Option<Line>, Line, Header, Option<i32>)> = None;
    // The year of the section being read, from a year heading above it ("2019").
    let mut section_year = None;
    // The lines above the first header (all of the page if it has none), or those of a
    // list of events after a card.
    let mut lead: Vec<Line> = Vec::new();
    // The lines of the open card after its header.
    let mut body: Vec<Line> = Vec::new();
    // Whether a list of events after a card is being read: its lines are no page's lead.
    let mut events_after = false;
    // The last two lines read.
    let (mut before_last, mut last): (Option<Line>, Option<Line>) = (None, None);
    let mut stray = None;
    // Whether the lines above the first header held announcements of their own.
    let mut lead_read = false;
    let mut cards = 0;
    // A press story after a card, about another day than the card's: its first and last
    // lines so far, and the days of its meeting where a title over it names the meeting (a
    // titled story on other days after it is another).
    let mut press: Option<(Line, Line, Option<DateSpan>)> = None;
    // A title above the first card that the second card's lack of one shows to be the
    // page's, unless it names one meeting ("Fifth Euro-African Ministerial Conference"
    // names it; "Thematic meetings" names a page of them), or is set off by a blank line
    // ("Senior Officials' Meeting" over a page of them). Above all announcements, the
    // page's title belongs to none. Gives the card's title.
    let page_title = |title: Option<Line>,
                      may_name_the_card: bool,
                      stray: &mut Option<(usize, usize)>,
                      lead_read: bool| match title {
        Some(t) if may_name_the_card && names_one_meeting(doc, &t) => Some(t),
        Some(t) => {
            if !lead_read {
                *stray = Some((stray.map_or(t.start, |(s, _)| s), t.end));
            }
            None
        }
        None => None,
    };
    // A card runs from its title or header line to `last`, the last line before the next.
    let card = |title: Option<Line>, anchor: Line, last: Line, year: Option<i32>| Segment {
        start: title.map_or(anchor.start, |t| t.start),
        header_start: anchor.start,
        header_end: anchor.end,
        end: last.end.max(anchor.end),
        shape: Shape::Card,
        year,
    };
    for line in Lines::new(doc) {
        if let Some(header) = card_header(doc, &line, &mut tokens) {
            // The line just above may be this card's title, or the heading of a section.
            // A calendar's month heading titles no card ("April" over "- 8-9 April: ...").
            let title = last.filter(|l| {
                open.as_ref()
                    .is_none_or(|(_, anchor, _, _)| l.start > anchor.start)
                    && (is_title(doc, l, &line) || is_set_off_title(doc, l, &line))
                    && !only_months(doc.slice(l.start, l.end))
            });
            if let Some((first, last_line, _)) = press.take() {
                let end = match (title, before_last) {
                    (Some(_), Some(b)) if b.start >= first.start => b,
                    _ => last_line,
                };
                read(
                    &press_story(first, end, section_year),
                    &mut Header::default(),
                );
            }
            match open.take() {
                Some((mut title_above, anchor, mut header, year)) => {
                    let end = match (before_last, last) {
                        (Some(b), Some(l))
                            if l.start > anchor.start
                                && (title.is_some() || is_heading(doc, &l, &line)) =>
                        {
                            b
                        }
                        _ => last.unwrap_or(line),
                    };
                    let end = match body.iter().position(|l| opens_month_section(doc, l)) {
                        Some(k) => k
                            .checked_sub(1)
                            .and_then(|k| body.get(k))
                            .copied()
                            .unwrap_or(anchor),
                        None => end,
                    };
                    // The first card's title line is taken as such only if the second has
                    // one too: else it is rather the page's.
                    if cards == 1 && title.is_none() {
                        let set_off = anchor.after_blank;
                        title_above = page_title(title_above, !set_off, &mut stray, lead_read);
                    }
                    read(&card(title_above, anchor, end, year), &mut header);
                }
                // A list of events or one-line cards may come before the cards; other
                // lines above the first header belong to no announcement.
                None => {
                    let above = lead.len().saturating_sub(usize::from(title.is_some()));
                    let following = title.as_ref().unwrap_or(&line);
                    let lines = lead.get(..above).unwrap_or_default();
                    let (above_all, any) = read_others(doc, lines, Some(following), &mut read);
                    if !events_after {
                        (stray, lead_read) = (above_all, any);
                    }
                    lead.clear();
                }
            }
            cards += 1;
            open = Some((title, line, header, section_year));
            body.clear();
        } else if let Some((first, _, days)) = press
            && let Some(title) = last.filter(|l| l.start > first.start)
            && let Some(days) = titled_story(doc, &title, &line, days)
        {
            // Another titled story after one: it ends above the title.
            let end = before_last.filter(|b| b.start >= first.start);
            read(
                &press_story(first, end.unwrap_or(first), section_year),
                &mut Header::default(),
            );
            press = Some((title, line, Some(days)));
        } else if let Some((_, last_line, _)) = press.as_mut() {
            *last_line = line;
        } else if let Some((_, anchor, header, year)) = &open
            && let Some(title) = last.filter(|l| l.start > anchor.start)
            && let Some(days) = titled_story(doc, &title, &line, card_days(header, *year))
        {
            // The card ends above the story's title; the story runs to the next card.
            if let Some((title_above, anchor, mut header, year)) = open.take() {
                let end = before_last.filter(|b| b.start >= anchor.start);
                read(
                    &card(title_above, anchor, end.unwrap_or(anchor), year),
                    &mut header,
                );
            }
            body.clear();
            press = Some((title, line, Some(days)));
            events_after = true;
        } else if open.is_none() {
            section_year = year_heading(doc, &line).or(section_year);
            lead.push(line);
        } else if let Some((_, _, header, year)) = &open
            && tells_of_another_day(doc, &line, card_days(header, *year))
        {
            // The card ends above the story, which runs to the next card.
            if let Some((title, anchor, mut header, year)) = open.take() {
                let end = body.last().copied().unwrap_or(anchor);
                read(&card(title, anchor, end, year), &mut header);
            }
            body.clear();
            press = Some((line, line, None));
            // The lines above the next card are the story's: none is the page's lead.
            events_after = true;
        } else if let Some(block) = events_block(doc, &body, &line).or_else(|| {
            // A one-line card set off after the card, on other days: a list of them
            // ("Technical workshop on border management, Accra, Ghana, 3 to 5 June 2019").
            if !(line.after_blank && is_one_line_card(doc, &line)) {
                return None;
            }
            let (_, _, header, year) = open.as_ref()?;
            let card = card_days(header, *year)?;
            days_of_line(doc, &line, Some(card.end().year()))
                .is_some_and(|d| !meet(d, card))
                .then_some(body.len())
        }) {
            // A list of events after a card: the card ends above it (and above a heading
            // of its own), and its lines are read as those above the first card are.
            let first = body.get(block).copied().unwrap_or(line);
            let heading = |i: usize| body.get(i).is_some_and(|l| is_heading(doc, l, &first));
            // The number of body lines the card keeps.
            let kept = match block.checked_sub(1) {
                Some(i) if heading(i) => i,
                _ => block,
            };
            if let Some((title, anchor, mut header, year)) = open.take() {
                let end = kept.checked_sub(1).and_then(|i| body.get(i)).copied();
                read(
                    &card(title, anchor, end.unwrap_or(anchor), year),
                    &mut header,
                );
            }
            lead.extend(body.get(kept..).unwrap_or_default());
            lead.push(line);
            body.clear();
            events_after = true;
        } else {
            section_year = year_heading(doc, &line).or(section_year);
            body.push(line);
        }
        before_last = last.replace(line);
    }
    if let Some((first, last_line, _)) = press {
        read(
            &press_story(first, last_line, section_year),
            &mut Header::default(),
        );
    }
    match open {
        // A title above the only card is rather the page's, unless it names the meeting.
        Some((title, anchor, mut header, year)) if cards == 1 => {
            let title = page_title(title, true, &mut stray, lead_read);
            read(
                &card(title, anchor, last.unwrap_or(anchor), year),
                &mut header,
            );
        }
        Some((title, anchor, mut header, year)) => {
            read(
                &card(title, anchor, last.unwrap_or(anchor), year),
                &mut header,
            );
        }
        // Events after the last card.
        None if events_after => {
            read_others(doc, &lead, None, &mut read);
        }
        // Without card headers, the page is read for the other anchors.
        None => (stray, _) = read_others(doc, &lead, None, &mut read),
    }
    stray
}

/// Where a list of events starts among the `body` lines of a card, as `line` is read: at a
/// title right above an event's date ("Expert meeting" over "Date: 12 September 2019"), at
/// a `Date:` label opening a paragraph, or at a table's head row ("| Date | Meeting |").
/// The index in `body` of the first line of the list, or `body.len()` when it starts at
/// `line`.
fn events_block(doc: &Doc<'_>, body: &[Line], line: &Line) -> Option<usize> {
    let title = body.last().filter(|l| is_title(doc, l, line));
    if title.is_some() && is_event_line(doc, line) {
        return Some(body.len() - 1);
    }
    let text = doc.slice(line.start, line.end);
    let opens = line.after_blank && labels::is_date_label(text)
        || table_head_separator(doc, line).is_some();
    opens.then_some(body.len())
}

/// The byte that parts the cells of `line` if it is a table's head row: cells parted by
/// bars or tabs, each a label, one of them a date's.
fn table_head_separator(doc: &Doc<'_>, line: &Line) -> Option<u8> {
    let text = doc.slice(line.start, line.end).as_bytes();
    // Most lines hold neither: one look for both.
    let first = *text.get(memchr::memchr2(b'|', b'\t', text)?)?;
    let other = if first == b'|' { b'\t' } else { b'|' };
    [first, other].into_iter().find(|&sep| {
        (sep == first || memchr::memchr(sep, text).is_some())
            && labels::is_table_head(doc, &labels::cells(doc, line.start, line.end, sep))
    })
}

/// Hands the announcements `other_anchors` finds in `lines` to `read`. Gives the range of
/// the lines above them that belong to none, and whether there were any.
fn read_others(
    doc: &Doc<'_>,
    lines: &[Line],
    header: Option<&Line>,
    read: &mut impl FnMut(&Segment, &mut Header),
) -> (Option<(usize, usize)>, bool) {
    let (segments, stray) = other_anchors(doc, lines, header);
    for segment in &segments {
        read(segment, &mut Header::default());
    }
    (stray, !segments.is_empty())
}

/// The announcements of `lines` found by the anchors other than card headers, in order of
/// preference: one-line cards, else event cards. `header` is the card header that follows
/// the lines, if any. Without either anchor, lines that are all of a page are one candidate
/// announcement, and lines above a header belong to no announcement. Also gives the range
/// of the lines above the first announcement, which belong to none.
fn other_anchors(doc: &Doc<'_>, lines: &[Line], header: Option<&Line>) -> Anchors {
    let anchors = |is_anchor: fn(&Doc<'_>, &Line) -> bool| -> Vec<usize> {
        let found = lines.iter().enumerate().filter(|(_, l)| is_anchor(doc, l));
        found.map(|(i, _)| i).collect()
    };
    if let Some((rows, first, after)) = table(doc, lines) {
        // Event cards or one-line cards may stand above the table or below it: those lines
        // are read for the other anchors (they hold no table, so this looks once). A
        // block without anchors below the table is no announcement, but a note on it.
        let above = lines.get(..first).unwrap_or_default();
        let (mut found, mut stray) = (Vec::new(), None);
        if !above.is_empty() {
            (found, stray) = other_anchors(doc, above, lines.get(first));
        }
        found.extend(rows);
        let below = lines.get(after..).unwrap_or_default();
        if !below.is_empty() {
            let (segments, _) = other_anchors(doc, below, None);
            found.extend(segments.into_iter().filter(|s| s.shape != Shape::Page));
        }
        return (found, stray);
    }
    // A calendar's item led by days alone is one only under its month's heading. A news
    // item's title may read as a one-line card ("15.05.2024 | Events" over "Webinar on
    // consular services – 22 May 2024"): beside a publication line, it is the item's.
    let published = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_some_and(|l| is_publication_line(doc, l))
    };
    let one_liners: Vec<usize> = anchors(is_one_line_card)
        .into_iter()
        .filter(|&i| {
            lines.get(i).is_some_and(|l| {
                let text = doc.slice(l.start, l.end);
                let item = text.get(labels::bullet_len(text)..).unwrap_or("");
                day_lead(item).is_none() || month_above(doc, l.start).is_some()
            }) && !published(i.checked_sub(1))
                && !published(Some(i + 1))
        })
        .collect();
    if !one_liners.is_empty() {
        let (segments, stray) = build(doc, lines, &one_liners, Shape::OneLine, header);
        // An event card may stand above the first one-line card ("Date: ..." under its
        // title): the lines above are read for the other anchors. None of them is a
        // one-line card, so this looks once.
        let above = stray.map_or(0, |(_, end)| lines.partition_point(|l| l.end <= end));
        if let Some(lines_above) = lines.get(..above).filter(|l| !l.is_empty()) {
            let (mut found, stray_above) = other_anchors(doc, lines_above, lines.get(above));
            if !found.is_empty() {
                found.extend(segments);
                return (found, stray_above);
            }
        }
        return (segments, stray);
    }
    let news = anchors(is_publication_line);
    if !news.is_empty() {
        return build(doc, lines, &news, Shape::News, header);
    }
    let events = anchors(is_event_line);
    if !events.is_empty() {
        return build(doc, lines, &events, Shape::Event, header);
    }
    if let Some(found) = stories(doc, lines, header) {
        return found;
    }
    let all = lines.first().zip(lines.last());
    if let Some(header) = header {
        // A story above the first card that opens on a meeting of its own ("BRUSSELS, 20
        // January 2022 – The Steering Committee met today ...") is one; a lead-in that
        // tells of the card's meeting is not.
        let card = days_of_line(doc, header, None);
        let found: Vec<usize> = untitled_stories(doc, lines)
            .into_iter()
            .filter(|&(_, days)| !card.is_some_and(|card| meet(days, card)))
            .map(|(i, _)| i)
            .collect();
        if let Some(&first) = found.first() {
            let (mut segments, mut stray) = build(doc, lines, &found, Shape::Page, Some(header));
            // The story's headline, set off above it, opens it: "Partners meet in Abuja"
            // over "ABUJA, 12 November 2019 – ...".
            if let Some(title) = first.checked_sub(1).and_then(|i| lines.get(i))
                && let Some(opening) = lines.get(first)
                && let Some(story) = segments.first_mut()
                && is_headline(doc, title, opening)
            {
                story.start = title.start;
                stray = stray
                    .filter(|_| first > 1)
                    .map(|(s, _)| (s, lines.get(first - 2).map_or(s, |l| l.end)));
            }
            return (segments, stray);
        }
        return (Vec::new(), all.map(|(f, l)| (f.start, l.end)));
    }
    let page = all.map(|(first, last)| Segment {
        year: None,
        start: first.start,
        header_start: first.start,
        header_end: first.start,
        end: last.end,
        shape: Shape::Page,
    });
    (page.into_iter().collect(), None)
}

/// Whether `line` is the headline of the story whose first line is `story`: it stands
/// set off above it, reads as a title and names someone or something the lexicon knows
/// ("Partners meet in Abuja", "Steering Committee meets in Brussels"), where the heading
/// of a page or section names nothing ("Latest news", "Press releases").
fn is_headline(doc: &Doc<'_>, line: &Line, story: &Line) -> bool {
    story.after_blank
        && reads_as_title(doc, line)
        && !is_category(doc.slice(line.start, line.end))
        && year_heading(doc, line).is_none()
        && doc.first_hit_in(line.start, line.end).is_some()
}

/// What the card header on `line` says, if it is one. A line that looks like a header but
/// whose date cannot be read is one all the same, with a note that says so.
fn card_header(
    doc: &Doc<'_>,
    line: &Line,
    tokens: &mut Vec<super::tokens::Token>,
) -> Option<Header> {
    // A header may be an item of a list: "- 12 March 2019: Thematic meeting ...", "1.
    // Dakar, 12 March 2019".
    let bullet = labels::bullet_len(doc.slice(line.start, line.end));
    let start = line.start + bullet + item_number_len(doc.slice(line.start + bullet, line.end));
    // Or led by its status or its kind: "POSTPONED – Dakar, 12 March 2020", "Upcoming:
    // Accra, ...", "Thematic meeting: Dakar, ...".
    let start = start + header_lead_len(doc, start, line.end);
    let text = doc.slice(start, line.end);
    // A header opens with its date, or with a capitalised place that soon ends.
    let digit_first = text.starts_with(|c: char| c.is_ascii_digit());
    let place_first = text.starts_with(char::is_uppercase)
        && header::place_end(text).is_some_and(|p| p <= MAX_PLACE_LEN);
    // "October 2019: Training on migration data": a date to the month.
    let month_first = || {
        let word = text
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        text.starts_with(char::is_uppercase) && crate::lexicon::month(word).is_some()
    };
    if !(digit_first || place_first || month_first()) {
        return None;
    }
    let header = header::read(doc, start, line.end, tokens);
    // A one-line card that opens with its kind reads as a header with an odd place
    // ("Senior Officials' Meeting, Ouagadougou, 28-29 November"), and is read as a card.
    // A header whose date cannot be read still starts an announcement: its roles are not
    // those of the one above.
    if header.is_none()
        && let Some(mut dateless) = header::read_dateless(doc, start, line.end, tokens)
        && !is_one_line_card(doc, line)
    {
        // The announcement's note: it says why no date was found.
        dateless.diagnostics.push(Diagnostic::warning(
            Code::MalformedHeader,
            doc.span(line.start, line.end),
            format!(
                "line looks like an announcement header but has no date that can be read: {:?}",
                doc.original(line.start, line.end)
            ),
        ));
        return Some(dateless);
    }
    header
}

/// The lines with content of a page, without furniture, in order.
struct Lines<'d> {
    doc: &'d Doc<'d>,
    /// What is left of the line given last after a header found inside it: a page
    /// flattened to one line runs its announcements on ("... 33 partner countries. Paris,
    /// 23-24 October 2018, hosted by France. The ...").
    rest: Option<Line>,
    /// Room for the tokens of headers tried inside lines.
    tokens: Vec<super::tokens::Token>,
    /// The first of the page's hits that may lie in the next line.
    next_hit: usize,
    /// Where the next line starts.
    at: usize,
    /// Whether a blank line came since the last line given.
    after_blank: bool,
    /// Whether the paragraph being read is a page's footer: from a copyright line to the
    /// next blank line ("© 2024 Rabat Process. All rights reserved." over "Funded by the
    /// European Union").
    in_footer: bool,
    /// How many blank lines came right before the line being read.
    blanks: usize,
}

impl<'d> Lines<'d> {
    fn new(doc: &'d Doc<'d>) -> Lines<'d> {
        Lines {
            doc,
            rest: None,
            tokens: Vec::new(),
            next_hit: 0,
            at: 0,
            after_blank: true,
            in_footer: false,
            blanks: 0,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let line = self.rest.take().or_else(|| self.next_line())?;
        let line = self.without_furniture_tail(line);
        // A header inside the line opens a line of its own.
        Some(match self.header_inside(line) {
            Some((end, header)) => {
                self.rest = Some(Line {
                    start: header,
                    end: line.end,
                    after_blank: false,
                });
                Line { end, ..line }
            }
            None => line,
        })
    }
}

impl Lines<'_> {
    /// The next line of the text, with the lines it goes on over.
    fn next_line(&mut self) -> Option<Line> {
        let text = self.doc.text();
        while self.at <= text.len() {
            let line_start = self.at;
            let line_end = text
                .get(line_start..)
                .and_then(|rest| memchr::memchr(b'\n', rest.as_bytes()))
                .map_or(text.len(), |i| line_start + i);
            let line = text.get(line_start..line_end).unwrap_or("");
            let trimmed = line.trim();
            let start = line_start + (line.len() - line.trim_start().len());
            self.at = line_end + 1;
            if trimmed.is_empty() {
                // On a page of doubled line breaks, a blank line alone parts no paragraphs.
                self.blanks += 1;
                if !self.doc.double_spaced || self.blanks >= 2 {
                    self.after_blank = true;
                    self.in_footer = false;
                }
                continue;
            }
            self.blanks = 0;
            self.in_footer = self.in_footer || is_copyright(trimmed);
            if self.in_footer || is_furniture(trimmed) {
                continue;
            }
            let after_blank = std::mem::replace(&mut self.after_blank, false);
            let mut end = start + trimmed.len();
            // A line cut before its end goes on on the next ("hosted by the Islamic
            // Republic of" over "Mauritania and co-chaired by Spain."): the two are one.
            for _ in 0..MAX_WRAPS {
                match self.continuation(end) {
                    Some(next_end) => end = next_end,
                    None => break,
                }
            }
            return Some(Line {
                start,
                end,
                after_blank,
            });
        }
        None
    }
}

/// Whether `text` opens with up to three capitalised words, a comma and a digit: "Kpalimé,
/// 3-4 May 2019", as a header with a place the lexicon does not know does. Read byte by
/// byte, as most sentences fail at their second word.
fn place_then_day(text: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let bytes = text.as_bytes();
    let (mut words, mut word_start) = (1, true);
    for (i, &b) in bytes.iter().enumerate().take(MAX_PLACE_LEN) {
        match b {
            b',' => {
                return !word_start
                    && bytes.get(i + 1) == Some(&b' ')
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_digit);
            }
            b' ' if !word_start && words < MAX_WORDS => {
                words += 1;
                word_start = true;
            }
            // A word opens with a capital; a letter of another script may be one.
            _ if word_start => {
                if b.is_ascii() && !b.is_ascii_uppercase() {
                    return false;
                }
                word_start = false;
            }
            _ if b.is_ascii_alphabetic() || !b.is_ascii() || b == b'-' || b == b'\'' => {}
            _ => return false,
        }
    }
    false
}

/// How much of `rest` a header inside a line is read from: its sentence, up to
/// `MAX_INNER_HEADER` bytes (only those are searched, so that a long line of many
/// candidates is not searched to its end for each).
fn header_sentence_len(rest: &str) -> usize {
    let window = crate::text::head(rest, MAX_INNER_HEADER);
    memchr::memmem::find(window.as_bytes(), b". ").map_or(window.len(), |i| i + 1)
}

/// How many times one line may go on on the next.
const MAX_WRAPS: usize = 3;
/// A header inside a line is read up to the end of its sentence, or this many bytes.
const MAX_INNER_HEADER: usize = 300;
/// A header's date has a digit within this many bytes of its place's end, after a
/// country if one is named ("Addis Ababa, Ethiopia, 12 March 2019").
const DATE_AFTER_PLACE: usize = 60;

impl Lines<'_> {
    /// `line` without page furniture run onto its end after its last sentence ("... from
    /// 18 countries. Page 1 of 3"), as on a page flattened to one line.
    fn without_furniture_tail(&self, line: Line) -> Line {
        let text = self.doc.slice(line.start, line.end);
        // Most lines end with a sentence, and are passed over at once.
        if text.ends_with(['.', '!', '?']) {
            return line;
        }
        match memchr::memmem::rfind(text.as_bytes(), b". ") {
            Some(stop) if is_furniture(text.get(stop + 1..).unwrap_or("").trim()) => Line {
                end: line.start + stop + 1,
                ..line
            },
            _ => line,
        }
    }

    /// Where the sentence before a header that opens a later sentence of `line` ends,
    /// and where the header starts: `Paris, 23-24 October 2018, hosted by France.` after
    /// a sentence of the announcement above. Headers are looked for at the hits of the
    /// line, as every line is asked: at a place the lexicon knows, or before a role
    /// clause after a date for a place it does not know (`Kpalimé, 3-4 May 2019, hosted
    /// by Togo.`).
    fn header_inside(&mut self, line: Line) -> Option<(usize, usize)> {
        let doc = self.doc;
        let bytes = doc.text().as_bytes();
        // Lines come in order: the hits are walked along with them, which leaves the
        // page's lookup hint where the readers need it.
        let hits = doc.hits.get(self.next_hit..).unwrap_or_default();
        self.next_hit += hits.iter().take_while(|h| h.start < line.start).count();
        // Walked only as far as a header is found: the rest of a long line is read again
        // as a line of its own.
        let in_line = doc.hits.get(self.next_hit..).unwrap_or_default();
        let in_line = in_line.iter().take_while(|h| h.end <= line.end);
        let mut first = true;
        // Where the sentence ends before an unknown place were looked at up to.
        let mut looked = line.start;
        // Where a numbered item's text starts: "1. Dakar, ..." holds no sentence's end.
        let item_start = line.start + item_number_len(doc.slice(line.start, line.end));
        for hit in in_line.filter(|h| h.may_name(class::CITY | class::COUNTRY | class::CUE)) {
            if !hit.may_name(class::CITY | class::COUNTRY) {
                if let Some(found) =
                    self.unknown_place_before(*hit, &mut looked, line.end, item_start)
                {
                    return Some(found);
                }
                continue;
            }
            let n_first = std::mem::replace(&mut first, false);
            let start = hit.start;
            let spaces = bytes
                .get(line.start..start)?
                .iter()
                .rev()
                .take_while(|&&b| b == b' ')
                .count();
            let Some(stop) = (start - spaces).checked_sub(1).filter(|&s| s > line.start) else {
                continue;
            };
            // A sentence ends before it, and not after an initial or a title ("J. Smith");
            // or a heading runs onto the line's first place ("Thematic meetings Abuja,
            // 12-13 February 2020, hosted by Nigeria").
            if spaces == 0 {
                continue;
            }
            // Nor is a list item's number a sentence: "1. Dakar, 12 March 2019".
            let numbered = start == item_start;
            let sentence_end = matches!(bytes.get(stop), Some(b'.' | b'!' | b'?'))
                && !crate::text::after_abbreviation(bytes, stop);
            let heading = || n_first && is_heading_run_on(doc, line.start, stop + 1);
            if numbered || !(sentence_end || heading()) {
                continue;
            }
            let rest = doc.text().get(start..line.end)?;
            // Most sentences fail the cheap look: a date soon after the place's end.
            let dated = header::place_end(rest).is_some_and(|p| {
                p <= MAX_PLACE_LEN
                    && rest
                        .as_bytes()
                        .get(p..)
                        .is_some_and(|r| r.iter().take(DATE_AFTER_PLACE).any(u8::is_ascii_digit))
            });
            if !dated {
                continue;
            }
            // The header's sentence, so that reading it costs the same wherever it is.
            let end = header_sentence_len(rest);
            if header::read(doc, start, start + end, &mut self.tokens).is_some() {
                return Some((stop + 1, start));
            }
        }
        None
    }

    /// A header whose place the lexicon does not know, opening a sentence shortly before
    /// the cue `cue`, as `header_inside` gives it. A role clause must follow the header's
    /// date ("2019, hosted by"), as any capitalised word before a comma and a date would
    /// pass for a place ("Finally, 3 May 2019 was chosen"). Sentence ends from `looked` on
    /// are looked at, and `looked` moves to the cue; not the stop of a numbered item's mark,
    /// whose text starts at `item_start`.
    fn unknown_place_before(
        &mut self,
        cue: Hit,
        looked: &mut usize,
        line_end: usize,
        item_start: usize,
    ) -> Option<(usize, usize)> {
        // From a header's place to its first role clause: a place, a country and a date.
        const CLAUSE_REACH: usize = MAX_PLACE_LEN + DATE_AFTER_PLACE;
        let doc = self.doc;
        let text = doc.text();
        let bytes = text.as_bytes();
        let after_year = cue
            .start
            .checked_sub(6)
            .and_then(|s| bytes.get(s..cue.start))
            .is_some_and(|b| b.ends_with(b", ") && b.iter().take(4).all(u8::is_ascii_digit));
        if !after_year {
            return None;
        }
        let window_start = (*looked).max(cue.start.saturating_sub(CLAUSE_REACH));
        *looked = cue.start;
        let window = bytes.get(window_start..cue.start).unwrap_or_default();
        for i in memchr::memchr_iter(b'.', window) {
            let stop = window_start + i;
            let start = stop + 2;
            if bytes.get(stop + 1) != Some(&b' ') || start == item_start {
                continue;
            }
            let rest = text.get(start..line_end).unwrap_or("");
            // The cheap look first: a few capitalised words, a comma and the day right
            // after it ("Kpalimé, 3-4 May"), where most sentences have other words.
            if !place_then_day(rest) || crate::text::after_abbreviation(bytes, stop) {
                continue;
            }
            let end = header_sentence_len(rest);
            let read = header::read(doc, start, start + end, &mut self.tokens);
            if read.is_some_and(|h| h.city.is_some() && !h.roles.is_empty()) {
                return Some((stop + 1, start));
            }
        }
        None
    }

    /// Whether the next line, `opening` from folded `at` on, goes on a list cut after a
    /// comma at the end of the line above: it opens with a lowercase word ("hosted by
    /// Senegal.") or a party ("Mali and Niger."), not with a sentence ("The meeting ...").
    fn list_goes_on(&self, opening: &str, at: usize) -> bool {
        opening.starts_with(|c: char| c.is_lowercase())
            || self
                .doc
                .first_hit_in(at, self.doc.text().len())
                .is_some_and(|h| {
                    h.start == at
                        && h.may_name(class::COUNTRY | class::ORGANISATION | class::DEMONYM)
                })
    }

    /// Where the line that goes on the line ending at folded `end` ends, if it does: the
    /// line ends with a word that cannot end one ("by", "and", "of", "the" ...), the next
    /// opens with "by", or the line ends with a month whose year opens the next; and the next
    /// line is neither blank nor an item or a label of its own (on a page of doubled line
    /// breaks, the line past the blank one below). Moves past it.
    fn continuation(&mut self, end: usize) -> Option<usize> {
        // Longer than any word the line's end is asked to be ("between", "2019-05").
        const MAX_LAST_WORD: usize = 24;
        let text = self.doc.text();
        let bytes = text.as_bytes();
        // Every line is asked: the cheap looks come first, at the line's last word and the
        // next line's first bytes.
        // Only the last few bytes: the words looked for are short, and a line without a
        // space must not be searched back to the page's start (quadratic over such lines).
        let mut window = end.saturating_sub(MAX_LAST_WORD);
        while !text.is_char_boundary(window) {
            window += 1;
        }
        let word_start = memchr::memrchr2(b' ', b'\n', bytes.get(window..end)?)
            .map_or(window, |i| window + i + 1);
        let last_word = text.get(word_start..end)?;
        let mut next_start = self.at;
        // On a page of doubled line breaks, the next line is past the blank one below.
        if self.doc.double_spaced {
            let rest = text.get(next_start..)?;
            let blank = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            if rest.get(blank..).is_some_and(|r| r.starts_with('\n')) {
                next_start += blank + 1;
            }
        }
        let after_break = text.get(next_start..)?;
        let opening = after_break.trim_start_matches([' ', '\t']);
        let opening_at = next_start + (after_break.len() - opening.len());
        let opens_year = opening
            .as_bytes()
            .get(..4)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit));
        let dangling = last_word.len() <= 4
            && super::wrapping::DANGLING
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last_word))
            // "hosted by Spain and co-chaired" over "by Morocco."
            || opening.starts_with("by ")
            // "co-chaired by Burkina Faso" over "and Spain", "hosted by Senegal," over
            // "Mali and Niger".
            || opening.starts_with("and ")
            || opening.starts_with("et ")
            || last_word.ends_with(',') && self.list_goes_on(opening, opening_at)
            // "Banjul, 22-23 October" over "2019, hosted by The Gambia."
            || opens_year && crate::lexicon::month(last_word).is_some()
            // "took place in Tunis on 2-3" over "April 2019, hosted by Tunisia.": a line
            // that opens with the month of the days above is no header.
            || last_word.starts_with(|c: char| c.is_ascii_digit())
                && last_word.len() <= 5
                && last_word.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                && crate::lexicon::month(
                    opening
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or(""),
                )
                .is_some()
            // "co-chaired by Portugal and Cabo" over "Verde": a name cut by the break.
            || self.doc.name_across(end)
            // "Brussels, 5 July 2024 – Steering" over "Committee, chaired by Spain": the
            // committee's name, which the lexicon knows only with its verb.
            || last_word.eq_ignore_ascii_case("steering")
                && opening
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case("committee"))
            || last_word.eq_ignore_ascii_case("comite") && opening.starts_with("de pilotage");
        if !dangling {
            return None;
        }
        let next_end =
            memchr::memchr(b'\n', bytes.get(next_start..)?).map_or(text.len(), |i| next_start + i);
        let next = text.get(next_start..next_end)?;
        let next_trimmed = next.trim();
        // A row of cells parted by tabs is a line of its own ("...\t12-13 March" over
        // "2018\tWorkshop on return\t...").
        if next_trimmed.is_empty()
            || next_trimmed.starts_with(labels::BULLETS)
            || labels::is_label_line(next_trimmed)
            || next_trimmed.contains('\t')
        {
            return None;
        }
        self.at = next_end + 1;
        let lead = next.len() - next.trim_start().len();
        Some(next_start + lead + next_trimmed.len())
    }
}

/// How many of the lines over an event card's date line `lines[i]`, down to `floor`, are
/// the card's where each is a paragraph of its own: its title and kind labels ("Event
/// type: Workshop", blank, "Date: 3 May 2019"), or its venue under its title ("Thematic
/// meeting on ...", blank, "Dakar, Senegal", blank, "12 March 2019"). Not the title alone,
/// which the caller takes.
fn set_off_over(doc: &Doc<'_>, lines: &[Line], i: usize, floor: usize) -> usize {
    let set_off = |k: usize| lines.get(k).is_some_and(|l| l.after_blank);
    let mut first = i;
    while first > floor
        && set_off(first)
        && lines
            .get(first - 1)
            .is_some_and(|l| labels::is_heading_label(doc.slice(l.start, l.end)))
    {
        first -= 1;
    }
    if first == i
        && first >= floor + 2
        && set_off(first)
        && set_off(first - 1)
        && lines
            .get(first - 1)
            .is_some_and(|l| labels::is_place_line(doc, l.start, l.end))
        && lines
            .get(first - 2)
            .is_some_and(|l| reads_as_title(doc, l) && names_one_meeting(doc, l))
    {
        first -= 2;
    }
    i - first
}

/// Groups `lines` into segments starting at `anchors`, the last running up to `header`
/// (the card header after the lines) or the end of the page. Event cards take the title
/// and label lines just above their anchor (no blank line between).
fn build(
    doc: &Doc<'_>,
    lines: &[Line],
    anchors: &[usize],
    shape: Shape,
    header: Option<&Line>,
) -> Anchors {
    let titled = matches!(shape, Shape::Event | Shape::News);
    let mut segments: Vec<Segment> = Vec::with_capacity(anchors.len());
    let mut firsts = Vec::with_capacity(anchors.len());
    let mut floor = 0;
    // Where each line of an event card is a paragraph of its own, lines set off between
    // two date lines may be either card's: the first card shows which stand over its
    // date line.
    let set_off_lines = shape == Shape::Event
        && anchors
            .first()
            .is_some_and(|&i| set_off_over(doc, lines, i, 0) > 0);
    // A date line of one day over a story set off below it may be the day the story was
    // posted, under its headline: "Launch of the Cadiz Action Plan" over "01/07/2022" over
    // "Ministers adopted ...". The headline is the story's, though it names no meeting.
    let posted_under = |title: &Line, i: usize| {
        let (Some(date), Some(story)) = (lines.get(i), lines.get(i + 1)) else {
            return false;
        };
        // The story is prose, not a card's title or venue line under its date.
        story.after_blank
            && !reads_as_title(doc, story)
            && !labels::is_place_line(doc, title.start, title.end)
            && is_headline(doc, title, date)
            && days_of_line(doc, date, None).is_some_and(|d| d.start() == d.end())
    };
    for &i in anchors {
        let mut first = i;
        // A news item's title may stand a blank line above its publication line, and an
        // event's above its date when it names one meeting ("Webinar on remittances" over
        // "When: 12 December 2023"; not "Upcoming events").
        let set_off_title = |l: &Line| match shape {
            Shape::News => {
                let text = doc.slice(l.start, l.end);
                // "Latest news" heads the list, and titles no item.
                l.end - l.start <= MAX_TITLE_LEN && !text.ends_with('.') && !is_category(text)
            }
            Shape::Event => {
                reads_as_title(doc, l) && names_one_meeting(doc, l) || posted_under(l, i)
            }
            _ => false,
        };
        if titled {
            while first > floor
                && lines.get(first).is_some_and(|l| !l.after_blank)
                && lines
                    .get(first - 1)
                    .is_some_and(|l| l.end - l.start <= MAX_TITLE_LEN)
            {
                first -= 1;
            }
        }
        if set_off_lines && first == i {
            first -= set_off_over(doc, lines, i, floor);
        }
        // A news item's title stands right over its publication line's blank; an event's
        // over the block of its date and labels.
        if first > floor
            && (shape == Shape::Event || first == i)
            && lines.get(first).is_some_and(|l| l.after_blank)
            && lines.get(first - 1).is_some_and(set_off_title)
        {
            first -= 1;
        }
        firsts.push(first);
        floor = i + 1;
    }
    // The year heading last seen above the announcement being built, and how far the
    // lines have been looked at for one.
    let (mut year, mut looked) = (None, 0);
    for (n, &i) in anchors.iter().enumerate() {
        let first = firsts.get(n).copied().unwrap_or(i);
        for line in lines.get(looked..first).unwrap_or_default() {
            year = year_heading(doc, line).or(year);
        }
        looked = looked.max(first);
        let next = firsts.get(n + 1).copied().unwrap_or(lines.len());
        let mut last = next.saturating_sub(1).max(i);
        // A heading above the next announcement opens a new section of the page.
        let next_line = lines.get(next).or(header);
        if last > i
            && let (Some(line), Some(next_line)) = (lines.get(last), next_line)
            && is_heading(doc, line, next_line)
        {
            last -= 1;
        }
        if let Some(k) =
            (i + 1..=last).find(|&k| lines.get(k).is_some_and(|l| opens_month_section(doc, l)))
        {
            last = k - 1;
        }
        // A paragraph after an event that opens with a dated press dateline ("DAKAR, 20 May
        // 2019 – The Rabat Process held ...") is an announcement of its own; after a news
        // item, perhaps under a title line of its own ("Steering Committee meets online"
        // over "2 June 2020 – The Steering Committee met ..."), where the story starts.
        let press = matches!(shape, Shape::Event | Shape::OneLine | Shape::News)
            .then(|| {
                let days = lines.get(i).and_then(|l| days_of_line(doc, l, year));
                (i + 1..=last).find_map(|k| {
                    let line = lines.get(k)?;
                    if tells_of_another_day(doc, line, days) {
                        return Some(k);
                    }
                    let title = lines.get(k - 1)?;
                    let titled = shape == Shape::News
                        && k > i + 1
                        && !line.after_blank
                        && title.after_blank
                        && reads_as_title(doc, title);
                    let set_off = Line {
                        after_blank: true,
                        ..*line
                    };
                    (titled && tells_of_another_day(doc, &set_off, days)).then_some(k - 1)
                })
            })
            .flatten();
        let own_last = press.map_or(last, |k| k - 1);
        let (Some(anchor), Some(first_line), Some(last_line)) =
            (lines.get(i), lines.get(first), lines.get(own_last))
        else {
            continue;
        };
        segments.push(Segment {
            start: first_line.start,
            header_start: anchor.start,
            header_end: anchor.end,
            end: last_line.end,
            shape,
            year,
        });
        if let Some(k) = press
            && let (Some(opening), Some(closing)) = (lines.get(k), lines.get(last))
        {
            segments.push(Segment {
                start: opening.start,
                header_start: opening.start,
                header_end: opening.start,
                end: closing.end,
                shape: Shape::Page,
                year,
            });
        }
    }
    let stray = firsts
        .first()
        .filter(|&&f| f > 0)
        .and_then(|&f| Some((lines.first()?.start, lines.get(f - 1)?.end)));
    (segments, stray)
}

/// The rows of the tables among `lines` whose head rows name their columns as labels are
/// named, each an announcement; the index of the first table's head row, and that of the
/// line after the last table. A table's rows run to the first line that is no row of it;
/// the lines between tables belong to no announcement. `None` without such a table.
fn table(doc: &Doc<'_>, lines: &[Line]) -> Option<(Vec<Segment>, usize, usize)> {
    // The head row at or after line `from`: its index and the byte that parts its cells.
    let head_from = |from: usize| {
        let rest = lines.get(from..).unwrap_or_default();
        rest.iter()
            .enumerate()
            .find_map(|(i, l)| Some((from + i, table_head_separator(doc, l)?)))
    };
    let is_rule = |l: &Line| {
        doc.slice(l.start, l.end)
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b'+' | b' ' | b'='))
    };
    let (first, _) = head_from(0)?;
    let mut rows = Vec::new();
    let mut from = first;
    // A year in a heading or title above a table ("Provisional calendar 2024") gives its
    // rows a year where their dates give none: the last such line above it, looked for
    // once over the lines between tables.
    let (mut year, mut looked) = (None, 0);
    while let Some((at, separator)) = head_from(from) {
        let Some(head) = lines.get(at) else { break };
        for line in lines.get(looked..at).unwrap_or_default() {
            year = year_heading(doc, line)
                .or_else(|| title_year(doc, line))
                .or(year);
        }
        looked = at;
        let mut after = at + 1;
        for line in lines.get(at + 1..).unwrap_or_default() {
            let is_row =
                memchr::memchr(separator, doc.slice(line.start, line.end).as_bytes()).is_some();
            // A head row of its own starts the next table: "Date | Venue" again.
            if !(is_row || is_rule(line)) || is_row && table_head_separator(doc, line).is_some() {
                break;
            }
            after += 1;
            if is_row && !is_rule(line) {
                rows.push(Segment {
                    start: line.start,
                    header_start: line.start,
                    header_end: line.end,
                    end: line.end,
                    shape: Shape::Row {
                        head: (head.start, head.end),
                        separator,
                    },
                    year,
                });
            }
        }
        from = after;
    }
    Some((rows, first, from))
}

/// A line that opens with the kind of meeting and holds its date: "Expert meeting held on
/// 21-22 May 2012 in Accra, Ghana.", "Thematic meeting (TM) on legal migration in Dakar,
/// Senegal, on 21st and 22nd May 2012". One sentence, at most a few hundred bytes.
fn is_one_line_card(doc: &Doc<'_>, line: &Line) -> bool {
    if line.end - line.start > MAX_TITLE_LEN {
        return false;
    }
    let text = doc.slice(line.start, line.end);
    // "Type: Workshop | Date: 12 June 2019": label lines, an event's.
    if text.trim_end_matches('.').contains(". ") || labels::is_date_label(text) {
        return false;
    }
    // The kind first, without an article: "The workshop was held on ..." is prose. A
    // short lead set off by a colon or a spaced dash may come before it ("Upcoming:",
    // "Save the date -"), and the line may be an item of a list ("- Workshop on return,
    // Tunis, 4 April").
    let item = labels::bullet_len(text);
    // Days alone may lead a calendar's item under its month's heading: "- 12-13: Senior
    // Officials' Meeting, Dakar" (the caller keeps it only under such a heading).
    let day_lead = day_lead(text.get(item..).unwrap_or("")).map(|(len, ..)| len);
    let mut kind_start = line.start
        + item
        + day_lead.unwrap_or_else(|| status_lead_len(text.get(item..).unwrap_or("")));
    // The dialogue may name it ("Rabat Process Senior Officials' Meeting"), an ordinal
    // number it: "5th Euro-African Ministerial Conference, ...".
    if let Some(dialogue) = doc
        .first_hit_in(kind_start, line.end)
        .filter(|h| h.start == kind_start && doc.names(*h).any(|n| matches!(n, Name::Dialogue)))
    {
        // "Rabat Process: 2nd Thematic Meeting ...": a colon or dash may set the name off.
        let after = doc.slice(dialogue.end, line.end);
        kind_start = line.end - after.trim_start_matches([' ', ':', '-', '|']).len();
    }
    let rest = doc.slice(kind_start, line.end);
    if starts_with_ordinal(rest) {
        kind_start += rest.find(' ').map_or(0, |i| i + 1);
    }
    let kind_at = |at: usize| {
        doc.first_hit_in(at, line.end)
            .is_some_and(|h| h.start == at && doc.kind(h).is_some())
    };
    // The lead may be the kind itself: "Workshop: Reintegration of returnees (Niamey, 3
    // December 2019)".
    let opens_with_kind = kind_at(kind_start) || kind_at(line.start + item);
    // The committee's name alone names no kind in prose, but as the name of what was held
    // it does: "Steering Committee, Brussels, 25 March", "Steering Committee – Brussels
    // (Belgium), 10 October 2017" (where it is the lead too).
    let committee = |at: usize| super::names_the_committee(doc.slice(at, line.end));
    let lead = kind_start != line.start + item;
    if !(opens_with_kind || committee(kind_start) || lead && committee(line.start + item)) {
        return false;
    }
    if day_lead.is_some() {
        return true;
    }
    let tokens = tokenize(doc.text(), line.start, line.end);
    !dates::find_all(&tokens, doc.text(), false).is_empty()
}

/// The days alone that lead a calendar's item, with the mark after them: "12-13: ",
/// "4 & 5 – ", "28 | ". Gives the lead's length, the days' length, and the first and
/// last day.
pub(super) fn day_lead(text: &str) -> Option<(usize, usize, u8, u8)> {
    let (first, last, end) = dates::days_at_start(text)?;
    let mark = [": ", " – ", " - ", " | "]
        .iter()
        .find(|m| text.get(end..).is_some_and(|r| r.starts_with(**m)))?;
    Some((end + mark.len(), end, first, last))
}

/// The month, and its year if it gives one, of the calendar heading nearest above folded
/// offset `at`: a line of the month alone ("MARCH", "March 2019", "March 2019:"). A month
/// alone takes the year of the title above it ("Provisional calendar of meetings 2025").
/// Only a few lines above are looked at: a calendar's month heads a short list.
pub(super) fn month_above(doc: &Doc<'_>, at: usize) -> Option<(u8, Option<i32>)> {
    const MAX_LINES: usize = 30;
    let before = doc.text().get(..at)?;
    let mut lines = before.lines().rev().take(MAX_LINES);
    let month = lines.by_ref().find_map(|line| {
        let mut words = line
            .trim()
            .trim_end_matches(':')
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', ':']));
        let (Some(first), second, None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        let month = crate::lexicon::month(first)?;
        let year = second.and_then(|y| y.parse().ok());
        (second.is_none() || year.is_some_and(|y: i32| (1900..=2100).contains(&y)))
            .then_some((month, year))
    })?;
    match month {
        (month, None) => Some((month, lines.find_map(one_year))),
        known => Some(known),
    }
}

/// The year a line names, with no other number: "Calendar of meetings 2025", "2025".
fn one_year(line: &str) -> Option<i32> {
    let mut numbers = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty());
    let year: i32 = numbers.next()?.parse().ok()?;
    (numbers.next().is_none() && (1900..=2100).contains(&year)).then_some(year)
}

/// How many bytes a short lead ending in a colon or a spaced dash takes at the start of a
/// one-line card, with the spaces after it ("Upcoming: ", "Save the date - "); 0 without
/// one. A lead is at most three words of letters, so a label or a header is none, and a
/// capital follows it.
fn status_lead_len(line: &str) -> usize {
    const MAX_LEAD_WORDS: usize = 3;
    const MAX_LEAD_LEN: usize = 24;
    // Most lines open with no capital or hold no mark soon: they are told so at once, as
    // every line of a page is asked.
    if !line.starts_with(char::is_uppercase) {
        return 0;
    }
    let head = crate::text::head(line, MAX_LEAD_LEN + 3).as_bytes();
    let colon = memchr::memchr_iter(b':', head).find(|&i| head.get(i + 1) == Some(&b' '));
    let dash = || {
        memchr::memchr_iter(b'-', head)
            .find(|&i| i > 0 && head.get(i - 1) == Some(&b' ') && head.get(i + 1) == Some(&b' '))
            .map(|i| (i - 1, 3))
    };
    let Some((lead, sep)) = colon.map(|i| (i, 2)).or_else(dash) else {
        return 0;
    };
    let words = line.get(..lead).unwrap_or("");
    let plain = words.len() <= MAX_LEAD_LEN
        && words.starts_with(char::is_uppercase)
        && words.split(' ').count() <= MAX_LEAD_WORDS
        && words.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !plain {
        return 0;
    }
    // The card after it opens with a capital, as cards do.
    let rest = line.get(lead + sep..).unwrap_or("").trim_start();
    if !rest.starts_with(char::is_uppercase) {
        return 0;
    }
    line.len() - rest.len()
}

/// How many bytes a lead set off before a card header takes at folded `start`, as
/// `status_lead_len` finds one, if it is an announcement's status ("POSTPONED", "New
/// date") or a meeting's kind ("Thematic meeting"); 0 for any other, which may be the
/// header's own first part ("Dakar – Senegal, 8 May 2019", "March: Thematic meeting ...").
fn header_lead_len(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    // Folded, in lowercase.
    const STATUSES: [&str; 16] = [
        "postponed",
        "cancelled",
        "canceled",
        "rescheduled",
        "new date",
        "save the date",
        "upcoming",
        "update",
        "reminder",
        "past event",
        "reporte",
        "reportee",
        "annule",
        "annulee",
        "nouvelle date",
        "a venir",
    ];
    let len = status_lead_len(doc.slice(start, end));
    if len == 0 {
        return 0;
    }
    let lead = doc
        .slice(start, start + len)
        .trim_end_matches([' ', ':', '-', '|'])
        .trim_end();
    let is_status = STATUSES.iter().any(|s| s.eq_ignore_ascii_case(lead));
    let is_kind = || {
        doc.first_hit_in(start, start + lead.len())
            .is_some_and(|h| {
                h.start == start && h.end == start + lead.len() && doc.kind(h).is_some()
            })
    };
    if is_status || is_kind() { len } else { 0 }
}

/// A news item's anchor: a line that gives the day the item was published, "Published on
/// 20 March 2019", "Posted: 5 April 2019 by the Secretariat", "Publié le 12 mars 2019".
fn is_publication_line(doc: &Doc<'_>, line: &Line) -> bool {
    const MAX_LEN: usize = 80;
    if line.end - line.start > MAX_LEN {
        return false;
    }
    let text = doc.slice(line.start, line.end);
    let lead_len = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(text.len());
    let lead = text.get(..lead_len).unwrap_or("");
    let first = lead
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let published = PUBLISHED.iter().any(|p| p.eq_ignore_ascii_case(first));
    // "20.04.2019 | News", "News - 20 April 2019": a date and a category alone.
    let filed = lead.is_empty() || is_category(lead);
    if !(published || filed) {
        return false;
    }
    let tokens = tokenize(doc.text(), line.start, line.end);
    let Some(date) = dates::find_all(&tokens, doc.text(), false)
        .into_iter()
        .next()
        .filter(|d| d.first.y.is_some() || d.last.y.is_some())
    else {
        return false;
    };
    if !published {
        let (before, after) = (
            doc.slice(line.start, date.start),
            doc.slice(date.end, line.end),
        );
        return filed_under_category(before, after);
    }
    // Only a time, an author or a category may follow: "Published on 5 April 2019, the
    // report ..." is a sentence.
    let rest = doc.slice(date.end, line.end).trim_start();
    rest.is_empty()
        || rest.starts_with(|c: char| c.is_ascii_digit() || c == '|' || c == '-')
        || rest.starts_with("by ")
        || rest.starts_with("at ")
        || rest.starts_with("par ")
}

/// The words that open a publication line (French folded).
pub(crate) const PUBLISHED: &[&str] = &["published", "posted", "updated", "publie"];

/// What a site files an item under, beside its date on a publication line ("20.04.2019 |
/// News", "Press release - 5 April 2019"): no place (French folded).
const CATEGORIES: &[&str] = &[
    "news",
    "press release",
    "press",
    "article",
    "story",
    "update",
    "updates",
    "announcement",
    "publication",
    "publications",
    "press releases",
    "articles",
    "stories",
    "announcements",
    "events",
    "event",
    "reports",
    "report",
    "media",
    "videos",
    "blog",
    "evenements",
    "evenement",
    "actualites",
    "actualite",
    "communique",
    "communique de presse",
    // A list's heading, which no item is filed under but none is titled by either.
    "latest news",
    "recent news",
    "news and updates",
    "latest updates",
    "recent updates",
    "latest",
    "dernieres actualites",
];

/// Whether a date with `before` and `after` it on its line is the day an item was filed
/// under a category: "20.04.2019 | News", "Press release - 5 April 2019".
pub(crate) fn filed_under_category(before: &str, after: &str) -> bool {
    is_category(before) && after.trim().is_empty() || before.trim().is_empty() && is_category(after)
}

/// Whether `text`, stripped of separators, is only a category: "| News", "Press release -".
pub(crate) fn is_category(text: &str) -> bool {
    let name =
        text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | ',' | ':' | '/'));
    !name.is_empty() && CATEGORIES.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// An event card's anchor: a date line or a `Date:` label.
fn is_event_line(doc: &Doc<'_>, line: &Line) -> bool {
    // A month's heading in a calendar stands alone under a blank line, where an event's
    // date line stands under its title.
    is_date_line(doc, line) && !is_month_heading(doc, line)
        || labels::is_date_label(doc.slice(line.start, line.end))
}

/// A line that is only a date, perhaps with weekdays and times: an event card's date.
fn is_date_line(doc: &Doc<'_>, line: &Line) -> bool {
    date_line(doc, line.start, line.end).is_some()
}

/// Whether folded `start..end` is only a date, perhaps with weekdays and times, and then
/// perhaps the mode ("17 October 2023, online", "17 October 2023 (virtual)"): an event
/// card's date line. Gives the mode it states.
pub(super) fn date_line(doc: &Doc<'_>, start: usize, end: usize) -> Option<Option<Mode>> {
    if end.saturating_sub(start) > MAX_TITLE_LEN {
        return None;
    }
    let text = doc.text();
    let tokens = tokenize(text, start, end);
    let (found, next) = dates::date_at(&tokens, 0, text, false)?;
    if !(found.first.m.is_some() || found.first != found.last) {
        return None;
    }
    // Clock times may follow, "10:00 to 12:00 (CET)", and the mode after them.
    let rest = tokens.get(next..).unwrap_or_default();
    match rest
        .iter()
        .find(|t| !dates::is_clock_token(text, t))
        .map(|t| t.start)
    {
        None => Some(None),
        Some(from) => {
            let mode = doc.slice(from, end).trim_end_matches([')', ']']);
            labels::mode_alone(mode).map(Some)
        }
    }
}

/// Whether `line`, the last of an announcement, is rather the heading of the section that
/// `next` (the next announcement's first line) opens: a few words standing alone between
/// blank lines, with no punctuation at their end ("Past meetings", "Events in 2019"), or a
/// year heading ("2019", "Meetings in 2018:"); not a venue alone ("Dakar, Senegal"), a
/// label ("Organiser: ICMPD") nor a line that opens with a role ("Co-chaired by The Gambia
/// and Belgium"), which are the announcement's.
fn is_heading(doc: &Doc<'_>, line: &Line, next: &Line) -> bool {
    const MAX_HEADING_LEN: usize = 60;
    let text = doc.slice(line.start, line.end);
    // A calendar's month may head its entries with no blank line about it: "February".
    if only_months(text) {
        return true;
    }
    let plain =
        text.starts_with(char::is_uppercase) && !text.ends_with(|c: char| c.is_ascii_punctuation());
    line.after_blank
        && (next.after_blank || is_month_heading(doc, line))
        && text.len() <= MAX_HEADING_LEN
        && text.split_whitespace().count() <= 6
        && (plain || year_heading(doc, line).is_some())
        && !labels::is_place_line(doc, line.start, line.end)
        && !labels::is_label_line(text)
        && !doc.first_hit_in(line.start, line.end).is_some_and(|h| {
            h.start == line.start && doc.names(h).any(|n| matches!(n, Name::Cue(Cue::By(_))))
        })
}

/// Whether `line` is a heading of a month's entries in a calendar ("April 2019",
/// "March 2020:"): it heads what follows, with or without a blank line under it, and is
/// no card's title.
fn is_month_heading(doc: &Doc<'_>, line: &Line) -> bool {
    year_heading(doc, line).is_some()
        && doc
            .slice(line.start, line.end)
            .split_whitespace()
            .map(|w| w.trim_end_matches([':', ',']))
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || crate::lexicon::month(w).is_some())
}

/// Whether `line` is a month's heading set off in a calendar: it opens a section of its
/// own, though no entry follows it ("March" over "- No activities"), and ends the entry
/// above.
fn opens_month_section(doc: &Doc<'_>, line: &Line) -> bool {
    line.after_blank && only_months(doc.slice(line.start, line.end))
}

/// Whether `text` names months and nothing else, perhaps with a year: "February",
/// "March 2020:", "July - August".
fn only_months(text: &str) -> bool {
    const MAX_WORDS: usize = 4;
    let mut months = 0;
    let mut words = 0;
    for word in text.split_whitespace() {
        let word = word.trim_end_matches([':', ',']);
        words += 1;
        if crate::lexicon::month(word).is_some() {
            months += 1;
        } else if !(matches!(word, "-" | "–" | "/" | "&")
            || word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        {
            return false;
        }
    }
    months > 0 && words <= MAX_WORDS
}

/// The year a heading line names, if it is one: a few words standing after a blank line,
/// one of them a year and no other number ("2019", "Meetings in 2019", "2018:", "Rabat
/// Process – Calendar 2024").
fn year_heading(doc: &Doc<'_>, line: &Line) -> Option<i32> {
    const MAX_LEN: usize = 48;
    const MAX_WORDS: usize = 6;
    let text = doc.slice(line.start, line.end);
    if !line.after_blank || text.len() > MAX_LEN {
        return None;
    }
    let text = text.trim_end_matches(':');
    let mut year = None;
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    for (n, word) in words.enumerate() {
        let numeric = word.bytes().any(|b| b.is_ascii_digit());
        if n >= MAX_WORDS || numeric && year.is_some() {
            return None;
        }
        if numeric {
            let y: i32 = word.parse().ok().filter(|y| (1900..=2100).contains(y))?;
            year = Some(y);
        }
    }
    year
}

/// The year a title line names, with no other number: "Rabat Process – Provisional
/// calendar of activities 2024". Not a table's row.
fn title_year(doc: &Doc<'_>, line: &Line) -> Option<i32> {
    const MAX_LEN: usize = 100;
    let text = doc.slice(line.start, line.end);
    if text.len() > MAX_LEN || text.ends_with('.') || text.contains(['|', '\t']) {
        return None;
    }
    one_year(text)
}

/// Whether `line` is the title of the card whose header `next` follows it: a few words
/// opening a paragraph, with the header right under them ("Senior Officials' Meeting").
fn is_title(doc: &Doc<'_>, line: &Line, next: &Line) -> bool {
    line.after_blank
        && !next.after_blank
        && reads_as_title(doc, line)
        && !is_month_heading(doc, line)
}

/// Whether folded `start..end`, opening a line before a header's place, is a heading run
/// onto it: a few capitalised words with no punctuation that name no one meeting and do
/// not lead into the place ("Thematic meetings", "Past events"; not "Training on document
/// fraud in", which is a one-line card's).
fn is_heading_run_on(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    const MAX_WORDS: usize = 5;
    const MAX_LEN: usize = 60;
    const LEADS_IN: &[&str] = &[
        "in", "at", "on", "of", "for", "to", "and", "by", "from", "near", "the", "a", "an", "with",
        "en", "au", "de", "du", "des", "le", "la", "les",
    ];
    // Most lines run on far longer before their first place: they are passed over at once.
    if end - start > MAX_LEN {
        return false;
    }
    let text = doc.slice(start, end).trim_end();
    if !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    // One pass over the bytes, left at the first that no heading has.
    let mut spaces = 0;
    for b in text.bytes() {
        spaces += usize::from(b == b' ');
        if spaces >= MAX_WORDS || !(b.is_ascii_alphanumeric() || b == b' ' || b == b'\'') {
            return false;
        }
    }
    let last = text.rsplit(' ').next().unwrap_or("");
    let line = Line {
        start,
        end: start + text.len(),
        after_blank: false,
    };
    !LEADS_IN.iter().any(|w| w.eq_ignore_ascii_case(last)) && !names_one_meeting(doc, &line)
}

/// Whether `line` reads as a title: a few words, capitalised or led by an ordinal ("5th
/// Euro-African Ministerial Conference"), that end no sentence or clause.
fn reads_as_title(doc: &Doc<'_>, line: &Line) -> bool {
    const MAX_TITLE_WORDS: usize = 12;
    // A title that names its meeting may run long: "Joint Thematic Meeting of the Khartoum
    // and Rabat Processes on Trafficking in Human Beings and Smuggling of Migrants".
    const MAX_NAMING_WORDS: usize = 24;
    let text = doc.slice(line.start, line.end);
    // A numbered item's title: "1. Senior Officials' Meeting in Addis Ababa".
    let text = text.get(item_number_len(text)..).unwrap_or(text);
    let words = || text.split_whitespace().count();
    (text.starts_with(char::is_uppercase) || starts_with_ordinal(text))
        && !text.ends_with(['.', ',', ';', ':'])
        && match words() {
            n if n <= MAX_TITLE_WORDS => true,
            n => n <= MAX_NAMING_WORDS && names_one_meeting(doc, line),
        }
}

/// How many bytes the number of a numbered item and the space after it take at the start
/// of `text` ("1. ", "12) "); 0 without one.
fn item_number_len(text: &str) -> usize {
    const MAX_DIGITS: usize = 2;
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marked = matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
        && text.as_bytes().get(digits + 1) == Some(&b' ');
    if (1..=MAX_DIGITS).contains(&digits) && marked {
        digits + 2
    } else {
        0
    }
}

/// Whether `text` (folded) opens with an ordinal: "1st", "22nd", "10th", "Fifth",
/// "Cinquieme".
fn starts_with_ordinal(text: &str) -> bool {
    // "Fifth Euro-African Ministerial Conference": an ordinal in words, French folded too
    // ("Cinquième Conférence ministérielle").
    const WORDS: [&str; 21] = [
        "first ",
        "second ",
        "third ",
        "fourth ",
        "fifth ",
        "sixth ",
        "seventh ",
        "eighth ",
        "ninth ",
        "tenth ",
        "premiere ",
        "deuxieme ",
        "troisieme ",
        "quatrieme ",
        "cinquieme ",
        "sixieme ",
        "septieme ",
        "huitieme ",
        "neuvieme ",
        "dixieme ",
        "1ere ",
    ];
    if crate::text::starts_with_any(text, &WORDS).is_some() {
        return true;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = text.get(digits..).unwrap_or("");
    digits > 0
        && ["st ", "nd ", "rd ", "th "].iter().any(|s| {
            suffix.len() >= s.len()
                && suffix
                    .get(..s.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(s))
        })
}

/// Whether `line`, standing alone between blank lines over the card header `next`, is
/// still its title: it names one meeting ("THEMATIC MEETING ON BORDER MANAGEMENT"), where
/// a section's heading names none or many ("Past meetings", "Thematic meetings").
fn is_set_off_title(doc: &Doc<'_>, line: &Line, next: &Line) -> bool {
    line.after_blank
        && next.after_blank
        && reads_as_title(doc, line)
        && names_one_meeting(doc, line)
}

/// Whether `line` names one meeting of a kind: "Senior Officials' Meeting", not "Thematic
/// meetings"; or the Steering Committee alone, as the title of its meeting.
fn names_one_meeting(doc: &Doc<'_>, line: &Line) -> bool {
    names_one_meeting_in(doc, line.start, line.end)
        || super::names_the_committee(doc.slice(line.start, line.end))
}

/// Whether folded `start..end` names one meeting by its kind, as `names_one_meeting`.
fn names_one_meeting_in(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    doc.hits_in(start, end).iter().any(|&h| match doc.kind(h) {
        // The committee is named with its verb: "Steering Committee meets online".
        Some(MeetingKind::SteeringCommittee) => true,
        Some(_) => !super::prose::names_several(doc, h),
        None => false,
    })
}

/// The date of the press dateline that opens the paragraph at `line`, if one does: "DAKAR,
/// 20 May 2019 – The Rabat Process held ...".
fn dateline_date(doc: &Doc<'_>, line: &Line) -> Option<dates::Found> {
    const MAX_DATELINE: usize = 80;
    if !line.after_blank {
        return None;
    }
    let text = doc.slice(line.start, line.end);
    let dash = crate::text::head(text, MAX_DATELINE).find(" - ")?;
    let opens_sentence = text
        .get(dash + 3..)
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    // A place before the day, or the day alone ("2 June 2020 – The Steering Committee ...").
    let dateline = super::dateline(doc, line.start, line.end).is_some()
        || super::only_date(doc, line.start, line.start + dash);
    if !opens_sentence || !dateline {
        return None;
    }
    super::first_date(doc, line.start, line.start + dash, false)
}

/// Whether `line`, after an announcement on the days `card`, opens a press story about
/// another day: a paragraph with a dated dateline ("RABAT, 20 June 2017 - The Rabat
/// Process partners met ...") whose days do not meet the card's. A story dated within the
/// card's days reports the card's own meeting.
fn tells_of_another_day(doc: &Doc<'_>, line: &Line, card: Option<DateSpan>) -> bool {
    let Some(story) = dateline_date(doc, line) else {
        return line.after_blank && card.is_some_and(|card| date_led_story(doc, line, card));
    };
    // Without days of its own, the card cannot be told from the story by them.
    let Some(card) = card else {
        return true;
    };
    story
        .resolve(Some(card.end().year()))
        .is_ok_and(|story| !meet(story, card))
}

/// The days of the meeting of the story that `title`, set off above `line` after a card
/// (or story) on the days `card`, opens, if it opens one: it names one meeting, and the
/// paragraph under it opens on that meeting held on days that do not meet the card's
/// ("Thematic meeting on visa facilitation" over "The meeting was held on 10-11 November
/// 2020 in Praia"). A subheading over more of the card's meeting, or over a paragraph that
/// holds no meeting, goes on the card.
fn titled_story(
    doc: &Doc<'_>,
    title: &Line,
    line: &Line,
    card: Option<DateSpan>,
) -> Option<DateSpan> {
    let card = card?;
    if !(title.after_blank && titles(doc, title, line)) {
        return None;
    }
    // Under a title that names the meeting, a paragraph that opens with its days need not
    // name it again: "From 12 to 14 September 2023, border officials were trained ...".
    let (start, end) = opening_sentence(doc, std::slice::from_ref(line), 0)?;
    held_meeting(doc, start, end)
        .or_else(|| opening_days(doc, start, end))
        .filter(|&days| !meet(days, card))
}

/// Whether `title`, right above `line`, names one meeting as a story's title does.
fn titles(doc: &Doc<'_>, title: &Line, line: &Line) -> bool {
    !line.after_blank && reads_as_title(doc, title) && names_one_meeting(doc, title)
}

/// The days, given to the day or month, that the sentence at folded `start..end` opens
/// with.
fn opening_days(doc: &Doc<'_>, start: usize, end: usize) -> Option<DateSpan> {
    opening_date(doc, start, end)?
        .resolve(None)
        .ok()
        .filter(|days| days.start().month().is_some())
}

/// Words that lead the days a sentence opens with: "On 4 June", "From 4 to 6 June", "Le 4
/// juin", "Du 4 au 6 juin".
const DAY_LEADS: [&str; 5] = ["On ", "From ", "Le ", "Les ", "Du "];

/// The date the sentence at folded `start..end` opens with, perhaps after a word that
/// leads it: "On 4 and 5 June 2019, ...", "From 12 to 14 September 2023, ...", "Le 10
/// octobre 2019, ...".
pub(super) fn opening_date(doc: &Doc<'_>, start: usize, end: usize) -> Option<dates::Found> {
    super::first_date(doc, start, end, false).filter(|d| {
        let before = doc.slice(start, d.start);
        before.trim().is_empty() || DAY_LEADS.contains(&before)
    })
}

/// The days a card's header dates, a year taken from its section where it gives none.
fn card_days(header: &Header, year: Option<i32>) -> Option<DateSpan> {
    header.date.and_then(|d| d.resolve(year).ok())
}

/// Whether the paragraph opening at `line`, after a card on the days `card`, opens with
/// the days of a meeting of its own that do not meet the card's: "On 4 and 5 June 2019,
/// the Rabat Process held a workshop on return in Niamey". A paragraph that tells of a
/// meeting further on, or of what was done on another day, goes on the card.
fn date_led_story(doc: &Doc<'_>, line: &Line, card: DateSpan) -> bool {
    // Only lines that open with a date, a word that leads days and a day ("On 4 June",
    // "From 4 to 6 June", "Le 4 juin", "Du 4 au 6 juin") or a day itself, are read further.
    let text = doc.slice(line.start, line.end);
    let lead = DAY_LEADS
        .iter()
        .find_map(|l| text.strip_prefix(l))
        .unwrap_or(text);
    if !lead.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((start, end)) = opening_sentence(doc, std::slice::from_ref(line), 0) else {
        return false;
    };
    let opens_with_date = opening_date(doc, start, end).is_some();
    // A card of one day over a story of the days just before it is a news item posted on
    // that day, or a press release's dateline: the story is the card's.
    let reported =
        |days: DateSpan| card.start() == card.end() && super::reports_earlier(days, card);
    opens_with_date
        && held_meeting(doc, start, end).is_some_and(|days| !meet(days, card) && !reported(days))
}

/// The days of the first date on `line`, a year taken from `year` where it gives none.
fn days_of_line(doc: &Doc<'_>, line: &Line, year: Option<i32>) -> Option<DateSpan> {
    super::first_date(doc, line.start, line.end, false)?
        .resolve(year)
        .ok()
}

/// The stories of a page of them: each a title that names one meeting, over a paragraph
/// whose first sentence dates it ("Training on document fraud" over "A training session
/// ... was organised in Dakar from 14 to 16 March 2022 ..."), read as a page about one
/// meeting from its title to the next story's (`header` is the card header that follows
/// the lines, if any). With the range of the lines above the first story, which belong to
/// none. `None` for fewer than two stories: a page of one is
/// all about its meeting, subheadings and all.
fn stories(doc: &Doc<'_>, lines: &[Line], header: Option<&Line>) -> Option<Anchors> {
    let opens_story = |i: usize| -> bool {
        let (Some(title), Some(next)) = (lines.get(i), lines.get(i + 1)) else {
            return false;
        };
        (i == 0 || title.after_blank)
            && reads_as_title(doc, title)
            && names_one_meeting(doc, title)
            && opening_sentence(doc, lines, i + 1)
                .is_some_and(|(_, end)| super::first_date(doc, next.start, end, false).is_some())
    };
    let found: Vec<usize> = (0..lines.len()).filter(|&i| opens_story(i)).collect();
    if found.len() >= 2 {
        return Some(build(doc, lines, &found, Shape::Page, header));
    }
    // Above a card, a paragraph that sums up meetings introduces the cards that report
    // them: it is read for reports only on a page without cards.
    if let Some((pieces, found, leads)) = header
        .is_none()
        .then(|| reports_by_sentence(doc, lines))
        .flatten()
    {
        let (mut segments, stray) = build(doc, &pieces, &found, Shape::Page, header);
        // A paragraph's lead-in sums up the reports after it ("In 2020, activities moved
        // online."), and ends the story above it.
        let lead_start = |k: usize| pieces.get(k).map_or(usize::MAX, |l| l.start);
        for segment in &mut segments {
            // The first lead-in after the segment's start, found by halving: both are in
            // order.
            let next = leads.partition_point(|&k| lead_start(k) <= segment.start);
            let above = leads
                .get(next)
                .filter(|&&k| lead_start(k) < segment.end)
                .and_then(|&k| pieces.get(k.checked_sub(1)?));
            if let Some(above) = above {
                segment.end = above.end;
            }
        }
        return Some((segments, stray));
    }
    let found: Vec<usize> = untitled_stories(doc, lines)
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    (found.len() >= 2).then(|| build(doc, lines, &found, Shape::Page, header))
}

/// The first sentence of the paragraph whose first line is `lines[i]`, over a few wrapped
/// lines at most, as a folded range: only a paragraph's opening is read, which bounds the
/// cost of a long line.
fn opening_sentence(doc: &Doc<'_>, lines: &[Line], i: usize) -> Option<(usize, usize)> {
    // The most lines, and bytes, of a paragraph looked at for its first sentence.
    const OPENING_LINES: usize = 3;
    const MAX_OPENING: usize = 400;
    let first = lines.get(i)?;
    let paragraph_end = lines
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take(OPENING_LINES)
        .enumerate()
        .take_while(|&(n, l)| n == 0 || !l.after_blank)
        .last()
        .map_or(first.end, |(_, l)| l.end);
    let text = crate::text::head(doc.slice(first.start, paragraph_end), MAX_OPENING);
    Some((
        first.start,
        first.start + crate::text::first_stop(text).unwrap_or(text.len()),
    ))
}

/// The paragraphs of a page of untitled stories that each open on a meeting of their own
/// (`held_meeting`) on days that do not meet those of the story above. A paragraph that
/// tells of the same days, or of no meeting, goes on the story above. Their indices in
/// `lines`, each with the days its meeting is held on.
fn untitled_stories(doc: &Doc<'_>, lines: &[Line]) -> Vec<(usize, DateSpan)> {
    let mut found = Vec::new();
    let mut last_days: Option<DateSpan> = None;
    for (i, line) in lines.iter().enumerate() {
        if !(i == 0 || line.after_blank) {
            continue;
        }
        let held = || {
            opening_sentence(doc, lines, i).and_then(|(start, end)| held_meeting(doc, start, end))
        };
        let Some(days) = held().or_else(|| titled_days(doc, lines, i)) else {
            continue;
        };
        if !last_days.is_some_and(|d| meet(d, days)) {
            found.push((i, days));
            last_days = Some(days);
        }
    }
    found
}

/// A paragraph may report several meetings, a sentence each: "In 2018, the Rabat Process
/// held four meetings. The Ministerial Conference took place in Marrakesh on 2 May 2018
/// ... A Steering Committee meeting was held in Brussels on 25 January 2018 ...". Where
/// one does (two of its sentences after its opening each report a meeting of their own,
/// `reports_meeting`, held on days apart, `held_meeting`), `lines` are cut where each
/// such sentence starts, and those sentences open the announcements, with the paragraphs
/// that open on a meeting of their own (as in `untitled_stories`). The pieces of the
/// lines, the indices of the anchors among them, and those of the paragraphs' lead-ins
/// before their reports; `None` where no paragraph reports two meetings.
fn reports_by_sentence(
    doc: &Doc<'_>,
    lines: &[Line],
) -> Option<(Vec<Line>, Vec<usize>, Vec<usize>)> {
    let text = doc.text();
    let breaks = doc.paragraph_breaks();
    // Folded starts of the sentences that open announcements, with their meetings' days.
    let mut opening: Vec<(usize, DateSpan)> = Vec::new();
    let mut by_sentence = false;
    // Folded starts of the paragraphs whose first report follows a lead-in.
    let mut lead_ins = Vec::new();
    let (mut sentences, mut starts) = (Vec::new(), Vec::new());
    let mut first = 0;
    while let Some(head) = lines.get(first) {
        let last = (first + 1..lines.len())
            .find(|&k| lines.get(k).is_some_and(|l| l.after_blank))
            .unwrap_or(lines.len());
        let paragraph = lines.get(first..last).unwrap_or_default();
        let end = paragraph.last().map_or(head.end, |l| l.end);
        first = last;
        sentences.clear();
        super::prose::sentences(text, breaks, head.start, end, &mut sentences);
        starts.clear();
        starts.extend(sentences.iter().map(|&(s, e)| {
            let sentence = doc.slice(s, e);
            s + (sentence.len() - sentence.trim_start().len())
        }));
        // A list's items report too, though no stop ends the words before them ("... held
        // the following meetings:" over "- The Steering Committee met ...", or run on).
        starts.extend(paragraph.iter().skip(1).filter_map(|line| {
            (labels::bullet_len(doc.slice(line.start, line.end)) > 0).then_some(line.start)
        }));
        let body = doc.slice(head.start, end);
        starts.extend(memchr::memchr_iter(b':', body.as_bytes()).filter_map(|i| {
            let after = body.get(i + 1..)?;
            let rest = after.trim_start();
            (rest.len() < after.len()).then(|| head.start + body.len() - rest.len())
        }));
        starts.sort_unstable();
        starts.dedup();
        let mut held: Vec<(usize, DateSpan)> = Vec::new();
        for (k, &s) in starts.iter().enumerate() {
            let e = starts.get(k + 1).copied().unwrap_or(end);
            if (s == head.start || reports_meeting(doc, s, e))
                && let Some(days) = held_meeting(doc, s, e)
                && !held.last().is_some_and(|&(_, d)| meet(d, days))
            {
                held.push((s, days));
            }
        }
        // Two reports after the paragraph's opening, which sums them up ("In 2018, the
        // Rabat Process held four meetings.") or reports the first: one more after a
        // meeting's own story may be told of as its background.
        let after_opening = held.iter().filter(|&&(s, _)| s > head.start).count();
        if after_opening >= 2 {
            by_sentence = true;
            if held.first().is_some_and(|&(s, _)| s > head.start) {
                lead_ins.push(head.start);
            }
            opening.extend(held);
        } else if let Some(&(s, days)) = held.first().filter(|&&(s, _)| s == head.start) {
            opening.push((s, days));
        }
    }
    if !by_sentence {
        return None;
    }
    // The days of a paragraph's opening that meet those of the story above tell of it.
    opening.dedup_by(|b, a| meet(a.1, b.1));
    let mut pieces = Vec::with_capacity(lines.len() + opening.len());
    let mut anchors = Vec::with_capacity(opening.len());
    let mut leads = Vec::with_capacity(lead_ins.len());
    let mut cuts = opening.iter().map(|&(s, _)| s).peekable();
    // In order, as the paragraphs were read.
    let mut lead_ins = lead_ins.into_iter().peekable();
    for line in lines {
        if lead_ins.next_if_eq(&line.start).is_some() {
            leads.push(pieces.len());
        }
        let mut piece = *line;
        while let Some(&cut) = cuts.peek().filter(|&&c| c < line.end) {
            cuts.next();
            if cut > piece.start {
                let before = doc.slice(piece.start, cut).trim_end();
                pieces.push(Line {
                    end: piece.start + before.len(),
                    ..piece
                });
                piece = Line {
                    start: cut,
                    end: line.end,
                    after_blank: false,
                };
            }
            anchors.push(pieces.len());
        }
        pieces.push(piece);
    }
    Some((pieces, anchors, leads))
}

/// Whether the sentence at folded `start..end`, inside a paragraph, reports a meeting of
/// its own: it opens on the meeting, within a few words ("On 25 January 2018, the Steering
/// Committee met", "Finally, an expert meeting was organised"), not on one told of before
/// ("The meeting, hosted by Nigeria, followed the SOM held in Ouagadougou"), and the verb
/// that holds it comes before another meeting is named.
fn reports_meeting(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    // The most bytes before the meeting's name: a date, an adverb and an article.
    const LEAD: usize = 40;
    // Articles that point back, in English and French ("la réunion", "cet atelier",
    // "l'atelier").
    const BACK: &[&str] = &[
        "the", "this", "that", "its", "la", "le", "cette", "cet", "ce", "sa", "son", "l'",
    ];
    let hits = doc.hits_in(start, end);
    let Some((first, &kind)) = hits
        .iter()
        .enumerate()
        .find(|&(_, &h)| doc.kind(h).is_some())
    else {
        return false;
    };
    if kind.start - start > LEAD {
        return false;
    }
    // Told as another's or as past to the story ("to prepare it", "as a follow-up", "had
    // been held"), anywhere in the sentence.
    let told_apart = doc
        .slice(start, end)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == "had" || crate::text::one_of(w, super::prose::OTHER_EVENT));
    if told_apart {
        return false;
    }
    // "The meeting", "this workshop": a kind's bare word after an article that points back.
    let word = doc.slice(kind.start, kind.end);
    let pointer = doc.slice(start, kind.start).split_whitespace().next_back();
    if !word.contains(' ')
        && word.starts_with(|c: char| c.is_lowercase())
        && pointer.is_some_and(|p| crate::text::one_of(p, BACK))
    {
        return false;
    }
    // The verb may come first: "Spain hosted a thematic meeting in Madrid on ...".
    if hits
        .get(..first)
        .unwrap_or_default()
        .iter()
        .any(|&h| holds_meeting(doc, h))
    {
        return true;
    }
    let mut named_end = kind.end;
    for &h in hits.get(first..).unwrap_or_default() {
        if holds_meeting(doc, h) {
            return true;
        }
        if doc.kind(h).is_some() {
            // Words between two names of meetings: the second is another meeting.
            if h.start > named_end && !doc.slice(named_end, h.start).trim().is_empty() {
                return false;
            }
            named_end = h.end;
        }
    }
    false
}

/// The days of the meeting whose title is `lines[i]`, if it is one: a title that names one
/// meeting over a paragraph that opens with its days ("Workshop on document fraud" over
/// "From 12 to 14 September 2023, border officials were trained ...").
fn titled_days(doc: &Doc<'_>, lines: &[Line], i: usize) -> Option<DateSpan> {
    let (title, next) = (lines.get(i)?, lines.get(i + 1)?);
    if !titles(doc, title, next) {
        return None;
    }
    let (start, end) = opening_sentence(doc, std::slice::from_ref(next), 0)?;
    opening_days(doc, start, end)
}

/// The days of the meeting the sentence at folded `start..end` holds, if it holds one: a
/// kind of meeting, a verb that holds it and its days, not told as another's ("The Rabat
/// Process held its Senior Officials' Meeting on 14 and 15 December 2021 ...", "On 4 and 5
/// July 2023, the Rabat Process organised a thematic meeting ...", not "The previous
/// meeting was held on ...").
fn held_meeting(doc: &Doc<'_>, start: usize, end: usize) -> Option<DateSpan> {
    // Besides the words the prose reads as another event's or time's.
    const ANOTHER: &[&str] = &["similar", "another", "following"];
    // "Following the SOM of October 2018, a workshop was held ...": the rest is read.
    let start = super::prose::lead_in_end(doc, start, end).unwrap_or(start);
    let held = doc
        .hits_in(start, end)
        .iter()
        .any(|&h| holds_meeting(doc, h));
    // A word that dates the story itself ("Last week, on 12 June 2019, the Steering
    // Committee met", "Earlier this month") is no other event's: one a span of time
    // follows within two words.
    const SPANS: &[&str] = &["week", "weeks", "month", "months", "year", "years", "days"];
    // Only the words up to the first meeting named: what the sentence goes on to tell
    // ("..., met to prepare the next SOM") is not the meeting it holds.
    let named_end = doc.first_meeting_end(start, end);
    let mut words = doc
        .slice(start, named_end)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut other = false;
    while let Some(w) = words.next() {
        let other_word = [
            super::prose::OTHER_EVENT,
            super::prose::OTHER_TIMES,
            ANOTHER,
        ]
        .iter()
        .any(|list| crate::text::one_of(w, list));
        // The two words after, read from a copy of the iterator.
        let dates_story = || {
            words
                .clone()
                .take(2)
                .any(|next| crate::text::one_of(next, SPANS))
        };
        if other_word && !dates_story() {
            other = true;
            break;
        }
    }
    if !held || other || !names_one_meeting_in(doc, start, end) {
        return None;
    }
    // Not a year alone: "In 2016, the Rabat Process organised four thematic meetings and
    // a Senior Officials' Meeting" sums up the stories below it.
    super::first_date(doc, start, end, false)?
        .resolve(None)
        .ok()
        .filter(|days| days.start().month().is_some())
}

/// Whether hit `h` says a meeting was held: a verb that holds one ("took place", "met"),
/// or a kind named with its verb ("The Steering Committee met").
fn holds_meeting(doc: &Doc<'_>, h: Hit) -> bool {
    doc.names(h).any(|n| match n {
        Name::Cue(Cue::Held) => true,
        Name::Kind(_) => header::kind_with_verb(doc, h),
        _ => false,
    })
}

/// Whether the days `a` and `b` meet: they share a day.
fn meet(a: DateSpan, b: DateSpan) -> bool {
    a.overlaps(b.start().first_day(), b.end().last_day())
}

/// A press story after a card, from its first line to `last`: read as a page about one
/// meeting.
fn press_story(first: Line, last: Line, year: Option<i32>) -> Segment {
    Segment {
        start: first.start,
        header_start: first.start,
        header_end: first.start,
        end: last.end,
        shape: Shape::Page,
        year,
    }
}

/// Whether a line is a copyright notice: "© 2024 Rabat Process", "Copyright 2019 ICMPD.
/// All rights reserved."
fn is_copyright(line: &str) -> bool {
    const MAX_LEN: usize = 200;
    const RESERVED: &str = "all rights reserved";
    let starts = |prefix: &str| {
        line.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    // The notice ends its line; only the line's ends are looked at, as every line is.
    let body = line.trim_end_matches('.');
    let ends = body
        .get(body.len().saturating_sub(RESERVED.len())..)
        .is_some_and(|e| e.eq_ignore_ascii_case(RESERVED));
    line.len() <= MAX_LEN && (starts("©") || starts("(c) ") || starts("copyright ") || ends)
}

/// Whether a line is page furniture: pagination, navigation and sharing links, and a text
/// browser's list of the page's links ("References" over "3. https://...").
fn is_furniture(line: &str) -> bool {
    const LINK_LISTS: &[&str] = &["references", "visible links", "hidden links"];
    const NAVIGATION: &[&str] = &[
        "page", "of", "previous", "next", "first", "last", "read", "more", "share", "print",
        "back", "to", "top", "load", "show", "see", "this", "prev", "facebook", "twitter",
        "linkedin", "email", "tweet", "home", "go",
    ];
    // A link's address alone, perhaps numbered: "3. https://www.rabat-process.org/".
    let address = line
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches('.')
        .trim_start();
    let is_address = ["http://", "https://", "www.", "mailto:"]
        .iter()
        .any(|scheme| address.starts_with(scheme))
        && !address.contains(' ');
    if is_address || LINK_LISTS.iter().any(|l| l.eq_ignore_ascii_case(line)) {
        return true;
    }
    if line.len() > 80 {
        return false;
    }
    if is_download_link(line) {
        return true;
    }
    // The words are walked anew for each question rather than collected: most lines fail
    // the first.
    let words = || {
        line.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    // Page numbers, not years: "1 2 3", "2 / 5".
    let page_number = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let numbers = words().all(page_number);
    let is_nav = |w: &str| NAVIGATION.iter().any(|n| n.eq_ignore_ascii_case(w));
    let navigation = words().all(|w| is_nav(w) || page_number(w)) && words().any(is_nav);
    // "More." alone is prose; "Read more", "Page 1 of 2", "« Previous 1 2 Next »" are not.
    numbers || (navigation && (words().nth(1).is_some() || !line.ends_with('.')))
}

/// Whether a short `line` (folded) is a link to a document: "Download the conclusions
/// (PDF, 245 KB)", "Agenda [PDF]", "Télécharger le rapport". What it links to is not told
/// on the page.
fn is_download_link(line: &str) -> bool {
    const DOWNLOAD: [&str; 2] = ["download", "telecharger"];
    const FILES: [&str; 6] = ["(pdf", "[pdf", "(docx", "[docx", "(doc", "[doc"];
    let opens_download = crate::text::starts_with_any(line, &DOWNLOAD).is_some();
    // Most lines hold no bracket, and are not lowercased to be searched.
    let names_file = memchr::memchr2(b'(', b'[', line.as_bytes()).is_some() && {
        let lower = line.to_ascii_lowercase();
        FILES.iter().any(|f| lower.contains(f))
    };
    names_file || opens_download && !line.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copyright_line_opens_the_footer_to_the_next_blank_line() {
        let page = "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.\nRead more\n\n\u{a9} 2024 Rabat Process. All rights reserved.\nFunded by the European Union\n\nParis, 23 October 2018\nBody two.";
        let texts: Vec<String> = segments(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            texts,
            [
                "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.",
                "Paris, 23 October 2018\nBody two."
            ]
        );
        for line in [
            "Copyright 2019 ICMPD",
            "(c) ICMPD",
            "ICMPD. All Rights Reserved.",
        ] {
            assert!(is_copyright(line), "{line}");
        }
        for line in ["Copyrights and migration", "Body one."] {
            assert!(!is_copyright(line), "{line}");
        }
    }

    #[test]
    fn untitled_stories_part_a_page_at_meetings_of_their_own() {
        let page = "The Rabat Process held its Senior Officials' Meeting in Madrid on 14 December \
                    2021.\n\nThe SOM adopted the work programme.\n\nOn 4 July 2023, the \
                    Rabat Process organised a thematic meeting in Lome.";
        assert_eq!(segments(page).len(), 2);
        // The same days again, another meeting told as such: one meeting's page.
        let page = "The Rabat Process held its Senior Officials' Meeting in Madrid on 14 December \
                    2021.\n\nThe meeting, held on 14 December 2021, adopted the programme.\n\n\
                    The Khartoum Process held a similar meeting on 3 May 2018.\n\nThe previous \
                    SOM was held in Dakar on 3 May 2019.";
        assert_eq!(segments(page).len(), 1);
        // A year's summary above the stories opens none.
        let page = "In 2016, the Rabat Process organised two thematic meetings.\n\nThe first \
                    thematic meeting was held in Brussels on 4 February 2016.\n\nThe second \
                    thematic meeting took place in Madrid on 10 May 2016.";
        assert_eq!(segments(page).len(), 2);
        // A story dated by a span of time before its day tells of its own meeting; "last"
        // before an event still tells of another.
        let page = "On 4 July 2023, the Rabat Process organised a thematic meeting in Lome.\n\n\
                    Last week, on 12 June 2024, the Steering Committee met in Brussels.\n\n\
                    Earlier this month, on 3 March 2025, a workshop was held in Accra.";
        assert_eq!(segments(page).len(), 3);
        let page = "On 4 July 2023, the Rabat Process organised a thematic meeting in Lome.\n\n\
                    The last meeting, on 12 June 2022, was held in Brussels.";
        assert_eq!(segments(page).len(), 1);
        // A meeting to come, told after the one held, leaves the story its own.
        let page = "On 14 March 2024, the Steering Committee met in Brussels to prepare the \
                    next SOM.\n\nOn 20 May 2024, Nigeria and Belgium co-chaired a thematic \
                    meeting in Abuja.";
        assert_eq!(segments(page).len(), 2);
        // In French, a country that received the meeting holds it, and so does the passive
        // or a meeting held online.
        let page = "Le 12 mars 2019, le Processus de Rabat a organise une reunion thematique.\n\n\
                    Le 3 juin 2021, le Maroc a accueilli la reunion des hauts fonctionnaires.\n\n\
                    Du 4 au 6 juin 2022, une formation sur la traite a ete organisee a Abidjan.\n\n\
                    Le 10 octobre 2022, la reunion du Comite de pilotage s'est tenue en ligne.";
        assert_eq!(segments(page).len(), 4);
    }

    #[test]
    fn a_paragraph_that_reports_meetings_a_sentence_each_is_cut_at_them() {
        let page = "The year in review\n\nIn 2018, the Rabat Process held four meetings. The \
                    Ministerial Conference took place in Marrakesh on 2 May 2018. A Steering \
                    Committee meeting was held in Brussels on 25 January 2018, chaired by \
                    France.\nFinally, an expert meeting on return was organised in Dakar on 4 \
                    December 2018 by ICMPD.\n\nIn 2020, activities moved online. A workshop \
                    was organised on 15 June 2020 by ICMPD. The Steering Committee met online \
                    on 10 December 2020.\n\nThe Secretariat thanks all partners.";
        let found: Vec<String> = segments(page).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            found,
            [
                "The Ministerial Conference took place in Marrakesh on 2 May 2018.",
                "A Steering Committee meeting was held in Brussels on 25 January 2018, chaired \
                 by France.",
                // The paragraph's lead-in of 2020 ends the story above it.
                "Finally, an expert meeting on return was organised in Dakar on 4 December \
                 2018 by ICMPD.",
                "A workshop was organised on 15 June 2020 by ICMPD.",
                "The Steering Committee met online on 10 December 2020.\n\nThe Secretariat \
                 thanks all partners.",
            ]
        );
        // A list's items under a lead-in that ends with a colon, with bullets or without.
        for item in ["- ", ""] {
            let page = format!(
                "In 2019, the Rabat Process held the following meetings:\n{item}The Steering \
                 Committee met in Brussels on 12 February 2019.\n{item}A thematic meeting was \
                 held in Accra on 3-4 April 2019.\n{item}The SOM took place in Ouagadougou on \
                 20-21 November 2019."
            );
            let found: Vec<String> = segments(&page).into_iter().map(|(_, s)| s).collect();
            assert_eq!(
                found,
                [
                    format!("{item}The Steering Committee met in Brussels on 12 February 2019."),
                    format!("{item}A thematic meeting was held in Accra on 3-4 April 2019."),
                    format!("{item}The SOM took place in Ouagadougou on 20-21 November 2019."),
                ]
            );
        }
        // Above cards, the paragraph introduces them and opens no announcement.
        let page = "In 2019, three meetings took place. The Steering Committee met in Brussels \
                    on 12 February 2019. A thematic meeting was held in Accra on 3-4 April \
                    2019. The SOM took place in Ouagadougou on 20-21 November 2019.\n\n\
                    Brussels, 12 February 2019, chaired by Morocco.\nThe committee met.\n\n\
                    Accra, 3-4 April 2019, hosted by Ghana.\nA thematic meeting.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(shape, _)| *shape == Shape::Card));
        // The verb before the meeting.
        let page = "In 2018, partners met three times. Morocco hosted the Ministerial \
                    Conference in Marrakesh on 2 May 2018. Spain hosted a thematic meeting in \
                    Madrid on 10-11 October 2018. Senegal hosted an expert meeting in Dakar on \
                    4 December 2018.";
        assert_eq!(segments(page).len(), 3);
        // In French too, the article that points back.
        let page = "En 2018, le Processus de Rabat a tenu trois réunions. La Conférence \
                    ministérielle s'est tenue à Marrakech le 2 mai 2018. Le Comité de pilotage \
                    s'est réuni à Bruxelles le 25 janvier 2018. Une réunion thématique a eu \
                    lieu à Madrid les 10 et 11 octobre 2018.";
        assert_eq!(segments(page).len(), 3);
        let page = "La Conférence ministérielle s'est tenue à Marrakech le 2 mai 2018. La \
                    réunion s'est tenue le 3 mai 2018. L'atelier a eu lieu le 4 mai 2018.";
        assert_eq!(segments(page).len(), 1);
        // One meeting's story that tells of others as its background, its preparation or
        // its follow-up, or of itself again, is not cut.
        for page in [
            "The Rabat Process held its thematic meeting in Madrid on 10-11 October 2018. A \
             first workshop had been held in Dakar on 4 July 2017. The meeting gathered 80 \
             participants.",
            "The SOM took place in Dakar on 3-4 May 2019. The Steering Committee met in \
             Brussels on 12 March 2019 to prepare it. A workshop on visas was organised in \
             Accra on 5 June 2019 as a follow-up.",
            "Partners met in Abuja on 11 and 12 November 2019 for a thematic meeting. The \
             meeting, hosted by Nigeria, followed the SOM held in Ouagadougou in November \
             2018. The meeting was held on 12 November 2019 in Abuja.",
            // Only one report after the story's own opening.
            "The SOM took place in Dakar on 3-4 May 2019. A workshop on visas was organised \
             in Accra on 5 June 2019.",
        ] {
            assert_eq!(segments(page).len(), 1, "{page}");
        }
    }

    #[test]
    fn a_paragraph_led_by_the_days_of_another_meeting_after_a_card_is_a_story() {
        let card =
            "Dakar, 12-13 March 2019, hosted by Senegal.\nThe meeting gathered 60 participants.";
        let story = "On 4 and 5 June 2019, the Rabat Process held a workshop on return in Niamey.";
        let page = format!("{card}\n\n{story}");
        let texts: Vec<String> = segments(&page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, [card, story]);
        // Not what was done on another day, nor the story a news item posted after it
        // reports, nor a meeting told further on.
        for (card, next) in [
            (
                card,
                "On 14 March 2019, participants visited the employment agency.",
            ),
            (
                "Tunis, 19 September 2024",
                "On 17 and 18 September 2024, the Rabat Process held a thematic meeting in Tunis.",
            ),
            (
                card,
                "The workshop followed the meeting held in Niamey on 4 and 5 June 2019.",
            ),
        ] {
            let page = format!("{card}\n\n{next}");
            assert_eq!(segments(&page).len(), 1, "{next}");
        }
    }

    #[test]
    fn furniture() {
        for line in [
            "Page 1 of 2",
            "page 2",
            "1 / 3",
            "Read more",
            "« Previous",
            "Next »",
            "12",
            "References",
            "3. https://www.rabat-process.org/en/meetings",
            "https://www.icmpd.org/",
            "Download the conclusions (PDF, 245 KB)",
            "Agenda [PDF]",
            // As folded.
            "Telecharger le rapport final",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "Page two of the report was read",
            "Next year, the meeting",
            "Porto",
            "More.",
            "References to the Rabat Declaration",
            "https://www.icmpd.org/ has the report",
            "Download speeds were discussed at the meeting.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn section_headings_end_the_announcement_above() {
        let page = "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nPast meetings\n\nParis, 23 October 2018\nBody two.\n\nMore on it\nParis, 24 October 2018\nBody three.";
        let doc = Doc::new(page);
        let (found, _) = found(&doc);
        let texts: Vec<&str> = found.iter().map(|s| doc.slice(s.start, s.end)).collect();
        // "More on it" is no heading but a title: the header follows it without a blank
        // line.
        assert_eq!(
            texts,
            [
                "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.",
                "Paris, 23 October 2018\nBody two.",
                "More on it\nParis, 24 October 2018\nBody three."
            ]
        );
    }

    #[test]
    fn headers_inside_a_line_open_announcements_of_their_own() {
        // A page flattened to one line, with its furniture.
        let page = "Madrid, 1-2 July 2019, hosted by Spain. The meeting gathered 80 participants. \
                    Paris, 23-24 October 2018, hosted by France and co-chaired by Senegal. It \
                    discussed root causes! Rome, 10 April 2018. A workshop. Page 1 of 2";
        let doc = Doc::new(page);
        let texts: Vec<&str> = found(&doc)
            .0
            .iter()
            .map(|s| doc.slice(s.start, s.end))
            .collect();
        assert_eq!(
            texts,
            [
                "Madrid, 1-2 July 2019, hosted by Spain. The meeting gathered 80 participants.",
                "Paris, 23-24 October 2018, hosted by France and co-chaired by Senegal. It discussed root causes!",
                "Rome, 10 April 2018. A workshop."
            ]
        );
        // A place the lexicon does not know, with a role clause after its date.
        let page = "Madrid, 1-2 July 2019, hosted by Spain. A workshop took place. Kpalimé, \
                    3-4 May 2019, hosted by Togo. It met. In total, 45 countries, 2019, \
                    hosted by Togo, took part. Later, 5 May 2019 was set.";
        let doc = Doc::new(page);
        let texts: Vec<&str> = found(&doc)
            .0
            .iter()
            .map(|s| doc.original(s.start, s.end))
            .collect();
        assert_eq!(
            texts,
            [
                "Madrid, 1-2 July 2019, hosted by Spain. A workshop took place.",
                "Kpalimé, 3-4 May 2019, hosted by Togo. It met. In total, 45 countries, 2019, hosted by Togo, took part. Later, 5 May 2019 was set."
            ]
        );
        // A page's heading run onto the first header belongs to no announcement; words
        // that lead into the place, or name one meeting, are a one-line card's.
        let page = "Thematic meetings Madrid, 1-2 July 2019, hosted by Spain. A meeting.";
        let doc = Doc::new(page);
        let (first, stray) = found(&doc);
        assert_eq!(
            doc.slice(first[0].start, first[0].end),
            "Madrid, 1-2 July 2019, hosted by Spain. A meeting."
        );
        assert_eq!(
            stray.map(|(s, e)| doc.slice(s, e)),
            Some("Thematic meetings")
        );
        for line in [
            "Training on border management in Accra, Ghana, 12 June 2016.",
            "Expert meeting Accra, Ghana, 12 June 2016.",
        ] {
            let doc = Doc::new(line);
            let cards = found(&doc).0;
            assert_eq!((cards.len(), cards[0].start), (1, 0), "{line}");
        }
        // Sentences that open with a place and a date but go on as prose are no headers,
        // nor is what follows an initial.
        let page = "Madrid, 1-2 July 2019, hosted by Spain.\nIt was held in Madrid. Spain, 2 July \
                    2019, was the closing day. Madrid, the capital, welcomed 80 participants on \
                    1 July 2019. It was opened by J. Rome, 2 July 2019, hosted by Italy.";
        let doc = Doc::new(page);
        assert_eq!(found(&doc).0.len(), 1);
    }

    #[test]
    fn title_lines_above_card_headers_open_their_cards() {
        let page = "Meetings\n\nSenior Officials' Meeting\nCadiz, 13 December 2022, hosted by Spain.\nBody one.\n\nMinisterial Conference\nCadiz, 14 December 2022, hosted by Spain.\nBody two.";
        let doc = Doc::new(page);
        let (found, stray) = found(&doc);
        let texts: Vec<&str> = found.iter().map(|s| doc.slice(s.start, s.end)).collect();
        assert_eq!(
            texts,
            [
                "Senior Officials' Meeting\nCadiz, 13 December 2022, hosted by Spain.\nBody one.",
                "Ministerial Conference\nCadiz, 14 December 2022, hosted by Spain.\nBody two."
            ]
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Meetings");
        // Where the next card has no title, the line above the first is the page's.
        let page = "Thematic meetings\nMadrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nParis, 23 October 2018\nBody two.";
        let doc = Doc::new(page);
        let (first, stray) = super::tests::found(&doc);
        assert_eq!(
            doc.slice(first[0].start, first[0].end),
            "Madrid, 1-2 July 2019, hosted by Spain.\nBody one."
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Thematic meetings");
        // Unless it names one meeting: then it is the first card's, alone or not, led by
        // a word or by an ordinal in figures.
        for page in [
            "Fifth Ministerial Conference\nMarrakesh, 2 May 2018\n\nBody one.",
            "Fifth Ministerial Conference\nMarrakesh, 2 May 2018\nBody one.\n\nParis, 3 May 2018\nBody two.",
            "5th Ministerial Conference\nMarrakesh, 2 May 2018\nBody one.\n\n6th Ministerial Conference\nParis, 3 May 2018\nBody two.",
        ] {
            let doc = Doc::new(page);
            let (first, stray) = super::tests::found(&doc);
            let text = doc.slice(first[0].start, first[0].end);
            assert!(
                text.contains("Ministerial Conference\nMarrakesh") && !text.contains("6th"),
                "{page}"
            );
            assert!(text.ends_with("Body one.") && stray.is_none(), "{page}");
        }
        // A long title that names its meeting; a long line that names none is no title.
        let title = "Joint Thematic Meeting of the Khartoum and Rabat Processes on Trafficking in Human Beings and Smuggling of Migrants";
        for (line, opens) in [
            (title, true),
            (
                "Partners of the Khartoum and Rabat Processes from the Horn of Africa and the Sahel and beyond",
                false,
            ),
        ] {
            let page = format!("News\n\n{line}\nNiamey, Niger, 28-29 November 2018\nBody.");
            let doc = Doc::new(&page);
            let (found, _) = super::tests::found(&doc);
            let text = doc.slice(found[0].start, found[0].end);
            assert_eq!(text.starts_with(line), opens, "{line}");
        }
    }

    #[test]
    fn titles_set_off_by_a_blank_line_open_their_cards_if_they_name_one_meeting() {
        let page = "Past meetings

THEMATIC MEETING ON LEGAL MIGRATION

DAKAR, 12 MARCH 2019

Body one.

WORKSHOP ON RETURN

TUNIS, 4 APRIL 2019

Body two.";
        let doc = Doc::new(page);
        let (found, stray) = found(&doc);
        let texts: Vec<&str> = found.iter().map(|s| doc.slice(s.start, s.end)).collect();
        assert_eq!(
            texts,
            [
                "THEMATIC MEETING ON LEGAL MIGRATION

DAKAR, 12 MARCH 2019

Body one.",
                "WORKSHOP ON RETURN

TUNIS, 4 APRIL 2019

Body two."
            ]
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Past meetings");
        // One meeting, whatever letter its name ends with.
        let doc = Doc::new("MEETING OF SENIOR OFFICIALS\n\nDAKAR, 12 MARCH 2019\n\nBody.");
        let (one, none) = self::found(&doc);
        assert_eq!((one.len(), one[0].start, none), (1, 0, None));
        // A heading of the page or a section names no meeting or many; one that names one
        // meeting over cards whose second has no title is still the page's.
        for (page, heading) in [
            (
                "Thematic meetings

Dakar, 12 March 2019
Body one.

Tunis, 4 April 2019
Body two.",
                "Thematic meetings",
            ),
            (
                "Senior Officials' Meeting

Dakar, 12 March 2019
Body one.

Tunis, 4 April 2019
Body two.",
                "Senior Officials' Meeting",
            ),
        ] {
            let doc = Doc::new(page);
            let (found, stray) = super::tests::found(&doc);
            assert!(doc.slice(found[0].start, found[0].end).starts_with("Dakar"));
            let (s, e) = stray.unwrap();
            assert_eq!(doc.slice(s, e), heading);
        }
    }

    #[test]
    fn year_headings_give_their_section_a_year() {
        let page = "2019\n\nMadrid, 1-2 July, hosted by Spain.\nBody.\n\nMeetings in 2018:\n\nRome, 4 June\nBody.";
        let doc = Doc::new(page);
        let (segments, _) = found(&doc);
        let years: Vec<_> = segments.iter().map(|s| s.year).collect();
        assert_eq!(years, [Some(2019), Some(2018)]);
        // A page's title with its year.
        let page = "Rabat Process – Calendar 2024\n\n- 23 January: Steering Committee, Brussels\n";
        let calendar = Doc::new(page);
        assert_eq!(found(&calendar).0[0].year, Some(2024));
        // The heading belongs to no card.
        assert!(
            doc.slice(segments[0].start, segments[0].end)
                .ends_with("Body.")
        );
        for line in [
            "The meeting of 3 May 2019",
            "2019 and 2020",
            "12345",
            "In 1850",
        ] {
            let doc = Doc::new(line);
            let line = Line {
                start: 0,
                end: doc.text().len(),
                after_blank: true,
            };
            assert_eq!(year_heading(&doc, &line), None, "{}", doc.text());
        }
    }

    #[test]
    fn a_label_line_with_a_date_is_an_events_not_a_one_line_card() {
        let page = "Thematic meeting on root causes\nType: Thematic meeting | Date: 23 October 2018 | Location: Paris\n\nSteering Committee meeting\nType: Steering Committee | Date: 4 February 2022";
        let event = |text: &str| (Shape::Event, text.to_owned());
        assert_eq!(
            segments(page),
            [
                event(
                    "Thematic meeting on root causes\nType: Thematic meeting | Date: 23 October 2018 | Location: Paris"
                ),
                event(
                    "Steering Committee meeting\nType: Steering Committee | Date: 4 February 2022"
                ),
            ]
        );
    }

    #[test]
    fn month_headings_belong_to_no_entry() {
        let page = "March 2020\nSOM - online - 24 March 2020\nText.\n\nApril 2020\n4 April 2020 - Workshop on return (Tunis)\n\n2021:\n25 March - Workshop on visas (Brussels)";
        let texts: Vec<String> = segments(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            texts,
            [
                "SOM - online - 24 March 2020\nText.",
                "4 April 2020 - Workshop on return (Tunis)",
                "25 March - Workshop on visas (Brussels)"
            ]
        );
        let (entries, _) = found(&Doc::new(page));
        assert_eq!(entries.last().and_then(|s| s.year), Some(2021));
        // Under a title, a month is an event's date.
        let page = "Workshop on return\nMarch 2020\nLocation: Tunis";
        assert_eq!(segments(page), [(Shape::Event, page.to_owned())]);
        // A month alone heads what follows without a blank line about it.
        let page = "- 24 January: SOM (online)\nFebruary\n- 15 February: Workshop on visas, Lisbon\nMARCH:\n- 3 March: Workshop on return, Tunis";
        let texts: Vec<String> = segments(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            texts,
            [
                "- 24 January: SOM (online)",
                "- 15 February: Workshop on visas, Lisbon",
                "- 3 March: Workshop on return, Tunis"
            ]
        );
    }

    #[test]
    fn a_month_heading_with_no_entry_under_it_ends_the_entry_above() {
        let texts = |page: &str| -> Vec<String> {
            segments(page).into_iter().map(|(_, text)| text).collect()
        };
        let page = "February\n- 12-13 February: Thematic meeting on return, Dakar\n\
                    - 26 February: Steering Committee, Brussels\n\nMarch\n- No activities\n\n\
                    April\n- 8-9 April: Expert meeting on visas, Rabat";
        assert_eq!(
            texts(page),
            [
                "- 12-13 February: Thematic meeting on return, Dakar",
                "- 26 February: Steering Committee, Brussels",
                // Nor is the month over an entry its title.
                "- 8-9 April: Expert meeting on visas, Rabat",
            ]
        );
        // So under event cards.
        let page = "Workshop on return\n12 March 2025\n\nApril\nNo activities\n\n\
                    Workshop on visas\n8 May 2025";
        assert_eq!(
            texts(page),
            [
                "Workshop on return\n12 March 2025",
                "Workshop on visas\n8 May 2025"
            ]
        );
    }

    #[test]
    fn only_months_are_months_perhaps_with_a_year() {
        for text in ["February", "MARCH:", "March 2020", "July - August", "Sept."] {
            assert!(only_months(text), "{text}");
        }
        for text in ["", "2020", "Marcher", "March meetings", "May we meet"] {
            assert!(!only_months(text), "{text}");
        }
    }

    #[test]
    fn headers_may_be_list_items() {
        let page = "Past meetings\n\n- 12 March 2019: Thematic meeting, Dakar (Senegal)\n• 4-5 June 2018: Expert meeting, Tunis\n-5 June 2018 was a Tuesday";
        let doc = Doc::new(page);
        let (found, _) = found(&doc);
        let texts: Vec<&str> = found.iter().map(|s| doc.slice(s.start, s.end)).collect();
        assert_eq!(
            texts,
            [
                "- 12 March 2019: Thematic meeting, Dakar (Senegal)",
                "• 4-5 June 2018: Expert meeting, Tunis\n-5 June 2018 was a Tuesday"
            ]
        );
    }

    #[test]
    fn events_above_the_first_card_header_are_read() {
        let page = "Upcoming events\n\nWorkshop on return\nDate: 3 May 2024\nLocation: Accra, Ghana\n\nPast meetings\n\nMadrid, 1-2 July 2019, hosted by Spain.\nBody.";
        let doc = Doc::new(page);
        let (found, stray) = found(&doc);
        let shapes: Vec<(Shape, &str)> = found
            .iter()
            .map(|s| (s.shape, doc.slice(s.start, s.end)))
            .collect();
        assert_eq!(
            shapes,
            [
                (
                    Shape::Event,
                    "Workshop on return\nDate: 3 May 2024\nLocation: Accra, Ghana"
                ),
                (
                    Shape::Card,
                    "Madrid, 1-2 July 2019, hosted by Spain.\nBody."
                )
            ]
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Upcoming events");
    }

    #[test]
    fn a_news_lists_heading_titles_no_item() {
        let item =
            "Published on 3 December 2024\n\nRabat Process meets in Abuja\nThe meeting took place.";
        for heading in ["Latest news", "Latest updates"] {
            let page = format!("{heading}\n\n{item}");
            let doc = Doc::new(&page);
            let (items, stray) = found(&doc);
            assert_eq!(doc.original(items[0].start, items[0].end), item);
            assert_eq!(stray.map(|(s, e)| doc.original(s, e)), Some(heading));
        }
        // A title a blank line above the publication line is the item's.
        let page = format!("Meeting in Abuja\n\n{item}");
        let doc = Doc::new(&page);
        let (items, _) = found(&doc);
        assert!(
            doc.original(items[0].start, items[0].end)
                .starts_with("Meeting in Abuja")
        );
    }

    #[test]
    fn a_list_item_dated_to_the_month_opens_an_announcement() {
        let first = "- 24-25 June 2019: Senior Officials' Meeting, Ouagadougou, Burkina Faso";
        let second = "- October 2019: Training on migration data (online)";
        let found = segments(&format!("{first}\n{second}"));
        let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(texts, [first, second]);
    }

    #[test]
    fn a_table_after_a_card_ends_it() {
        let card = "Madrid, 1-2 July 2019, hosted by Spain.\nBody.";
        for table in [
            "| Date | Meeting | Venue |\n|---|---|---|\n| 5 May 2020 | Workshop on return | Dakar |",
            "Date\tMeeting\tVenue\n5 May 2020\tWorkshop on return\tDakar",
        ] {
            let found = segments(&format!("{card}\n\nUpcoming meetings\n\n{table}"));
            let shapes: Vec<Shape> = found.iter().map(|(shape, _)| *shape).collect();
            assert!(
                matches!(shapes[..], [Shape::Card, Shape::Row { .. }]),
                "{table}"
            );
            assert_eq!(found[0].1, card);
        }
        // A bar in a card's text opens no table.
        let page = format!("{card}\nDate: 1 July | Venue: Madrid");
        assert_eq!(segments(&page).len(), 1);
    }

    #[test]
    fn events_above_the_first_one_line_card_are_read() {
        let event = "Workshop on return\nDate: 3 May 2024\nLocation: Accra, Ghana\nThe workshop took place.";
        let line = "Training workshop, Abidjan (Côte d'Ivoire), 5-6 March 2024\nBody.";
        let found = segments(&format!("Meetings\n\n{event}\n\n{line}"));
        let shapes: Vec<Shape> = found.iter().map(|(shape, _)| *shape).collect();
        assert_eq!(shapes, [Shape::Event, Shape::OneLine]);
        assert_eq!(found[0].1, event);
    }

    /// The segments of `doc` as `segment` hands them over, with what it found besides.
    fn found(doc: &Doc<'_>) -> (Vec<Segment>, Option<(usize, usize)>) {
        let mut found = Vec::new();
        let rest = segment(doc, |s, _| {
            found.push(*s);
        });
        (found, rest)
    }

    fn segments(page: &str) -> Vec<(Shape, String)> {
        let doc = Doc::new(page);
        found(&doc)
            .0
            .iter()
            .map(|s| (s.shape, doc.slice(s.start, s.end).to_owned()))
            .collect()
    }

    #[test]
    fn groups_lines_under_card_headers() {
        let page = "Thematic meetings\n\nMadrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore.\n\nParis, 23 October 2018\n\nBody two.\n\nPage 1 of 2";
        let doc = Doc::new(page);
        let (found, stray) = found(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(
            doc.slice(found[0].start, found[0].end),
            "Madrid, 1-2 July 2019, hosted by Spain.\nBody one.\n\nMore."
        );
        assert_eq!(
            doc.slice(found[1].start, found[1].end),
            "Paris, 23 October 2018\n\nBody two."
        );
        let (s, e) = stray.unwrap();
        assert_eq!(doc.slice(s, e), "Thematic meetings");
    }

    #[test]
    fn days_alone_lead_a_calendars_item() {
        assert_eq!(
            day_lead("12-13: Senior Officials' Meeting"),
            Some((7, 5, 12, 13))
        );
        assert_eq!(day_lead("4 & 5 – Workshop on return"), Some((10, 5, 4, 5)));
        assert_eq!(
            day_lead("28 | Steering Committee | Brussels"),
            Some((5, 2, 28, 28))
        );
        assert_eq!(day_lead("12 - 13 - Workshop"), Some((10, 7, 12, 13)));
        for no in [
            "13-12: Workshop",
            "32: Workshop",
            "12 March 2019: Workshop",
            "2019 | Workshop",
            "1. Senior Officials' Meeting",
            "Workshop",
        ] {
            assert_eq!(day_lead(no), None, "{no}");
        }
    }

    #[test]
    fn a_calendars_month_heads_its_items() {
        let month = |page: &str| {
            let doc = Doc::new(page);
            month_above(&doc, doc.text().rfind('\n').map_or(0, |i| i + 1))
        };
        assert_eq!(month("MARCH\n- 12-13: SOM"), Some((3, None)));
        assert_eq!(
            month("March 2019:\n- 12: SOM\n- 13: SOM"),
            Some((3, Some(2019)))
        );
        assert_eq!(month("Juin 2024\n\n28 | Workshop"), Some((6, Some(2024))));
        assert_eq!(month("In March we met.\n28 | Workshop"), None);
        // Without its month's heading, an item led by days alone announces nothing.
        let page = "Our partners\n- 12-13: Thematic meeting on legal migration, Dakar";
        assert!(crate::parse_page(page).meetings.is_empty());
        let page = "March 2024\n- 12-13: Thematic meeting on legal migration, Dakar";
        let dates: Vec<String> = crate::parse_page(page)
            .meetings
            .iter()
            .filter_map(|m| m.date.map(|d| d.to_string()))
            .collect();
        assert_eq!(dates, ["12-13 March 2024"]);
        // A month alone takes the year of a title above it.
        let page = "Calendar of meetings 2025\n\nJANUARY\n21-22 | SOM";
        assert_eq!(month(page), Some((1, Some(2025))));
        assert_eq!(month("March 12, 2019\n28 | Workshop"), None);
    }

    #[test]
    fn one_line_cards() {
        let page = "Expert meeting held on 21-22 May 2012 in Accra, Ghana.\nMeeting of the Steering Committee held on 3 March 2014.\nThe meeting reviewed the work plan.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1].1,
            "Meeting of the Steering Committee held on 3 March 2014.\nThe meeting reviewed the work plan."
        );
        // A short lead may come before the kind; a sentence is no lead.
        let page = "Upcoming: Thematic meeting on legal migration, 14 March 2025, Accra.\n\
                    Save the date - Workshop on return, 3 June 2025, Dakar.\n\
                    In the end: workshops were held on 3 June 2025 in Dakar.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(shape, _)| *shape == Shape::OneLine));
        assert!(found[1].1.ends_with("in Dakar."));
        // Items of a list, and the committee named alone as what was held.
        let page = "2019\n- Workshop on return, Tunis, 4 April\n- Steering Committee, Brussels, 25 March\n- Steering Committee members met.";
        let found = segments(page);
        let lines: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(
            lines,
            [
                "- Workshop on return, Tunis, 4 April",
                "- Steering Committee, Brussels, 25 March\n- Steering Committee members met."
            ]
        );
        // The committee set off by a dash, as a lead would be.
        let page = "• Workshop on return – Dakar, 3 May 2017\n• Steering Committee – Brussels (Belgium), 10 October 2017";
        assert_eq!(segments(page).len(), 2);
        // Two of them, each its own, where the dialogue's name leads the first.
        let page = "Rabat Process: 2nd Thematic Meeting on Trafficking – Abuja, Nigeria, 27–28 \
                    September 2022\n\nCo-chaired by Nigeria and France.\n\n3rd Expert Meeting \
                    on Return – Banjul, 8 December 2022\n\nHosted by The Gambia.";
        assert_eq!(segments(page).len(), 2);
        // An ordinal may number the meeting.
        let page = "Past events\n- 5th Euro-African Ministerial Conference, Marrakesh, 2 May 2018\n\
                    - Senior Officials' Meeting, Addis Ababa, 14-15 November 2018";
        assert_eq!(segments(page).len(), 2);
        // In words; or the dialogue's name before the kind.
        for card in [
            "Fifth Euro-African Ministerial Conference on Migration and Development, Rome, 27 \
             November 2014",
            "Rabat Process Senior Officials' Meeting (SOM), Addis Ababa, 14-15 November 2018",
            "Rabat Process Steering Committee, Brussels, 3 May 2019",
            // Set off by a colon, before an ordinal.
            "Rabat Process: 2nd Thematic Meeting on Trafficking in Human Beings – Abuja, \
             Nigeria, 27–28 September 2022",
            "Sixième Conférence ministérielle euro-africaine, Cadix, 13-14 décembre 2022",
        ] {
            let meetings = crate::parse_page(card).meetings;
            assert_eq!(meetings.len(), 1, "{card}");
            assert!(meetings[0].city.is_some(), "{card}");
            assert_ne!(meetings[0].kind, MeetingKind::Meeting, "{card}");
        }
    }

    #[test]
    fn table_rows_under_a_head_row_are_announcements() {
        let page = "Meetings\n| Date | Venue |\n|---|---|\n| 3 May 2019 | Dakar |\n| 4 May 2019 | Rabat |\nNote.\nDate\tPlace\n5 May 2019\tTunis";
        let found = segments(page);
        let rows: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(
            rows,
            [
                "| 3 May 2019 | Dakar |",
                "| 4 May 2019 | Rabat |",
                "5 May 2019\tTunis"
            ]
        );
        assert!(
            found
                .iter()
                .all(|(shape, _)| matches!(shape, Shape::Row { .. }))
        );
        // A head row names a date among known labels only.
        for page in [
            "| Venue | Host |\n| Dakar | Senegal |",
            "| Date | Mood |\n| 3 May 2019 | fine |",
        ] {
            assert!(
                !segments(page)
                    .iter()
                    .any(|(shape, _)| matches!(shape, Shape::Row { .. }))
            );
        }
    }

    #[test]
    fn news_items_open_at_their_title_over_a_publication_line() {
        let page = "News\n\nWorkshop held in Tunis\nPublished on 5 April 2019\nThe workshop met on 2 April 2019.\n\nReport published\n\nPosted: 2 March 2019 by the Secretariat\nA report.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(shape, _)| *shape == Shape::News));
        assert!(found[0].1.starts_with("Workshop held in Tunis\nPublished"));
        assert!(found[1].1.starts_with("Report published\n\nPosted"));
        // A sentence that says when something was published is no such line.
        let page = "Published on 5 April 2019, the report was read.\nPublished soon.";
        assert_eq!(segments(page)[0].0, Shape::Page);
        // A date beside the category the item was filed under is one, and no card header.
        let page = "Workshop held in Tunis\n20.04.2019 | News\nThe workshop met on 4 April 2019.\n\nSeminar in Dakar\nPress release - 5 May 2019\nIt met.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(shape, _)| *shape == Shape::News));
        // Under other categories too; a title that reads as a one-line card is the item's.
        let page = "12.06.2024 | News\nPartners met in Brussels\nThe meeting took place on 10 \
                    June 2024.\n\n15.05.2024 | Events\nWebinar on consular services – 22 May \
                    2024\nThe webinar will take place online on 22 May 2024.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(shape, _)| *shape == Shape::News));
        for (before, after, filed) in [
            ("", " | News", true),
            ("", " | Events", true),
            ("", " | Publications", true),
            ("Press release - ", "", true),
            ("Dakar, ", "", false),
            ("", " | Dakar", false),
        ] {
            assert_eq!(
                filed_under_category(before, after),
                filed,
                "{before}{after}"
            );
        }
    }

    #[test]
    fn a_dated_press_dateline_after_events_opens_an_announcement() {
        let page = "Workshop on return\nDate: 12 March 2019\nVenue: Dakar\n\nDAKAR, 20 May 2019 - The Rabat Process held a thematic meeting.\n\nA second paragraph.";
        let found = segments(page);
        assert_eq!(
            found,
            [
                (Shape::Event, "Workshop on return\nDate: 12 March 2019\nVenue: Dakar".to_owned()),
                (
                    Shape::Page,
                    "DAKAR, 20 May 2019 - The Rabat Process held a thematic meeting.\n\nA second paragraph.".to_owned()
                )
            ]
        );
        // An undated dateline or a dash in prose opens none.
        for paragraph in [
            "DAKAR - The Rabat Process held a meeting.",
            "Dakar, a city - The end.",
        ] {
            let page = format!("Workshop on return\nDate: 12 March 2019\n\n{paragraph}");
            assert_eq!(segments(&page).len(), 1, "{paragraph}");
        }
    }

    #[test]
    fn a_story_of_its_own_above_the_first_card_opens_an_announcement() {
        let story = "BRUSSELS, 20 January 2022 - The Steering Committee met today in Brussels.";
        let card = "Rabat, 15 March 2018, hosted by Morocco.\nBody.";
        let found = segments(&format!("{story}\n\n{card}"));
        assert_eq!(
            found,
            [
                (Shape::Page, story.to_owned()),
                (Shape::Card, card.to_owned())
            ]
        );
        // Its headline opens it; a page's heading above it belongs to none.
        for (above, opens) in [
            ("Steering Committee meets in Brussels", true),
            ("Latest news", false),
            ("Press releases", false),
        ] {
            let found = segments(&format!("News\n\n{above}\n\n{story}\n\n{card}"));
            let first = if opens {
                format!("{above}\n\n{story}")
            } else {
                story.to_owned()
            };
            assert_eq!(found.len(), 2, "{above}");
            assert_eq!(found[0], (Shape::Page, first), "{above}");
        }
        // A lead-in that tells of the card's own meeting, or of none, belongs to none.
        for lead in [
            "On 15 March 2018, the Steering Committee met in Rabat.",
            "The Rabat Process holds meetings on migration.",
        ] {
            let found = segments(&format!("{lead}\n\n{card}"));
            assert_eq!(found, [(Shape::Card, card.to_owned())], "{lead}");
        }
    }

    #[test]
    fn a_titled_story_of_another_day_after_a_card_opens_an_announcement() {
        let card = "Accra, 12 March 2019, hosted by Ghana.\nThe workshop met.";
        let story = "Thematic meeting on visa facilitation\nThe meeting was held on 10-11 \
                     November 2020 in Praia, co-chaired by Cabo Verde.";
        let other = "Senior Officials' Meeting\nThe Senior Officials' Meeting took place in \
                     Dakar on 5 May 2021.";
        let next = "Dakar, 3 June 2022, hosted by Senegal.\nThe workshop met.";
        let found = segments(&format!("{card}\n\n{story}\n\n{other}\n\n{next}"));
        let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(texts, [card, story, other, next]);
        // Under a title that names it, a paragraph that opens with the meeting's days
        // need not name it again.
        let dated = "Workshop on document fraud\nFrom 12 to 14 September 2023, border \
                     officials were trained by Frontex in Banjul.";
        let found = segments(&format!("{card}\n\n{dated}"));
        let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(texts, [card, dated]);
        // A subheading over the card's own days, or over no meeting, stays on the card.
        for more in [
            "Thematic meeting on return\nThe meeting was held on 12 March 2019 in Accra.",
            "Follow-up meeting\nA follow-up meeting was held on 4 June 2022 in Dakar.",
            "Workshop on return\nThe participants agreed on next steps.",
        ] {
            assert_eq!(segments(&format!("{card}\n\n{more}")).len(), 1, "{more}");
        }
    }

    #[test]
    fn titled_and_untitled_stories_make_a_page_of_stories() {
        let untitled = "The Rabat Process held a thematic meeting in Accra on 5 and 6 June \
                        2023.\nIt was co-chaired by Ghana and Germany.";
        let titled = "Workshop on document fraud\nFrom 12 to 14 September 2023, border \
                      officials were trained by Frontex in Banjul.";
        let found = segments(&format!("News\n\n{untitled}\n\n{titled}"));
        let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(texts, [untitled, titled]);
        // A title that names no meeting opens no story.
        let plain = "Border officials trained\nFrom 12 to 14 September 2023, border \
                     officials were trained by Frontex in Banjul.";
        assert_eq!(segments(&format!("News\n\n{untitled}\n\n{plain}")).len(), 1);
    }

    #[test]
    fn a_press_story_of_another_day_after_a_card_opens_an_announcement() {
        let card = "Paris, 23-24 October 2018, hosted by France.\nThe meeting took place.";
        let story =
            "DAKAR, 5 March 2018 - The Rabat Process held a workshop.\nIt was co-chaired by Spain.";
        let next = "Workshop on return\nBrussels, 1 June 2016, hosted by Belgium.\nBody.";
        let found = segments(&format!("{card}\n\n{story}\n\n{next}"));
        let shapes: Vec<Shape> = found.iter().map(|(shape, _)| *shape).collect();
        assert_eq!(shapes, [Shape::Card, Shape::Page, Shape::Card]);
        assert_eq!(found[0].1, card);
        assert_eq!(found[1].1, story);
        assert_eq!(found[2].1, next);
        // A story dated within the card's days reports the card's own meeting.
        let own = "PARIS, 24 October 2018 - The partners concluded the meeting.";
        assert_eq!(segments(&format!("{card}\n\n{own}")).len(), 1);
        // After a one-line card, as after an event.
        let line = "Expert meeting on diaspora | 14 June 2018 | Brussels, Belgium";
        let found = segments(&format!("{line}\n\nThe experts met.\n\n{story}"));
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], (Shape::Page, story.to_owned()));
        let own = "BRUSSELS, 14 June 2018 - The experts met.";
        assert_eq!(segments(&format!("{line}\n\n{own}")).len(), 1);
    }

    #[test]
    fn a_line_cut_before_its_end_goes_on_on_the_next() {
        let page = "Nouakchott, 12-13 February 2020, hosted by the Islamic Republic of\nMauritania and co-chaired by Spain.\nThe meeting took place.\n\nBanjul, 22-23 October\n2019, hosted by The Gambia.\n\nMadrid, 1-2 July 2019, hosted by Spain and co-chaired\n  by Morocco.\nBody.";
        let parsed = crate::parse_page(page);
        let headers: Vec<&str> = parsed.meetings.iter().map(|m| m.header.as_str()).collect();
        assert_eq!(
            headers,
            [
                "Nouakchott, 12-13 February 2020, hosted by the Islamic Republic of\nMauritania and co-chaired by Spain.",
                "Banjul, 22-23 October\n2019, hosted by The Gambia.",
                "Madrid, 1-2 July 2019, hosted by Spain and co-chaired\n  by Morocco."
            ]
        );
        let roles: Vec<String> = parsed
            .meetings
            .iter()
            .flat_map(|m| m.roles.iter().map(|r| format!("{} {}", r.role, r.party)))
            .collect();
        assert_eq!(
            roles,
            [
                "host Mauritania",
                "co_chair Spain",
                "host Gambia",
                "host Spain",
                "co_chair Morocco"
            ]
        );
        // A list cut after a party, after a comma, or inside a name.
        for (page, want) in [
            (
                "Ouagadougou, 24 June 2019, co-chaired by Burkina Faso\nand Spain.\nBody.",
                vec!["co_chair Burkina Faso", "co_chair Spain"],
            ),
            (
                "Dakar, 3 May 2019, co-chaired by Senegal,\nMali and Niger.\nBody.",
                vec!["co_chair Mali", "co_chair Niger", "co_chair Senegal"],
            ),
            (
                "Lisbon, 8 March 2021, co-chaired by Portugal and Cabo\nVerde.\nBody.",
                vec!["co_chair Cabo Verde", "co_chair Portugal"],
            ),
        ] {
            let parsed = crate::parse_page(page);
            let roles: Vec<String> = parsed
                .meetings
                .iter()
                .flat_map(|m| m.roles.iter().map(|r| format!("{} {}", r.role, r.party)))
                .collect();
            assert_eq!(roles, want, "{page:?}");
        }
        // The committee's name cut by the break: the next line is no header of its own.
        let page = "Brussels, 5 July 2024 (online) – Steering\nCommittee, chaired by Spain.\n\
                    Dakar, 3 May 2024, hosted by Senegal.";
        let parsed = crate::parse_page(page);
        let kinds: Vec<String> = parsed.meetings.iter().map(|m| m.kind.to_string()).collect();
        assert_eq!(kinds, ["steering_committee", "meeting"]);
        assert_eq!(parsed.meetings[0].roles.len(), 1);
        // Prose wrapped before a month or after "on": the next line is no header.
        for page in [
            "Workshop on return\nIt took place in Tunis on 2-3\nApril 2019, hosted by Tunisia.",
            "Workshop on return\nIt took place in Tunis on\n2-3 April 2019, hosted by Tunisia.",
        ] {
            let parsed = crate::parse_page(page);
            assert_eq!(parsed.meetings.len(), 1, "{page:?}");
            let m = &parsed.meetings[0];
            assert_eq!(
                m.date.map(|d| d.to_string()).as_deref(),
                Some("2-3 April 2019")
            );
            assert_eq!(m.city.as_deref(), Some("Tunis"), "{page:?}");
        }
        // A line that ends as lines do, a list item or a label after it, stays apart.
        for page in [
            "Dakar, 3 May 2019, hosted by Senegal.\nBy then the partners had met.",
            "Dakar, 3 May 2019,\nThe meeting took place in Dakar.",
            "Dakar, 3 May 2019, hosted by\n- Senegal",
            "Workshop on return and\nDate: 3 May 2019",
        ] {
            let doc = Doc::new(page);
            let lines = Lines::new(&doc).count();
            assert_eq!(lines, 2, "{page}");
        }
    }

    #[test]
    fn event_cards_take_their_title_lines() {
        let page = "Events\n\nSenior Officials' Meeting\nTuesday, 7 March 2017, 9:00 - Wednesday, 8 March 2017, 13:00\nLocation: Warsaw, Poland\n\nExpert meeting on return\n• Date: 3 and 4 June 2016\n• Location: Tunis, Tunisia\nThe experts met.";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found[0].1.starts_with("Senior Officials' Meeting\nTuesday"));
        assert!(
            found[1].1.starts_with("Expert meeting on return\n- Date")
                || found[1].1.starts_with("Expert meeting on return\n• Date")
        );
        // A title a blank line above the date, when it names one meeting.
        let page = "Upcoming events\n\nWebinar on remittances\n\nWhen: 12 December 2023\n\
                    Where: Zoom\n\nWorkshop on return\n\nDate: 3 June 2024";
        let found = segments(page);
        assert_eq!(found.len(), 2);
        assert!(found[0].1.starts_with("Webinar on remittances\n\nWhen"));
        assert!(found[1].1.starts_with("Workshop on return\n\nDate"));
    }

    #[test]
    fn a_page_without_anchors_is_one_candidate() {
        let found = segments(
            "On 10-11 October 2023, a Technical Meeting will take place in Accra, Ghana.\n\nIt will discuss visas.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Shape::Page);
    }

    #[test]
    fn stories_under_titles_that_name_one_meeting_are_pages_of_their_own() {
        let page = "News\n\nThematic meeting on return\n\nOn 3 May 2019, the partners met \
                    in Dakar. It went well.\n\nMore.\n\nTraining on document fraud\nA \
                    training was held in Tunis\non 4 June 2019. Ten came.";
        let doc = Doc::new(page);
        let (found, stray) = found(&doc);
        let texts: Vec<&str> = found.iter().map(|s| doc.slice(s.start, s.end)).collect();
        assert_eq!(
            texts,
            [
                "Thematic meeting on return\n\nOn 3 May 2019, the partners met in Dakar. It \
                 went well.\n\nMore.",
                "Training on document fraud\nA training was held in Tunis\non 4 June 2019. Ten \
                 came."
            ]
        );
        assert!(found.iter().all(|s| s.shape == Shape::Page));
        assert_eq!(stray.map(|(s, e)| doc.slice(s, e)), Some("News"));
        // One story is a page about its meeting, subheadings and all; a title over a
        // paragraph whose first sentence dates nothing opens no story.
        for page in [
            "Thematic meeting on return\n\nOn 3 May 2019, the partners met.\n\nNext steps",
            "Thematic meeting on return\n\nOn 3 May 2019, the partners met.\n\nWorkshop \
             on visas\n\nA workshop is planned. It is due on 4 June 2019.",
        ] {
            assert_eq!(segments(page).len(), 1, "{page}");
        }
    }

    #[test]
    fn numbered_titles_open_stories() {
        let first = "1. Thematic meeting on return\nOn 3 May 2019, the partners met in Dakar.";
        let second =
            "2) Training on document fraud\nFrom 4 to 6 June 2019, ICMPD trained 20 officers.";
        let page = format!(
            "Newsletter 12\n\nIn this issue:\n1. Thematic meeting on return\n\n{first}\n\n{second}"
        );
        let texts: Vec<String> = segments(&page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, [first, second]);
        // A number without its mark and space is no item's.
        assert_eq!(item_number_len("1. Title"), 3);
        assert_eq!(item_number_len("12) Title"), 4);
        assert_eq!(item_number_len("2019. Title"), 0);
        assert_eq!(item_number_len("1.5 million"), 0);
    }

    #[test]
    fn a_status_or_a_kind_may_lead_a_card_header() {
        let cards = [
            "POSTPONED - Dakar, 12 March 2020, hosted by Senegal.\nThe meeting is postponed.",
            "Cancelled: Accra, 14 April 2020\nThe workshop will not take place.",
            "Thematic meeting: Dakar, 12 March 2019\nSenegal hosted it.",
            "Reporte - Rabat, 3-4 juin 2021\nLa reunion est reportee.",
        ];
        let found = segments(&cards.join("\n\n"));
        let texts: Vec<&str> = found.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(texts, cards);
        // As written, with dashes and accents.
        let page = cards
            .join("\n\n")
            .replace("POSTPONED -", "POSTPONED –")
            .replace("Reporte -", "Reporté -");
        let meetings = crate::parse_page(&page).meetings;
        let cities: Vec<_> = meetings.iter().map(|m| m.city.as_deref()).collect();
        assert_eq!(
            cities,
            [Some("Dakar"), Some("Accra"), Some("Dakar"), Some("Rabat")]
        );
        // Another lead is the header's own first part.
        let page = "Dakar – Senegal, 8 May 2019\nBody.";
        let meetings = crate::parse_page(page).meetings;
        assert_eq!(
            meetings.first().and_then(|m| m.city.as_deref()),
            Some("Dakar")
        );
    }

    #[test]
    fn numbered_headers_open_cards_with_their_number() {
        let first = "1. Dakar, 12 March 2019, hosted by Senegal.\nA workshop on return.";
        let second = "2. Accra, 14 March 2019\nGhana hosted an expert meeting.";
        let page = format!("{first}\n\n{second}");
        let texts: Vec<String> = segments(&page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, [first, second]);
    }
}
