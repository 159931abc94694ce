//! Card headers: `PLACE, DATES[, ROLE CLAUSES][.]` and `DATES - PLACE[: TITLE]` (grammar
//! in the `parse` module docs).

use crate::diagnostic::{Code, Diagnostic};
use crate::lexicon::{self, Cue, Hit, Name, class};
use crate::model::{Country, Mode, Organisation, Party, Role};

use super::dates::{self, Found};
use super::doc::Doc;
use super::labels;
use super::parties;
use super::tokens::{Kind, Token, tokenize_into};

/// Lowercase words allowed inside a place name ("Las Palmas de Gran Canaria").
const PLACE_JOINERS: &[&str] = &[
    "de", "da", "do", "del", "la", "le", "el", "es", "sur", "of", "am", "du", "des", "dos", "das",
    "di", "al",
];
/// The most words a place name may have.
const MAX_PLACE_WORDS: usize = 6;
/// Lines longer than this, in bytes, are seldom headers (those of the corpus run to about
/// 100 bytes), and are looked at before being read in full.
const LONG_LINE: usize = 160;

/// A header line read: where the meeting was, when, and who played which role.
#[derive(Debug, Default)]
pub(crate) struct Header {
    /// Folded range of the city name.
    pub city: Option<(usize, usize)>,
    /// The city's country, where the lexicon knows the city.
    pub city_country: Option<Country>,
    /// A country stated after the city ("Dakar, Senegal, ...").
    pub country: Option<Country>,
    /// The date expression.
    pub date: Option<Found>,
    /// Parties with the roles the header gives them.
    pub roles: parties::Roles,
    /// Where the role clauses read end (folded offset; 0 if none were): the prose need
    /// not read the cues before it again.
    pub clauses_end: usize,
    /// Folded range of a title after a colon.
    pub title: Option<(usize, usize)>,
    /// The mode the place states: "Online", "Virtual meeting", "Hybrid (Brussels)".
    pub mode: Option<Mode>,
    /// Whether the header names the Steering Committee in place of a place: "3 May 2019 |
    /// Steering Committee | Brussels".
    pub committee: bool,
    /// What could not be read.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads folded `start..end` (one line, trimmed) as a card header; `None` if it is not one.
/// `tokens` is room for the line's tokens, kept by callers that read many lines.
pub(crate) fn read(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
) -> Option<Header> {
    // "Le 7 mai 2019, Dakar – Réunion thématique ...": the French article before the date
    // opens no place.
    let start = start + article_before_date(doc.slice(start, end));
    if !may_be_header(doc.slice(start, end)) {
        return None;
    }
    // A long line is first asked whether a date may come where a header has one: reading
    // it in full costs much more than the look. Short lines are most often headers.
    if end - start > LONG_LINE && !date_may_come(doc, start, end) {
        return None;
    }
    tokens.clear();
    tokenize_into(doc.text(), start, end, tokens);
    place_first(doc, tokens, end).or_else(|| date_first(doc, tokens, end))
}

/// The length of a French article and its space before a day that opens `line` ("Le 7
/// mai 2019", "Les 7 et 8 mai 2019"), or 0.
fn article_before_date(line: &str) -> usize {
    ["Le ", "Les "]
        .iter()
        .find(|a| {
            line.starts_with(**a) && line.as_bytes().get(a.len()).is_some_and(u8::is_ascii_digit)
        })
        .map_or(0, |a| a.len())
}

/// What a name read in a header ends with that is no part of it: its full stop, and a
/// separator a wrapped line left behind ("Steering Committee meeting |" over "Chair:
/// Spain").
const NAME_TRAIL: [char; 5] = ['.', ' ', '|', ',', ';'];

/// Whether `line`, on its own, is a card header.
pub(crate) fn starts_announcement(line: &str) -> bool {
    may_be_header(line.trim()) && {
        let doc = Doc::new(line.trim());
        read(&doc, 0, doc.text().len(), &mut Vec::new()).is_some()
    }
}

/// Where a header's place ends in `line`: at its first comma, bar or semicolon, at a dash
/// or slash between spaces ("Lisbon - 3-4 June 2019 - hosted by Portugal", the en dash
/// folded; "Madrid / 1-2 July 2019"), or at a colon or full stop before a date ("Dakar:
/// 12-14 March 2019", "Dakar. 7 May 2019."). The offset of that one-byte separator.
pub(crate) fn place_end(line: &str) -> Option<usize> {
    // A place is a few words: only the line's first bytes are searched, which keeps a
    // line of thousands of would-be headers linear to walk.
    const MAX_PLACE_SEARCH: usize = 200;
    let bytes = line.as_bytes();
    let searched = bytes.get(..MAX_PLACE_SEARCH).unwrap_or(bytes);
    let spaced =
        |i: usize| i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + 1) == Some(&b' ');
    let separator = memchr::memchr3_iter(b',', b'-', b'|', searched)
        .find(|&i| bytes.get(i) != Some(&b'-') || spaced(i));
    // Rarer separators: "Madrid; 1-2 July 2019", "Madrid / 1-2 July 2019" (a slash between
    // spaces: "12/03/2019" is a date).
    let rarer = memchr::memchr2_iter(
        b';',
        b'/',
        separator.map_or(searched, |s| searched.get(..s).unwrap_or(searched)),
    )
    .find(|&i| bytes.get(i) == Some(&b';') || spaced(i));
    let separator = rarer.or(separator);
    let before = searched.get(..separator.unwrap_or(searched.len()))?;
    let first_before_date = |mark| memchr::memchr(mark, before).filter(|&i| before_date(bytes, i));
    match (first_before_date(b':'), first_before_date(b'.')) {
        (Some(colon), Some(stop)) => Some(colon.min(stop)),
        (colon, stop) => colon.or(stop).or(separator).or_else(|| {
            // "Madrid (1-2 July 2019)" alone: the place and its date in parentheses are
            // the whole line.
            let open = before.iter().position(|&b| b == b'(')?;
            let dated = before.get(open + 1).is_some_and(u8::is_ascii_digit)
                && before.last() == Some(&b')')
                && before.len() == bytes.len();
            dated.then_some(bytes.len())
        }),
    }
}

/// Whether the colon or full stop at `i` is followed by a space and a digit: it ends a
/// place before the date ("Dakar: 12 March", "Dakar. 12 March"), where a label's colon
/// ends its name ("Date: 12 March") and a sentence's full stop its sentence, so the place
/// must then be a known name.
fn before_date(bytes: &[u8], i: usize) -> bool {
    bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)
}

/// Whether token `i` of `tokens` ends a header's place, as `place_end` finds it.
fn ends_place(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(&t) = tokens.get(i) else {
        return false;
    };
    t.is_punct(',')
        || t.is_punct('|')
        || t.is_punct(';')
        || (t.is_punct(':') || t.is_punct('.')) && before_date(text.as_bytes(), t.start)
        || (t.is_punct('-') || t.is_punct('/'))
            && text.as_bytes().get(t.start.wrapping_sub(1)) == Some(&b' ')
            && text.as_bytes().get(t.end) == Some(&b' ')
}

/// A quick look before the line is read in full: a header opens with a digit, or with a
/// few capitalised words and a comma ("Cidade Velha,", "Trinidad and Tobago,").
fn may_be_header(line: &str) -> bool {
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // Dates may open with a month or a weekday: "January - February 1990, hosted by ...";
    // or with a word that leads days or a part of a month: "From 3 to 5 June 2025, Rabat".
    let ascii_letters = line.bytes().take_while(u8::is_ascii_alphabetic).count();
    let first_word = match line.as_bytes().get(ascii_letters) {
        Some(b) if !b.is_ascii() => line
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or(""),
        _ => line.get(..ascii_letters).unwrap_or(""),
    };
    if lexicon::is_calendar_word(first_word) || dates::leads_header_date(first_word) {
        return true;
    }
    // Known names run longer than other places ("South Georgia and the South Sandwich
    // Islands"), so up to twice as many words pass here; the full reading checks which.
    let Some(comma) = place_end(line) else {
        return false;
    };
    let place = line.get(..comma).unwrap_or("");
    // "Madrid (1-2 July 2019)": the place before a date in parentheses.
    let dated = place.trim_end().strip_suffix(')').and_then(|p| {
        let open = p.rfind(" (")?;
        let date = p.get(open + 2..)?;
        date.starts_with(|c: char| c.is_ascii_digit())
            .then(|| p.get(..open))?
    });
    let place = dated.unwrap_or(place);
    if place.bytes().any(|b| b.is_ascii_digit()) || !place.starts_with(char::is_uppercase) {
        return false;
    }
    // Words are counted on bytes where the place is ASCII, as it nearly always is. A mode
    // after the venue counts as a name would ("Brussels & online"), marks not at all.
    const MODES: [&[u8]; 3] = [b"online", b"hybrid", b"virtual"];
    let (mut words, mut capitalised) = (0, 0);
    let mut count = |capital: bool| {
        words += 1;
        capitalised += usize::from(capital);
        words <= 2 * MAX_PLACE_WORDS
    };
    let within = if place.is_ascii() {
        place
            .as_bytes()
            // As `char::is_whitespace` for ASCII, which counts the vertical tab too.
            .split(|b| b.is_ascii_whitespace() || *b == 0x0b)
            // A word in parentheses is a word: "Hybrid (Brussels and online)".
            .map(|w| {
                let from = w.iter().position(|&b| b != b'(').unwrap_or(w.len());
                let to = w.iter().rposition(|&b| b != b')').map_or(from, |i| i + 1);
                w.get(from..to).unwrap_or(&[])
            })
            .filter(|w| w.first().is_some_and(u8::is_ascii_alphanumeric))
            .all(|w| {
                let capital = w.first().is_some_and(u8::is_ascii_uppercase);
                count(capital || MODES.iter().any(|m| m.eq_ignore_ascii_case(w)))
            })
    } else {
        place
            .split_whitespace()
            .all(|w| count(w.starts_with(char::is_uppercase)))
    };
    within && capitalised * 2 >= words
}

/// Whether a date may open folded `start..end`, or follow its first comma, perhaps after a
/// country: what both forms of header need, told from a few tokens. Lines that pass the
/// quick look but are no header are most often sentences that open with a capitalised
/// subject ("The Rabat Process Secretariat, in collaboration with ..."), long and not
/// worth reading in full.
fn date_may_come(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let text = doc.text();
    if dates::may_start_at(text, start, end) {
        return true;
    }
    let Some(comma) = place_end(doc.slice(start, end)) else {
        return false;
    };
    let after = doc.slice(start + comma + 1, end);
    let next = end - after.trim_start().len();
    // "Madrid (1-2 July 2019), hosted by Spain": the date in parentheses after the place.
    let in_parentheses = || {
        doc.slice(start, start + comma)
            .find(" (")
            .is_some_and(|open| dates::may_start_at(text, start + open + 2, end))
    };
    dates::may_start_at(text, next, end)
        || doc
            .first_hit_in(next, end)
            .is_some_and(|h| h.start == next && h.may_name(class::COUNTRY))
        || in_parentheses()
}

