//! Label fields of event cards and one-meeting pages: `Date: 3 and 4 June 2016`,
//! `Location: Tunis, Tunisia`, `• Organisers: ICMPD and IOM`, as bullets or plain.

use crate::model::{Country, MeetingKind, Mode, Role};

use super::dates::{self, Found};
use super::doc::Doc;
use super::parties;

/// What the label lines of an announcement say.
#[derive(Debug, Default)]
pub(crate) struct Labels {
    pub date: Option<Found>,
    /// Folded range of the venue city.
    pub city: Option<(usize, usize)>,
    pub country: Option<Country>,
    pub mode: Option<Mode>,
    /// Folded range of a `Title:` value.
    pub title: Option<(usize, usize)>,
    pub roles: parties::Roles,
    /// How many took part, where a participants' label or column gives a number ("| 75 |"
    /// under "Participants").
    pub people: Option<u32>,
    /// The year a `Year` label or column gives, for dates that give none ("12-13 March"
    /// under "Dates").
    pub year: Option<i32>,
    /// The kind a `Type:` label names ("Event type: Steering Committee"), other than a
    /// meeting of no stated kind.
    pub kind: Option<MeetingKind>,
    /// The month a `Month` column gives, for days a `Dates` column gives alone ("March"
    /// over "12-13").
    month: Option<u8>,
    /// Days given without their month: folded range and first and last day.
    days: Option<(usize, usize, u8, u8)>,
}

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Date,
    /// The first day, by a name that may label other things: "From: 12 June 2018" (but
    /// "From: the Secretariat"). A date label only where its value holds a digit.
    From,
    /// The last day, where another label gives the first: "Start date: 7 March 2017" over
    /// "End date: 8 March 2017".
    EndDate,
    Place,
    /// Both, in either order: "Date and venue: 3 December 2024, Lisbon (Portugal)".
    DateAndPlace,
    /// The year alone, for the dates of another field.
    Year,
    /// The month, perhaps with its year, for the days of another field: a calendar's
    /// "Month | Dates | Activity" columns.
    Month,
    Country,
    Title,
    /// The kind of meeting: "Event type: Thematic meeting".
    Kind,
    Format,
    Role(Role),
    /// A name a table's column may have that says nothing the prose does not read.
    Other,
}

impl Field {
    /// Whether the field gives the meeting's days.
    fn dates(self) -> bool {
        matches!(self, Field::Date | Field::From | Field::DateAndPlace)
    }
}

const FIELDS: &[(&str, Field)] = &[
    ("date", Field::Date),
    ("dates", Field::Date),
    ("when", Field::Date),
    ("date and time", Field::Date),
    ("start date", Field::Date),
    ("starts", Field::Date),
    ("start", Field::Date),
    ("end date", Field::EndDate),
    ("ends", Field::EndDate),
    ("end", Field::EndDate),
    ("date de debut", Field::Date),
    ("date de fin", Field::EndDate),
    ("year", Field::Year),
    ("annee", Field::Year),
    ("month", Field::Month),
    ("mois", Field::Month),
    ("days", Field::Date),
    ("from", Field::From),
    ("to", Field::EndDate),
    ("date and venue", Field::DateAndPlace),
    ("date and place", Field::DateAndPlace),
    ("date and location", Field::DateAndPlace),
    ("dates and venue", Field::DateAndPlace),
    ("venue and date", Field::DateAndPlace),
    ("place and date", Field::DateAndPlace),
    ("date et lieu", Field::DateAndPlace),
    ("lieu et date", Field::DateAndPlace),
    ("location", Field::Place),
    ("place", Field::Place),
    ("venue", Field::Place),
    ("where", Field::Place),
    ("city", Field::Place),
    ("country", Field::Country),
    ("title", Field::Title),
    ("meeting", Field::Title),
    ("event", Field::Title),
    ("format", Field::Format),
    ("mode", Field::Format),
    ("host", Field::Role(Role::Host)),
    ("hosts", Field::Role(Role::Host)),
    ("host country", Field::Role(Role::Host)),
    ("hosted by", Field::Role(Role::Host)),
    ("chair", Field::Role(Role::Chair)),
    // "Chairs: Nigeria, Belgium": two chairs co-chair, as under "Chair".
    ("chairs", Field::Role(Role::Chair)),
    ("chairmanship", Field::Role(Role::Chair)),
    ("presidency", Field::Role(Role::Chair)),
    ("chaired by", Field::Role(Role::Chair)),
    ("co-chairmanship", Field::Role(Role::CoChair)),
    ("co-presidency", Field::Role(Role::CoChair)),
    ("co-chair", Field::Role(Role::CoChair)),
    ("co-chairs", Field::Role(Role::CoChair)),
    ("co-chaired by", Field::Role(Role::CoChair)),
    ("organiser", Field::Role(Role::Organiser)),
    ("organisers", Field::Role(Role::Organiser)),
    ("organizer", Field::Role(Role::Organiser)),
    ("organizers", Field::Role(Role::Organiser)),
    ("organised by", Field::Role(Role::Organiser)),
    ("organized by", Field::Role(Role::Organiser)),
    ("co-organiser", Field::Role(Role::Organiser)),
    ("co-organisers", Field::Role(Role::Organiser)),
    ("co-organizer", Field::Role(Role::Organiser)),
    ("co-organised by", Field::Role(Role::Organiser)),
    ("co-organized by", Field::Role(Role::Organiser)),
    // As the prose's partners of an organiser ("organised by ICMPD in cooperation with IOM").
    ("in cooperation with", Field::Role(Role::Organiser)),
    ("in partnership with", Field::Role(Role::Organiser)),
    ("co-organizers", Field::Role(Role::Organiser)),
    ("co-host", Field::Role(Role::Host)),
    ("co-hosts", Field::Role(Role::Host)),
    ("co-hosted by", Field::Role(Role::Host)),
    ("host city", Field::Place),
    ("participants", Field::Role(Role::Participant)),
    // "When: ... | Where: ... | Who: partner countries, ECOWAS, UNODC".
    ("who", Field::Role(Role::Participant)),
    ("participating countries", Field::Role(Role::Participant)),
    ("organisations", Field::Role(Role::Participant)),
    ("organizations", Field::Role(Role::Participant)),
    (
        "participating organisations",
        Field::Role(Role::Participant),
    ),
    (
        "participating organizations",
        Field::Role(Role::Participant),
    ),
    ("observer", Field::Role(Role::Observer)),
    ("observers", Field::Role(Role::Observer)),
    ("guest", Field::Role(Role::Guest)),
    ("guests", Field::Role(Role::Guest)),
    // French, as folded: "Lieu", "Pays hôte", "Coprésidence".
    ("lieu", Field::Place),
    ("titre", Field::Title),
    ("hote", Field::Role(Role::Host)),
    ("pays hote", Field::Role(Role::Host)),
    ("presidence", Field::Role(Role::Chair)),
    ("copresidence", Field::Role(Role::CoChair)),
    ("co-presidence", Field::Role(Role::CoChair)),
    ("organisateurs", Field::Role(Role::Organiser)),
    ("organisateur", Field::Role(Role::Organiser)),
    ("observateurs", Field::Role(Role::Observer)),
    // Also capacities in parentheses after a party: "Algeria (observer)".
    ("observer country", Field::Role(Role::Observer)),
    ("observer countries", Field::Role(Role::Observer)),
    ("observateur", Field::Role(Role::Observer)),
    ("guest country", Field::Role(Role::Guest)),
    ("guest countries", Field::Role(Role::Guest)),
    ("invited", Field::Role(Role::Guest)),
    ("type", Field::Kind),
    ("event type", Field::Kind),
    ("meeting type", Field::Kind),
    ("type of event", Field::Kind),
    ("type of meeting", Field::Kind),
    ("type de reunion", Field::Kind),
    ("type d'evenement", Field::Kind),
    ("number of participants", Field::Role(Role::Participant)),
    ("meeting title", Field::Title),
    ("activity", Field::Title),
    ("activite", Field::Title),
    ("event name", Field::Title),
    ("theme", Field::Other),
    ("topic", Field::Other),
    ("description", Field::Other),
];

/// The marks that open an item of a list: label lines and list-item headers may have one.
pub(crate) const BULLETS: [char; 6] = ['•', '·', '*', '-', '‣', '▪'];

/// How many bytes a list item's bullet and the spaces after it take at the start of
/// `line` ("- ", "• ", "* "); 0 without one.
pub(crate) fn bullet_len(line: &str) -> usize {
    let Some(rest) = line.strip_prefix(BULLETS).filter(|r| r.starts_with(' ')) else {
        return 0;
    };
    line.len() - rest.trim_start().len()
}

/// How far into a line its label's colon may be: the longest name with room for spaces.
const MAX_LABEL_LEN: usize = 32;

/// The name a line opens with before a colon, perhaps after a bullet, and where its value
/// starts in the line.
fn label_name(line: &str) -> Option<(&str, usize)> {
    let body = line.trim_start_matches(|c| BULLETS.contains(&c) || c == ' ' || c == '\t');
    let lead = line.len() - body.len();
    // Label names are short: the colon is looked for only where one could close a name.
    let colon = crate::text::head(body, MAX_LABEL_LEN).find(':')?;
    Some((body.get(..colon)?.trim(), lead + colon + 1))
}

/// The field a label's name stands for, in any case, its plural in parentheses or not
/// ("Date(s)", "Co-chair(s)").
fn field_named(name: &str) -> Option<Field> {
    let named = |name: &str| {
        let name = name.strip_suffix("(s)").unwrap_or(name).trim();
        FIELDS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, field)| field)
    };
    // "Chair/Co-chairs", "Venue / Mode": the first name that is a field's; but "Date &
    // venue", "Date/Place" name both, as "Date and venue" does.
    named(name).or_else(|| {
        if !name.contains(['/', '&']) {
            return None;
        }
        let mut parts = name.split(['/', '&']).filter_map(named);
        let first = parts.next()?;
        let second = parts.next();
        let dated = |f: Field| matches!(f, Field::Date | Field::From);
        match (first, second) {
            (f, Some(Field::Place)) | (Field::Place, Some(f)) if dated(f) => {
                Some(Field::DateAndPlace)
            }
            _ => Some(first),
        }
    })
}

/// The role a label of that name gives the parties it lists ("Observers", "Host country"),
/// as a capacity written in parentheses after a party does ("Algeria (observer)").
pub(crate) fn role_named(name: &str) -> Option<Role> {
    match field_named(name)? {
        Field::Role(role) => Some(role),
        _ => None,
    }
}

/// The role a label that opens `text` gives the parties after it, and the offset of its
/// value: `Co-chairs: Spain and Morocco` in a card header.
pub(crate) fn role_label(text: &str) -> Option<(&'static [Role], usize)> {
    let (name, value) = label_name(text)?;
    FIELDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .and_then(|(_, field)| match field {
            Field::Role(role) => Some((std::slice::from_ref(role), value)),
            _ => None,
        })
}

/// The label and value of a line: `(field, value offset in line)`.
fn label(line: &str) -> Option<(Field, usize)> {
    let (name, value) = label_name(line)?;
    Some((field_named(name)?, value))
}

/// Whether `line` opens with a label of any name: a few words and a colon, perhaps after a
/// bullet ("Participants: 45 experts", "• Chair: Mauritania"). Such a line is never part of
/// the sentence above it.
pub(crate) fn opens_with_label(line: &str) -> bool {
    const MAX_LABEL_WORDS: usize = 3;
    label_name(line).is_some_and(|(name, _)| {
        // A plural in parentheses: "Date(s)", "Co-chair(s)".
        let name = name.strip_suffix("(s)").unwrap_or(name);
        name.starts_with(|c: char| c.is_uppercase())
            && name
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && name.split_whitespace().count() <= MAX_LABEL_WORDS
    })
}