/// `PLACE, [COUNTRY,] DATES[, ROLE CLAUSES][.]`
fn place_first(doc: &Doc<'_>, tokens: &[Token], end: usize) -> Option<Header> {
    let text = doc.text();
    let mut header = Header::default();

    // PLACE: capitalised words up to the first comma (or spaced dash), perhaps with its
    // country in parentheses ("Dakar (Senegal), 3 May 2019").
    // "Madrid (1-2 July 2019)" alone: the place ends with the line.
    let comma = (0..tokens.len())
        .find(|&i| ends_place(text, tokens, i))
        .or_else(|| tokens.last()?.is_punct(')').then_some(tokens.len()))?;
    // "Madrid (1-2 July 2019), hosted by Spain": the date in parentheses after the place.
    let dated_place = comma
        .checked_sub(1)
        .filter(|&close| tokens.get(close).is_some_and(|t| t.is_punct(')')))
        .and_then(|close| {
            let open = tokens.get(..close)?.iter().position(|t| t.is_punct('('))?;
            let (found, next) = dates::date_at(tokens, open + 1, text, true)?;
            (next == close).then_some((open, found))
        });
    let place_tokens = tokens.get(..dated_place.map_or(comma, |(open, _)| open))?;
    let mut place = venue_within(doc, place_tokens, &mut header)?;
    // "In Dakar, 24 March 2019": the preposition is no part of the place.
    if let [first, _, ..] = place
        && ["in", "at"]
            .iter()
            .any(|w| first.text(text).eq_ignore_ascii_case(w))
    {
        place = place.get(1..)?;
    }
    // "Dakar/Senegal, 3 May 2019": the city, then its country.
    if header.country.is_none()
        && let Some((city, country)) = slashed_country(doc, place)
    {
        header.country = Some(country);
        place = city;
    }
    // "Rabat & Casablanca, 3-4 May 2019": held in both, named by the first.
    if let Some(first) = first_of_two_cities(doc, place) {
        place = first;
    }
    let (place_start, place_end) = (place.first()?.start, place.last()?.end);
    header.city_country = doc.city_at(place_start, place_end).map(|c| c.country());
    let place_country = doc.country_at(place_start, place_end);
    let known = header.city_country.is_some() || place_country.is_some();
    // "Date: 12 March 2019" is a label; "Dakar: 12 March 2019" a place. "In 2019. 7
    // countries ...": a full stop before a number is a sentence's but after a known place.
    if !known
        && tokens
            .get(comma)
            .is_some_and(|t| t.is_punct(':') || t.is_punct('.'))
    {
        return None;
    }
    // "Online, 15 June 2021": a mode, not a venue; "Webinar: Digital consular services, 5
    // May 2021" names its meeting, a one-line card's.
    let named = place.iter().any(|t| t.is_punct(':'));
    let place_mode = (!known && !named).then(|| mode_at(doc, place)).flatten();
    if let Some(mode) = place_mode {
        // "Hybrid, Brussels, 7 May 2019": the venue may follow, as a city after a country.
        header.mode = Some(mode);
    } else {
        // A known name may have lowercase words ("Trinidad and Tobago"); others may not.
        // "News | 17 March 2025" files a news item under its date: no place. Nor is a
        // meeting's name one ("- Steering Committee, 3 October 2022, online" is a one-line
        // card).
        if !known
            && (!is_place(place, text)
                || super::segment::is_category(doc.slice(place_start, place_end))
                || names_a_kind(doc, place_start, place_end))
        {
            return None;
        }
        // "Senegal, 3 May 2019": a country for a place names the country, not a city.
        match place_country {
            Some(country) if header.city_country.is_none() && header.country.is_none() => {
                header.country = Some(country);
            }
            _ => header.city = Some((place_start, place_end)),
        }
    }

    // [COUNTRY,] DATES, or after a country, [CITY,] DATES ("Senegal, Dakar, 4 May 2019")
    let mut i = comma + 1;
    if let Some((country, next)) = country_at(doc, tokens, i) {
        header.country = Some(country);
        i = next;
    } else if header.city.is_none()
        && (header.country.is_some() || place_mode == Some(Mode::Hybrid))
        && let Some(((s, e), next)) = known_city_at(doc, tokens, i)
    {
        header.city = Some((s, e));
        header.city_country = doc.city_at(s, e).map(|c| c.country());
        i = next;
    }
    let after_date = match dated_place {
        Some((_, found)) => {
            header.date = Some(found);
            if i == comma + 1 { comma } else { i }
        }
        None => match dates::date_at(tokens, i, text, true) {
            Some((found, next)) => {
                header.date = Some(found);
                next
            }
            None => {
                let word = dates::unknown_month_at(tokens, i, text)?;
                let date_end = tokens.get(i + 2)?.end;
                header.diagnostics.push(Diagnostic::error(
                    Code::UnknownMonth,
                    doc.span(word.start, word.end),
                    format!(
                        "unknown month {:?} in {:?}",
                        doc.original(word.start, word.end),
                        doc.original(tokens.get(i)?.start, date_end)
                    ),
                ));
                i + 3
            }
        },
    };

    // [, ROLE CLAUSES][.]
    let rest_start = tokens.get(after_date).map_or(end, |t| t.start);
    if !read_clauses(doc, rest_start, end, &mut header) {
        return None;
    }
    // "Lisbon, 20-21 March 2018: "Migration and development", hosted by Portugal": a
    // quotation after the date is the title.
    let quoted = tokens
        .get(after_date..after_date + 2)
        .and_then(|t| quoted_name(doc, t.get(1)?.start, end));
    if let Some(title) = quoted {
        header.title = Some(title);
    } else if let colon = after_remark(doc, tokens, after_date, end)
        && tokens
            .get(colon)
            .is_some_and(|t| t.is_punct(':') || t.is_punct('|'))
        && let Some(first) = tokens.get(colon + 1)
    {
        // "Madrid, 1-2 July 2019: Technical meeting on border management": after a colon,
        // the meeting's name is its title; a bar stands for the colon ("Madrid | 1-2 July
        // 2019 | Technical meeting on border management").
        let name_end = clauses_after_name(doc, first.start, end).unwrap_or(end);
        let name = doc
            .slice(first.start, name_end)
            .trim_end_matches(NAME_TRAIL);
        let name_end = first.start + name.len();
        let barred = tokens.get(colon).is_some_and(|t| t.is_punct('|'));
        if (names_the_meeting(doc, first.start, name_end)
            || names_a_title(doc, first.start, name_end))
            && !(barred && kind_alone(doc, first.start, name_end))
        {
            header.title = Some((first.start, name_end));
        }
    }
    Some(header)
}

/// A month named alone before a colon and a meeting's name, as lists under a year's
/// heading date their items ("- July: Technical meeting on border management, Madrid"):
/// the month, whose year the heading gives; and the index of the colon.
fn month_before_name(doc: &Doc<'_>, tokens: &[Token]) -> Option<(Found, usize)> {
    let [month, colon, name, ..] = tokens else {
        return None;
    };
    let m = lexicon::month(month.text(doc.text())).filter(|_| month.kind == Kind::Word)?;
    let end = tokens.last()?.end;
    if !colon.is_punct(':') || !names_a_kind(doc, name.start, end) {
        return None;
    }
    let ymd = dates::Ymd {
        y: None,
        m: Some(m),
        d: None,
    };
    let found = Found {
        start: month.start,
        end: month.end,
        first: ymd,
        last: ymd,
    };
    Some((found, 1))
}

/// The folded range `tokens` cover, from the first's start to the last's end.
fn extent(tokens: &[Token]) -> Option<(usize, usize)> {
    Some((tokens.first()?.start, tokens.last()?.end))
}

/// Whether folded `start..end` names a kind of meeting or the Steering Committee.
fn names_a_kind(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    doc.hits_in(start, end)
        .iter()
        .any(|&h| doc.kind(h).is_some())
        || super::names_the_committee(doc.slice(start, end))
}

/// Whether folded `start..end` is only the name of a kind of meeting, as a column of
/// types gives it after a bar or a dash ("24 October 2024 | Banjul | Thematic meeting"):
/// the kind, not a title. After a colon, what a header names is its title.
fn kind_alone(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    doc.first_hit_in(start, end)
        .is_some_and(|h| h.start == start && h.end == end && doc.kind(h).is_some())
        || super::names_the_committee(doc.slice(start, end))
}

/// The index of the first token after a remark in parentheses that token `i` opens
/// ("Dakar, 3 May 2019 (online): Migration and development"), or `i`.
fn after_remark(doc: &Doc<'_>, tokens: &[Token], i: usize, end: usize) -> usize {
    tokens
        .get(i)
        .filter(|t| t.is_punct('('))
        .and_then(|t| remark(doc, t.start, end))
        .map_or(i, |(_, close)| tokens.partition_point(|t| t.start <= close))
}

/// The mode a header's place states, as a label's value would ("Online", "Virtual
/// meeting", "Videoconference", "Hybrid"), read from its tokens.
fn mode_at(doc: &Doc<'_>, place: &[Token]) -> Option<Mode> {
    let (first, last) = (place.first()?, place.last()?);
    labels::mode_of(doc.slice(first.start, last.end))
}

/// The mode the tokens `part` state and nothing else ("online", "hybrid", "virtual
/// meeting"): not a name that holds a mode's word.
fn mode_alone_at(doc: &Doc<'_>, part: &[Token]) -> Option<Mode> {
    let (first, last) = (part.first()?, part.last()?);
    labels::mode_alone(doc.slice(first.start, last.end))
}

/// `DATES - PLACE[, COUNTRY][: TITLE]`, `DATES: TITLE`: "12 - 13 July 2022 - Dakar, Senegal:
/// Thematic Meeting on Labour Migration"; a bar or a spaced dash may stand for the colon
/// ("24-25 October 2023 | Abuja, Nigeria | Thematic meeting on labour migration").
fn date_first(doc: &Doc<'_>, tokens: &[Token], end: usize) -> Option<Header> {
    let text = doc.text();
    // "12 March 2019 – Workshop on return, Accra, Ghana, 09:00–17:00 CET": the day's hours
    // end the header, and are passed over.
    let all = tokens;
    let tokens = without_trailing_clock(text, all);
    let end = if tokens.len() < all.len() {
        tokens.last().map_or(end, |t| t.end)
    } else {
        end
    };
    let (found, mut i) =
        dates::date_at(tokens, 0, text, true).or_else(|| month_before_name(doc, tokens))?;
    let mut header = Header {
        date: Some(found),
        ..Header::default()
    };
    // "12 March 2019, 09:00–17:00 CET – Workshop on return": the day's hours are passed
    // over, and the separator after them parts the date from the rest.
    if let Some(after) = clock_run(text, tokens, i) {
        i = after - 1;
    }
    let separator = tokens.get(i)?;
    // "2019: The year in review" is no header; a year with a place or roles may be.
    let bare_year = found.first.m.is_none() && found.first == found.last;
    if bare_year && separator.is_punct(':') {
        return None;
    }
    if !(separator.is_punct('-')
        || separator.is_punct('|')
        || separator.is_punct(':')
        || separator.is_punct(',')
        || ends_place(text, tokens, i))
    {
        return None;
    }
    i += 1;
    // "1 July 2019, in Madrid – ...", "Le 1er juillet 2019, à Madrid – ...": the
    // preposition before a capitalised place is no part of it. The place must then end the
    // line or a part set off by a dash, a bar or a colon: after a comma, a sentence may go
    // on ("12 March 2019, in Dakar, the partners met").
    let preposition = matches!(tokens.get(i..), Some([word, next, ..])
        if ["in", "at", "a", "en"].contains(&word.text(text))
            && next.text(text).starts_with(char::is_uppercase));
    i += usize::from(preposition);
    // "20.04.2019 | News" is the day a news item was filed under a category.
    if tokens
        .get(i)
        .is_some_and(|next| super::segment::is_category(doc.slice(next.start, end)))
    {
        return None;
    }
    // Whether token `j` opens role clauses: "hosted by", "co-chaired by", or a role's
    // label ("Co-chairs: Senegal, France").
    let opens_clauses = |j: usize| {
        tokens.get(j).is_some_and(|next| {
            doc.first_hit_in(next.start, end).is_some_and(|h| {
                h.start == next.start && doc.names(h).any(|n| matches!(n, Name::Cue(Cue::By(_))))
            }) || labels::role_label(doc.slice(next.start, end)).is_some()
        })
    };
    // "1-2 July 2019, hosted by Spain": no place, role clauses.
    if separator.is_punct(',')
        && opens_clauses(i)
        && let Some(next) = tokens.get(i)
    {
        return read_clauses(doc, next.start, end, &mut header).then_some(header);
    }
    if !separator.is_punct(':') {
        // PLACE up to a colon, a bar, a spaced dash, a comma or a full stop before role
        // clauses ("14 March 2025 - Workshop on return, Madrid (Spain). Co-chaired by
        // Spain and Senegal.") or the end, perhaps "City, Country".
        let stop = (i..tokens.len())
            .find(|&j| match tokens.get(j) {
                Some(t) if t.is_punct(':') || t.is_punct('|') => true,
                Some(t) if t.is_punct(',') => opens_clauses(j + 1),
                // A full stop ends a sentence before a space; a date's ("21.10.2025") not.
                Some(t) if t.is_punct('.') => {
                    text.as_bytes().get(t.end) == Some(&b' ') && opens_clauses(j + 1)
                }
                // "Dakar / Senegal": a slash before a country parts the city from it.
                Some(t) if t.is_punct('/') => {
                    ends_place(text, tokens, j) && country_at(doc, tokens, j + 1).is_none()
                }
                Some(_) => ends_place(text, tokens, j),
                None => false,
            })
            .unwrap_or(tokens.len());
        if preposition
            && tokens
                .get(stop)
                .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
        {
            return None;
        }
        let mut place = tokens.get(i..stop)?;
        // The header's full stop ends it, not the place: "3 May 2019, Abuja."
        while let Some((last, rest)) = place.split_last()
            && last.is_punct('.')
        {
            place = rest;
        }
        // "7 May 2019, Rabat (hybrid)", "7 May 2019, Brussels & online".
        place = mode_within(doc, place, &mut header);
        // "City, Country" or "City (Country)".
        let comma = place
            .iter()
            .position(|t| t.is_punct(',') || t.is_punct('('));
        let mut city = place.get(..comma.unwrap_or(place.len()))?;
        if comma.is_none()
            && let Some((before, country)) = slashed_country(doc, city)
        {
            header.country = Some(country);
            city = before;
        }
        if let Some(first) = first_of_two_cities(doc, city) {
            city = first;
        }
        // "Senior Officials Meeting" is capitalised as a place is, but names a meeting.
        let names_kind = match (city.first(), city.last()) {
            (Some(first), Some(last)) => names_a_kind(doc, first.start, last.end),
            _ => false,
        };
        if !is_place(city, text) || names_kind {
            // "12/03/2019 - Thematic meeting on legal migration in Dakar": the meeting's
            // name in place of the place. After a comma, only a name followed by a venue
            // the lexicon knows ("17 October 2023, Steering Committee meeting, Brussels"):
            // a sentence may follow a dateline's comma.
            let named = named_meeting(doc, tokens, place, stop, end, header);
            return if separator.is_punct(',') {
                named.filter(|h| h.city_country.is_some() || h.country.is_some())
            } else {
                named
            };
        }
        let (s, e) = (city.first()?.start, city.last()?.end);
        if mode_at(doc, city) == Some(Mode::Virtual) {
            header.mode = Some(Mode::Virtual);
        } else {
            header.city = Some((s, e));
            header.city_country = doc.city_at(s, e).map(|c| c.country());
        }
        if let Some(c) = comma {
            let country = place.get(c + 1..)?;
            let country = match country.split_last() {
                Some((last, rest)) if last.is_punct(')') => rest,
                _ => country,
            };
            let (s, e) = (country.first()?.start, country.last()?.end);
            header.country = Some(doc.country_at(s, e)?);
        }
        i = stop + 1;
        // "3 May 2019 - Dakar - hosted by Senegal": role clauses, not a title.
        if opens_clauses(i)
            && let Some(next) = tokens.get(i)
        {
            return read_clauses(doc, next.start, end, &mut header).then_some(header);
        }
    }
    // ": TITLE[, PLACE][, ROLE CLAUSES]"
    if let Some(first) = tokens.get(i) {
        let mut title_end = end;
        // "4 April 2019, Tunis: Workshop on return, co-chaired by Tunisia and Italy"
        if let Some(comma) = clauses_after_name(doc, first.start, end) {
            title_end = comma;
            if !read_clauses(doc, comma + 1, end, &mut header) {
                return None;
            }
        }
        let title_tokens = tokens.get(i..)?;
        let title_tokens = title_tokens
            .get(..title_tokens.partition_point(|t| t.end <= title_end))
            .unwrap_or_default();
        if header.mode.is_none() {
            let stop = if header.city.is_none() {
                trailing_venue(doc, title_tokens, &mut header)
            } else {
                // "27 March: Steering Committee, online"
                trailing_mode(doc, title_tokens).map(|(stop, mode)| {
                    header.mode = Some(mode);
                    stop
                })
            };
            title_end = stop.unwrap_or(title_end);
        }
        let title = doc
            .slice(first.start, title_end)
            .trim_end_matches(NAME_TRAIL);
        let title_end = first.start + title.len();
        let after_colon = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.is_punct(':'));
        if !title.is_empty() && (after_colon || !kind_alone(doc, first.start, title_end)) {
            header.title = Some((first.start, title_end));
        }
    }
    Some(header)
}