/// The cells of a table row of folded `start..end`, as trimmed folded ranges: the row is
/// cut at `separator` (a bar or a tab), and the empty cells a bar at either end of the row
/// makes are dropped.
pub(crate) fn cells(doc: &Doc<'_>, start: usize, end: usize, separator: u8) -> Vec<(usize, usize)> {
    let row = doc.slice(start, end);
    let mut cells = Vec::new();
    let mut from = 0;
    for cut in memchr::memchr_iter(separator, row.as_bytes()).chain([row.len()]) {
        let cell = row.get(from..cut).unwrap_or("");
        let lead = cell.len() - cell.trim_start().len();
        cells.push((start + from + lead, start + from + lead + cell.trim().len()));
        from = cut + 1;
    }
    if separator == b'|' {
        // "| Date | Venue |": the bars that close the row on either side part no cells.
        if row.trim_start().starts_with('|') && cells.first().is_some_and(|(s, e)| s == e) {
            cells.remove(0);
        }
        if row.trim_end().ends_with('|') && cells.last().is_some_and(|(s, e)| s == e) {
            cells.pop();
        }
    }
    cells
}

/// Whether the cells of a table row name the fields of the rows under it: each one a
/// label's name, one of them the date ("| Date | Venue | Co-chairs |").
pub(crate) fn is_table_head(doc: &Doc<'_>, cells: &[(usize, usize)]) -> bool {
    names_columns(cells.iter().map(|&(s, e)| doc.slice(s, e)))
}

/// Whether the texts of a row's `cells` name a table's columns: most of them labels' names,
/// one of them the date's.
pub(crate) fn names_columns<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    // A column of a name no label has is passed over ("Documents", "#"), if most are known.
    let (mut all, mut known, mut dates) = (0, 0, false);
    for cell in cells {
        all += 1;
        let field = field_named(cell);
        known += usize::from(field.is_some());
        dates |= field.is_some_and(Field::dates);
    }
    known >= 2 && 2 * known >= all && dates
}

/// Reads a table row as the label lines it stands for: each cell of `row` is the value of
/// the label that heads its column in `head`.
pub(crate) fn read_row(doc: &Doc<'_>, head: &[(usize, usize)], row: &[(usize, usize)]) -> Labels {
    let mut labels = Labels::default();
    for (&(hs, he), &(start, end)) in head.iter().zip(row) {
        if let Some(field) = field_named(doc.slice(hs, he)) {
            read_value(doc, field, start, end, &mut labels);
        }
    }
    days_of_month(&mut labels);
    labels
}

/// Dates the days of one field and the month of another give together: "12-13" under
/// "Dates" and "March" under "Month" are 12-13 March ("Month: March" and "Dates: 12-13"
/// too).
fn days_of_month(labels: &mut Labels) {
    if let (None, Some(month), Some((start, end, first, last))) =
        (labels.date, labels.month, labels.days)
    {
        let day = |d| dates::Ymd {
            y: None,
            m: Some(month),
            d: Some(d),
        };
        labels.date = Some(Found {
            start,
            end,
            first: day(first),
            last: day(last),
        });
    }
}

/// The first and last day a value gives alone, without a month: "12-13", "4 - 5", "22",
/// "12 & 13", "12 and 13".
fn days_alone(value: &str) -> Option<(u8, u8)> {
    let value = value.trim();
    let (first, last, end) = dates::days_at_start(value)?;
    (end == value.len()).then_some((first, last))
}

/// Reads the line of folded `start..end` as an unlabelled venue, if it is one: a known
/// city, perhaps with its country and its mode ("Dakar, Senegal", "Tunis (Tunisia)",
/// "Madrid, Spain (hybrid)"), or a mode alone ("Online"), standing alone on a line of an
/// event's card. Whether it was one.
pub(crate) fn read_place_line(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    labels: &mut Labels,
) -> bool {
    const MAX_LEN: usize = 60;
    let line = doc.slice(start, end);
    if line.len() > MAX_LEN {
        return false;
    }
    if mode_alone(line).is_some() {
        place(doc, start, end, labels);
        return true;
    }
    // A country alone: "Malta" under the dates (a city that shares its name, as the
    // lexicon may know one, is read as the city below).
    let trimmed = start + line.trim_end_matches(['.', ' ']).len();
    if doc.city_at(start, trimmed).is_none()
        && let Some(country) = doc.country_at(start, trimmed)
    {
        labels.country = labels.country.or(Some(country));
        return true;
    }
    let first_part = line.find([',', '(']).unwrap_or(line.len());
    let city = doc.slice(start, start + first_part).trim_end();
    let known = doc.city_at(start, start + city.len()).is_some();
    // What follows the city, without the marks around it and a mode in parentheses, is
    // its country or nothing.
    let marks = [',', '(', ')', ' ', '.'];
    let rest = line.get(first_part..).unwrap_or("");
    let rest = match rest
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
    {
        Some((before, mode)) if mode_alone(mode).is_some() => before,
        _ => rest,
    };
    let rest_start = start + first_part + (rest.len() - rest.trim_start_matches(marks).len());
    let country = rest.trim_matches(marks);
    let rest_is_country = country.is_empty()
        || doc
            .country_at(rest_start, rest_start + country.len())
            .is_some();
    let is_place = known && rest_is_country;
    if is_place {
        place(doc, start, end, labels);
    }
    is_place
}

/// Whether `line` is a label that heads a card: its title or its kind ("Title: ...",
/// "Event type: Workshop"), which stand over its date.
pub(crate) fn is_heading_label(line: &str) -> bool {
    label(line).is_some_and(|(field, _)| matches!(field, Field::Title | Field::Kind))
}

/// Whether folded `start..end` is a line that states a venue alone, as
/// `read_place_line` reads one ("Dakar, Senegal", "Online").
pub(crate) fn is_place_line(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    read_place_line(doc, start, end, &mut Labels::default())
}

/// Whether a line opens with a label: a name the labels know before a colon ("Venue:").
pub(crate) fn is_label_line(line: &str) -> bool {
    label(line).is_some()
}

/// Whether a line is a label line with a `Date:` among its labels ("Date: 3 June",
/// "Type: Workshop | Date: 12 June 2019 | Location: Accra").
pub(crate) fn is_date_label(line: &str) -> bool {
    let mut next = label(line);
    while let Some((field, value_start)) = next {
        let digit_after = || {
            line.get(value_start..)
                .is_some_and(|v| v.bytes().take(40).any(|b| b.is_ascii_digit()))
        };
        if field.dates() && (field != Field::From || digit_after()) {
            return true;
        }
        // Each label found lies after the last one's value start: the look moves on.
        next = line
            .get(value_start..)
            .and_then(next_label)
            .map(|(_, field, offset)| (field, value_start + offset));
    }
    false
}

/// Reads the label lines of folded `start..end`.
pub(crate) fn read(doc: &Doc<'_>, start: usize, end: usize) -> Labels {
    let mut labels = Labels::default();
    let region = doc.slice(start, end).as_bytes();
    // A label line holds a colon: every announcement is searched here, so only the lines
    // with one are looked at, each found around its first colon with memchr.
    let mut from = 0;
    while let Some(colon) = region.get(from..).and_then(|r| memchr::memchr(b':', r)) {
        let colon = from + colon;
        let before = region.get(..colon).unwrap_or(&[]);
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        let after = region.get(colon..).unwrap_or(&[]);
        let line_end = memchr::memchr(b'\n', after).map_or(region.len(), |i| colon + i);
        let (line_start, line_end) = (start + line_start, start + line_end);
        let line = doc.slice(line_start, line_end);
        // "Date: 14-15 March 2024 | Venue: Accra, Ghana": a line may hold a few labels.
        let mut next = label(line).map(|(field, offset)| (field, line_start + offset));
        while let Some((field, value_start)) = next.take() {
            let (value_end, following) = match next_label(doc.slice(value_start, line_end)) {
                Some((sep, field, offset)) => {
                    (value_start + sep, Some((field, value_start + offset)))
                }
                None => (line_end, None),
            };
            let value = doc.slice(value_start, value_end);
            let trimmed_start = value_start + (value.len() - value.trim_start().len());
            read_value(
                doc,
                field,
                trimmed_start,
                value_start + value.trim_end().len(),
                &mut labels,
            );
            // "Observers:" over "- Algeria" and "- Libya": a list's items are its value.
            if value.trim().is_empty() && following.is_none() && matches!(field, Field::Role(_)) {
                let items_end = read_items(doc, field, line_end, end, &mut labels);
                from = from.max(items_end - start);
            }
            next = following;
        }
        from = from.max(line_end - start + 1);
    }
    days_of_month(&mut labels);
    labels
}

/// Reads the list items on the lines after folded `from`, up to `end`, as values of
/// `field` ("- Algeria"), each on a line of its own. Where the items end.
fn read_items(doc: &Doc<'_>, field: Field, from: usize, end: usize, labels: &mut Labels) -> usize {
    let mut at = from;
    // Where the last item ends: on a page whose line breaks were doubled, a blank line
    // stands between items.
    let mut items_end = from;
    while at < end {
        let line_start = at + 1;
        let rest = doc.slice(line_start, end);
        let line = rest
            .get(..rest.find('\n').unwrap_or(rest.len()))
            .unwrap_or("");
        let item = line.trim_start();
        if item.is_empty() && doc.double_spaced && at == items_end {
            at = line_start + line.len();
            continue;
        }
        let bullet = bullet_len(item);
        if bullet == 0 {
            break;
        }
        let value_start = line_start + (line.len() - item.len()) + bullet;
        read_value(
            doc,
            field,
            value_start,
            line_start + line.trim_end().len(),
            labels,
        );
        at = line_start + line.len();
        items_end = at;
    }
    items_end
}

/// Reads labels stacked over their values, as a page's definition list comes out when its
/// markup is stripped: "Date" alone on a line, "24-25 October 2023" on the next. Only lines
/// as short as a label's name are looked at.
pub(crate) fn read_stacked(doc: &Doc<'_>, start: usize, end: usize, labels: &mut Labels) {
    let text = doc.text();
    let mut line_start = start;
    let mut label: Option<Field> = None;
    // Whether a blank line came right under the label: one may, as a page whose line
    // breaks were doubled has it ("Date", blank, "24-25 October 2023").
    let mut blank_under = false;
    while line_start < end {
        let line_end = text
            .get(line_start..end)
            .and_then(|r| memchr::memchr(b'\n', r.as_bytes()))
            .map_or(end, |i| line_start + i);
        let line = doc.slice(line_start, line_end);
        let trimmed = line.trim();
        if trimmed.is_empty() && label.is_some() && !blank_under {
            blank_under = true;
            line_start = line_end + 1;
            continue;
        }
        blank_under = false;
        match label.take() {
            // The value of the label on the line above; a sentence under a word is a
            // section under its heading ("Participants" over "More than 100 ... took
            // part.").
            Some(field) if !trimmed.is_empty() && !trimmed.ends_with('.') => {
                let value_start = line_start + (line.len() - line.trim_start().len());
                read_value(doc, field, value_start, value_start + trimmed.len(), labels);
            }
            _ if trimmed.len() <= MAX_LABEL_LEN && !trimmed.contains(':') => {
                label = field_named(trimmed).filter(|&f| f != Field::Other);
            }
            _ => {}
        }
        line_start = line_end + 1;
    }
}

/// Where the value of a label ends when another label follows it on its line, after a bar,
/// a semicolon or a spaced dash ("14-15 March 2024 | Venue: Accra"): the separator's
/// offset in `value`, the next label's field and the offset of its value.
fn next_label(value: &str) -> Option<(usize, Field, usize)> {
    let bytes = value.as_bytes();
    memchr::memchr3_iter(b'|', b';', b'-', bytes).find_map(|sep| {
        let spaced =
            bytes.get(sep.wrapping_sub(1)) == Some(&b' ') && bytes.get(sep + 1) == Some(&b' ');
        if bytes.get(sep) == Some(&b'-') && !spaced {
            return None;
        }
        let rest = value.get(sep + 1..)?;
        let (field, offset) = label(rest)?;
        Some((sep, field, sep + 1 + offset))
    })
}