/// The rest of a date-first header that names its meeting where the place would stand,
/// read with the prose; perhaps with the venue after the name's last comma and role
/// clauses after that ("14 October 2025 - Senior Officials' Meeting, Lisbon, Portugal,
/// co-chaired by Portugal"). `place` is the name and venue, up to token `stop`.
fn named_meeting(
    doc: &Doc<'_>,
    tokens: &[Token],
    place: &[Token],
    stop: usize,
    end: usize,
    mut header: Header,
) -> Option<Header> {
    let named_until = match trailing_venue(doc, place, &mut header) {
        Some(name_end) => name_end,
        None => place.last()?.end,
    };
    let named = doc.slice(place.first()?.start, named_until);
    header.committee = super::names_the_committee(named);
    if !(header.committee || names_the_meeting(doc, place.first()?.start, named_until)) {
        return None;
    }
    match tokens.get(stop) {
        Some(comma) if comma.is_punct(',') || comma.is_punct('.') => {
            let clauses = tokens.get(stop + 1)?;
            read_clauses(doc, clauses.start, end, &mut header).then_some(header)
        }
        // "4 April 2024 – Workshop on return – Tunis, Tunisia": the venue in a part of
        // its own after the name.
        Some(_) if header.city.is_none() && header.mode.is_none() => {
            let rest = tokens.get(stop + 1..).unwrap_or_default();
            let venue_end = venue_part(doc, rest, &mut header);
            match rest.get(venue_end..) {
                Some([sep, first, ..])
                    if sep.is_punct(',') || sep.is_punct('-') || sep.is_punct('|') =>
                {
                    read_clauses(doc, first.start, end, &mut header).then_some(header)
                }
                _ => Some(header),
            }
        }
        _ => Some(header),
    }
}

/// Reads a part that opens `tokens` and states a venue the lexicon knows ("Tunis",
/// "Tunis, Tunisia") or a mode ("online") into `header`: gives the index of the token
/// after it, or 0 if the part is no such thing.
fn venue_part(doc: &Doc<'_>, tokens: &[Token], header: &mut Header) -> usize {
    let text = doc.text();
    let part_end = |from: usize| {
        (from..tokens.len())
            .find(|&j| ends_place(text, tokens, j))
            .unwrap_or(tokens.len())
    };
    let city_end = part_end(0);
    let Some((s, e)) = tokens.get(..city_end).and_then(extent) else {
        return 0;
    };
    if let Some(mode) = tokens.get(..city_end).and_then(|part| mode_at(doc, part)) {
        header.mode = Some(mode);
        return city_end;
    }
    let Some(city) = doc.city_at(s, e) else {
        return 0;
    };
    header.city = Some((s, e));
    header.city_country = Some(city.country());
    let country_end = part_end(city_end + 1);
    let country = tokens
        .get(city_end + 1..country_end)
        .and_then(extent)
        .and_then(|(s, e)| doc.country_at(s, e));
    match country {
        Some(country) => {
            header.country = Some(country);
            country_end
        }
        None => city_end,
    }
}

/// Reads the venue or mode that ends a name into `header` ("Workshop on return, Tunis",
/// "Workshop on return (online)", "Steering Committee meeting, Brussels (hybrid)"): where
/// the name stops, if either does.
fn trailing_venue(doc: &Doc<'_>, tokens: &[Token], header: &mut Header) -> Option<usize> {
    let take_place = |tokens: &[Token], header: &mut Header| {
        let (stop, (s, e), country) = trailing_place(doc, tokens)?;
        header.city = Some((s, e));
        header.city_country = doc.city_at(s, e).map(|c| c.country());
        header.country = country;
        Some(stop)
    };
    if let Some(stop) = take_place(tokens, header) {
        return Some(stop);
    }
    let (stop, mode) = trailing_mode(doc, tokens)?;
    header.mode = Some(mode);
    // A hybrid meeting has its venue too, before the mode.
    let before = tokens
        .get(..tokens.partition_point(|t| t.end <= stop))
        .unwrap_or_default();
    match mode {
        Mode::Hybrid => take_place(before, header).or(Some(stop)),
        _ => Some(stop),
    }
}

/// A mode that ends a name after its last comma or in parentheses: "Workshop on return,
/// online", "Workshop on return (online)". Where the name stops, and the mode.
fn trailing_mode(doc: &Doc<'_>, tokens: &[Token]) -> Option<(usize, Mode)> {
    let last_part = match tokens.last() {
        Some(close) if close.is_punct(')') => tokens.iter().rposition(|t| t.is_punct('(')),
        _ => tokens.iter().rposition(|t| t.is_punct(',')),
    }?;
    let part = tokens.get(last_part + 1..)?;
    let part = match part.split_last() {
        Some((close, inside)) if close.is_punct(')') => inside,
        _ => part,
    };
    Some((tokens.get(last_part)?.start, mode_at(doc, part)?))
}

/// A venue that ends a title after its last comma or in parentheses: "Thematic meeting on
/// legal migration, Dakar (Senegal)", "..., Dakar, Senegal", "..., Dakar", "Workshop on
/// return (Tunis, Tunisia)". Where the title stops, the city's folded range and the
/// country. Only known names are taken, as a title has commas and parentheses of its own
/// ("Youth, migration and development").
fn trailing_place(
    doc: &Doc<'_>,
    tokens: &[Token],
) -> Option<(usize, (usize, usize), Option<Country>)> {
    let text = doc.text();
    let tokens = match tokens.split_last() {
        Some((last, rest)) if last.is_punct('.') => rest,
        _ => tokens,
    };
    let comma_before = |end: usize| tokens.get(..end)?.iter().rposition(|t| t.is_punct(','));
    // "Workshop on return (Tunis, Tunisia)", "Steering Committee meeting (Brussels)"
    // Anything else in parentheses is the title's own: the venue is then looked for after
    // its last comma.
    if tokens.last().is_some_and(|t| t.is_punct(')'))
        && let Some(open) = tokens.iter().rposition(|t| t.is_punct('('))
        && let Some(inside) = tokens.get(open + 1..tokens.len() - 1)
    {
        let comma = inside.iter().position(|t| t.is_punct(','));
        let city = inside.get(..comma.unwrap_or(inside.len())).and_then(extent);
        let country = comma
            .and_then(|c| inside.get(c + 1..))
            .map(|rest| extent(rest).and_then(|(s, e)| doc.country_at(s, e)));
        if let (Some((cs, ce)), Some(opening)) = (city, tokens.get(open))
            && doc.city_at(cs, ce).is_some()
            && country != Some(None)
        {
            return Some((opening.start, (cs, ce), country.flatten()));
        }
    }
    let last_comma = comma_before(tokens.len())?;
    let tail = tokens.get(last_comma + 1..)?;
    // "Dakar (Senegal)"
    if let Some(open) = tail.iter().position(|t| t.is_punct('('))
        && tail.last().is_some_and(|t| t.is_punct(')'))
    {
        let city = tail.get(..open)?;
        let (cs, ce) = extent(tail.get(open + 1..tail.len() - 1)?)?;
        let country = doc.country_at(cs, ce)?;
        return is_place(city, text).then_some((
            tokens.get(last_comma)?.start,
            extent(city)?,
            Some(country),
        ));
    }
    let (s, e) = extent(tail)?;
    // "Dakar, Senegal", after a comma or a spaced dash ("Workshop on return - Accra,
    // Ghana").
    let part_before = |end: usize| {
        tokens.get(..end)?.iter().rposition(|t| {
            t.is_punct(',')
                || t.is_punct('-')
                    && text.as_bytes().get(t.start.wrapping_sub(1)) == Some(&b' ')
                    && text.as_bytes().get(t.end) == Some(&b' ')
        })
    };
    if let Some(country) = doc.country_at(s, e)
        && let Some(before) = part_before(last_comma)
        && let Some(city) = tokens.get(before + 1..last_comma)
        && is_place(city, text)
    {
        return Some((tokens.get(before)?.start, extent(city)?, Some(country)));
    }
    // "Dakar"
    doc.city_at(s, e)?;
    Some((tokens.get(last_comma)?.start, (s, e), None))
}

/// Whether a line that is no header looks like one: a place, a comma, then a role clause,
/// in one sentence ("Madrid, 1 July 0, hosted by Spain."). Gives the place's folded range
/// and the first role cue. `tokens` is room for the line's tokens, as for `read`.
fn header_without_date(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
) -> Option<((usize, usize), Hit)> {
    let text = doc.text();
    let line = doc.slice(start, end);
    if line.trim_end_matches('.').contains(". ") {
        return None;
    }
    // Only the place before the first comma (or spaced dash) is read word by word.
    let comma = place_end(line)?;
    let after = start + comma + 1;
    tokens.clear();
    tokenize_into(text, start, start + comma, tokens);
    if !is_place(tokens, text) {
        return None;
    }
    let place = (tokens.first()?.start, tokens.last()?.end);
    // A meeting named as a sentence's subject is no place: "L'atelier, organisé par
    // l'ICMPD, s'est tenu ..." (the French article elided before it).
    if doc
        .hits_in(place.0, place.1)
        .iter()
        .any(|&h| doc.kind(h).is_some())
    {
        return None;
    }
    // A label ("Date: 12 March 2019, organised by ...") is no header gone wrong.
    if line.as_bytes().get(comma) == Some(&b':')
        && doc.city_at(start, start + comma).is_none()
        && doc.country_at(start, start + comma).is_none()
    {
        return None;
    }
    let cue = *doc
        .hits_in(after, end)
        .iter()
        .find(|&&h| doc.names(h).any(|n| matches!(n, Name::Cue(Cue::By(_)))))?;
    // A full date before the cue makes the line no header with a date that cannot be read,
    // but a sentence after a dateline ("DAKAR, 12 March 2019 - The Rabat Process held ...,
    // co-chaired by Senegal") or a card another anchor reads ("Senior Officials' Meeting,
    // Madrid, 20-21 October 2022, co-chaired by ...").
    tokens.clear();
    tokenize_into(text, after, cue.start, tokens);
    if dates::find_all(tokens, text, false)
        .iter()
        .any(|d| d.first.y.is_some() || d.last.y.is_some())
    {
        return None;
    }
    // What stands where the date should be looks like one, or is short: a sentence that
    // opens with a country ("Nigeria, in its capacity as chair, opened the meeting, hosted
    // by ...") is none.
    const MAX_WORDS_FOR_A_DATE: usize = 3;
    let date_like = tokens.iter().any(|t| {
        matches!(t.kind, Kind::Number { .. })
            || t.kind == Kind::Word && lexicon::is_calendar_word(t.text(text))
    });
    let short = tokens.iter().filter(|t| t.kind == Kind::Word).count() <= MAX_WORDS_FOR_A_DATE;
    (date_like || short).then_some((place, cue))
}

/// A line that looks like a header but has no date that can be read, as
/// `header_without_date` tells: its place and role clauses, so that its text is an
/// announcement of its own rather than the end of the one above ("Lomé, hosted by Togo.").
pub(crate) fn read_dateless(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
) -> Option<Header> {
    let ((place_start, place_end), cue) = header_without_date(doc, start, end, tokens)?;
    // A header's clause names its parties after "by" ("hosted by Togo"); a sentence's
    // subject may be set off by a cue of another form ("Senegal, the host country,
    // welcomed ...").
    let cue_text = doc.slice(cue.start, cue.end);
    if !(cue_text.ends_with(" by") || cue_text.ends_with(" par")) {
        return None;
    }
    let mut header = Header {
        city_country: doc.city_at(place_start, place_end).map(|c| c.country()),
        ..Header::default()
    };
    match doc.country_at(place_start, place_end) {
        Some(country) if header.city_country.is_none() => header.country = Some(country),
        _ => header.city = Some((place_start, place_end)),
    }
    read_clauses(doc, cue.start, end, &mut header).then_some(header)
}

/// A place written "City/Country" ("Dakar/Senegal", "Brussels / Belgium"): the city's
/// tokens and the country. `None` unless what follows the slash names a country.
fn slashed_country<'t>(doc: &Doc<'_>, place: &'t [Token]) -> Option<(&'t [Token], Country)> {
    let slash = place.iter().position(|t| t.is_punct('/'))?;
    let (city, country) = (place.get(..slash)?, place.get(slash + 1..)?);
    city.first()?;
    let country = doc.country_at(country.first()?.start, country.last()?.end)?;
    Some((city, country))
}

/// The first of two known cities that a place joins with `&`, `and`, `et`, `+` or a slash
/// ("Rabat & Casablanca", "Dakar and Saint-Louis", "Dakar/Thies"): a meeting held in both
/// or moving between them, whose venue is the first. `None` where the whole place is one
/// known name.
fn first_of_two_cities<'t>(doc: &Doc<'_>, place: &'t [Token]) -> Option<&'t [Token]> {
    let text = doc.text();
    let city = |tokens: &[Token]| extent(tokens).and_then(|(s, e)| doc.city_at(s, e));
    if city(place).is_some() {
        return None;
    }
    let joint = place.iter().position(|t| {
        t.is_punct('&') || t.is_punct('/') || t.is_punct('+') || t.is_any_word(text, &["and", "et"])
    })?;
    let (first, second) = (place.get(..joint)?, place.get(joint + 1..)?);
    city(first)?;
    city(second)?;
    Some(first)
}