fn read_value(doc: &Doc<'_>, field: Field, start: usize, end: usize, labels: &mut Labels) {
    if start >= end {
        return; // An empty label: the prose may say it.
    }
    let value = doc.slice(start, end);
    match field {
        Field::Date | Field::From => {
            if labels.date.is_none() {
                labels.date = super::first_date(doc, start, end, true);
            }
            if labels.date.is_none() {
                labels.days = days_alone(value).map(|(first, last)| (start, end, first, last));
            }
        }
        Field::Month => {
            let mut words = value.split_whitespace();
            labels.month = words.next().and_then(crate::lexicon::month);
            let year = words.next().and_then(|y| y.parse().ok());
            labels.year = labels.year.or(year.filter(|y| (1900..=2100).contains(y)));
        }
        Field::EndDate => {
            if let Some(last) = super::first_date(doc, start, end, true) {
                labels.date = Some(match labels.date {
                    // The first day's label may give the year alone.
                    Some(first) if first.first == first.last => Found {
                        end: last.end.max(first.end),
                        last: last.last,
                        ..first
                    },
                    Some(first) => first,
                    None => last,
                });
            }
        }
        Field::Place => place(doc, start, end, labels),
        Field::DateAndPlace => {
            let Some(found) = super::first_date(doc, start, end, true) else {
                return place(doc, start, end, labels);
            };
            labels.date.get_or_insert(found);
            // The place is what the date leaves, before or after it.
            const SEPARATORS: &[char] = &[',', '-', '|', '/', ' '];
            let before = doc.slice(start, found.start).trim_end_matches(SEPARATORS);
            let after = doc.slice(found.end, end);
            let after = after.trim_start_matches(SEPARATORS);
            let after = after.strip_prefix("in ").unwrap_or(after);
            if !before.is_empty() {
                place(doc, start, start + before.len(), labels);
            } else if !after.is_empty() {
                place(doc, end - after.len(), end, labels);
            }
        }
        Field::Year => {
            labels.year = labels.year.or_else(|| {
                value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
            });
        }
        Field::Country => labels.country = labels.country.or_else(|| doc.country_at(start, end)),
        Field::Title => {
            // "Technical meeting on return (online)": the remark states the mode, and is no
            // part of the title.
            let mut end = end;
            if let Some(inside) = value.trim_end().strip_suffix(')')
                && let Some(open) = inside.rfind('(')
                && let Some(mode) = inside.get(open + 1..).and_then(mode_alone)
            {
                labels.mode.get_or_insert(mode);
                end = start + value.get(..open).unwrap_or("").trim_end().len();
            }
            labels.title = Some((start, end));
        }
        Field::Kind => labels.kind = labels.kind.or_else(|| kind_named(doc, start, end)),
        Field::Format => labels.mode = labels.mode.or_else(|| mode_of(value)),
        Field::Role(Role::Participant) if value.starts_with(|c: char| c.is_ascii_digit()) => {
            let digits = value.bytes().take_while(u8::is_ascii_digit).count();
            let counted = value.get(digits..).unwrap_or("").split_whitespace();
            // "Participants: 25 countries" counts no people.
            if !super::prose::counts_others_after(counted) {
                labels.people = labels.people.or_else(|| value.get(..digits)?.parse().ok());
            }
            // "Participants: 25 partner countries, ECOWAS, IOM": those named after the
            // figure took part.
            if let Some(comma) = value.find(',') {
                read_parties(doc, Role::Participant, start + comma + 1, end, labels);
            }
        }
        Field::Role(role) => {
            // A cell of a "Host / Co-chairs" column may label its parts: "Portugal;
            // co-chair: Senegal", "Chair: Mauritania".
            let mut from = start;
            for part in value.split(';') {
                let lead = part.len() - part.trim_start().len();
                let (role, value_at) = match role_label(part.trim_start()) {
                    Some((&[labelled], at)) => (labelled, from + lead + at),
                    _ => (role, from),
                };
                read_parties(doc, role, value_at, from + part.len(), labels);
                from += part.len() + 1;
            }
        }
        Field::Other => {}
    }
}

/// The parties of folded `start..end`, each given `role`.
fn read_parties(doc: &Doc<'_>, role: Role, start: usize, end: usize, labels: &mut Labels) {
    let (listed, _) = parties::after(doc, start, end, true);
    // "Chair: Morocco, Spain": one chair each, so both co-chair.
    let role = match role {
        Role::Chair if listed.len() > 1 => Role::CoChair,
        role => role,
    };
    for (role, party) in parties::each_role(doc, &listed, &[role]) {
        labels.roles.push((role, party.clone()));
    }
}

/// The kind of meeting the value of folded `start..end` names: its first kind's name, or
/// the Steering Committee named alone. A meeting of no stated kind is left to the prose.
fn kind_named(doc: &Doc<'_>, start: usize, end: usize) -> Option<MeetingKind> {
    if super::names_the_committee(doc.slice(start, end)) {
        return Some(MeetingKind::SteeringCommittee);
    }
    doc.hits_in(start, end)
        .iter()
        .find_map(|&h| doc.kind(h))
        .filter(|&k| k != MeetingKind::Meeting)
}