/// A short remark in parentheses that opens folded `start..end`, after spaces and commas,
/// and names no role: the folded offsets of its "(" and ")".
fn remark(doc: &Doc<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    const MAX_REMARK_LEN: usize = 40;
    const MAX_REMARK_WORDS: usize = 4;
    let rest = doc.slice(start, end);
    let lead = rest.len() - rest.trim_start_matches([' ', ',']).len();
    let open = start + lead;
    let inside = doc.slice(open, end).strip_prefix('(')?;
    let close = open + 1 + crate::text::head(inside, MAX_REMARK_LEN).find(')')?;
    let words = doc.slice(open + 1, close).split_whitespace().count();
    // "(hosted by Senegal)", "(observers: Algeria and Libya)": clauses, no remark.
    let names_role = doc
        .hits_in(open, close)
        .iter()
        .any(|&h| clause_roles(doc, h).is_some())
        || labels::role_label(doc.slice(open + 1, close)).is_some();
    (words <= MAX_REMARK_WORDS && !names_role).then_some((open, close))
}

/// The venue a header's place names, with what it says in parentheses or beside the venue
/// given to `header`: the country ("Dakar (Senegal)"), the mode ("Rabat (hybrid)",
/// "Hybrid (Brussels)") or online beside it ("Brussels & online", hybrid). `None` where
/// the parentheses hold neither a country nor a mode.
fn venue_within<'t>(doc: &Doc<'_>, place: &'t [Token], header: &mut Header) -> Option<&'t [Token]> {
    place_parts(doc, place, header, true)
}

/// As `venue_within`, for a place that may be no place but a meeting's name with its venue
/// in parentheses ("Thematic meeting on legal migration (Dakar, Senegal)"): only a mode is
/// read, and else the place is left as it is.
fn mode_within<'t>(doc: &Doc<'_>, place: &'t [Token], header: &mut Header) -> &'t [Token] {
    place_parts(doc, place, header, false).unwrap_or(place)
}

fn place_parts<'t>(
    doc: &Doc<'_>,
    mut place: &'t [Token],
    header: &mut Header,
    country_in_parentheses: bool,
) -> Option<&'t [Token]> {
    if let Some(open) = place.iter().position(|t| t.is_punct('('))
        && open > 0
        && place.last().is_some_and(|t| t.is_punct(')'))
    {
        let before = place.get(..open)?;
        let inside = place.get(open + 1..place.len() - 1)?;
        // "Hybrid (Brussels), 6 May 2021": the mode, then the venue; "Rabat (hybrid), 12
        // June 2021": the venue, then its mode.
        if mode_at(doc, before) == Some(Mode::Hybrid) {
            header.mode = Some(Mode::Hybrid);
            place = inside;
        } else if let Some(mode) = mode_alone_at(doc, inside) {
            header.mode = Some(mode);
            place = before;
        } else if country_in_parentheses {
            let (s, e) = extent(inside)?;
            if let Some(country) = doc.country_at(s, e) {
                header.country = Some(country);
                place = before;
            } else {
                // "Senegal (Dakar)": the country, then its city.
                let (bs, be) = extent(before)?;
                doc.city_at(s, e)?;
                header.country = Some(doc.country_at(bs, be)?);
                place = inside;
            }
        }
    }
    if let Some(venue) = venue_and_online(doc, place) {
        header.mode = Some(Mode::Hybrid);
        place = venue;
    }
    Some(place)
}

/// The venue of a place that names one and online ("Brussels & online", "Dakar and
/// online"): a hybrid meeting's.
fn venue_and_online<'t>(doc: &Doc<'_>, place: &'t [Token]) -> Option<&'t [Token]> {
    let [venue @ .., joint, mode] = place else {
        return None;
    };
    let joined = ["&", "and", "+", "/", "et"]
        .iter()
        .any(|w| joint.text(doc.text()).eq_ignore_ascii_case(w));
    (!venue.is_empty()
        && joined
        && mode_alone_at(doc, std::slice::from_ref(mode)) == Some(Mode::Virtual))
    .then_some(venue)
}

/// Whether the tokens read as a place name: one to six words, capitalised but for joiners.
fn is_place(tokens: &[Token], text: &str) -> bool {
    let words = tokens.iter().filter(|t| t.kind == Kind::Word).count();
    // A sentence may open with a word and a comma before a date, as a header opens with
    // its place: "Previously, on 11 March 2019, the co-chairs met ...".
    if let [only] = tokens
        && sentence_adverb(only.text(text))
    {
        return false;
    }
    let first_capital = tokens
        .first()
        .is_some_and(|t| t.kind == Kind::Word && t.text(text).starts_with(char::is_uppercase));
    let all_fit = tokens.iter().all(|t| match t.kind {
        Kind::Word => {
            let w = t.text(text);
            (w.starts_with(char::is_uppercase) || PLACE_JOINERS.contains(&w))
                && !lexicon::is_calendar_word(w)
        }
        Kind::Punct(c) => matches!(c, '-' | '\'' | '.'),
        Kind::Number { .. } => false,
    });
    first_capital && all_fit && (1..=MAX_PLACE_WORDS).contains(&words)
}

/// Whether `word` is an adverb that opens sentences ("Previously", "However"), not a place:
/// such a word ending in "-ly" ("Subsequently"), or one of a few others.
fn sentence_adverb(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "however",
        "meanwhile",
        "moreover",
        "furthermore",
        "afterwards",
        "later",
        "earlier",
        "then",
        "also",
        "today",
        "yesterday",
        "thereafter",
        "nevertheless",
        "besides",
        "next",
        "first",
        "thus",
        "therefore",
        "indeed",
        "ensuite",
        "auparavant",
        "puis",
        "enfin",
    ];
    // Seven letters at least: "Italy" is a place.
    const MIN_LY: usize = 7;
    word.len() >= MIN_LY && word.ends_with("ly") && word.is_ascii()
        || crate::text::one_of(word, OPENERS)
}

/// The part of a header from token `i` to the next comma, bar or spaced dash, as folded
/// offsets, and the index after that separator. No name of a city or country starts with
/// a digit, where most often the date comes.
fn part_at(text: &str, tokens: &[Token], i: usize) -> Option<((usize, usize), usize)> {
    let first = tokens
        .get(i)
        .filter(|t| !matches!(t.kind, Kind::Number { .. }))?;
    let rest = tokens.get(i..)?;
    let comma = i + (0..rest.len()).find(|&j| ends_place(text, rest, j))?;
    let last = tokens.get(comma.checked_sub(1)?)?;
    Some(((first.start, last.end), comma + 1))
}

/// A city the lexicon knows filling the part from token `i`: "Senegal, Dakar, 4 May 2019".
fn known_city_at(doc: &Doc<'_>, tokens: &[Token], i: usize) -> Option<((usize, usize), usize)> {
    let ((s, e), next) = part_at(doc.text(), tokens, i)?;
    doc.city_at(s, e)?;
    Some(((s, e), next))
}

/// A country name filling the part from token `i`: "Dakar, Senegal, 12 ...", "Abidjan,
/// Côte d'Ivoire | 12 ...", or its ISO code, which only a header's place part is taken to
/// be: "Dakar, SN, 12 ...".
fn country_at(doc: &Doc<'_>, tokens: &[Token], i: usize) -> Option<(Country, usize)> {
    if let Some(((s, e), next)) = part_at(doc.text(), tokens, i) {
        let code = doc.slice(s, e);
        let country = doc.country_at(s, e).or_else(|| {
            (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
                .then(|| Country::from_alpha2(code))
                .flatten()
        });
        if let Some(country) = country {
            return Some((country, next));
        }
    }
    // "Dakar, Senegal. 7 May 2019. Hosted by Senegal.": a full stop ends the country where
    // a day follows it.
    let rest = tokens.get(i..)?;
    let stop = (1..rest.len().min(MAX_PLACE_WORDS + 1)).find(|&j| {
        rest.get(j).is_some_and(|t| t.is_punct('.'))
            && rest
                .get(j + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Number { .. }))
    })?;
    let (first, last) = (rest.first()?, rest.get(stop - 1)?);
    Some((doc.country_at(first.start, last.end)?, i + stop + 1))
}

/// Reads `hosted by X and co-chaired by Y[.]` from `start` to `end` into `header`. False
/// when the text there is not role clauses.
fn read_clauses(doc: &Doc<'_>, start: usize, end: usize, header: &mut Header) -> bool {
    let mut pos = start;
    // Where the first part that is no remark starts: remarks before it are no clauses
    // ("Brussels, 5 July 2022 (online) - Steering Committee, chaired by Spain").
    let mut lead = start;
    loop {
        let rest = doc.slice(pos, end);
        // "(tbc)", "(postponed)", "(online)": a short remark in parentheses gives no role;
        // a mode it states is kept.
        if let Some((open, close)) = remark(doc, pos, end) {
            if let Some(mode) = labels::mode_of(doc.slice(open, close)) {
                header.mode.get_or_insert(mode);
            }
            if pos == lead {
                lead = close + 1;
            }
            pos = close + 1;
            continue;
        }
        let trimmed = trim_joiners(rest);
        if trimmed.is_empty() {
            header.clauses_end = end;
            return true;
        }
        let at = pos + (rest.len() - trimmed.len());
        // A cue ("hosted by"), or a label of a role ("Madrid, 1-2 July 2019 - Co-chairs:
        // Spain and Morocco"): where it starts and ends, and the roles it gives.
        let clause = doc
            .first_hit_in(at, end)
            .filter(|h| h.start == at)
            .and_then(|h| Some((h.start, h.end, clause_roles(doc, h)?)))
            .or_else(|| {
                let (roles, value) = labels::role_label(doc.slice(at, end))?;
                Some((at, at + value, roles))
            });
        let Some((cue_start, cue_end, roles)) = clause else {
            // A title in quotes: "Lisbon, 20-21 March 2018: "Migration and development",
            // hosted by Portugal".
            if let Some((_, close)) = quoted_name(doc, at, end) {
                pos = close + 1;
                continue;
            }
            // "Lisbon, 8 May 2019, under the Portuguese presidency": the office's holder
            // before its word.
            if let Some((roles, holders, part_end)) = office_under(doc, at, end) {
                for (role, party) in parties::each_role(doc, &holders, roles) {
                    header.roles.push((role, party.clone()));
                }
                pos = part_end;
                continue;
            }
            // "Dakar, 12 March 2019, 9:00-17:00, hosted by Senegal": the day's hours.
            if let Some(part_end) = clock_part(doc, at, end) {
                pos = part_end;
                continue;
            }
            // "Brussels, 16 September 2020, online.": a mode in a part of its own.
            if let Some((mode, part_end)) = mode_part(doc, at, end) {
                header.mode.get_or_insert(mode);
                pos = part_end;
                continue;
            }
            // "Dakar, 3 May 2019, with the support of the European Union", "at the
            // Radisson Blu Hotel": a part that gives no role.
            // A part of its own, set off by a comma: not after the header's full stop or
            // end, where a flattened page's body may follow.
            let set_off = || {
                let separator = doc.slice(pos, at);
                separator.contains(',') && !separator.contains('.')
            };
            let part = support_part(doc, at, end).or_else(|| building_part(doc, at, end));
            if let Some(part_end) = part.filter(|_| set_off()) {
                pos = part_end;
                continue;
            }
            // Text after the clauses that is no clause: a header only if clauses came
            // first, or if it names the meeting ("Rome, 27 November 2014, Fourth
            // Euro-African Ministerial Conference"), perhaps with clauses after the name
            // ("Tunis, 3 April 2019 - Workshop on border management, hosted by Tunisia").
            header.clauses_end = pos;
            if pos != lead {
                return true;
            }
            // A name that opens with the kind and a colon gives its title ("Dakar, 3 May
            // 2018 - Thematic meeting: Legal migration and mobility").
            let name_end = clauses_after_name(doc, at, end);
            // After a colon (or a bar standing for one), any short name is the meeting's
            // title ("Dakar, 20 May 2019: Migration and development").
            let after_colon = matches!(doc.slice(lead, at).trim(), ":" | "|");
            // "Brussels, 5 July 2022 - Steering Committee, chaired by Spain": the committee
            // named alone names its meeting.
            let name_until = name_end.unwrap_or(end);
            let name = doc.slice(at, name_until);
            let committee = super::names_the_committee(name);
            header.committee |= committee;
            let named = committee
                || names_the_meeting(doc, at, name_until)
                || after_colon && names_a_title(doc, at, name_until);
            if named && header.title.is_none() {
                header.title = super::kind_colon_title(doc, at, at + name.trim_end().len());
            }
            match name_end {
                Some(name_end) if named => {
                    pos = name_end;
                    continue;
                }
                Some(_) => return false,
                None => return named,
            }
        };
        let (listed, list_end) = parties::after(doc, cue_end, end, true);
        if listed.len() >= parties::MAX_LIST {
            header.diagnostics.push(Diagnostic::warning(
                Code::LongList,
                doc.span(cue_start, list_end),
                format!(
                    "{:?} names more than {} parties; the rest are left out",
                    doc.original(cue_start, cue_end),
                    parties::MAX_LIST
                ),
            ));
        }
        // "organised by the Rabat Process Secretariat": the dialogue holds no role, by
        // the contract, and that is no fault of the text.
        let names_dialogue = || {
            doc.first_hit_in(cue_end, end).is_some_and(|h| {
                h.may_name(class::DIALOGUE)
                    && doc.names(h).any(|n| matches!(n, Name::Dialogue))
                    && matches!(doc.slice(cue_end, h.start).trim(), "" | "the" | "The")
            })
        };
        if listed.is_empty() && !names_dialogue() {
            // "Brussels, 8 February 2024 – Representatives of 30 partner countries met
            // ...": a capitalised cue that names no one and runs on into words opens a
            // sentence, and the line is a press release's dateline, no header.
            let runs_on = doc
                .slice(cue_start, cue_end)
                .starts_with(char::is_uppercase)
                && doc
                    .slice(list_end.max(cue_end), end)
                    .trim_start_matches(' ')
                    .starts_with(char::is_alphanumeric);
            if runs_on {
                return false;
            }
            header.diagnostics.push(Diagnostic::warning(
                Code::EmptyRole,
                doc.span(cue_start, cue_end),
                format!(
                    "{:?} names no country or organisation",
                    doc.original(cue_start, cue_end)
                ),
            ));
        }
        for l in &listed {
            // A name the lexicon keeps by name ("Expertise France") is known.
            // (perhaps with its acronym after it: "the European Asylum Support Office (EASO)")
            let known = doc
                .first_hit_in(l.start, l.end)
                .is_some_and(|h| h.start == l.start);
            if let Party::Organisation(Organisation::Other(name)) = &l.party
                && !known
            {
                header.diagnostics.push(Diagnostic::warning(
                    Code::UnknownName,
                    doc.span(l.start, l.end),
                    format!("unknown name {name:?} kept as an organisation"),
                ));
            }
        }
        for (role, party) in parties::each_role(doc, &listed, roles) {
            header.roles.push((role, party.clone()));
        }
        pos = list_end.max(cue_end);
    }
}

/// An office held over the meeting, its holder named before its word, in the part that
/// opens at folded `start` ("under the Portuguese presidency", "under the Moroccan and
/// Spanish co-chairmanship"): its roles, its holders and where the office's word ends.
fn office_under(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
) -> Option<(&'static [Role], parties::List, usize)> {
    let rest = doc.slice(start, end);
    let lead = ["under the ", "Under the "]
        .iter()
        .find(|l| rest.starts_with(**l))?
        .len();
    let office = doc.hits_in(start + lead, end).iter().find_map(|&h| {
        doc.names(h).find_map(|n| match n {
            Name::Cue(Cue::Under(roles)) => Some((h, *roles)),
            _ => None,
        })
    })?;
    let (hit, roles) = office;
    let (holders, holders_end) = parties::after(doc, start + lead, hit.start, false);
    // Only the holders stand between "under the" and the office's word; what follows it is
    // no other body's office ("under the Italian Presidency of the Council of the EU").
    let next = doc.slice(hit.end, end).trim_start();
    let only_holders = doc.slice(holders_end, hit.start).trim().is_empty();
    (only_holders && !holders.is_empty() && !next.starts_with("of "))
        .then_some((roles, holders, hit.end))
}

/// The folded range inside a quotation that opens at folded `start` and closes before
/// `end` ("\"Migration and development: the role of the diaspora\""), curly quotes folded.
fn quoted_name(doc: &Doc<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    let inside = doc.slice(start, end).strip_prefix('"')?;
    let close = start + 1 + inside.find('"')?;
    (close > start + 1).then_some((start + 1, close))
}

/// Where the header's part that opens at folded `start` ends, if it only states clock
/// times ("9:00-17:00", "at 10:00 CET", "from 9h to 17h"): the part runs to the next comma,
/// the end of the sentence or `end`.
fn clock_part(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    let rest = doc.slice(start, end);
    let part_end = start
        + rest
            .find(',')
            .or_else(|| rest.find(". "))
            .unwrap_or(rest.len());
    let text = doc.text();
    let tokens = super::tokens::tokenize(text, start, part_end);
    (states_times(text, &tokens) && tokens.iter().all(|t| dates::is_clock_token(text, t)))
        .then_some(part_end)
}

/// Whether `times` state clock times: a number with a unit ("10 am", "9h", "CET") or two
/// numbers about a colon ("09:00").
fn states_times(text: &str, times: &[Token]) -> bool {
    let number = |t: &Token| matches!(t.kind, Kind::Number { .. });
    times
        .iter()
        .any(|t| t.is_any_word(text, dates::CLOCK_UNITS))
        && times.iter().any(number)
        || times
            .windows(3)
            .any(|w| matches!(w, [a, colon, b] if number(a) && colon.is_punct(':') && number(b)))
}

/// The index of the token after a run of clock times that opens at token `from` and ends
/// at a separator, which is the run's last token: ", 09:00–17:00 CET –" in "12 March 2019,
/// 09:00–17:00 CET – Workshop on return", "(9h-17h)," in "3 May 2019 (9h-17h), Dakar".
fn clock_run(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let rest = tokens.get(from..)?;
    let len = rest.iter().position(|t| !dates::is_clock_token(text, t))?;
    let (last, times) = rest.get(..len)?.split_last()?;
    let separates = last.is_punct(',') || last.is_punct('-') || last.is_punct('|');
    (separates && states_times(text, times)).then_some(from + len)
}

/// `place` without the clock times its last comma sets off: "Accra, Ghana" of "Accra,
/// Ghana, 09:00–17:00 CET".
fn without_trailing_clock<'t>(text: &str, place: &'t [Token]) -> &'t [Token] {
    let Some(comma) = place.iter().rposition(|t| t.is_punct(',')) else {
        return place;
    };
    match place.split_at_checked(comma) {
        Some((before, times))
            if times.iter().all(|t| dates::is_clock_token(text, t))
                && states_times(text, times) =>
        {
            before
        }
        _ => place,
    }
}

/// A mode stated alone in the header's part that opens at folded `start` and runs to the
/// next comma, the end of the sentence or `end` ("online", "by videoconference", "virtual
/// meeting"), and where that part ends. A longer part is a name or a sentence, read as
/// such.
fn mode_part(doc: &Doc<'_>, start: usize, end: usize) -> Option<(Mode, usize)> {
    let rest = doc.slice(start, end);
    // The body may go on after the header's full stop: "online. The meeting ...".
    let part_end = start + rest.find([',', '.']).unwrap_or(rest.len());
    labels::mode_alone(doc.slice(start, part_end)).map(|mode| (mode, part_end))
}

/// A part of the header that opens at folded `start` with who supported the meeting or
/// whom it was held with ("with the support of the European Union", "in partnership with
/// IOM", "funded by the EU"), which gives no role, and where it ends: at the next comma,
/// the end of the sentence or `end`.
fn support_part(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    const SUPPORT: &[&str] = &[
        "with the support of ",
        "with the financial support of ",
        "with support from ",
        "with funding from ",
        "funded by ",
    ];
    let rest = doc.slice(start, end);
    crate::text::starts_with_any(rest, SUPPORT)
        .or_else(|| crate::text::starts_with_any(rest, parties::PARTNERING))?;
    Some(start + rest.find([',', '.']).unwrap_or(rest.len()))
}

/// A part of the header that opens at folded `start` and names the building the meeting
/// was held in ("at the Radisson Blu Hotel", "King Fahd Palace Hotel"): a few capitalised
/// words, perhaps after "at" or "at the". Where it ends: at the next comma, the end of
/// the sentence or `end`.
fn building_part(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    const MAX_WORDS: usize = 6;
    let rest = doc.slice(start, end);
    let part_end = rest.find([',', '.']).unwrap_or(rest.len());
    let part = rest.get(..part_end)?;
    let name = crate::text::starts_with_any(part, &["at the ", "at "])
        .map_or(part, |at| part.get(at.len()..).unwrap_or(""));
    let words = name.split_whitespace();
    // Besides a place's, the lowercase words of a building's name: "Jardin des Roses".
    const JOINERS: &[&str] = &["the", "des", "du", "and", "&"];
    let capitalised = words.clone().all(|w| {
        w.starts_with(char::is_uppercase) || PLACE_JOINERS.contains(&w) || JOINERS.contains(&w)
    });
    let count = words.count();
    let name_start = start + (part.len() - name.len());
    let is_venue = (1..=MAX_WORDS).contains(&count)
        && capitalised
        && name.starts_with(char::is_uppercase)
        && !name.bytes().any(|b| b.is_ascii_digit())
        // "Senior Officials' Meeting" names the meeting, not where it was held.
        && !names_the_meeting(doc, name_start, start + part_end);
    is_venue.then_some(start + part_end)
}

/// Whether folded `start..end` is a short name of a meeting: capitalised, one sentence,
/// naming a kind of meeting.
fn names_the_meeting(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let rest = doc.slice(start, end);
    let opens = rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let hits = doc.hits_in(start, end);
    // A kind, opening the name or after capitalised words: "meeting of the experts on
    // return", "séminaire sur la migration" (French writes the name after a colon in
    // lowercase), "Regional Forum on Labour Mobility".
    let Some(kind) = hits.iter().find(|&&h| doc.kind(h).is_some()) else {
        return false;
    };
    // The words before the kind qualify it, capitalised as a name's are ("Fourth
    // Euro-African Ministerial Conference"); a sentence has a lowercase verb there
    // ("Tunisia welcomed the workshop").
    let qualified = doc
        .slice(start, kind.start)
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // A kind alone may be lowercase: "Geneva, 5 October 2017, side event."
    (opens || kind.start == start)
        && qualified
        && !says_something(doc, start, end)
        && rest.len() <= 160
        && !rest.trim_end_matches('.').contains(". ")
}

/// Whether folded `start..end` reads as a title: a few capitalised words that say nothing
/// of who did what ("Migration and development", not "The Rabat Process held ...").
fn names_a_title(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    const MAX_WORDS: usize = 12;
    let name = doc.slice(start, end).trim_end_matches(NAME_TRAIL);
    name.starts_with(char::is_uppercase)
        && name.split_whitespace().count() <= MAX_WORDS
        && !name.contains(". ")
        && !says_something(doc, start, end)
}

/// Whether folded `start..end` says who did what, as a sentence does and a name does not:
/// it holds a verb of meeting or role ("organized", "held").
fn says_something(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let hits = doc.hits_in(start, end);
    hits.iter().enumerate().any(|(i, &h)| {
        doc.names(h).any(|n| match n {
            // A headline's participle after the meeting it names says where, not who did
            // what: "Thematic meeting on legal migration held in Dakar".
            Name::Cue(Cue::Held)
                if doc.slice(h.start, h.end) == "held"
                    && doc.slice(h.end, end).starts_with(" in ")
                    && hits
                        .get(..i)
                        .is_some_and(|before| before.iter().any(|&k| doc.kind(k).is_some())) =>
            {
                false
            }
            // "Webinar on migration", "Online seminar on return": a mode's word names.
            Name::Cue(Cue::Mode(_)) => false,
            Name::Cue(_) => true,
            Name::Kind(_) => kind_with_verb(doc, h),
            _ => false,
        })
    })
}

/// Whether the kind named at hit `h` is named with its verb, as the lexicon names the
/// committee's meetings ("The Steering Committee met", "met online"): the hit tells a
/// meeting held.
pub(super) fn kind_with_verb(doc: &Doc<'_>, h: Hit) -> bool {
    const KIND_VERBS: &[&str] = &[
        "held",
        "met",
        "meet",
        "stock",
        "discussed",
        "reviewed",
        "convened",
        "gathered",
    ];
    // The verb may be followed by how it met: "The Steering Committee met online".
    doc.slice(h.start, h.end)
        .split_whitespace()
        .skip(1)
        .any(|w| KIND_VERBS.contains(&w))
}

/// Where a name that role clauses follow ends: at the first comma, bar or opening
/// parenthesis in folded `start..end` right before a role cue ("Workshop on border
/// management, hosted by Tunisia", "Workshop on return | chaired by Mali", "Workshop on
/// return (co-chaired by Mali and Spain)"), or right before the cue after a name of the
/// meeting ("Senior Officials' Meeting hosted by Italy"). `None` if none has a cue after
/// it.
fn clauses_after_name(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    let text = doc.text();
    // "Thematic meeting on return, Dakar (Senegal). Co-chairs: Senegal, France": a role's
    // label after the name's full stop, comma or bar ("Steering Committee | Chair: Spain").
    let name = doc.slice(start, end);
    let labelled = memchr::memchr3_iter(b'.', b',', b'|', name.as_bytes()).find(|&i| {
        name.get(i + 1..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| labels::role_label(rest).is_some())
    });
    if let Some(i) = labelled {
        return Some(start + i);
    }
    doc.hits_in(start, end).iter().find_map(|&h| {
        let before = text.get(start..h.start)?.trim_end();
        if before.ends_with([',', '|', '(']) {
            clause_roles(doc, h).map(|_| start + before.len() - 1)
        } else {
            let by = doc.names(h).any(|n| matches!(n, Name::Cue(Cue::By(_))));
            (by && names_the_meeting(doc, start, start + before.len()))
                .then_some(start + before.len())
        }
    })
}