/// "Online", "Virtual", "Hybrid (Brussels)": the mode a place or format value states.
/// Every header's place is asked, so the value is searched as written, without a
/// lowercased copy.
pub(crate) fn mode_of(value: &str) -> Option<Mode> {
    let has = |word: &str| {
        value
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    if has("hybrid") {
        Some(Mode::Hybrid)
    } else if [
        "online",
        "virtual",
        "webinar",
        "videoconference",
        "video conference",
        // Platforms named for the place: "Where: Zoom".
        "zoom",
        "webex",
        "microsoft teams",
        // French, folded: "en ligne", "visioconférence", "virtuelle".
        "en ligne",
        "visioconference",
        "virtuel",
    ]
    .into_iter()
    .any(has)
    {
        Some(Mode::Virtual)
    } else {
        None
    }
}

/// The mode a short part of a line states alone ("online", "by videoconference", "hybrid
/// format"): a longer part is a name or a sentence, whose mode the prose reads.
pub(crate) fn mode_alone(part: &str) -> Option<Mode> {
    const MAX_MODE_WORDS: usize = 3;
    let part = part.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if part.split_whitespace().count() > MAX_MODE_WORDS {
        return None;
    }
    mode_of(part)
}

/// A place value: "Tunis, Tunisia", "Radisson Blu, Dakar, Senegal", "Tunisia", "Online".
fn place(doc: &Doc<'_>, start: usize, end: usize, labels: &mut Labels) {
    let value = doc.slice(start, end);
    let mode = mode_of(value);
    if let Some(mode) = mode {
        labels.mode.get_or_insert(mode);
    }
    // The comma-separated parts, as folded ranges; a part that states the mode names no
    // place ("Brussels (online)", "Online").
    let mut parts = Vec::new();
    let mut from = start;
    for piece in value.split([',', '(', ')']) {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() && mode_of(trimmed).is_none() {
            parts.push((from + lead, from + lead + trimmed.len()));
        }
        from += piece.len() + 1;
    }
    let country_at = parts
        .iter()
        .rposition(|&(s, e)| doc.country_at(s, e).is_some());
    if let Some(i) = country_at
        && let Some(&(s, e)) = parts.get(i)
    {
        labels.country = labels.country.or_else(|| doc.country_at(s, e));
    }
    // The city: a known city among the parts, else the part before the country.
    let known_city = parts
        .iter()
        .copied()
        .find(|&(s, e)| doc.city_at(s, e).is_some());
    let city = known_city.or_else(|| match country_at {
        Some(i) => i.checked_sub(1).and_then(|j| parts.get(j).copied()),
        // Online, only a place the lexicon knows is one: "Online (MS Teams)" is none.
        None => parts
            .first()
            .copied()
            .filter(|_| parts.len() == 1 && mode != Some(Mode::Virtual)),
    });
    // "Hybrid – Rabat and online": a city the lexicon knows inside the part of the mode.
    let city = city.or_else(|| {
        mode.and_then(|_| {
            doc.hits_in(start, end)
                .iter()
                .find(|h| doc.city_at(h.start, h.end).is_some())
                .map(|h| (h.start, h.end))
        })
    });
    if let Some((s, e)) = city
        && doc.country_at(s, e).is_none()
        && doc.slice(s, e).starts_with(char::is_uppercase)
    {
        labels.city.get_or_insert((s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_name_fits_before_the_colon_search_ends() {
        for (name, _) in FIELDS {
            let line = format!("- {}  : x", name.to_uppercase());
            assert!(label(&line).is_some(), "{line}");
        }
        assert!(label("Date and venue of the next meeting, as agreed: x").is_none());
    }

    fn labels(text: &str) -> (Doc<'_>, Labels) {
        let doc = Doc::new(text);
        let l = read(&doc, 0, doc.text().len());
        (doc, l)
    }

    /// The roles read, as "role: party".
    fn role_list(l: &Labels) -> Vec<String> {
        l.roles.iter().map(|(r, p)| format!("{r}: {p}")).collect()
    }

    #[test]
    fn a_table_head_names_most_columns_and_the_date() {
        let head = |row: &str| {
            let doc = Doc::new(row);
            is_table_head(&doc, &cells(&doc, 0, doc.text().len(), b'\t'))
        };
        assert!(head("Date\tMeeting\tVenue\tChair/Co-chairs\tParticipants"));
        assert!(head("#\tDates\tVenue\tDocuments"));
        assert!(!head("Meeting\tVenue\tChair"));
        assert!(!head("Date\tOutcome\tDocuments\tRemarks"));
        // Under "Chair/Co-chairs", two parties co-chair.
        let doc = Doc::new("Chair/Co-chairs\nSenegal, France");
        let l = read_row(&doc, &[(0, 15)], &[(16, doc.text().len())]);
        let roles = role_list(&l);
        assert_eq!(roles, ["co_chair: Senegal", "co_chair: France"]);
    }

    #[test]
    fn a_month_column_dates_the_days_of_a_dates_column() {
        let row = |text: &str| {
            let doc = Doc::new(text);
            let all = cells(&doc, 0, doc.text().len(), b'\t');
            let (head, row) = all.split_at(all.len() / 2);
            let l = read_row(&doc, head, row);
            l.date
                .and_then(|d| d.resolve(l.year).ok())
                .map(|d| d.to_string())
        };
        assert_eq!(
            row("Month\tDates\tMarch 2024\t12-13").as_deref(),
            Some("12-13 March 2024")
        );
        assert_eq!(
            row("Dates\tMois\tYear\t4 & 5\tjuin\t2019").as_deref(),
            Some("4-5 June 2019")
        );
        // Days without a month are no date.
        assert_eq!(row("Dates\tVenue\t12-13\tDakar"), None);
        let (_, l) = labels("Month: March 2024\nDates: 12-13\nVenue: Dakar");
        let date = l.date.and_then(|d| d.resolve(l.year).ok());
        assert_eq!(
            date.map(|d| d.to_string()).as_deref(),
            Some("12-13 March 2024")
        );
    }

    #[test]
    fn days_given_alone() {
        assert_eq!(days_alone("12-13"), Some((12, 13)));
        assert_eq!(days_alone("4 & 5"), Some((4, 5)));
        assert_eq!(days_alone("4 and 5"), Some((4, 5)));
        assert_eq!(days_alone("22"), Some((22, 22)));
        for no in ["13-12", "32", "12-13 March", "", "1-2-3", "tbc"] {
            assert_eq!(days_alone(no), None, "{no}");
        }
    }

    #[test]
    fn reads_labels_stacked_over_their_values() {
        let text = "Date\n24-25 October 2023\n\nLocation\nAbuja, Nigeria\nChair\nSpain\n\
                    Participants\nMore than 60 experts took part.";
        let doc = Doc::new(text);
        let mut l = Labels::default();
        read_stacked(&doc, 0, doc.text().len(), &mut l);
        assert!(l.date.is_some());
        assert_eq!(l.city.map(|(s, e)| doc.slice(s, e)), Some("Abuja"));
        let roles = role_list(&l);
        assert_eq!(roles, ["chair: Spain"]);
        // A blank line under the label, as a page of doubled breaks has; not two.
        let text = "Location\n\nAbuja, Nigeria\n\nChair\n\n\nSpain";
        let doc = Doc::new(text);
        let mut l = Labels::default();
        read_stacked(&doc, 0, doc.text().len(), &mut l);
        assert_eq!(l.city.map(|(s, e)| doc.slice(s, e)), Some("Abuja"));
        assert!(role_list(&l).is_empty());
    }

    #[test]
    fn a_role_labels_list_items_are_its_value() {
        let (_, l) = labels(
            "Participating countries:\n- Mali\n- Niger\n\nObservers:\n• Algeria\nOrganisations: IOM",
        );
        let roles = role_list(&l);
        assert_eq!(
            roles,
            [
                "participant: Mali",
                "participant: Niger",
                "observer: Algeria",
                "participant: IOM"
            ]
        );
    }

    #[test]
    fn partners_of_the_organiser_organise() {
        let (_, l) = labels("Organised by: ICMPD\nIn cooperation with: IOM, UNHCR");
        let roles = role_list(&l);
        assert_eq!(
            roles,
            ["organiser: ICMPD", "organiser: IOM", "organiser: UNHCR"]
        );
    }

    #[test]
    fn a_type_label_names_the_kind() {
        for (text, kind) in [
            (
                "Event type: Steering Committee",
                Some(MeetingKind::SteeringCommittee),
            ),
            ("Type: Thematic meeting", Some(MeetingKind::ThematicMeeting)),
            ("Type de réunion : Atelier", Some(MeetingKind::Workshop)),
            // A meeting of no stated kind is left to the prose; so is a type of no kind.
            ("Meeting type: Meeting", None),
            ("Type: Public", None),
        ] {
            assert_eq!(labels(text).1.kind, kind, "{text}");
        }
        let (_, l) = labels("Co-organiser: ICMPD\nCo-host: Senegal");
        let roles = role_list(&l);
        assert_eq!(roles, ["organiser: ICMPD", "host: Senegal"]);
    }

    #[test]
    fn parties_listed_under_one_chair_co_chair() {
        let (_, l) = labels("Chair: Morocco, Spain\nHost: Senegal");
        let roles = role_list(&l);
        assert_eq!(
            roles,
            ["co_chair: Morocco", "co_chair: Spain", "host: Senegal"]
        );
        // Under a plural label too; one party under it chairs.
        for (text, expected) in [
            (
                "Chairs: Nigeria, Belgium",
                &["co_chair: Nigeria", "co_chair: Belgium"][..],
            ),
            ("Chairmanship: Nigeria", &["chair: Nigeria"]),
            (
                "Co-presidency: Nigeria and Belgium",
                &["co_chair: Nigeria", "co_chair: Belgium"],
            ),
        ] {
            let (_, l) = labels(text);
            let roles = role_list(&l);
            assert_eq!(roles, expected, "{text}");
        }
    }

    #[test]
    fn reads_label_lines() {
        let (doc, l) = labels(
            "• Date: 3 and 4 June 2016\n- Location: Tunis, Tunisia\nOrganisers: ICMPD and IOM",
        );
        let date = l.date.unwrap().resolve(None).unwrap();
        assert_eq!(date.to_string(), "3-4 June 2016");
        let (s, e) = l.city.unwrap();
        assert_eq!(doc.slice(s, e), "Tunis");
        assert_eq!(l.country.unwrap().alpha2(), "TN");
        assert_eq!(l.roles.len(), 2);
        // A name's plural in parentheses.
        let (_, l) = labels("Date(s): 20/06/2023 - 21/06/2023\nCo-chair(s): Senegal & Belgium");
        let date = l.date.unwrap().resolve(None).unwrap();
        assert_eq!(date.to_string(), "20-21 June 2023");
        assert_eq!(l.roles.len(), 2);
        assert!(is_date_label("Date(s): 20/06/2023"));
        // Those named after a figure took part; the figure counts countries.
        let (_, l) = labels("Participants: 25 partner countries, ECOWAS, IOM and ILO");
        assert_eq!(l.roles.len(), 3);
        assert_eq!(l.people, None);
        let (_, l) = labels("Participants: 25 countries, 8 organisations");
        assert!(l.roles.is_empty());
        // "When", "Where", "Who": the last lists those who took part.
        let (doc, l) = labels(
            "When: 14-15 March 2024\nWhere: Accra, Ghana\nWho: Rabat Process partner countries, \
             ECOWAS, UNODC",
        );
        assert_eq!(doc.slice(l.city.unwrap().0, l.city.unwrap().1), "Accra");
        let listed: Vec<String> = l.roles.iter().map(|(r, p)| format!("{r}: {p}")).collect();
        assert_eq!(listed, ["participant: ECOWAS", "participant: UNODC"]);
        // The first and last days under labels of their own.
        for text in [
            "Start date: 7 March 2017\nEnd date: 8 March 2017\nLocation: Warsaw",
            "From: 7 March\nTo: 8 March 2017",
            "Date de début : 7 mars 2017\nDate de fin : 8 mars 2017",
        ] {
            let (_, l) = labels(text);
            let date = l.date.unwrap().resolve(None).unwrap();
            assert_eq!(date.to_string(), "7-8 March 2017", "{text}");
        }
        assert!(is_date_label("Start date: 7 March 2017"));
        assert!(is_date_label("From: 7 March 2017"));
        assert!(!is_date_label("From: the Secretariat"));
        assert!(!is_date_label("End date: 8 March 2017"));
        // The date and the place in one label, either way round.
        for text in [
            "Date and venue: 3 December 2024, Lisbon (Portugal)",
            "Venue and date: Lisbon, Portugal - 3 December 2024",
            "Date & venue: 3 December 2024, Lisbon (Portugal)",
            "Date/Place: 3 December 2024, Lisbon (Portugal)",
            "Venue / Dates: Lisbon, Portugal - 3 December 2024",
        ] {
            let (doc, l) = labels(text);
            let date = l.date.unwrap().resolve(None).unwrap();
            assert_eq!(date.to_string(), "3 December 2024", "{text}");
            let (s, e) = l.city.unwrap();
            assert_eq!(doc.slice(s, e), "Lisbon", "{text}");
            assert_eq!(l.country.unwrap().alpha2(), "PT", "{text}");
            assert!(is_date_label(text));
        }
    }

    #[test]
    fn a_line_may_hold_a_few_labels() {
        // A spaced dash that no label follows is part of the value ("14 - 15 March").
        for text in [
            "Date: 14 - 15 March 2024 | Venue: Accra, Ghana | Co-chairs: Ghana and Spain",
            "Date: 14-15 March 2024 - Location: Accra, Ghana; Co-chairs: Ghana and Spain",
        ] {
            let (doc, l) = labels(text);
            let date = l.date.unwrap().resolve(None).unwrap();
            assert_eq!(date.to_string(), "14-15 March 2024", "{text}");
            assert_eq!(doc.slice(l.city.unwrap().0, l.city.unwrap().1), "Accra");
            assert_eq!(l.roles.len(), 2, "{text}");
        }
    }

    #[test]
    fn a_known_city_alone_on_its_line_is_a_venue() {
        for (line, city, country) in [
            ("Dakar, Senegal", Some("Dakar"), Some("SN")),
            ("Tunis (Tunisia)", Some("Tunis"), Some("TN")),
            ("Dakar", Some("Dakar"), None),
            // A country alone.
            ("Malta", None, Some("MT")),
            ("Cabo Verde.", None, Some("CV")),
            ("Dakar, the capital of Senegal", None, None),
            ("Partners met.", None, None),
        ] {
            let doc = Doc::new(line);
            let mut l = Labels::default();
            read_place_line(&doc, 0, doc.text().len(), &mut l);
            assert_eq!(l.city.map(|(s, e)| doc.slice(s, e)), city, "{line}");
            assert_eq!(l.country.map(|c| c.alpha2()), country, "{line}");
        }
    }

    #[test]
    fn places_with_venues_and_modes() {
        let (doc, l) = labels("Venue: Radisson Blu Hotel, Dakar, Senegal");
        let (s, e) = l.city.unwrap();
        assert_eq!(doc.slice(s, e), "Dakar");
        for line in ["Location: Online", "Where: Zoom", "Venue: Microsoft Teams"] {
            let (_, l) = labels(line);
            assert_eq!(l.mode, Some(Mode::Virtual), "{line}");
            assert!(l.city.is_none(), "{line}");
        }
        let (doc, l) = labels("Place: Sal, Cabo Verde");
        assert_eq!(doc.slice(l.city.unwrap().0, l.city.unwrap().1), "Sal");
        // In French.
        for line in [
            "Lieu : en ligne",
            "Format : visioconférence",
            "Lieu : réunion virtuelle",
        ] {
            let (_, l) = labels(line);
            assert!(l.mode == Some(Mode::Virtual) && l.city.is_none(), "{line}");
        }
        let (_, l) = labels("Date:\nLocation: Ghana");
        assert!(l.date.is_none() && l.city.is_none());
        assert_eq!(l.country.unwrap().alpha2(), "GH");
        // Online from a city: the city stays the venue, but a platform is none.
        let (doc, l) = labels("Venue: Brussels (online)");
        assert_eq!(l.mode, Some(Mode::Virtual));
        assert_eq!(doc.slice(l.city.unwrap().0, l.city.unwrap().1), "Brussels");
        let (_, l) = labels("Venue: Online (MS Teams)");
        assert!(l.mode == Some(Mode::Virtual) && l.city.is_none());
        // A city named inside the part of the mode.
        for line in [
            "Venue: Hybrid – Rabat and online",
            "Venue: Hybrid format in Rabat",
        ] {
            let (doc, l) = labels(line);
            assert_eq!(l.mode, Some(Mode::Hybrid), "{line}");
            assert_eq!(
                doc.slice(l.city.unwrap().0, l.city.unwrap().1),
                "Rabat",
                "{line}"
            );
        }
        // A title's closing remark states the mode, and is no part of the title; a
        // remark inside the title is the title's own.
        for (line, title, mode) in [
            (
                "Title: Technical meeting on return (online)",
                "Technical meeting on return",
                Some(Mode::Virtual),
            ),
            (
                "Event: Steering Committee (hybrid)",
                "Steering Committee",
                Some(Mode::Hybrid),
            ),
            (
                "Title: Workshop (virtual) on return",
                "Workshop (virtual) on return",
                None,
            ),
            (
                "Title: Workshop on the GCM (Global Compact for Migration)",
                "Workshop on the GCM (Global Compact for Migration)",
                None,
            ),
        ] {
            let (doc, l) = labels(line);
            let (s, e) = l.title.unwrap();
            assert_eq!((doc.slice(s, e), l.mode), (title, mode), "{line}");
        }
    }

    #[test]
    fn a_role_value_may_label_its_parts() {
        for (line, expected) in [
            (
                "Host: Portugal; co-chair: Senegal",
                &["host: Portugal", "co_chair: Senegal"][..],
            ),
            ("Host: Chair: Mauritania", &["chair: Mauritania"][..]),
            ("Host: Mali; Niger", &["host: Mali", "host: Niger"][..]),
        ] {
            let (_, l) = labels(line);
            let roles = role_list(&l);
            assert_eq!(roles, expected, "{line}");
        }
    }

    #[test]
    fn other_lines_are_not_labels() {
        assert!(is_date_label("Date: 3 June"));
        assert!(is_date_label("• Dates : 3 June"));
        assert!(is_date_label(
            "Type: Workshop | Date: 12 June 2019 | Location: Accra"
        ));
        assert!(!is_date_label("Type: Workshop | Location: Accra"));
        assert!(!is_date_label("The meeting - Date: 3 June"));
        assert!(!is_date_label("Update: the meeting"));
        assert!(label("The meeting: an overview").is_none());
    }
}