/// The roles a cue that opens a role clause gives: "hosted by X", and in a header also
/// "organised in cooperation with X".
fn clause_roles(doc: &Doc<'_>, h: Hit) -> Option<&'static [Role]> {
    doc.names(h).find_map(|n| match n {
        Name::Cue(Cue::By(roles) | Cue::After(roles)) => Some(*roles),
        // "Brussels, 5 May 2019, with the participation of Frontex and Europol"
        Name::Cue(Cue::Gathered) => Some(&[Role::Participant]),
        _ => None,
    })
}

/// `text` without leading white space, punctuation and "and".
fn trim_joiners(mut text: &str) -> &str {
    let joining = |b: u8| b.is_ascii_whitespace() || b",.;:-|()/".contains(&b);
    loop {
        // Bytes first, as a long run of marks is walked fastest so; then any other space.
        let ascii = text.bytes().take_while(|&b| joining(b)).count();
        let t = text
            .get(ascii..)
            .unwrap_or("")
            .trim_start_matches(|c: char| c.is_whitespace() || ",.;:-|()/".contains(c));
        match t.get(..4) {
            Some(w) if w.eq_ignore_ascii_case("and ") => text = t.get(4..).unwrap_or(""),
            _ => return t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quick_look_passes_places_dates_and_no_prose() {
        for line in [
            "Cidade Velha, 3 May 2019",
            "Trinidad and Tobago, 3 May 2019",
            "S\u{e3}o Tom\u{e9}, 3 May 2019",
            "\u{c9}vora, 3 May 2019",
            "Z\u{fc}rich, 3 May 2019",
            "March - June 1990, hosted by Spain",
            "Monday, 3 May 2019",
            "12 - 13 July 2022 - Dakar",
            "From 3 to 5 June 2025, Rabat",
            "Du 3 au 5 juin 2025, Rabat",
            "Mid-March 2020, Banjul",
        ] {
            assert!(may_be_header(line), "{line}");
        }
        // Such a date leads a date-first header; before a sentence, it is none.
        for (line, city) in [
            ("From 3 to 5 June 2025, Rabat", "Rabat"),
            ("Du 3 au 5 juin 2025, Rabat", "Rabat"),
            ("Mid-March 2020, Banjul", "Banjul"),
            ("Early June 2025 – Dakar, Senegal", "Dakar"),
        ] {
            let (doc, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), city);
        }
        assert!(header("From 3 to 5 June 2025, the partners met in Rabat.").is_none());
        for line in [
            "the meeting, held in Rabat",
            "Madrid 2019, hosted by Spain",
            "A b c, 3 May",
            "Participants from many more countries than ever, 3 May",
            // A vertical tab parts words as other white space does.
            "Madrid\u{b}of\u{b}the\u{b}past, 3 May",
        ] {
            assert!(!may_be_header(line), "{line}");
        }
    }

    fn header(line: &str) -> Option<(Doc<'_>, Header)> {
        let doc = Doc::new(line);
        let h = read(&doc, 0, doc.text().len(), &mut Vec::new())?;
        Some((doc, h))
    }

    /// The header of `line`, which must read as one, and its city as written.
    fn header_and_city(line: &str) -> (Header, String) {
        let (doc, h) = header(line).unwrap_or_else(|| panic!("{line}"));
        let city = h.city.map_or("", |(s, e)| doc.slice(s, e)).to_owned();
        (h, city)
    }

    fn roles(h: &Header) -> Vec<String> {
        h.roles.iter().map(|(r, p)| format!("{r}: {p}")).collect()
    }

    #[test]
    fn reads_card_headers() {
        let (doc, h) =
            header("Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.").unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Madrid");
        assert_eq!(h.city_country.unwrap().alpha2(), "ES");
        assert_eq!(roles(&h), ["host: Spain", "co_chair: Morocco"]);
        let (_, h) = header("Luxor, 8-9 November 2017, hosted and chaired by Egypt.").unwrap();
        assert_eq!(roles(&h), ["host: Egypt", "chair: Egypt"]);
        let (_, h) = header("Cidade Velha, 30 November - 1 December 2016, hosted by Cabo Verde and co-chaired by Portugal. ").unwrap();
        assert_eq!(roles(&h), ["host: Cabo Verde", "co_chair: Portugal"]);
        let (_, h) =
            header("Abidjan, 24 October 2019, organised by the Mixed Migration Centre").unwrap();
        assert_eq!(roles(&h), ["organiser: MMC"]);
        let (_, h) =
            header("Dakar, Senegal, 3 May 2019, co-chaired by Senegal, Spain and the EU").unwrap();
        assert_eq!(h.country.unwrap().alpha2(), "SN");
        assert_eq!(
            roles(&h),
            ["co_chair: Senegal", "co_chair: Spain", "co_chair: EU"]
        );
        let (_, h) =
            header("Abidjan, 24 October 2019 - hosted by Cote d'Ivoire | co-chaired by France")
                .unwrap();
        assert_eq!(roles(&h), ["host: Côte d'Ivoire", "co_chair: France"]);
        // In French.
        for line in [
            "Dakar, 9 février 2023, à l'invitation du Sénégal.",
            "Dakar, 9 février 2023, accueillie par le Sénégal",
        ] {
            let (_, h) = header(line).unwrap();
            assert_eq!(roles(&h), ["host: Senegal"], "{line}");
        }
        let (doc, h) =
            header("Louxor, 8-9 novembre 2017, accueillie et présidée par l'Égypte.").unwrap();
        assert_eq!(roles(&h), ["host: Egypt", "chair: Egypt"]);
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Louxor");
        assert_eq!(h.city_country.unwrap().alpha2(), "EG");
        let line = "Praia, 3 mai 2019, accueillie et coprésidée par le Cabo Verde.";
        let (_, h) = header(line).unwrap();
        assert_eq!(roles(&h), ["host: Cabo Verde", "co_chair: Cabo Verde"]);
        // The committee named alone after the date names the meeting, roles after it.
        let (_, h) = header("Brussels, 5 July 2022 – Steering Committee, chaired by Spain.")
            .unwrap_or_else(|| panic!("the committee after a place-first date"));
        assert!(h.committee);
        assert_eq!(roles(&h), ["chair: Spain"]);
        // So it does after a remark, as a title after a remark and a colon is the title.
        let line = "Brussels, 5 July 2022 (online) – Steering Committee, chaired by Spain.";
        let (_, h) = header(line).unwrap();
        assert!(h.committee && h.mode == Some(Mode::Virtual));
        assert_eq!(roles(&h), ["chair: Spain"]);
        let (doc, h) = header("Dakar, 3 May 2019 (online): Migration and development").unwrap();
        assert_eq!(
            doc.slice(h.title.unwrap().0, h.title.unwrap().1),
            "Migration and development"
        );
        // Whose idea the meeting was: its organiser.
        for line in [
            "Dakar, 3-4 May 2023, at the initiative of Senegal.",
            "Dakar, 3 mai 2023, à l'initiative du Sénégal.",
        ] {
            let (_, h) = header(line).unwrap();
            assert_eq!(roles(&h), ["organiser: Senegal"], "{line}");
        }
        // French writes the name after a colon in lowercase, the kind first (folded text).
        for (line, title) in [
            (
                "Dakar, 8 février 2023 : réunion du Comité de pilotage, présidée par le Mali.",
                "reunion du Comite de pilotage",
            ),
            (
                "Dakar, 8 février 2023 : réunion des experts.",
                "reunion des experts",
            ),
            (
                "Dakar, 8 février 2023 : séminaire sur le retour.",
                "seminaire sur le retour",
            ),
            // A mode's word names a meeting as a kind's does.
            (
                "Dakar, 3 May 2019: Webinar on migration.",
                "Webinar on migration",
            ),
            (
                "Dakar, 8 février 2023 : webinaire sur la migration.",
                "webinaire sur la migration",
            ),
        ] {
            let (doc, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(h.title.map(|(s, e)| doc.slice(s, e)), Some(title), "{line}");
        }
        // The day's hours, in a part of their own or right after the date.
        for line in [
            "Dakar, 12 March 2019, 9:00-17:00, hosted by Senegal",
            "Dakar, 12 March 2019 at 10:00 CET, hosted by Senegal",
            "Dakar, 12 March 2019, from 9h to 17h, hosted by Senegal.",
        ] {
            let (_, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(roles(&h), ["host: Senegal"], "{line}");
        }
        assert!(header("Dakar, 12 March 2019, 45 participants, hosted by Senegal").is_none());
        // After a date that opens the header, or at its end.
        for line in [
            "12 March 2019, 09:00–17:00 CET – Workshop on return, Accra, Ghana",
            "Tuesday, 12 March 2019, 10 am - Workshop on return, Accra, Ghana",
            "12 March 2019 (9h-17h) | Workshop on return | Accra, Ghana",
            "12 March 2019, 09:00–17:00 CET, Accra, Ghana",
            "12 March 2019 – Workshop on return, Accra, Ghana, 09:00–17:00 CET",
        ] {
            let (h, city) = header_and_city(line);
            assert_eq!(city, "Accra", "{line}");
            assert_eq!(h.country.map(|c| c.alpha2()), Some("GH"), "{line}");
        }
        // The country by its ISO code after the city.
        let (h, city) = header_and_city("Dakar, SN, 5 May 2019, hosted by Senegal");
        assert_eq!(
            (city.as_str(), h.country.map(|c| c.alpha2())),
            ("Dakar", Some("SN"))
        );
        assert!(header("Dakar, XQ, 5 May 2019").is_none_or(|(_, h)| h.country.is_none()));
        // A preposition before the place, where the place ends a part of the header.
        for line in [
            "12 March 2019, in Accra – Workshop on return",
            "Le 12 mars 2019, à Accra – Atelier sur le retour",
            "12 March 2019, in Accra, Ghana | Workshop on return",
        ] {
            let (_, city) = header_and_city(line);
            assert_eq!(city, "Accra", "{line}");
        }
        assert!(header("12 March 2019, in Accra, the partners met.").is_none());
        // Numbers without a clock's colon or unit are no hours.
        assert!(header("12 March 2019, 45 - 50, Accra, Ghana").is_none());
        // After a colon, a short name is the title, with or without a kind.
        for (line, title) in [
            (
                "Dakar, 20 May 2019: Migration and development, hosted by Senegal.",
                "Migration and development",
            ),
            (
                "Dakar, 20 May 2019: Technical meeting on return",
                "Technical meeting on return",
            ),
            // A bar stands for the colon, and ends the title before role clauses.
            (
                "Dakar | 20.05.2019 | Workshop on return | hosted by Senegal",
                "Workshop on return",
            ),
            (
                "20.05.2019 | Dakar | Workshop on return | hosted by Senegal",
                "Workshop on return",
            ),
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(h.title.map(|(s, e)| doc.slice(s, e)), Some(title), "{line}");
            assert_eq!(
                h.city.map(|(s, e)| doc.slice(s, e)),
                Some("Dakar"),
                "{line}"
            );
        }
        let (_, h) = header("20.05.2019 | Dakar | Workshop on return | hosted by Senegal").unwrap();
        assert_eq!(roles(&h), ["host: Senegal"]);
        assert!(header("Dakar, 20 May 2019: the partners were hosted by Senegal there").is_none());
        // A press release's dateline, whose sentence opens with a cue.
        assert!(
            header("Brussels, 8 February 2024 - Representatives of 30 partner countries met")
                .is_none()
        );
        let (_, h) = header("Bamako, 3 May 2018, organised in cooperation with UNODC.").unwrap();
        assert_eq!(roles(&h), ["organiser: UNODC"]);
        // A host's partners organised the meeting with it; hosting is the host's alone.
        let (_, h) =
            header("Rabat, 3 May 2019, hosted by Morocco in cooperation with ICMPD and IOM.")
                .unwrap();
        assert_eq!(
            roles(&h),
            ["host: Morocco", "organiser: ICMPD", "organiser: IOM"]
        );
        let (_, h) = header("Rabat, 3 May 2019, hosted by Morocco and Spain.").unwrap();
        assert_eq!(roles(&h), ["host: Morocco", "host: Spain"]);
        let (_, h) = header("Sal (Cabo Verde), 2 June 2018, hosted by Spain").unwrap();
        assert_eq!(h.country.unwrap().alpha2(), "CV");
        let (_, h) = header("Sal, 2 June 2018").unwrap();
        assert!(h.roles.is_empty() && h.city_country.is_none());
        // The date in parentheses after the place (see also the separators' test).
        for line in [
            "Madrid (1-2 July 2019), hosted by Spain and co-chaired by Morocco.",
            "Madrid (1-2 July 2019), Technical meeting on border management",
            "Madrid (1-2 July 2019)",
        ] {
            let (h, city) = header_and_city(line);
            assert_eq!(city, "Madrid", "{line}");
            let days = h.date.map(|d| (d.first.d, d.last.d));
            assert_eq!(days, Some((Some(1), Some(2))), "{line}");
        }
        assert!(header("Dakar (Senegal)").is_none());
        // The country, then its city in parentheses.
        let (h, city) = header_and_city("Senegal (Dakar), 3 May 2019, hosted by Senegal.");
        assert_eq!(city, "Dakar");
        assert_eq!(h.country.map(|c| c.alpha2()), Some("SN"));
        assert!(header("Senegal (Atlantis), 3 May 2019").is_none());
        // Places the lexicon does not know, with lowercase words inside.
        for line in [
            "Saint-Louis du Senegal, 4 May 2019, hosted by Senegal.",
            "Ras al Khaimah, 4 May 2019",
            "Vila dos Remedios, 4 May 2019",
        ] {
            let (_, city) = header_and_city(line);
            assert_eq!(Some(city.as_str()), line.split(',').next());
        }
        // A bar (or a middle dot) after the place, or after its country; a preposition
        // before it.
        for line in [
            "Dakar | 3 May 2019",
            "Dakar, Senegal | 3 May 2019",
            "Dakar · 3 May 2019 · hosted by Senegal",
            "In Dakar, 3 May 2019",
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Dakar");
            assert!(h.date.is_some(), "{line}");
        }
        // A city and its country parted by a slash.
        for line in [
            "Dakar/Senegal, 3 May 2019, hosted by Senegal.",
            "3 May 2019 - Dakar / Senegal - hosted by Senegal",
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Dakar");
            assert_eq!(h.country.unwrap().alpha2(), "SN", "{line}");
        }
        // Between two cities, a slash names no country: the first city is the venue.
        let (h, city) = header_and_city("Dakar/Thies, 3 May 2019");
        assert_eq!(city, "Dakar");
        assert_eq!(h.country, None);
        // A meeting's name is no place: such a line is a one-line card.
        for line in [
            "Steering Committee, 3 October 2022, online",
            "Thematic Meeting, 3 October 2022",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
        // Clauses in parentheses.
        let (_, h) = header("Dakar, 3 May 2019 (hosted by Senegal)").unwrap();
        assert_eq!(roles(&h), ["host: Senegal"]);
        let (_, h) =
            header("Dakar, 3 May 2019, hosted by Senegal (observers: Algeria, Libya)").unwrap();
        assert_eq!(
            roles(&h),
            ["host: Senegal", "observer: Algeria", "observer: Libya"]
        );
        // A short remark in parentheses, perhaps stating the mode.
        let (_, h) = header("Dakar, 3 May 2019 (tbc), hosted by Senegal").unwrap();
        assert_eq!(roles(&h), ["host: Senegal"]);
        let (_, h) = header("Dakar, 3 May 2019 (online)").unwrap();
        assert_eq!(h.mode, Some(Mode::Virtual));
        // The meeting's name, then role clauses.
        let (_, h) =
            header("Tunis, 3 April 2019 - Workshop on border management, hosted by Tunisia.")
                .unwrap();
        assert_eq!(roles(&h), ["host: Tunisia"]);
        // A kind alone may be written in lowercase.
        for line in [
            "Geneva, 5 October 2017, side event.",
            "Tunis, 3 April 2019, workshop on border management, hosted by Tunisia",
        ] {
            assert!(header(line).is_some(), "{line}");
        }
        // An office held over the meeting, its holder named before its word.
        let (_, h) = header("Lisbon, 8 May 2019, under the Portuguese presidency.").unwrap();
        assert_eq!(roles(&h), ["chair: Portugal"]);
        let (_, h) =
            header("Rabat, 8 May 2019, under the Moroccan and Spanish co-presidency").unwrap();
        assert_eq!(roles(&h), ["co_chair: Morocco", "co_chair: Spain"]);
        // Not another body's office.
        let line = "Rome, 8 May 2019, under the Italian Presidency of the Council of the EU";
        assert!(header(line).is_none_or(|(_, h)| h.roles.is_empty()));
        // Events of other sorts are named too, the Valletta Summit among them (a venue
        // inside its name is none of the meeting's).
        for line in [
            "Madrid, 11-12 November 2015, Summit on Migration.",
            "Madrid, 11-12 November 2015, Conference on migration and development",
            "Valletta, 11-12 November 2015, Valletta Summit on Migration.",
            "Dakar, 5 May 2016, Regional Forum on Labour Mobility",
        ] {
            assert!(header(line).is_some(), "{line}");
        }
        // A sentence is no name, with or without clauses after it.
        for line in [
            "Tunis, 3 April 2019 - The workshop took place in Tunis, hosted by Tunisia.",
            "Tunis, 3 April 2019, Tunisia welcomed the workshop, hosted by Tunisia.",
            "Tunis, 3 April 2019, the workshop took place in Tunis.",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_sentence_after_a_dated_dateline_looks_like_no_header() {
        let looks = |line: &str| {
            let doc = Doc::new(line);
            header_without_date(&doc, 0, doc.text().len(), &mut Vec::new()).is_some()
        };
        assert!(!looks(
            "DAKAR, 12 March 2019 - The Rabat Process held a meeting, co-chaired by Senegal."
        ));
        assert!(!looks(
            "Senior Officials' Meeting, Madrid, 20-21 October 2022, co-chaired by Spain."
        ));
        assert!(looks("Dakar, 12 Mrch 2019 - hosted by Senegal."));
        assert!(looks("Madrid, 1 July 0, hosted by Spain."));
        assert!(looks("Madrid, hosted by Spain."));
        assert!(looks("Madrid, Julyy, hosted by Spain."));
        assert!(!looks(
            "Nigeria, in its capacity as chair, opened the meeting, which was hosted by Nigeria."
        ));
    }

    #[test]
    fn a_known_city_may_follow_the_country() {
        let (doc, h) = header("Senegal, Dakar, 4 May 2019, hosted by Senegal.").unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Dakar");
        assert_eq!(h.country.unwrap().alpha2(), "SN");
        assert_eq!(roles(&h), ["host: Senegal"]);
        // Not a place the lexicon does not know.
        assert!(header("Senegal, Ndiosmone, 4 May 2019").is_none());
    }

    #[test]
    fn full_stops_may_end_the_country_and_the_date() {
        let (doc, h) = header("Dakar, Senegal. 7 May 2019. Hosted by Senegal.").unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Dakar");
        assert_eq!(h.country.unwrap().alpha2(), "SN");
        assert_eq!(roles(&h), ["host: Senegal"]);
        // A sentence's full stop after a country is no header's.
        assert!(header("Dakar, Senegal. The meeting opened.").is_none());
        // Nor one before a number, after a place the lexicon does not know.
        let (doc, h) = header("Dakar. 7 May 2019. Hosted by Senegal.").unwrap();
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Dakar");
        assert_eq!(roles(&h), ["host: Senegal"]);
        assert!(header("Overall. 7 countries took part.").is_none());
        assert!(header("Kpalimé. 7 May 2019.").is_none());
    }

    #[test]
    fn a_preposition_before_the_place_in_any_case_is_no_part_of_it() {
        for line in [
            "In Dakar, 24 March 2019",
            "IN DAKAR, 24 March 2019",
            "At Dakar, 24 March 2019",
        ] {
            let (doc, h) = header(line).unwrap();
            let (s, e) = h.city.unwrap();
            assert!(doc.slice(s, e).eq_ignore_ascii_case("Dakar"), "{line}");
        }
    }

    #[test]
    fn a_dateline_that_runs_on_into_a_sentence_is_no_header() {
        // The committee is named with its verb: the line says what it did.
        assert!(header("Brussels, 2 June 2020 – The Steering Committee met on 28 May.").is_none());
        assert!(header("Brussels, 2 June 2020 – The thematic meeting took place.").is_none());
        assert!(header("Brussels, 2 June 2020 - Steering Committee meeting").is_some());
    }

    #[test]
    fn a_column_of_types_gives_the_kind_not_a_title() {
        for line in [
            "22-23 October 2024 | Banjul, The Gambia | Thematic meeting",
            "12 September 2024 | Online | Steering Committee",
            "Banjul | 22-23 October 2024 | Workshop",
        ] {
            let (_, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            assert!(h.title.is_none(), "{line}");
        }
        // A name longer than the kind is a title; after a colon, so is the kind alone.
        for (line, title) in [
            (
                "24-25 October 2023 | Abuja, Nigeria | Thematic meeting on labour migration",
                "Thematic meeting on labour migration",
            ),
            (
                "25 March 2019, Brussels: Steering Committee",
                "Steering Committee",
            ),
        ] {
            let (doc, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            let (s, e) = h.title.unwrap_or_else(|| panic!("{line}"));
            assert_eq!(doc.slice(s, e), title);
        }
    }

    #[test]
    fn semicolons_spaced_slashes_and_parentheses_part_a_header() {
        for line in [
            "Madrid; 1-2 July 2019; hosted by Spain",
            "Madrid / 1-2 July 2019 / hosted by Spain",
            "1-2 July 2019; Madrid; hosted by Spain",
            "1-2 July 2019 / Madrid / hosted by Spain",
            "Madrid (1-2 July 2019), hosted by Spain.",
        ] {
            let (h, city) = header_and_city(line);
            assert_eq!(city, "Madrid", "{line}");
            assert_eq!(
                h.date.map(|d| (d.first.d, d.last.d)),
                Some((Some(1), Some(2)))
            );
            assert_eq!(roles(&h), ["host: Spain"], "{line}");
        }
        // A slash within a date or a name parts nothing.
        let (doc, h) = header("Dakar/Senegal, 12/03/2019").unwrap();
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Dakar");
        assert_eq!(h.country.map(|c| c.alpha2()), Some("SN"));
    }

    #[test]
    fn two_cities_joined_name_the_venue_by_the_first() {
        for line in [
            "Rabat & Casablanca, 3-4 May 2019, hosted by Morocco.",
            "Rabat and Casablanca, 3-4 May 2019, hosted by Morocco.",
            "Rabat/Casablanca, 3-4 May 2019, hosted by Morocco.",
            "3-4 May 2019 - Rabat et Casablanca - hosted by Morocco",
            "3-4 May 2019, Rabat + Casablanca, hosted by Morocco",
        ] {
            let (h, city) = header_and_city(line);
            assert_eq!(city, "Rabat", "{line}");
            assert_eq!(h.city_country.map(|c| c.alpha2()), Some("MA"), "{line}");
            assert_eq!(roles(&h), ["host: Morocco"], "{line}");
        }
        // One name with a joiner in it is one place; an unknown second place is none.
        let (_, h) = header("Trinidad and Tobago, 3 May 2019").unwrap();
        assert_eq!(h.country.map(|c| c.alpha2()), Some("TT"));
        assert!(header("Rabat & Nowhere, 3-4 May 2019, hosted by Morocco.").is_none());
    }

    #[test]
    fn reads_date_first_headers() {
        let line = "12 - 13 July 2022 - Dakar, Senegal: Thematic Meeting on Labour Migration";
        let (doc, h) = header(line).unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Dakar");
        assert_eq!(h.country.unwrap().alpha2(), "SN");
        let (s, e) = h.title.unwrap();
        assert_eq!(doc.slice(s, e), "Thematic Meeting on Labour Migration");
        let (_, h) = header("3 June 2021 - Online: Webinar on return").unwrap();
        assert!(h.mode == Some(Mode::Virtual) && h.city.is_none());
        // A month alone before a meeting's name, as items under a year's heading give it;
        // before other words it dates nothing.
        let (h, city) = header_and_city("July: Technical meeting on border management, Madrid");
        assert_eq!(city, "Madrid");
        assert_eq!(
            h.date.map(|d| (d.first.m, d.first.d)),
            Some((Some(7), None))
        );
        assert!(header("May: the partners agreed on a plan.").is_none());
        // The committee in place of a place names the meeting; the venue follows.
        let (doc, h) = header("3 May 2019 | Steering Committee | Brussels").unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Brussels");
        assert!(h.committee);
        // A date to the month, then the name.
        let (doc, h) = header("October 2019: Training on migration data (online)").unwrap();
        let (s, e) = h.title.unwrap();
        assert_eq!(doc.slice(s, e), "Training on migration data");
        // Role clauses after the title end it.
        let line =
            "4 April 2019, Tunis (Tunisia): Workshop on return, co-chaired by Tunisia and Italy";
        let (doc, h) = header(line).unwrap();
        let (s, e) = h.title.unwrap();
        assert_eq!(doc.slice(s, e), "Workshop on return");
        assert_eq!(roles(&h), ["co_chair: Tunisia", "co_chair: Italy"]);
        // Or a sentence of role clauses after the venue, on the header's line.
        let line = "14-15 March 2025 - Thematic meeting on visas, Madrid (Spain). Co-chaired by \
                    Spain and Senegal.";
        let (doc, h) = header(line).unwrap();
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Madrid");
        assert_eq!(roles(&h), ["co_chair: Spain", "co_chair: Senegal"]);
        let (_, h) = header("2 April 2025 - Dakar, Senegal. Chaired by Senegal.").unwrap();
        assert_eq!(roles(&h), ["chair: Senegal"]);
        // So does a role clause in parentheses.
        let line = "14-15 June 2016 - Dakar, Senegal: Workshop on return (co-chaired by Senegal)";
        let (doc, h) = header(line).unwrap();
        let (s, e) = h.title.unwrap();
        assert_eq!(doc.slice(s, e), "Workshop on return");
        assert_eq!(roles(&h), ["co_chair: Senegal"]);
        // Dashes between spaces for commas; em dashes between words too.
        for line in [
            "Lisbon – 3-4 June 2019 – hosted by Portugal",
            "Lisbon\u{2014}3-4 June 2019\u{2014}hosted by Portugal",
        ] {
            let (doc, h) = header(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Lisbon");
            assert_eq!(roles(&h), ["host: Portugal"]);
        }
        assert!(header("Guinea-Bissau hosted the meeting on 3 May 2019").is_none());
        // The header's full stop after the place; a venue and online.
        let (doc, h) = header("3 May 2019, Abuja.").unwrap();
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Abuja");
        for line in [
            "7 May 2019, Brussels & online, hosted by Belgium.",
            "7 May 2019, Brussels (hybrid), hosted by Belgium.",
            "Hybrid (Brussels and online), 7 May 2019, hosted by Belgium.",
            "Hybrid meeting (Brussels & online), 7 May 2019, hosted by Belgium.",
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Brussels");
            assert_eq!(h.mode, Some(Mode::Hybrid));
            assert_eq!(roles(&h), ["host: Belgium"]);
        }
        // A meeting's name with its venue in parentheses is read as before.
        let line = "12-13 March – Thematic meeting on legal migration (Dakar, Senegal)";
        assert!(header(line).is_some_and(|(_, h)| h.mode.is_none()));
        // A hybrid meeting's venue before its mode, after a name or a title.
        for line in [
            "23 January 2024 - Steering Committee meeting, Brussels (hybrid)",
            "23 January 2024: Steering Committee meeting, Brussels (hybrid)",
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(
                doc.slice(h.city.unwrap().0, h.city.unwrap().1),
                "Brussels",
                "{line}"
            );
            assert_eq!(h.mode, Some(Mode::Hybrid), "{line}");
        }
        // A French article before the date.
        let (doc, h) =
            header("Le 7 mai 2019, Dakar – Réunion thématique sur la migration").unwrap();
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Dakar");
        assert_eq!(
            doc.slice(h.date.unwrap().start, h.date.unwrap().end),
            "7 mai 2019"
        );
        assert!(header("Les 7 et 8 mai 2019, le Sénégal a accueilli une réunion").is_none());
        // And after the place: "Rabat, les 12 et 13 mars 2019", as "le 12 mars".
        for (line, date) in [
            ("Rabat, les 12 et 13 mars 2019", "12 et 13 mars 2019"),
            ("Rabat, le 12 mars 2019", "12 mars 2019"),
        ] {
            let (doc, h) = header(line).unwrap();
            let found = h.date.unwrap();
            // The article is read with the date, as "on" is.
            assert!(doc.slice(found.start, found.end).ends_with(date), "{line}");
            assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Rabat");
        }
        // A headline's "held in" after the meeting it names says where it was.
        let (doc, h) =
            header("12/03/2019 - Thematic meeting on legal migration held in Dakar").unwrap();
        assert_eq!(
            doc.slice(h.date.unwrap().start, h.date.unwrap().end),
            "12/03/2019"
        );
        assert!(header("12/03/2019 - Senegal held in Dakar a thematic meeting").is_none());
        // The same place first: a mode, no city, and the rest read as ever.
        let (_, h) = header("Online, 15 June 2021, co-chaired by Portugal and Nigeria.").unwrap();
        assert!(h.mode == Some(Mode::Virtual) && h.city.is_none() && h.country.is_none());
        assert!(h.date.is_some() && h.roles.len() == 2);
        for line in [
            "Virtual meeting, 3 May 2021, co-chaired by Spain and Senegal.",
            "Videoconference, 4 May 2021",
        ] {
            let (_, h) = header(line).unwrap();
            assert!(h.mode == Some(Mode::Virtual) && h.city.is_none(), "{line}");
        }
        // A mode in a part of its own after the date, the venue kept.
        for (line, mode, roles_read) in [
            ("Brussels, 16 September 2020, online.", Mode::Virtual, 0),
            (
                "Brussels, 16 September 2020, by videoconference, chaired by Mali.",
                Mode::Virtual,
                1,
            ),
            (
                "Rome, 3 May 2021, hybrid format, hosted by Italy",
                Mode::Hybrid,
                1,
            ),
            ("Bruxelles, 8 février 2023, en ligne.", Mode::Virtual, 0),
            // The body after it on the same line.
            (
                "Brussels, 16 September 2020, online. The meeting gathered the partners.",
                Mode::Virtual,
                0,
            ),
        ] {
            let (_, h) = header(line).unwrap();
            assert_eq!(h.mode, Some(mode), "{line}");
            assert!(h.city.is_some() && h.roles.len() == roles_read, "{line}");
        }
        // Labels of roles for clauses.
        for line in [
            "Madrid, 1-2 July 2019 - Co-chairs: Spain and Morocco",
            "Madrid, 1-2 July 2019. Host: Spain. Co-chairs: Spain, Morocco.",
            "Madrid, 1-2 July 2019 | Co-chairs: Spain, Morocco",
            // After the meeting's name and venue, or its title.
            "1-2 July 2019 – Technical meeting on border management, Madrid (Spain). \
             Co-chairs: Spain, Morocco.",
            "1-2 July 2019 – Technical meeting on border management. Co-chairs: Spain, Morocco.",
            "Madrid, 1-2 July 2019: Technical meeting on border management. Co-chairs: Spain, \
             Morocco.",
            "Madrid, 1-2 July 2019 - Technical meeting on border management, Co-chairs: Spain \
             and Morocco",
            "1-2 July 2019 | Madrid, Spain | Technical meeting | Co-chairs: Spain and Morocco",
        ] {
            let (_, h) = header(line).unwrap();
            let found = roles(&h);
            assert!(
                found.ends_with(&["co_chair: Spain".to_owned(), "co_chair: Morocco".to_owned()]),
                "{line}: {found:?}"
            );
        }
        // A label of one party after the name, in a part set off by a bar.
        for (line, want) in [
            (
                "8 October 2024 | Online | Steering Committee meeting | Chair: Spain",
                "chair: Spain",
            ),
            (
                "25-26 November 2024 | Rome, Italy | Senior Officials' Meeting | Host: Italy",
                "host: Italy",
            ),
        ] {
            let (_, h) = header(line).unwrap();
            assert_eq!(roles(&h), [want.to_owned()], "{line}");
        }
        // A title in quotes after the date, or after the kind and a colon.
        for (line, title) in [
            (
                "Lisbon, 20-21 March 2018: \"Migration and development: the private sector\", hosted by Portugal.",
                "Migration and development: the private sector",
            ),
            (
                "Accra, 7 June 2018 - “Return and reintegration”, hosted by Ghana",
                "Return and reintegration",
            ),
            (
                "Dakar, 3 May 2018 – Thematic meeting: Legal migration and mobility, co-chaired by Senegal and Spain",
                "Legal migration and mobility",
            ),
        ] {
            let (doc, h) = header(line).unwrap();
            let (s, e) = h.title.unwrap();
            assert_eq!(doc.slice(s, e), title, "{line}");
            assert!(!h.roles.is_empty(), "{line}");
        }
        // Attendance as a clause.
        let (_, h) =
            header("Brussels, 5 May 2019, with the participation of Frontex and Europol.").unwrap();
        assert_eq!(roles(&h), ["participant: Frontex", "participant: Europol"]);
        // A longer part is no mode, nor a header.
        assert!(header("Brussels, 16 September 2020, the partners met online to talk").is_none());
        let (doc, h) = header("Hybrid (Brussels), 6 May 2021, hosted by Belgium.").unwrap();
        assert_eq!(h.mode, Some(Mode::Hybrid));
        assert_eq!(doc.slice(h.city.unwrap().0, h.city.unwrap().1), "Brussels");
        assert!(header("24 October 2019 - The workshop took place in Abidjan").is_none());
        // The place, then role clauses rather than a title.
        for line in [
            "Tuesday 3 May 2019, Dakar, hosted by Senegal",
            "3 May 2019, Dakar (Senegal), hosted by Senegal.",
            "3 May 2019 - Dakar - hosted by Senegal",
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(
                doc.slice(h.city.unwrap().0, h.city.unwrap().1),
                "Dakar",
                "{line}"
            );
            assert!(
                h.title.is_none() && roles(&h) == ["host: Senegal"],
                "{line}"
            );
        }
        // A venue after the title's last comma, when its names are known.
        for (line, title, city, country) in [
            (
                "12 March 2019: Thematic meeting on legal migration, Dakar (Senegal)",
                "Thematic meeting on legal migration",
                Some("Dakar"),
                Some("SN"),
            ),
            (
                "12 March 2019: Expert meeting, Cidade Velha, Cabo Verde.",
                "Expert meeting",
                Some("Cidade Velha"),
                Some("CV"),
            ),
            (
                "12 March 2019: Youth, migration and development",
                "Youth, migration and development",
                None,
                None,
            ),
            // The venue in a part of its own after a spaced dash, roles after it.
            (
                "14 March 2023: Workshop on return – Accra, Ghana (co-chairs: Ghana, Germany)",
                "Workshop on return",
                Some("Accra"),
                Some("GH"),
            ),
            (
                "14 March 2023: Workshop on return - part two, Ghana",
                "Workshop on return - part two, Ghana",
                None,
                None,
            ),
        ] {
            let (doc, h) = header(line).unwrap();
            let slice = |r: Option<(usize, usize)>| r.map(|(s, e)| doc.slice(s, e));
            assert_eq!(slice(h.title), Some(title), "{line}");
            assert_eq!(slice(h.city), city, "{line}");
            assert_eq!(h.country.map(|c| c.alpha2()), country, "{line}");
        }
        // A mode after the title's last comma.
        let (doc, h) = header("27 March 2024: Steering Committee, online").unwrap();
        assert_eq!(
            h.title.map(|(s, e)| doc.slice(s, e)),
            Some("Steering Committee")
        );
        assert_eq!(h.mode, Some(Mode::Virtual));
        // The meeting's name after a dash, then its venue and role clauses after commas.
        for (line, city, mode, roles_read) in [
            (
                "14 October 2025 - Senior Officials Meeting, Lisbon, Portugal, co-chaired by Portugal",
                Some("Lisbon"),
                None,
                vec!["co_chair: Portugal"],
            ),
            (
                "12-13 March 2025 - Thematic meeting on legal migration, Accra (Ghana)",
                Some("Accra"),
                None,
                vec![],
            ),
            (
                "3 June 2025 - Workshop on return, online",
                None,
                Some(Mode::Virtual),
                vec![],
            ),
            (
                "4 April 2019 - Workshop on return (Tunis, Tunisia)",
                Some("Tunis"),
                None,
                vec![],
            ),
            // The venue, or the mode, in a part of its own, and role clauses after it.
            (
                "4 April 2024 - Workshop on return - Tunis, Tunisia - hosted by Tunisia",
                Some("Tunis"),
                None,
                vec!["host: Tunisia"],
            ),
            (
                "4 April 2024 | Workshop on return | online",
                None,
                Some(Mode::Virtual),
                vec![],
            ),
            (
                "25 March 2019 - Steering Committee meeting (Brussels)",
                Some("Brussels"),
                None,
                vec![],
            ),
            // A name's own parentheses hold no place.
            (
                "25 March 2019 - Workshop on return (online)",
                None,
                Some(Mode::Virtual),
                vec![],
            ),
            (
                "25 March 2019 - Workshop on return (part two)",
                None,
                None,
                vec![],
            ),
            // After a comma, a name followed by a known venue.
            (
                "17 October 2023, Steering Committee meeting, Brussels (hybrid)",
                Some("Brussels"),
                Some(Mode::Hybrid),
                vec![],
            ),
            (
                "6-7 June 2023, Technical meeting on labour migration, Rome, hosted by Italy",
                Some("Rome"),
                None,
                vec!["host: Italy"],
            ),
        ] {
            let (doc, h) = header(line).unwrap();
            assert_eq!(h.city.map(|(s, e)| doc.slice(s, e)), city, "{line}");
            assert_eq!(h.mode, mode, "{line}");
            assert_eq!(roles(&h), roles_read, "{line}");
            assert!(h.title.is_none(), "{line}");
        }
        // A dateline's comma may open a sentence: a name without a known venue after it
        // is none.
        for line in [
            "2 June 2020, Steering Committee meeting on the work programme",
            "3 May 2019, Workshop participants met online",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_colon_before_the_date_ends_a_known_place() {
        let (doc, h) = header("Dakar: 12-14 March 2019, hosted by Senegal").unwrap();
        let (s, e) = h.city.unwrap();
        assert_eq!(doc.slice(s, e), "Dakar");
        assert_eq!(roles(&h), ["host: Senegal"]);
        let (_, h) = header("Dakar, Senegal: 12-14 March 2019").unwrap();
        assert_eq!(h.country.unwrap().alpha2(), "SN");
        // A label's name is no place, nor is a colon before words.
        for line in [
            "Date: 12 March 2019",
            "Date: 12 March 2019, hosted by Senegal",
            "Dakar: a city of 12 March meetings",
        ] {
            assert!(header(line).is_none(), "{line}");
            let doc = Doc::new(line);
            assert!(
                header_without_date(&doc, 0, line.len(), &mut Vec::new()).is_none(),
                "{line}"
            );
        }
    }

    #[test]
    fn prose_lines_are_not_headers() {
        for line in [
            "The meeting, held in Madrid, 1-2 July 2019, gathered 80 participants.",
            "Madrid, 1-2 July 2019, the ministers adopted a declaration",
            "Under the co-presidency of Morocco and Spain, partner countries shared",
            "Page 1 of 2",
            // A category a news item is filed under, with its date: no place.
            "News | 17 March 2025",
            "Press release, 5 June 2024",
            // A sentence's adverb before its date.
            "Previously, on 11 March 2019, the co-chairs met the minister.",
            "However, 3 May 2019 was chosen.",
        ] {
            assert!(header(line).is_none(), "{line}");
        }
    }

    #[test]
    fn long_lines_are_looked_at_before_they_are_read() {
        let sentence = "The Rabat Process Secretariat, in collaboration with the Mixed Migration \
            Centre (MMC), organised a side event in the margins of the Rabat Process workshop \
            on migrant smuggling held on the 24th October 2019.";
        assert!(sentence.len() > LONG_LINE);
        assert!(header(sentence).is_none());
        // Long headers are still read: a country after the place, a date first, many roles.
        let parties = "Spain, Morocco, Senegal, Mali, Niger, Portugal, France, Italy and \
            Belgium and organised by the International Centre for Migration Policy Development";
        for line in [
            format!("Dakar, Senegal, 3 May 2019, hosted by Senegal and co-chaired by {parties}"),
            format!("Dakar, 3 May 2019, hosted by Senegal and co-chaired by {parties}"),
            format!("3 May 2019, hosted by Senegal and co-chaired by {parties}"),
        ] {
            assert!(line.len() > LONG_LINE, "{line}");
            let (_, h) = header(&line).unwrap_or_else(|| panic!("{line}"));
            assert!(h.date.is_some() && h.roles.len() >= 9, "{line}");
        }
    }

    #[test]
    fn reports_what_it_cannot_read() {
        let (_, h) = header("Abidjan, 24 Octobr 2019, hosted by Cote d'Ivoire").unwrap();
        assert!(h.date.is_none());
        assert_eq!(
            h.diagnostics[0].message,
            r#"unknown month "Octobr" in "24 Octobr 2019""#
        );
        let (_, h) = header("Abidjan, 24 October 2019, hosted by").unwrap();
        assert_eq!(h.diagnostics[0].code, Code::EmptyRole);
        // The dialogue holds no role by the contract: no fault of the text.
        let (_, h) =
            header("Dakar, 3 May 2019, organised by the Rabat Process Secretariat").unwrap();
        assert!(h.diagnostics.is_empty() && h.roles.is_empty());
        // A line with a place and a clause but no date is a header whose date cannot be
        // read; a sentence whose subject is the meeting is none.
        let dateless = |line: &str| {
            let doc = Doc::new(line);
            read_dateless(&doc, 0, doc.text().len(), &mut Vec::new()).is_some()
        };
        assert!(dateless("Abidjan, hosted by Cote d'Ivoire"));
        assert!(!dateless(
            "L'atelier, organisé par l'ICMPD en partenariat avec l'OIM, s'est tenu en ligne."
        ));
    }
}
